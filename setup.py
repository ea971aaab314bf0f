"""Package discovery for setuptools (everything else is in pyproject.toml).

The code is found under ``app/`` (the source root, as ``src/`` is elsewhere);
``resources/`` and ``editions/`` stay at the top level and ship as the data
packages ``edicola.resources`` and ``edicola.editions``. pyproject.toml alone
cannot list found packages beside mapped ones, hence these few lines.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages("app"), "edicola.resources", "edicola.editions"])
