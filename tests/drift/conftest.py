"""Fixtures of the drift reader's tests: the seed pages, edited copies of them, and the CLI runner."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from modelarts_contracts._drift._command import drift

SEED_NAMES = {
    "000": "000_5cc51df6be71bff1.txt",
    "001": "001_fd10482d733bc82f.txt",
    "002": "002_8454e727a7e1cfbd.txt",
    "003": "003_78fc7e7bb744af21.txt",
    "004": "004_805cb00904f67b72.txt",
}


@pytest.fixture(scope="session")
def seeds(repo_root: Path) -> Path:
    """The folder of published pages beside the clone (../shared/seeds); its absence fails the test."""
    folder = repo_root / ".." / "shared" / "seeds"
    missing = [name for name in SEED_NAMES.values() if not (folder / name).is_file()]
    if missing:
        pytest.fail(
            f"seed pages missing from {folder.resolve()}: {', '.join(missing)} "
            "(CI must clone ../shared beside the repo)"
        )
    return folder


REFERENCE_NAMES = {
    "list": "querying_the_list_of_a_processing_task.rst",
    "versions": "querying_the_version_list_of_a_data_processing_task.rst",
    "details": "querying_details_about_a_processing_task.rst",
    "export": "querying_the_dataset_export_task_list.rst",
}


@pytest.fixture(scope="session")
def reference(repo_root: Path) -> Path:
    """The newest published pages beside the clone (../shared/reference/pages); absence fails the test."""
    folder = repo_root / ".." / "shared" / "reference" / "pages"
    missing = [name for name in REFERENCE_NAMES.values() if not (folder / name).is_file()]
    if missing:
        pytest.fail(f"reference pages missing from {folder.resolve()}: {', '.join(missing)}")
    return folder


@dataclass
class SpecCopy:
    """Writes an edited copy of spec/openapi.yaml (DECISIONS.md beside it) into a temporary folder."""

    repo_root: Path
    folder: Path

    def __call__(self, *replacements: tuple[str, str]) -> Path:
        """Write the spec with each (old, new) replaced once; ``old`` must occur exactly once."""
        text = (self.repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
        for old, new in replacements:
            assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the spec"
            text = text.replace(old, new)
        self.folder.mkdir(exist_ok=True)
        (self.folder / "DECISIONS.md").write_text(
            (self.repo_root / "spec" / "DECISIONS.md").read_text(encoding="utf-8"), encoding="utf-8"
        )
        path = self.folder / "openapi.yaml"
        path.write_text(text, encoding="utf-8")
        return path


@pytest.fixture
def spec_copy(repo_root: Path, tmp_path: Path) -> SpecCopy:
    """A writer of edited spec copies in this test's temporary folder."""
    return SpecCopy(repo_root, tmp_path / "spec")


@pytest.fixture(scope="session")
def stored_pages() -> Path:
    """The hand-written page revisions kept with the tests."""
    return Path(__file__).resolve().parent / "pages"


@dataclass
class Edits:
    """Writes edited copies of the seed pages into a temporary folder."""

    seeds: Path
    folder: Path

    def text(self, seed: str) -> str:
        """Return a seed page's text."""
        return (self.seeds / SEED_NAMES[seed]).read_text(encoding="utf-8")

    def write(self, seed: str, text: str, suffix: str = "") -> Path:
        """Write ``text`` as an edited copy of ``seed``; return its path."""
        path = self.folder / f"{seed}{suffix}-{SEED_NAMES[seed]}"
        path.write_text(text, encoding="utf-8")
        return path

    def replace(self, seed: str, old: str, new: str, count: int = 1) -> Path:
        """Write a copy of ``seed`` with ``old`` replaced; ``old`` must occur exactly ``count`` times."""
        text = self.text(seed)
        assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times in {seed}, expected {count}"
        return self.write(seed, text.replace(old, new))

    def grid(self, seed: str, old: str, new: str) -> Path:
        """Write a copy of an rST ``seed`` with ``old`` replaced inside its grid tables, widths kept."""
        return self.write(seed, self.widen(self.text(seed), old, new))

    @staticmethod
    def widen(text: str, old: str, new: str) -> str:
        """Replace ``old`` by ``new`` in grid-table lines, keeping each line's length (and borders)."""
        lines = text.split("\n")
        hits = 0
        for index, line in enumerate(lines):
            if old not in line:
                continue
            hits += 1
            at = line.index(old) + len(old)
            pad = len(old) - len(new)
            tail = line[at:]
            if pad < 0:
                assert tail[:-pad].strip() == "", f"no room to widen {old!r} on line {index + 1}"
                tail = tail[-pad:]
            lines[index] = line[: at - len(old)] + new + " " * max(pad, 0) + tail
        assert hits, f"{old!r} is not in the page"
        return "\n".join(lines)


@pytest.fixture
def edits(seeds: Path, tmp_path: Path) -> Edits:
    """A writer of edited seed copies in this test's temporary folder."""
    return Edits(seeds, tmp_path)


@dataclass
class Drift:
    """Runs the ``drift`` command through click's CliRunner."""

    def __call__(self, *args: str | Path) -> Result:
        """Run ``drift`` with these arguments; the result keeps output and exit code."""
        return CliRunner().invoke(drift, [str(arg) for arg in args], catch_exceptions=False)

    def json(self, *args: str | Path) -> tuple[int, dict[str, Any]]:
        """Run ``drift --json``; return the exit code and the parsed document."""
        result = self("--json", *args)
        document: dict[str, Any] = json.loads(result.output)
        return result.exit_code, document


@pytest.fixture
def run_drift() -> Drift:
    """The drift command, run in-process with click's CliRunner."""
    return Drift()


@pytest.fixture
def drift_of() -> Callable[[dict[str, Any]], list[dict[str, Any]]]:
    """Pick the unacknowledged differences of a ``--json`` document."""
    return lambda document: [d for d in document["differences"] if d["acknowledged"] is None]


class ShownSpec(dict[str, Any]):
    """The spec, shown by name (hypothesis prints a failing example's arguments)."""

    def __repr__(self) -> str:
        """Name the spec, not its content."""
        return "<spec/openapi.yaml>"


@pytest.fixture(scope="session")
def shown_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The project's spec (the root conftest's), for tests whose arguments hypothesis prints."""
    return ShownSpec(spec)
