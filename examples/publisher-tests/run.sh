#!/usr/bin/env bash
# Run the publisher example the way a tester would: from the wheel, outside the
# checkout, with nothing but `pip install edicola pytest-qt`.
#
#   examples/publisher-tests/run.sh            # uses python3
#   PYTHON=python3.12 examples/publisher-tests/run.sh
#   examples/publisher-tests/run.sh --fixtures # also every fixture's own tests,
#                                              # with `pip install edicola[testing]`
#
# Builds the wheel, makes a fresh virtual environment in a temporary folder,
# installs the wheel and pytest-qt there, copies the example next to it and
# runs pytest in that folder (no conftest, no pyproject of this repository).
# The temporary folder is removed afterwards; the exit status is pytest's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-python3}"
work="$(mktemp -d "${TMPDIR:-/tmp}/edicola-publisher-tests.XXXXXX")"
trap 'rm -rf "$work"' EXIT

fixtures=no
if [ "${1:-}" = "--fixtures" ]; then
  fixtures=yes
  shift
fi

"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --upgrade pip
"$work/venv/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$work/dist" "$root"
wheel="$(ls "$work"/dist/edicola-*.whl)"
mkdir "$work/tests"
cp "$here/test_edition.py" "$here/pytest.ini" "$work/tests/"
if [ "$fixtures" = yes ]; then
  "$work/venv/bin/python" -m pip install --quiet "$wheel[testing]"
  cp "$root/tests/gui/test_testing_plugin.py" "$work/tests/"
else
  "$work/venv/bin/python" -m pip install --quiet "$wheel" pytest-qt
fi
cd "$work/tests"
# -p no:cacheprovider: nothing is written next to the copied tests.
"$work/venv/bin/python" -m pytest -q -p no:cacheprovider "$@"
