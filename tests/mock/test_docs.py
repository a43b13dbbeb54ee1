"""The pytest fixture the package registers works, and docs/mock.md's snippets run as written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx

from modelarts_contracts._mock import RunningMock

DOCS = Path(__file__).resolve().parents[2] / "docs" / "mock.md"
SNIPPETS = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_modelarts_mock_fixture_serves_a_default_mock(modelarts_mock: RunningMock) -> None:
    """The `modelarts_mock` fixture (entry point pytest11) serves the default mock on loopback."""
    assert modelarts_mock.url.startswith("http://127.0.0.1:")
    response = httpx.get(f"{modelarts_mock.url}/v2/p/processor-tasks", headers={"X-Auth-Token": "mock-token"})
    assert response.json()["count"] == len(modelarts_mock.task_ids)


def test_docs_fixture_example_passes(modelarts_mock: RunningMock) -> None:
    """The guide's fixture example, as written, passes when given the fixture."""
    namespace: dict[str, Any] = {}
    exec(SNIPPETS[0], namespace)
    namespace["test_lists_tasks"](modelarts_mock)


def test_docs_running_mock_example_runs(capsys: Any) -> None:
    """The guide's running_mock example runs and prints the mock's URL."""
    exec(SNIPPETS[1], {})
    assert "http://127.0.0.1:" in capsys.readouterr().out
