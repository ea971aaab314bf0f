"""Italian translations of the reader's strings, merged into edicola_it.ts.

Run after ``python -m edicola.i18n_build --update`` when strings change:
``python resources/translations/fill_it.py``. Only empty or unfinished
entries are filled, so corrections made in Qt Linguist are kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

IT = {
    # -- comments: panel, composer, outbox, server dialog (app/ui/comments_*, outbox_*) --
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
    # -- the app and the network layer (app/ui/shell/application.py, app/net/*) --
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
    # -- H5 issue 10: wall of covers, tool bar, views (app/ui/newsstand, app/ui/shell) --
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
    # -- H7 issue 14: the Pages view, the print replica (app/ui/pages) --
    "Printed page": "Pagina stampata",
    "This page cannot be shown": "Questa pagina non può essere mostrata",
    "Two pages": "Due pagine",
    "Fit page": "Pagina intera",
    "Fit width": "Adatta alla larghezza",
    "Zoom out": "Riduci",
    "Zoom in": "Ingrandisci",
    "Go to section": "Vai alla sezione",
    "Pages": "Pagine",
    "Page %1 of %2": "Pagina %1 di %2",
    "&Pages (print replica)": "&Pagine (edizione sfogliabile)",
    "Show on &page": "Mostra sulla &pagina",
    "This edition has no printed pages.": "Questa edizione non ha pagine stampate.",
    "This article is not on the printed pages.": "Questo articolo non è sulle pagine stampate.",
    "page %1": "pagina %1",
    # -- H3 issue 13: feeds become editions (app/ui/feeds) --
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

    # -- H1 issue 9: opening a bundle file (app/ui/shell/open_bundle.py) --
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
}

# -- plurals (Qt %n): source -> {language: (one, many)}; English needs them too --------
# Both languages have two forms. edicola_en.ts gets only these; its other strings
# stay empty, which Qt reads as "use the source text".
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
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
