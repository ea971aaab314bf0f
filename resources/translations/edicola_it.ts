<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>AddCatalogDialog</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="36" />
        <source>Add a catalog</source>
        <translation>Aggiungi un catalogo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="38" />
        <source>The address of a newsstand catalog (its catalog.json), from the publisher.</source>
        <translation>L'indirizzo di un catalogo dell'edicola (il suo catalog.json), dato dall'editore.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="44" />
        <source>Catalog address</source>
        <translation>Indirizzo del catalogo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="47" />
        <source>For example: %1</source>
        <translation>Per esempio: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="51" />
        <source>Allow unsigned editions from this catalog</source>
        <translation>Accetta edizioni non firmate da questo catalogo</translation>
    </message>
</context>
<context>
    <name>AddFeedsDialog</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="46" />
        <source>Add feeds</source>
        <translation>Aggiungi feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="49" />
        <source>e.g. Morning paper</source>
        <translation>per esempio Giornale del mattino</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="54" />
        <source>One feed address (RSS or Atom) per line</source>
        <translation>Un indirizzo di feed (RSS o Atom) per riga</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="56" />
        <source>Import &amp;OPML…</source>
        <translation>Importa &amp;OPML…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="64" />
        <source>Paper &amp;name:</source>
        <translation>&amp;Nome del giornale:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="65" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="66" />
        <source>&amp;Feeds:</source>
        <translation>&amp;Feed:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="98" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="117" />
        <source>Import OPML</source>
        <translation>Importa OPML</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="117" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>File OPML (*.opml *.xml);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="124" />
        <source>Give the paper a name.</source>
        <translation>Dai un nome al giornale.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="127" />
        <source>Paste at least one feed address, or import an OPML file.</source>
        <translation>Incolla almeno un indirizzo di feed, o importa un file OPML.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/dialog.py" line="130" />
        <source>Not an http(s) address: %1</source>
        <translation>Non è un indirizzo http(s): %1</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/edicola/ui/shell/application.py" line="92" />
        <source>Something went wrong (%1). The details are in %2.</source>
        <translation>Qualcosa è andato storto (%1). I dettagli sono in %2.</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="36" />
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="40" />
        <source>By %1</source>
        <translation>Di %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/article_page.py" line="45" />
        <source>%n min read</source>
        <translation><numerusform>%n min di lettura</numerusform><numerusform>%n min di lettura</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="111" />
        <source>No. %1</source>
        <translation>N. %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_page.py" line="106" />
        <source>This article cannot be shown.</source>
        <translation>Questo articolo non può essere mostrato.</translation>
    </message>
