"""Fixtures shared by every test folder: where the repo is and the spec it stands on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from modelarts_contracts import _spec

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The root of the clone."""
    return REPO


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """spec/openapi.yaml, parsed."""
    return _spec.load_spec(REPO / "spec" / "openapi.yaml")


def pytest_report_header() -> list[str]:
    """Name the spec version and the key tools, so a report says what it was run against."""
    from importlib.metadata import version

    tools = ["schemathesis", "hypothesis", "httpx", "openapi-python-client", "starlette", "uvicorn"]
    spec = _spec.load_spec(REPO / "spec" / "openapi.yaml")
    return [
        f"spec: {spec['info']['title']} {spec['info']['version']} (OpenAPI {spec['openapi']})",
        "tools: " + ", ".join(f"{name} {version(name)}" for name in tools),
    ]
