"""`modelarts-contracts mock`: announces itself, serves, stops cleanly, and refuses bad input in one line."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from modelarts_contracts._mock import DEFAULT_TOKEN

CLI = [sys.executable, "-c", "from modelarts_contracts._cli import main; main()", "mock"]


@contextmanager
def serving(*flags: str) -> Iterator[tuple[subprocess.Popen[str], str, list[str]]]:
    """Start the command with ``flags`` on a free port; yield the process, its URL and its banner."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [*CLI, "--port", "0", *flags], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(5)]
        match = re.search(r"http://127\.0\.0\.1:\d+", banner[0])
        assert match, banner
        yield process, match.group(0), banner
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def _wait_until_served(url: str, headers: dict[str, str]) -> httpx.Response:
    for _ in range(100):
        try:
            return httpx.get(f"{url}/v2/p/processor-tasks", headers=headers, timeout=2)
        except httpx.ConnectError:
            import time

            time.sleep(0.05)
    raise AssertionError("the mock never answered")


def test_mock_command_serves_and_stops_on_ctrl_c() -> None:
    """The banner names the URL and the test credentials; SIGINT ends it with exit 0, no traceback."""
    with serving("--tasks", "12", "--seed", "3") as (process, url, banner):
        assert "X-Auth-Token: mock-token" in "".join(banner)
        response = _wait_until_served(url, {"X-Auth-Token": DEFAULT_TOKEN})
        assert response.status_code == 200 and response.json()["count"] == 12
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)
    assert process.returncode == 0 and "Traceback" not in stderr


def test_given_credentials_are_not_echoed() -> None:
    """A token or secret key given on the command line is accepted but never printed."""
    with serving("--token", "tok-given-secret", "--ak", "AKGIVEN", "--sk", "sk-given-secret") as (
        process,
        url,
        banner,
    ):
        assert _wait_until_served(url, {"X-Auth-Token": "tok-given-secret"}).status_code == 200
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)
    shown = "".join(banner) + stderr
    assert "tok-given-secret" not in shown and "sk-given-secret" not in shown


@pytest.mark.parametrize(
    "flags",
    [["--tasks", "-1"], ["--ak", "only-half"], ["--offset-mode", "rows"], ["--fault-status", "503"]],
    ids=["negative-size", "half-a-key-pair", "unknown-reading", "fault-without-target"],
)
def test_bad_flags_exit_2_without_traceback(flags: list[str]) -> None:
    """Bad flags end with a usage error (exit 2) and no traceback."""
    result = subprocess.run([*CLI, *flags], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Error" in result.stderr and "Traceback" not in result.stderr


def test_taken_port_is_one_line_and_exit_1() -> None:
    """A port already in use gives one line on stderr and exit 1."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = str(holder.getsockname()[1])
        result = subprocess.run([*CLI, "--port", port], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"modelarts-contracts mock: cannot listen on 127.0.0.1:{port} (Address already in use)"
    ]


@pytest.mark.parametrize(
    "text",
    ["openapi: 3.1.0\npaths: {a: [\n", "openapi: 3.1.0\npaths: {}\ncomponents: {schemas: {}}\n"],
    ids=["unparsable-spec", "spec-without-the-operations"],
)
def test_malformed_spec_is_one_line_and_exit_2(text: str, tmp_path: Any) -> None:
    """A spec that cannot be read, or lacks the operations, stops the mock with one line and exit 2."""
    spec = tmp_path / "openapi.yaml"
    spec.write_text(text, encoding="utf-8")
    env = {**os.environ, "MODELARTS_CONTRACTS_SPEC": str(spec)}
    result = subprocess.run([*CLI, "--port", "0"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(spec) in lines[0] and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "flags",
    [
        ["--offset-reading", "page", "--workspace-reading", "zero"],
        ["--offset-mode", "page", "--workspace-default", "zero"],
    ],
    ids=["spec-words", "old-names-still-accepted"],
)
def test_reading_flags_serve_the_chosen_readings(flags: list[str]) -> None:
    """The readings flags (and their old hidden names) pick the spec's other readings of D6 and D8."""
    with serving("--tasks", "30", *flags) as (process, url, _):
        headers = {"X-Auth-Token": DEFAULT_TOKEN}
        _wait_until_served(url, headers)
        every = httpx.get(f"{url}/v2/p/processor-tasks", params={"limit": 100}, headers=headers).json()
        second = httpx.get(
            f"{url}/v2/p/processor-tasks", params={"limit": 5, "offset": 1}, headers=headers
        ).json()
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=15)
    assert {task["workspace_id"] for task in every["tasks"]} == {"0"}
    assert [task["task_id"] for task in second["tasks"]] == [task["task_id"] for task in every["tasks"][5:10]]


def test_old_reading_flags_are_hidden_from_help() -> None:
    """--help lists the spec's words only; the old names work but are not offered."""
    shown = subprocess.run([*CLI, "--help"], capture_output=True, text=True, timeout=60).stdout
    assert "--offset-reading" in shown and "--workspace-reading" in shown
    assert "--offset-mode" not in shown and "--workspace-default" not in shown
