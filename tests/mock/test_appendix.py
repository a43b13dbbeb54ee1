"""The mock answers as the error-code appendix documents the service: its codes, statuses and gateway."""

from __future__ import annotations

import re
from pathlib import Path

from modelarts_contracts._mock import Faults, MockConfig, running_mock

from .conftest import Get, getter

APPENDIX = Path(__file__).resolve().parents[3] / "shared" / "reference" / "error_codes.rst"


def _appendix_codes() -> set[tuple[int, str]]:
    """(status, error code) pairs of the appendix's table."""
    rows = re.findall(r"^\| (\d{3}) +\| (ModelArts\.\d+) ", APPENDIX.read_text(encoding="utf-8"), re.M)
    return {(int(status), code) for status, code in rows}


def test_default_error_codes_are_the_appendix(get: Get) -> None:
    """400, 401, 429 and 503 answers carry a code the appendix lists for that status."""
    codes = _appendix_codes()
    bad = get("/processor-tasks", {"limit": 0})
    no_token = get("/processor-tasks", headers={"X-Auth-Token": "nope"})
    assert (400, bad.json()["error_code"]) in codes
    assert (401, no_token.json()["error_code"]) in codes


def test_fault_statuses_carry_appendix_codes() -> None:
    """Injected 429 and 503 answers carry ModelArts.4395 and ModelArts.4302 with Retry-After."""
    for status, code in ((429, "ModelArts.4395"), (503, "ModelArts.4302")):
        config = MockConfig(faults=Faults(status=status, retry_after=1, requests=frozenset({1})))
        with running_mock(config) as served:
            answer = getter(served)("/processor-tasks")
        assert (answer.status_code, answer.json()["error_code"]) == (status, code)
        assert answer.headers["retry-after"] == "1" and (status, code) in _appendix_codes()


def test_unknown_ids_answered_with_appendix_codes(get: Get) -> None:
    """An unknown task is 404 ModelArts.4612, an unknown dataset 404 ModelArts.4352 by default."""
    task = get("/processor-tasks/NoSuchTask000000000")
    dataset = get("/datasets/NoSuchDataset000000000/export-tasks")
    assert (task.status_code, task.json()["error_code"]) == (404, "ModelArts.4612")
    assert (dataset.status_code, dataset.json()["error_code"]) == (404, "ModelArts.4352")


def test_unknown_dataset_status_400_reading() -> None:
    """With unknown_dataset_status=400 an unknown dataset is 400 ModelArts.4352, as the appendix says."""
    with running_mock(MockConfig(unknown_dataset_status=400)) as served:
        answer = getter(served)("/datasets/NoSuchDataset000000000/export-tasks")
    assert (answer.status_code, answer.json()["error_code"]) == (400, "ModelArts.4352")
    assert (400, "ModelArts.4352") in _appendix_codes()


def test_gateway_errors_answer_401_as_the_gateway() -> None:
    """With gateway_errors a refused credential is 401 APIGW.0301 with error_msg and request_id."""
    with running_mock(MockConfig(gateway_errors=True)) as served:
        answer = getter(served)("/processor-tasks", headers={"X-Auth-Token": "not-the-token"})
    body = answer.json()
    assert answer.status_code == 401 and body["error_code"] == "APIGW.0301"
    assert body["error_msg"] and body["request_id"] == answer.headers["x-request-id"]


def test_rate_limit_answers_429_with_retry_after() -> None:
    """Beyond rate_limit requests in one second the mock answers 429 ModelArts.4395 with Retry-After."""
    with running_mock(MockConfig(rate_limit=3)) as served:
        get = getter(served)
        statuses = [get("/processor-tasks") for _ in range(8)]
    limited = [answer for answer in statuses if answer.status_code == 429]
    assert limited and len(limited) <= 5
    assert limited[0].json()["error_code"] == "ModelArts.4395" and limited[0].headers["retry-after"] == "1"
