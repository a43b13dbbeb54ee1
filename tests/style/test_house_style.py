"""The project's own code passes the linters and the type checker CI would otherwise not run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

_TOOLS = {
    "ruff-lint": ["-m", "ruff", "check", "--no-cache", "."],
    "ruff-format": ["-m", "ruff", "format", "--check", "--no-cache", "."],
    "mypy-strict": ["-m", "mypy", "--no-incremental", "src", "contracts"],
}


@pytest.mark.parametrize("tool", list(_TOOLS), ids=[f"{name}-clean" for name in _TOOLS])
def test_project_code_is_clean_under(tool: str, repo_root: Path) -> None:
    """ruff (lint and format) and mypy --strict report nothing on the hand-written code."""
    result = subprocess.run(
        [sys.executable, *_TOOLS[tool]], cwd=repo_root, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
