"""The command answers --help at every level, as the README promises, with exit 0."""

from __future__ import annotations

import subprocess
import sys

import pytest

CLI = [sys.executable, "-c", "from modelarts_contracts._cli import main; main()"]


def test_top_level_help_lists_the_three_commands() -> None:
    """`modelarts-contracts --help` names run, mock and drift with their summaries."""
    result = subprocess.run([*CLI, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for name in ("run", "mock", "drift"):
        assert f"\n  {name} " in result.stdout


@pytest.mark.parametrize("command", ["run", "mock", "drift"], ids=lambda c: f"{c}-help")
def test_each_command_answers_help(command: str) -> None:
    """Each subcommand prints its usage and options and exits 0."""
    result = subprocess.run([*CLI, command, "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and f"Usage: modelarts-contracts {command}" in result.stdout
    assert "--" in result.stdout and "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    """A command that does not exist gives a usage error (exit 2), not a traceback."""
    result = subprocess.run([*CLI, "deploy"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "No such command" in result.stderr and "Traceback" not in result.stderr
