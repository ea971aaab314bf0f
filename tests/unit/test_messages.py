"""Messages made below the UI: English for the CLI, their templates listed for translators."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

import pytest

from edicola.core.bundle.format import BundleError
from edicola.core.bundle.reader import open_bundle
from edicola.core.message import Message, message_of
from edicola.store.editions import ImportResult
from edicola.ui.common.messages import TEMPLATES

APP = Path(__file__).resolve().parents[2] / "app" / "edicola"


def _templates_below_the_ui() -> dict[str, str]:
    """Every ``Message(...)`` template in core/ and store/, with where it is made."""
    found: dict[str, str] = {}
    for path in sorted([*(APP / "core").rglob("*.py"), *(APP / "store").rglob("*.py")]):
        if path.name == "message.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Message":
                where = f"{path.relative_to(APP)}:{node.lineno}"
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{where}: a template must be a literal (lupdate and this test read it)"
                )
                found.setdefault(first.value, where)
    return found


def test_every_template_made_below_the_ui_is_listed_for_lupdate() -> None:
    found = _templates_below_the_ui()
    assert "{edition} imported (%n articles)" in found
    missing = {template: where for template, where in found.items() if template not in TEMPLATES}
    assert missing == {}


def test_a_message_is_its_english_text() -> None:
    message = ImportResult("faro-2026-01-10", 2, "imported", 3).describe()
    assert message == "faro-2026-01-10 imported (3 articles)"
    assert type(str(message)) is str and str(message) == message
    assert isinstance(message, Message) and message.n == 3
    copy = pickle.loads(pickle.dumps(message))  # worker processes keep the template
    assert (copy, copy.template, copy.values) == (message, message.template, message.values)


def test_an_error_keeps_the_message_it_was_raised_with(tmp_path: Path) -> None:
    bad = tmp_path / "broken.edicola"
    bad.write_bytes(b"this is not a zip archive")
    with pytest.raises(BundleError) as caught:
        open_bundle(bad)
    text = message_of(caught.value)
    assert isinstance(text, Message) and text == str(caught.value)
    # The zip's own problem names the bundle once: "broken.edicola: not a zip file …".
    assert text.template == "{file}: {message}"
    assert text.values["message"].template == "not a zip file or a truncated one ({why})"
    assert message_of(ValueError("plain")) == "plain"
