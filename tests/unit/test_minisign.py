"""Minisign keys and signatures: round trips and vectors made by the real ``minisign`` 0.11."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from edicola.core.catalog.minisign import (
    MinisignError,
    PublicKey,
    SecretKey,
    Signature,
    sign_bytes,
    sign_file,
    verify_bytes,
    verify_file,
)

# Made with `minisign -G -W`, then `minisign -S -W -s ms.key -m g.txt -t "edicola test vector"`
# (prehashed `ED`) and `minisign -S -l` (legacy `Ed`); g.txt holds b"hello\n".
VECTOR_MESSAGE = b"hello\n"
VECTOR_PUBLIC = """untrusted comment: minisign public key F144265FDA497C1F
RWQffEnaXyZE8dcajvn1x/voVF0xTtG8wGQ0g3e3VoebFzJ1xq+cxbiE
"""
VECTOR_SECRET = """untrusted comment: minisign encrypted secret key
RWQAAEIyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAH3xJ2l8mRPFwbaBzniZ2N1nCN1q7ogSUTZL0Ctv/aiXq9HHpuZhe9dcajvn1x/voVF0xTtG8wGQ0g3e3VoebFzJ1xq+cxbiEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
"""
VECTOR_SIG_HASHED = """untrusted comment: signature from minisign secret key
RUQffEnaXyZE8buTLEDjjJekfVzICIG5IUTVmWpdKMSDbRFkuCZudqqq68AksvyaCPO3RfSOkyHo5iMOPxg9wyQwknDESc17Rgc=
trusted comment: edicola test vector
HvCS8oFsujz9WBwOzrb8zvQKVPlTuC3QmecZYBLc1HBX1uvEwzx/qbWDCLh9YtjCh4i2m1zAyYzZZbVlMP3NBQ==
"""
VECTOR_SIG_LEGACY = """untrusted comment: signature from minisign secret key
RWQffEnaXyZE8Urccmv3YS7ERVZaQJhtDiCZB0fhIGg/xMaTxlEcGzMQ6F+kc04Guwtq64mQuvcVwr98ZUics8yD+Ktx8YP4QQU=
trusted comment: timestamp:1795659302\tfile:g.txt
GVe8lmPB7H280APffnCjGYC3gF5kMHan+J92SKRjuWxMTrVrA5WLI/jWjKanMCN4YRGOplhE7kVEu3wSzNnpAQ==
"""


def test_vector_public_key_layout() -> None:
    key = PublicKey.parse(VECTOR_PUBLIC)
    assert key.key_id_hex == "F144265FDA497C1F"
    assert len(key.key) == 32
    assert key.to_file_text() == VECTOR_PUBLIC


def test_vector_prehashed_signature_verifies() -> None:
    comment = verify_bytes(VECTOR_MESSAGE, VECTOR_SIG_HASHED, VECTOR_PUBLIC)
    assert comment == "edicola test vector"


def test_vector_legacy_signature_verifies() -> None:
    comment = verify_bytes(VECTOR_MESSAGE, VECTOR_SIG_LEGACY, VECTOR_PUBLIC)
    assert comment == "timestamp:1795659302\tfile:g.txt"


def test_vector_unencrypted_secret_key_reproduces_signature() -> None:
    secret = SecretKey.parse(VECTOR_SECRET)
    assert secret.public_key == PublicKey.parse(VECTOR_PUBLIC)
    # Ed25519 is deterministic: same key, same digest, same comment -> same bytes.
    ours = sign_bytes(VECTOR_MESSAGE, secret, "edicola test vector")
    assert ours.to_text() == VECTOR_SIG_HASHED


def test_signature_layout() -> None:
    sig = Signature.parse(VECTOR_SIG_HASHED)
    assert sig.algorithm == b"ED"
    assert len(sig.key_id) == 8 and len(sig.signature) == 64 and len(sig.global_signature) == 64


def test_tampered_message_is_refused() -> None:
    with pytest.raises(MinisignError, match="does not match"):
        verify_bytes(b"hellO\n", VECTOR_SIG_HASHED, VECTOR_PUBLIC)


def test_tampered_trusted_comment_is_refused() -> None:
    forged = VECTOR_SIG_HASHED.replace("edicola test vector", "edicola test vectoR")
    with pytest.raises(MinisignError, match="trusted comment"):
        verify_bytes(VECTOR_MESSAGE, forged, VECTOR_PUBLIC)


def test_other_key_is_refused() -> None:
    other = SecretKey.generate().public_key
    with pytest.raises(MinisignError, match="expected key"):
        verify_bytes(VECTOR_MESSAGE, VECTOR_SIG_HASHED, other)


@pytest.mark.parametrize(
    "text",
    ["", "untrusted comment: x\n", "untrusted comment: x\n!!!\ntrusted comment: y\nAAAA\n"],
)
def test_malformed_signature_is_refused(text: str) -> None:
    with pytest.raises(MinisignError):
        Signature.parse(text)


def test_file_round_trip(tmp_path: Path) -> None:
    secret = SecretKey.generate()
    data = tmp_path / "edition.edicola"
    data.write_bytes(b"x" * 3_000_000)
    sig_path = sign_file(data, secret, "file:edition.edicola")
    assert sig_path.name == "edition.edicola.minisig"
    assert verify_file(data, sig_path, secret.public_key) == "file:edition.edicola"
    assert verify_file(data, sig_path, secret.public_key.to_base64()) == "file:edition.edicola"
    with data.open("r+b") as handle:
        handle.seek(1_500_000)
        handle.write(b"y")
    with pytest.raises(MinisignError, match=r"edition\.edicola"):
        verify_file(data, sig_path, secret.public_key)


def test_secret_key_file_round_trip_unencrypted() -> None:
    secret = SecretKey.generate()
    text = secret.to_file_text()
    assert not SecretKey.is_encrypted(text)
    assert SecretKey.parse(text) == secret


def test_secret_key_encrypted_with_scrypt() -> None:
    secret = SecretKey.generate()
    # Small limits keep the test fast; minisign reads the limits from the file.
    text = secret.to_file_text(b"correct horse", opslimit=32768, memlimit=1 << 20)
    assert SecretKey.is_encrypted(text)
    assert SecretKey.parse(text, b"correct horse") == secret
    with pytest.raises(MinisignError, match="wrong password"):
        SecretKey.parse(text, b"wrong")
    with pytest.raises(MinisignError, match="password is needed"):
        SecretKey.parse(text)


def test_multiline_trusted_comment_is_refused() -> None:
    with pytest.raises(MinisignError, match="single line"):
        sign_bytes(b"x", SecretKey.generate(), "a\nb")


@pytest.mark.skipif(shutil.which("minisign") is None, reason="minisign tool not installed")
def test_interop_with_minisign_tool(tmp_path: Path) -> None:
    secret = SecretKey.generate()
    pub = tmp_path / "key.pub"
    pub.write_text(secret.public_key.to_file_text())
    data = tmp_path / "data.bin"
    data.write_bytes(b"edicola")
    sign_file(data, secret)
    result = subprocess.run(
        ["minisign", "-V", "-p", str(pub), "-m", str(data)], capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
