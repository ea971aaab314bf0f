"""Comments read as in Isso's widget: Markdown rendered, raw HTML shown as typed (issue 10)."""

from __future__ import annotations

from edicola.core.comments.markup import render_comment


def test_markdown_is_rendered_and_html_stays_text() -> None:
    assert render_comment("**bold** and <b>not</b>") == (
        "<p><strong>bold</strong> and &lt;b&gt;not&lt;/b&gt;</p>"
    )
    assert render_comment("<script>alert(1)</script>") == (
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    )


def test_no_images_and_only_safe_links() -> None:
    out = render_comment(
        "![x](http://evil.example/x.png) [ok](https://ok.example/) [js](javascript:x)"
    )
    assert "<img" not in out and out.startswith("<p>![x](http://")  # the text typed
    assert '<a href="https://ok.example/"' in out and "javascript:" not in out


def test_long_runs_get_break_points_outside_tags() -> None:
    out = render_comment("see " + "a" * 50 + " and [link](https://example.org/" + "p" * 40 + ")")
    assert "a" * 20 + "\u200b" + "a" * 20 in out
    assert 'href="https://example.org/' + "p" * 40 + '"' in out  # the address is untouched
