"""Is a catalog folder one that OPDS 2.0 clients take? Checked offline against the
official schemas (vendored in tests/data/opds) and the rules they cannot say.

Every feed is validated against the OPDS 2.0 feed schema, which checks each edition
against the Readium Web Publication Manifest's metadata and link schemas; formats
(uri, uri-reference, date-time) are checked too. Beyond the schemas: every edition
has an image that is in the folder, every relative link leads to a file of the
folder, and ``self`` links name their own feed, absolutely whenever the catalog has
a public address (Readium wants them absolute; without ``--base-url`` there is none).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlsplit

import jsonschema
from referencing import Registry, Resource

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "opds"
ROOT = "catalog.json"
_LOCAL = "https://catalog.invalid/"


@cache
def feed_validator() -> jsonschema.protocols.Validator:
    """The OPDS 2.0 feed schema with every schema it refers to, offline.

    The schemas write named groups the ECMAScript way (``(?<name>``); Python's
    ``re`` wants ``(?P<name>``."""
    resources = []
    for path in SCHEMAS.rglob("*.schema.json"):
        schema = json.loads(path.read_text("utf-8").replace("(?<", "(?P<"))
        resources.append((schema["$id"], Resource.from_contents(schema)))
    feed = json.loads((SCHEMAS / "opds" / "feed.schema.json").read_text("utf-8"))
    cls = jsonschema.validators.validator_for(feed)
    registry: Registry[Any] = Registry().with_resources(resources)
    return cls(feed, registry=registry, format_checker=cls.FORMAT_CHECKER)


def schema_errors(feed: Any) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in feed_validator().iter_errors(feed)]


def _feeds(folder: Path) -> list[str]:
    found = [ROOT] if (folder / ROOT).exists() else []
    if (folder / "publications").is_dir():
        found += sorted(
            p.relative_to(folder).as_posix() for p in folder.glob("publications/**/*.json")
        )
    return found


def _self_base(root: dict[str, Any]) -> str | None:
    """The catalog's public address, when the root's self link is absolute."""
    for link in root.get("links", []):
        href = link.get("href", "") if isinstance(link, dict) else ""
        if link.get("rel") == "self" and urlsplit(href).scheme and href.endswith("/" + ROOT):
            return str(href[: -len(ROOT)])
    return None


def _links(feed: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every link of a feed, with where it is."""
    found = [(f"links[{i}]", link) for i, link in enumerate(feed.get("links", []))]
    found += [(f"navigation[{i}]", link) for i, link in enumerate(feed.get("navigation", []))]
    for p, pub in enumerate(feed.get("publications", [])):
        found += [(f"publications[{p}].links[{i}]", ln) for i, ln in enumerate(pub["links"])]
        found += [(f"publications[{p}].images[{i}]", ln) for i, ln in enumerate(pub["images"])]
    return found


def _feed_problems(folder: Path, rel: str, feed: Any, base: str | None) -> list[str]:
    problems = schema_errors(feed)
    if problems or not isinstance(feed, dict):
        return problems
    for p, pub in enumerate(feed.get("publications", [])):
        if not pub.get("images"):
            problems.append(f"publications[{p}]: no images (OPDS clients browse by cover)")
    if problems:
        return problems
    here = (base or _LOCAL) + rel
    for where, link in _links(feed):
        href = str(link["href"])
        if link.get("rel") == "self":
            if base is not None and not urlsplit(href).scheme:
                problems.append(f"{where}: self link {href!r} is not absolute")
            elif urljoin(here, href) != here:
                problems.append(f"{where}: self link {href!r} is not this feed")
        elif not urlsplit(href).scheme and not href.startswith("/"):
            target = PurePosixPath(urlsplit(urljoin(_LOCAL + rel, href)).path.lstrip("/"))
            if not (folder / target).is_file():
                problems.append(f"{where}: {href!r} is not in the catalog folder")
    return problems


def catalog_problems(folder: Path) -> list[str]:
    """Every reason the catalog in ``folder`` is not valid, as ``file: where: why``;
    [] when it is."""
    feeds = _feeds(folder)
    if ROOT not in feeds:
        return [f"{folder}: no {ROOT}"]
    root = json.loads((folder / ROOT).read_text("utf-8"))
    base = _self_base(root) if isinstance(root, dict) else None
    problems = []
    for rel in feeds:
        feed = json.loads((folder / rel).read_text("utf-8"))
        problems += [f"{rel}: {p}" for p in _feed_problems(folder, rel, feed, base)]
    return problems
