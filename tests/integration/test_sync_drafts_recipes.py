"""Sync of comment drafts, feed recipes and (when chosen) reader settings, through a real
WebDAV server (wsgidav on 127.0.0.1)."""

from __future__ import annotations

from collections.abc import Callable

from edicola.store import sync_settings
from tests.helpers.sync_fixtures import Device

Make = Callable[..., Device]


def _article(device: Device) -> str:
    return str(device.library.db.execute("SELECT id FROM articles ORDER BY id").fetchone()[0])


def test_a_comment_draft_reaches_the_other_device_and_is_never_sent_twice(
    make_device: Make,
) -> None:
    a, b = make_device("a"), make_device("b")
    local_id = a.library.comments.save_draft(
        _article(a), "Bozza: il sindaco sbaglia", author="Anna"
    )
    a.sync()
    b.sync()
    draft = b.library.comments.get(local_id)
    assert (draft.text, draft.author, draft.state.value) == (
        "Bozza: il sindaco sbaglia", "Anna", "draft"
    )  # fmt: skip

    b.library.comments.edit(local_id, "Bozza corretta")
    b.sync()
    a.sync()
    assert a.library.comments.get(local_id).text == "Bozza corretta"

    a.library.comments.queue(local_id)  # Send pressed on a: sending stays with a
    a.sync()
    b.sync()
    assert local_id not in {
        c.local_id for c in b.library.comments.all() if c.state.value == "draft"
    }
    assert b.library.comments.pending_count() == 0  # b can never send it


def test_a_feed_recipe_and_its_removal_sync(make_device: Make) -> None:
    a, b = make_device("a"), make_device("b")
    recipe = a.folder / "feeds" / "cronaca" / "recipe.toml"
    recipe.parent.mkdir(parents=True)
    recipe.write_text('title = "Cronaca"\nfeeds = ["https://cronaca.example/rss"]\n', "utf-8")
    a.sync()
    b.sync()
    there = b.folder / "feeds" / "cronaca" / "recipe.toml"
    assert there.read_text("utf-8") == recipe.read_text("utf-8")

    there.write_text('title = "Cronaca locale"\nfeeds = ["https://cronaca.example/rss"]\n', "utf-8")
    b.sync()
    a.sync()
    assert 'title = "Cronaca locale"' in recipe.read_text("utf-8")

    recipe.unlink()
    a.sync()
    b.sync()
    assert not there.exists()


def test_reader_settings_sync_only_between_devices_that_chose_so(make_device: Make) -> None:
    a, b, c = make_device("a"), make_device("b"), make_device("c")
    sync_settings.write(a.folder, {"theme": "dark", "text_size": 19})
    sync_settings.write(b.folder, {"theme": "light", "text_size": 12})
    b.sync()  # b's choice first, a's later: a's wins
    a.sync()
    b.sync()
    c.sync()
    assert sync_settings.read(b.folder) == {"theme": "dark", "text_size": 19}
    assert sync_settings.read(c.folder) is None  # c does not share its settings

    sync_settings.write(c.folder, {"theme": "sepia", "text_size": 15})
    c.sync()
    a.sync()
    assert sync_settings.read(a.folder) == {"theme": "sepia", "text_size": 15}
