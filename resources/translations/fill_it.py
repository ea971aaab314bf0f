"""Italian translations of the reader's strings, merged into edicola_it.ts.

Run after ``python -m edicola.i18n_build --update`` when strings change:
``python resources/translations/fill_it.py``. Only empty or unfinished
entries are filled, so corrections made in Qt Linguist are kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

IT = {
    # -- comments: panel, composer, outbox, server dialog (ui/comments/) --
    "Draft": "Bozza",
    "Waiting for network": "In attesa della rete",
    "Sending…": "Invio in corso…",
    "Checking whether it arrived": "Verifica dell'arrivo in corso",
    "Published": "Pubblicato",
    "Waiting for moderation": "In attesa di moderazione",
    "Not accepted": "Non accettato",
    "Saved here until the publication has a comments server":
        "Conservato qui finché la testata non avrà un server dei commenti",
    "This publication has no comment server; your comments are kept here.":
        "Questa testata non ha un server dei commenti; i tuoi commenti restano qui.",
    "Cancel reply": "Annulla la risposta",
    "Your comment": "Il tuo commento",
    "Write a comment… (Ctrl+Enter sends)": "Scrivi un commento… (Ctrl+Invio per inviare)",
    "Your name": "Il tuo nome",
    "your name (optional)": "il tuo nome (facoltativo)",
    "Your email (optional, never shown)": "La tua email (facoltativa, mai mostrata)",
    "email (optional, never shown)": "email (facoltativa, mai mostrata)",
    "Commenting &as": "Commenta &come",
    "&Send": "&Invia",
    "Send the comment": "Invia il commento",
    "Replying to %1": "Risposta a %1",
    "%1 characters too many": "%1 caratteri di troppo",
    "%1 characters left": "%1 caratteri disponibili",
    "Comment &outbox": "&Posta in uscita dei commenti",
    "&Write a comment": "Scrivi un &commento",
    "No comments yet.": "Ancora nessun commento.",
    "Your comments": "I tuoi commenti",
    "Anonymous": "Anonimo",
    "you": "tu",
    "Reply": "Rispondi",
    "Reply to %1": "Rispondi a %1",
    "You": "Tu",
    "reply": "risposta",
    "Reason: %1": "Motivo: %1",
    "State: %1": "Stato: %1",
    "Edit": "Modifica",
    "Edit this comment": "Modifica questo commento",
    "Delete": "Elimina",
    "Delete this comment": "Elimina questo commento",
    "Send": "Invia",
    "Send this comment": "Invia questo commento",
    "Comments": "Commenti",
    "Show or hide the comments": "Mostra o nascondi i commenti",
    "&Refresh": "&Aggiorna",
    "Refresh the comments": "Aggiorna i commenti",
    "Comment server…": "Server dei commenti…",
    "Comments (%1)": "Commenti (%1)",
    "No comment server": "Nessun server dei commenti",
    "Refreshing…": "Aggiornamento…",
    "Not fetched yet": "Non ancora scaricati",
    "as of %1": "aggiornati al %1",
    "Not sent: %1": "Non inviato: %1",
    "Not accepted: %1 — edit it and send again.": "Non accettato: %1 — modificalo e invialo di nuovo.",
    "a comment": "un commento",
    "This comment is being sent and can no longer be changed.":
        "Questo commento è in invio e non si può più modificare.",
    "Delete comment": "Elimina il commento",
    "Delete this comment? Its text cannot be recovered.":
        "Eliminare questo commento? Il testo non si potrà recuperare.",
    "could not refresh: %1": "aggiornamento non riuscito: %1",
    "Comment server": "Server dei commenti",
    "Where comments on %1 are sent:": "Dove vanno i commenti su %1:",
    "none declared": "nessuno dichiarato",
    "The publication's own (%1)": "Quello della testata (%1)",
    "This server:": "Questo server:",
    "Comment server address": "Indirizzo del server dei commenti",
    "None: keep my comments here": "Nessuno: tieni qui i miei commenti",
    "Enter an http:// or https:// address.": "Inserisci un indirizzo http:// o https://.",
    "Show the comment outbox": "Mostra la posta in uscita dei commenti",
    "1 comment waiting": "1 commento in attesa",
    "%1 comments waiting": "%1 commenti in attesa",
    "1 comment not accepted": "1 commento non accettato",
    "%1 comments not accepted": "%1 commenti non accettati",
    "All comments sent": "Tutti i commenti inviati",
    "Comment outbox": "Posta in uscita dei commenti",
    "Comments not yet delivered": "Commenti non ancora consegnati",
    "Nothing waiting: every comment has been delivered.":
        "Niente in attesa: ogni commento è stato consegnato.",
    "State": "Stato",
    "Comment": "Commento",
    "Changed": "Modificato",
    "&Open article": "&Apri l'articolo",
    "&Delete": "&Elimina",
    "Send &now": "Invia &ora",
    # -- end of comments --
    "%1 and %2": "%1 e %2",
    "By %1": "Di %1",
    "%1 min read": "%1 min di lettura",
    "No. %1": "N. %1",
    "Article": "Articolo",
    "Article: %1": "Articolo: %1",
    "Find in article": "Trova nell'articolo",
    "Previous match": "Risultato precedente",
    "Previous match (Shift+Enter)": "Risultato precedente (Maiusc+Invio)",
    "Next match": "Risultato successivo",
    "Next match (Enter)": "Risultato successivo (Invio)",
    "Close find": "Chiudi la ricerca",
    "Close (Esc)": "Chiudi (Esc)",
    "No matches": "Nessun risultato",
    "%1 of %2": "%1 di %2",
    "Front page": "Prima pagina",
    "Front page: %1": "Prima pagina: %1",
    "Picture": "Immagine",
    "Esc or click to close": "Esc o un clic per chiudere",
    "Open in browser?": "Aprire nel browser?",
    "This link leads outside the library:\n%1\n\nOpen it in your browser?":
        "Questo collegamento porta fuori dalla biblioteca:\n%1\n\nAprirlo nel browser?",
    "Library": "Biblioteca",
    "read": "letto",
    "unread": "da leggere",
    "Search the library (Ctrl+L)": "Cerca nella biblioteca (Ctrl+L)",
    "Search the library": "Cerca nella biblioteca",
    "Navigation": "Navigazione",
    "This article is no longer in the library.": "Questo articolo non è più nella biblioteca.",
    "%1 · article %2 of %3": "%1 · articolo %2 di %3",
    "Read": "Letto",
    "Unread": "Da leggere",
    "Front page · %1 articles": "Prima pagina · %1 articoli",
    "Export as PDF": "Esporta in PDF",
    "PDF documents (*.pdf)": "Documenti PDF (*.pdf)",
    "Saved %1": "Salvato %1",
    "Link copied: %1": "Collegamento copiato: %1",
    "The new language will be used when Edicola restarts.":
        "La nuova lingua sarà usata al prossimo avvio di Edicola.",
    "About Edicola": "Informazioni su Edicola",
    "Edicola — a digital newsstand. Editions are read offline from your library.":
        "Edicola — un'edicola digitale. Le edizioni si leggono senza rete, dalla tua biblioteca.",
    "&File": "&File",
    "&Edit": "&Modifica",
    "&View": "&Visualizza",
    "&Go": "V&ai",
    "&Bookmarks": "&Segnalibri",
    "&Help": "&Aiuto",
    "&Print…": "S&tampa…",
    "&Export as PDF…": "&Esporta in PDF…",
    "Copy &link": "Copia il &collegamento",
    "&Settings…": "&Impostazioni…",
    "&Quit": "&Esci",
    "&Find in article": "&Trova nell'articolo",
    "&Search the library": "&Cerca nella biblioteca",
    "Leave find, search or full screen": "Esci da ricerca o schermo intero",
    "F&ront page": "P&rima pagina",
    "&Larger text": "Testo più &grande",
    "&Smaller text": "Testo più &piccolo",
    "&Normal text size": "Testo di dimensione &normale",
    "Theme: follow the &system": "Tema: come il &sistema",
    "Theme: &light": "Tema: &chiaro",
    "Theme: s&epia": "Tema: s&eppia",
    "Theme: &dark": "Tema: s&curo",
    "Library &panel": "&Pannello della biblioteca",
    "&Full screen": "Schermo &intero",
    "&Back": "&Indietro",
    "&Forward": "&Avanti",
    "&Next article": "Articolo &successivo",
    "&Previous article": "Articolo &precedente",
    "Next &section": "Sezione s&uccessiva",
    "Previous s&ection": "Sezione p&recedente",
    "Page &down (then next article)": "Pagina &giù (poi articolo successivo)",
    "Page &up (then previous article)": "Pagina s&u (poi articolo precedente)",
    "&Bookmark this article": "&Aggiungi ai segnalibri",
    "&Keyboard shortcuts": "&Scorciatoie da tastiera",
    "&About Edicola": "&Informazioni su Edicola",
    "Sections": "Sezioni",
    "Contents": "Sommario",
    "Settings": "Impostazioni",
    "System language": "Lingua del sistema",
    "Follow the system": "Come il sistema",
    "Light": "Chiaro",
    "Sepia": "Seppia",
    "Dark": "Scuro",
    "&Language:": "&Lingua:",
    "&Theme:": "&Tema:",
    "Text &size:": "&Dimensione del testo:",
    "Line s&pacing:": "&Interlinea:",
    "A new language is used the next time Edicola starts.":
        "Una nuova lingua si applica al prossimo avvio di Edicola.",
    "Keyboard shortcuts": "Scorciatoie da tastiera",
    "Keys": "Tasti",
    "Action": "Azione",
    " or ": " o ",
    # Search, bookmarks, reading history, removing editions
    "Search results": "Risultati della ricerca",
    "Search syntax help": "Guida alla sintassi di ricerca",
    "How to search: words, phrases, filters": "Come cercare: parole, frasi, filtri",
    "Search syntax": "Sintassi di ricerca",
    "No articles match “%1”. Try fewer words, or another form of a word.":
        "Nessun articolo corrisponde a «%1». Prova con meno parole o con un'altra forma.",
    "The %1 best matches": "I %1 risultati migliori",
    "1 article": "1 articolo",
    "%1 articles": "%1 articoli",
    "Bookmarks": "Segnalibri",
    "Recently read": "Letti di recente",
    "Recently read articles": "Articoli letti di recente",
    "E&xport bookmarks…": "E&sporta i segnalibri…",
    "&Import bookmarks…": "&Importa segnalibri…",
    "★ Bookmarked": "★ Nei segnalibri",
    "☆ Bookmark": "☆ Segnalibro",
    "Edit bookmark": "Modifica il segnalibro",
    "Bookmark this article": "Aggiungi l'articolo ai segnalibri",
    "Bookmark removed.": "Segnalibro rimosso.",
    "Bookmarked.": "Aggiunto ai segnalibri.",
    "Edicola bookmarks (*.json)": "Segnalibri di Edicola (*.json)",
    "Browser bookmarks (*.html *.htm)": "Segnalibri del browser (*.html *.htm)",
    "Export bookmarks": "Esporta i segnalibri",
    "Import bookmarks": "Importa segnalibri",
    "Could not write %1: %2": "Impossibile scrivere %1: %2",
    "Could not read %1: %2": "Impossibile leggere %1: %2",
    "Bookmarks exported to %1": "Segnalibri esportati in %1",
    "Bookmarks imported: %1 added, %2 updated, %3 unchanged, %4 skipped":
        "Segnalibri importati: %1 aggiunti, %2 aggiornati, %3 invariati, %4 ignorati",
    "Bookmark article": "Aggiungi ai segnalibri",
    "&Note (optional):": "&Nota (facoltativa):",
    "Why you want to find this again": "Perché vuoi ritrovarlo",
    "Bookmark note": "Nota del segnalibro",
    "&Remove bookmark": "&Rimuovi il segnalibro",
    "Filter by title, publication or note": "Filtra per titolo, testata o nota",
    "Filter bookmarks": "Filtra i segnalibri",
    "Title": "Titolo",
    "Publication": "Testata",
    "Date": "Data",
    "Note": "Nota",
    "Opened": "Aperto",
    "&Open": "&Apri",
    "&Remove": "&Rimuovi",
    "No bookmark matches the filter.": "Nessun segnalibro corrisponde al filtro.",
    "No bookmarks yet: press Ctrl+D while reading an article.":
        "Ancora nessun segnalibro: premi Ctrl+D mentre leggi un articolo.",
    "%1 (no longer in the library)": "%1 (non più nella biblioteca)",
    "This article is no longer in the library; you can remove the bookmark.":
        "Questo articolo non è più nella biblioteca; puoi rimuovere il segnalibro.",
    "Articles you open will be listed here.": "Qui compariranno gli articoli che apri.",
    "Remove &edition…": "Rimuovi l'&edizione…",
    "Remove edition…": "Rimuovi l'edizione…",
    "Edition removed.": "Edizione rimossa.",
    "Remove edition": "Rimuovi l'edizione",
    "Remove %1 of %2 from the library?\n"
    "Its articles and pictures will be deleted from this computer.":
        "Rimuovere %1 del %2 dalla biblioteca?\n"
        "I suoi articoli e le sue immagini saranno cancellati da questo computer.",
    "&Keep its bookmarks (%1), shown as unavailable":
        "&Mantieni i suoi segnalibri (%1), indicati come non disponibili",
    # -- Newsstand --
    "Add a catalog": "Aggiungi un catalogo",
    "The address of a newsstand catalog (its catalog.json), from the publisher.":
        "L'indirizzo di un catalogo dell'edicola (il suo catalog.json), dato dall'editore.",
    "Catalog address": "Indirizzo del catalogo",
    "Allow unsigned editions from this catalog":
        "Accetta edizioni non firmate da questo catalogo",
    "Warning: without signatures nothing proves that editions come from the publisher. "
    "Anyone between you and the server could change them. Only allow this for a catalog "
    "you run yourself or fully trust.":
        "Attenzione: senza firme nulla garantisce che le edizioni vengano dall'editore. "
        "Chiunque si trovi tra te e il server potrebbe modificarle. Consentilo solo per un "
        "catalogo che gestisci tu o di cui ti fidi completamente.",
    "all": "tutte",
    "{n} MB": "{n} MB",
    "{n} kB": "{n} kB",
    "downloading {p}%": "download {p}%",
    "queued": "in coda",
    "waiting to retry": "in attesa di riprovare",
    "paused at {p}%": "in pausa al {p}%",
    "verifying": "verifica",
    "failed": "non riuscito",
    "in library": "in biblioteca",
    "update available": "aggiornamento disponibile",
    "available": "disponibile",
    "never": "mai",
    "&Newsstand": "&Edicola",
    "Not a catalog address: %1": "Non è l'indirizzo di un catalogo: %1",
    "New in the newsstand: %1": "Novità in edicola: %1",
    "In your library: %1": "Nella tua biblioteca: %1",
    "%1 downloading · %2 queued": "%1 in download · %2 in coda",
    "offline · last updated %1": "offline · ultimo aggiornamento %1",
    "Newsstand": "Edicola",
    "Catalogs": "Cataloghi",
    "&Add catalog…": "&Aggiungi catalogo…",
    "Remove": "Rimuovi",
    "Allow unsigned for this catalog": "Accetta non firmati per questo catalogo",
    "Publications and editions": "Testate ed edizioni",
    "Edition": "Edizione",
    "Size": "Dimensione",
    "All downloads": "Tutti i download",
    "Fetching the catalog…": "Scaricamento del catalogo…",
    "No catalogs yet: add one with the address a publisher gives you.":
        "Nessun catalogo: aggiungine uno con l'indirizzo che ti dà un editore.",
    "%1 (unsigned)": "%1 (non firmato)",
    "new: %1": "novità: %1",
    "Following": "Segui già",
    "Follow": "Segui",
    "Be told about new editions of this publication":
        "Ricevi un avviso per le nuove edizioni di questa testata",
    "Subscription…": "Abbonamento…",
    "Loading older editions…": "Caricamento delle edizioni precedenti…",
    "Show older editions": "Mostra le edizioni precedenti",
    "Pause": "Pausa",
    "Cancel": "Annulla",
    "Resume": "Riprendi",
    "Retry": "Riprova",
    "Open": "Apri",
    "Update": "Aggiorna",
    "Download": "Scarica",
    "Dismiss": "Chiudi",
    "Subscription: %1": "Abbonamento: %1",
    "Download new editions automatically": "Scarica automaticamente le nuove edizioni",
    "Older editions are deleted from the library after each update. Editions with "
    "bookmarks or comments not yet sent are always kept.":
        "Le edizioni più vecchie vengono cancellate dalla biblioteca dopo ogni aggiornamento. "
        "Le edizioni con segnalibri o commenti non ancora inviati vengono sempre conservate.",
    "Keep the last (editions):": "Conserva le ultime (edizioni):",
    "Keep editions for (days):": "Conserva le edizioni per (giorni):",
    # -- the app and the network layer (ui/shell/application.py, net/) --
    "Something went wrong (%1). The details are in %2.":
        "Qualcosa è andato storto (%1). I dettagli sono in %2.",
    "{url}: the catalog is not signed; refused (allow unsigned catalogs for it explicitly "
    "to accept)":
        "{url}: il catalogo non è firmato; rifiutato (per accettarlo consenti esplicitamente "
        "i cataloghi non firmati per questo catalogo)",
    "{url}: the catalog names no publisher key":
        "{url}: il catalogo non indica la chiave dell'editore",
    "{url}: WARNING: the publisher key changed (pinned {old}, now {new}); refused. If the "
    "publisher really changed key, remove and re-add the catalog":
        "{url}: ATTENZIONE: la chiave dell'editore è cambiata (memorizzata {old}, ora {new}); "
        "rifiutato. Se l'editore ha davvero cambiato chiave, rimuovi e aggiungi di nuovo "
        "il catalogo",
    "{url}: signature refused: {why}": "{url}: firma rifiutata: {why}",
    "the server stopped sending data": "il server ha smesso di inviare dati",
    "the server sent more bytes than the catalog lists":
        "il server ha inviato più byte di quanti ne indichi il catalogo",
    "the server answered the wrong byte range":
        "il server ha risposto con un intervallo di byte sbagliato",
    "the server refused to resume (HTTP 416)": "il server ha rifiutato di riprendere (HTTP 416)",
    "incomplete download: {got} of {size} bytes": "download incompleto: {got} di {size} byte",
    "cannot fetch the signature: {why}": "impossibile scaricare la firma: {why}",
    "size does not match the catalog": "la dimensione non corrisponde al catalogo",
    "SHA-256 does not match the catalog (damaged or altered)":
        "lo SHA-256 non corrisponde al catalogo (file danneggiato o alterato)",
    "the edition is not signed": "l'edizione non è firmata",
    "no publisher key to check the signature": "nessuna chiave dell'editore per verificare la firma",
    "bad signature: {why}": "firma non valida: {why}",
    "cannot import: {why}": "impossibile importare: {why}",
    "Resuming the download of %1": "Riprende il download di %1",
    # -- H5 issue 10: wall of covers, tool bar, views (ui/newsstand/, ui/shell/) --
    "Bookmarked": "Nei segnalibri",
    "Bookmark": "Segnalibro",
    "Covers": "Copertine",
    "All publications": "Tutte le testate",
    "Following %1": "Segui già %1",
    "Follow %1": "Segui %1",
    "Search": "Cerca",
    "More commands": "Altri comandi",
    "Verifying": "Verifica",
    "new": "nuova",
    "Co&vers": "Co&pertine",
    "Show the editions as a wall of covers": "Mostra le edizioni come una parete di copertine",
    "L&ist": "&Elenco",
    "Queued": "In coda",
    "Reading": "Lettura",
    "Finding": "Ricerca",
    "Text and screen": "Testo e schermo",
    "Keeping and sharing": "Conservare e condividere",
    "Views and panels": "Viste e pannelli",
    "Edicola": "Edicola",
    "{url}: this is a web page (HTML), not a catalog; ask the publisher for the address of "
    "its catalog.json": "{url}: questa è una pagina web (HTML), non un catalogo; chiedi "
    "all'editore l'indirizzo del suo catalog.json",
    "{url}: the catalog is not signed; refused (to accept it anyway, tick \"Allow unsigned for "
    "this catalog\" in the Newsstand, or run 'edicola catalog URL --allow-unsigned')":
        "{url}: il catalogo non è firmato; rifiutato (per accettarlo comunque, spunta "
        "\"Accetta non firmati per questo catalogo\" nell'Edicola, oppure esegui "
        "'edicola catalog URL --allow-unsigned')",
    "Waiting to retry": "In attesa di riprovare",
    "Paused": "In pausa",
    "Failed": "Non riuscito",
    "In library": "In biblioteca",
    "New": "Nuova",
    "Show the editions as a list, by publication": "Mostra le edizioni in un elenco, per testata",
    # -- H7 issue 14: the Pages view, the print replica (ui/pages/) --
    "Printed page": "Pagina stampata",
    "This page cannot be shown": "Questa pagina non può essere mostrata",
    "Two pages": "Due pagine",
    "Fit page": "Pagina intera",
    "Fit width": "Adatta alla larghezza",
    "Zoom out": "Riduci",
    "Zoom in": "Ingrandisci",
    "Go to section": "Vai alla sezione",
    "Comments on this article": "Commenti all'articolo",
    "Pages": "Pagine",
    "Page %1 of %2": "Pagina %1 di %2",
    "&Pages (print replica)": "&Pagine (edizione sfogliabile)",
    "Show on &page": "Mostra sulla &pagina",
    "This edition has no printed pages.": "Questa edizione non ha pagine stampate.",
    "This article is not on the printed pages.": "Questo articolo non è sulle pagine stampate.",
    "page %1": "pagina %1",
    # -- H3 issue 13: feeds become editions (ui/feeds/) --
    "Add feeds": "Aggiungi feed",
    "e.g. Morning paper": "per esempio Giornale del mattino",
    "One feed address (RSS or Atom) per line": "Un indirizzo di feed (RSS o Atom) per riga",
    "Import &OPML…": "Importa &OPML…",
    "Paper &name:": "&Nome del giornale:",
    "&Feeds:": "&Feed:",
    "%1: %2": "%1: %2",
    "Give the paper a name.": "Dai un nome al giornale.",
    "Paste at least one feed address, or import an OPML file.":
        "Incolla almeno un indirizzo di feed, o importa un file OPML.",
    "Not an http(s) address: %1": "Non è un indirizzo http(s): %1",
    "Import OPML": "Importa OPML",
    "OPML files (*.opml *.xml);;All files (*)": "File OPML (*.opml *.xml);;Tutti i file (*)",
    "Feeds": "Feed",
    "&Add feeds…": "&Aggiungi feed…",
    "&Update now": "&Aggiorna ora",
    "&Import OPML…": "&Importa OPML…",
    "E&xport OPML…": "E&sporta OPML…",
    "&Stop following": "&Smetti di seguire",
    "Paper / feed": "Giornale / feed",
    "Papers and their feeds": "I giornali e i loro feed",
    "Follow the RSS or Atom feeds of the sites you read: Edicola makes a daily paper of them, "
    "with the full text and pictures, to read offline.":
        "Segui i feed RSS o Atom dei siti che leggi: Edicola ne fa un giornale quotidiano, "
        "con il testo completo e le immagini, da leggere senza rete.",
    "waiting": "in attesa",
    "fetching…": "scaricamento…",
    "no change since the last update": "nessuna novità dall'ultimo aggiornamento",
    "error: %1": "errore: %1",
    "full text: %1 of %2": "testo completo: %1 di %2",
    "&Feeds": "&Feed",
    "Add &feeds…": "Aggiungi &feed…",
    "Edicola feeds": "Feed di Edicola",
    "Export OPML": "Esporta OPML",
    "OPML files (*.opml)": "File OPML (*.opml)",
    "Stop following": "Smetti di seguire",
    "Stop following “%1”? Its editions stay in the library.":
        "Smettere di seguire «%1»? Le sue edizioni restano nella biblioteca.",
    "updating…": "aggiornamento…",
    "nothing new": "nessuna novità",
    "importing…": "importazione…",
    "every feed failed; the last edition stays": "nessun feed ha risposto; resta l'ultima edizione",
    # -- end of feeds --

    # -- library panel at a decade's scale (H6, issue 12) --
    "Older editions…": "Edizioni precedenti…",
    # -- end of library panel --

    # -- H1 issue 9: opening a bundle file (ui/shell/open_bundle.py) --
    "Opening %1…": "Apertura di %1…",
    "Opening an edition": "Apertura di un'edizione",
    "Cannot open %1: %2": "Impossibile aprire %1: %2",
    # -- end of opening a bundle file --

    # -- H2 issue 11: comment server origin and changes, slow downloads --
    "Comments go to %1 (%2)": "I commenti vanno a %1 (%2)",
    "The publication now names %1 as its comment server. Nothing is sent there until "
    "you accept it.": "La testata ora indica %1 come server dei commenti. Non vi viene "
    "inviato nulla finché non lo accetti.",
    "Use the new server": "Usa il nuovo server",
    "Keep the current one": "Mantieni quello attuale",
    "New comment server to confirm": "Nuovo server dei commenti da confermare",
    "the server is sending too slowly (under {rate} KiB/s)": "il server invia troppo "
    "lentamente (meno di {rate} KiB/s)",
    # -- end of H2 issue 11 --

    # -- H8 issue 11: imports on a worker, accepting a new publisher --
    "importing": "importazione",
    "Importing": "Importazione",
    "Accept the new publisher…": "Accetta il nuovo editore…",
    "Accept the new publisher": "Accetta il nuovo editore",
    "Accept a new publisher?": "Accettare un nuovo editore?",
    "“%1” came into your library from %2. This edition comes from %3.": "«%1» è "
    "entrata nella tua biblioteca da %2. Questa edizione viene da %3.",
    "Accept only if you know the publisher moved to this catalog or changed its key. "
    "Its editions will then replace the current ones, and it will own the publication "
    "from now on. A change of comment server is still shown to you before any comment "
    "goes there.": "Accetta solo se sai che l'editore si è spostato su questo catalogo "
    "o ha cambiato chiave. Le sue edizioni sostituiranno quelle attuali e da ora la "
    "testata sarà sua. Un cambio di server dei commenti ti verrà comunque mostrato "
    "prima che vi arrivi qualsiasi commento.",
    "a bundle you imported yourself": "un pacchetto importato da te",
    "the catalog “%1” (signed with key %2)": "il catalogo «%1» (firmato con la chiave %2)",
    "a catalog signed with key %1": "un catalogo firmato con la chiave %1",
    "the unsigned catalog %1": "il catalogo non firmato %1",
    "an unknown source": "una fonte sconosciuta",
    # -- end of H8 issue 11 --

    # -- messages made below the UI (core/store; ui/common/messages.py, issue 18) --
    "{file}: {message}": "{file}: {message}",
    "{file}: {field}: {message}": "{file}: {field}: {message}",
    "invalid bundle": "pacchetto non valido",
    "{bundle}: {problem}": "{bundle}: {problem}",
    "not an Edicola bundle (format is {format!r})":
        "non è un pacchetto di Edicola (il formato è {format!r})",
    "must be a JSON object": "deve essere un oggetto JSON",
    "format version {version} is newer than this Edicola understands ({supported}); "
    "please update Edicola": "la versione di formato {version} è più recente di quella che "
    "questa Edicola comprende ({supported}); aggiorna Edicola",
    "missing: this is not an Edicola bundle": "manca: questo non è un pacchetto di Edicola",
    "listed in the manifest but missing from the bundle":
        "elencato nel manifest ma assente dal pacchetto",
    "size is {size} bytes, the manifest says {expected}":
        "la dimensione è di {size} byte, il manifest dice {expected}",
    "sha256 does not match the manifest (damaged or altered)":
        "lo sha256 non corrisponde al manifest (danneggiato o alterato)",
    "invalid UTF-8 at byte {at}": "UTF-8 non valido al byte {at}",
    "malformed JSON at line {line}, column {column}: {why}":
        "JSON malformato alla riga {line}, colonna {column}: {why}",
    "references a missing image {image!r}": "rimanda a un'immagine che manca, {image!r}",
    "not listed in the manifest (stray file)": "non elencato nel manifest (file estraneo)",
    "{size} bytes, over the {limit:g} MiB limit for this file":
        "{size} byte, oltre il limite di {limit:g} MiB per questo file",
    "not a PNG, JPEG, GIF or WebP image": "non è un'immagine PNG, JPEG, GIF o WebP",
    "refused: {why}": "rifiutato: {why}",
    "the file is empty": "il file è vuoto",
    "the file is {size:.1f} MiB, over the {limit:.0f} MiB limit":
        "il file è di {size:.1f} MiB, oltre il limite di {limit:.0f} MiB",
    "cannot read the file: {why}": "impossibile leggere il file: {why}",
    "not a zip file or a truncated one ({why})": "non è un file zip, o è troncato ({why})",
    "unreadable zip: {why}": "zip illeggibile: {why}",
    "an unknown source (library from an older version)":
        "una fonte sconosciuta (biblioteca di una versione precedente)",
    "a local import": "un'importazione locale",
    "the catalog signed with key {key}": "il catalogo firmato con la chiave {key}",
    "the unsigned catalog {url}": "il catalogo non firmato {url}",
    "{edition} revision {revision} of {publication!r}":
        "{edition} revisione {revision} di {publication!r}",
    "from {owner}": "fonte: {owner}",
    "set by you": "scelto da te",
    "the comment server {server} is on a private address and came from the catalog, not from you; not contacted": (
        "il server dei commenti {server} è su un indirizzo privato e viene dal catalogo, "
        "non da te; non contattato"
    ),
    "no comment with id {id}": "nessun commento con id {id}",
    "comment {id} may already have reached the server; it can be changed only once that "
    "has been checked": "il commento {id} potrebbe essere già arrivato al server; si potrà "
    "modificare solo dopo averlo verificato",
    "the library at {folder}": "la biblioteca in {folder}",
    "the library": "la biblioteca",
    "cannot open the library at {folder}: {why}":
        "impossibile aprire la biblioteca in {folder}: {why}",
    "the library database {path} is damaged (SQLite: {why}); keep the file (copy it "
    "somewhere safe, do not delete it): `sqlite3 library.db .recover` may rescue its "
    "contents": "il database della biblioteca {path} è danneggiato (SQLite: {why}); "
    "conserva il file (copialo al sicuro, non cancellarlo): `sqlite3 library.db .recover` "
    "può salvarne il contenuto",
    "{where} is read-only": "{where} è di sola lettura",
    "the disk is full; nothing was changed": "il disco è pieno; non è cambiato nulla",
    "{where} is locked by another Edicola process (an import or the reader); try again "
    "when it is done": "{where} è bloccata da un altro processo di Edicola (un'importazione "
    "o il lettore); riprova quando avrà finito",
    "cannot open the library at {folder}: permission denied or no such folder":
        "impossibile aprire la biblioteca in {folder}: permesso negato o cartella inesistente",
    "no library at {folder}": "nessuna biblioteca in {folder}",
    "cannot create the library at {folder}: {why}":
        "impossibile creare la biblioteca in {folder}: {why}",
    "{path} is not a file": "{path} non è un file",
    "larger than the {size} bytes the manifest says":
        "più grande dei {size} byte dichiarati dal manifest",
    "publication {publication!r} belongs to {owner}, which first brought it; this bundle "
    "comes from {source}: refused (accept the new publisher explicitly to let it replace "
    "the publication)": "la testata {publication!r} è di chi l'ha portata per primo "
    "({owner}); questo pacchetto viene da un'altra fonte ({source}): rifiutato (accetta "
    "esplicitamente il nuovo editore perché possa sostituire la testata)",
    "{edition} revision {revision} is already in the library":
        "{edition} revisione {revision} è già nella biblioteca",
    "carries {carried}, but the catalog announced {expected}: refused":
        "contiene {carried}, ma il catalogo annunciava {expected}: rifiutato",
    "revision {revision} is older than the library's revision {current}":
        "la revisione {revision} è più vecchia della revisione {current} nella biblioteca",
    "{name}: larger than {limit} MiB, refused": "{name}: più grande di {limit} MiB, rifiutato",
    "{name}: {why}": "{name}: {why}",
    "malformed JSON at line {line}: {why}": "JSON malformato alla riga {line}: {why}",
    "{where}: points to another host ({host}), refused":
        "{where}: rimanda a un altro host ({host}), rifiutato",
    "{where}: not a valid URL ({why}), refused": "{where}: non è un URL valido ({why}), rifiutato",
    "{name}: version {version} is older than version {seen} already seen (a replayed or "
    "rolled-back catalog), refused": "{name}: la versione {version} è più vecchia della "
    "versione {seen} già vista (un catalogo riproposto o riportato indietro), rifiutato",
    "{name}: expired on {when} (the publisher has not refreshed it), refused":
        "{name}: scaduto il {when} (l'editore non l'ha aggiornato), rifiutato",
    "{name}: does not match the hash the catalog lists, refused":
        "{name}: non corrisponde all'hash elencato dal catalogo, rifiutato",
    # -- end of messages made below the UI --

    # -- EPUB export in the reader (ui/export/, issue 26) --
    "Export edition as EP&UB…": "Esporta l'edizione in EP&UB…",
    "Send to &device…": "Invia al &dispositivo…",
    "Export edition as EPUB": "Esporta l'edizione in EPUB",
    "EPUB books (*.epub)": "Libri EPUB (*.epub)",
    "Exporting “%1”…": "Esportazione di «%1» in corso…",
    "Exported “%1” to %2 (%3).": "«%1» esportata in %2 (%3).",
    "Could not export “%1”: %2": "Impossibile esportare «%1»: %2",
    "Could not look for e-readers: %1": "Impossibile cercare gli e-reader: %1",
    "Send to a folder": "Invia a una cartella",
    "Sending “%1” to %2…": "Invio di «%1» a %2 in corso…",
    "Sent “%1” to %2.": "«%1» inviata a %2.",
    "“%1” is already on %2.": "«%1» è già su %2.",
    "Could not send “%1” to %2: %3": "Impossibile inviare «%1» a %2: %3",
    "Send to device": "Invia al dispositivo",
    "%1: a Kindle does not open EPUB files copied over USB. Send the EPUB with Amazon's "
    "Send to Kindle, or choose a folder.": "%1: un Kindle non apre i file EPUB copiati via "
    "USB. Invia l'EPUB con Send to Kindle di Amazon, oppure scegli una cartella.",
    "No e-reader is mounted (Kobo, PocketBook, tolino).":
        "Nessun e-reader è collegato (Kobo, PocketBook, tolino).",
    "Choose a &folder…": "Scegli una &cartella…",
    "Several e-readers are mounted. Send to:": "Sono collegati più e-reader. Invia a:",
    "Could not export to %1: %2": "Impossibile esportare in %1: %2",
    "E-readers": "E-reader",
    "&Export new editions of the followed publications as EPUB into:":
        "&Esporta in EPUB le nuove edizioni delle testate seguite nella cartella:",
    "a folder synced to your e-reader": "una cartella sincronizzata con il tuo e-reader",
    "Export folder": "Cartella di esportazione",
    "C&hoose…": "S&cegli…",
    "Each new edition of a publication you follow is written there as EPUB once it is in "
    "your library: for a folder your e-reader or its cloud syncs.": "Ogni nuova edizione di "
    "una testata che segui vi viene scritta in EPUB appena entra nella biblioteca: per una "
    "cartella che il tuo e-reader o il suo cloud sincronizza.",
    # -- end of EPUB export --

    # -- highlights and notes (ui/highlights/, ui/bookmarks/, ui/pages/page_highlights.py) --
    "&Highlight": "&Evidenzia",
    "Add &note": "Aggiungi una &nota",
    "Yellow": "Giallo",
    "Green": "Verde",
    "Blue": "Blu",
    "Pink": "Rosa",
    "highlight": "evidenziazione",
    "highlight change": "modifica dell'evidenziazione",
    "highlight deletion": "eliminazione dell'evidenziazione",
    "bookmark removal": "rimozione del segnalibro",
    "Highlight &colour": "&Colore dell'evidenziatore",
    "&Undo": "&Annulla",
    "&Redo": "&Ripeti",
    "Highlighted.": "Evidenziato.",
    "Select a passage of the article first.": "Prima seleziona un passo dell'articolo.",
    "Select words on the page first.": "Prima seleziona delle parole sulla pagina.",
    "Highlight deleted (Ctrl+Z to undo).": "Evidenziazione eliminata (Ctrl+Z per annullare).",
    "This passage is not in the article's current revision: “%1”":
        "Questo passo non è nella versione attuale dell'articolo: «%1»",
    "Highlight": "Evidenziazione",
    "Not found in this revision of the article.": "Non trovato in questa versione dell'articolo.",
    "&Note:": "&Nota:",
    "What you think of this passage": "Che cosa pensi di questo passo",
    "&Delete highlight": "&Elimina l'evidenziazione",
    "Colour:": "Colore:",
    "Kind": "Tipo",
    "Passage": "Passo",
    "“%1” (not found in this revision)": "«%1» (non trovato in questa versione)",
    "Printed page %1": "Pagina stampata %1",
    "Highlights and bookmarks": "Evidenziazioni e segnalibri",
    "Search passages, notes and titles": "Cerca nei passi, nelle note e nei titoli",
    "Search highlights and bookmarks": "Cerca tra evidenziazioni e segnalibri",
    "Show": "Mostra",
    "Highlights": "Evidenziazioni",
    "Colour": "Colore",
    "Any colour": "Tutti i colori",
    "Sort": "Ordina",
    "Newest first": "Prima i più recenti",
    "By edition": "Per edizione",
    "By publication": "Per testata",
    "By colour": "Per colore",
    "E&xport": "E&sporta",
    "Export the marks listed": "Esporta gli elementi elencati",
    "Markdown for Obsidian (a file per edition)…": "Markdown per Obsidian (un file per edizione)…",
    "Web Annotation (JSON-LD)…": "Web Annotation (JSON-LD)…",
    "Readwise (CSV)…": "Readwise (CSV)…",
    "Nothing matches.": "Nessun risultato.",
    "No highlights or bookmarks yet: select a passage and press H, or press Ctrl+D while "
    "reading an article.": "Ancora nessuna evidenziazione né segnalibro: seleziona un passo e "
    "premi H, oppure premi Ctrl+D mentre leggi un articolo.",
    "Removed (Ctrl+Z to undo).": "Rimosso (Ctrl+Z per annullare).",
    "Export as Markdown into a folder": "Esporta in Markdown in una cartella",
    "Export highlights and bookmarks": "Esporta evidenziazioni e segnalibri",
    "Select text": "Seleziona il testo",
    "Drag over words to select them (or Shift+drag); H highlights, N adds a note":
        "Trascina sulle parole per selezionarle (o Maiusc+trascina); H evidenzia, N aggiunge "
        "una nota",
    "no article {id!r} in the library": "nessun articolo {id!r} nella biblioteca",
    "no text selected in article {id!r}": "nessun testo selezionato nell'articolo {id!r}",
    "no edition {id!r} in the library": "nessuna edizione {id!r} nella biblioteca",
    "no highlight {id!r}": "nessuna evidenziazione {id!r}",
    "a note may hold at most {limit} characters":
        "una nota può contenere al massimo {limit} caratteri",
    # -- end of highlights and notes --

    # -- the first day: welcome view, opening editions, feeds in the reader (issue 27) --
    "Welcome to Edicola": "Benvenuto in Edicola",
    "Edicola keeps newspaper editions in your library and reads them offline.\n"
    "Your library is empty: try the sample papers, or bring editions in.": "Edicola conserva le edizioni dei giornali nella tua biblioteca e le legge senza "
    "rete.\nLa tua biblioteca è vuota: prova i giornali di esempio, o porta delle edizioni.",
    "You can also drop .edicola files on this window.":
        "Puoi anche trascinare file .edicola su questa finestra.",
    "The library is empty": "La biblioteca è vuota",
    "&Try the sample papers": "&Prova i giornali di esempio",
    "Add a publisher's &catalog…": "Aggiungi il &catalogo di un editore…",
    "Open an edition file…": "Apri un file di edizione…",
    "Preparing the sample papers…": "Preparazione dei giornali di esempio…",
    "Sample papers": "Giornali di esempio",
    "Importing the sample papers…": "Importazione dei giornali di esempio…",
    "The sample papers are in your library: %1":
        "I giornali di esempio sono nella tua biblioteca: %1",
    "The sample papers could not all be imported: %1":
        "Non è stato possibile importare tutti i giornali di esempio: %1",
    "&Open edition…": "&Apri edizione…",
    "Leave find, search, a view or full screen":
        "Esci da ricerca, da una vista o da schermo intero",
    "Open edition": "Apri edizione",
    "Editions (*.edicola);;All files (*)": "Edizioni (*.edicola);;Tutti i file (*)",
    "the file is not there (moved or deleted?)": "il file non c'è (spostato o eliminato?)",
    "Not an edition (a .edicola file): %1": "Non è un'edizione (un file .edicola): %1",
    "&Follow news sites…": "&Segui siti di notizie…",
    "Follow news sites…": "Segui siti di notizie…",
    "&Read": "&Leggi",
    "&OPML": "&OPML",
    "&Edit…": "&Modifica…",
    "Enter or a double-click opens a paper's newest edition. Esc returns to reading.": "Invio o un doppio clic apre l'edizione più recente di un giornale. Esc torna alla "
    "lettura.",
    "Feeds · Esc returns to reading": "Feed · Esc torna alla lettura",
    "No edition yet: the first one is being made, it opens here when ready.":
        "Ancora nessuna edizione: la prima è in preparazione, si apre da qui quando è pronta.",
    "No edition yet: %1": "Ancora nessuna edizione: %1",
    "No edition yet: press Update now to make the first one.":
        "Ancora nessuna edizione: premi Aggiorna ora per preparare la prima.",
    "No edition yet: every feed failed (each says why on its line).":
        "Ancora nessuna edizione: nessun feed ha risposto (ognuno dice perché sulla sua riga).",
    "No edition yet: the feeds have no items.": "Ancora nessuna edizione: i feed sono vuoti.",
    "No edition yet: %1, all older than %2 (max_age_days).":
        "Ancora nessuna edizione: %1, tutte più vecchie di %2 (max_age_days).",
    "No edition yet: nothing new was found in the feeds.":
        "Ancora nessuna edizione: nei feed non c'è nulla di nuovo.",
    "Edit “%1”": "Modifica «%1»",
    "Section": "Sezione",
    "Feed": "Feed",
    "Another feed address (RSS or Atom)": "Un altro indirizzo di feed (RSS o Atom)",
    "&Add feed": "&Aggiungi feed",
    "&Remove feed": "&Togli feed",
    "&Update:": "A&ggiorna:",
    "Sections, one per feed (double-click a title to rename it):":
        "Sezioni, una per feed (doppio clic su un titolo per rinominarlo):",
    "This paper follows %1 already.": "Questo giornale segue già %1.",
    "A paper needs at least one feed.": "Un giornale ha bisogno di almeno un feed.",
    "More sections": "Altre sezioni",
    "For example: %1": "Per esempio: %1",
    "This catalog could not be loaded.": "Non è stato possibile caricare questo catalogo.",
    "{url}: this is a news feed (RSS or Atom), not a catalog: follow it with Follow news "
    "sites…": "{url}: questo è un feed di notizie (RSS o Atom), non un catalogo: seguilo con Segui "
    "siti di notizie…",
    "The comment server does not answer": "Il server dei commenti non risponde",
    "Waiting to be sent": "In attesa di essere inviato",
    # -- sync in the reader (ui/sync/, store/sync_*, issue 23) --
    "On your other devices": "Sui tuoi altri dispositivi",
    "Editions on your other devices": "Edizioni sui tuoi altri dispositivi",
    "%1, %2 — on %3": "%1, %2 — su %3",
    "Open its catalog: %1": "Apri il suo catalogo: %1",
    "Not from a catalog: copy it from that device":
        "Non viene da un catalogo: copiala da quel dispositivo",
    "Sync": "Sincronizzazione",
    "Sync the &theme and text size too": "Sincronizza anche il &tema e la dimensione del testo",
    "&Set up sync": "Co&nfigura la sincronizzazione",
    "Positions, bookmarks, highlights, notes and follows go through your own WebDAV server "
    "(Nextcloud, Apache, nginx…), sealed with the passphrase: the server sees nothing "
    "readable. Use the same folder and passphrase on every device; a lost passphrase cannot "
    "be recovered.":
        "Posizioni, segnalibri, evidenziazioni, note e cataloghi seguiti passano dal tuo server "
        "WebDAV (Nextcloud, Apache, nginx…), sigillati con la frase segreta: il server non vede "
        "nulla di leggibile. Usa la stessa cartella e la stessa frase segreta su ogni "
        "dispositivo; una frase segreta persa non si può recuperare.",
    "WebDAV &folder:": "&Cartella WebDAV:",
    "&User:": "&Utente:",
    "&Password:": "&Password:",
    "Pass&phrase:": "&Frase segreta:",
    "the new passphrase": "la nuova frase segreta",
    "&Use this passphrase": "Usa &questa frase segreta",
    "Sync &now": "Sincronizza &ora",
    "&Forget sync here": "&Dimentica la sincronizzazione qui",
    "and delete the folder on the server": "ed elimina la cartella sul server",
    "Folder: %1 as %2": "Cartella: %1 come %2",
    "This device: %1": "Questo dispositivo: %1",
    "Last sync: %1": "Ultima sincronizzazione: %1",
    "Problem: %1": "Problema: %1",
    "Other device: %1": "Altro dispositivo: %1",
    "Skipped file: %1": "File saltato: %1",
    "folder": "cartella",
    "user": "utente",
    "password": "password",
    "passphrase": "frase segreta",
    "Please fill in: %1": "Compila: %1",
    "Checking the server and the passphrase…": "Verifica del server e della frase segreta…",
    "Checking the passphrase…": "Verifica della frase segreta…",
    "Delete the sync folder": "Elimina la cartella di sincronizzazione",
    "Delete the sync folder on the server? Your other devices stop syncing too. What is in "
    "this library stays.":
        "Eliminare la cartella di sincronizzazione sul server? Anche gli altri tuoi dispositivi "
        "smetteranno di sincronizzarsi. Ciò che è in questa biblioteca resta.",
    "Forgetting…": "Rimozione in corso…",
    "Sync is set up; the first sync is under way.":
        "Sincronizzazione configurata; la prima sincronizzazione è in corso.",
    "Sync forgotten here; this library keeps its contents.":
        "Sincronizzazione rimossa qui; questa biblioteca conserva il suo contenuto.",
    "Not synced yet": "Non ancora sincronizzato",
    "Synced": "Sincronizzato",
    "Synced just now": "Sincronizzato ora",
    "Synced on %1": "Sincronizzato il %1",
    "Syncing…": "Sincronizzazione…",
    "Sync: server unreachable": "Sincronizzazione: server irraggiungibile",
    "Sync: enter the new passphrase": "Sincronizzazione: inserisci la nuova frase segreta",
    "Sync: failed": "Sincronizzazione: non riuscita",
    "Sync: click for Settings → Sync":
        "Sincronizzazione: fai clic per Impostazioni → Sincronizzazione",
    "the system keyring": "il portachiavi di sistema",
    "{file} (mode 0600; no keyring service is running)":
        "{file} (modo 0600; nessun servizio portachiavi attivo)",
    "the system keyring refused the password: {why}":
        "il portachiavi di sistema ha rifiutato la password: {why}",
    "the system keyring could not be read: {why}":
        "impossibile leggere il portachiavi di sistema: {why}",
    "{file}: cannot be read ({why})": "{file}: impossibile leggerlo ({why})",
    "no sync password saved in {where}: run edicola sync setup again":
        "nessuna password di sincronizzazione salvata in {where}: esegui di nuovo edicola "
        "sync setup",
    "the saved sync credentials in {where} are damaged":
        "le credenziali di sincronizzazione salvate in {where} sono danneggiate",
    "sync is not set up for this library":
        "la sincronizzazione non è configurata per questa biblioteca",
    "sync is not set up: run edicola sync setup URL --user USER":
        "la sincronizzazione non è configurata: esegui edicola sync setup URL --user UTENTE",
    # -- read aloud and reach (ui/speech/, ui/pages/region_names.py) --
    "Read aloud": "Lettura ad alta voce",
    "&Read aloud": "&Leggi ad alta voce",
    "Read the article aloud, then the next (Ctrl+Shift+R)":
        "Legge l'articolo ad alta voce, poi il successivo (Ctrl+Maiusc+R)",
    "Previous paragraph": "Paragrafo precedente",
    "Previous sentence": "Frase precedente",
    "Next sentence": "Frase successiva",
    "Next paragraph": "Paragrafo successivo",
    "Stop reading aloud": "Interrompi la lettura",
    "Voice": "Voce",
    "Speed": "Velocità",
    "Voice for the language": "Voce della lingua",
    "Open an article or an edition to read it aloud.":
        "Apri un articolo o un'edizione per ascoltarlo.",
    "Starting the speech engine…": "Avvio della sintesi vocale…",
    "Read aloud reached the end of the edition.": "La lettura è arrivata alla fine dell'edizione.",
    "Read aloud needs a speech engine: install speech-dispatcher and espeak-ng.":
        "La lettura ad alta voce richiede una sintesi vocale: installa speech-dispatcher ed espeak-ng.",
    "No %1 voice is installed: install espeak-ng or a voice for it.":
        "Nessuna voce per la lingua %1: installa espeak-ng o una voce per questa lingua.",
    "The speech engine did not start (%1).": "La sintesi vocale non si è avviata (%1).",
    "Article on page %1": "Articolo a pagina %1",
    "%1, article on page %2": "%1, articolo a pagina %2",
    # -- the focused link of a page (ui/reader/link_names.py) --
    "%1, link": "%1, collegamento",
    "Picture, opens large": "Immagine, si apre in grande",
    # -- issue 25: reading comfort, structure for screen readers (ui/reader/) --
    "Reading comfort": "Comfort di lettura",
    "Source Serif (newspaper)": "Source Serif (da giornale)",
    "Atkinson Hyperlegible (easier to tell letters apart)":
        "Atkinson Hyperlegible (lettere più facili da distinguere)",
    "System sans serif": "Sans serif di sistema",
    "%1 characters": "%1 caratteri",
    "For the article and the front page. Atkinson Hyperlegible tells apart letters that "
    "are easily confused (I l 1, O 0); wider spacing and shorter lines help some readers "
    "with dyslexia or low vision.":
        "Per l'articolo e la prima pagina. Atkinson Hyperlegible distingue le lettere che si "
        "confondono facilmente (I l 1, O 0); una spaziatura più ampia e righe più corte "
        "aiutano alcuni lettori con dislessia o ipovisione.",
    "T&ypeface:": "Ca&rattere:",
    "Lette&r spacing:": "Spa&ziatura lettere:",
    "&Word spacing:": "Spaziatura p&arole:",
    "Line len&gth:": "Lun&ghezza riga:",
    "Normal": "Normale",
    "Sections: %1.": "Sezioni: %1.",
    # -- the page's structure for screen readers (ui/reader/page_outline.py) --
    "Figure": "Figura",
    "Caption": "Didascalia",
}

# -- plurals (Qt %n): source -> {language: (one, many)}; English needs them too --------
# Both languages have two forms. edicola_en.ts gets only these; its other strings
# stay empty, which Qt reads as "use the source text".
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "%n mark(s)": {
        "en": ("%n mark", "%n marks"),
        "it": ("%n elemento", "%n elementi"),
    },
    "%n mark(s) exported to %1": {
        "en": ("%n mark exported to %1", "%n marks exported to %1"),
        "it": ("%n elemento esportato in %1", "%n elementi esportati in %1"),
    },
    "%n article(s)": {
        "en": ("%n article", "%n articles"),
        "it": ("%n articolo", "%n articoli"),
    },
    "Contents · %n article(s)": {
        "en": ("Contents · %n article", "Contents · %n articles"),
        "it": ("Sommario · %n articolo", "Sommario · %n articoli"),
    },
    "Newsstand · %1 · %n edition(s)": {
        "en": ("Newsstand · %1 · %n edition", "Newsstand · %1 · %n editions"),
        "it": ("Edicola · %1 · %n edizione", "Edicola · %1 · %n edizioni"),
    },
    "%n character(s) too many": {
        "en": ("%n character too many", "%n characters too many"),
        "it": ("%n carattere di troppo", "%n caratteri di troppo"),
    },
    "%n character(s) left": {
        "en": ("%n character left", "%n characters left"),
        "it": ("%n carattere disponibile", "%n caratteri disponibili"),
    },
    "%n comment(s) waiting": {
        "en": ("%n comment waiting", "%n comments waiting"),
        "it": ("%n commento in attesa", "%n commenti in attesa"),
    },
    "%n comment(s) not accepted": {
        "en": ("%n comment not accepted", "%n comments not accepted"),
        "it": ("%n commento non accettato", "%n commenti non accettati"),
    },
    "%n picture(s), %1 with a caption.": {
        "en": ("%n picture, %1 with a caption.", "%n pictures, %1 with a caption."),
        "it": ("%n immagine, %1 con didascalia.", "%n immagini, %1 con didascalia."),
    },
    "A list of %n article(s); press Tab to go through them.": {
        "en": (
            "A list of %n article; press Tab to go through them.",
            "A list of %n articles; press Tab to go through them.",
        ),
        "it": (
            "Un elenco di %n articolo; premi Tab per scorrerli.",
            "Un elenco di %n articoli; premi Tab per scorrerli.",
        ),
    },
    "%n min read": {
        "en": ("%n min read", "%n min read"),
        "it": ("%n min di lettura", "%n min di lettura"),
    },
    "%n new": {"en": ("%n new", "%n new"), "it": ("%n nuova", "%n nuove")},
    "%n downloading": {
        "en": ("%n downloading", "%n downloading"),
        "it": ("%n in download", "%n in download"),
    },
    "%n queued": {"en": ("%n queued", "%n queued"), "it": ("%n in coda", "%n in coda")},
    "Bookmarks imported: %n added": {
        "en": ("Bookmarks imported: %n added", "Bookmarks imported: %n added"),
        "it": ("Segnalibri importati: %n aggiunto", "Segnalibri importati: %n aggiunti"),
    },
    "%n updated": {"en": ("%n updated", "%n updated"), "it": ("%n aggiornato", "%n aggiornati")},
    "%n unchanged": {
        "en": ("%n unchanged", "%n unchanged"),
        "it": ("%n invariato", "%n invariati"),
    },
    "%n skipped": {"en": ("%n skipped", "%n skipped"), "it": ("%n saltato", "%n saltati")},
    "%n item(s)": {"en": ("%n item", "%n items"), "it": ("%n notizia", "%n notizie")},
    "%n new item(s)": {"en": ("%n new item", "%n new items"), "it": ("%n nuova", "%n nuove")},
    "revision %1 ready: %n new article(s)": {
        "en": ("revision %1 ready: %n new article", "revision %1 ready: %n new articles"),
        "it": ("revisione %1 pronta: %n articolo nuovo", "revisione %1 pronta: %n articoli nuovi"),
    },
    "Show %n older edition(s)": {
        "en": ("Show %n older edition", "Show %n older editions"),
        "it": ("Mostra %n edizione precedente", "Mostra %n edizioni precedenti"),
    },
    "%n in your library": {
        "en": ("%n in your library", "%n in your library"),
        "it": ("%n nella tua biblioteca", "%n nella tua biblioteca"),
    },
    # -- EPUB export in the reader (ui/export/, issue 26) --
    "Exported %n new edition(s) to %1.": {
        "en": ("Exported %n new edition to %1.", "Exported %n new editions to %1."),
        "it": ("%n nuova edizione esportata in %1.", "%n nuove edizioni esportate in %1."),
    },
    "Could not export %n edition(s) to %1: %2": {
        "en": ("Could not export %n edition to %1: %2", "Could not export %n editions to %1: %2"),
        "it": (
            "Impossibile esportare %n edizione in %1: %2",
            "Impossibile esportare %n edizioni in %1: %2",
        ),
    },
    # -- the first day (issue 27) --
    "%n day(s)": {"en": ("%n day", "%n days"), "it": ("%n giorno", "%n giorni")},
    "every %n minute(s)": {
        "en": ("every %n minute", "every %n minutes"),
        "it": ("ogni %n minuto", "ogni %n minuti"),
    },
    "every %n hour(s)": {
        "en": ("every %n hour", "every %n hours"),
        "it": ("ogni %n ora", "ogni %n ore"),
    },
    # -- sync in the reader (issue 23) --
    "%n change(s) waiting to be sent": {
        "en": ("%n change waiting to be sent", "%n changes waiting to be sent"),
        "it": ("%n modifica in attesa di invio", "%n modifiche in attesa di invio"),
    },
    "Synced %n min ago": {
        "en": ("Synced %n min ago", "Synced %n min ago"),
        "it": ("Sincronizzato %n min fa", "Sincronizzato %n min fa"),
    },
    "Synced %n h ago": {
        "en": ("Synced %n h ago", "Synced %n h ago"),
        "it": ("Sincronizzato %n h fa", "Sincronizzato %n h fa"),
    },
    # -- messages made below the UI (issue 18) --
    "{problem} (and %n more)": {
        "en": ("{problem} (and %n more)", "{problem} (and %n more)"),
        "it": ("{problem} (e %n altro)", "{problem} (e altri %n)"),
    },
    "{bundle}: {problem} (and %n more)": {
        "en": ("{bundle}: {problem} (and %n more)", "{bundle}: {problem} (and %n more)"),
        "it": ("{bundle}: {problem} (e %n altro)", "{bundle}: {problem} (e altri %n)"),
    },
    "{edition} imported (%n articles)": {
        "en": ("{edition} imported (%n article)", "{edition} imported (%n articles)"),
        "it": ("{edition} importata (%n articolo)", "{edition} importata (%n articoli)"),
    },
    "{edition} updated from revision {previous} to {revision} (%n articles)": {
        "en": (
            "{edition} updated from revision {previous} to {revision} (%n article)",
            "{edition} updated from revision {previous} to {revision} (%n articles)",
        ),
        "it": (
            "{edition} aggiornata dalla revisione {previous} alla {revision} (%n articolo)",
            "{edition} aggiornata dalla revisione {previous} alla {revision} (%n articoli)",
        ),
    },
}


def _fill_plural(message: ET.Element, language: str) -> bool:
    """Fill a ``numerus="yes"`` message from PLURALS; False if it has no entry."""
    forms = PLURALS.get(message.findtext("source") or "", {}).get(language)
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    done = [f.text for f in translation.findall("numerusform")]
    if done and all(done) and translation.get("type") != "unfinished":
        return True
    if forms is None:
        return False
    for old in translation.findall("numerusform"):
        translation.remove(old)
    for form in forms:
        ET.SubElement(translation, "numerusform").text = form
    translation.text = None
    translation.attrib.pop("type", None)
    return True


def fill(ts: Path, table: dict[str, str], language: str = "it") -> list[str]:
    """Fill ``ts`` from ``table``; returns the sources still untranslated."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source in PLURALS:
            # lupdate misses the count of QCoreApplication.translate(ctx, text, "", n).
            message.set("numerus", "yes")
        if message.get("numerus") == "yes":
            if not _fill_plural(message, language):
                missing.append(source)
            continue
        if language != "it":
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.text and translation.get("type") != "unfinished":
            continue
        if source in table:
            translation.text = table[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(Path(__file__).with_name("edicola_it.ts"), IT)
    left += fill(Path(__file__).with_name("edicola_en.ts"), {}, "en")
    for source in left:
        print(f"untranslated: {source!r}")
