"""Checking a bundle's detached minisign signature for ``edicola validate``."""

from __future__ import annotations

from pathlib import Path


def check_signature(bundle: Path, keys: tuple[Path, ...]) -> list[str]:
    """Problems with ``bundle.minisig`` against any of ``keys``; empty when one verifies."""
    from edicola.core.catalog import minisign

    sig = bundle.with_name(bundle.name + ".minisig")
    if not sig.exists():
        return [f"no signature file {sig.name}"]
    errors: list[str] = []
    for key_path in keys:
        try:
            minisign.verify_file(bundle, sig, minisign.PublicKey.load(key_path))
            return []
        except minisign.SignatureError as exc:
            errors.append(f"signature: {str(exc).removeprefix(f'{bundle}: ')}")
    return errors[-1:]
