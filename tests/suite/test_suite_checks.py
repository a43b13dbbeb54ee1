"""The contract checks' per-response halves and helpers, judged on hand-made exchanges (unit tests)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from modelarts_contracts.contracts import ContractBroken, Exchange, Probe
from modelarts_contracts.contracts.errors import error_body_on_response
from modelarts_contracts.contracts.filters import filter_on_response
from modelarts_contracts.contracts.ordering import sort_on_response
from modelarts_contracts.contracts.pagination import _walk_problem, count_on_response, limit_on_response

from modelarts_contracts._suite._credentials import Credentials, Redactor
from modelarts_contracts._suite._curl import curl_line

TASKS = "http://h/v2/p/processor-tasks"


def _probe() -> Probe:
    def send(*args: Any) -> Exchange:
        raise AssertionError("per-response checks make no requests")

    return Probe(send, "p")


def _tasks(query: str, tasks: list[dict[str, Any]], count: int | None = None, status: int = 200) -> Exchange:
    body = {"count": len(tasks) if count is None else count, "tasks": tasks}
    return Exchange("GET", f"{TASKS}?{query}", status, {}, json.dumps(body).encode())


def _task(number: int, **fields: Any) -> dict[str, Any]:
    return {"task_id": f"t{number}", "status": 2, "create_time": 1000 + number, **fields}


@pytest.mark.parametrize(
    ("exchange", "broken"),
    [
        pytest.param(_tasks("limit=2", [_task(1), _task(2)], 5), False, id="full-page-within-limit-kept"),
        pytest.param(_tasks("limit=2", [_task(1), _task(2), _task(3)]), True, id="page-over-limit-broken"),
        pytest.param(_tasks("limit=0", []), True, id="limit-0-served-broken"),
        pytest.param(_tasks("limit=abc", [], status=400), False, id="limit-abc-rejected-kept"),
        pytest.param(_tasks("", [_task(n) for n in range(11)]), True, id="default-limit-10-exceeded-broken"),
    ],
)
def test_limit_on_response(exchange: Exchange, broken: bool) -> None:
    """A page over its limit, or a served out-of-range limit, breaks the limit promise."""
    if broken:
        with pytest.raises(ContractBroken):
            limit_on_response(exchange, _probe())
    else:
        limit_on_response(exchange, _probe())


@pytest.mark.parametrize(
    ("exchange", "broken"),
    [
        pytest.param(_tasks("limit=5", [_task(1)], 1), False, id="short-page-count-matches-kept"),
        pytest.param(_tasks("limit=5", [_task(1)], 2), True, id="short-page-count-larger-broken"),
        pytest.param(_tasks("limit=1", [_task(1)], 9), False, id="full-page-larger-count-kept"),
        pytest.param(_tasks("limit=1&offset=3", [_task(1)], 0), False, id="later-page-not-judged"),
    ],
)
def test_count_on_response(exchange: Exchange, broken: bool) -> None:
    """On a first page, a short page's length must be the count."""
    if broken:
        with pytest.raises(ContractBroken):
            count_on_response(exchange, _probe())
    else:
        count_on_response(exchange, _probe())


def test_filter_on_response_flags_unmatched_status() -> None:
    """An item whose status differs from the status filter breaks the filter promise."""
    with pytest.raises(ContractBroken, match="status='3'"):
        filter_on_response(_tasks("status=3", [_task(1, status=3), _task(2, status=1)]), _probe())


def test_filter_on_response_leaves_items_without_field_alone() -> None:
    """An item that omits the filtered field (here the name) cannot be judged and is not a failure."""
    filter_on_response(_tasks("task_name=abc", [_task(1), _task(2, name="xABCx")]), _probe())


def test_sort_on_response_flags_ascending_when_desc_is_default() -> None:
    """Without ``order`` the spec's default (desc) applies, so an ascending page breaks the promise."""
    with pytest.raises(ContractBroken, match="order=desc"):
        sort_on_response(_tasks("", [_task(1), _task(2)]), _probe())


def test_sort_on_response_accepts_case_insensitive_names() -> None:
    """Names ordered ignoring case are ordered as asked."""
    tasks = [_task(1, name="alpha"), _task(2, name="Beta"), _task(3, name="gamma")]
    sort_on_response(_tasks("sort_by=name&order=asc", tasks), _probe())


@pytest.mark.parametrize(
    ("body", "broken"),
    [
        pytest.param(b'{"error_code": "ModelArts.4352", "error_msg": "no"}', False, id="json-error-kept"),
        pytest.param(b"not found", True, id="text-error-broken"),
        pytest.param(b'{"error_code": 4352}', True, id="missing-message-broken"),
    ],
)
def test_error_body_on_response(body: bytes, broken: bool) -> None:
    """An error status must come with the JSON error body."""
    exchange = Exchange("GET", f"{TASKS}/x", 404, {}, body)
    if broken:
        with pytest.raises(ContractBroken):
            error_body_on_response(exchange, _probe())
    else:
        error_body_on_response(exchange, _probe())


