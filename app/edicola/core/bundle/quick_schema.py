"""A JSON Schema compiled into a plain yes/no check that never says yes wrongly.

``jsonschema`` walks a 150-article manifest in about 27 ms (and takes 0.1 s to
import): a tenth of an import (issue 21). The manifest's schema uses a dozen
keywords; :func:`compile_schema` turns each into a small Python test, once.
The check answers *certainly valid* or *not sure*: where ``jsonschema`` is more
lenient than a plain test (an ``integer`` written ``1.0``, a ``const`` of
another type, NaN) it says *not sure*, and so does a keyword it does not know.
The caller then runs ``jsonschema``, which decides and names the fields, so the
verdict and every message are exactly the schema's
(``tests/unit/test_quick_schema.py`` compares them over mutated manifests).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]
Patterns = Callable[[str], re.Pattern[str]]
"""Compiles a ``pattern`` keyword as the full validator does (``$`` as ``\\Z``)."""

ANNOTATIONS = frozenset({"$schema", "$id", "$defs", "title", "description", "format"})
"""Keywords that never fail a value (``format`` asserts only with a format checker,
which the manifest's validator is not given)."""


def _never(_value: Any) -> bool:
    return False


def compile_schema(schema: dict[str, Any], patterns: Patterns) -> Check:
    """The yes/no check of ``schema`` (refs resolved within it, ``#/$defs/NAME``)."""
    return _Compiler(schema, patterns).node(schema)


class _Compiler:
    def __init__(self, root: dict[str, Any], patterns: Patterns) -> None:
        self.root, self.patterns = root, patterns
        self.refs: dict[str, Check] = {}

    def node(self, schema: Any) -> Check:
        if schema is True:
            return lambda _value: True
        if not isinstance(schema, dict):
            return _never
        checks: list[Check] = []
        for keyword, argument in schema.items():
            if keyword in ANNOTATIONS:
                continue
            make = _KEYWORDS.get(keyword)
            if make is None:
                return _never  # not understood: the full validator decides
            checks.append(make(self, argument, schema))
        checks = [c for c in checks if c is not _always]
        if len(checks) == 1:
            return checks[0]

        def all_of(value: Any) -> bool:
            return all(check(value) for check in checks)

        return all_of

    def ref(self, target: Any, _schema: dict[str, Any]) -> Check:
        if not isinstance(target, str) or not target.startswith("#/$defs/"):
            return _never
        name = target.removeprefix("#/$defs/")
        if name not in self.refs:
            self.refs[name] = _never  # a reference to itself, while compiling: not sure
            self.refs[name] = self.node(self.root.get("$defs", {}).get(name))
        resolved = self.refs[name]
        return lambda value: resolved(value)


def _always(_value: Any) -> bool:
    return True


def _is_number(value: Any) -> bool:
    """An int (not a bool) or a finite float: what comparisons are sure of."""
    kind = type(value)
    return kind is int or (kind is float and math.isfinite(value))


_TYPES: dict[str, Check] = {
    "string": lambda v: type(v) is str,
    "integer": lambda v: type(v) is int,  # 1.0 is an integer to jsonschema: not sure
    "number": _is_number,
    "object": lambda v: type(v) is dict,
    "array": lambda v: type(v) is list,
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
}


def _type(_c: _Compiler, names: Any, _s: dict[str, Any]) -> Check:
    tests = [_TYPES.get(n, _never) for n in ([names] if isinstance(names, str) else names)]
    if len(tests) == 1:
        return tests[0]
    return lambda value: any(test(value) for test in tests)


def _const(_c: _Compiler, expected: Any, _s: dict[str, Any]) -> Check:
    kind = type(expected)
    if kind not in (str, int, bool, type(None)):
        return _never
    return lambda value: type(value) is kind and value == expected


def _required(_c: _Compiler, keys: list[str], _s: dict[str, Any]) -> Check:
    return lambda value: type(value) is not dict or all(k in value for k in keys)


def _properties(c: _Compiler, properties: dict[str, Any], _s: dict[str, Any]) -> Check:
    checks = {key: c.node(sub) for key, sub in properties.items()}

    def check(value: Any) -> bool:
        if type(value) is not dict:
            return True  # applies to objects only
        for key, item in value.items():
            test = checks.get(key)
            if test is not None and not test(item):
                return False
        return True

    return check


def _additional(c: _Compiler, rule: Any, schema: dict[str, Any]) -> Check:
    if "patternProperties" in schema:
        return _never
    known = frozenset(schema.get("properties", ()))
    if rule is True:
        return _always
    extra = c.node(rule) if rule is not False else _never

    def check(value: Any) -> bool:
        if type(value) is not dict:
            return True
        return all(extra(item) for key, item in value.items() if key not in known)

    return check


def _property_names(c: _Compiler, sub: Any, _s: dict[str, Any]) -> Check:
    test = c.node(sub)
    return lambda value: type(value) is not dict or all(test(k) for k in value)


def _items(c: _Compiler, sub: Any, schema: dict[str, Any]) -> Check:
    if "prefixItems" in schema:
        return _never
    test = c.node(sub)

    def check(value: Any) -> bool:
        return type(value) is not list or all(test(item) for item in value)

    return check


def _pattern(c: _Compiler, pattern: str, _s: dict[str, Any]) -> Check:
    search = c.patterns(pattern).search
    return lambda value: type(value) is not str or search(value) is not None


def _sized(kind: type, measure: Callable[[Any], int], at_most: bool) -> Callable[..., Check]:
    def make(_c: _Compiler, bound: Any, _s: dict[str, Any]) -> Check:
        if type(bound) is not int:
            return _never
        if at_most:
            return lambda value: type(value) is not kind or measure(value) <= bound
        return lambda value: type(value) is not kind or measure(value) >= bound

    return make


def _bound(test: Callable[[Any, Any], bool]) -> Callable[..., Check]:
    """A numeric bound: sure for ints and finite floats; anything else (a bool, a
    string) is not a number, which the keyword ignores."""

    def make(_c: _Compiler, bound: Any, _s: dict[str, Any]) -> Check:
        if not _is_number(bound):
            return _never

        def check(value: Any) -> bool:
            kind = type(value)
            if kind is int or kind is float:
                return _is_number(value) and test(value, bound)
            return True

        return check

    return make


_KEYWORDS: dict[str, Callable[[_Compiler, Any, dict[str, Any]], Check]] = {
    "type": _type,
    "const": _const,
    "required": _required,
    "properties": _properties,
    "additionalProperties": _additional,
    "propertyNames": _property_names,
    "items": _items,
    "pattern": _pattern,
    "$ref": lambda c, target, s: c.ref(target, s),
    "minLength": _sized(str, len, at_most=False),
    "maxLength": _sized(str, len, at_most=True),
    "minItems": _sized(list, len, at_most=False),
    "maxItems": _sized(list, len, at_most=True),
    "maxProperties": _sized(dict, len, at_most=True),
    "minimum": _bound(lambda v, b: v >= b),
    "maximum": _bound(lambda v, b: v <= b),
    "exclusiveMinimum": _bound(lambda v, b: v > b),
}
