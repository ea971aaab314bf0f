<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>ArticlePage</name>
    <message>
        <location filename="../../app/ui/article_page.py" line="50" />
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_page.py" line="54" />
        <source>By %1</source>
        <translation>Di %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_page.py" line="59" />
        <source>%1 min read</source>
        <translation>%1 min di lettura</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_page.py" line="121" />
        <source>No. %1</source>
        <translation>N. %1</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../app/ui/article_view.py" line="27" />
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/article_view.py" line="36" />
        <source>Article: %1</source>
        <translation>Articolo: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../app/ui/find_bar.py" line="25" />
        <location filename="../../app/ui/find_bar.py" line="26" />
        <source>Find in article</source>
        <translation>Trova nell'articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="33" />
        <source>Previous match</source>
        <translation>Risultato precedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="34" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Risultato precedente (Maiusc+Invio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="38" />
        <source>Next match</source>
        <translation>Risultato successivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="39" />
        <source>Next match (Enter)</source>
        <translation>Risultato successivo (Invio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="43" />
        <source>Close find</source>
        <translation>Chiudi la ricerca</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="44" />
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="72" />
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../../app/ui/find_bar.py" line="75" />
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>FrontPage</name>
    <message>
        <location filename="../../app/ui/front_page.py" line="23" />
        <source>Front page</source>
        <translation>Prima pagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/front_page.py" line="29" />
        <source>Front page: %1</source>
        <translation>Prima pagina: %1</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <location filename="../../app/ui/image_dialog.py" line="15" />
        <location filename="../../app/ui/image_dialog.py" line="20" />
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../../app/ui/image_dialog.py" line="25" />
        <source>Esc or click to close</source>
        <translation>Esc o un clic per chiudere</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <location filename="../../app/ui/library_browser.py" line="58" />
        <source>Open in browser?</source>
        <translation>Aprire nel browser?</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_browser.py" line="59" />
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
        <location filename="../../app/ui/library_tree.py" line="34" />
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_tree.py" line="102" />
        <source>read</source>
        <translation>letto</translation>
    </message>
    <message>
        <location filename="../../app/ui/library_tree.py" line="102" />
        <source>unread</source>
        <translation>da leggere</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>Search the library (Ctrl+L)</source>
        <translation>Cerca nella biblioteca (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <source>Search the library</source>
        <translation>Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_commands.py" line="62" />
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250" />
        <source>This article is no longer in the library.</source>
        <translation>Questo articolo non è più nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="384" />
        <source>%1 · article %2 of %3</source>
        <translation>%1 · articolo %2 di %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391" />
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="391" />
        <source>Unread</source>
        <translation>Da leggere</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="394" />
        <source>Front page · %1 articles</source>
        <translation>Prima pagina · %1 articoli</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432" />
        <source>Export as PDF</source>
        <translation>Esporta in PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="432" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="442" />
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="461" />
        <source>Link copied: %1</source>
        <translation>Collegamento copiato: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479" />
        <source>The new language will be used when Edicola restarts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di Edicola.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="588" />
        <source>About Edicola</source>
        <translation>Informazioni su Edicola</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="589" />
        <source>Edicola — a digital newsstand. Editions are read offline from your library.</source>
        <translation>Edicola — un'edicola digitale. Le edizioni si leggono senza rete, dalla tua biblioteca.</translation>
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="33" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="34" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="35" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="36" />
        <source>&amp;Go</source>
        <translation>V&amp;ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="37" />
        <source>&amp;Bookmarks</source>
        <translation>&amp;Segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="38" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="42" />
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="45" />
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Esporta in PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="50" />
        <source>Copy &amp;link</source>
        <translation>Copia il &amp;collegamento</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="52" />
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="53" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="54" />
        <source>&amp;Find in article</source>
        <translation>&amp;Trova nell'articolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="56" />
        <source>&amp;Search the library</source>
        <translation>&amp;Cerca nella biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="60" />
        <source>Leave find, search or full screen</source>
        <translation>Esci da ricerca o schermo intero</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="65" />
        <source>F&amp;ront page</source>
        <translation>P&amp;rima pagina</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="69" />
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="74" />
        <source>&amp;Smaller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="77" />
        <source>&amp;Normal text size</source>
        <translation>Testo di dimensione &amp;normale</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="81" />
        <source>Theme: follow the &amp;system</source>
        <translation>Tema: come il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="88" />
        <source>Theme: &amp;light</source>
        <translation>Tema: &amp;chiaro</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="95" />
        <source>Theme: s&amp;epia</source>
        <translation>Tema: s&amp;eppia</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="101" />
        <source>Theme: &amp;dark</source>
        <translation>Tema: s&amp;curo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="105" />
        <source>Library &amp;panel</source>
        <translation>&amp;Pannello della biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="112" />
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="117" />
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="118" />
        <source>&amp;Forward</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="121" />
        <source>&amp;Next article</source>
        <translation>Articolo &amp;successivo</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="128" />
        <source>&amp;Previous article</source>
        <translation>Articolo &amp;precedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="134" />
        <source>Next &amp;section</source>
        <translation>Sezione s&amp;uccessiva</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="138" />
        <source>Previous s&amp;ection</source>
        <translation>Sezione p&amp;recedente</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="145" />
        <source>Page &amp;down (then next article)</source>
        <translation>Pagina &amp;giù (poi articolo successivo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="152" />
        <source>Page &amp;up (then previous article)</source>
        <translation>Pagina s&amp;u (poi articolo precedente)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="159" />
        <source>&amp;Bookmark this article</source>
        <translation>&amp;Aggiungi ai segnalibri</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="164" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/reader_actions.py" line="166" />
        <source>&amp;About Edicola</source>
        <translation>&amp;Informazioni su Edicola</translation>
    </message>
</context>
<context>
    <name>SectionBar</name>
    <message>
        <location filename="../../app/ui/section_bar.py" line="23" />
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/section_bar.py" line="36" />
        <source>Contents</source>
        <translation>Sommario</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="38" />
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="42" />
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="50" />
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51" />
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52" />
        <source>Sepia</source>
        <translation>Seppia</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="53" />
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="65" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="66" />
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="67" />
        <source>Text &amp;size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="68" />
        <source>Line s&amp;pacing:</source>
        <translation>&amp;Interlinea:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="69" />
        <source>A new language is used the next time Edicola starts.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di Edicola.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="23" />
        <location filename="../../app/ui/shortcuts_dialog.py" line="27" />
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="28" />
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="28" />
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../app/ui/shortcuts_dialog.py" line="36" />
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
</TS>