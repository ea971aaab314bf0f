"""Download benchmark: Edicola's download + verify + import against ``curl``, same server.

Usage::

    python -m bench.bench_download [--mb 50] [--out bench/results/download.json]

Builds a signed bundle of about ``--mb`` MB (a few large, incompressible
images referenced by one article), serves it from the demo's static host
(``edicola.servers.static_host``) on 127.0.0.1, then times:

* ``curl`` copying the bytes to a file (best of 3), and
* a child process running the real ``Downloader``: HTTP, SHA-256 and
  BLAKE2b hashing as bytes arrive, minisign verification, import into a
  fresh library in one transaction (best of 2).

Both again through a server throttled to 100 Mbit/s (goal: Edicola ≤ 1.1×
curl), and, on loopback, the time from the hand-off of the last byte (digest
already computed in flight, signature checked) to a readable edition, per MB.
Loopback goal: Edicola takes at most 1.5× curl's time. Peak RSS of the child is
measured for the full bundle and for a bundle a fifth the size; "flat" means
the peak does not grow with the bundle (bytes stream to disk).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

from bench.report import write_results
from edicola.core.bundle.edition_source import build_edition
from edicola.core.catalog.minisign import SecretKey, sign_file
from edicola.servers.static_host import StaticHandler, StaticHost
from edicola.testing.editions import make_edition_source

GOAL = 1.5
THROTTLED_GOAL = 1.1
RATE = 100e6 / 8
"""The throttled link: 100 Mbit/s, in bytes per second."""
ROOT = Path(__file__).resolve().parent.parent


class _ThrottledHandler(StaticHandler):
    """Sends each response body no faster than :data:`RATE` (a 100 Mbit/s link)."""

    def transform(self, chunk: bytes, offset: int) -> bytes:
        if offset == 0:
            self._started = time.perf_counter()
        due = self._started + (offset + len(chunk)) / RATE
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        return chunk


class ThrottledHost(StaticHost):
    handler = _ThrottledHandler


def noise_png(size: int, seed: int) -> bytes:
    """A valid PNG of about ``size`` bytes that does not compress."""
    width = 1024
    height = max(1, size // (width * 3))
    rng = random.Random(seed)
    raw = b"".join(b"\x00" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 0))
        + chunk(b"IEND", b"")
    )


def make_bundle(folder: Path, megabytes: int, key: SecretKey) -> Path:
    images = max(1, megabytes // 10)
    body = "Big pictures.\n\n" + "".join(
        f"![Noise {i}](images/big{i}.png)\n\n" for i in range(images)
    )
    articles = {"01-big.md": ("notizie", "Big", "Large images.", body)}
    source = make_edition_source(folder / f"src{megabytes}", articles=articles)
    (source / "images" / "ponte.png").unlink()  # only the big images are referenced
    for i in range(images):
        data = noise_png(megabytes * 1024 * 1024 // images, seed=i)
        (source / "images" / f"big{i}.png").write_bytes(data)
    out = folder / f"out{megabytes}"
    out.mkdir()
    built = build_edition(source, out)
    sign_file(built.path, key)
    return built.path


def child_run(spec_path: str) -> None:
    """In a fresh process: download, verify and import one bundle; print seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtNetwork import QNetworkAccessManager

    from edicola.net.download_job import DownloadRequest
    from edicola.net.downloader import Downloader
    from edicola.store.library import Library

    spec = json.loads(Path(spec_path).read_text())
    app = QCoreApplication([])
    library = Library.open(Path(spec.pop("library")))
    nam = QNetworkAccessManager(app)
    marks: dict[str, float] = {}

    def importer(path: Path, **options: Any) -> object:
        marks["import_start"] = time.perf_counter()
        try:
            return library.editions.import_bundle(path, **options)
        finally:
            marks["import_end"] = time.perf_counter()

    downloader = Downloader(nam, library.folder / "downloads", importer)
    loop = QEventLoop()
    result: list[str] = []
    downloader.finished.connect(lambda e: (result.append("ok"), loop.quit()))
    downloader.failed.connect(lambda e, m, r: (result.append(m), loop.quit()))
    start = time.perf_counter()
    downloader.enqueue(DownloadRequest(**spec))
    loop.exec()
    elapsed = time.perf_counter() - start
    library.close()
    if result != ["ok"]:
        raise SystemExit(f"download failed: {result}")
    transfer = marks["import_start"] - start
    imported = marks["import_end"] - marks["import_start"]
    print(
        json.dumps(
            {"seconds": elapsed, "transfer": transfer, "import": imported, "peak_kib": _vm_hwm()}
        )
    )