</context>
<context>
    <name>ArticleStructure</name>
    <message>
        <location filename="../../app/edicola/ui/reader/structure.py" line="52" />
        <source>Sections: %1.</source>
        <translation>Sezioni: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/structure.py" line="59" />
        <source>%n picture(s), %1 with a caption.</source>
        <translation><numerusform>%n immagine, %1 con didascalia.</numerusform><numerusform>%n immagini, %1 con didascalia.</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/structure.py" line="70" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/structure.py" line="75" />
        <source>A list of %n article(s); press Tab to go through them.</source>
        <translation><numerusform>Un elenco di %n articolo; premi Tab per scorrerli.</numerusform><numerusform>Un elenco di %n articoli; premi Tab per scorrerli.</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../app/edicola/ui/reader/article_view.py" line="38" />
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/article_view.py" line="50" />
        <source>Article: %1</source>
        <translation>Articolo: %1</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="331" />
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="62" />
        <source>Recently read</source>
        <translation>Letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="59" />
        <source>Highlights and bookmarks</source>
        <translation>Evidenziazioni e segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="85" />
        <source>E&amp;xport bookmarks…</source>
        <translation>E&amp;sporta i segnalibri…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="87" />
        <source>&amp;Import bookmarks…</source>
        <translation>&amp;Importa segnalibri…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="101" />
        <source>Bookmarked</source>
        <translation>Nei segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="101" />
        <source>Bookmark</source>
        <translation>Segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="108" />
        <source>Edit bookmark</source>
        <translation>Modifica il segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="108" />
        <source>Bookmark this article</source>
        <translation>Aggiungi l'articolo ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="143" />
        <source>Bookmark removed.</source>
        <translation>Segnalibro rimosso.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="156" />
        <source>Bookmarked.</source>
        <translation>Aggiunto ai segnalibri.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="206" />
        <source>Removed (Ctrl+Z to undo).</source>
        <translation>Rimosso (Ctrl+Z per annullare).</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="217" />
        <source>Export as Markdown into a folder</source>
        <translation>Esporta in Markdown in una cartella</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="222" />
        <source>Export highlights and bookmarks</source>
        <translation>Esporta evidenziazioni e segnalibri</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="240" />
        <source>%n mark(s) exported to %1</source>
        <translation>
            <numerusform>%n elemento esportato in %1</numerusform>
            <numerusform>%n elementi esportati in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="245" />
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="255" />
        <source>Edicola bookmarks (*.json)</source>
        <translation>Segnalibri di Edicola (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="256" />
        <source>Browser bookmarks (*.html *.htm)</source>
        <translation>Segnalibri del browser (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="263" />
        <source>Export bookmarks</source>
        <translation>Esporta i segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="234" />
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="281" />
        <source>Could not write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="286" />
        <source>Bookmarks exported to %1</source>
        <translation>Segnalibri esportati in %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="291" />
        <source>Import bookmarks</source>
        <translation>Importa segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="306" />
        <source>Could not read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="313" />
        <source>Bookmarks imported: %n added</source>
        <translation>
            <numerusform>Segnalibri importati: %n aggiunto</numerusform>
            <numerusform>Segnalibri importati: %n aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="315" />
        <source>%n updated</source>
        <translation>
            <numerusform>%n aggiornato</numerusform>
            <numerusform>%n aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="317" />
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n invariato</numerusform>
            <numerusform>%n invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/wiring.py" line="319" />
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
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="30" />
        <source>Edit bookmark</source>
        <translation>Modifica il segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="30" />
        <source>Bookmark article</source>
        <translation>Aggiungi ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="38" />
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (facoltativa):</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="42" />
        <source>Why you want to find this again</source>
        <translation>Perché vuoi ritrovarlo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="43" />
        <source>Bookmark note</source>
        <translation>Nota del segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/dialog.py" line="52" />
        <source>&amp;Remove bookmark</source>
        <translation>&amp;Rimuovi il segnalibro</translation>
    </message>
</context>
<context>
    <name>BookmarksView</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="93" />
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="79" />
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="81" />
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="91" />
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="150" />
        <source>Highlights and bookmarks</source>
        <translation>Evidenziazioni e segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="84" />
        <source>Search passages, notes and titles</source>
        <translation>Cerca nei passi, nelle note e nei titoli</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="85" />
        <source>Search highlights and bookmarks</source>
        <translation>Cerca tra evidenziazioni e segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="89" />
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="92" />
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="98" />
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="99" />
        <source>Any colour</source>
        <translation>Tutti i colori</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="105" />
        <source>Sort</source>
        <translation>Ordina</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="107" />
        <source>Newest first</source>
        <translation>Prima i più recenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="108" />
        <source>By edition</source>
        <translation>Per edizione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="109" />
        <source>By publication</source>
        <translation>Per testata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="110" />
        <source>By colour</source>
        <translation>Per colore</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="120" />
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="122" />
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="172" />
        <source>E&amp;xport</source>
        <translation>E&amp;sporta</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="173" />
        <source>Export the marks listed</source>
        <translation>Esporta gli elementi elencati</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="177" />
        <source>Markdown for Obsidian (a file per edition)…</source>
        <translation>Markdown per Obsidian (un file per edizione)…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="178" />
        <source>Web Annotation (JSON-LD)…</source>
        <translation>Web Annotation (JSON-LD)…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="179" />
        <source>Readwise (CSV)…</source>
        <translation>Readwise (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="225" />
        <source>Nothing matches.</source>
        <translation>Nessun risultato.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="228" />
        <source>No highlights or bookmarks yet: select a passage and press H, or press Ctrl+D while reading an article.</source>
        <translation>Ancora nessuna evidenziazione né segnalibro: seleziona un passo e premi H, oppure premi Ctrl+D mentre leggi un articolo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/bookmarks/view.py" line="233" />
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleOpener</name>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="64" />
        <source>Open edition</source>
        <translation>Apri edizione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="66" />
        <source>Editions (*.edicola);;All files (*)</source>
        <translation>Edizioni (*.edicola);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="92" />
        <source>the file is not there (moved or deleted?)</source>
        <translation>il file non c'è (spostato o eliminato?)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="97" />
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="100" />
        <source>Opening an edition</source>
        <translation>Apertura di un'edizione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="135" />
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/open_bundle.py" line="150" />
        <source>Edicola</source>
        <translation>Edicola</translation>
    </message>
</context>
<context>
    <name>CatalogBar</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="30" />
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="44" />
        <source>Catalogs</source>
        <translation>Cataloghi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="33" />
        <source>&amp;Add catalog…</source>
        <translation>&amp;Aggiungi catalogo…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="36" />
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_bar.py" line="38" />
        <source>Allow unsigned for this catalog</source>
        <translation>Accetta non firmati per questo catalogo</translation>
    </message>
</context>
<context>
    <name>CatalogClient</name>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="118" />
        <source>{url}: this is a news feed (RSS or Atom), not a catalog: follow it with Follow news sites…</source>
        <translation>{url}: questo è un feed di notizie (RSS o Atom), non un catalogo: seguilo con Segui siti di notizie…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="126" />
        <source>{url}: this is a web page (HTML), not a catalog; ask the publisher for the address of its catalog.json</source>
        <translation>{url}: questa è una pagina web (HTML), non un catalogo; chiedi all'editore l'indirizzo del suo catalog.json</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="141" />
        <source>{url}: the catalog is not signed; refused (to accept it anyway, tick "Allow unsigned for this catalog" in the Newsstand, or run 'edicola catalog URL --allow-unsigned')</source>
        <translation>{url}: il catalogo non è firmato; rifiutato (per accettarlo comunque, spunta "Accetta non firmati per questo catalogo" nell'Edicola, oppure esegui 'edicola catalog URL --allow-unsigned')</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="154" />
        <source>{url}: the catalog names no publisher key</source>
        <translation>{url}: il catalogo non indica la chiave dell'editore</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="161" />
        <source>{url}: WARNING: the publisher key changed (pinned {old}, now {new}); refused. If the publisher really changed key, remove and re-add the catalog</source>
        <translation>{url}: ATTENZIONE: la chiave dell'editore è cambiata (memorizzata {old}, ora {new}); rifiutato. Se l'editore ha davvero cambiato chiave, rimuovi e aggiungi di nuovo il catalogo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/catalog_client.py" line="177" />
        <source>{url}: signature refused: {why}</source>
        <translation>{url}: firma rifiutata: {why}</translation>
    </message>
</context>
<context>
    <name>ComfortSettingsPage</name>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="30" />
        <source>Source Serif (newspaper)</source>
        <translation>Source Serif (da giornale)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="31" />
        <source>Atkinson Hyperlegible (easier to tell letters apart)</source>
        <translation>Atkinson Hyperlegible (lettere più facili da distinguere)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="34" />
        <source>System sans serif</source>
        <translation>Sans serif di sistema</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="47" />
        <source>Reading comfort</source>
        <translation>Comfort di lettura</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="64" />
        <source>%1 characters</source>
        <translation>%1 caratteri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="69" />
        <source>For the article and the front page. Atkinson Hyperlegible tells apart letters that are easily confused (I l 1, O 0); wider spacing and shorter lines help some readers with dyslexia or low vision.</source>
        <translation>Per l'articolo e la prima pagina. Atkinson Hyperlegible distingue le lettere che si confondono facilmente (I l 1, O 0); una spaziatura più ampia e righe più corte aiutano alcuni lettori con dislessia o ipovisione.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="81" />
        <source>T&amp;ypeface:</source>
        <translation>&amp;Carattere:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="82" />
        <source>Lette&amp;r spacing:</source>
        <translation>Spa&amp;ziatura lettere:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="84" />
        <source>Line len&amp;gth:</source>
        <translation>Lun&amp;ghezza riga:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="83" />
        <source>&amp;Word spacing:</source>
        <translation>Spaziatura &amp;parole:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/comfort_page.py" line="88" />
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="53" />
        <source>This publication has no comment server; your comments are kept here.</source>
        <translation>Questa testata non ha un server dei commenti; i tuoi commenti restano qui.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="83" />
        <source>Cancel reply</source>
        <translation>Annulla la risposta</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="98" />
        <source>Your comment</source>
        <translation>Il tuo commento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="99" />
        <source>Write a comment… (Ctrl+Enter sends)</source>
        <translation>Scrivi un commento… (Ctrl+Invio per inviare)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="109" />
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="110" />
        <source>your name (optional)</source>
        <translation>il tuo nome (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="115" />
        <source>Your email (optional, never shown)</source>
        <translation>La tua email (facoltativa, mai mostrata)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="116" />
        <source>email (optional, never shown)</source>
        <translation>email (facoltativa, mai mostrata)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="119" />
        <source>Commenting &amp;as</source>
        <translation>Commenta &amp;come</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="124" />
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="126" />
        <source>Send the comment</source>
        <translation>Invia il commento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/composer.py" line="165" />
        <source>Replying to %1</source>
        <translation>Risposta a %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/composer.py" line="187" />
        <source>%n character(s) too many</source>
        <translation>
            <numerusform>%n carattere di troppo</numerusform>
            <numerusform>%n caratteri di troppo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/composer.py" line="190" />
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
        <location filename="../../app/edicola/ui/comments/labels.py" line="20" />
        <source>Draft</source>
        <extracomment>Every label, for lupdate; must equal ``LABELS`` plus ``NO_SERVER_LABEL``, ``SERVER_SILENT_LABEL`` and ``NOT_TRIED_LABEL``.</extracomment>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="21" />
        <source>Waiting for network</source>
        <translation>In attesa della rete</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="22" />
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="23" />
        <source>Checking whether it arrived</source>
        <translation>Verifica dell'arrivo in corso</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="24" />
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="25" />
        <source>Waiting for moderation</source>
        <translation>In attesa di moderazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="26" />
        <source>Not accepted</source>
        <translation>Non accettato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="27" />
        <source>Saved here until the publication has a comments server</source>
        <translation>Conservato qui finché la testata non avrà un server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="28" />
        <source>The comment server does not answer</source>
        <translation>Il server dei commenti non risponde</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/labels.py" line="29" />
        <source>Waiting to be sent</source>
        <translation>In attesa di essere inviato</translation>
    </message>
</context>
<context>
    <name>CommentsController</name>
    <message>
        <location filename="../../app/edicola/ui/comments/wiring.py" line="61" />
        <source>Comment &amp;outbox</source>
        <translation>&amp;Posta in uscita dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/wiring.py" line="64" />
        <source>&amp;Write a comment</source>
        <translation>Scrivi un &amp;commento</translation>
    </message>
</context>
<context>
    <name>CommentsList</name>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="150" />
        <source>Comments on this article</source>
        <translation>Commenti all'articolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="181" />
        <source>No comments yet.</source>
        <translation>Ancora nessun commento.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="185" />
        <source>Your comments</source>
        <translation>I tuoi commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="205" />
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="208" />
        <source>you</source>
        <translation>tu</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="211" />
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="211" />
        <source>Reply to %1</source>
        <translation>Rispondi a %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="218" />
        <source>You</source>
        <translation>Tu</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="221" />
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="231" />
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="233" />
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="236" />
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="236" />
        <source>Edit this comment</source>
        <translation>Modifica questo commento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="239" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="239" />
        <source>Delete this comment</source>
        <translation>Elimina questo commento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="243" />
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/thread.py" line="243" />
        <source>Send this comment</source>
        <translation>Invia questo commento</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="67" />
        <location filename="../../app/edicola/ui/comments/panel.py" line="247" />
        <source>Comments</source>
        <extracomment>Opening an article refetches its thread when the cached copy is older than this.</extracomment>
        <translation>Commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="122" />
        <source>Show or hide the comments</source>
        <translation>Mostra o nascondi i commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="125" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="127" />
        <source>Refresh the comments</source>
        <translation>Aggiorna i commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="129" />
        <source>Comment server…</source>
        <translation>Server dei commenti…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="194" />
        <source>Comments go to %1 (%2)</source>
        <translation>I commenti vanno a %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="249" />
        <source>Comments (%1)</source>
        <translation>Commenti (%1)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="257" />
        <source>New comment server to confirm</source>
        <translation>Nuovo server dei commenti da confermare</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="259" />
        <source>No comment server</source>
        <translation>Nessun server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="261" />
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="265" />
        <source>Not fetched yet</source>
        <translation>Non ancora scaricati</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="267" />
        <source>as of %1</source>
        <translation>aggiornati al %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="287" />
        <location filename="../../app/edicola/ui/comments/panel.py" line="377" />
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="306" />
        <source>Not accepted: %1 — edit it and send again.</source>
        <translation>Non accettato: %1 — modificalo e invialo di nuovo.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="318" />
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="319" />
        <source>a comment</source>
        <translation>un commento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="332" />
        <source>This comment is being sent and can no longer be changed.</source>
        <translation>Questo commento è in invio e non si può più modificare.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="361" />
        <source>Delete comment</source>
        <translation>Elimina il commento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="362" />
        <source>Delete this comment? Its text cannot be recovered.</source>
        <translation>Eliminare questo commento? Il testo non si potrà recuperare.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/panel.py" line="425" />
        <source>could not refresh: %1</source>
        <translation>aggiornamento non riuscito: %1</translation>
    </message>
</context>
<context>
    <name>CommentsServerDialog</name>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="40" />
        <source>Comment server</source>
        <translation>Server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="42" />
        <source>Where comments on %1 are sent:</source>
        <translation>Dove vanno i commenti su %1:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="45" />
        <source>none declared</source>
        <translation>nessuno dichiarato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="47" />
        <source>The publication's own (%1)</source>
        <translation>Quello della testata (%1)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="50" />
        <source>This server:</source>
        <translation>Questo server:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="54" />
        <source>Comment server address</source>
        <translation>Indirizzo del server dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="56" />
        <source>None: keep my comments here</source>
        <translation>Nessuno: tieni qui i miei commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/server_dialog.py" line="95" />
        <source>Enter an http:// or https:// address.</source>
        <translation>Inserisci un indirizzo http:// o https://.</translation>
    </message>
</context>
<context>
    <name>CoverWall</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="44" />
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="51" />
        <source>Covers</source>
        <translation>Copertine</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="78" />
        <source>Be told about new editions of this publication</source>
        <translation>Ricevi un avviso per le nuove edizioni di questa testata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="80" />
        <source>Subscription…</source>
        <translation>Abbonamento…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="83" />
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="180" />
        <source>Show older editions</source>
        <translation>Mostra le edizioni precedenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="109" />
        <source>All publications</source>
        <translation>Tutte le testate</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="174" />
        <source>Following %1</source>
        <translation>Segui già %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="174" />
        <source>Follow %1</source>
        <translation>Segui %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall.py" line="178" />
        <source>Loading older editions…</source>
        <translation>Caricamento delle edizioni precedenti…</translation>
    </message>
</context>
<context>
    <name>DeviceChoice</name>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="53" />
        <source>Send to device</source>
        <translation>Invia al dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="54" />
        <source>Several e-readers are mounted. Send to:</source>
        <translation>Sono collegati più e-reader. Invia a:</translation>
    </message>
</context>
<context>
    <name>DownloadMessages</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="46" />
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="51" />
        <source>Accept the new publisher…</source>
        <translation>Accetta il nuovo editore…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="56" />
        <source>Follow news sites…</source>
        <translation>Segui siti di notizie…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/download_messages.py" line="60" />
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>Downloader</name>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="39" />
        <source>the server stopped sending data</source>
        <translation>il server ha smesso di inviare dati</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="45" />
        <source>the server is sending too slowly (under {rate} KiB/s)</source>
        <translation>il server invia troppo lentamente (meno di {rate} KiB/s)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="53" />
        <source>the server sent more bytes than the catalog lists</source>
        <translation>il server ha inviato più byte di quanti ne indichi il catalogo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="61" />
        <source>the server answered the wrong byte range</source>
        <translation>il server ha risposto con un intervallo di byte sbagliato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="69" />
        <source>the server refused to resume (HTTP 416)</source>
        <translation>il server ha rifiutato di riprendere (HTTP 416)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="77" />
        <source>incomplete download: {got} of {size} bytes</source>
        <translation>download incompleto: {got} di {size} byte</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/downloader.py" line="351" />
        <source>cannot fetch the signature: {why}</source>
        <translation>impossibile scaricare la firma: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="90" />
        <source>size does not match the catalog</source>
        <translation>la dimensione non corrisponde al catalogo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="96" />
        <source>SHA-256 does not match the catalog (damaged or altered)</source>
        <translation>lo SHA-256 non corrisponde al catalogo (file danneggiato o alterato)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="105" />
        <source>the edition is not signed</source>
        <translation>l'edizione non è firmata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="111" />
        <source>no publisher key to check the signature</source>
        <translation>nessuna chiave dell'editore per verificare la firma</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/download_checks.py" line="121" />
        <source>bad signature: {why}</source>
        <translation>firma non valida: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/net/downloader.py" line="427" />
        <source>cannot import: {why}</source>
        <translation>impossibile importare: {why}</translation>
    </message>
</context>
<context>
    <name>EditPaperDialog</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="48" />
        <source>Edit “%1”</source>
        <translation>Modifica «%1»</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="60" />
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="60" />
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="69" />
        <source>Another feed address (RSS or Atom)</source>
        <translation>Un altro indirizzo di feed (RSS o Atom)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="70" />
        <source>&amp;Add feed</source>
        <translation>&amp;Aggiungi feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="74" />
        <source>&amp;Remove feed</source>
        <translation>&amp;Togli feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="82" />
        <source>Paper &amp;name:</source>
        <translation>&amp;Nome del giornale:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="83" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="84" />
        <source>&amp;Update:</source>
        <translation>A&amp;ggiorna:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="97" />
        <source>Sections, one per feed (double-click a title to rename it):</source>
        <translation>Sezioni, una per feed (doppio clic su un titolo per rinominarlo):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="107" />
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>ogni %n minuto</numerusform>
            <numerusform>ogni %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="108" />
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>ogni %n ora</numerusform>
            <numerusform>ogni %n ore</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="138" />
        <source>Not an http(s) address: %1</source>
        <translation>Non è un indirizzo http(s): %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="141" />
        <source>This paper follows %1 already.</source>
        <translation>Questo giornale segue già %1.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="174" />
        <source>Give the paper a name.</source>
        <translation>Dai un nome al giornale.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/paper_dialog.py" line="177" />
        <source>A paper needs at least one feed.</source>
        <translation>Un giornale ha bisogno di almeno un feed.</translation>
    </message>
</context>
<context>
    <name>EditionDrops</name>
    <message>
        <location filename="../../app/edicola/ui/shell/edition_drops.py" line="83" />
        <source>Not an edition (a .edicola file): %1</source>
        <translation>Non è un'edizione (un file .edicola): %1</translation>
    </message>
</context>
<context>
    <name>EditionList</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="65" />
        <source>Publications and editions</source>
        <translation>Testate ed edizioni</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>Edition</source>
        <translation>Edizione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="67" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="153" />
        <source>%n new</source>
        <translation>
            <numerusform>%n nuova</numerusform>
            <numerusform>%n nuove</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="160" />
        <source>Following</source>
        <translation>Segui già</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="160" />
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="164" />
        <source>Be told about new editions of this publication</source>
        <translation>Ricevi un avviso per le nuove edizioni di questa testata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="166" />
        <source>Subscription…</source>
        <translation>Abbonamento…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="181" />
        <source>Loading older editions…</source>
        <translation>Caricamento delle edizioni precedenti…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/edition_list.py" line="183" />
        <source>Show older editions</source>
        <translation>Mostra le edizioni precedenti</translation>
    </message>
</context>
<context>
    <name>EditionRemoval</name>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="102" />
        <source>Remove &amp;edition…</source>
        <translation>Rimuovi l'&amp;edizione…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="160" />
        <source>Edition removed.</source>
        <translation>Edizione rimossa.</translation>
    </message>
</context>
<context>
    <name>ElsewherePanel</name>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="27" />
        <source>On your other devices</source>
        <translation>Sui tuoi altri dispositivi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="31" />
        <source>Editions on your other devices</source>
        <translation>Edizioni sui tuoi altri dispositivi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="45" />
        <source>%1, %2 — on %3</source>
        <translation>%1, %2 — su %3</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="50" />
        <source>Open its catalog: %1</source>
        <translation>Apri il suo catalogo: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/elsewhere_panel.py" line="52" />
        <source>Not from a catalog: copy it from that device</source>
        <translation>Non viene da un catalogo: copiala da quel dispositivo</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="72" />
        <source>Export edition as EP&amp;UB…</source>
        <translation>Esporta l'edizione in EP&amp;UB…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="74" />
        <source>Send to &amp;device…</source>
        <translation>Invia al &amp;dispositivo…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="120" />
        <source>Exporting “%1”…</source>
        <translation>Esportazione di «%1» in corso…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="130" />
        <source>Export edition as EPUB</source>
        <translation>Esporta l'edizione in EPUB</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="132" />
        <source>EPUB books (*.epub)</source>
        <translation>Libri EPUB (*.epub)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="146" />
        <source>Exported “%1” to %2 (%3).</source>
        <translation>«%1» esportata in %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="149" />
        <source>Could not export “%1”: %2</source>
        <translation>Impossibile esportare «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="170" />
        <source>Could not look for e-readers: %1</source>
        <translation>Impossibile cercare gli e-reader: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="196" />
        <source>Send to a folder</source>
        <translation>Invia a una cartella</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="219" />
        <source>Sending “%1” to %2…</source>
        <translation>Invio di «%1» a %2 in corso…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="231" />
        <source>Sent “%1” to %2.</source>
        <translation>«%1» inviata a %2.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="235" />
        <source>“%1” is already on %2.</source>
        <translation>«%1» è già su %2.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/wiring.py" line="238" />
        <source>Could not send “%1” to %2: %3</source>
        <translation>Impossibile inviare «%1» a %2: %3</translation>
    </message>
</context>
<context>
    <name>ExportSettingsPage</name>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="34" />
        <source>E-readers</source>
        <translation>E-reader</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="37" />
        <source>&amp;Export new editions of the followed publications as EPUB into:</source>
        <translation>&amp;Esporta in EPUB le nuove edizioni delle testate seguite nella cartella:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="42" />
        <source>a folder synced to your e-reader</source>
        <translation>una cartella sincronizzata con il tuo e-reader</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="43" />
        <location filename="../../app/edicola/ui/export/settings_page.py" line="89" />
        <source>Export folder</source>
        <translation>Cartella di esportazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="44" />
        <source>C&amp;hoose…</source>
        <translation>S&amp;cegli…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/settings_page.py" line="48" />
        <source>Each new edition of a publication you follow is written there as EPUB once it is in your library: for a folder your e-reader or its cloud syncs.</source>
        <translation>Ogni nuova edizione di una testata che segui vi viene scritta in EPUB appena entra nella biblioteca: per una cartella che il tuo e-reader o il suo cloud sincronizza.</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="72" />
        <source>&amp;Feeds</source>
        <translation>&amp;Feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="73" />
        <source>&amp;Follow news sites…</source>
        <translation>&amp;Segui siti di notizie…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="109" />
        <source>Add &amp;feeds…</source>
        <translation>Aggiungi &amp;feed…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="157" />
        <source>No edition yet: the first one is being made, it opens here when ready.</source>
        <translation>Ancora nessuna edizione: la prima è in preparazione, si apre da qui quando è pronta.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="159" />
        <source>No edition yet: %1</source>
        <translation>Ancora nessuna edizione: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="161" />
        <source>No edition yet: press Update now to make the first one.</source>
        <translation>Ancora nessuna edizione: premi Aggiorna ora per preparare la prima.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="163" />
        <source>No edition yet: every feed failed (each says why on its line).</source>
        <translation>Ancora nessuna edizione: nessun feed ha risposto (ognuno dice perché sulla sua riga).</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="165" />
        <source>No edition yet: the feeds have no items.</source>
        <translation>Ancora nessuna edizione: i feed sono vuoti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="168" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="170" />
        <source>No edition yet: %1, all older than %2 (max_age_days).</source>
        <translation>Ancora nessuna edizione: %1, tutte più vecchie di %2 (max_age_days).</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="174" />
        <source>No edition yet: nothing new was found in the feeds.</source>
        <translation>Ancora nessuna edizione: nei feed non c'è nulla di nuovo.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="226" />
        <source>Import OPML</source>
        <translation>Importa OPML</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="228" />
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>File OPML (*.opml *.xml);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="235" />
        <source>Edicola feeds</source>
        <translation>Feed di Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="240" />
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="250" />
        <source>Export OPML</source>
        <translation>Esporta OPML</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="242" />
        <source>OPML files (*.opml)</source>
        <translation>File OPML (*.opml)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="259" />
        <source>Stop following</source>
        <translation>Smetti di seguire</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="260" />
        <source>Stop following “%1”? Its editions stay in the library.</source>
        <translation>Smettere di seguire «%1»? Le sue edizioni restano nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="270" />
        <source>updating…</source>
        <translation>aggiornamento…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="285" />
        <source>nothing new</source>
        <translation>nessuna novità</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="290" />
        <source>importing…</source>
        <translation>importazione…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="305" />
        <source>revision %1 ready: %n new article(s)</source>
        <translation>
            <numerusform>revisione %1 pronta: %n articolo nuovo</numerusform>
            <numerusform>revisione %1 pronta: %n articoli nuovi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="312" />
        <source>every feed failed; the last edition stays</source>
        <translation>nessun feed ha risposto; resta l'ultima edizione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="313" />
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
</context>
<context>
    <name>FeedsView</name>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="51" />
        <location filename="../../app/edicola/ui/feeds/view.py" line="54" />
        <source>Feeds</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="55" />
        <source>&amp;Read</source>
        <translation>&amp;Leggi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="58" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="61" />
        <source>&amp;Add feeds…</source>
        <translation>&amp;Aggiungi feed…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="63" />
        <source>&amp;Update now</source>
        <translation>&amp;Aggiorna ora</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="66" />
        <source>&amp;OPML</source>
        <translation>&amp;OPML</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="69" />
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importa OPML…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="70" />
        <source>E&amp;xport OPML…</source>
        <translation>E&amp;sporta OPML…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="72" />
        <source>&amp;Stop following</source>
        <translation>&amp;Smetti di seguire</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="86" />
        <source>Enter or a double-click opens a paper's newest edition. Esc returns to reading.</source>
        <translation>Invio o un doppio clic apre l'edizione più recente di un giornale. Esc torna alla lettura.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="95" />
        <source>Papers and their feeds</source>
        <translation>I giornali e i loro feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="96" />
        <source>Paper / feed</source>
        <translation>Giornale / feed</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="96" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="104" />
        <source>Follow the RSS or Atom feeds of the sites you read: Edicola makes a daily paper of them, with the full text and pictures, to read offline.</source>
        <translation>Segui i feed RSS o Atom dei siti che leggi: Edicola ne fa un giornale quotidiano, con il testo completo e le immagini, da leggere senza rete.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="147" />
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="205" />
        <source>fetching…</source>
        <translation>scaricamento…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="207" />
        <source>no change since the last update</source>
        <translation>nessuna novità dall'ultimo aggiornamento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="209" />
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="214" />
        <source>full text: %1 of %2</source>
        <translation>testo completo: %1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/view.py" line="219" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n notizia</numerusform>
            <numerusform>%n notizie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/view.py" line="220" />
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nuova</numerusform>
            <numerusform>%n nuove</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/feeds/view.py" line="232" />
        <source>Feeds · Esc returns to reading</source>
        <translation>Feed · Esc torna alla lettura</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="25" />
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="26" />
        <source>Find in article</source>
        <translation>Trova nell'articolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="33" />
        <source>Previous match</source>
        <translation>Risultato precedente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="34" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Risultato precedente (Maiusc+Invio)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="38" />
        <source>Next match</source>
        <translation>Risultato successivo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="39" />
        <source>Next match (Enter)</source>
        <translation>Risultato successivo (Invio)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="43" />
        <source>Close find</source>
        <translation>Chiudi la ricerca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="44" />
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="72" />
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/find_bar.py" line="75" />
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <location filename="../../app/edicola/ui/reader/front_page.py" line="31" />
        <source>Front page</source>
        <translation>Prima pagina</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/front_page.py" line="41" />
        <source>Front page: %1</source>
        <translation>Prima pagina: %1</translation>
    </message>
</context>
<context>
    <name>Highlights</name>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="29" />
        <source>Yellow</source>
        <translation>Giallo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="30" />
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="31" />
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/highlight_colors.py" line="32" />
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="59" />
        <source>Highlight &amp;colour</source>
        <translation>&amp;Colore dell'evidenziatore</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="76" />
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="79" />
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="137" />
        <source>Highlighted.</source>
        <translation>Evidenziato.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="146" />
        <source>Select a passage of the article first.</source>
        <translation>Prima seleziona un passo dell'articolo.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="158" />
        <source>Select words on the page first.</source>
        <translation>Prima seleziona delle parole sulla pagina.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="204" />
        <source>Highlight deleted (Ctrl+Z to undo).</source>
        <translation>Evidenziazione eliminata (Ctrl+Z per annullare).</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/wiring.py" line="222" />
        <source>This passage is not in the article's current revision: “%1”</source>
        <translation>Questo passo non è nella versione attuale dell'articolo: «%1»</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="47" />
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="49" />
        <source>Recently read</source>
        <translation>Letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="52" />
        <source>Recently read articles</source>
        <translation>Articoli letti di recente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="56" />
        <source>Opened</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/history_view.py" line="80" />
        <source>Articles you open will be listed here.</source>
        <translation>Qui compariranno gli articoli che apri.</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../app/edicola/ui/reader/image_dialog.py" line="62" />
        <location filename="../../app/edicola/ui/reader/image_dialog.py" line="67" />
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/image_dialog.py" line="72" />
        <source>Esc or click to close</source>
        <translation>Esc o un clic per chiudere</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../app/edicola/ui/reader/library_browser.py" line="84" />
        <source>Open in browser?</source>
        <extracomment>Decoded pictures kept, in bytes: pictures are decoded at the size they are shown (``QImageReader.setScaledSize``), so this is a few pages' worth. An 8000×8000 picture decoded whole is 244 MiB; at column width it is ~2 MiB.</extracomment>
        <translation>Aprire nel browser?</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_browser.py" line="85" />
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
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="50" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="104" />
        <source>Older editions…</source>
        <translation>Edizioni precedenti…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="110" />
        <source>Show %n older edition(s)</source>
        <translation>
            <numerusform>Mostra %n edizione precedente</numerusform>
            <numerusform>Mostra %n edizioni precedenti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="188" />
        <source>read</source>
        <translation>letto</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="189" />
        <source>unread</source>
        <translation>da leggere</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/library_tree.py" line="243" />
        <source>Remove edition…</source>
        <translation>Rimuovi l'edizione…</translation>
    </message>
</context>
<context>
    <name>LinkNames</name>
    <message>
        <location filename="../../app/edicola/ui/reader/link_names.py" line="33" />
        <source>Picture, opens large</source>
        <translation>Immagine, si apre in grande</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/link_names.py" line="36" />
        <source>%1, link</source>
        <translation>%1, collegamento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="68" />
        <source>Search the library (Ctrl+L)</source>
        <translation>Cerca nella biblioteca (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="69" />
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="247" />
        <source>The new language will be used when Edicola restarts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di Edicola.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="265" />
        <source>About Edicola</source>
        <translation>Informazioni su Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/main_window.py" line="266" />
        <source>Edicola — a digital newsstand. Editions are read offline from your library.</source>
        <translation>Edicola — un'edicola digitale. Le edizioni si leggono senza rete, dalla tua biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/commands.py" line="80" />
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/commands.py" line="99" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/commands.py" line="128" />
        <location filename="../../app/edicola/ui/shell/commands.py" line="129" />
        <source>More commands</source>
        <translation>Altri comandi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/controller.py" line="194" />
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/controller.py" line="335" />
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/status.py" line="31" />
        <source>%1 · article %2 of %3</source>
        <translation>%1 · articolo %2 di %3</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/status.py" line="38" />
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/status.py" line="40" />
        <source>Unread</source>
        <translation>Da leggere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/reader/status.py" line="46" />
        <source>Contents · %n article(s)</source>
        <translation><numerusform>Sommario · %n articolo</numerusform><numerusform>Sommario · %n articoli</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/commands.py" line="70" />
        <source>Export as PDF</source>
        <translation>Esporta in PDF</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/commands.py" line="72" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/commands.py" line="82" />
        <source>Link copied: %1</source>
        <translation>Collegamento copiato: %1</translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="44" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="45" />
        <source>Passage</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="46" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="47" />
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="48" />
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="49" />
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="123" />
        <source>Bookmark</source>
        <translation>Segnalibro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="139" />
        <source>“%1” (not found in this revision)</source>
        <translation>«%1» (non trovato in questa versione)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/marks_model.py" line="144" />
        <source>Printed page %1</source>
        <translation>Pagina stampata %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="46" />
        <source>no article {id!r} in the library</source>
        <translation>nessun articolo {id!r} nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="47" />
        <source>no text selected in article {id!r}</source>
        <translation>nessun testo selezionato nell'articolo {id!r}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="48" />
        <source>no edition {id!r} in the library</source>
        <translation>nessuna edizione {id!r} nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="49" />
        <source>no highlight {id!r}</source>
        <translation>nessuna evidenziazione {id!r}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="50" />
        <source>a note may hold at most {limit} characters</source>
        <translation>una nota può contenere al massimo {limit} caratteri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="52" />
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="53" />
        <source>{file}: {field}: {message}</source>
        <translation>{file}: {field}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="54" />
        <source>invalid bundle</source>
        <translation>pacchetto non valido</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="55" />
        <source>{problem} (and %n more)</source>
        <translation><numerusform>{problem} (e %n altro)</numerusform><numerusform>{problem} (e altri %n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="56" />
        <source>{bundle}: {problem} (and %n more)</source>
        <translation><numerusform>{bundle}: {problem} (e %n altro)</numerusform><numerusform>{bundle}: {problem} (e altri %n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="57" />
        <source>{bundle}: {problem}</source>
        <translation>{bundle}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="59" />
        <source>not an Edicola bundle (format is {format!r})</source>
        <translation>non è un pacchetto di Edicola (il formato è {format!r})</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="60" />
        <source>must be a JSON object</source>
        <translation>deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="61" />
        <source>format version {version} is newer than this Edicola understands ({supported}); please update Edicola</source>
        <translation>la versione di formato {version} è più recente di quella che questa Edicola comprende ({supported}); aggiorna Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="66" />
        <source>missing: this is not an Edicola bundle</source>
        <translation>manca: questo non è un pacchetto di Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="67" />
        <source>listed in the manifest but missing from the bundle</source>
        <translation>elencato nel manifest ma assente dal pacchetto</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="68" />
        <source>size is {size} bytes, the manifest says {expected}</source>
        <translation>la dimensione è di {size} byte, il manifest dice {expected}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="69" />
        <source>sha256 does not match the manifest (damaged or altered)</source>
        <translation>lo sha256 non corrisponde al manifest (danneggiato o alterato)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="70" />
        <source>invalid UTF-8 at byte {at}</source>
        <translation>UTF-8 non valido al byte {at}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="71" />
        <source>malformed JSON at line {line}, column {column}: {why}</source>
        <translation>JSON malformato alla riga {line}, colonna {column}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="72" />
        <source>references a missing image {image!r}</source>
        <translation>rimanda a un'immagine che manca, {image!r}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="73" />
        <source>not listed in the manifest (stray file)</source>
        <translation>non elencato nel manifest (file estraneo)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="74" />
        <source>{size} bytes, over the {limit:g} MiB limit for this file</source>
        <translation>{size} byte, oltre il limite di {limit:g} MiB per questo file</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="75" />
        <source>not a PNG, JPEG, GIF or WebP image</source>
        <translation>non è un'immagine PNG, JPEG, GIF o WebP</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="76" />
        <source>refused: {why}</source>
        <translation>rifiutato: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="78" />
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="79" />
        <source>the file is {size:.1f} MiB, over the {limit:.0f} MiB limit</source>
        <translation>il file è di {size:.1f} MiB, oltre il limite di {limit:.0f} MiB</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="80" />
        <source>cannot read the file: {why}</source>
        <translation>impossibile leggere il file: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="81" />
        <source>not a zip file or a truncated one ({why})</source>
        <translation>non è un file zip, o è troncato ({why})</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="82" />
        <source>unreadable zip: {why}</source>
        <translation>zip illeggibile: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="84" />
        <source>{where}: not a valid URL ({why}), refused</source>
        <translation>{where}: non è un URL valido ({why}), rifiutato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="85" />
        <source>{where}: points to another host ({host}), refused</source>
        <translation>{where}: rimanda a un altro host ({host}), rifiutato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="86" />
        <source>{name}: larger than {limit} MiB, refused</source>
        <translation>{name}: più grande di {limit} MiB, rifiutato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="87" />
        <source>malformed JSON at line {line}: {why}</source>
        <translation>JSON malformato alla riga {line}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="88" />
        <source>{name}: version {version} is older than version {seen} already seen (a replayed or rolled-back catalog), refused</source>
        <translation>{name}: la versione {version} è più vecchia della versione {seen} già vista (un catalogo riproposto o riportato indietro), rifiutato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="92" />
        <source>{name}: expired on {when} (the publisher has not refreshed it), refused</source>
        <translation>{name}: scaduto il {when} (l'editore non l'ha aggiornato), rifiutato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="95" />
        <source>{name}: does not match the hash the catalog lists, refused</source>
        <translation>{name}: non corrisponde all'hash elencato dal catalogo, rifiutato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="96" />
        <source>{name}: {why}</source>
        <translation>{name}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="98" />
        <source>an unknown source (library from an older version)</source>
        <translation>una fonte sconosciuta (biblioteca di una versione precedente)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="99" />
        <source>a local import</source>
        <translation>un'importazione locale</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="100" />
        <source>the catalog signed with key {key}</source>
        <translation>il catalogo firmato con la chiave {key}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="101" />
        <source>the unsigned catalog {url}</source>
        <translation>il catalogo non firmato {url}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="102" />
        <source>{edition} revision {revision} of {publication!r}</source>
        <translation>{edition} revisione {revision} di {publication!r}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="104" />
        <source>from {owner}</source>
        <translation>fonte: {owner}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="105" />
        <source>set by you</source>
        <translation>scelto da te</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="107" />
        <source>the comment server {server} is on a private address and came from the catalog, not from you; not contacted</source>
        <translation>il server dei commenti {server} è su un indirizzo privato e viene dal catalogo, non da te; non contattato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="112" />
        <source>no comment with id {id}</source>
        <translation>nessun commento con id {id}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="113" />
        <source>comment {id} may already have reached the server; it can be changed only once that has been checked</source>
        <translation>il commento {id} potrebbe essere già arrivato al server; si potrà modificare solo dopo averlo verificato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="118" />
        <source>the library at {folder}</source>
        <translation>la biblioteca in {folder}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="119" />
        <source>the library</source>
        <translation>la biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="120" />
        <source>cannot open the library at {folder}: {why}</source>
        <translation>impossibile aprire la biblioteca in {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="121" />
        <source>the library database {path} is damaged (SQLite: {why}); keep the file (copy it somewhere safe, do not delete it): `sqlite3 library.db .recover` may rescue its contents</source>
        <translation>il database della biblioteca {path} è danneggiato (SQLite: {why}); conserva il file (copialo al sicuro, non cancellarlo): `sqlite3 library.db .recover` può salvarne il contenuto</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="125" />
        <source>{where} is read-only</source>
        <translation>{where} è di sola lettura</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="126" />
        <source>the disk is full; nothing was changed</source>
        <translation>il disco è pieno; non è cambiato nulla</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="127" />
        <source>{where} is locked by another Edicola process (an import or the reader); try again when it is done</source>
        <translation>{where} è bloccata da un altro processo di Edicola (un'importazione o il lettore); riprova quando avrà finito</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="131" />
        <source>cannot open the library at {folder}: permission denied or no such folder</source>
        <translation>impossibile aprire la biblioteca in {folder}: permesso negato o cartella inesistente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="134" />
        <source>no library at {folder}</source>
        <translation>nessuna biblioteca in {folder}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="135" />
        <source>cannot create the library at {folder}: {why}</source>
        <translation>impossibile creare la biblioteca in {folder}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="136" />
        <source>{path} is not a file</source>
        <translation>{path} non è un file</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="138" />
        <source>the system keyring</source>
        <translation>il portachiavi di sistema</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="139" />
        <source>{file} (mode 0600; no keyring service is running)</source>
        <translation>{file} (modo 0600; nessun servizio portachiavi attivo)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="140" />
        <source>the system keyring refused the password: {why}</source>
        <translation>il portachiavi di sistema ha rifiutato la password: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="141" />
        <source>the system keyring could not be read: {why}</source>
        <translation>impossibile leggere il portachiavi di sistema: {why}</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="142" />
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}: impossibile leggerlo ({why})</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="143" />
        <source>no sync password saved in {where}: run edicola sync setup again</source>
        <translation>nessuna password di sincronizzazione salvata in {where}: esegui di nuovo edicola sync setup</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="146" />
        <source>the saved sync credentials in {where} are damaged</source>
        <translation>le credenziali di sincronizzazione salvate in {where} sono danneggiate</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="148" />
        <source>sync is not set up for this library</source>
        <translation>la sincronizzazione non è configurata per questa biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="149" />
        <source>sync is not set up: run edicola sync setup URL --user USER</source>
        <translation>la sincronizzazione non è configurata: esegui edicola sync setup URL --user UTENTE</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="151" />
        <source>larger than the {size} bytes the manifest says</source>
        <translation>più grande dei {size} byte dichiarati dal manifest</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="153" />
        <source>{edition} imported (%n articles)</source>
        <translation><numerusform>{edition} importata (%n articolo)</numerusform><numerusform>{edition} importata (%n articoli)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="154" />
        <source>publication {publication!r} belongs to {owner}, which first brought it; this bundle comes from {source}: refused (accept the new publisher explicitly to let it replace the publication)</source>
        <translation>la testata {publication!r} è di chi l'ha portata per primo ({owner}); questo pacchetto viene da un'altra fonte ({source}): rifiutato (accetta esplicitamente il nuovo editore perché possa sostituire la testata)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="158" />
        <source>{edition} revision {revision} is already in the library</source>
        <translation>{edition} revisione {revision} è già nella biblioteca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/common/messages.py" line="159" />
        <source>{edition} updated from revision {previous} to {revision} (%n articles)</source>
        <translation><numerusform>{edition} aggiornata dalla revisione {previous} alla {revision} (%n articolo)</numerusform><numerusform>{edition} aggiornata dalla revisione {previous} alla {revision} (%n articoli)</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="162" />
        <source>carries {carried}, but the catalog announced {expected}: refused</source>
        <translation>contiene {carried}, ma il catalogo annunciava {expected}: rifiutato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/common/messages.py" line="165" />
        <source>revision {revision} is older than the library's revision {current}</source>
        <translation>la revisione {revision} è più vecchia della revisione {current} nella biblioteca</translation>
    </message>
</context>
<context>
    <name>NewEditionsExport</name>
    <message>
        <location filename="../../app/edicola/ui/export/new_editions.py" line="86" />
        <source>Could not export to %1: %2</source>
        <translation>Impossibile esportare in %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/export/new_editions.py" line="95" />
        <source>Could not export %n edition(s) to %1: %2</source>
        <translation>
            <numerusform>Impossibile esportare %n edizione in %1: %2</numerusform>
            <numerusform>Impossibile esportare %n edizioni in %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/export/new_editions.py" line="98" />
        <source>Exported %n new edition(s) to %1.</source>
        <translation>
            <numerusform>%n nuova edizione esportata in %1.</numerusform>
            <numerusform>%n nuove edizioni esportate in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsstand</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="82" />
        <source>Warning: without signatures nothing proves that editions come from the publisher. Anyone between you and the server could change them. Only allow this for a catalog you run yourself or fully trust.</source>
        <translation>Attenzione: senza firme nulla garantisce che le edizioni vengano dall'editore. Chiunque si trovi tra te e il server potrebbe modificarle. Consentilo solo per un catalogo che gestisci tu o di cui ti fidi completamente.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="104" />
        <source>Accept a new publisher?</source>
        <translation>Accettare un nuovo editore?</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="110" />
        <source>Accept the new publisher</source>
        <translation>Accetta il nuovo editore</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="171" />
        <source>all</source>
        <translation>tutte</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="65" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="66" />
        <location filename="../../app/edicola/ui/newsstand/model.py" line="71" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="70" />
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="74" />
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="76" />
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="78" />
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="55" />
        <source>Update</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="79" />
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="98" />
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="99" />
        <source>{n} kB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="110" />
        <source>downloading {p}%</source>
        <translation>download {p}%</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="114" />
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="116" />
        <source>waiting to retry</source>
        <translation>in attesa di riprovare</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="118" />
        <source>paused at {p}%</source>
        <translation>in pausa al {p}%</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="122" />
        <source>verifying</source>
        <translation>verifica</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="124" />
        <source>importing</source>
        <translation>importazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="126" />
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="128" />
        <location filename="../../app/edicola/ui/screenshots.py" line="291" />
        <source>in library</source>
        <translation>in biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="130" />
        <source>update available</source>
        <translation>aggiornamento disponibile</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/model.py" line="131" />
        <source>available</source>
        <translation>disponibile</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="31" />
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="96" />
        <source>&amp;Newsstand</source>
        <translation>&amp;Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="169" />
        <source>Not a catalog address: %1</source>
        <translation>Non è l'indirizzo di un catalogo: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="271" />
        <source>New in the newsstand: %1</source>
        <translation>Novità in edicola: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="315" />
        <source>Resuming the download of %1</source>
        <translation>Riprende il download di %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/controller.py" line="340" />
        <source>In your library: %1</source>
        <translation>Nella tua biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="55" />
        <source>“%1” came into your library from %2. This edition comes from %3.</source>
        <translation>«%1» è entrata nella tua biblioteca da %2. Questa edizione viene da %3.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="62" />
        <source>Accept only if you know the publisher moved to this catalog or changed its key. Its editions will then replace the current ones, and it will own the publication from now on. A change of comment server is still shown to you before any comment goes there.</source>
        <translation>Accetta solo se sai che l'editore si è spostato su questo catalogo o ha cambiato chiave. Le sue edizioni sostituiranno quelle attuali e da ora la testata sarà sua. Un cambio di server dei commenti ti verrà comunque mostrato prima che vi arrivi qualsiasi commento.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="31" />
        <source>a bundle you imported yourself</source>
        <translation>un pacchetto importato da te</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="38" />
        <source>the catalog “%1” (signed with key %2)</source>
        <translation>il catalogo «%1» (firmato con la chiave %2)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="42" />
        <source>a catalog signed with key %1</source>
        <translation>un catalogo firmato con la chiave %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="46" />
        <source>the unsigned catalog %1</source>
        <translation>il catalogo non firmato %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/publisher_change.py" line="49" />
        <source>an unknown source</source>
        <translation>una fonte sconosciuta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="134" />
        <source>%n downloading</source>
        <translation><numerusform>%n in download</numerusform><numerusform>%n in download</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="136" />
        <source>%n queued</source>
        <translation><numerusform>%n in coda</numerusform><numerusform>%n in coda</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/catalog_page.py" line="101" />
        <source>offline · last updated %1</source>
        <translation>offline · ultimo aggiornamento %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="45" />
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="47" />
        <source>Waiting to retry</source>
        <translation>In attesa di riprovare</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="164" />
        <source>Verifying</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="165" />
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="49" />
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="51" />
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="53" />
        <source>In library</source>
        <translation>In biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_delegate.py" line="57" />
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/wall_model.py" line="46" />
        <source>new</source>
        <translation>nuova</translation>
    </message>
</context>
<context>
    <name>NewsstandView</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="75" />
        <location filename="../../app/edicola/ui/newsstand/view.py" line="87" />
        <location filename="../../app/edicola/ui/newsstand/view.py" line="239" />
        <source>Newsstand</source>
        <translation>Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="133" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="136" />
        <source>Co&amp;vers</source>
        <translation>Co&amp;pertine</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="138" />
        <source>Show the editions as a wall of covers</source>
        <translation>Mostra le edizioni come una parete di copertine</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="140" />
        <source>L&amp;ist</source>
        <translation>&amp;Elenco</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="142" />
        <source>Show the editions as a list, by publication</source>
        <translation>Mostra le edizioni in un elenco, per testata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="161" />
        <source>All downloads</source>
        <translation>Tutti i download</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="219" />
        <source>Fetching the catalog…</source>
        <translation>Scaricamento del catalogo…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="217" />
        <source>No catalogs yet: add one with the address a publisher gives you.</source>
        <translation>Nessun catalogo: aggiungine uno con l'indirizzo che ti dà un editore.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="221" />
        <source>This catalog could not be loaded.</source>
        <translation>Non è stato possibile caricare questo catalogo.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/view.py" line="229" />
        <source>%1 (unsigned)</source>
        <translation>%1 (non firmato)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/view.py" line="243" />
        <source>Newsstand · %1 · %n edition(s)</source>
        <translation>
            <numerusform>Edicola · %1 · %n edizione</numerusform>
            <numerusform>Edicola · %1 · %n edizioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/newsstand/view.py" line="245" />
        <source>%n in your library</source>
        <translation>
            <numerusform>%n nella tua biblioteca</numerusform>
            <numerusform>%n nella tua biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoReaderBox</name>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="25" />
        <source>Send to device</source>
        <translation>Invia al dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="28" />
        <source>%1: a Kindle does not open EPUB files copied over USB. Send the EPUB with Amazon's Send to Kindle, or choose a folder.</source>
        <translation>%1: un Kindle non apre i file EPUB copiati via USB. Invia l'EPUB con Send to Kindle di Amazon, oppure scegli una cartella.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="32" />
        <source>No e-reader is mounted (Kobo, PocketBook, tolino).</source>
        <translation>Nessun e-reader è collegato (Kobo, PocketBook, tolino).</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/export/device_prompt.py" line="35" />
        <source>Choose a &amp;folder…</source>
        <translation>Scegli una &amp;cartella…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="45" />
        <source>Highlight</source>
        <translation>Evidenziazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="60" />
        <source>Not found in this revision of the article.</source>
        <translation>Non trovato in questa versione dell'articolo.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="63" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="67" />
        <source>What you think of this passage</source>
        <translation>Che cosa pensi di questo passo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="68" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="78" />
        <source>&amp;Delete highlight</source>
        <translation>&amp;Elimina l'evidenziazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/highlights/note_dialog.py" line="90" />
        <source>Colour:</source>
        <translation>Colore:</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="20" />
        <source>Show the comment outbox</source>
        <translation>Mostra la posta in uscita dei commenti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="30" />
        <source>%n comment(s) waiting</source>
        <translation>
            <numerusform>%n commento in attesa</numerusform>
            <numerusform>%n commenti in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="32" />
        <source>%n comment(s) not accepted</source>
        <translation>
            <numerusform>%n commento non accettato</numerusform>
            <numerusform>%n commenti non accettati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_indicator.py" line="34" />
        <source>All comments sent</source>
        <translation>Tutti i commenti inviati</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="51" />
        <source>Comment outbox</source>
        <translation>Posta in uscita dei commenti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="54" />
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="64" />
        <source>Comments not yet delivered</source>
        <translation>Commenti non ancora consegnati</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="60" />
        <source>Nothing waiting: every comment has been delivered.</source>
        <translation>Niente in attesa: ogni commento è stato consegnato.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="69" />
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="78" />
        <source>&amp;Open article</source>
        <translation>&amp;Apri l'articolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="79" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="80" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/outbox_view.py" line="81" />
        <source>Send &amp;now</source>
        <translation>Invia &amp;ora</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../app/edicola/ui/pages/page_canvas.py" line="58" />
        <source>Printed page</source>
        <translation>Pagina stampata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/page_canvas.py" line="77" />
        <source>This page cannot be shown</source>
        <translation>Questa pagina non può essere mostrata</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/region_names.py" line="18" />
        <source>Article on page %1</source>
        <translation>Articolo a pagina %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/region_names.py" line="21" />
        <source>%1, article on page %2</source>
        <translation>%1, articolo a pagina %2</translation>
    </message>
</context>
<context>
    <name>PageHighlights</name>
    <message>
        <location filename="../../app/edicola/ui/pages/page_highlights.py" line="86" />
        <source>Select text</source>
        <translation>Seleziona il testo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/page_highlights.py" line="90" />
        <source>Drag over words to select them (or Shift+drag); H highlights, N adds a note</source>
        <translation>Trascina sulle parole per selezionarle (o Maiusc+trascina); H evidenzia, N aggiunge una nota</translation>
    </message>
</context>
<context>
    <name>PageOutline</name>
    <message>
        <location filename="../../app/edicola/ui/reader/page_outline.py" line="187" />
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/page_outline.py" line="193" />
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/page_outline.py" line="204" />
        <source>Caption</source>
        <translation>Didascalia</translation>
    </message>
</context>
<context>
    <name>PagesController</name>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="44" />
        <source>&amp;Pages (print replica)</source>
        <translation>&amp;Pagine (edizione sfogliabile)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="48" />
        <source>Show on &amp;page</source>
        <translation>Mostra sulla &amp;pagina</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="85" />
        <source>This edition has no printed pages.</source>
        <translation>Questa edizione non ha pagine stampate.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/wiring.py" line="103" />
        <source>This article is not on the printed pages.</source>
        <translation>Questo articolo non è sulle pagine stampate.</translation>
    </message>
</context>
<context>
    <name>PagesSearchHook</name>
    <message>
        <location filename="../../app/edicola/ui/pages/search_hook.py" line="55" />
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
</context>
<context>
    <name>PagesView</name>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="53" />
        <source>Two pages</source>
        <translation>Due pagine</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="54" />
        <source>Fit page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="55" />
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="57" />
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="59" />
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="66" />
        <location filename="../../app/edicola/ui/pages/view.py" line="68" />
        <source>Go to section</source>
        <translation>Vai alla sezione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="86" />
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/pages/view.py" line="180" />
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>PendingServerRow</name>
    <message>
        <location filename="../../app/edicola/ui/comments/pending_server.py" line="19" />
        <source>Use the new server</source>
        <translation>Usa il nuovo server</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/pending_server.py" line="22" />
        <source>Keep the current one</source>
        <translation>Mantieni quello attuale</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/comments/pending_server.py" line="36" />
        <source>The publication now names %1 as its comment server. Nothing is sent there until you accept it.</source>
        <translation>La testata ora indica %1 come server dei commenti. Non vi viene inviato nulla finché non lo accetti.</translation>
    </message>
</context>
<context>
    <name>ReadAloudBar</name>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="33" />
        <source>Read aloud</source>
        <extracomment>Qt's rate is -1.0 … 1.0; the slider counts tenths.</extracomment>
        <translation>Lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="40" />
        <source>Previous paragraph</source>
        <translation>Paragrafo precedente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="46" />
        <source>Previous sentence</source>
        <translation>Frase precedente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="49" />
        <location filename="../../app/edicola/ui/speech/bar.py" line="116" />
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="51" />
        <source>Next sentence</source>
        <translation>Frase successiva</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="54" />
        <source>Next paragraph</source>
        <translation>Paragrafo successivo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="56" />
        <source>Stop reading aloud</source>
        <translation>Interrompi la lettura</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="59" />
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="66" />
        <location filename="../../app/edicola/ui/speech/bar.py" line="67" />
        <location filename="../../app/edicola/ui/speech/bar.py" line="68" />
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="116" />
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/bar.py" line="124" />
        <source>Voice for the language</source>
        <translation>Voce della lingua</translation>
    </message>
</context>
<context>
    <name>ReadAloudController</name>
    <message>
        <location filename="../../app/edicola/ui/speech/wiring.py" line="67" />
        <source>&amp;Read aloud</source>
        <translation>&amp;Leggi ad alta voce</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/wiring.py" line="71" />
        <source>Read the article aloud, then the next (Ctrl+Shift+R)</source>
        <translation>Legge l'articolo ad alta voce, poi il successivo (Ctrl+Maiusc+R)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/speech/wiring.py" line="146" />
        <source>Open an article or an edition to read it aloud.</source>
        <translation>Apri un articolo o un'edizione per ascoltarlo.</translation>
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="35" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="36" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="37" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="38" />
        <source>&amp;Go</source>
        <translation>V&amp;ai</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="39" />
        <source>&amp;Bookmarks</source>
        <translation>&amp;Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="40" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="46" />
        <source>&amp;Open edition…</source>
        <translation>&amp;Apri edizione…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="51" />
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="54" />
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Esporta in PDF…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="59" />
        <source>Copy &amp;link</source>
        <translation>Copia il &amp;collegamento</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="61" />
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="62" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="63" />
        <source>&amp;Find in article</source>
        <translation>&amp;Trova nell'articolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="65" />
        <source>&amp;Search the library</source>
        <translation>&amp;Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="69" />
        <source>Leave find, search, a view or full screen</source>
        <translation>Esci da ricerca, da una vista o da schermo intero</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="74" />
        <source>F&amp;ront page</source>
        <translation>P&amp;rima pagina</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="78" />
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="83" />
        <source>&amp;Smaller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="86" />
        <source>&amp;Normal text size</source>
        <translation>Testo di dimensione &amp;normale</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="90" />
        <source>Theme: follow the &amp;system</source>
        <translation>Tema: come il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="97" />
        <source>Theme: &amp;light</source>
        <translation>Tema: &amp;chiaro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="104" />
        <source>Theme: s&amp;epia</source>
        <translation>Tema: s&amp;eppia</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="110" />
        <source>Theme: &amp;dark</source>
        <translation>Tema: s&amp;curo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="114" />
        <source>Library &amp;panel</source>
        <translation>&amp;Pannello della biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="121" />
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="126" />
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="127" />
        <source>&amp;Forward</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="130" />
        <source>&amp;Next article</source>
        <translation>Articolo &amp;successivo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="137" />
        <source>&amp;Previous article</source>
        <translation>Articolo &amp;precedente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="143" />
        <source>Next &amp;section</source>
        <translation>Sezione s&amp;uccessiva</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="147" />
        <source>Previous s&amp;ection</source>
        <translation>Sezione p&amp;recedente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="154" />
        <source>Page &amp;down (then next article)</source>
        <translation>Pagina &amp;giù (poi articolo successivo)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="161" />
        <source>Page &amp;up (then previous article)</source>
        <translation>Pagina s&amp;u (poi articolo precedente)</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="168" />
        <source>&amp;Bookmark this article</source>
        <translation>&amp;Aggiungi ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="174" />
        <source>&amp;Highlight</source>
        <translation>&amp;Evidenzia</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="177" />
        <source>Add &amp;note</source>
        <translation>Aggiungi una &amp;nota</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="180" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/actions.py" line="182" />
        <source>&amp;About Edicola</source>
        <translation>&amp;Informazioni su Edicola</translation>
    </message>
</context>
<context>
    <name>RemoveEditionDialog</name>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="41" />
        <source>Remove edition</source>
        <translation>Rimuovi l'edizione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="43" />
        <source>Remove %1 of %2 from the library?
Its articles and pictures will be deleted from this computer.</source>
        <translation>Rimuovere %1 del %2 dalla biblioteca?
I suoi articoli e le sue immagini saranno cancellati da questo computer.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="52" />
        <source>&amp;Keep its bookmarks (%1), shown as unavailable</source>
        <translation>&amp;Mantieni i suoi segnalibri (%1), indicati come non disponibili</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/remove_edition_dialog.py" line="62" />
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>SampleImport</name>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="72" />
        <source>Preparing the sample papers…</source>
        <translation>Preparazione dei giornali di esempio…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="75" />
        <source>Sample papers</source>
        <translation>Giornali di esempio</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="98" />
        <source>Importing the sample papers…</source>
        <translation>Importazione dei giornali di esempio…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="125" />
        <source>The sample papers are in your library: %1</source>
        <translation>I giornali di esempio sono nella tua biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/samples.py" line="131" />
        <source>The sample papers could not all be imported: %1</source>
        <translation>Non è stato possibile importare tutti i giornali di esempio: %1</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../app/edicola/ui/search/wiring.py" line="41" />
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
</context>
<context>
    <name>SearchHelpButton</name>
    <message>
        <location filename="../../app/edicola/ui/search/help.py" line="54" />
        <source>Search syntax help</source>
        <translation>Guida alla sintassi di ricerca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/search/help.py" line="55" />
        <source>How to search: words, phrases, filters</source>
        <translation>Come cercare: parole, frasi, filtri</translation>
    </message>
</context>
<context>
    <name>SearchHelpPopover</name>
    <message>
        <location filename="../../app/edicola/ui/search/help.py" line="21" />
        <location filename="../../app/edicola/ui/search/help.py" line="22" />
        <source>Search syntax</source>
        <translation>Sintassi di ricerca</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/edicola/ui/search/panel.py" line="190" />
        <location filename="../../app/edicola/ui/search/panel.py" line="197" />
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/search/panel.py" line="228" />
        <source>No articles match “%1”. Try fewer words, or another form of a word.</source>
        <translation>Nessun articolo corrisponde a «%1». Prova con meno parole o con un'altra forma.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/search/panel.py" line="232" />
        <source>The %1 best matches</source>
        <translation>I %1 risultati migliori</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/search/panel.py" line="234" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="28" />
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="38" />
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="39" />
        <source>More sections</source>
        <translation>Altre sezioni</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/reader/section_bar.py" line="51" />
        <source>Contents</source>
        <translation>Sommario</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="39" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="43" />
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="51" />
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="52" />
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="53" />
        <source>Sepia</source>
        <translation>Seppia</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="54" />
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="70" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="71" />
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="72" />
        <source>Text &amp;size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="73" />
        <source>Line s&amp;pacing:</source>
        <translation>&amp;Interlinea:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/settings_dialog.py" line="74" />
        <source>A new language is used the next time Edicola starts.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di Edicola.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="30" />
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="43" />
        <source>Finding</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="45" />
        <source>Text and screen</source>
        <translation>Testo e schermo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="49" />
        <source>Keeping and sharing</source>
        <translation>Conservare e condividere</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="52" />
        <source>Views and panels</source>
        <translation>Viste e pannelli</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="54" />
        <source>Edicola</source>
        <translation>Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="70" />
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="85" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="86" />
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="86" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/shell/shortcuts_dialog.py" line="61" />
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>SubscriptionDialog</name>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="132" />
        <source>Subscription: %1</source>
        <translation>Abbonamento: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="133" />
        <source>Download new editions automatically</source>
        <translation>Scarica automaticamente le nuove edizioni</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="140" />
        <source>Older editions are deleted from the library after each update. Editions with bookmarks or comments not yet sent are always kept.</source>
        <translation>Le edizioni più vecchie vengono cancellate dalla biblioteca dopo ogni aggiornamento. Le edizioni con segnalibri o commenti non ancora inviati vengono sempre conservate.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="148" />
        <source>Keep the last (editions):</source>
        <translation>Conserva le ultime (edizioni):</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/newsstand/dialogs.py" line="149" />
        <source>Keep editions for (days):</source>
        <translation>Conserva le edizioni per (giorni):</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="38" />
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="42" />
        <source>Synced</source>
        <translation>Sincronizzato</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="47" />
        <source>Synced just now</source>
        <translation>Sincronizzato ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/sync/status_label.py" line="49" />
        <source>Synced %n min ago</source>
        <translation><numerusform>Sincronizzato %n min fa</numerusform><numerusform>Sincronizzato %n min fa</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/sync/status_label.py" line="52" />
        <source>Synced %n h ago</source>
        <translation><numerusform>Sincronizzato %n h fa</numerusform><numerusform>Sincronizzato %n h fa</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="53" />
        <source>Synced on %1</source>
        <translation>Sincronizzato il %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="60" />
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="62" />
        <source>Sync: server unreachable</source>
        <translation>Sincronizzazione: server irraggiungibile</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="64" />
        <source>Sync: enter the new passphrase</source>
        <translation>Sincronizzazione: inserisci la nuova frase segreta</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="66" />
        <source>Sync: failed</source>
        <translation>Sincronizzazione: non riuscita</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/status_label.py" line="102" />
        <source>Sync: click for Settings → Sync</source>
        <translation>Sincronizzazione: fai clic per Impostazioni → Sincronizzazione</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="67" />
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="71" />
        <source>Sync the &amp;theme and text size too</source>
        <translation>Sincronizza anche il &amp;tema e la dimensione del testo</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="97" />
        <source>&amp;Set up sync</source>
        <translation>Co&amp;nfigura la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="101" />
        <source>Positions, bookmarks, highlights, notes and follows go through your own WebDAV server (Nextcloud, Apache, nginx…), sealed with the passphrase: the server sees nothing readable. Use the same folder and passphrase on every device; a lost passphrase cannot be recovered.</source>
        <translation>Posizioni, segnalibri, evidenziazioni, note e cataloghi seguiti passano dal tuo server WebDAV (Nextcloud, Apache, nginx…), sigillati con la frase segreta: il server non vede nulla di leggibile. Usa la stessa cartella e la stessa frase segreta su ogni dispositivo; una frase segreta persa non si può recuperare.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="111" />
        <source>WebDAV &amp;folder:</source>
        <translation>&amp;Cartella WebDAV:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="112" />
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="113" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="114" />
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase segreta:</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="129" />
        <source>the new passphrase</source>
        <translation>la nuova frase segreta</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="130" />
        <source>&amp;Use this passphrase</source>
        <translation>Usa &amp;questa frase segreta</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="132" />
        <source>Sync &amp;now</source>
        <translation>Sincronizza &amp;ora</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="134" />
        <source>&amp;Forget sync here</source>
        <translation>&amp;Dimentica la sincronizzazione qui</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="136" />
        <source>and delete the folder on the server</source>
        <translation>ed elimina la cartella sul server</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="179" />
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="181" />
        <source>Folder: %1 as %2</source>
        <translation>Cartella: %1 come %2</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="182" />
        <source>This device: %1</source>
        <translation>Questo dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="183" />
        <source>Last sync: %1</source>
        <translation>Ultima sincronizzazione: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="184" />
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modifica in attesa di invio</numerusform>
            <numerusform>%n modifiche in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="187" />
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="189" />
        <source>Other device: %1</source>
        <translation>Altro dispositivo: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="191" />
        <source>Skipped file: %1</source>
        <translation>File saltato: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="213" />
        <source>folder</source>
        <translation>cartella</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="214" />
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="215" />
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="216" />
        <source>passphrase</source>
        <translation>frase segreta</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="221" />
        <source>Please fill in: %1</source>
        <translation>Compila: %1</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="223" />
        <source>Checking the server and the passphrase…</source>
        <translation>Verifica del server e della frase segreta…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="229" />
        <source>Checking the passphrase…</source>
        <translation>Verifica della frase segreta…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="237" />
        <source>Delete the sync folder</source>
        <translation>Elimina la cartella di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="239" />
        <source>Delete the sync folder on the server? Your other devices stop syncing too. What is in this library stays.</source>
        <translation>Eliminare la cartella di sincronizzazione sul server? Anche gli altri tuoi dispositivi smetteranno di sincronizzarsi. Ciò che è in questa biblioteca resta.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="245" />
        <source>Forgetting…</source>
        <translation>Rimozione in corso…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="253" />
        <source>Sync is set up; the first sync is under way.</source>
        <translation>Sincronizzazione configurata; la prima sincronizzazione è in corso.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/sync/settings_page.py" line="256" />
        <source>Sync forgotten here; this library keeps its contents.</source>
        <translation>Sincronizzazione rimossa qui; questa biblioteca conserva il suo contenuto.</translation>
    </message>
</context>
<context>
    <name>UnavailableRow</name>
    <message>
        <location filename="../../app/edicola/ui/bookmarks/unavailable_row.py" line="15" />
        <source>%1 (no longer in the library)</source>
        <translation>%1 (non più nella biblioteca)</translation>
    </message>
</context>
<context>
    <name>WelcomeController</name>
    <message>
        <location filename="../../app/edicola/ui/welcome/wiring.py" line="50" />
        <source>&amp;Try the sample papers</source>
        <translation>&amp;Prova i giornali di esempio</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/wiring.py" line="52" />
        <source>Add a publisher's &amp;catalog…</source>
        <translation>Aggiungi il &amp;catalogo di un editore…</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/wiring.py" line="63" />
        <source>Open an edition file…</source>
        <translation>Apri un file di edizione…</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="27" />
        <location filename="../../app/edicola/ui/welcome/view.py" line="28" />
        <source>Welcome to Edicola</source>
        <translation>Benvenuto in Edicola</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="32" />
        <source>Edicola keeps newspaper editions in your library and reads them offline.
Your library is empty: try the sample papers, or bring editions in.</source>
        <translation>Edicola conserva le edizioni dei giornali nella tua biblioteca e le legge senza rete.
La tua biblioteca è vuota: prova i giornali di esempio, o porta delle edizioni.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="51" />
        <source>You can also drop .edicola files on this window.</source>
        <translation>Puoi anche trascinare file .edicola su questa finestra.</translation>
    </message>
    <message>
        <location filename="../../app/edicola/ui/welcome/view.py" line="75" />
        <source>The library is empty</source>
        <translation>La biblioteca è vuota</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message numerus="yes">
        <location filename="../../app/edicola/ui/feeds/wiring.py" line="167" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n notizia</numerusform>
            <numerusform>%n notizie</numerusform>
        </translation>
    </message>
</context>
</TS>