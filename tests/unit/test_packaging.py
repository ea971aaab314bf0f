"""The wheel ships every package and data folder the program reads at run time."""

from __future__ import annotations

import tomllib
from pathlib import Path

from edicola import paths

TOP = Path(__file__).resolve().parents[2]


def _setuptools() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((TOP / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_package_under_app_is_listed() -> None:
    listed = set(_setuptools()["packages"])
    found = {
        ".".join(("edicola", *p.parent.relative_to(TOP / "app").parts))
        for p in (TOP / "app").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_every_resource_folder_is_listed_with_its_data() -> None:
    config = _setuptools()
    for folder in (TOP / "resources").iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            name = f"edicola.resources.{folder.name}"
            assert name in config["packages"], name
            assert name in config["package-data"], name


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
