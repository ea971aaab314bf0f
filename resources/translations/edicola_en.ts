<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddCatalogDialog</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="36" />
        <source>Add a catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="38" />
        <source>The address of a newsstand catalog (its catalog.json), from the publisher.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="44" />
        <source>Catalog address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="47" />
        <source>For example: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="51" />
        <source>Allow unsigned editions from this catalog</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddFeedsDialog</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="46" />
        <source>Add feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="49" />
        <source>e.g. Morning paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="54" />
        <source>One feed address (RSS or Atom) per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="56" />
        <source>Import &amp;OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="64" />
        <source>Paper &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="65" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="66" />
        <source>&amp;Feeds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="98" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="117" />
        <source>Import OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="117" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="124" />
        <source>Give the paper a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="127" />
        <source>Paste at least one feed address, or import an OPML file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="130" />
        <source>Not an http(s) address: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/edicola/ui/shell/application.py" line="92" />
        <source>Something went wrong (%1). The details are in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="36" />
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="40" />
        <source>By %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/article_page.py" line="45" />
        <source>%n min read</source>
        <translation><numerusform>%n min read</numerusform><numerusform>%n min read</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="111" />
        <source>No. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="106" />
        <source>This article cannot be shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleStructure</name>
    <message>
        <location filename="../../app/edicola/ui/reader/structure.py" line="52" />
        <source>Sections: %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/structure.py" line="59" />
        <source>%n picture(s), %1 with a caption.</source>
        <translation><numerusform>%n picture, %1 with a caption.</numerusform><numerusform>%n pictures, %1 with a caption.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/structure.py" line="70" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/structure.py" line="75" />
        <source>A list of %n article(s); press Tab to go through them.</source>
        <translation><numerusform>A list of %n article; press Tab to go through them.</numerusform><numerusform>A list of %n articles; press Tab to go through them.</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../app/edicola/ui/reader/article_view.py" line="38" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_view.py" line="50" />
        <source>Article: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="331" />
        <source>Bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="62" />
        <source>Recently read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="59" />
        <source>Highlights and bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="85" />
        <source>E&amp;xport bookmarks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="87" />
        <source>&amp;Import bookmarks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="101" />
        <source>Bookmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="101" />
        <source>Bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="108" />
        <source>Edit bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="108" />
        <source>Bookmark this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="143" />
        <source>Bookmark removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="156" />
        <source>Bookmarked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="206" />
        <source>Removed (Ctrl+Z to undo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="217" />
        <source>Export as Markdown into a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="222" />
        <source>Export highlights and bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="240" />
        <source>%n mark(s) exported to %1</source>
        <translation>
            <numerusform>%n mark exported to %1</numerusform>
            <numerusform>%n marks exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="245" />
        <source>This article is no longer in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="255" />
        <source>Edicola bookmarks (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="256" />
        <source>Browser bookmarks (*.html *.htm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="263" />
        <source>Export bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="234" />
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="281" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="286" />
        <source>Bookmarks exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="291" />
        <source>Import bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="306" />
        <source>Could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="313" />
        <source>Bookmarks imported: %n added</source>
        <translation>
            <numerusform>Bookmarks imported: %n added</numerusform>
            <numerusform>Bookmarks imported: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="315" />
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="317" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="319" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="30" />
        <source>Edit bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="30" />
        <source>Bookmark article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="38" />
        <source>&amp;Note (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="42" />
        <source>Why you want to find this again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="43" />
        <source>Bookmark note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="52" />
        <source>&amp;Remove bookmark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="93" />
        <source>Bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="79" />
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="81" />
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="91" />
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="150" />
        <source>Highlights and bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="84" />
        <source>Search passages, notes and titles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="85" />
        <source>Search highlights and bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="89" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="92" />
        <source>Highlights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="98" />
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="99" />
        <source>Any colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="105" />
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="107" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="108" />
        <source>By edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="109" />
        <source>By publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="110" />
        <source>By colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="120" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="122" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="172" />
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="173" />
        <source>Export the marks listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="177" />
        <source>Markdown for Obsidian (a file per edition)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="178" />
        <source>Web Annotation (JSON-LD)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="179" />
        <source>Readwise (CSV)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="225" />
        <source>Nothing matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="228" />
        <source>No highlights or bookmarks yet: select a passage and press H, or press Ctrl+D while reading an article.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="233" />
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n mark</numerusform>
            <numerusform>%n marks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOpener</name>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="64" />
        <source>Open edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="66" />
        <source>Editions (*.edicola);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="92" />
        <source>the file is not there (moved or deleted?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="97" />
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="100" />
        <source>Opening an edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="135" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="150" />
        <source>Edicola</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogBar</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="30" />
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="44" />
        <source>Catalogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="33" />
        <source>&amp;Add catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="36" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="38" />
        <source>Allow unsigned for this catalog</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogClient</name>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="118" />
        <source>{url}: this is a news feed (RSS or Atom), not a catalog: follow it with Follow news sites…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="126" />
        <source>{url}: this is a web page (HTML), not a catalog; ask the publisher for the address of its catalog.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="141" />
        <source>{url}: the catalog is not signed; refused (to accept it anyway, tick "Allow unsigned for this catalog" in the Newsstand, or run 'edicola catalog URL --allow-unsigned')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="154" />
        <source>{url}: the catalog names no publisher key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="161" />
        <source>{url}: WARNING: the publisher key changed (pinned {old}, now {new}); refused. If the publisher really changed key, remove and re-add the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="177" />
        <source>{url}: signature refused: {why}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComfortSettingsPage</name>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="30" />
        <source>Source Serif (newspaper)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="31" />
        <source>Atkinson Hyperlegible (easier to tell letters apart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="34" />
        <source>System sans serif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="47" />
        <source>Reading comfort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="64" />
        <source>%1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="69" />
        <source>For the article and the front page. Atkinson Hyperlegible tells apart letters that are easily confused (I l 1, O 0); wider spacing and shorter lines help some readers with dyslexia or low vision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="81" />
        <source>T&amp;ypeface:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="82" />
        <source>Lette&amp;r spacing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="84" />
        <source>Line len&amp;gth:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="83" />
        <source>&amp;Word spacing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="88" />
        <source>Normal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="53" />
        <source>This publication has no comment server; your comments are kept here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="83" />
        <source>Cancel reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="98" />
        <source>Your comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="99" />
        <source>Write a comment… (Ctrl+Enter sends)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="109" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="110" />
        <source>your name (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="115" />
        <source>Your email (optional, never shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="116" />
        <source>email (optional, never shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="119" />
        <source>Commenting &amp;as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="124" />
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="126" />
        <source>Send the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="165" />
        <source>Replying to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/composer.py" line="187" />
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n character too many</numerusform>
            <numerusform>%n characters too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/composer.py" line="190" />
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentState</name>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="20" />
        <source>Draft</source>
        <extracomment>Every label, for lupdate; must equal ``LABELS`` plus ``NO_SERVER_LABEL``, ``SERVER_SILENT_LABEL`` and ``NOT_TRIED_LABEL``.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="21" />
        <source>Waiting for network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="22" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="23" />
        <source>Checking whether it arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="24" />
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="25" />
        <source>Waiting for moderation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="26" />
        <source>Not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="27" />
        <source>Saved here until the publication has a comments server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="28" />
        <source>The comment server does not answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="29" />
        <source>Waiting to be sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <location filename="../../app/edicola/ui/comments/wiring.py" line="61" />
        <source>Comment &amp;outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/wiring.py" line="64" />
        <source>&amp;Write a comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsList</name>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="150" />
        <source>Comments on this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="181" />
        <source>No comments yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="185" />
        <source>Your comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="205" />
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="208" />
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="211" />
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="211" />
        <source>Reply to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="218" />
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="221" />
        <source>reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="231" />
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="233" />
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="236" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="236" />
        <source>Edit this comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="239" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="239" />
        <source>Delete this comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="243" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="243" />
        <source>Send this comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="67" />
        <location filename="../../app/edicola/ui/comments/panel.py" line="247" />
        <source>Comments</source>
        <extracomment>Opening an article refetches its thread when the cached copy is older than this.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="122" />
        <source>Show or hide the comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="125" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="127" />
        <source>Refresh the comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="129" />
        <source>Comment server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="194" />
        <source>Comments go to %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="249" />
        <source>Comments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="257" />
        <source>New comment server to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="259" />
        <source>No comment server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="261" />
        <source>Refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="265" />
        <source>Not fetched yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="267" />
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="287" />
        <location filename="../../app/edicola/ui/comments/panel.py" line="377" />
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="306" />
        <source>Not accepted: %1 — edit it and send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="318" />
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="319" />
        <source>a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="332" />
        <source>This comment is being sent and can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="361" />
        <source>Delete comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="362" />
        <source>Delete this comment? Its text cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="425" />
        <source>could not refresh: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsServerDialog</name>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="40" />
        <source>Comment server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="42" />
        <source>Where comments on %1 are sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="45" />
        <source>none declared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="47" />
        <source>The publication's own (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="50" />
        <source>This server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="54" />
        <source>Comment server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="56" />
        <source>None: keep my comments here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="95" />
        <source>Enter an http:// or https:// address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoverWall</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="44" />
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="51" />
        <source>Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="78" />
        <source>Be told about new editions of this publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="80" />
        <source>Subscription…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="83" />
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="180" />
        <source>Show older editions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="109" />
        <source>All publications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="174" />
        <source>Following %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="174" />
        <source>Follow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="178" />
        <source>Loading older editions…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="53" />
        <source>Send to device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="54" />
        <source>Several e-readers are mounted. Send to:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DownloadMessages</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="46" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="51" />
        <source>Accept the new publisher…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="56" />
        <source>Follow news sites…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="60" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="39" />
        <source>the server stopped sending data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="45" />
        <source>the server is sending too slowly (under {rate} KiB/s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="53" />
        <source>the server sent more bytes than the catalog lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="61" />
        <source>the server answered the wrong byte range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="69" />
        <source>the server refused to resume (HTTP 416)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="77" />
        <source>incomplete download: {got} of {size} bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/downloader.py" line="351" />
        <source>cannot fetch the signature: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="90" />
        <source>size does not match the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="96" />
        <source>SHA-256 does not match the catalog (damaged or altered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="105" />
        <source>the edition is not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="111" />
        <source>no publisher key to check the signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="121" />
        <source>bad signature: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/net/downloader.py" line="427" />
        <source>cannot import: {why}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditPaperDialog</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="48" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="60" />
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="60" />
        <source>Feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="69" />
        <source>Another feed address (RSS or Atom)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="70" />
        <source>&amp;Add feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="74" />
        <source>&amp;Remove feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="82" />
        <source>Paper &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="83" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="84" />
        <source>&amp;Update:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="97" />
        <source>Sections, one per feed (double-click a title to rename it):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="107" />
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="108" />
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="138" />
        <source>Not an http(s) address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="141" />
        <source>This paper follows %1 already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="174" />
        <source>Give the paper a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="177" />
        <source>A paper needs at least one feed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditionDrops</name>
    <message>
        <location filename="../../app/edicola/ui/shell/edition_drops.py" line="83" />
        <source>Not an edition (a .edicola file): %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditionList</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="65" />
        <source>Publications and editions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>Edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="153" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="160" />
        <source>Following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="160" />
        <source>Follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="164" />
        <source>Be told about new editions of this publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="166" />
        <source>Subscription…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="181" />
        <source>Loading older editions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="183" />
        <source>Show older editions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditionRemoval</name>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="102" />
        <source>Remove &amp;edition…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="160" />
        <source>Edition removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ElsewherePanel</name>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="27" />
        <source>On your other devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="31" />
        <source>Editions on your other devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="45" />
        <source>%1, %2 — on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="50" />
        <source>Open its catalog: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="52" />
        <source>Not from a catalog: copy it from that device</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="72" />
        <source>Export edition as EP&amp;UB…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="74" />
        <source>Send to &amp;device…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="120" />
        <source>Exporting “%1”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="130" />
        <source>Export edition as EPUB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="132" />
        <source>EPUB books (*.epub)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="146" />
        <source>Exported “%1” to %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="149" />
        <source>Could not export “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="170" />
        <source>Could not look for e-readers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="196" />
        <source>Send to a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="219" />
        <source>Sending “%1” to %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="231" />
        <source>Sent “%1” to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="235" />
        <source>“%1” is already on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="238" />
        <source>Could not send “%1” to %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportSettingsPage</name>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="34" />
        <source>E-readers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="37" />
        <source>&amp;Export new editions of the followed publications as EPUB into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="42" />
        <source>a folder synced to your e-reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="43" />
        <location filename="../../app/edicola/ui/export/settings_page.py" line="89" />
        <source>Export folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="44" />
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="48" />
        <source>Each new edition of a publication you follow is written there as EPUB once it is in your library: for a folder your e-reader or its cloud syncs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="72" />
        <source>&amp;Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="73" />
        <source>&amp;Follow news sites…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="109" />
        <source>Add &amp;feeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="157" />
        <source>No edition yet: the first one is being made, it opens here when ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="159" />
        <source>No edition yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="161" />
        <source>No edition yet: press Update now to make the first one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="163" />
        <source>No edition yet: every feed failed (each says why on its line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="165" />
        <source>No edition yet: the feeds have no items.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="168" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="170" />
        <source>No edition yet: %1, all older than %2 (max_age_days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="174" />
        <source>No edition yet: nothing new was found in the feeds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="226" />
        <source>Import OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="228" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="235" />
        <source>Edicola feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="240" />
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="250" />
        <source>Export OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="242" />
        <source>OPML files (*.opml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="259" />
        <source>Stop following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="260" />
        <source>Stop following “%1”? Its editions stay in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="270" />
        <source>updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="285" />
        <source>nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="290" />
        <source>importing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="305" />
        <source>revision %1 ready: %n new article(s)</source>
        <translation>
            <numerusform>revision %1 ready: %n new article</numerusform>
            <numerusform>revision %1 ready: %n new articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="312" />
        <source>every feed failed; the last edition stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="313" />
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedsView</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="51" />
        <location filename="../../app/edicola/ui/feeds/view.py" line="54" />
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="55" />
        <source>&amp;Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="58" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="61" />
        <source>&amp;Add feeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="63" />
        <source>&amp;Update now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="66" />
        <source>&amp;OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="69" />
        <source>&amp;Import OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="70" />
        <source>E&amp;xport OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="72" />
        <source>&amp;Stop following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="86" />
        <source>Enter or a double-click opens a paper's newest edition. Esc returns to reading.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="95" />
        <source>Papers and their feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="96" />
        <source>Paper / feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="96" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="104" />
        <source>Follow the RSS or Atom feeds of the sites you read: Edicola makes a daily paper of them, with the full text and pictures, to read offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="147" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="205" />
        <source>fetching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="207" />
        <source>no change since the last update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="209" />
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="214" />
        <source>full text: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/view.py" line="219" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/view.py" line="220" />
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="232" />
        <source>Feeds · Esc returns to reading</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="25" />
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="26" />
        <source>Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="33" />
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="34" />
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="38" />
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="39" />
        <source>Next match (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="43" />
        <source>Close find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="44" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="72" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="75" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <location filename="../../app/edicola/ui/reader/front_page.py" line="31" />
        <source>Front page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/front_page.py" line="41" />
        <source>Front page: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="29" />
        <source>Yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="30" />
        <source>Green</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="31" />
        <source>Blue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="32" />
        <source>Pink</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="59" />
        <source>Highlight &amp;colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="76" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="79" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="137" />
        <source>Highlighted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="146" />
        <source>Select a passage of the article first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="158" />
        <source>Select words on the page first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="204" />
        <source>Highlight deleted (Ctrl+Z to undo).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="222" />
        <source>This passage is not in the article's current revision: “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="47" />
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="49" />
        <source>Recently read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="52" />
        <source>Recently read articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="80" />
        <source>Articles you open will be listed here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../app/edicola/ui/reader/image_dialog.py" line="62" />
        <location filename="../../app/edicola/ui/reader/image_dialog.py" line="67" />
        <source>Picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/image_dialog.py" line="72" />
        <source>Esc or click to close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../app/edicola/ui/reader/library_browser.py" line="84" />
        <source>Open in browser?</source>
        <extracomment>Decoded pictures kept, in bytes: pictures are decoded at the size they are shown (``QImageReader.setScaledSize``), so this is a few pages' worth. An 8000×8000 picture decoded whole is 244 MiB; at column width it is ~2 MiB.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_browser.py" line="85" />
        <source>This link leads outside the library:
%1

Open it in your browser?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="50" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="104" />
        <source>Older editions…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="110" />
        <source>Show %n older edition(s)</source>
        <translation>
            <numerusform>Show %n older edition</numerusform>
            <numerusform>Show %n older editions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="188" />
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="189" />
        <source>unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="243" />
        <source>Remove edition…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkNames</name>
    <message>
        <location filename="../../app/edicola/ui/reader/link_names.py" line="33" />
        <source>Picture, opens large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/link_names.py" line="36" />
        <source>%1, link</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="68" />
        <source>Search the library (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="69" />
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="247" />
        <source>The new language will be used when Edicola restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="265" />
        <source>About Edicola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="266" />
        <source>Edicola — a digital newsstand. Editions are read offline from your library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/commands.py" line="80" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/commands.py" line="99" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/commands.py" line="128" />
        <location filename="../../app/edicola/ui/shell/commands.py" line="129" />
        <source>More commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/controller.py" line="194" />
        <source>This article is no longer in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/controller.py" line="335" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/status.py" line="31" />
        <source>%1 · article %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/status.py" line="38" />
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/status.py" line="40" />
        <source>Unread</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/status.py" line="46" />
        <source>Contents · %n article(s)</source>
        <translation><numerusform>Contents · %n article</numerusform><numerusform>Contents · %n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/commands.py" line="70" />
        <source>Export as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/commands.py" line="72" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/commands.py" line="82" />
        <source>Link copied: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="44" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="45" />
        <source>Passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="46" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="47" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="48" />
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="49" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="123" />
        <source>Bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="139" />
        <source>“%1” (not found in this revision)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="144" />
        <source>Printed page %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="46" />
        <source>no article {id!r} in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="47" />
        <source>no text selected in article {id!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="48" />
        <source>no edition {id!r} in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="49" />
        <source>no highlight {id!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="50" />
        <source>a note may hold at most {limit} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="52" />
        <source>{file}: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="53" />
        <source>{file}: {field}: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="54" />
        <source>invalid bundle</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="55" />
        <source>{problem} (and %n more)</source>
        <translation><numerusform>{problem} (and %n more)</numerusform><numerusform>{problem} (and %n more)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="56" />
        <source>{bundle}: {problem} (and %n more)</source>
        <translation><numerusform>{bundle}: {problem} (and %n more)</numerusform><numerusform>{bundle}: {problem} (and %n more)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="57" />
        <source>{bundle}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="59" />
        <source>not an Edicola bundle (format is {format!r})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="60" />
        <source>must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="61" />
        <source>format version {version} is newer than this Edicola understands ({supported}); please update Edicola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="66" />
        <source>missing: this is not an Edicola bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="67" />
        <source>listed in the manifest but missing from the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="68" />
        <source>size is {size} bytes, the manifest says {expected}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="69" />
        <source>sha256 does not match the manifest (damaged or altered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="70" />
        <source>invalid UTF-8 at byte {at}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="71" />
        <source>malformed JSON at line {line}, column {column}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="72" />
        <source>references a missing image {image!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="73" />
        <source>not listed in the manifest (stray file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="74" />
        <source>{size} bytes, over the {limit:g} MiB limit for this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="75" />
        <source>not a PNG, JPEG, GIF or WebP image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="76" />
        <source>refused: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="78" />
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="79" />
        <source>the file is {size:.1f} MiB, over the {limit:.0f} MiB limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="80" />
        <source>cannot read the file: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="81" />
        <source>not a zip file or a truncated one ({why})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="82" />
        <source>unreadable zip: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="84" />
        <source>{where}: not a valid URL ({why}), refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="85" />
        <source>{where}: points to another host ({host}), refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="86" />
        <source>{name}: larger than {limit} MiB, refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="87" />
        <source>malformed JSON at line {line}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="88" />
        <source>{name}: version {version} is older than version {seen} already seen (a replayed or rolled-back catalog), refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="92" />
        <source>{name}: expired on {when} (the publisher has not refreshed it), refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="95" />
        <source>{name}: does not match the hash the catalog lists, refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="96" />
        <source>{name}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="98" />
        <source>an unknown source (library from an older version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="99" />
        <source>a local import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="100" />
        <source>the catalog signed with key {key}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="101" />
        <source>the unsigned catalog {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="102" />
        <source>{edition} revision {revision} of {publication!r}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="104" />
        <source>from {owner}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="105" />
        <source>set by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="107" />
        <source>the comment server {server} is on a private address and came from the catalog, not from you; not contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="112" />
        <source>no comment with id {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="113" />
        <source>comment {id} may already have reached the server; it can be changed only once that has been checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="118" />
        <source>the library at {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="119" />
        <source>the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="120" />
        <source>cannot open the library at {folder}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="121" />
        <source>the library database {path} is damaged (SQLite: {why}); keep the file (copy it somewhere safe, do not delete it): `sqlite3 library.db .recover` may rescue its contents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="125" />
        <source>{where} is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="126" />
        <source>the disk is full; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="127" />
        <source>{where} is locked by another Edicola process (an import or the reader); try again when it is done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="131" />
        <source>cannot open the library at {folder}: permission denied or no such folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="134" />
        <source>no library at {folder}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="135" />
        <source>cannot create the library at {folder}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="136" />
        <source>{path} is not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="138" />
        <source>the system keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="139" />
        <source>{file} (mode 0600; no keyring service is running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="140" />
        <source>the system keyring refused the password: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="141" />
        <source>the system keyring could not be read: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="142" />
        <source>{file}: cannot be read ({why})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="143" />
        <source>no sync password saved in {where}: run edicola sync setup again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="146" />
        <source>the saved sync credentials in {where} are damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="148" />
        <source>sync is not set up for this library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="149" />
        <source>sync is not set up: run edicola sync setup URL --user USER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="151" />
        <source>larger than the {size} bytes the manifest says</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="153" />
        <source>{edition} imported (%n articles)</source>
        <translation><numerusform>{edition} imported (%n article)</numerusform><numerusform>{edition} imported (%n articles)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="154" />
        <source>publication {publication!r} belongs to {owner}, which first brought it; this bundle comes from {source}: refused (accept the new publisher explicitly to let it replace the publication)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="158" />
        <source>{edition} revision {revision} is already in the library</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="159" />
        <source>{edition} updated from revision {previous} to {revision} (%n articles)</source>
        <translation><numerusform>{edition} updated from revision {previous} to {revision} (%n article)</numerusform><numerusform>{edition} updated from revision {previous} to {revision} (%n articles)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="162" />
        <source>carries {carried}, but the catalog announced {expected}: refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="165" />
        <source>revision {revision} is older than the library's revision {current}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewEditionsExport</name>
    <message>
        <location filename="../../app/edicola/ui/export/new_editions.py" line="86" />
        <source>Could not export to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/export/new_editions.py" line="95" />
        <source>Could not export %n edition(s) to %1: %2</source>
        <translation>
            <numerusform>Could not export %n edition to %1: %2</numerusform>
            <numerusform>Could not export %n editions to %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/export/new_editions.py" line="98" />
        <source>Exported %n new edition(s) to %1.</source>
        <translation>
            <numerusform>Exported %n new edition to %1.</numerusform>
            <numerusform>Exported %n new editions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsstand</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="82" />
        <source>Warning: without signatures nothing proves that editions come from the publisher. Anyone between you and the server could change them. Only allow this for a catalog you run yourself or fully trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="104" />
        <source>Accept a new publisher?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="110" />
        <source>Accept the new publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="171" />
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="65" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="66" />
        <location filename="../../app/edicola/ui/newsstand/model.py" line="71" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="70" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="74" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="76" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="78" />
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="55" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="79" />
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="98" />
        <source>{n} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="99" />
        <source>{n} kB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="110" />
        <source>downloading {p}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="114" />
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="116" />
        <source>waiting to retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="118" />
        <source>paused at {p}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="122" />
        <source>verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="124" />
        <source>importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="126" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="128" />
        <location filename="../../app/edicola/ui/screenshots.py" line="291" />
        <source>in library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="130" />
        <source>update available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="131" />
        <source>available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="31" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="96" />
        <source>&amp;Newsstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="169" />
        <source>Not a catalog address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="271" />
        <source>New in the newsstand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="315" />
        <source>Resuming the download of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="340" />
        <source>In your library: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="55" />
        <source>“%1” came into your library from %2. This edition comes from %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="62" />
        <source>Accept only if you know the publisher moved to this catalog or changed its key. Its editions will then replace the current ones, and it will own the publication from now on. A change of comment server is still shown to you before any comment goes there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="31" />
        <source>a bundle you imported yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="38" />
        <source>the catalog “%1” (signed with key %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="42" />
        <source>a catalog signed with key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="46" />
        <source>the unsigned catalog %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="49" />
        <source>an unknown source</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="134" />
        <source>%n downloading</source>
        <translation><numerusform>%n downloading</numerusform><numerusform>%n downloading</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="136" />
        <source>%n queued</source>
        <translation><numerusform>%n queued</numerusform><numerusform>%n queued</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="101" />
        <source>offline · last updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="45" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="47" />
        <source>Waiting to retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="164" />
        <source>Verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="165" />
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="49" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="51" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="53" />
        <source>In library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="57" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_model.py" line="46" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewsstandView</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="75" />
        <location filename="../../app/edicola/ui/newsstand/view.py" line="87" />
        <location filename="../../app/edicola/ui/newsstand/view.py" line="239" />
        <source>Newsstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="133" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="136" />
        <source>Co&amp;vers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="138" />
        <source>Show the editions as a wall of covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="140" />
        <source>L&amp;ist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="142" />
        <source>Show the editions as a list, by publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="161" />
        <source>All downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="219" />
        <source>Fetching the catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="217" />
        <source>No catalogs yet: add one with the address a publisher gives you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="221" />
        <source>This catalog could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="229" />
        <source>%1 (unsigned)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/view.py" line="243" />
        <source>Newsstand · %1 · %n edition(s)</source>
        <translation>
            <numerusform>Newsstand · %1 · %n edition</numerusform>
            <numerusform>Newsstand · %1 · %n editions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/view.py" line="245" />
        <source>%n in your library</source>
        <translation>
            <numerusform>%n in your library</numerusform>
            <numerusform>%n in your library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoReaderBox</name>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="25" />
        <source>Send to device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="28" />
        <source>%1: a Kindle does not open EPUB files copied over USB. Send the EPUB with Amazon's Send to Kindle, or choose a folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="32" />
        <source>No e-reader is mounted (Kobo, PocketBook, tolino).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="35" />
        <source>Choose a &amp;folder…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="45" />
        <source>Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="60" />
        <source>Not found in this revision of the article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="63" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="67" />
        <source>What you think of this passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="68" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="78" />
        <source>&amp;Delete highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="90" />
        <source>Colour:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="20" />
        <source>Show the comment outbox</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="30" />
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n comment waiting</numerusform>
            <numerusform>%n comments waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="32" />
        <source>%n comment(s) not accepted</source>
        <translation>
            <numerusform>%n comment not accepted</numerusform>
            <numerusform>%n comments not accepted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="34" />
        <source>All comments sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="51" />
        <source>Comment outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="54" />
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="64" />
        <source>Comments not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="60" />
        <source>Nothing waiting: every comment has been delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="78" />
        <source>&amp;Open article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="79" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="80" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="81" />
        <source>Send &amp;now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../app/edicola/ui/pages/page_canvas.py" line="58" />
        <source>Printed page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/page_canvas.py" line="77" />
        <source>This page cannot be shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/region_names.py" line="18" />
        <source>Article on page %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/region_names.py" line="21" />
        <source>%1, article on page %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageHighlights</name>
    <message>
        <location filename="../../app/edicola/ui/pages/page_highlights.py" line="86" />
        <source>Select text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/page_highlights.py" line="90" />
        <source>Drag over words to select them (or Shift+drag); H highlights, N adds a note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageOutline</name>
    <message>
        <location filename="../../app/edicola/ui/reader/page_outline.py" line="187" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/page_outline.py" line="193" />
        <source>Picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/page_outline.py" line="204" />
        <source>Caption</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagesController</name>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="44" />
        <source>&amp;Pages (print replica)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="48" />
        <source>Show on &amp;page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="85" />
        <source>This edition has no printed pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="103" />
        <source>This article is not on the printed pages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagesSearchHook</name>
    <message>
        <location filename="../../app/edicola/ui/pages/search_hook.py" line="55" />
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="53" />
        <source>Two pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="54" />
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="55" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="57" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="59" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="66" />
        <location filename="../../app/edicola/ui/pages/view.py" line="68" />
        <source>Go to section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="86" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="180" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PendingServerRow</name>
    <message>
        <location filename="../../app/edicola/ui/comments/pending_server.py" line="19" />
        <source>Use the new server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/pending_server.py" line="22" />
        <source>Keep the current one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/pending_server.py" line="36" />
        <source>The publication now names %1 as its comment server. Nothing is sent there until you accept it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="33" />
        <source>Read aloud</source>
        <extracomment>Qt's rate is -1.0 … 1.0; the slider counts tenths.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="40" />
        <source>Previous paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="46" />
        <source>Previous sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="49" />
        <location filename="../../app/edicola/ui/speech/bar.py" line="116" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="51" />
        <source>Next sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="54" />
        <source>Next paragraph</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="56" />
        <source>Stop reading aloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="59" />
        <source>Voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="66" />
        <location filename="../../app/edicola/ui/speech/bar.py" line="67" />
        <location filename="../../app/edicola/ui/speech/bar.py" line="68" />
        <source>Speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="116" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="124" />
        <source>Voice for the language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../app/edicola/ui/speech/wiring.py" line="67" />
        <source>&amp;Read aloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/wiring.py" line="71" />
        <source>Read the article aloud, then the next (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/wiring.py" line="146" />
        <source>Open an article or an edition to read it aloud.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="35" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="36" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="37" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="38" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="39" />
        <source>&amp;Bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="40" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="46" />
        <source>&amp;Open edition…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="51" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="54" />
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="59" />
        <source>Copy &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="61" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="62" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="63" />
        <source>&amp;Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="65" />
        <source>&amp;Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="69" />
        <source>Leave find, search, a view or full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="74" />
        <source>F&amp;ront page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="78" />
        <source>&amp;Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="83" />
        <source>&amp;Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="86" />
        <source>&amp;Normal text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="90" />
        <source>Theme: follow the &amp;system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="97" />
        <source>Theme: &amp;light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="104" />
        <source>Theme: s&amp;epia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="110" />
        <source>Theme: &amp;dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="114" />
        <source>Library &amp;panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="121" />
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="126" />
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="127" />
        <source>&amp;Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="130" />
        <source>&amp;Next article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="137" />
        <source>&amp;Previous article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="143" />
        <source>Next &amp;section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="147" />
        <source>Previous s&amp;ection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="154" />
        <source>Page &amp;down (then next article)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="161" />
        <source>Page &amp;up (then previous article)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="168" />
        <source>&amp;Bookmark this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="174" />
        <source>&amp;Highlight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="177" />
        <source>Add &amp;note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="180" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="182" />
        <source>&amp;About Edicola</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveEditionDialog</name>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="41" />
        <source>Remove edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="43" />
        <source>Remove %1 of %2 from the library?
Its articles and pictures will be deleted from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="52" />
        <source>&amp;Keep its bookmarks (%1), shown as unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="62" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleImport</name>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="72" />
        <source>Preparing the sample papers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="75" />
        <source>Sample papers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="98" />
        <source>Importing the sample papers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="125" />
        <source>The sample papers are in your library: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="131" />
        <source>The sample papers could not all be imported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../app/edicola/ui/search/wiring.py" line="41" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchHelpButton</name>
    <message>
        <location filename="../../app/edicola/ui/search/help.py" line="54" />
        <source>Search syntax help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/search/help.py" line="55" />
        <source>How to search: words, phrases, filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchHelpPopover</name>
    <message>
        <location filename="../../app/edicola/ui/search/help.py" line="21" />
        <location filename="../../app/edicola/ui/search/help.py" line="22" />
        <source>Search syntax</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/edicola/ui/search/panel.py" line="190" />
        <location filename="../../app/edicola/ui/search/panel.py" line="197" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/search/panel.py" line="228" />
        <source>No articles match “%1”. Try fewer words, or another form of a word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/search/panel.py" line="232" />
        <source>The %1 best matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/search/panel.py" line="234" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="28" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="38" />
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="39" />
        <source>More sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="51" />
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="39" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="43" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="51" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="52" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="53" />
        <source>Sepia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="54" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="70" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="71" />
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="72" />
        <source>Text &amp;size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="73" />
        <source>Line s&amp;pacing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="74" />
        <source>A new language is used the next time Edicola starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="30" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="43" />
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="45" />
        <source>Text and screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="49" />
        <source>Keeping and sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="52" />
        <source>Views and panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="54" />
        <source>Edicola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="70" />
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="85" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="86" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="86" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="61" />
        <source> or </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="132" />
        <source>Subscription: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="133" />
        <source>Download new editions automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="140" />
        <source>Older editions are deleted from the library after each update. Editions with bookmarks or comments not yet sent are always kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="148" />
        <source>Keep the last (editions):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="149" />
        <source>Keep editions for (days):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="38" />
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="42" />
        <source>Synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="47" />
        <source>Synced just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/sync/status_label.py" line="49" />
        <source>Synced %n min ago</source>
        <translation><numerusform>Synced %n min ago</numerusform><numerusform>Synced %n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/sync/status_label.py" line="52" />
        <source>Synced %n h ago</source>
        <translation><numerusform>Synced %n h ago</numerusform><numerusform>Synced %n h ago</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="53" />
        <source>Synced on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="60" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="62" />
        <source>Sync: server unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="64" />
        <source>Sync: enter the new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="66" />
        <source>Sync: failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="102" />
        <source>Sync: click for Settings → Sync</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="67" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="71" />
        <source>Sync the &amp;theme and text size too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="97" />
        <source>&amp;Set up sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="101" />
        <source>Positions, bookmarks, highlights, notes and follows go through your own WebDAV server (Nextcloud, Apache, nginx…), sealed with the passphrase: the server sees nothing readable. Use the same folder and passphrase on every device; a lost passphrase cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="111" />
        <source>WebDAV &amp;folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="112" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="113" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="114" />
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="129" />
        <source>the new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="130" />
        <source>&amp;Use this passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="132" />
        <source>Sync &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="134" />
        <source>&amp;Forget sync here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="136" />
        <source>and delete the folder on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="179" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="181" />
        <source>Folder: %1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="182" />
        <source>This device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="183" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="184" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="187" />
        <source>Problem: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="189" />
        <source>Other device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="191" />
        <source>Skipped file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="213" />
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="214" />
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="215" />
        <source>password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="216" />
        <source>passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="221" />
        <source>Please fill in: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="223" />
        <source>Checking the server and the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="229" />
        <source>Checking the passphrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="237" />
        <source>Delete the sync folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="239" />
        <source>Delete the sync folder on the server? Your other devices stop syncing too. What is in this library stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="245" />
        <source>Forgetting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="253" />
        <source>Sync is set up; the first sync is under way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="256" />
        <source>Sync forgotten here; this library keeps its contents.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnavailableRow</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/unavailable_row.py" line="15" />
        <source>%1 (no longer in the library)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeController</name>
    <message>
        <location filename="../../app/edicola/ui/welcome/wiring.py" line="50" />
        <source>&amp;Try the sample papers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/wiring.py" line="52" />
        <source>Add a publisher's &amp;catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/wiring.py" line="63" />
        <source>Open an edition file…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="27" />
        <location filename="../../app/edicola/ui/welcome/view.py" line="28" />
        <source>Welcome to Edicola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="32" />
        <source>Edicola keeps newspaper editions in your library and reads them offline.
Your library is empty: try the sample papers, or bring editions in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="51" />
        <source>You can also drop .edicola files on this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="75" />
        <source>The library is empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self.view</name>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="167" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>