"""The wheel ships every package and data folder the program reads at run time."""

from __future__ import annotations

import tomllib
from pathlib import Path

from edicola import paths

TOP = Path(__file__).resolve().parents[2]


def _package_data() -> dict[str, list[str]]:
    config = tomllib.loads((TOP / "pyproject.toml").read_text("utf-8"))
    return config["tool"]["setuptools"]["package-data"]  # type: ignore[no-any-return]


def test_every_resource_folder_ships_its_files() -> None:
    """Each file under resources/ is matched by a package-data pattern (else the
    wheel would lack it)."""
    patterns = _package_data()["edicola.resources"]
    for path in (TOP / "resources").rglob("*"):
        if path.is_file() and path.suffix not in (".py", ".pyc", ".ts"):
            rel = path.relative_to(TOP / "resources")
            assert any(rel.match(p) for p in patterns), f"{rel} is not shipped"


def test_data_is_found_through_the_package() -> None:
    assert paths.resource("schemas", "manifest-v1.schema.json").is_file()
    assert (paths.resource("translations") / "edicola_it.qm").is_file()
    assert any(paths.EDITIONS.glob("*/publication.json"))


def test_committed_translations_are_built_from_the_ts_files(tmp_path: Path) -> None:
    """The wheel ships the committed .qm files: they must match their .ts sources."""
    import shutil

    from edicola.i18n_build import release

    source = paths.resource("translations")
    for ts in source.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    for built in release(tmp_path):
        assert built.read_bytes() == (source / built.name).read_bytes(), (
            f"{built.name} is stale: run make translations"
        )