def _vm_hwm() -> int:
    """This process's own peak RSS in KiB.

    Not ``ru_maxrss``: Linux carries it across fork and exec, so a child would
    report the peak of the parent that generated the test bundle.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_child(spec: dict[str, Any], work: Path) -> tuple[dict[str, float], int]:
    """Timings (total, transfer+verify, import) and peak RSS (KiB) of one child download."""
    spec_path = work / "spec.json"
    spec_path.write_text(json.dumps(spec))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "bench.bench_download", "--child", str(spec_path)]
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"download child failed: {out.stderr.strip()[-800:]}")
    figures = json.loads(out.stdout)
    peak = int(figures.pop("peak_kib"))
    return {k: float(v) for k, v in figures.items()}, peak


def curl_seconds(url: str, target: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["curl", "-sS", "-o", str(target), url], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/download.json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_run(args.child)
        return
    if shutil.which("curl") is None:
        raise SystemExit("curl is needed for the comparison")
    key = SecretKey.generate()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        www = work / "www"
        www.mkdir()
        server = StaticHost(www).start()
        throttled = ThrottledHost(www).start()
        try:
            results: dict[str, Any] = {}
            peaks = {}
            for megabytes in (max(1, args.mb // 5), args.mb):
                bundle = make_bundle(work, megabytes, key)
                shutil.copyfile(bundle, www / bundle.name)
                shutil.copyfile(
                    bundle.with_name(bundle.name + ".minisig"), www / (bundle.name + ".minisig")
                )
                url = server.url + bundle.name
                size = bundle.stat().st_size
                spec = {
                    "edition_id": "gazzetta-2026-05-04",
                    "url": url,
                    "size": size,
                    "sha256": hashlib.sha256(bundle.read_bytes()).hexdigest(),
                    "signature_url": url + ".minisig",
                    "public_key": key.public_key.to_base64(),
                }
                runs = 2 if megabytes == args.mb else 1
                times = []
                for attempt in range(runs):
                    spec["library"] = str(work / f"lib-{megabytes}-{attempt}")
                    timing, peak = run_child(dict(spec), work)
                    times.append(timing)
                    peaks[megabytes] = peak
                if megabytes == args.mb:
                    curl = min(curl_seconds(url, work / "curl.out") for _ in range(3))
                    best = min(times, key=lambda t: t["seconds"])
                    edicola = best["seconds"]
                    transfer = min(t["transfer"] for t in times)
                    results = {
                        "transfer_verify_seconds": round(transfer, 3),
                        "transfer_verify_ratio": round(transfer / curl, 2),
                        "import_seconds": round(best["import"], 3),
                        "bundle_bytes": size,
                        "curl_seconds": round(curl, 3),
                        "edicola_seconds": round(edicola, 3),
                        "ratio": round(edicola / curl, 2),
                        "goal_ratio": GOAL,
                        "meets_goal": edicola / curl <= GOAL,
                        "edicola_mb_per_s": round(size / edicola / 1e6, 1),
                        "curl_mb_per_s": round(size / curl / 1e6, 1),
                        "last_byte_to_readable_s_per_mb": round(best["import"] / (size / 1e6), 4),
                    }
                    slow_url = throttled.url + bundle.name
                    slow_curl = min(curl_seconds(slow_url, work / "curl.out") for _ in range(2))
                    slow_times = []
                    for attempt in range(2):
                        spec["library"] = str(work / f"slow-{attempt}")
                        slow_times.append(run_child({**spec, "url": slow_url}, work)[0]["seconds"])
                    results["throttled_100mbit"] = {
                        "curl_seconds": round(slow_curl, 3),
                        "edicola_seconds": round(min(slow_times), 3),
                        "ratio": round(min(slow_times) / slow_curl, 3),
                        "goal_ratio": THROTTLED_GOAL,
                    }
        finally:
            server.stop()
            throttled.stop()
    small, large = sorted(peaks)
    results["peak_rss_kib"] = {f"{small}MB": peaks[small], f"{large}MB": peaks[large]}
    results["rss_growth_kib"] = peaks[large] - peaks[small]
    results["note"] = (
        "edicola = HTTP download + sha256/blake2b while streaming + minisign check + import "
        "into a fresh SQLite library (one transaction); transfer_verify = up to the import "
        "(the bundle fully hashed and its signature checked, no second pass); import = "
        "EditionStore.import_bundle with the in-flight digest; curl = bytes to a file; same "
        "local Python static server; peak RSS is the child process's own VmHWM."
    )
    write_results(args.out, results)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
