<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddCatalogDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="36" />
        <source>Add a catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="38" />
        <source>The address of a newsstand catalog (its catalog.json), from the publisher.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="44" />
        <source>Catalog address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="46" />
        <source>Allow unsigned editions from this catalog</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddFeedsDialog</name>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="33" />
        <source>Add feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="36" />
        <source>e.g. Morning paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="44" />
        <source>One feed address (RSS or Atom) per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="46" />
        <source>Import &amp;OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="54" />
        <source>Paper &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="55" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="56" />
        <source>&amp;Feeds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="88" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="107" />
        <source>Import OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="107" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="114" />
        <source>Give the paper a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="117" />
        <source>Paste at least one feed address, or import an OPML file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="120" />
        <source>Not an http(s) address: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="87" />
        <source>Something went wrong (%1). The details are in %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="51" />
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="55" />
        <source>By %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/article_page.py" line="60" />
        <source>%n min read</source>
        <translation><numerusform>%n min read</numerusform><numerusform>%n min read</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="126" />
        <source>No. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="27" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="36" />
        <source>Article: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="41" />
        <location filename="../../app/ui/bookmarks/wiring.py" line="244" />
        <source>Bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="44" />
        <source>Recently read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="67" />
        <source>E&amp;xport bookmarks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="69" />
        <source>&amp;Import bookmarks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="83" />
        <source>Bookmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="83" />
        <source>Bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="85" />
        <source>Edit bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="85" />
        <source>Bookmark this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="117" />
        <source>Bookmark removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="130" />
        <source>Bookmarked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="155" />
        <source>This article is no longer in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="166" />
        <source>Edicola bookmarks (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="167" />
        <source>Browser bookmarks (*.html *.htm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="174" />
        <source>Export bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="192" />
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="198" />
        <source>Bookmarks exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="204" />
        <source>Import bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="219" />
        <source>Could not read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="226" />
        <source>Bookmarks imported: %n added</source>
        <translation>
            <numerusform>Bookmarks imported: %n added</numerusform>
            <numerusform>Bookmarks imported: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="228" />
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="230" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="232" />
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
        <location filename="../../app/ui/bookmarks/dialog.py" line="30" />
        <source>Edit bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="30" />
        <source>Bookmark article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="38" />
        <source>&amp;Note (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="42" />
        <source>Why you want to find this again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="43" />
        <source>Bookmark note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="52" />
        <source>&amp;Remove bookmark</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="52" />
        <location filename="../../app/ui/bookmarks/view.py" line="54" />
        <location filename="../../app/ui/bookmarks/view.py" line="62" />
        <source>Bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="57" />
        <source>Filter by title, publication or note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="58" />
        <source>Filter bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="78" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="80" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="113" />
        <source>No bookmark matches the filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="115" />
        <source>No bookmarks yet: press Ctrl+D while reading an article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="137" />
        <source>This article is no longer in the library; you can remove the bookmark.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundleOpener</name>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="69" />
        <source>Opening %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="72" />
        <source>Opening an edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="100" />
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="117" />
        <source>Edicola</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogClient</name>
    <message>
        <location filename="../../app/net/catalog_client.py" line="114" />
        <source>{url}: this is a web page (HTML), not a catalog; ask the publisher for the address of its catalog.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="129" />
        <source>{url}: the catalog is not signed; refused (to accept it anyway, tick "Allow unsigned for this catalog" in the Newsstand, or run 'edicola catalog URL --allow-unsigned')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="142" />
        <source>{url}: the catalog names no publisher key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="149" />
        <source>{url}: WARNING: the publisher key changed (pinned {old}, now {new}); refused. If the publisher really changed key, remove and re-add the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="165" />
        <source>{url}: signature refused: {why}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="53" />
        <source>This publication has no comment server; your comments are kept here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="63" />
        <source>Cancel reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="83" />
        <source>Your comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="84" />
        <source>Write a comment… (Ctrl+Enter sends)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="92" />
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="93" />
        <source>your name (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="98" />
        <source>Your email (optional, never shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="99" />
        <source>email (optional, never shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="102" />
        <source>Commenting &amp;as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="107" />
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="109" />
        <source>Send the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="156" />
        <source>Replying to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/composer.py" line="178" />
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n character too many</numerusform>
            <numerusform>%n characters too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/composer.py" line="181" />
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
        <location filename="../../app/ui/comments/labels.py" line="19" />
        <source>Draft</source>
        <extracomment>Every label, for lupdate; must equal ``LABELS`` plus ``NO_SERVER_LABEL``.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="20" />
        <source>Waiting for network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="21" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="22" />
        <source>Checking whether it arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="23" />
        <source>Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="24" />
        <source>Waiting for moderation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="25" />
        <source>Not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="26" />
        <source>Saved here until the publication has a comments server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="55" />
        <source>Comment &amp;outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="58" />
        <source>&amp;Write a comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsList</name>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="167" />
        <source>No comments yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="171" />
        <source>Your comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="191" />
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="194" />
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="197" />
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="197" />
        <source>Reply to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="204" />
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="207" />
        <source>reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="216" />
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="218" />
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="221" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="221" />
        <source>Edit this comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="224" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="224" />
        <source>Delete this comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="228" />
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="228" />
        <source>Send this comment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="63" />
        <location filename="../../app/ui/comments/panel.py" line="261" />
        <source>Comments</source>
        <extracomment>Opening an article refetches its thread when the cached copy is older than this.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="88" />
        <source>Show or hide the comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="92" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="94" />
        <source>Refresh the comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="97" />
        <source>Comment server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="116" />
        <source>Use the new server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="120" />
        <source>Keep the current one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="203" />
        <source>Comments go to %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="213" />
        <source>The publication now names %1 as its comment server. Nothing is sent there until you accept it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="263" />
        <source>Comments (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="271" />
        <source>New comment server to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="273" />
        <source>No comment server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="275" />
        <source>Refreshing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="279" />
        <source>Not fetched yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="281" />
        <source>as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="348" />
        <location filename="../../app/ui/comments/panel.py" line="453" />
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="377" />
        <source>Not accepted: %1 — edit it and send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="389" />
        <source>Anonymous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="390" />
        <source>a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="403" />
        <source>This comment is being sent and can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="437" />
        <source>Delete comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="438" />
        <source>Delete this comment? Its text cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="503" />
        <source>could not refresh: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommentsServerDialog</name>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="40" />
        <source>Comment server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="42" />
        <source>Where comments on %1 are sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="45" />
        <source>none declared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="47" />
        <source>The publication's own (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="50" />
        <source>This server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="54" />
        <source>Comment server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="56" />
        <source>None: keep my comments here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="95" />
        <source>Enter an http:// or https:// address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoverWall</name>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="44" />
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="51" />
        <source>Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="78" />
        <source>Be told about new editions of this publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="80" />
        <source>Subscription…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="83" />
        <location filename="../../app/ui/newsstand/wall.py" line="180" />
        <source>Show older editions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="109" />
        <source>All publications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="174" />
        <source>Following %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="174" />
        <source>Follow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="178" />
        <source>Loading older editions…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <location filename="../../app/net/downloader.py" line="465" />
        <source>the server stopped sending data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="471" />
        <source>the server is sending too slowly (under {rate} KiB/s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="479" />
        <source>the server sent more bytes than the catalog lists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="487" />
        <source>the server answered the wrong byte range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="497" />
        <source>the server refused to resume (HTTP 416)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="505" />
        <source>incomplete download: {got} of {size} bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="522" />
        <source>cannot fetch the signature: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="537" />
        <source>size does not match the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="543" />
        <source>SHA-256 does not match the catalog (damaged or altered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="552" />
        <source>the edition is not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="558" />
        <source>no publisher key to check the signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="573" />
        <source>bad signature: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="638" />
        <source>cannot import: {why}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditionRemoval</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="87" />
        <source>Remove &amp;edition…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="130" />
        <source>Edition removed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="51" />
        <source>&amp;Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="52" />
        <location filename="../../app/ui/feeds/wiring.py" line="93" />
        <source>Add &amp;feeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="143" />
        <source>Import OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="145" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="152" />
        <source>Edicola feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="157" />
        <location filename="../../app/ui/feeds/wiring.py" line="166" />
        <source>Export OPML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="159" />
        <source>OPML files (*.opml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="174" />
        <source>Stop following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="175" />
        <source>Stop following “%1”? Its editions stay in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="184" />
        <source>updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="191" />
        <source>nothing new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="195" />
        <source>importing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feeds/wiring.py" line="209" />
        <source>revision %1 ready: %n new article(s)</source>
        <translation>
            <numerusform>revision %1 ready: %n new article</numerusform>
            <numerusform>revision %1 ready: %n new articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="217" />
        <source>every feed failed; the last edition stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="218" />
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FeedsView</name>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="40" />
        <location filename="../../app/ui/feeds/view.py" line="43" />
        <source>Feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="44" />
        <source>&amp;Add feeds…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="46" />
        <source>&amp;Update now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="49" />
        <source>&amp;Import OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="52" />
        <source>E&amp;xport OPML…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="54" />
        <source>&amp;Stop following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="64" />
        <source>Papers and their feeds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="65" />
        <source>Paper / feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="65" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="71" />
        <source>Follow the RSS or Atom feeds of the sites you read: Edicola makes a daily paper of them, with the full text and pictures, to read offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="102" />
        <source>waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="135" />
        <source>fetching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="137" />
        <source>no change since the last update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="139" />
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="144" />
        <source>full text: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feeds/view.py" line="149" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feeds/view.py" line="150" />
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="25" />
        <location filename="../../app/ui/reader/find_bar.py" line="26" />
        <source>Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="33" />
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="34" />
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="38" />
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="39" />
        <source>Next match (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="43" />
        <source>Close find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="44" />
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="72" />
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="75" />
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="30" />
        <source>Front page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="38" />
        <source>Front page: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="47" />
        <location filename="../../app/ui/bookmarks/history_view.py" line="49" />
        <source>Recently read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="52" />
        <source>Recently read articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="80" />
        <source>Articles you open will be listed here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="62" />
        <location filename="../../app/ui/reader/image_dialog.py" line="67" />
        <source>Picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="72" />
        <source>Esc or click to close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="62" />
        <source>Open in browser?</source>
        <extracomment>Decoded pictures kept, in bytes: pictures are decoded at the size they are shown (``QImageReader.setScaledSize``), so this is a few pages' worth. An 8000×8000 picture decoded whole is 244 MiB; at column width it is ~2 MiB.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="63" />
        <source>This link leads outside the library:
%1

Open it in your browser?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="50" />
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="104" />
        <source>Older editions…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/library_tree.py" line="110" />
        <source>Show %n older edition(s)</source>
        <translation>
            <numerusform>Show %n older edition</numerusform>
            <numerusform>Show %n older editions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="188" />
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="189" />
        <source>unread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="243" />
        <source>Remove edition…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="99" />
        <source>Search the library (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="100" />
        <source>Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="78" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="97" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="126" />
        <location filename="../../app/ui/shell/commands.py" line="127" />
        <source>More commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="266" />
        <source>This article is no longer in the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_status.py" line="32" />
        <source>%1 · article %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_status.py" line="40" />
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_status.py" line="42" />
        <source>Unread</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/window_status.py" line="48" />
        <source>Contents · %n article(s)</source>
        <translation><numerusform>Contents · %n article</numerusform><numerusform>Contents · %n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Newsstand</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="76" />
        <source>Warning: without signatures nothing proves that editions come from the publisher. Anyone between you and the server could change them. Only allow this for a catalog you run yourself or fully trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="98" />
        <source>Accept a new publisher?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="104" />
        <source>Accept the new publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="165" />
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="65" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="66" />
        <location filename="../../app/ui/newsstand/model.py" line="71" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="70" />
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="74" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="76" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="78" />
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="54" />
        <source>Update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="79" />
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="105" />
        <source>{n} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="106" />
        <source>{n} kB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="117" />
        <source>downloading {p}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="121" />
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="123" />
        <source>waiting to retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="125" />
        <source>paused at {p}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="129" />
        <source>verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="131" />
        <source>importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="133" />
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="135" />
        <location filename="../../app/ui/screenshots.py" line="227" />
        <source>in library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="137" />
        <source>update available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="138" />
        <source>available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="50" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="92" />
        <source>&amp;Newsstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="168" />
        <source>Not a catalog address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="260" />
        <source>New in the newsstand: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="304" />
        <source>Resuming the download of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="330" />
        <source>In your library: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="357" />
        <source>“%1” came into your library from %2. This edition comes from %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="364" />
        <source>Accept only if you know the publisher moved to this catalog or changed its key. Its editions will then replace the current ones, and it will own the publication from now on. A change of comment server is still shown to you before any comment goes there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="395" />
        <source>a bundle you imported yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="402" />
        <source>the catalog “%1” (signed with key %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="406" />
        <source>a catalog signed with key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="410" />
        <source>the unsigned catalog %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="413" />
        <source>an unknown source</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/controller.py" line="427" />
        <source>%n downloading</source>
        <translation><numerusform>%n downloading</numerusform><numerusform>%n downloading</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/controller.py" line="429" />
        <source>%n queued</source>
        <translation><numerusform>%n queued</numerusform><numerusform>%n queued</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="496" />
        <source>offline · last updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="44" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="46" />
        <source>Waiting to retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="163" />
        <source>Verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="164" />
        <source>Importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="48" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="50" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="52" />
        <source>In library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="56" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_model.py" line="45" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewsstandView</name>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="132" />
        <location filename="../../app/ui/newsstand/view.py" line="143" />
        <location filename="../../app/ui/newsstand/view.py" line="347" />
        <source>Newsstand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="148" />
        <location filename="../../app/ui/newsstand/view.py" line="162" />
        <source>Catalogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="151" />
        <source>&amp;Add catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="154" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156" />
        <source>Allow unsigned for this catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="178" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="181" />
        <source>Co&amp;vers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="183" />
        <source>Show the editions as a wall of covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="185" />
        <source>L&amp;ist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="187" />
        <source>Show the editions as a list, by publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="210" />
        <source>Publications and editions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>Edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="239" />
        <source>All downloads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="312" />
        <source>Fetching the catalog…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="314" />
        <source>No catalogs yet: add one with the address a publisher gives you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="322" />
        <source>%1 (unsigned)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/view.py" line="351" />
        <source>Newsstand · %1 · %n edition(s)</source>
        <translation>
            <numerusform>Newsstand · %1 · %n edition</numerusform>
            <numerusform>Newsstand · %1 · %n editions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/view.py" line="353" />
        <source>%n in your library</source>
        <translation>
            <numerusform>%n in your library</numerusform>
            <numerusform>%n in your library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/view.py" line="386" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="393" />
        <source>Following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="393" />
        <source>Follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="397" />
        <source>Be told about new editions of this publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="399" />
        <source>Subscription…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="410" />
        <source>Loading older editions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="412" />
        <source>Show older editions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="523" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="528" />
        <source>Accept the new publisher…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="532" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="20" />
        <source>Show the comment outbox</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/outbox_indicator.py" line="30" />
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n comment waiting</numerusform>
            <numerusform>%n comments waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/outbox_indicator.py" line="32" />
        <source>%n comment(s) not accepted</source>
        <translation>
            <numerusform>%n comment not accepted</numerusform>
            <numerusform>%n comments not accepted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="34" />
        <source>All comments sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="49" />
        <source>Comment outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="52" />
        <location filename="../../app/ui/comments/outbox_view.py" line="62" />
        <source>Comments not yet delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="58" />
        <source>Nothing waiting: every comment has been delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="76" />
        <source>&amp;Open article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="77" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="78" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="79" />
        <source>Send &amp;now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../app/ui/pages/page_canvas.py" line="57" />
        <source>Printed page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/page_canvas.py" line="73" />
        <source>This page cannot be shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagesController</name>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="35" />
        <source>&amp;Pages (print replica)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="39" />
        <source>Show on &amp;page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="69" />
        <source>This edition has no printed pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="86" />
        <source>This article is not on the printed pages.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagesSearchHook</name>
    <message>
        <location filename="../../app/ui/pages/search_hook.py" line="54" />
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <location filename="../../app/ui/pages/view.py" line="53" />
        <source>Two pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="54" />
        <source>Fit page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="55" />
        <source>Fit width</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="57" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="59" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="66" />
        <source>Go to section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="83" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="177" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="33" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="34" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="35" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="36" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="37" />
        <source>&amp;Bookmarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="38" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="42" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="45" />
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="50" />
        <source>Copy &amp;link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="52" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="53" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="54" />
        <source>&amp;Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="56" />
        <source>&amp;Search the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="60" />
        <source>Leave find, search or full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="65" />
        <source>F&amp;ront page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="69" />
        <source>&amp;Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="74" />
        <source>&amp;Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="77" />
        <source>&amp;Normal text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="81" />
        <source>Theme: follow the &amp;system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="88" />
        <source>Theme: &amp;light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="95" />
        <source>Theme: s&amp;epia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="101" />
        <source>Theme: &amp;dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="105" />
        <source>Library &amp;panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="112" />
        <source>&amp;Full screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="117" />
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="118" />
        <source>&amp;Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="121" />
        <source>&amp;Next article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="128" />
        <source>&amp;Previous article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="134" />
        <source>Next &amp;section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="138" />
        <source>Previous s&amp;ection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="145" />
        <source>Page &amp;down (then next article)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="152" />
        <source>Page &amp;up (then previous article)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="159" />
        <source>&amp;Bookmark this article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="166" />
        <source>&amp;About Edicola</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoveEditionDialog</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="36" />
        <source>Remove edition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="38" />
        <source>Remove %1 of %2 from the library?
Its articles and pictures will be deleted from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="47" />
        <source>&amp;Keep its bookmarks (%1), shown as unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="57" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../app/ui/search/wiring.py" line="36" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchHelpButton</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="54" />
        <source>Search syntax help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search/help.py" line="55" />
        <source>How to search: words, phrases, filters</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchHelpPopover</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="21" />
        <location filename="../../app/ui/search/help.py" line="22" />
        <source>Search syntax</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="191" />
        <location filename="../../app/ui/search/panel.py" line="198" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="229" />
        <source>No articles match “%1”. Try fewer words, or another form of a word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="233" />
        <source>The %1 best matches</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search/panel.py" line="235" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="23" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="36" />
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="38" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="42" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="50" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="51" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="52" />
        <source>Sepia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="53" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="69" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="70" />
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="71" />
        <source>Text &amp;size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="72" />
        <source>Line s&amp;pacing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="73" />
        <source>A new language is used the next time Edicola starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="30" />
        <source>Reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="43" />
        <source>Finding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="45" />
        <source>Text and screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="49" />
        <source>Keeping and sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="52" />
        <source>Views and panels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="53" />
        <source>Edicola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="67" />
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="84" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="85" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="85" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="58" />
        <source> or </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="126" />
        <source>Subscription: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="127" />
        <source>Download new editions automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="134" />
        <source>Older editions are deleted from the library after each update. Editions with bookmarks or comments not yet sent are always kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="142" />
        <source>Keep the last (editions):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="143" />
        <source>Keep editions for (days):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnavailableRow</name>
    <message>
        <location filename="../../app/ui/bookmarks/unavailable_row.py" line="15" />
        <source>%1 (no longer in the library)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>self._w</name>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="47" />
        <source>Export as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="47" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="57" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="76" />
        <source>Link copied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="97" />
        <source>The new language will be used when Edicola restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="148" />
        <source>About Edicola</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="150" />
        <source>Edicola — a digital newsstand. Editions are read offline from your library.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>