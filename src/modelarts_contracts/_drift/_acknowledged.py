"""Decide whether a difference between a page and the spec is one the spec already acknowledges.

Two markers, both kept in the spec beside the node they govern:

- ``x-page-<aspect>`` (``x-page-type: String``, ``x-page-default: '0'``, ``x-page-name: ...``)
  records what the page says where the spec deliberately differs. It acknowledges exactly that
  page value: if the page changes again, the difference is drift again.
- ``x-decision: Dn`` acknowledges any difference on its node, provided Dn is a row of
  spec/DECISIONS.md (an unknown ID acknowledges nothing).

A field the spec has only from an example (``x-page`` naming an example) is acknowledged when
a page's table does not list it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

_ROW = re.compile(r"^\|\s*(?P<id>D\d+)\s*\|", re.MULTILINE)


@functools.cache
def decision_ids(path: Path) -> frozenset[str]:
    """Return the decision IDs listed in DECISIONS.md (empty when the file is not there)."""
    try:
        return frozenset(match["id"] for match in _ROW.finditer(path.read_text(encoding="utf-8")))
    except OSError:
        return frozenset()


def normalized(value: Any) -> str:
    """Spell a page or spec value one way: booleans lower-case, numbers without trailing zeros."""
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value).strip()
    try:
        number = float(text)
    except ValueError:
        return text
    return text if text.startswith(("0", "-0")) and len(text) > 1 and "." not in text else f"{number:g}"


def acknowledgement(
    nodes: tuple[dict[str, Any], ...], aspect: str, page_value: Any, decisions: frozenset[str]
) -> str | None:
    """Return what acknowledges a difference in ``aspect`` on these nodes (or None: it is drift)."""
    marked = [str(node["x-decision"]) for node in nodes if "x-decision" in node]
    decision = next((marker for marker in marked if marker in decisions), None)
    recorded = [node[f"x-page-{aspect}"] for node in nodes if f"x-page-{aspect}" in node]
    if recorded:
        if not _matches(recorded[0], page_value):
            return None
        return f"x-page-{aspect} ({decision})" if decision else f"x-page-{aspect}"
    if aspect == "missing" and any("example" in str(node.get("x-page", "")) for node in nodes):
        return f"x-page: example only ({decision})" if decision else "x-page: example only"
    return decision


def _matches(recorded: Any, page_value: Any) -> bool:
    """Tell whether a recorded ``x-page-<aspect>`` value is what the page says now."""
    if isinstance(recorded, list) or isinstance(page_value, (list, tuple, set)):
        as_set = recorded if isinstance(recorded, list) else [recorded]
        page_set = page_value if isinstance(page_value, (list, tuple, set)) else [page_value]
        return {normalized(item) for item in as_set} >= {normalized(item) for item in page_set}
    return normalized(recorded) == normalized(page_value)
