"""`edicola keygen / sign / publish / retire`: the publisher's side of the CLI contract."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from edicola.cli import cli
from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import PublicKey, verify_file
from edicola.testing.editions import make_edition_source


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_keygen_sign_publish_retire(tmp_path: Path) -> None:
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    code, out = invoke("keygen", "-p", str(pub), "-s", str(sec))
    assert code == 0, out
    assert sec.stat().st_mode & 0o777 == 0o600
    code, out = invoke("keygen", "-p", str(pub), "-s", str(sec))
    assert code == 1 and "already exists" in out

    source = make_edition_source(tmp_path / "src")
    (tmp_path / "out").mkdir()
    bundle = build_edition(source, tmp_path / "out").path
    code, out = invoke("sign", str(bundle), "--key", str(sec))
    assert code == 0, out
    verify_file(bundle, Path(f"{bundle}.minisig"), PublicKey.load(pub))

    site = tmp_path / "site"
    args = ["publish", str(bundle), "--to", str(site), "--key", str(sec)]
    code, out = invoke(*args, "--comments-server", "https://c.example/")
    assert code == 0 and "catalog version 1 written" in out, out
    code, out = invoke(*args)
    assert code == 0 and "unchanged gazzetta-2026-05-04" in out
    assert "catalog version 1 unchanged" in out
    code, out = invoke("publish", str(bundle), "--to", str(site))
    assert code == 1 and "the catalog is signed; give --key" in out
    code, out = invoke("retire", "gazzetta-2026-05-04", "--from", str(site), "--key", str(sec))
    assert code == 0 and "catalog version 2" in out
    code, out = invoke("retire", "gazzetta-2026-05-04", "--from", str(site), "--key", str(sec))
    assert code == 1 and "not in the catalog" in out and "Traceback" not in out


def test_bad_input_is_one_line(tmp_path: Path, qapp: object) -> None:
    # ``qapp`` first: the reader-side commands reuse the running Qt application.
    junk = tmp_path / "junk.edicola"
    junk.write_bytes(b"junk")
    code, out = invoke("publish", str(junk), "--to", str(tmp_path / "site"))
    assert code == 1 and out.count("\n") == 1 and "junk.edicola" in out
    bad_key = tmp_path / "bad.key"
    bad_key.write_text("untrusted comment: x\nAAAA\n")
    code, out = invoke("sign", str(junk), "--key", str(bad_key))
    assert code == 1 and "bad.key" in out and out.count("\n") == 1
    code, out = invoke("download", "nothing-2026-01-01")
    assert code == 1 and "not in any fetched catalog" in out
    code, out = invoke("catalog", "ftp://x/catalog.json")
    assert code == 2 and "http(s) URL" in out
