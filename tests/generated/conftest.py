"""Fixtures for the generated client's tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="session")
def regen_script(repo_root: Path) -> ModuleType:
    """scripts/regen_client.py loaded as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("regen_client", repo_root / "scripts" / "regen_client.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
