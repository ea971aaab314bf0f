"""The "Add feeds…" dialog: name a paper, paste feed URLs or import an OPML file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from edicola.core.feeds.opml import OpmlError, read_opml

LANGUAGES = (("it", "Italiano"), ("en", "English"), ("de", "Deutsch"), ("fr", "Français"),
             ("es", "Español"))  # fmt: skip


def language_choice(parent: QWidget, name: str, language: str) -> QComboBox:
    """A paper's language: the ones Edicola serves, plus ``language`` if it is another
    (a recipe written by hand), with ``language`` chosen."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for code, label in LANGUAGES:
        combo.addItem(label, code)
    if combo.findData(language) < 0:
        combo.addItem(language, language)
    combo.setCurrentIndex(combo.findData(language))
    return combo


class AddFeedsDialog(QDialog):
    """Collects a paper's name, language and feed URLs; :meth:`feeds` gives the URLs."""

    def __init__(self, parent: QWidget | None = None, language: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("addFeedsDialog")
        self.setWindowTitle(self.tr("Add feeds"))
        self.name = QLineEdit(self)
        self.name.setObjectName("addFeedsName")
        self.name.setPlaceholderText(self.tr("e.g. Morning paper"))
        known = language if language in dict(LANGUAGES) else LANGUAGES[0][0]
        self.language = language_choice(self, "addFeedsLanguage", known)
        self.urls = QPlainTextEdit(self)
        self.urls.setObjectName("addFeedsUrls")
        self.urls.setPlaceholderText(self.tr("One feed address (RSS or Atom) per line"))
        self.urls.textChanged.connect(self._on_urls_text_changed)
        self.opml_button = QPushButton(self.tr("Import &OPML…"), self)
        self.opml_button.setObjectName("addFeedsOpml")
        self.opml_button.clicked.connect(self._on_opml_clicked)
        self.error = QLabel(self)
        self.error.setObjectName("addFeedsError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Paper &name:"), self.name)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Feeds:"), self.urls)
        form.addRow("", self.opml_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def feeds(self) -> list[str]:
        """The http(s) URLs typed or imported, in order, without duplicates."""
        lines = (line.strip() for line in self.urls.toPlainText().splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def _invalid(self) -> list[str]:
        return [url for url in self.feeds() if not url.startswith(("http://", "https://"))]

    def paper_name(self) -> str:
        return " ".join(self.name.text().split())

    def paper_language(self) -> str:
        return str(self.language.currentData())

    def import_opml(self, path: Path) -> bool:
        """Add the feeds of an OPML file; a bad file is reported in the dialog."""
        try:
            found = read_opml(path.read_bytes())
        except (OSError, OpmlError) as exc:
            self._show_error(self.tr("%1: %2").replace("%1", path.name).replace("%2", str(exc)))
            return False
        known = self.feeds()
        added = [f.url for f in found if f.url not in known]
        text = "\n".join([*known, *added])
        self.urls.setPlainText(text + "\n" if text else "")
        if not self.paper_name():
            self.name.setText(path.stem.replace("-", " ").replace("_", " ").strip().title())
        return True

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _on_urls_text_changed(self) -> None:
        self._show_error("")

    def _on_opml_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import OPML"), "", self.tr("OPML files (*.opml *.xml);;All files (*)")
        )
        if name:
            self.import_opml(Path(name))

    def _on_buttons_accepted(self) -> None:
        if not self.paper_name():
            self._show_error(self.tr("Give the paper a name."))
            self.name.setFocus()
        elif not self.feeds():
            self._show_error(self.tr("Paste at least one feed address, or import an OPML file."))
        elif self._invalid():
            bad = self._invalid()[0]
            self._show_error(self.tr("Not an http(s) address: %1").replace("%1", bad))
        else:
            self.accept()
