"""The generated client's version follows the spec: which part of ``X.Y.Z`` a spec change bumps.

A change that breaks clients built on the old spec (the spec-to-spec diff says so) bumps the
major part; any other change to what the spec defines (a new response, parameter, field, an
extension that shapes the code) the minor part; a change of wording or examples only, the patch
part. An unchanged spec bumps nothing, so regenerating is idempotent.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from ._specdiff import CLIENTS, Change, diff_specs

Bump = Literal["major", "minor", "patch"]
# Keys whose values are prose, examples or drift bookkeeping: changing them changes no behaviour.
_WORDING = frozenset(
    {
        "description",
        "summary",
        "example",
        "examples",
        "x-page",
        "x-decision",
        "x-acknowledged",
        "x-page-name",
        "x-page-fields-of",
    }
)
# Keys whose value maps names to definitions.
_NAME_MAPS = frozenset(
    {
        "paths",
        "properties",
        "schemas",
        "parameters",
        "responses",
        "headers",
        "securitySchemes",
        "content",
        "links",
        "variables",
        "patternProperties",
        "$defs",
        "requestBodies",
        "callbacks",
    }
)
_VERSION = re.compile(r"^(?P<major>\d+)\.(?P<minor>\d+)\.(?P<patch>\d+)$")


def classify(old: dict[str, Any], new: dict[str, Any]) -> tuple[Bump | None, list[Change]]:
    """Return the bump a change from ``old`` to ``new`` needs, and the client-breaking changes behind it."""
    breaking = [change for change in diff_specs(old, new) if CLIENTS in change.breaks]
    if breaking:
        return "major", breaking
    if _shape(_without_info(old)) != _shape(_without_info(new)):
        return "minor", []
    return ("patch" if old != new else None), []


def bumped(version: str, bump: Bump | None) -> str:
    """Return ``version`` (``X.Y.Z``) bumped; raise ValueError on another form."""
    match = _VERSION.match(version)
    if match is None:
        raise ValueError(f"package version {version!r} is not of the form X.Y.Z")
    major, minor, patch = (int(match[part]) for part in ("major", "minor", "patch"))
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version


def _shape(value: Any, named: bool = False) -> Any:
    """Return the spec without its wording: what the generated code and the wire depend on.

    In a map of names (``properties``, ``schemas``, ``paths``...) every key is kept: a property
    called ``description`` is a field, not prose.
    """
    if isinstance(value, dict):
        return {
            key: _shape(item, not named and key in _NAME_MAPS)
            for key, item in value.items()
            if named or key not in _WORDING
        }
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return value


def _without_info(spec: dict[str, Any]) -> dict[str, Any]:
    """Return the spec without its ``info`` block (title, version and prose of the document)."""
    return {key: value for key, value in spec.items() if key != "info"}
