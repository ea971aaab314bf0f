"""Running the W3C's epubcheck (Debian's ``epubcheck`` package) on exported EPUBs.

Each run starts a JVM (several seconds), so files are checked two at a time
and with the JIT's quick tier only. Without epubcheck the tests that need it
skip, except under CI (``CI`` set), where a missing epubcheck is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

JAR = Path("/usr/share/java/epubcheck.jar")
_COUNTS = re.compile(r"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?")


@dataclass(frozen=True)
class CheckResult:
    path: Path
    fatals: int
    errors: int
    warnings: int
    output: str

    @property
    def clean(self) -> bool:
        return self.fatals == self.errors == self.warnings == 0


def epubcheck_command() -> list[str]:
    """How to run epubcheck here; skips the test (fails under CI) when it is missing."""
    java = shutil.which("java")
    if java and JAR.exists():
        return [java, "-XX:TieredStopAtLevel=1", "-jar", str(JAR)]
    message = "epubcheck is not installed (apt-get install epubcheck)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def epubcheck_version() -> str:
    out = subprocess.run(
        [*epubcheck_command(), "--version"], capture_output=True, text=True, timeout=300
    )
    found = re.search(r"EPUBCheck v?([\d.]+)", out.stdout + out.stderr)
    return found.group(1) if found else "unknown"


def _check(command: list[str], path: Path) -> CheckResult:
    run = subprocess.run(
        [*command, str(path)], capture_output=True, text=True, timeout=600
    )  # timing-ok: a hang guard, far above the few seconds a check takes
    output = run.stdout + run.stderr
    counts = _COUNTS.search(output)
    if counts is None:
        if "No errors or warnings detected" in output:
            return CheckResult(path, 0, 0, 0, output)
        raise AssertionError(f"epubcheck gave no verdict on {path.name}:\n{output}")
    fatals, errors, warnings = (int(n) for n in counts.groups())
    return CheckResult(path, fatals, errors, warnings, output)


def epubcheck(paths: list[Path]) -> list[CheckResult]:
    """epubcheck's verdict on each file, in the order given."""
    command = epubcheck_command()
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda path: _check(command, path), paths))
