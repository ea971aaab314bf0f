<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddCatalogDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="33"/>
        <source>Add a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="35"/>
        <source>The address of a newsstand catalog (its catalog.json), from the publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="41"/>
        <source>Catalog address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="43"/>
        <source>Allow unsigned editions from this catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="75"/>
        <source>Something went wrong (%1). The details are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="50"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="54"/>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="59"/>
        <source>%1 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="121"/>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="27"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="36"/>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="40"/>
        <location filename="../../app/ui/bookmarks/wiring.py" line="245"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="43"/>
        <source>Recently read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="71"/>
        <source>E&amp;xport bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="73"/>
        <source>&amp;Import bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="87"/>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="87"/>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="88"/>
        <source>Edit bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="88"/>
        <source>Bookmark this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="120"/>
        <source>Bookmark removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="133"/>
        <source>Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="158"/>
        <source>This article is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="169"/>
        <source>Edicola bookmarks (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="170"/>
        <source>Browser bookmarks (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="177"/>
        <source>Export bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="195"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="201"/>
        <source>Bookmarks exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="207"/>
        <source>Import bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="222"/>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="229"/>
        <source>Bookmarks imported: %1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="30"/>
        <source>Edit bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="30"/>
        <source>Bookmark article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="38"/>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="42"/>
        <source>Why you want to find this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="43"/>
        <source>Bookmark note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="52"/>
        <source>&amp;Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="52"/>
        <location filename="../../app/ui/bookmarks/view.py" line="54"/>
        <location filename="../../app/ui/bookmarks/view.py" line="62"/>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="57"/>
        <source>Filter by title, publication or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="58"/>
        <source>Filter bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="78"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="80"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="113"/>
        <source>No bookmark matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="115"/>
        <source>No bookmarks yet: press Ctrl+D while reading an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="137"/>
        <source>This article is no longer in the library; you can remove the bookmark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogClient</name>
    <message>
        <location filename="../../app/net/catalog_client.py" line="118"/>
        <source>{url}: the catalog is not signed; refused (allow unsigned catalogs for it explicitly to accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="130"/>
        <source>{url}: the catalog names no publisher key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="137"/>
        <source>{url}: WARNING: the publisher key changed (pinned {old}, now {new}); refused. If the publisher really changed key, remove and re-add the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="153"/>
        <source>{url}: signature refused: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="53"/>
        <source>This publication has no comment server; your comments are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="63"/>
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="83"/>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="84"/>
        <source>Write a comment… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="92"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="93"/>
        <source>your name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="98"/>
        <source>Your email (optional, never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="99"/>
        <source>email (optional, never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="102"/>
        <source>Commenting &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="107"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="109"/>
        <source>Send the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="156"/>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="178"/>
        <source>%1 characters too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="181"/>
        <source>%1 characters left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentState</name>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="19"/>
        <source>Draft</source>
        <extracomment>Every label, for lupdate; must equal ``LABELS`` plus ``NO_SERVER_LABEL``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="20"/>
        <source>Waiting for network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="21"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="22"/>
        <source>Checking whether it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="23"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="24"/>
        <source>Waiting for moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="25"/>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="26"/>
        <source>Saved here until the publication has a comments server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="55"/>
        <source>Comment &amp;outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="58"/>
        <source>&amp;Write a comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsList</name>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="148"/>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="152"/>
        <source>Your comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="172"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="175"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="178"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="178"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="185"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="188"/>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="197"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="199"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="202"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="202"/>
        <source>Edit this comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="205"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="205"/>
        <source>Delete this comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="209"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="209"/>
        <source>Send this comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="63"/>
        <location filename="../../app/ui/comments/panel.py" line="200"/>
        <source>Comments</source>
        <extracomment>Opening an article refetches its thread when the cached copy is older than this.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="87"/>
        <source>Show or hide the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="91"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="93"/>
        <source>Refresh the comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="96"/>
        <source>Comment server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="202"/>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="210"/>
        <source>No comment server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="212"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="216"/>
        <source>Not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="218"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="285"/>
        <location filename="../../app/ui/comments/panel.py" line="390"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="314"/>
        <source>Not accepted: %1 — edit it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="326"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="327"/>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="340"/>
        <source>This comment is being sent and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="374"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="375"/>
        <source>Delete this comment? Its text cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="440"/>
        <source>could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsServerDialog</name>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="40"/>
        <source>Comment server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="42"/>
        <source>Where comments on %1 are sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="45"/>
        <source>none declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="47"/>
        <source>The publication&apos;s own (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="50"/>
        <source>This server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="54"/>
        <source>Comment server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="56"/>
        <source>None: keep my comments here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="95"/>
        <source>Enter an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <location filename="../../app/net/downloader.py" line="408"/>
        <source>the server stopped sending data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="414"/>
        <source>the server sent more bytes than the catalog lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="422"/>
        <source>the server answered the wrong byte range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="432"/>
        <source>the server refused to resume (HTTP 416)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="440"/>
        <source>incomplete download: {got} of {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="457"/>
        <source>cannot fetch the signature: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="472"/>
        <source>size does not match the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="478"/>
        <source>SHA-256 does not match the catalog (damaged or altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="487"/>
        <source>the edition is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="493"/>
        <source>no publisher key to check the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="508"/>
        <source>bad signature: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="529"/>
        <source>cannot import: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionRemoval</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="87"/>
        <source>Remove &amp;edition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="130"/>
        <source>Edition removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="25"/>
        <location filename="../../app/ui/reader/find_bar.py" line="26"/>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="33"/>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="34"/>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="38"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="39"/>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="43"/>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="44"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="72"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="75"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="23"/>
        <source>Front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="29"/>
        <source>Front page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="46"/>
        <location filename="../../app/ui/bookmarks/history_view.py" line="48"/>
        <source>Recently read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="51"/>
        <source>Recently read articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="79"/>
        <source>Articles you open will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="15"/>
        <location filename="../../app/ui/reader/image_dialog.py" line="20"/>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="25"/>
        <source>Esc or click to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="58"/>
        <source>Open in browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="59"/>
        <source>This link leads outside the library:
%1

Open it in your browser?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="36"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="104"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="104"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="155"/>
        <source>Remove edition…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="99"/>
        <source>Search the library (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="100"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="62"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="250"/>
        <source>This article is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="384"/>
        <source>%1 · article %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="391"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="391"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="394"/>
        <source>Front page · %1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="432"/>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="432"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="442"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="461"/>
        <source>Link copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="479"/>
        <source>The new language will be used when Edicola restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="588"/>
        <source>About Edicola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="589"/>
        <source>Edicola — a digital newsstand. Editions are read offline from your library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsstand</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="73"/>
        <source>Warning: without signatures nothing proves that editions come from the publisher. Anyone between you and the server could change them. Only allow this for a catalog you run yourself or fully trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="137"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="56"/>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="57"/>
        <source>{n} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="68"/>
        <source>downloading {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="72"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="74"/>
        <source>waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="76"/>
        <source>paused at {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="80"/>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="82"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="84"/>
        <source>in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="86"/>
        <source>update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="87"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="42"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="82"/>
        <source>&amp;Newsstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="151"/>
        <source>Not a catalog address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="243"/>
        <source>New in the newsstand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="286"/>
        <source>Resuming the download of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="312"/>
        <source>In your library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="334"/>
        <source>%1 downloading · %2 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="401"/>
        <source>offline · last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsstandView</name>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="100"/>
        <location filename="../../app/ui/newsstand/view.py" line="110"/>
        <source>Newsstand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="115"/>
        <location filename="../../app/ui/newsstand/view.py" line="129"/>
        <source>Catalogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="118"/>
        <source>&amp;Add catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="121"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="123"/>
        <source>Allow unsigned for this catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="145"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="154"/>
        <source>Publications and editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="179"/>
        <source>All downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="243"/>
        <source>Fetching the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="245"/>
        <source>No catalogs yet: add one with the address a publisher gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="250"/>
        <source>%1 (unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="274"/>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="281"/>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="281"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="285"/>
        <source>Be told about new editions of this publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="287"/>
        <source>Subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="298"/>
        <source>Loading older editions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="300"/>
        <source>Show older editions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="341"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="342"/>
        <location filename="../../app/ui/newsstand/view.py" line="345"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="344"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="347"/>
        <location filename="../../app/ui/newsstand/view.py" line="402"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="349"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="351"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="353"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="406"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="20"/>
        <source>Show the comment outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="31"/>
        <source>1 comment waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="33"/>
        <source>%1 comments waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="37"/>
        <source>1 comment not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="39"/>
        <source>%1 comments not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="42"/>
        <source>All comments sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="49"/>
        <source>Comment outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="52"/>
        <location filename="../../app/ui/comments/outbox_view.py" line="62"/>
        <source>Comments not yet delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="58"/>
        <source>Nothing waiting: every comment has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="76"/>
        <source>&amp;Open article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="77"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="78"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="79"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="35"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="36"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="37"/>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="38"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="42"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="45"/>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="50"/>
        <source>Copy &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="52"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="54"/>
        <source>&amp;Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="56"/>
        <source>&amp;Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="60"/>
        <source>Leave find, search or full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="65"/>
        <source>F&amp;ront page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="69"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="74"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="77"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="81"/>
        <source>Theme: follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="88"/>
        <source>Theme: &amp;light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="95"/>
        <source>Theme: s&amp;epia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="101"/>
        <source>Theme: &amp;dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="105"/>
        <source>Library &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="112"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="117"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="118"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="121"/>
        <source>&amp;Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="128"/>
        <source>&amp;Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="134"/>
        <source>Next &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="138"/>
        <source>Previous s&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="145"/>
        <source>Page &amp;down (then next article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="152"/>
        <source>Page &amp;up (then previous article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="159"/>
        <source>&amp;Bookmark this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="166"/>
        <source>&amp;About Edicola</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEditionDialog</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="36"/>
        <source>Remove edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="38"/>
        <source>Remove %1 of %2 from the library?
Its articles and pictures will be deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="47"/>
        <source>&amp;Keep its bookmarks (%1), shown as unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="57"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../app/ui/search/wiring.py" line="36"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHelpButton</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="54"/>
        <source>Search syntax help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search/help.py" line="55"/>
        <source>How to search: words, phrases, filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHelpPopover</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="21"/>
        <location filename="../../app/ui/search/help.py" line="22"/>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="180"/>
        <location filename="../../app/ui/search/panel.py" line="187"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="218"/>
        <source>No articles match “%1”. Try fewer words, or another form of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="222"/>
        <source>The %1 best matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="224"/>
        <source>1 article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="226"/>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="23"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="36"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="42"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="50"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="51"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="52"/>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="53"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="66"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="67"/>
        <source>Text &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="68"/>
        <source>Line s&amp;pacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="69"/>
        <source>A new language is used the next time Edicola starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="23"/>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="37"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="37"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="45"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="98"/>
        <source>Subscription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="99"/>
        <source>Download new editions automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="106"/>
        <source>Older editions are deleted from the library after each update. Editions with bookmarks or comments not yet sent are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="114"/>
        <source>Keep the last (editions):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="115"/>
        <source>Keep editions for (days):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableRow</name>
    <message>
        <location filename="../../app/ui/bookmarks/unavailable_row.py" line="15"/>
        <source>%1 (no longer in the library)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
