"""``edicola import --samples``: the sample editions shipped in the wheel, from the CLI,
the same ones the reader's "Try the sample papers" imports."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.samples import build_samples
from edicola.paths import EDITIONS


def run(library: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--library", str(library), *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_import_samples_imports_every_shipped_sample(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    code, out, _ = run(library, "import", "--samples")
    sources = sorted(EDITIONS.rglob("edition.json"))
    assert code == 0 and len(sources) >= 6  # two papers, three days each at least
    assert out.count(" imported (") == len(sources)
    code, out, _ = run(library, "list", "--json")
    ids = {edition["id"] for edition in json.loads(out)}
    assert ids == {f"{s.parent.parent.name}-{s.parent.name}" for s in sources}
    # Again: nothing new, and nothing left behind in a temporary folder of ours.
    code, out, _ = run(library, "import", "--samples")
    assert code == 0 and out.count("already in the library") == len(sources)


def test_import_needs_files_or_samples(tmp_path: Path) -> None:
    code, _out, err = run(tmp_path / "lib", "import")
    assert code == 2 and "give bundle files to import, or --samples" in err
    assert not (tmp_path / "lib").exists() or not (tmp_path / "lib" / "library.db").exists()


def test_samples_build_reproducibly(tmp_path: Path) -> None:
    first = build_samples(tmp_path / "a")
    second = build_samples(tmp_path / "b")
    assert [p.name for p in first] == [p.name for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))
