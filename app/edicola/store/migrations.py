"""Schema migrations of the library (``sqlite_utils.Migrations``): each runs once, in order,
in its own transaction. Never edit one that has shipped: add a new one at the end."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from edicola.store.kept_page import SCHEMA as KEPT_PAGE

migrations = Migrations("edicola")


def _execute_each(db: Database, script: str) -> None:
    """Run ``;``-separated statements one by one (``sqlite3.executescript`` would COMMIT
    the migration's transaction first, so a failing migration could not be rolled back)."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_library")
def _library(db: Database) -> None:
    """Publications, editions, sections, articles and images."""
    _execute_each(
        db,
        """
        CREATE TABLE publications (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            homepage TEXT NOT NULL DEFAULT '',
            comments_server TEXT,
            comments_max_length INTEGER
        );
        CREATE TABLE editions (
            id TEXT PRIMARY KEY,
            publication_id TEXT NOT NULL REFERENCES publications(id),
            date TEXT NOT NULL,
            title TEXT NOT NULL,
            number INTEGER,
            revision INTEGER NOT NULL DEFAULT 1,
            cover TEXT,
            bundle_sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX editions_by_publication_date ON editions(publication_id, date DESC);
        CREATE TABLE sections (
            edition_id TEXT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            title TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (edition_id, id)
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            edition_id TEXT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
            section_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            standfirst TEXT NOT NULL DEFAULT '',
            authors TEXT NOT NULL DEFAULT '[]',
            published TEXT NOT NULL,
            url TEXT NOT NULL,
            language TEXT NOT NULL,
            word_count INTEGER NOT NULL,
            markdown TEXT NOT NULL,
            html TEXT NOT NULL,
            FOREIGN KEY (edition_id, section_id) REFERENCES sections(edition_id, id)
        );
        CREATE INDEX articles_by_edition ON articles(edition_id, position);
        CREATE TABLE images (
            edition_id TEXT NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            media_type TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (edition_id, path)
        );
        """,
    )


@migrations(name="0002_search")
def _search(db: Database) -> None:
    """The full-text index: documents, a contentless FTS5 index, the vocabulary.

    See ``docs/search.md``. ``search_docs.doc`` encodes the edition date so
    that FTS5's rowid order is newest first; the FTS5 table stores only
    postings (``content=''``) of words already folded by ``core/search/text_fold.py``.
    ``body`` is the first column: postings in column 0 need no column marker.
    """
    _execute_each(
        db,
        """
        CREATE TABLE search_docs (
            doc INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL UNIQUE,
            edition_id TEXT NOT NULL,
            lang TEXT NOT NULL,
            publication TEXT NOT NULL,
            section TEXT NOT NULL,
            authors TEXT NOT NULL
        );
        CREATE INDEX search_docs_by_edition ON search_docs(edition_id);
        CREATE VIRTUAL TABLE search_fts USING fts5(
            body, title, standfirst, content='', tokenize='ascii', detail=full
        );
        CREATE TABLE search_terms (
            term TEXT NOT NULL,
            lang TEXT NOT NULL,
            stem TEXT NOT NULL,
            docs INTEGER NOT NULL,
            PRIMARY KEY (term, lang)
        ) WITHOUT ROWID;
        CREATE INDEX search_terms_by_stem ON search_terms(stem, lang)
        """,
    )


@migrations(name="0003_bookmarks")
def _bookmarks(db: Database) -> None:
    """Bookmarks and reading state, keyed by article id with no foreign key.

    Edition updates delete and re-insert articles; bookmarks must survive
    that, and a bookmark whose article vanished keeps its snapshot (title,
    publication, date, canonical URL) so it shows as unavailable.
    """
    _execute_each(
        db,
        """
        CREATE TABLE bookmarks (
            article_id TEXT PRIMARY KEY,
            note TEXT NOT NULL DEFAULT '',
            position REAL NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publication_title TEXT NOT NULL DEFAULT '',
            edition_date TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX bookmarks_by_created ON bookmarks(created_at DESC);
        CREATE TABLE reading_state (
            article_id TEXT PRIMARY KEY,
            position REAL NOT NULL DEFAULT 0,
            read INTEGER NOT NULL DEFAULT 0,
            last_opened TEXT
        );
        CREATE INDEX reading_state_by_opened ON reading_state(last_opened DESC)
        """,
    )


@migrations(name="0004_newsstand")
def _newsstand(db: Database) -> None:
    """Catalogs (pinned key, freshness, cached feed) and subscriptions with retention.

    See ``docs/newsstand.md``. ``highest_version`` only ever grows: it is what
    refuses a replayed (older) catalog. Retention never deletes an edition
    with bookmarks or unsent comments (``store/catalogs.py``).
    """
    _execute_each(
        db,
        """
        CREATE TABLE catalogs (
            url TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            public_key TEXT,
            highest_version INTEGER NOT NULL DEFAULT 0,
            allow_unsigned INTEGER NOT NULL DEFAULT 0,
            feed TEXT,
            fetched_at TEXT,
            added_at TEXT NOT NULL
        );
        CREATE TABLE subscriptions (
            catalog_url TEXT NOT NULL REFERENCES catalogs(url) ON DELETE CASCADE,
            publication_id TEXT NOT NULL,
            auto_download INTEGER NOT NULL DEFAULT 0,
            keep_last INTEGER,
            keep_days INTEGER,
            PRIMARY KEY (catalog_url, publication_id)
        );
        """,
    )


@migrations(name="0005_comments")
def _comments(db: Database) -> None:
    """The comment outbox, cached threads and per-publication comment settings.

    ``comments.article_id`` has no foreign key on purpose: an edition update
    deletes and re-inserts its articles, and a comment must survive that.
    """
    _execute_each(
        db,
        """
        CREATE TABLE comments (
            local_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            publication_id TEXT NOT NULL,
            thread_uri TEXT NOT NULL,
            thread_title TEXT NOT NULL DEFAULT '',
            parent_remote_id INTEGER,
            author TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            state TEXT NOT NULL,
            server TEXT,
            remote_id INTEGER,
            remote_created REAL,
            server_reason TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL,
            attempt_started_at REAL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE UNIQUE INDEX comments_by_seq ON comments(seq);
        CREATE INDEX comments_by_article ON comments(article_id, created_at);
        CREATE INDEX comments_by_state ON comments(state, seq);
        CREATE TABLE comment_threads (
            server TEXT NOT NULL,
            thread_uri TEXT NOT NULL,
            thread_json TEXT NOT NULL,
            fetched_at REAL NOT NULL,
            PRIMARY KEY (server, thread_uri)
        );
        CREATE TABLE comment_settings (
            publication_id TEXT PRIMARY KEY,
            comments_server TEXT,
            comments_max_length INTEGER
        );
        """,
    )


@migrations(name="0006_publication_owner")
def _publication_owner(db: Database) -> None:
    """Who first brought each publication, and a comment server change awaiting the user.

    ``owner`` is ``local`` (an ``edicola import``), ``key:<minisign key>`` (a
    signed catalog) or ``catalog:<url>`` (an unsigned one); NULL for rows from
    before this migration, claimed by the next source that brings an edition.
    """
    _execute_each(
        db,
        """
        ALTER TABLE publications ADD COLUMN owner TEXT;
        ALTER TABLE publications ADD COLUMN comments_server_pending TEXT
        """,
    )


@migrations(name="0007_compressed_article_bodies")
def _compressed_article_bodies(db: Database) -> None:
    """Article Markdown zlib-compressed in ``articles.markdown``; ``html`` emptied;
    the search index merged more eagerly.

    The HTML is rendered again on first open (``store/article_body.py``),
    so a library no longer keeps two uncompressed copies of every body. The
    freed pages are reused by later imports (``VACUUM`` returns them to the disk).
    """
    from edicola.store.article_body import pack

    db.conn.create_function("edicola_pack", 1, pack, deterministic=True)
    db.execute(
        "UPDATE articles SET markdown = edicola_pack(markdown), html = '' "
        "WHERE typeof(markdown) = 'text'"
    )
    # Imports add one small index segment each; merging as soon as two share a
    # level keeps the index near its optimised size (0.75x of the text unmerged).
    db.execute("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 2)")


@migrations(name="0008_print_replica_pages")
def _print_replica_pages(db: Database) -> None:
    """The print replica: PDF files as blobs, their pages and the article regions.

    ``page_regions.article_id`` is the library-wide id, indexed, so "Show on
    page" finds an article's page without reading every page of an edition.
    """
    _execute_each(
        db,
        """
        CREATE TABLE page_files (
            edition_id TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (edition_id, path)
        );
        CREATE TABLE pages (
            edition_id TEXT NOT NULL,
            number INTEGER NOT NULL,
            label TEXT NOT NULL,
            file TEXT NOT NULL,
            file_index INTEGER NOT NULL,
            width REAL NOT NULL,
            height REAL NOT NULL,
            PRIMARY KEY (edition_id, number)
        );
        CREATE TABLE page_regions (
            edition_id TEXT NOT NULL,
            number INTEGER NOT NULL,
            position INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            x0 REAL NOT NULL,
            y0 REAL NOT NULL,
            x1 REAL NOT NULL,
            y1 REAL NOT NULL,
            PRIMARY KEY (edition_id, number, position)
        );
        CREATE INDEX page_regions_by_article ON page_regions(article_id)
        """,
    )


@migrations(name="0009_search_titles")
def _search_titles(db: Database) -> None:
    """A second, small full-text index of article titles only (``search_titles``).

    Search ranks title matches first; finding them in ``search_fts`` meant
    reading every posting of the word (a common word: every article). Same
    document numbers and folded words as ``search_fts``; filled here from the
    titles already indexed.
    """
    from edicola.core.search.text_fold import words

    db.execute(
        "CREATE VIRTUAL TABLE search_titles USING fts5("
        "title, content='', tokenize='ascii', detail=full)"
    )
    db.execute("INSERT INTO search_titles (search_titles, rank) VALUES ('automerge', 2)")
    rows = db.execute(
        "SELECT d.doc, a.title FROM search_docs d JOIN articles a ON a.id = d.article_id "
        "ORDER BY d.doc"
    )
    db.conn.executemany(
        "INSERT INTO search_titles (rowid, title) VALUES (?, ?)",
        ((doc, " ".join(words(title))) for doc, title in rows),
    )


@migrations(name="0010_search_authors")
def _search_authors(db: Database) -> None:
    """A small full-text index of each article's author words (``search_authors``).

    ``author:`` meant *contains*, checked on every match of the searched words
    (a common word with a rare author: 260 ms at 1M articles). Filled from the
    folded names ``search_docs.authors`` already holds (``" a b | c d "``), with
    the same separator between names as ``SearchIndex`` writes. No bm25 here, so no
    column sizes (``columnsize=0``: half of the table's 22 MB at 1M articles).
    """
    from edicola.store.search_docs import AUTHOR_BREAK

    db.execute(
        "CREATE VIRTUAL TABLE search_authors USING fts5("
        "authors, content='', columnsize=0, tokenize='ascii', detail=full)"
    )
    db.execute("INSERT INTO search_authors (search_authors, rank) VALUES ('automerge', 2)")
    db.execute(
        "INSERT INTO search_authors (rowid, authors) "
        "SELECT doc, trim(replace(authors, '|', ?)) FROM search_docs ORDER BY doc",
        [AUTHOR_BREAK],
    )


@migrations(name="0011_highlights")
def _highlights(db: Database) -> None:
    """Highlights and notes (``store/highlights.py``) and their word index.

    Keyed by their own id with no foreign key, like bookmarks: an edition
    update deletes and re-inserts its articles, and a highlight is re-anchored
    by its quote instead (``state`` ``orphaned`` when the passage is gone). The
    title, publication, date, URL, authors and the article's place in its
    edition are a snapshot, refreshed on re-anchoring, so the list of 10,000
    highlights reads no article row, and a highlight of a removed edition is
    still listed and exported. ``seq`` is the stable rowid
    the FTS5 table of folded words (quote, note, title) points at.
    """
    _execute_each(
        db,
        """
        CREATE TABLE highlights (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL DEFAULT '',
            edition_id TEXT NOT NULL,
            publication_id TEXT NOT NULL DEFAULT '',
            page INTEGER,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            pos_start INTEGER NOT NULL,
            pos_end INTEGER NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'anchored',
            note TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            publication_title TEXT NOT NULL DEFAULT '',
            edition_date TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            authors TEXT NOT NULL DEFAULT '[]',
            article_position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX highlights_by_article ON highlights(article_id, pos_start);
        CREATE INDEX highlights_by_edition ON highlights(edition_id);
        CREATE INDEX highlights_by_created ON highlights(created_at DESC);
        CREATE VIRTUAL TABLE highlights_fts USING fts5(quote, note, title, tokenize='ascii')
        """,
    )


@migrations(name="0012_search_filters")
def _search_filters(db: Database) -> None:
    """Filters answered inside the full-text index; the index rebuilt once.

    ``section:`` and ``publication:`` were *contains* on each match's
    ``search_docs`` row and ``author:`` a second FTS5 table probed by rowid, so a
    filter could read every match of a word (issue 21). Now ``search_fts`` and
    ``search_titles`` hold two more columns, ``authors`` (the folded names) and
    ``facets`` (a token per section and publication value, listed in
    ``search_facets``), which only filters read (bm25 weight 0), and FTS5
    intersects them with the words itself. ``search_docs`` keeps only what maps a
    document to its article and the facet tokens it was indexed with (a renamed
    publication must not change what its removal deletes); ``search_authors`` goes.
    Contentless tables cannot gain columns, so every edition is indexed again here
    (newest first, which also packs ``search_docs``' pages): about 12 s of CPU per
    10,000 articles.
    """
    from edicola.store.search_schema import filters_in_the_index

    filters_in_the_index(db)


@migrations(name="0014_sync")
def _sync(db: Database) -> None:
    """Sync state (docs/sync.md): the server and this device, every synced field with
    its clock stamp (tombstones included), changes not yet sent, files already read,
    this device's own files, the other devices' cards, and triggers marking edits.

    The triggers (``store/sync_kinds.py``) only act while ``sync_config`` has its row.
    """
    from edicola.store.sync_kinds import triggers_v1
    from edicola.store.sync_schema import TABLES_V1

    _execute_each(db, TABLES_V1)
    for statement in triggers_v1():
        db.execute(statement)


@migrations(name="0016_sync_tombstones")
def _sync_tombstones(db: Database) -> None:
    """What each other device has merged, so that tombstones can be collected without
    bringing anything back (store/sync_peers.py, docs/sync.md). Every device writes a
    snapshot at its next pass, which starts the chain the others follow."""
    from edicola.store.sync_schema import TOMBSTONES_V2

    _execute_each(db, TOMBSTONES_V2)


@migrations(name="0017_body_dictionaries")
def _body_dictionaries(db: Database) -> None:
    """zstd dictionaries trained per language from the library's own bodies, and the
    articles imported per language that decide when to train one (issue 21,
    ``store/body_codec.py``). Bodies already stored stay zlib and readable."""
    from edicola.store.body_codec import TABLES, count_languages

    _execute_each(db, TABLES)
    count_languages(db)


@migrations(name="0018_upkeep")
def _upkeep(db: Database) -> None:
    """``search_docs`` in descending document order, so that chronological imports
    append to it instead of half-filling its pages (``store/search_schema.py:
    DOCS_PACKED``); rewritten once, packed (about 1 s at 100,000 articles)."""
    from edicola.store.search_schema import DOCS_PACKED

    _execute_each(db, DOCS_PACKED)


@migrations(name="0019_search_eras")
def _search_eras(db: Database) -> None:
    """The search index's register of eras (``store/search_eras.py``): the existing tables
    become era 0; upkeep cuts a larger one into eras later (``store/era_cut.py``)."""
    from edicola.store.search_eras import SCHEMA

    for statement in SCHEMA:
        db.execute(statement)


@migrations(name="0020_kept_page")
def _kept_page(db: Database) -> None:
    """The page on screen at close, kept rendered for the next start (``kept_page.py``)."""
    db.execute(KEPT_PAGE)
