"""The client's public surface is fully typed: a program using all of it passes mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROGRAM = Path(__file__).with_name("typed_program.py")
# The client is installed in editable mode, which mypy cannot follow: point it at the package source.
CLIENT = Path(__file__).resolve().parents[2] / "generated" / "modelarts-data-client"


def _mypy(target: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir",
        str(cache),
        str(target),
    ]
    env = {**os.environ, "MYPYPATH": str(CLIENT)}
    return subprocess.run(command, capture_output=True, text=True, timeout=240, env=env)


def test_program_using_the_whole_surface_passes_mypy_strict(tmp_path: Path) -> None:
    """mypy --strict finds no error in typed_program.py (a missing annotation would be an Any leak)."""
    result = _mypy(PROGRAM, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_a_wrong_filter_type(tmp_path: Path) -> None:
    """The check has teeth: passing a string where the spec's enum is expected is a type error."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from modelarts_data_client import ModelArts\n"
        "def f(client: ModelArts) -> None:\n"
        "    client.list_tasks(status='2')\n",
        encoding="utf-8",
    )
    result = _mypy(bad, tmp_path)
    assert result.returncode == 1 and 'Argument "status"' in result.stdout, result.stdout


def test_mypy_makes_an_unknown_status_explicit(tmp_path: Path) -> None:
    """D20: a status's .name used without handling Unknown is a type error: the case is never forgotten."""
    bad = tmp_path / "unknown.py"
    bad.write_text(
        "from modelarts_data_client.models import ProcessorTask\n"
        "def f(task: ProcessorTask) -> str:\n"
        "    return task.status.name\n",
        encoding="utf-8",
    )
    result = _mypy(bad, tmp_path)
    expected = 'Item "Unknown[TaskStatus]" of "TaskStatus | Unknown[TaskStatus]" has no attribute "name"'
    assert result.returncode == 1 and expected in result.stdout, result.stdout