@pytest.mark.parametrize(
    ("walked", "problem"),
    [
        pytest.param(["a", "b", "c"], None, id="whole-walk-kept"),
        pytest.param(["a", "b", "b", "c"], "repeated", id="repeat-found"),
        pytest.param(["a", "c"], "never reached", id="gap-found"),
        pytest.param(["b", "a", "c"], "another order", id="order-change-found"),
    ],
)
def test_walk_problem(walked: list[str], problem: str | None) -> None:
    """A walk through the pages with repeats, gaps or another order is named for what is wrong."""
    found = _walk_problem(walked, ["a", "b", "c"], 3, True)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_redactor_hides_secret_and_its_wrong_twin() -> None:
    """The redactor removes each secret and the wrong credential derived from it."""
    secret = "s3cr3t-token"
    redact = Redactor.of([secret])
    wrong = Credentials(token=secret).wrong().token or ""
    assert redact(f"a {secret} b {wrong}") == "a *** b ***"


def test_curl_line_shows_placeholder_for_token() -> None:
    """A reproduction line names the token variable instead of its value."""
    line = curl_line(
        "GET",
        f"{TASKS}?limit=1",
        {"X-Auth-Token": "s3cr3t-token"},
        Credentials(token="s3cr3t-token").placeholder_headers(),
    )
    assert "s3cr3t-token" not in line
    assert '"X-Auth-Token: ${MODELARTS_TOKEN}"' in line


def test_engine_config_feeds_found_ids_and_project() -> None:
    """The schemathesis config pins the project and draws task and dataset ids from what was found."""
    from modelarts_contracts._suite._engine import EngineSettings, engine_config

    settings = EngineSettings("http://h", "proj", Credentials(token="s3cr3t-token"), ["t1"], [], 5, 2, 1, 3.0)
    config = engine_config(settings)
    assert config["parameters"]["project_id"] == "proj"
    assert config["dictionaries"] == {"task_id": {"values": ["t1"]}}
    assert "path.dataset_id" not in config["parameters"]
    assert config["headers"] == {"X-Auth-Token": "s3cr3t-token"}


@pytest.mark.parametrize(
    ("sent", "answered", "breaks"),
    [
        ("caf%C3%A9%20task", "café task", False),
        ("a%2Fb", "a/b", False),
        ("t1", "t2", True),
    ],
    ids=["encoded-unicode-id-agrees", "encoded-slash-id-agrees", "other-task-disagrees"],
)
def test_detail_check_compares_the_decoded_task_id(sent: str, answered: str, breaks: bool) -> None:
    """The detail check reads the task id percent-decoded, as the server does: only a real mismatch fails."""
    from modelarts_contracts.contracts.consistency import detail_on_response

    body = json.dumps({"task_id": answered, "status": 2, "create_time": 1}).encode()
    exchange = Exchange("GET", f"{TASKS}/{sent}", 200, {}, body)
    if breaks:
        with pytest.raises(ContractBroken):
            detail_on_response(exchange, _probe())
    else:
        detail_on_response(exchange, _probe())


def test_return_result_false_is_not_judged_as_a_membership_filter() -> None:
    """return_result=false keeps every task (only without `result`): the filter check must not expect none."""
    from modelarts_contracts.contracts._lists import SHAPES
    from modelarts_contracts.contracts.filters import _check_filtered

    tasks = [_task(n, result={"n": n}) for n in range(3)]

    def send(operation_id: str, path: Any, query: Any, credential: Any) -> Exchange:
        shown = (
            [{k: v for k, v in t.items() if k != "result"} for t in tasks]
            if query.get("return_result")
            else tasks
        )
        return _tasks("limit=100", shown)

    probe = Probe(send, "p")
    reference = _tasks("limit=100", tasks)
    shape = SHAPES["listProcessorTasks"]
    _check_filtered(probe, shape, {}, filters={"return_result": "false"}, reference=reference)
    with pytest.raises(ContractBroken, match="return 1 that do not match"):
        _check_filtered(
            probe,
            shape,
            {},
            filters={"status": "2", "return_result": "false"},
            reference=_tasks("limit=100", [*tasks[:2], _task(9, status=3)]),
        )


@pytest.mark.parametrize(
    ("query", "breaks"),
    [
        pytest.param("version_id=v1%2Cv2", False, id="comma-joined-union-kept"),
        pytest.param("version_id=v1&version_id=v2", False, id="repeated-key-union-kept"),
        pytest.param("version_id=v1", True, id="single-value-item-outside-fails"),
    ],
)
def test_array_filter_reads_every_form(query: str, breaks: bool) -> None:
    """Several version_id values, comma-joined or key-repeated, allow items of any of them (D7)."""
    from modelarts_contracts.contracts.filters import filter_on_response

    exchange = _tasks(f"limit=100&{query}", [_task(1, version_id="v1"), _task(2, version_id="v2")])
    if breaks:
        with pytest.raises(ContractBroken, match="version_id"):
            filter_on_response(exchange, _probe())
    else:
        filter_on_response(exchange, _probe())
