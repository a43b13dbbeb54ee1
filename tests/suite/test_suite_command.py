"""The ``run`` command: default mock run, exit codes with one-line reasons, secrets never shown, JUnit."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from junitparser import JUnitXml

from modelarts_contracts._server import free_port

QUICK = ["--max-examples", "5", "--probe-examples", "4", "--seed", "7", "--quiet"]
SECRET = "tok-9f1c2e7d-never-print-me"


def test_run_without_base_url_uses_mock_and_passes(invoke: Callable[..., Any]) -> None:
    """With no --base-url the built-in mock is started, and the run ends with exit 0 and a summary."""
    outcome = invoke(*QUICK)
    assert outcome.exit_code == 0, outcome.stdout + outcome.stderr
    for heading in ("(the built-in mock)", "Operations", "Checks", "RESULT: all promises kept"):
        assert heading in outcome.stdout
    assert "parameters exercised: limit" in outcome.stdout


def test_run_progress_goes_to_stderr(invoke: Callable[..., Any]) -> None:
    """Without --quiet the run prints progress lines on stderr, naming the phases and the probes."""
    outcome = invoke("--max-examples", "3", "--probe-examples", "2", "--seed", "1")
    assert "schemathesis coverage phase" in outcome.stderr
    assert "probe offset_walk_conformance: passed" in outcome.stderr


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        pytest.param(["--workers", "0"], "Invalid value for '--workers'", id="bad-flag-exit-2"),
        pytest.param(
            ["--base-url", "http://127.0.0.1:{port}", "--project-id", "p", "--token", "t"],
            "cannot reach",
            id="unreachable-server-exit-2",
        ),
        pytest.param(
            ["--base-url", "http://127.0.0.1:{port}", "--token", "t"],
            "--project-id",
            id="missing-project-exit-2",
        ),
        pytest.param(
            ["--base-url", "ftp://example", "--project-id", "p", "--token", "token1"],
            "http://",
            id="bad-url-exit-2",
        ),
    ],
)
def test_run_cannot_be_made_exits_2(invoke: Callable[..., Any], args: list[str], reason: str) -> None:
    """A run that cannot be made exits 2 with its reason and no traceback."""
    port = str(free_port())
    outcome = invoke(*[arg.replace("{port}", port) for arg in args], *QUICK)
    assert outcome.exit_code == 2
    assert reason in outcome.stderr
    assert "Traceback" not in outcome.stderr + outcome.stdout


def test_run_wrong_credentials_exits_2(
    serve: Callable[..., Any], invoke: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """A server that refuses the given token for every call makes the run impossible: exit 2, one line."""
    with serve("correct") as url:
        outcome = invoke(*against(url, token="not-the-token"))
    assert outcome.exit_code == 2
    assert outcome.stderr.strip().splitlines() == [outcome.stderr.strip()]
    assert "refused the credentials (HTTP 401" in outcome.stderr


def test_run_malformed_spec_exits_2(tmp_path: Path) -> None:
    """A malformed spec (via MODELARTS_CONTRACTS_SPEC) stops the run with exit 2 and one line."""
    broken = tmp_path / "openapi.yaml"
    broken.write_text("openapi: [unclosed\n", encoding="utf-8")
    env = {**os.environ, "MODELARTS_CONTRACTS_SPEC": str(broken)}
    script = "from modelarts_contracts._cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", script, "run", *QUICK],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("modelarts-contracts run: error: cannot read the spec")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_run_signed_with_ak_sk_passes_without_echo(
    serve: Callable[..., Any], invoke: Callable[..., Any], mock_project: str
) -> None:
    """A run signed with AK/SK (no token) against a signature-checking server passes, naming neither key."""
    keys = {"ak": "AKSECRETVALUE1", "sk": "SKSECRETVALUE2"}
    with serve("correct", token=None, **keys) as url:
        outcome = invoke(
            "--base-url", url, "--project-id", mock_project, "--ak", keys["ak"], "--sk", keys["sk"], *QUICK
        )
    assert outcome.exit_code == 0, outcome.stdout + outcome.stderr
    for text in (outcome.stdout, outcome.stderr):
        assert keys["ak"] not in text and keys["sk"] not in text


def test_run_with_wrong_secret_key_exits_2(
    serve: Callable[..., Any], invoke: Callable[..., Any], mock_project: str
) -> None:
    """A secret key the server does not accept makes every call fail: exit 2, and no key shown."""
    with serve("correct", token=None, ak="AKSECRETVALUE1", sk="SKSECRETVALUE2") as url:
        outcome = invoke(
            "--base-url",
            url,
            "--project-id",
            mock_project,
            "--ak",
            "AKSECRETVALUE1",
            "--sk",
            "WRONGSECRET3",
            *QUICK,
        )
    assert outcome.exit_code == 2, outcome.stdout + outcome.stderr
    for text in (outcome.stdout, outcome.stderr):
        assert "AKSECRETVALUE1" not in text and "WRONGSECRET3" not in text


@pytest.mark.parametrize(
    "source", ["flag", "env"], ids=["token-by-flag-never-shown", "token-by-env-never-shown"]
)
def test_run_never_shows_token(
    serve: Callable[..., Any], invoke: Callable[..., Any], mock_project: str, source: str
) -> None:
    """A token given by flag or environment appears in no output and no report, even with failures."""
    with serve("wrong_count", token=SECRET) as url:
        base = ["--base-url", url, "--project-id", mock_project, *QUICK]
        if source == "flag":
            outcome = invoke(*base, "--token", SECRET)
        else:
            outcome = invoke(*base, env={"MODELARTS_TOKEN": SECRET})
    assert outcome.exit_code == 1, outcome.stdout + outcome.stderr
    assert "curl -X GET" in outcome.stdout
    for text in (outcome.stdout, outcome.stderr, outcome.junit_text):
        assert SECRET not in text
        assert SECRET[::-1] not in text


def test_junit_report_parses_with_counts(
    invoke: Callable[..., Any], serve: Callable[..., Any], against: Callable[..., list[str]]
) -> None:
    """The JUnit report parses with junitparser: one case per operation and per check, failures counted."""
    with serve("wrong_count") as url:
        outcome = invoke(*against(url))
    suites = {suite.name: suite for suite in JUnitXml.fromstring(outcome.junit_text.encode())}
    assert {case.name for case in suites["operations"]} == {
        "listProcessorTasks",
        "showProcessorTask",
        "listProcessorTaskVersions",
        "listExportTasks",
    }
    assert suites["checks"].failures >= 1
    assert "count_conformance" in {case.name for case in suites["checks"]}
