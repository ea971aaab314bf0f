<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AddCatalogDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="33"/>
        <source>Add a catalog</source>
        <translation>Aggiungi un catalogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="35"/>
        <source>The address of a newsstand catalog (its catalog.json), from the publisher.</source>
        <translation>L&apos;indirizzo di un catalogo dell&apos;edicola (il suo catalog.json), dato dall&apos;editore.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="41"/>
        <source>Catalog address</source>
        <translation>Indirizzo del catalogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="43"/>
        <source>Allow unsigned editions from this catalog</source>
        <translation>Accetta edizioni non firmate da questo catalogo</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="75"/>
        <source>Something went wrong (%1). The details are in %2.</source>
        <translation>Qualcosa è andato storto (%1). I dettagli sono in %2.</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="50"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="54"/>
        <source>By %1</source>
        <translation>Di %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="59"/>
        <source>%1 min read</source>
        <translation>%1 min di lettura</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="121"/>
        <source>No. %1</source>
        <translation>N. %1</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="27"/>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="36"/>
        <source>Article: %1</source>
        <translation>Articolo: %1</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="40"/>
        <location filename="../../app/ui/bookmarks/wiring.py" line="245"/>
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="43"/>
        <source>Recently read</source>
        <translation>Letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="71"/>
        <source>E&amp;xport bookmarks…</source>
        <translation>E&amp;sporta i segnalibri…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="73"/>
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;Importa segnalibri…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="87"/>
        <source>★ Bookmarked</source>
        <translation>★ Nei segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="87"/>
        <source>☆ Bookmark</source>
        <translation>☆ Segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="88"/>
        <source>Edit bookmark</source>
        <translation>Modifica il segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="88"/>
        <source>Bookmark this article</source>
        <translation>Aggiungi l&apos;articolo ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="120"/>
        <source>Bookmark removed.</source>
        <translation>Segnalibro rimosso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="133"/>
        <source>Bookmarked.</source>
        <translation>Aggiunto ai segnalibri.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="158"/>
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="169"/>
        <source>Edicola bookmarks (*.json)</source>
        <translation>Segnalibri di Edicola (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="170"/>
        <source>Browser bookmarks (*.html *.htm)</source>
        <translation>Segnalibri del browser (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="177"/>
        <source>Export bookmarks</source>
        <translation>Esporta i segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="195"/>
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="201"/>
        <source>Bookmarks exported to %1</source>
        <translation>Segnalibri esportati in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="207"/>
        <source>Import bookmarks</source>
        <translation>Importa segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="222"/>
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="229"/>
        <source>Bookmarks imported: %1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>Segnalibri importati: %1 aggiunti, %2 aggiornati, %3 invariati, %4 ignorati</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="30"/>
        <source>Edit bookmark</source>
        <translation>Modifica il segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="30"/>
        <source>Bookmark article</source>
        <translation>Aggiungi ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="38"/>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (facoltativa):</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="42"/>
        <source>Why you want to find this again</source>
        <translation>Perché vuoi ritrovarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="43"/>
        <source>Bookmark note</source>
        <translation>Nota del segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="52"/>
        <source>&amp;Remove bookmark</source>
        <translation>&amp;Rimuovi il segnalibro</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="52"/>
        <location filename="../../app/ui/bookmarks/view.py" line="54"/>
        <location filename="../../app/ui/bookmarks/view.py" line="62"/>
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="57"/>
        <source>Filter by title, publication or note</source>
        <translation>Filtra per titolo, testata o nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="58"/>
        <source>Filter bookmarks</source>
        <translation>Filtra i segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="78"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="113"/>
        <source>No bookmark matches the filter.</source>
        <translation>Nessun segnalibro corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="115"/>
        <source>No bookmarks yet: press Ctrl+D while reading an article.</source>
        <translation>Ancora nessun segnalibro: premi Ctrl+D mentre leggi un articolo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="137"/>
        <source>This article is no longer in the library; you can remove the bookmark.</source>
        <translation>Questo articolo non è più nella biblioteca; puoi rimuovere il segnalibro.</translation>
    </message>
</context>
<context>
    <name>CatalogClient</name>
    <message>
        <location filename="../../app/net/catalog_client.py" line="118"/>
        <source>{url}: the catalog is not signed; refused (allow unsigned catalogs for it explicitly to accept)</source>
        <translation>{url}: il catalogo non è firmato; rifiutato (per accettarlo consenti esplicitamente i cataloghi non firmati per questo catalogo)</translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="130"/>
        <source>{url}: the catalog names no publisher key</source>
        <translation>{url}: il catalogo non indica la chiave dell&apos;editore</translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="137"/>
        <source>{url}: WARNING: the publisher key changed (pinned {old}, now {new}); refused. If the publisher really changed key, remove and re-add the catalog</source>
        <translation>{url}: ATTENZIONE: la chiave dell&apos;editore è cambiata (memorizzata {old}, ora {new}); rifiutato. Se l&apos;editore ha davvero cambiato chiave, rimuovi e aggiungi di nuovo il catalogo</translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="153"/>
        <source>{url}: signature refused: {why}</source>
        <translation>{url}: firma rifiutata: {why}</translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="53"/>
        <source>This publication has no comment server; your comments are kept here.</source>
        <translation>Questa testata non ha un server dei commenti; i tuoi commenti restano qui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="63"/>
        <source>Cancel reply</source>
        <translation>Annulla la risposta</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="83"/>
        <source>Your comment</source>
        <translation>Il tuo commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="84"/>
        <source>Write a comment… (Ctrl+Enter sends)</source>
        <translation>Scrivi un commento… (Ctrl+Invio per inviare)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="92"/>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="93"/>
        <source>your name (optional)</source>
        <translation>il tuo nome (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="98"/>
        <source>Your email (optional, never shown)</source>
        <translation>La tua email (facoltativa, mai mostrata)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="99"/>
        <source>email (optional, never shown)</source>
        <translation>email (facoltativa, mai mostrata)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="102"/>
        <source>Commenting &amp;as</source>
        <translation>Commenta &amp;come</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="107"/>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="109"/>
        <source>Send the comment</source>
        <translation>Invia il commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="156"/>
        <source>Replying to %1</source>
        <translation>Risposta a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="178"/>
        <source>%1 characters too many</source>
        <translation>%1 caratteri di troppo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="181"/>
        <source>%1 characters left</source>
        <translation>%1 caratteri disponibili</translation>
    </message>
</context>
<context>
    <name>CommentState</name>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="19"/>
        <source>Draft</source>
        <extracomment>Every label, for lupdate; must equal ``LABELS`` plus ``NO_SERVER_LABEL``.</extracomment>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="20"/>
        <source>Waiting for network</source>
        <translation>In attesa della rete</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="21"/>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="22"/>
        <source>Checking whether it arrived</source>
        <translation>Verifica dell&apos;arrivo in corso</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="23"/>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="24"/>
        <source>Waiting for moderation</source>
        <translation>In attesa di moderazione</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="25"/>
        <source>Not accepted</source>
        <translation>Non accettato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="26"/>
        <source>Saved here until the publication has a comments server</source>
        <translation>Conservato qui finché la testata non avrà un server dei commenti</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="55"/>
        <source>Comment &amp;outbox</source>
        <translation>&amp;Posta in uscita dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="58"/>
        <source>&amp;Write a comment</source>
        <translation>Scrivi un &amp;commento</translation>
    </message>
</context>
<context>
    <name>CommentsList</name>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="148"/>
        <source>No comments yet.</source>
        <translation>Ancora nessun commento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="152"/>
        <source>Your comments</source>
        <translation>I tuoi commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="172"/>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="175"/>
        <source>you</source>
        <translation>tu</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="178"/>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="178"/>
        <source>Reply to %1</source>
        <translation>Rispondi a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="185"/>
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="188"/>
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="197"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="199"/>
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="202"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="202"/>
        <source>Edit this comment</source>
        <translation>Modifica questo commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="205"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="205"/>
        <source>Delete this comment</source>
        <translation>Elimina questo commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="209"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="209"/>
        <source>Send this comment</source>
        <translation>Invia questo commento</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="63"/>
        <location filename="../../app/ui/comments/panel.py" line="200"/>
        <source>Comments</source>
        <extracomment>Opening an article refetches its thread when the cached copy is older than this.</extracomment>
        <translation>Commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="87"/>
        <source>Show or hide the comments</source>
        <translation>Mostra o nascondi i commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="91"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="93"/>
        <source>Refresh the comments</source>
        <translation>Aggiorna i commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="96"/>
        <source>Comment server…</source>
        <translation>Server dei commenti…</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="202"/>
        <source>Comments (%1)</source>
        <translation>Commenti (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="210"/>
        <source>No comment server</source>
        <translation>Nessun server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="212"/>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="216"/>
        <source>Not fetched yet</source>
        <translation>Non ancora scaricati</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="218"/>
        <source>as of %1</source>
        <translation>aggiornati al %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="285"/>
        <location filename="../../app/ui/comments/panel.py" line="390"/>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="314"/>
        <source>Not accepted: %1 — edit it and send again.</source>
        <translation>Non accettato: %1 — modificalo e invialo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="326"/>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="327"/>
        <source>a comment</source>
        <translation>un commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="340"/>
        <source>This comment is being sent and can no longer be changed.</source>
        <translation>Questo commento è in invio e non si può più modificare.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="374"/>
        <source>Delete comment</source>
        <translation>Elimina il commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="375"/>
        <source>Delete this comment? Its text cannot be recovered.</source>
        <translation>Eliminare questo commento? Il testo non si potrà recuperare.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="440"/>
        <source>could not refresh: %1</source>
        <translation>aggiornamento non riuscito: %1</translation>
    </message>
</context>
<context>
    <name>CommentsServerDialog</name>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="40"/>
        <source>Comment server</source>
        <translation>Server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="42"/>
        <source>Where comments on %1 are sent:</source>
        <translation>Dove vanno i commenti su %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="45"/>
        <source>none declared</source>
        <translation>nessuno dichiarato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="47"/>
        <source>The publication&apos;s own (%1)</source>
        <translation>Quello della testata (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="50"/>
        <source>This server:</source>
        <translation>Questo server:</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="54"/>
        <source>Comment server address</source>
        <translation>Indirizzo del server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="56"/>
        <source>None: keep my comments here</source>
        <translation>Nessuno: tieni qui i miei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="95"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>Inserisci un indirizzo http:// o https://.</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <location filename="../../app/net/downloader.py" line="408"/>
        <source>the server stopped sending data</source>
        <translation>il server ha smesso di inviare dati</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="414"/>
        <source>the server sent more bytes than the catalog lists</source>
        <translation>il server ha inviato più byte di quanti ne indichi il catalogo</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="422"/>
        <source>the server answered the wrong byte range</source>
        <translation>il server ha risposto con un intervallo di byte sbagliato</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="432"/>
        <source>the server refused to resume (HTTP 416)</source>
        <translation>il server ha rifiutato di riprendere (HTTP 416)</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="440"/>
        <source>incomplete download: {got} of {size} bytes</source>
        <translation>download incompleto: {got} di {size} byte</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="457"/>
        <source>cannot fetch the signature: {why}</source>
        <translation>impossibile scaricare la firma: {why}</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="472"/>
        <source>size does not match the catalog</source>
        <translation>la dimensione non corrisponde al catalogo</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="478"/>
        <source>SHA-256 does not match the catalog (damaged or altered)</source>
        <translation>lo SHA-256 non corrisponde al catalogo (file danneggiato o alterato)</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="487"/>
        <source>the edition is not signed</source>
        <translation>l&apos;edizione non è firmata</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="493"/>
        <source>no publisher key to check the signature</source>
        <translation>nessuna chiave dell&apos;editore per verificare la firma</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="508"/>
        <source>bad signature: {why}</source>
        <translation>firma non valida: {why}</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="529"/>
        <source>cannot import: {why}</source>
        <translation>impossibile importare: {why}</translation>
    </message>
</context>
<context>
    <name>EditionRemoval</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="87"/>
        <source>Remove &amp;edition…</source>
        <translation>Rimuovi l&apos;&amp;edizione…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="130"/>
        <source>Edition removed.</source>
        <translation>Edizione rimossa.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="25"/>
        <location filename="../../app/ui/reader/find_bar.py" line="26"/>
        <source>Find in article</source>
        <translation>Trova nell&apos;articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="33"/>
        <source>Previous match</source>
        <translation>Risultato precedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="34"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Risultato precedente (Maiusc+Invio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="38"/>
        <source>Next match</source>
        <translation>Risultato successivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="39"/>
        <source>Next match (Enter)</source>
        <translation>Risultato successivo (Invio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="43"/>
        <source>Close find</source>
        <translation>Chiudi la ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="44"/>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="72"/>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="75"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="23"/>
        <source>Front page</source>
        <translation>Prima pagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="29"/>
        <source>Front page: %1</source>
        <translation>Prima pagina: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="46"/>
        <location filename="../../app/ui/bookmarks/history_view.py" line="48"/>
        <source>Recently read</source>
        <translation>Letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="51"/>
        <source>Recently read articles</source>
        <translation>Articoli letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="55"/>
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="79"/>
        <source>Articles you open will be listed here.</source>
        <translation>Qui compariranno gli articoli che apri.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="15"/>
        <location filename="../../app/ui/reader/image_dialog.py" line="20"/>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="25"/>
        <source>Esc or click to close</source>
        <translation>Esc o un clic per chiudere</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="58"/>
        <source>Open in browser?</source>
        <translation>Aprire nel browser?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="59"/>
        <source>This link leads outside the library:
%1

Open it in your browser?</source>
        <translation>Questo collegamento porta fuori dalla biblioteca:
%1

Aprirlo nel browser?</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="36"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="104"/>
        <source>read</source>
        <translation>letto</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="104"/>
        <source>unread</source>
        <translation>da leggere</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="155"/>
        <source>Remove edition…</source>
        <translation>Rimuovi l&apos;edizione…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="99"/>
        <source>Search the library (Ctrl+L)</source>
        <translation>Cerca nella biblioteca (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="100"/>
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="62"/>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="250"/>
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="384"/>
        <source>%1 · article %2 of %3</source>
        <translation>%1 · articolo %2 di %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="391"/>
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="391"/>
        <source>Unread</source>
        <translation>Da leggere</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="394"/>
        <source>Front page · %1 articles</source>
        <translation>Prima pagina · %1 articoli</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="432"/>
        <source>Export as PDF</source>
        <translation>Esporta in PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="432"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="442"/>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="461"/>
        <source>Link copied: %1</source>
        <translation>Collegamento copiato: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="479"/>
        <source>The new language will be used when Edicola restarts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di Edicola.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="588"/>
        <source>About Edicola</source>
        <translation>Informazioni su Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="589"/>
        <source>Edicola — a digital newsstand. Editions are read offline from your library.</source>
        <translation>Edicola — un&apos;edicola digitale. Le edizioni si leggono senza rete, dalla tua biblioteca.</translation>
    </message>
</context>
<context>
    <name>Newsstand</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="73"/>
        <source>Warning: without signatures nothing proves that editions come from the publisher. Anyone between you and the server could change them. Only allow this for a catalog you run yourself or fully trust.</source>
        <translation>Attenzione: senza firme nulla garantisce che le edizioni vengano dall&apos;editore. Chiunque si trovi tra te e il server potrebbe modificarle. Consentilo solo per un catalogo che gestisci tu o di cui ti fidi completamente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="137"/>
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="56"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="57"/>
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="68"/>
        <source>downloading {p}%</source>
        <translation>download {p}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="72"/>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="74"/>
        <source>waiting to retry</source>
        <translation>in attesa di riprovare</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="76"/>
        <source>paused at {p}%</source>
        <translation>in pausa al {p}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="80"/>
        <source>verifying</source>
        <translation>verifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="82"/>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="84"/>
        <source>in library</source>
        <translation>in biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="86"/>
        <source>update available</source>
        <translation>aggiornamento disponibile</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="87"/>
        <source>available</source>
        <translation>disponibile</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="42"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="82"/>
        <source>&amp;Newsstand</source>
        <translation>&amp;Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="151"/>
        <source>Not a catalog address: %1</source>
        <translation>Non è l&apos;indirizzo di un catalogo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="243"/>
        <source>New in the newsstand: %1</source>
        <translation>Novità in edicola: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="286"/>
        <source>Resuming the download of %1</source>
        <translation>Riprende il download di %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="312"/>
        <source>In your library: %1</source>
        <translation>Nella tua biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="334"/>
        <source>%1 downloading · %2 queued</source>
        <translation>%1 in download · %2 in coda</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="401"/>
        <source>offline · last updated %1</source>
        <translation>offline · ultimo aggiornamento %1</translation>
    </message>
</context>
<context>
    <name>NewsstandView</name>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="100"/>
        <location filename="../../app/ui/newsstand/view.py" line="110"/>
        <source>Newsstand</source>
        <translation>Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="115"/>
        <location filename="../../app/ui/newsstand/view.py" line="129"/>
        <source>Catalogs</source>
        <translation>Cataloghi</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="118"/>
        <source>&amp;Add catalog…</source>
        <translation>&amp;Aggiungi catalogo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="121"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="123"/>
        <source>Allow unsigned for this catalog</source>
        <translation>Accetta non firmati per questo catalogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="145"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="154"/>
        <source>Publications and editions</source>
        <translation>Testate ed edizioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="179"/>
        <source>All downloads</source>
        <translation>Tutti i download</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="243"/>
        <source>Fetching the catalog…</source>
        <translation>Scaricamento del catalogo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="245"/>
        <source>No catalogs yet: add one with the address a publisher gives you.</source>
        <translation>Nessun catalogo: aggiungine uno con l&apos;indirizzo che ti dà un editore.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="250"/>
        <source>%1 (unsigned)</source>
        <translation>%1 (non firmato)</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="274"/>
        <source>new: %1</source>
        <translation>novità: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="281"/>
        <source>Following</source>
        <translation>Segui già</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="281"/>
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="285"/>
        <source>Be told about new editions of this publication</source>
        <translation>Ricevi un avviso per le nuove edizioni di questa testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="287"/>
        <source>Subscription…</source>
        <translation>Abbonamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="298"/>
        <source>Loading older editions…</source>
        <translation>Caricamento delle edizioni precedenti…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="300"/>
        <source>Show older editions</source>
        <translation>Mostra le edizioni precedenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="341"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="342"/>
        <location filename="../../app/ui/newsstand/view.py" line="345"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="344"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="347"/>
        <location filename="../../app/ui/newsstand/view.py" line="402"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="349"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="351"/>
        <source>Update</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="353"/>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="406"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="20"/>
        <source>Show the comment outbox</source>
        <translation>Mostra la posta in uscita dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="31"/>
        <source>1 comment waiting</source>
        <translation>1 commento in attesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="33"/>
        <source>%1 comments waiting</source>
        <translation>%1 commenti in attesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="37"/>
        <source>1 comment not accepted</source>
        <translation>1 commento non accettato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="39"/>
        <source>%1 comments not accepted</source>
        <translation>%1 commenti non accettati</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="42"/>
        <source>All comments sent</source>
        <translation>Tutti i commenti inviati</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="49"/>
        <source>Comment outbox</source>
        <translation>Posta in uscita dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="52"/>
        <location filename="../../app/ui/comments/outbox_view.py" line="62"/>
        <source>Comments not yet delivered</source>
        <translation>Commenti non ancora consegnati</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="58"/>
        <source>Nothing waiting: every comment has been delivered.</source>
        <translation>Niente in attesa: ogni commento è stato consegnato.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67"/>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="76"/>
        <source>&amp;Open article</source>
        <translation>&amp;Apri l&apos;articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="77"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="78"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="79"/>
        <source>Send &amp;now</source>
        <translation>Invia &amp;ora</translation>
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="36"/>
        <source>&amp;Go</source>
        <translation>V&amp;ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="37"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="38"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="42"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="45"/>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Esporta in PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="50"/>
        <source>Copy &amp;link</source>
        <translation>Copia il &amp;collegamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="52"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="54"/>
        <source>&amp;Find in article</source>
        <translation>&amp;Trova nell&apos;articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="56"/>
        <source>&amp;Search the library</source>
        <translation>&amp;Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="60"/>
        <source>Leave find, search or full screen</source>
        <translation>Esci da ricerca o schermo intero</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="65"/>
        <source>F&amp;ront page</source>
        <translation>P&amp;rima pagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="69"/>
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="74"/>
        <source>&amp;Smaller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="77"/>
        <source>&amp;Normal text size</source>
        <translation>Testo di dimensione &amp;normale</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="81"/>
        <source>Theme: follow the &amp;system</source>
        <translation>Tema: come il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="88"/>
        <source>Theme: &amp;light</source>
        <translation>Tema: &amp;chiaro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="95"/>
        <source>Theme: s&amp;epia</source>
        <translation>Tema: s&amp;eppia</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="101"/>
        <source>Theme: &amp;dark</source>
        <translation>Tema: s&amp;curo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="105"/>
        <source>Library &amp;panel</source>
        <translation>&amp;Pannello della biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="112"/>
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="117"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="118"/>
        <source>&amp;Forward</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="121"/>
        <source>&amp;Next article</source>
        <translation>Articolo &amp;successivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="128"/>
        <source>&amp;Previous article</source>
        <translation>Articolo &amp;precedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="134"/>
        <source>Next &amp;section</source>
        <translation>Sezione s&amp;uccessiva</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="138"/>
        <source>Previous s&amp;ection</source>
        <translation>Sezione p&amp;recedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="145"/>
        <source>Page &amp;down (then next article)</source>
        <translation>Pagina &amp;giù (poi articolo successivo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="152"/>
        <source>Page &amp;up (then previous article)</source>
        <translation>Pagina s&amp;u (poi articolo precedente)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="159"/>
        <source>&amp;Bookmark this article</source>
        <translation>&amp;Aggiungi ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="166"/>
        <source>&amp;About Edicola</source>
        <translation>&amp;Informazioni su Edicola</translation>
    </message>
</context>
<context>
    <name>RemoveEditionDialog</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="36"/>
        <source>Remove edition</source>
        <translation>Rimuovi l&apos;edizione</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="38"/>
        <source>Remove %1 of %2 from the library?
Its articles and pictures will be deleted from this computer.</source>
        <translation>Rimuovere %1 del %2 dalla biblioteca?
I suoi articoli e le sue immagini saranno cancellati da questo computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="47"/>
        <source>&amp;Keep its bookmarks (%1), shown as unavailable</source>
        <translation>&amp;Mantieni i suoi segnalibri (%1), indicati come non disponibili</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="57"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../app/ui/search/wiring.py" line="36"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
</context>
<context>
    <name>SearchHelpButton</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="54"/>
        <source>Search syntax help</source>
        <translation>Guida alla sintassi di ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/help.py" line="55"/>
        <source>How to search: words, phrases, filters</source>
        <translation>Come cercare: parole, frasi, filtri</translation>
    </message>
</context>
<context>
    <name>SearchHelpPopover</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="21"/>
        <location filename="../../app/ui/search/help.py" line="22"/>
        <source>Search syntax</source>
        <translation>Sintassi di ricerca</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="180"/>
        <location filename="../../app/ui/search/panel.py" line="187"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="218"/>
        <source>No articles match “%1”. Try fewer words, or another form of a word.</source>
        <translation>Nessun articolo corrisponde a «%1». Prova con meno parole o con un&apos;altra forma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="222"/>
        <source>The %1 best matches</source>
        <translation>I %1 risultati migliori</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="224"/>
        <source>1 article</source>
        <translation>1 articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="226"/>
        <source>%1 articles</source>
        <translation>%1 articoli</translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="23"/>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="36"/>
        <source>Contents</source>
        <translation>Sommario</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="42"/>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="50"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="51"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="52"/>
        <source>Sepia</source>
        <translation>Seppia</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="53"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="66"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="67"/>
        <source>Text &amp;size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="68"/>
        <source>Line s&amp;pacing:</source>
        <translation>&amp;Interlinea:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="69"/>
        <source>A new language is used the next time Edicola starts.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di Edicola.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="23"/>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="37"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="37"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="45"/>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="98"/>
        <source>Subscription: %1</source>
        <translation>Abbonamento: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="99"/>
        <source>Download new editions automatically</source>
        <translation>Scarica automaticamente le nuove edizioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="106"/>
        <source>Older editions are deleted from the library after each update. Editions with bookmarks or comments not yet sent are always kept.</source>
        <translation>Le edizioni più vecchie vengono cancellate dalla biblioteca dopo ogni aggiornamento. Le edizioni con segnalibri o commenti non ancora inviati vengono sempre conservate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="114"/>
        <source>Keep the last (editions):</source>
        <translation>Conserva le ultime (edizioni):</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="115"/>
        <source>Keep editions for (days):</source>
        <translation>Conserva le edizioni per (giorni):</translation>
    </message>
</context>
<context>
    <name>UnavailableRow</name>
    <message>
        <location filename="../../app/ui/bookmarks/unavailable_row.py" line="15"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (non più nella biblioteca)</translation>
    </message>
</context>
</TS>
