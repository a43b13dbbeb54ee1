"""One source of truth, end to end: rename the spec's words and the mock and the suite follow.

A copy of the spec renames the token header, the request id header, the page-size and project
parameters, the order's values, a field and a source type. The mock (a real process on a loopback
port) then asks for and answers with the new words only, and the contract suite run against it
still covers every operation and keeps every promise: neither side types a word of the spec.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from modelarts_contracts._mock import DEFAULT_TOKEN

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
CLI = [sys.executable, "-c", "from modelarts_contracts._cli import main; main()"]
RENAMED = {
    "token": "X-Iam-Token",
    "request id": "X-Trace-Id",
    "limit": "page_size",
    "project": "project",
    "duration_seconds": "run_seconds",
    "DATASET": "DATA_SET",
}


def renamed_spec(folder: Path) -> Path:
    """A copy of the spec with the words of ``RENAMED`` and ``order`` values ``up``/``down``."""
    text = SPEC.read_text(encoding="utf-8").replace("project_id", RENAMED["project"])
    text = text.replace("duration_seconds", RENAMED["duration_seconds"])
    text = re.sub(r"\bDATASET\b", RENAMED["DATASET"], text)  # the source type, not NEW_DATASET
    text = text.replace("name: limit\n", f"name: {RENAMED['limit']}\n")  # the shared one and 002's own
    text = text.replace("X-Request-Id:", f"{RENAMED['request id']}:")  # the responses' header maps
    document = yaml.safe_load(text)
    components = document["components"]
    components["securitySchemes"]["iamToken"]["name"] = RENAMED["token"]
    order = components["parameters"]["Order"]
    order["schema"].update(enum=["up", "down"], default="down")
    order["x-descending"] = "down"
    path = folder / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spec_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {**os.environ, "MODELARTS_CONTRACTS_SPEC": str(renamed_spec(tmp_path_factory.mktemp("spec")))}


@contextmanager
def mock_process(env: dict[str, str]) -> Iterator[str]:
    """The ``mock`` command on a free loopback port, reading the spec ``env`` names; yields its URL."""
    process = subprocess.Popen(
        [*CLI, "mock", "--port", "0", "--tasks", "30"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        match = re.search(r"http://127\.0\.0\.1:\d+", process.stdout.readline())
        assert match, "the mock did not start"
        yield match.group(0)
    finally:
        process.kill()
        process.communicate(timeout=10)  # reaps it and closes its pipes


def _get(url: str, query: dict[str, Any], headers: dict[str, str]) -> httpx.Response:
    for _ in range(100):
        try:
            return httpx.get(f"{url}/v2/p/processor-tasks", params=query, headers=headers, timeout=5)
        except httpx.ConnectError:
            import time

            time.sleep(0.05)
    raise AssertionError("the mock never answered")


def test_mock_speaks_the_renamed_words(spec_env: dict[str, str]) -> None:
    """The mock wants the renamed token header, pages by ``page_size``, sorts ``down`` largest first
    and names its request ids in the renamed header; the old words are not read."""
    with mock_process(spec_env) as url:
        refused = _get(url, {}, {"X-Auth-Token": DEFAULT_TOKEN})
        token = {RENAMED["token"]: DEFAULT_TOKEN}
        page = _get(url, {RENAMED["limit"]: 3, "order": "down", "sort_by": "create_time"}, token)
        old_limit = _get(url, {"limit": 3}, token)
        ascending = _get(url, {RENAMED["limit"]: 100, "order": "up", "sort_by": "create_time"}, token)
        old_order = _get(url, {"order": "desc"}, token)
    assert refused.status_code == 401
    assert page.status_code == 200 and RENAMED["request id"] in page.headers
    assert "X-Request-Id" not in page.headers
    times = [task["create_time"] for task in page.json()["tasks"]]
    assert len(times) == 3 and times == sorted(times, reverse=True)
    assert len(old_limit.json()["tasks"]) > 3  # an unknown query parameter: ignored, the default page
    upward = [task["create_time"] for task in ascending.json()["tasks"]]
    assert upward == sorted(upward) and upward[-1] >= times[0]
    assert old_order.status_code == 400
    tasks = ascending.json()["tasks"]
    assert any(RENAMED["duration_seconds"] in task for task in tasks)
    assert not any("duration_seconds" in task for task in tasks)
    kinds = {source.get("type") for task in tasks for source in task.get("inputs", [])}
    assert RENAMED["DATASET"] in kinds and "DATASET" not in kinds


def test_suite_keeps_every_promise_against_the_renamed_mock(spec_env: dict[str, str]) -> None:
    """``run`` (built-in mock, both reading the renamed spec) exits 0: every probe and check followed."""
    flags = ["--max-examples", "3", "--probe-examples", "3", "--seed", "1", "--quiet"]
    result = subprocess.run(
        [*CLI, "run", *flags], env=spec_env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "all promises kept" in result.stdout
    assert "not covered" not in result.stdout  # export tasks too: datasets found through DATA_SET
