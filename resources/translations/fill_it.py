"""Italian translations of the reader's strings, merged into edicola_it.ts.

Run after ``python -m app.i18n_build --update`` when strings change:
``python resources/translations/fill_it.py``. Only empty or unfinished
entries are filled, so corrections made in Qt Linguist are kept.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

IT = {
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
}


def fill(ts: Path, table: dict[str, str]) -> list[str]:
    """Fill ``ts`` from ``table``; returns the sources still untranslated."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
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
    for source in left:
        print(f"untranslated: {source!r}")
