<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>AddCatalogDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="36" />
        <source>Add a catalog</source>
        <translation>Aggiungi un catalogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="38" />
        <source>The address of a newsstand catalog (its catalog.json), from the publisher.</source>
        <translation>L'indirizzo di un catalogo dell'edicola (il suo catalog.json), dato dall'editore.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="44" />
        <source>Catalog address</source>
        <translation>Indirizzo del catalogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="46" />
        <source>Allow unsigned editions from this catalog</source>
        <translation>Accetta edizioni non firmate da questo catalogo</translation>
    </message>
</context>
<context>
    <name>AddFeedsDialog</name>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="33" />
        <source>Add feeds</source>
        <translation>Aggiungi feed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="36" />
        <source>e.g. Morning paper</source>
        <translation>per esempio Giornale del mattino</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="44" />
        <source>One feed address (RSS or Atom) per line</source>
        <translation>Un indirizzo di feed (RSS o Atom) per riga</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="46" />
        <source>Import &amp;OPML…</source>
        <translation>Importa &amp;OPML…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="54" />
        <source>Paper &amp;name:</source>
        <translation>&amp;Nome del giornale:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="55" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="56" />
        <source>&amp;Feeds:</source>
        <translation>&amp;Feed:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="88" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="107" />
        <source>Import OPML</source>
        <translation>Importa OPML</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="107" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>File OPML (*.opml *.xml);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="114" />
        <source>Give the paper a name.</source>
        <translation>Dai un nome al giornale.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="117" />
        <source>Paste at least one feed address, or import an OPML file.</source>
        <translation>Incolla almeno un indirizzo di feed, o importa un file OPML.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/dialog.py" line="120" />
        <source>Not an http(s) address: %1</source>
        <translation>Non è un indirizzo http(s): %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/shell/application.py" line="87" />
        <source>Something went wrong (%1). The details are in %2.</source>
        <translation>Qualcosa è andato storto (%1). I dettagli sono in %2.</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="51" />
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="55" />
        <source>By %1</source>
        <translation>Di %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/article_page.py" line="60" />
        <source>%n min read</source>
        <translation><numerusform>%n min di lettura</numerusform><numerusform>%n min di lettura</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_page.py" line="126" />
        <source>No. %1</source>
        <translation>N. %1</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="27" />
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/article_view.py" line="36" />
        <source>Article: %1</source>
        <translation>Articolo: %1</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="41" />
        <location filename="../../app/ui/bookmarks/wiring.py" line="244" />
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="44" />
        <source>Recently read</source>
        <translation>Letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="67" />
        <source>E&amp;xport bookmarks…</source>
        <translation>E&amp;sporta i segnalibri…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="69" />
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;Importa segnalibri…</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="83" />
        <source>Bookmarked</source>
        <translation>Nei segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="83" />
        <source>Bookmark</source>
        <translation>Segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="85" />
        <source>Edit bookmark</source>
        <translation>Modifica il segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="85" />
        <source>Bookmark this article</source>
        <translation>Aggiungi l'articolo ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="117" />
        <source>Bookmark removed.</source>
        <translation>Segnalibro rimosso.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="130" />
        <source>Bookmarked.</source>
        <translation>Aggiunto ai segnalibri.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="155" />
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="166" />
        <source>Edicola bookmarks (*.json)</source>
        <translation>Segnalibri di Edicola (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="167" />
        <source>Browser bookmarks (*.html *.htm)</source>
        <translation>Segnalibri del browser (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="174" />
        <source>Export bookmarks</source>
        <translation>Esporta i segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="192" />
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="198" />
        <source>Bookmarks exported to %1</source>
        <translation>Segnalibri esportati in %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="204" />
        <source>Import bookmarks</source>
        <translation>Importa segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/wiring.py" line="219" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="226" />
        <source>Bookmarks imported: %n added</source>
        <translation>
            <numerusform>Segnalibri importati: %n aggiunto</numerusform>
            <numerusform>Segnalibri importati: %n aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="228" />
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="230" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/bookmarks/wiring.py" line="232" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltato</numerusform>
            <numerusform>%n saltati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="30" />
        <source>Edit bookmark</source>
        <translation>Modifica il segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="30" />
        <source>Bookmark article</source>
        <translation>Aggiungi ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="38" />
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (facoltativa):</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="42" />
        <source>Why you want to find this again</source>
        <translation>Perché vuoi ritrovarlo</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="43" />
        <source>Bookmark note</source>
        <translation>Nota del segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/dialog.py" line="52" />
        <source>&amp;Remove bookmark</source>
        <translation>&amp;Rimuovi il segnalibro</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="52" />
        <location filename="../../app/ui/bookmarks/view.py" line="54" />
        <location filename="../../app/ui/bookmarks/view.py" line="62" />
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="57" />
        <source>Filter by title, publication or note</source>
        <translation>Filtra per titolo, testata o nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="58" />
        <source>Filter bookmarks</source>
        <translation>Filtra i segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="67" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="78" />
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="80" />
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="113" />
        <source>No bookmark matches the filter.</source>
        <translation>Nessun segnalibro corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="115" />
        <source>No bookmarks yet: press Ctrl+D while reading an article.</source>
        <translation>Ancora nessun segnalibro: premi Ctrl+D mentre leggi un articolo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/view.py" line="137" />
        <source>This article is no longer in the library; you can remove the bookmark.</source>
        <translation>Questo articolo non è più nella biblioteca; puoi rimuovere il segnalibro.</translation>
    </message>
</context>
<context>
    <name>BundleOpener</name>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="69" />
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="72" />
        <source>Opening an edition</source>
        <translation>Apertura di un'edizione</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="100" />
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/open_bundle.py" line="117" />
        <source>Edicola</source>
        <translation>Edicola</translation>
    </message>
</context>
<context>
    <name>CatalogClient</name>
    <message>
        <location filename="../../app/net/catalog_client.py" line="114" />
        <source>{url}: this is a web page (HTML), not a catalog; ask the publisher for the address of its catalog.json</source>
        <translation>{url}: questa è una pagina web (HTML), non un catalogo; chiedi all'editore l'indirizzo del suo catalog.json</translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="129" />
        <source>{url}: the catalog is not signed; refused (to accept it anyway, tick "Allow unsigned for this catalog" in the Newsstand, or run 'edicola catalog URL --allow-unsigned')</source>
        <translation>{url}: il catalogo non è firmato; rifiutato (per accettarlo comunque, spunta "Accetta non firmati per questo catalogo" nell'Edicola, oppure esegui 'edicola catalog URL --allow-unsigned')</translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="142" />
        <source>{url}: the catalog names no publisher key</source>
        <translation>{url}: il catalogo non indica la chiave dell'editore</translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="149" />
        <source>{url}: WARNING: the publisher key changed (pinned {old}, now {new}); refused. If the publisher really changed key, remove and re-add the catalog</source>
        <translation>{url}: ATTENZIONE: la chiave dell'editore è cambiata (memorizzata {old}, ora {new}); rifiutato. Se l'editore ha davvero cambiato chiave, rimuovi e aggiungi di nuovo il catalogo</translation>
    </message>
    <message>
        <location filename="../../app/net/catalog_client.py" line="165" />
        <source>{url}: signature refused: {why}</source>
        <translation>{url}: firma rifiutata: {why}</translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="53" />
        <source>This publication has no comment server; your comments are kept here.</source>
        <translation>Questa testata non ha un server dei commenti; i tuoi commenti restano qui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="63" />
        <source>Cancel reply</source>
        <translation>Annulla la risposta</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="83" />
        <source>Your comment</source>
        <translation>Il tuo commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="84" />
        <source>Write a comment… (Ctrl+Enter sends)</source>
        <translation>Scrivi un commento… (Ctrl+Invio per inviare)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="92" />
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="93" />
        <source>your name (optional)</source>
        <translation>il tuo nome (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="98" />
        <source>Your email (optional, never shown)</source>
        <translation>La tua email (facoltativa, mai mostrata)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="99" />
        <source>email (optional, never shown)</source>
        <translation>email (facoltativa, mai mostrata)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="102" />
        <source>Commenting &amp;as</source>
        <translation>Commenta &amp;come</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="107" />
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="109" />
        <source>Send the comment</source>
        <translation>Invia il commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/composer.py" line="156" />
        <source>Replying to %1</source>
        <translation>Risposta a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/composer.py" line="178" />
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n carattere di troppo</numerusform>
            <numerusform>%n caratteri di troppo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/composer.py" line="181" />
        <source>%n character(s) left</source>
        <translation>
            <numerusform>%n carattere disponibile</numerusform>
            <numerusform>%n caratteri disponibili</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentState</name>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="19" />
        <source>Draft</source>
        <extracomment>Every label, for lupdate; must equal ``LABELS`` plus ``NO_SERVER_LABEL``.</extracomment>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="20" />
        <source>Waiting for network</source>
        <translation>In attesa della rete</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="21" />
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="22" />
        <source>Checking whether it arrived</source>
        <translation>Verifica dell'arrivo in corso</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="23" />
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="24" />
        <source>Waiting for moderation</source>
        <translation>In attesa di moderazione</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="25" />
        <source>Not accepted</source>
        <translation>Non accettato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/labels.py" line="26" />
        <source>Saved here until the publication has a comments server</source>
        <translation>Conservato qui finché la testata non avrà un server dei commenti</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="55" />
        <source>Comment &amp;outbox</source>
        <translation>&amp;Posta in uscita dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/wiring.py" line="58" />
        <source>&amp;Write a comment</source>
        <translation>Scrivi un &amp;commento</translation>
    </message>
</context>
<context>
    <name>CommentsList</name>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="167" />
        <source>No comments yet.</source>
        <translation>Ancora nessun commento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="171" />
        <source>Your comments</source>
        <translation>I tuoi commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="191" />
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="194" />
        <source>you</source>
        <translation>tu</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="197" />
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="197" />
        <source>Reply to %1</source>
        <translation>Rispondi a %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="204" />
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="207" />
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="216" />
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="218" />
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="221" />
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="221" />
        <source>Edit this comment</source>
        <translation>Modifica questo commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="224" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="224" />
        <source>Delete this comment</source>
        <translation>Elimina questo commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="228" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/thread.py" line="228" />
        <source>Send this comment</source>
        <translation>Invia questo commento</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="63" />
        <location filename="../../app/ui/comments/panel.py" line="261" />
        <source>Comments</source>
        <extracomment>Opening an article refetches its thread when the cached copy is older than this.</extracomment>
        <translation>Commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="88" />
        <source>Show or hide the comments</source>
        <translation>Mostra o nascondi i commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="92" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="94" />
        <source>Refresh the comments</source>
        <translation>Aggiorna i commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="97" />
        <source>Comment server…</source>
        <translation>Server dei commenti…</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="116" />
        <source>Use the new server</source>
        <translation>Usa il nuovo server</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="120" />
        <source>Keep the current one</source>
        <translation>Mantieni quello attuale</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="203" />
        <source>Comments go to %1 (%2)</source>
        <translation>I commenti vanno a %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="213" />
        <source>The publication now names %1 as its comment server. Nothing is sent there until you accept it.</source>
        <translation>La testata ora indica %1 come server dei commenti. Non vi viene inviato nulla finché non lo accetti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="263" />
        <source>Comments (%1)</source>
        <translation>Commenti (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="271" />
        <source>New comment server to confirm</source>
        <translation>Nuovo server dei commenti da confermare</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="273" />
        <source>No comment server</source>
        <translation>Nessun server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="275" />
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="279" />
        <source>Not fetched yet</source>
        <translation>Non ancora scaricati</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="281" />
        <source>as of %1</source>
        <translation>aggiornati al %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="348" />
        <location filename="../../app/ui/comments/panel.py" line="453" />
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="377" />
        <source>Not accepted: %1 — edit it and send again.</source>
        <translation>Non accettato: %1 — modificalo e invialo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="389" />
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="390" />
        <source>a comment</source>
        <translation>un commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="403" />
        <source>This comment is being sent and can no longer be changed.</source>
        <translation>Questo commento è in invio e non si può più modificare.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="437" />
        <source>Delete comment</source>
        <translation>Elimina il commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="438" />
        <source>Delete this comment? Its text cannot be recovered.</source>
        <translation>Eliminare questo commento? Il testo non si potrà recuperare.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/panel.py" line="503" />
        <source>could not refresh: %1</source>
        <translation>aggiornamento non riuscito: %1</translation>
    </message>
</context>
<context>
    <name>CommentsServerDialog</name>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="40" />
        <source>Comment server</source>
        <translation>Server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="42" />
        <source>Where comments on %1 are sent:</source>
        <translation>Dove vanno i commenti su %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="45" />
        <source>none declared</source>
        <translation>nessuno dichiarato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="47" />
        <source>The publication's own (%1)</source>
        <translation>Quello della testata (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="50" />
        <source>This server:</source>
        <translation>Questo server:</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="54" />
        <source>Comment server address</source>
        <translation>Indirizzo del server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="56" />
        <source>None: keep my comments here</source>
        <translation>Nessuno: tieni qui i miei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/server_dialog.py" line="95" />
        <source>Enter an http:// or https:// address.</source>
        <translation>Inserisci un indirizzo http:// o https://.</translation>
    </message>
</context>
<context>
    <name>CoverWall</name>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="44" />
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="51" />
        <source>Covers</source>
        <translation>Copertine</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="78" />
        <source>Be told about new editions of this publication</source>
        <translation>Ricevi un avviso per le nuove edizioni di questa testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="80" />
        <source>Subscription…</source>
        <translation>Abbonamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="83" />
        <location filename="../../app/ui/newsstand/wall.py" line="180" />
        <source>Show older editions</source>
        <translation>Mostra le edizioni precedenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="109" />
        <source>All publications</source>
        <translation>Tutte le testate</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="174" />
        <source>Following %1</source>
        <translation>Segui già %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="174" />
        <source>Follow %1</source>
        <translation>Segui %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall.py" line="178" />
        <source>Loading older editions…</source>
        <translation>Caricamento delle edizioni precedenti…</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <location filename="../../app/net/downloader.py" line="465" />
        <source>the server stopped sending data</source>
        <translation>il server ha smesso di inviare dati</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="471" />
        <source>the server is sending too slowly (under {rate} KiB/s)</source>
        <translation>il server invia troppo lentamente (meno di {rate} KiB/s)</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="479" />
        <source>the server sent more bytes than the catalog lists</source>
        <translation>il server ha inviato più byte di quanti ne indichi il catalogo</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="487" />
        <source>the server answered the wrong byte range</source>
        <translation>il server ha risposto con un intervallo di byte sbagliato</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="497" />
        <source>the server refused to resume (HTTP 416)</source>
        <translation>il server ha rifiutato di riprendere (HTTP 416)</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="505" />
        <source>incomplete download: {got} of {size} bytes</source>
        <translation>download incompleto: {got} di {size} byte</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="522" />
        <source>cannot fetch the signature: {why}</source>
        <translation>impossibile scaricare la firma: {why}</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="537" />
        <source>size does not match the catalog</source>
        <translation>la dimensione non corrisponde al catalogo</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="543" />
        <source>SHA-256 does not match the catalog (damaged or altered)</source>
        <translation>lo SHA-256 non corrisponde al catalogo (file danneggiato o alterato)</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="552" />
        <source>the edition is not signed</source>
        <translation>l'edizione non è firmata</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="558" />
        <source>no publisher key to check the signature</source>
        <translation>nessuna chiave dell'editore per verificare la firma</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="573" />
        <source>bad signature: {why}</source>
        <translation>firma non valida: {why}</translation>
    </message>
    <message>
        <location filename="../../app/net/downloader.py" line="638" />
        <source>cannot import: {why}</source>
        <translation>impossibile importare: {why}</translation>
    </message>
</context>
<context>
    <name>EditionRemoval</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="87" />
        <source>Remove &amp;edition…</source>
        <translation>Rimuovi l'&amp;edizione…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="130" />
        <source>Edition removed.</source>
        <translation>Edizione rimossa.</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="51" />
        <source>&amp;Feeds</source>
        <translation>&amp;Feed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="52" />
        <location filename="../../app/ui/feeds/wiring.py" line="93" />
        <source>Add &amp;feeds…</source>
        <translation>Aggiungi &amp;feed…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="143" />
        <source>Import OPML</source>
        <translation>Importa OPML</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="145" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>File OPML (*.opml *.xml);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="152" />
        <source>Edicola feeds</source>
        <translation>Feed di Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="157" />
        <location filename="../../app/ui/feeds/wiring.py" line="166" />
        <source>Export OPML</source>
        <translation>Esporta OPML</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="159" />
        <source>OPML files (*.opml)</source>
        <translation>File OPML (*.opml)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="174" />
        <source>Stop following</source>
        <translation>Smetti di seguire</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="175" />
        <source>Stop following “%1”? Its editions stay in the library.</source>
        <translation>Smettere di seguire «%1»? Le sue edizioni restano nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="184" />
        <source>updating…</source>
        <translation>aggiornamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="191" />
        <source>nothing new</source>
        <translation>nessuna novità</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="195" />
        <source>importing…</source>
        <translation>importazione…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feeds/wiring.py" line="209" />
        <source>revision %1 ready: %n new article(s)</source>
        <translation>
            <numerusform>revisione %1 pronta: %n articolo nuovo</numerusform>
            <numerusform>revisione %1 pronta: %n articoli nuovi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="217" />
        <source>every feed failed; the last edition stays</source>
        <translation>nessun feed ha risposto; resta l'ultima edizione</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/wiring.py" line="218" />
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
</context>
<context>
    <name>FeedsView</name>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="40" />
        <location filename="../../app/ui/feeds/view.py" line="43" />
        <source>Feeds</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="44" />
        <source>&amp;Add feeds…</source>
        <translation>&amp;Aggiungi feed…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="46" />
        <source>&amp;Update now</source>
        <translation>&amp;Aggiorna ora</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="49" />
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importa OPML…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="52" />
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;sporta OPML…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="54" />
        <source>&amp;Stop following</source>
        <translation>&amp;Smetti di seguire</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="64" />
        <source>Papers and their feeds</source>
        <translation>I giornali e i loro feed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="65" />
        <source>Paper / feed</source>
        <translation>Giornale / feed</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="65" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="71" />
        <source>Follow the RSS or Atom feeds of the sites you read: Edicola makes a daily paper of them, with the full text and pictures, to read offline.</source>
        <translation>Segui i feed RSS o Atom dei siti che leggi: Edicola ne fa un giornale quotidiano, con il testo completo e le immagini, da leggere senza rete.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="102" />
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="135" />
        <source>fetching…</source>
        <translation>scaricamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="137" />
        <source>no change since the last update</source>
        <translation>nessuna novità dall'ultimo aggiornamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="139" />
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/feeds/view.py" line="144" />
        <source>full text: %1 of %2</source>
        <translation>testo completo: %1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feeds/view.py" line="149" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n notizia</numerusform>
            <numerusform>%n notizie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feeds/view.py" line="150" />
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nuova</numerusform>
            <numerusform>%n nuove</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="25" />
        <location filename="../../app/ui/reader/find_bar.py" line="26" />
        <source>Find in article</source>
        <translation>Trova nell'articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="33" />
        <source>Previous match</source>
        <translation>Risultato precedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="34" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Risultato precedente (Maiusc+Invio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="38" />
        <source>Next match</source>
        <translation>Risultato successivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="39" />
        <source>Next match (Enter)</source>
        <translation>Risultato successivo (Invio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="43" />
        <source>Close find</source>
        <translation>Chiudi la ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="44" />
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="72" />
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/find_bar.py" line="75" />
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="30" />
        <source>Front page</source>
        <translation>Prima pagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/front_page.py" line="38" />
        <source>Front page: %1</source>
        <translation>Prima pagina: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="47" />
        <location filename="../../app/ui/bookmarks/history_view.py" line="49" />
        <source>Recently read</source>
        <translation>Letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="52" />
        <source>Recently read articles</source>
        <translation>Articoli letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="56" />
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../app/ui/bookmarks/history_view.py" line="80" />
        <source>Articles you open will be listed here.</source>
        <translation>Qui compariranno gli articoli che apri.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="62" />
        <location filename="../../app/ui/reader/image_dialog.py" line="67" />
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/image_dialog.py" line="72" />
        <source>Esc or click to close</source>
        <translation>Esc o un clic per chiudere</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="62" />
        <source>Open in browser?</source>
        <extracomment>Decoded pictures kept, in bytes: pictures are decoded at the size they are shown (``QImageReader.setScaledSize``), so this is a few pages' worth. An 8000×8000 picture decoded whole is 244 MiB; at column width it is ~2 MiB.</extracomment>
        <translation>Aprire nel browser?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_browser.py" line="63" />
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
        <location filename="../../app/ui/reader/library_tree.py" line="50" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="104" />
        <source>Older editions…</source>
        <translation>Edizioni precedenti…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/reader/library_tree.py" line="110" />
        <source>Show %n older edition(s)</source>
        <translation>
            <numerusform>Mostra %n edizione precedente</numerusform>
            <numerusform>Mostra %n edizioni precedenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="188" />
        <source>read</source>
        <translation>letto</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="189" />
        <source>unread</source>
        <translation>da leggere</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/library_tree.py" line="243" />
        <source>Remove edition…</source>
        <translation>Rimuovi l'edizione…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="99" />
        <source>Search the library (Ctrl+L)</source>
        <translation>Cerca nella biblioteca (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="100" />
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="78" />
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="97" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/commands.py" line="126" />
        <location filename="../../app/ui/shell/commands.py" line="127" />
        <source>More commands</source>
        <translation>Altri comandi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="266" />
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_status.py" line="32" />
        <source>%1 · article %2 of %3</source>
        <translation>%1 · articolo %2 di %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_status.py" line="40" />
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_status.py" line="42" />
        <source>Unread</source>
        <translation>Da leggere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/shell/window_status.py" line="48" />
        <source>Contents · %n article(s)</source>
        <translation><numerusform>Sommario · %n articolo</numerusform><numerusform>Sommario · %n articoli</numerusform></translation>
    </message>
</context>
<context>
    <name>Newsstand</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="76" />
        <source>Warning: without signatures nothing proves that editions come from the publisher. Anyone between you and the server could change them. Only allow this for a catalog you run yourself or fully trust.</source>
        <translation>Attenzione: senza firme nulla garantisce che le edizioni vengano dall'editore. Chiunque si trovi tra te e il server potrebbe modificarle. Consentilo solo per un catalogo che gestisci tu o di cui ti fidi completamente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="98" />
        <source>Accept a new publisher?</source>
        <translation>Accettare un nuovo editore?</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="104" />
        <source>Accept the new publisher</source>
        <translation>Accetta il nuovo editore</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="165" />
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="65" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="66" />
        <location filename="../../app/ui/newsstand/model.py" line="71" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="70" />
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="74" />
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="76" />
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="78" />
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="54" />
        <source>Update</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="79" />
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="105" />
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="106" />
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="117" />
        <source>downloading {p}%</source>
        <translation>download {p}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="121" />
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="123" />
        <source>waiting to retry</source>
        <translation>in attesa di riprovare</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="125" />
        <source>paused at {p}%</source>
        <translation>in pausa al {p}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="129" />
        <source>verifying</source>
        <translation>verifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="131" />
        <source>importing</source>
        <translation>importazione</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="133" />
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="135" />
        <location filename="../../app/ui/screenshots.py" line="227" />
        <source>in library</source>
        <translation>in biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="137" />
        <source>update available</source>
        <translation>aggiornamento disponibile</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/model.py" line="138" />
        <source>available</source>
        <translation>disponibile</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="50" />
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="92" />
        <source>&amp;Newsstand</source>
        <translation>&amp;Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="168" />
        <source>Not a catalog address: %1</source>
        <translation>Non è l'indirizzo di un catalogo: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="260" />
        <source>New in the newsstand: %1</source>
        <translation>Novità in edicola: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="304" />
        <source>Resuming the download of %1</source>
        <translation>Riprende il download di %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="330" />
        <source>In your library: %1</source>
        <translation>Nella tua biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="357" />
        <source>“%1” came into your library from %2. This edition comes from %3.</source>
        <translation>«%1» è entrata nella tua biblioteca da %2. Questa edizione viene da %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="364" />
        <source>Accept only if you know the publisher moved to this catalog or changed its key. Its editions will then replace the current ones, and it will own the publication from now on. A change of comment server is still shown to you before any comment goes there.</source>
        <translation>Accetta solo se sai che l'editore si è spostato su questo catalogo o ha cambiato chiave. Le sue edizioni sostituiranno quelle attuali e da ora la testata sarà sua. Un cambio di server dei commenti ti verrà comunque mostrato prima che vi arrivi qualsiasi commento.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="395" />
        <source>a bundle you imported yourself</source>
        <translation>un pacchetto importato da te</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="402" />
        <source>the catalog “%1” (signed with key %2)</source>
        <translation>il catalogo «%1» (firmato con la chiave %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="406" />
        <source>a catalog signed with key %1</source>
        <translation>un catalogo firmato con la chiave %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="410" />
        <source>the unsigned catalog %1</source>
        <translation>il catalogo non firmato %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="413" />
        <source>an unknown source</source>
        <translation>una fonte sconosciuta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/controller.py" line="427" />
        <source>%n downloading</source>
        <translation><numerusform>%n in download</numerusform><numerusform>%n in download</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/controller.py" line="429" />
        <source>%n queued</source>
        <translation><numerusform>%n in coda</numerusform><numerusform>%n in coda</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/controller.py" line="496" />
        <source>offline · last updated %1</source>
        <translation>offline · ultimo aggiornamento %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="44" />
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="46" />
        <source>Waiting to retry</source>
        <translation>In attesa di riprovare</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="163" />
        <source>Verifying</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="164" />
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="48" />
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="50" />
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="52" />
        <source>In library</source>
        <translation>In biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_delegate.py" line="56" />
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/wall_model.py" line="45" />
        <source>new</source>
        <translation>nuova</translation>
    </message>
</context>
<context>
    <name>NewsstandView</name>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="132" />
        <location filename="../../app/ui/newsstand/view.py" line="143" />
        <location filename="../../app/ui/newsstand/view.py" line="347" />
        <source>Newsstand</source>
        <translation>Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="148" />
        <location filename="../../app/ui/newsstand/view.py" line="162" />
        <source>Catalogs</source>
        <translation>Cataloghi</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="151" />
        <source>&amp;Add catalog…</source>
        <translation>&amp;Aggiungi catalogo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="154" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="156" />
        <source>Allow unsigned for this catalog</source>
        <translation>Accetta non firmati per questo catalogo</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="178" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="181" />
        <source>Co&amp;vers</source>
        <translation>Co&amp;pertine</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="183" />
        <source>Show the editions as a wall of covers</source>
        <translation>Mostra le edizioni come una parete di copertine</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="185" />
        <source>L&amp;ist</source>
        <translation>&amp;Elenco</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="187" />
        <source>Show the editions as a list, by publication</source>
        <translation>Mostra le edizioni in un elenco, per testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="210" />
        <source>Publications and editions</source>
        <translation>Testate ed edizioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="212" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="239" />
        <source>All downloads</source>
        <translation>Tutti i download</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="312" />
        <source>Fetching the catalog…</source>
        <translation>Scaricamento del catalogo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="314" />
        <source>No catalogs yet: add one with the address a publisher gives you.</source>
        <translation>Nessun catalogo: aggiungine uno con l'indirizzo che ti dà un editore.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="322" />
        <source>%1 (unsigned)</source>
        <translation>%1 (non firmato)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/view.py" line="351" />
        <source>Newsstand · %1 · %n edition(s)</source>
        <translation>
            <numerusform>Edicola · %1 · %n edizione</numerusform>
            <numerusform>Edicola · %1 · %n edizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/view.py" line="353" />
        <source>%n in your library</source>
        <translation>
            <numerusform>%n nella tua biblioteca</numerusform>
            <numerusform>%n nella tua biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/newsstand/view.py" line="386" />
        <source>%n new</source>
        <translation>
            <numerusform>%n nuova</numerusform>
            <numerusform>%n nuove</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="393" />
        <source>Following</source>
        <translation>Segui già</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="393" />
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="397" />
        <source>Be told about new editions of this publication</source>
        <translation>Ricevi un avviso per le nuove edizioni di questa testata</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="399" />
        <source>Subscription…</source>
        <translation>Abbonamento…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="410" />
        <source>Loading older editions…</source>
        <translation>Caricamento delle edizioni precedenti…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="412" />
        <source>Show older editions</source>
        <translation>Mostra le edizioni precedenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="523" />
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="528" />
        <source>Accept the new publisher…</source>
        <translation>Accetta il nuovo editore…</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/view.py" line="532" />
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="20" />
        <source>Show the comment outbox</source>
        <translation>Mostra la posta in uscita dei commenti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/outbox_indicator.py" line="30" />
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n commento in attesa</numerusform>
            <numerusform>%n commenti in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/comments/outbox_indicator.py" line="32" />
        <source>%n comment(s) not accepted</source>
        <translation>
            <numerusform>%n commento non accettato</numerusform>
            <numerusform>%n commenti non accettati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_indicator.py" line="34" />
        <source>All comments sent</source>
        <translation>Tutti i commenti inviati</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="49" />
        <source>Comment outbox</source>
        <translation>Posta in uscita dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="52" />
        <location filename="../../app/ui/comments/outbox_view.py" line="62" />
        <source>Comments not yet delivered</source>
        <translation>Commenti non ancora consegnati</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="58" />
        <source>Nothing waiting: every comment has been delivered.</source>
        <translation>Niente in attesa: ogni commento è stato consegnato.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="67" />
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="76" />
        <source>&amp;Open article</source>
        <translation>&amp;Apri l'articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="77" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="78" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../app/ui/comments/outbox_view.py" line="79" />
        <source>Send &amp;now</source>
        <translation>Invia &amp;ora</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../app/ui/pages/page_canvas.py" line="57" />
        <source>Printed page</source>
        <translation>Pagina stampata</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/page_canvas.py" line="73" />
        <source>This page cannot be shown</source>
        <translation>Questa pagina non può essere mostrata</translation>
    </message>
</context>
<context>
    <name>PagesController</name>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="35" />
        <source>&amp;Pages (print replica)</source>
        <translation>&amp;Pagine (edizione sfogliabile)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="39" />
        <source>Show on &amp;page</source>
        <translation>Mostra sulla &amp;pagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="69" />
        <source>This edition has no printed pages.</source>
        <translation>Questa edizione non ha pagine stampate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/wiring.py" line="86" />
        <source>This article is not on the printed pages.</source>
        <translation>Questo articolo non è sulle pagine stampate.</translation>
    </message>
</context>
<context>
    <name>PagesSearchHook</name>
    <message>
        <location filename="../../app/ui/pages/search_hook.py" line="54" />
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <location filename="../../app/ui/pages/view.py" line="53" />
        <source>Two pages</source>
        <translation>Due pagine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="54" />
        <source>Fit page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="55" />
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="57" />
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="59" />
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="66" />
        <source>Go to section</source>
        <translation>Vai alla sezione</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="83" />
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/view.py" line="177" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="33" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="34" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="35" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="36" />
        <source>&amp;Go</source>
        <translation>V&amp;ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="37" />
        <source>&amp;Bookmarks</source>
        <translation>&amp;Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="38" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="42" />
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="45" />
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Esporta in PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="50" />
        <source>Copy &amp;link</source>
        <translation>Copia il &amp;collegamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="52" />
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="53" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="54" />
        <source>&amp;Find in article</source>
        <translation>&amp;Trova nell'articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="56" />
        <source>&amp;Search the library</source>
        <translation>&amp;Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="60" />
        <source>Leave find, search or full screen</source>
        <translation>Esci da ricerca o schermo intero</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="65" />
        <source>F&amp;ront page</source>
        <translation>P&amp;rima pagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="69" />
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="74" />
        <source>&amp;Smaller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="77" />
        <source>&amp;Normal text size</source>
        <translation>Testo di dimensione &amp;normale</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="81" />
        <source>Theme: follow the &amp;system</source>
        <translation>Tema: come il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="88" />
        <source>Theme: &amp;light</source>
        <translation>Tema: &amp;chiaro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="95" />
        <source>Theme: s&amp;epia</source>
        <translation>Tema: s&amp;eppia</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="101" />
        <source>Theme: &amp;dark</source>
        <translation>Tema: s&amp;curo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="105" />
        <source>Library &amp;panel</source>
        <translation>&amp;Pannello della biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="112" />
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="117" />
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="118" />
        <source>&amp;Forward</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="121" />
        <source>&amp;Next article</source>
        <translation>Articolo &amp;successivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="128" />
        <source>&amp;Previous article</source>
        <translation>Articolo &amp;precedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="134" />
        <source>Next &amp;section</source>
        <translation>Sezione s&amp;uccessiva</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="138" />
        <source>Previous s&amp;ection</source>
        <translation>Sezione p&amp;recedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="145" />
        <source>Page &amp;down (then next article)</source>
        <translation>Pagina &amp;giù (poi articolo successivo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="152" />
        <source>Page &amp;up (then previous article)</source>
        <translation>Pagina s&amp;u (poi articolo precedente)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="159" />
        <source>&amp;Bookmark this article</source>
        <translation>&amp;Aggiungi ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/actions.py" line="166" />
        <source>&amp;About Edicola</source>
        <translation>&amp;Informazioni su Edicola</translation>
    </message>
</context>
<context>
    <name>RemoveEditionDialog</name>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="36" />
        <source>Remove edition</source>
        <translation>Rimuovi l'edizione</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="38" />
        <source>Remove %1 of %2 from the library?
Its articles and pictures will be deleted from this computer.</source>
        <translation>Rimuovere %1 del %2 dalla biblioteca?
I suoi articoli e le sue immagini saranno cancellati da questo computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="47" />
        <source>&amp;Keep its bookmarks (%1), shown as unavailable</source>
        <translation>&amp;Mantieni i suoi segnalibri (%1), indicati come non disponibili</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/remove_edition_dialog.py" line="57" />
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../app/ui/search/wiring.py" line="36" />
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
</context>
<context>
    <name>SearchHelpButton</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="54" />
        <source>Search syntax help</source>
        <translation>Guida alla sintassi di ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/help.py" line="55" />
        <source>How to search: words, phrases, filters</source>
        <translation>Come cercare: parole, frasi, filtri</translation>
    </message>
</context>
<context>
    <name>SearchHelpPopover</name>
    <message>
        <location filename="../../app/ui/search/help.py" line="21" />
        <location filename="../../app/ui/search/help.py" line="22" />
        <source>Search syntax</source>
        <translation>Sintassi di ricerca</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search/panel.py" line="191" />
        <location filename="../../app/ui/search/panel.py" line="198" />
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="229" />
        <source>No articles match “%1”. Try fewer words, or another form of a word.</source>
        <translation>Nessun articolo corrisponde a «%1». Prova con meno parole o con un'altra forma.</translation>
    </message>
    <message>
        <location filename="../../app/ui/search/panel.py" line="233" />
        <source>The %1 best matches</source>
        <translation>I %1 risultati migliori</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/search/panel.py" line="235" />
        <source>%n article(s)</source>
        <translation><numerusform>%n articolo</numerusform><numerusform>%n articoli</numerusform></translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="23" />
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader/section_bar.py" line="36" />
        <source>Contents</source>
        <translation>Sommario</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="38" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="42" />
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="50" />
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="51" />
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="52" />
        <source>Sepia</source>
        <translation>Seppia</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="53" />
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="69" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="70" />
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="71" />
        <source>Text &amp;size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="72" />
        <source>Line s&amp;pacing:</source>
        <translation>&amp;Interlinea:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/settings_dialog.py" line="73" />
        <source>A new language is used the next time Edicola starts.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di Edicola.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="30" />
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="43" />
        <source>Finding</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="45" />
        <source>Text and screen</source>
        <translation>Testo e schermo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="49" />
        <source>Keeping and sharing</source>
        <translation>Conservare e condividere</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="52" />
        <source>Views and panels</source>
        <translation>Viste e pannelli</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="53" />
        <source>Edicola</source>
        <translation>Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="67" />
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="84" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="85" />
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="85" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/shortcuts_dialog.py" line="58" />
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="126" />
        <source>Subscription: %1</source>
        <translation>Abbonamento: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="127" />
        <source>Download new editions automatically</source>
        <translation>Scarica automaticamente le nuove edizioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="134" />
        <source>Older editions are deleted from the library after each update. Editions with bookmarks or comments not yet sent are always kept.</source>
        <translation>Le edizioni più vecchie vengono cancellate dalla biblioteca dopo ogni aggiornamento. Le edizioni con segnalibri o commenti non ancora inviati vengono sempre conservate.</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="142" />
        <source>Keep the last (editions):</source>
        <translation>Conserva le ultime (edizioni):</translation>
    </message>
    <message>
        <location filename="../../app/ui/newsstand/dialogs.py" line="143" />
        <source>Keep editions for (days):</source>
        <translation>Conserva le edizioni per (giorni):</translation>
    </message>
</context>
<context>
    <name>UnavailableRow</name>
    <message>
        <location filename="../../app/ui/bookmarks/unavailable_row.py" line="15" />
        <source>%1 (no longer in the library)</source>
        <translation>%1 (non più nella biblioteca)</translation>
    </message>
</context>
<context>
    <name>self._w</name>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="47" />
        <source>Export as PDF</source>
        <translation>Esporta in PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="47" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="57" />
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="76" />
        <source>Link copied: %1</source>
        <translation>Collegamento copiato: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="97" />
        <source>The new language will be used when Edicola restarts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di Edicola.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="148" />
        <source>About Edicola</source>
        <translation>Informazioni su Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_commands.py" line="150" />
        <source>Edicola — a digital newsstand. Editions are read offline from your library.</source>
        <translation>Edicola — un'edicola digitale. Le edizioni si leggono senza rete, dalla tua biblioteca.</translation>
    </message>
</context>
</TS>