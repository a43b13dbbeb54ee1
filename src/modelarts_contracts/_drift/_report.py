"""Render a drift run for a maintainer (grouped by operation) or as JSON, and pick the exit code."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ._acknowledged import Acknowledgement
from ._difference import Difference
from ._model import Page, PageError
from ._specdiff import CLIENTS, SERVERS, Change

EXIT_CLEAN, EXIT_DRIFT, EXIT_UNREADABLE = 0, 1, 2


@dataclass
class Run:
    """What one ``drift`` run read, found and could not read."""

    spec: str
    pages: list[Page] = field(default_factory=list)
    operations: dict[str, str] = field(default_factory=dict)
    differences: list[Difference] = field(default_factory=list)
    errors: list[PageError] = field(default_factory=list)
    stale: list[Acknowledgement] = field(default_factory=list)
    strict: bool = False

    def drift(self) -> list[Difference]:
        """Return the differences nothing acknowledges."""
        return [difference for difference in self.differences if difference.acknowledged is None]

    def partial(self) -> list[tuple[str, int, str, str]]:
        """Return the rows read only in part: (page, line, subject, reason)."""
        return [(page.path, *row) for page in self.pages for row in page.partial]

    def exit_code(self) -> int:
        """2 if a page could not be read (even in part), else 1 on drift (or, strict, a stale one), else 0."""
        if self.errors or self.partial():
            return EXIT_UNREADABLE
        return EXIT_DRIFT if self.drift() or (self.strict and self.stale) else EXIT_CLEAN


def counts(page: Page) -> dict[str, int]:
    """Return how many parameters, fields, objects and examples were read from a page."""
    return {
        "parameters": len(page.params),
        "fields": page.field_count(),
        "objects": len(page.objects),
        "examples": len(page.examples),
    }


def as_json(run: Run) -> str:
    """Return the run as a JSON document."""
    document: dict[str, Any] = {
        "spec": run.spec,
        "pages": [
            {"page": page.path, "format": page.format, "method": page.method, "uri": page.uri, **counts(page)}
            for page in run.pages
        ],
        "errors": [
            {"page": error.page, "line": error.line, "message": error.message} for error in run.errors
        ],
        "partly_unreadable": [
            {"page": page, "line": line, "subject": subject, "reason": reason}
            for page, line, subject, reason in run.partial()
        ],
        "differences": [asdict(difference) for difference in run.differences],
        "drift": len(run.drift()),
        "acknowledged": len(run.differences) - len(run.drift()),
        "stale": [{**asdict(ack), "text": ack.describe()} for ack in run.stale],
        "exit_code": run.exit_code(),
    }
    return json.dumps(document, indent=2)


def as_text(run: Run) -> str:
    """Return the run as text: errors, then per operation its pages, drift and acknowledged lines."""
    lines = [f"Spec: {run.spec}"]
    lines += [f"cannot read {error}" for error in run.errors]
    for operation, pages in _by_operation(run).items():
        lines += ["", f"{operation}  {pages[0].method} {pages[0].uri}"]
        lines += [f"  read {page.path} ({page.format}): " + _counted(counts(page)) for page in pages]
        partial = [row for row in run.partial() if any(row[0] == page.path for page in pages)]
        lines += [f"  partly unreadable ({len(partial)}):"] if partial else []
        lines += [f"    {path}:{line}  {subject}: {reason}" for path, line, subject, reason in partial]
        lines += _section(
            "drift", [d for d in run.differences if d.operation == operation and not d.acknowledged]
        )
        lines += _section(
            "acknowledged", [d for d in run.differences if d.operation == operation and d.acknowledged]
        )
    if run.stale:
        lines += ["", f"Stale acknowledgements ({len(run.stale)}): they match no difference on these pages"]
        lines += [f"  {ack.pointer}  {ack.describe()}" for ack in run.stale]
    lines += ["", _summary(run)]
    return "\n".join(lines)


def _by_operation(run: Run) -> dict[str, list[Page]]:
    """Group the pages read by the spec operation they document."""
    grouped: dict[str, list[Page]] = {}
    for page in run.pages:
        grouped.setdefault(run.operations.get(page.path, f"{page.method} {page.uri}"), []).append(page)
    return grouped


def _section(title: str, differences: list[Difference]) -> list[str]:
    """Render one block of difference lines, one line each: page:line, subject, what, spec location."""
    if not differences:
        return []
    rows = [f"  {title} ({len(differences)}):"]
    for difference in differences:
        by = f" (acknowledged by {difference.acknowledged})" if difference.acknowledged else ""
        rows.append(
            f"    {difference.page}:{difference.line}  {difference.subject}: {difference.message}{by}"
            f"  [spec {difference.spec}]"
        )
    return rows


def _counted(numbers: dict[str, int]) -> str:
    """Spell the counts of one page."""
    return ", ".join(f"{value} {name}" for name, value in numbers.items())


def _summary(run: Run) -> str:
    """Return the closing line: totals read, drift and acknowledged counts, unreadable pages."""
    totals = {
        name: sum(counts(page)[name] for page in run.pages)
        for name in ("parameters", "fields", "objects", "examples")
    }
    drift = len(run.drift())
    return (
        f"Read {len(run.pages)} page(s): {_counted(totals)}. {drift} drift, "
        f"{len(run.differences) - drift} acknowledged, {len(run.stale)} stale, "
        f"{len(run.partial())} partly unreadable, {len(run.errors)} unreadable."
    )


def changes_as_text(changes: list[Change], old: str, new: str) -> str:
    """Render a spec-to-spec diff in three groups, ready for a CHANGELOG entry."""
    lines = [f"Spec diff: {old} -> {new}"]
    groups = (
        ("Breaking for clients", [c for c in changes if CLIENTS in c.breaks]),
        ("Breaking for servers", [c for c in changes if SERVERS in c.breaks]),
        ("Compatible", [c for c in changes if not c.breaks]),
    )
    for title, members in groups:
        lines += ["", f"{title} ({len(members)}):"]
        lines += [f"  {change.operation}  {change.where}: {change.message}" for change in members] or [
            "  none"
        ]
    touched = sorted({change.operation for change in changes if change.breaks})
    lines += ["", "Operations touched by breaking changes: " + (", ".join(touched) or "none")]
    return "\n".join(lines)


def changes_as_json(changes: list[Change], old: str, new: str) -> str:
    """Return a spec-to-spec diff as a JSON document."""
    rows = [{**asdict(change), "class": _change_class(change)} for change in changes]
    return json.dumps(
        {"old": old, "new": new, "changes": rows, "breaking": sum(1 for change in changes if change.breaks)},
        indent=2,
    )


def _change_class(change: Change) -> str:
    """Name a change's class: breaking for clients and/or servers, or compatible."""
    if not change.breaks:
        return "compatible"
    return " and ".join(f"breaking for {who}" for who in change.breaks)
