"""Progress lines on stderr while a run goes, so a long run shows it is alive (redacted like all output)."""

from __future__ import annotations

import time
from collections.abc import Callable

import click


class Progress:
    """Prints one line per phase and per probe check, with the cases sent so far."""

    def __init__(self, redact: Callable[[str], str], *, enabled: bool = True) -> None:
        self.redact = redact
        self.enabled = enabled
        self.cases = 0
        self.started = time.monotonic()
        self._current: str | None = None

    def _line(self, text: str) -> None:
        if self.enabled:
            elapsed = time.monotonic() - self.started
            click.echo(self.redact(f"[{elapsed:5.1f}s] {text}"), err=True)

    def note(self, text: str) -> None:
        self._line(text)

    def phase(self, name: str) -> None:
        self._finish_phase()
        self._current = name
        self._line(f"schemathesis {name} phase ...")

    def tick(self, cases: int) -> None:
        self.cases += cases

    def _finish_phase(self) -> None:
        if self._current is not None:
            self._line(f"schemathesis {self._current} phase done ({self.cases} cases so far)")
            self._current = None

    def probe(self, name: str, status: str) -> None:
        self._finish_phase()
        self._line(f"probe {name}: {status}")
