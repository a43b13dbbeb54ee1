"""Servers for the suite's tests: the real mock, planted-bug wrappers and tolerance variants.

Every variant wraps the correct mock in an ASGI layer that rewrites requests or responses, so a
planted bug breaks exactly one promise without knowing the mock's internals.
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import attrs
import pytest
from click.testing import CliRunner
from junitparser import Failure as JUnitFailure
from junitparser import JUnitXml
from modelarts_contracts.contracts import match_operation
from starlette.middleware.gzip import GZipMiddleware

from modelarts_contracts import _mock, _spec
from modelarts_contracts._cli import cli
from modelarts_contracts._mock import _signature
from modelarts_contracts._server import running_server

ASGIApp = Callable[..., Any]
Query = dict[str, str]
RequestRewrite = Callable[[str, dict[str, str], Query, dict[str, str]], Query]
JsonRewrite = Callable[[str, dict[str, str], Query, int, Any], tuple[int, Any]]
TOKEN = _mock.DEFAULT_TOKEN
PROJECT = _mock.DEFAULT_PROJECT_ID


class Rewriting:
    """ASGI middleware: rewrites the query of a spec operation's request, then its JSON response."""

    def __init__(
        self,
        app: ASGIApp,
        request: RequestRewrite | None = None,
        response: JsonRewrite | None = None,
        raw: Callable[[int, bytes], tuple[int, bytes, bytes]] | None = None,
    ) -> None:
        self.app, self.request, self.response, self.raw = app, request, response, raw

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        route = (
            match_operation(scope.get("method", ""), scope.get("path", ""))
            if scope["type"] == "http"
            else None
        )
        if route is None:
            await self.app(scope, receive, send)
            return
        operation_id, path = route
        query = _joined(operation_id, parse_qsl(scope["query_string"].decode(), keep_blank_values=True))
        headers = {key.decode().lower(): value.decode() for key, value in scope["headers"]}
        if self.request is not None:
            query = self.request(operation_id, path, query, headers)
            scope = {
                **scope,
                "query_string": urlencode(query).encode(),
                "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
            }
        if self.response is None and self.raw is None:
            await self.app(scope, receive, send)
            return
        status, body = await _collect(self.app, scope, receive)
        await self._answer(send, operation_id, path, query, status, body)

    async def _answer(
        self, send: Any, operation_id: str, path: dict[str, str], query: Query, status: int, body: bytes
    ) -> None:
        content_type = b"application/json"
        if self.response is not None:
            status, document = self.response(operation_id, path, query, status, json.loads(body))
            body = json.dumps(document).encode()
        if self.raw is not None:
            status, body, content_type = self.raw(status, body)
        headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _joined(operation_id: str, pairs: list[tuple[str, str]]) -> Query:
    """The query as one value per key: array parameters' repeated values comma-joined (D7), else the last."""
    arrays = {
        name
        for name, parameter in _spec.parameters(operation_id).items()
        if _spec.resolve(parameter.get("schema", {})).get("type") == "array"
    }
    query: Query = {}
    for name, value in pairs:
        query[name] = f"{query[name]},{value}" if name in arrays and name in query else value
    return query


async def _collect(app: ASGIApp, scope: dict[str, Any], receive: Any) -> tuple[int, bytes]:
    """Run the wrapped app and keep its status and whole body."""
    started: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def capture(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            started.update(message)
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, capture)
    body = b"".join(chunks)
    if any(k.lower() == b"content-encoding" and v == b"gzip" for k, v in started.get("headers", [])):
        body = gzip.decompress(body)
    return int(started["status"]), body


# --- planted bugs: each breaks one promise --------------------------------------------------------

_LIMIT = _spec.parameters("listProcessorTasks")["limit"]["schema"]


def _is_int_in(value: str | None, low: int, high: int) -> bool:
    return value is not None and value.isdigit() and low <= int(value) <= high


def ignore_limit(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Serves the largest page whatever valid ``limit`` was asked for."""
    if op != "showProcessorTask" and _is_int_in(
        query.get("limit", "1"), _LIMIT["minimum"], _LIMIT["maximum"]
    ):
        return {**query, "limit": str(_LIMIT["maximum"])}
    return query


def off_by_one_offset(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Skips one item too many on every page after the first."""
    if _is_int_in(query.get("offset"), 1, 10**6):
        return {**query, "offset": str(int(query["offset"]) + 1)}
    return query


def ignore_status_filter(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Drops a valid ``status`` filter, so every status comes back."""
    if op == "listProcessorTasks" and _is_int_in(query.get("status"), 0, 4):
        return {key: value for key, value in query.items() if key != "status"}
    return query


def reverse_order(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Sorts the other way round from the ``order`` asked for (the default included)."""
    if "order" in _spec.parameters(op):
        flipped = {"asc": "desc", "desc": "asc"}
        order = query.get("order", "desc")
        return {**query, "order": flipped.get(order, order)}
    return query


def serve_without_credentials(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Replaces a missing or wrong token with the right one, so anyone gets the data."""
    headers["x-auth-token"] = TOKEN
    headers.pop("authorization", None)
    return query


def first_version_only(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Filters on the first ``version_id`` value only, however many were sent (comma-joined or repeated)."""
    if op == "listProcessorTasks" and query.get("version_id"):
        return {**query, "version_id": query["version_id"].split(",")[0]}
    return query


def any_signature_accepted(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Lets in any request whose Authorization header names SDK-HMAC-SHA256, checking nothing else."""
    if headers.get("authorization", "").startswith("SDK-HMAC-SHA256"):
        headers.pop("authorization")
        headers["x-auth-token"] = TOKEN
    return query


def known_key_any_signature(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Lets in any SDK-HMAC-SHA256 request naming a known access key, without verifying its signature."""
    authorization = headers.get("authorization", "")
    if authorization.startswith("SDK-HMAC-SHA256") and f"Access={_mock.DEFAULT_AK}" in authorization:
        headers.pop("authorization")
        headers["x-auth-token"] = TOKEN
    return query


class QueryNotSigned:
    """ASGI middleware: checks an AK/SK signature over method, path and headers but not the query, so a
    query changed after signing still gets in (a server that verifies less than the signature covers)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
            signed = (scope["method"], scope.get("raw_path", b"").decode() or scope["path"], "", headers)
            try:
                _signature.verify(signed, (_mock.DEFAULT_AK, _mock.DEFAULT_SK), datetime.now(UTC), 900)
            except _signature.SignatureError:
                pass
            else:  # the signature holds without the query: let the request in with the token
                kept = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
                scope = {**scope, "headers": [*kept, (b"x-auth-token", TOKEN.encode())]}
        await self.app(scope, receive, send)


def wrong_count(op: str, path: dict[str, str], query: Query, status: int, body: Any) -> tuple[int, Any]:
    """Reports one item more than the list holds."""
    for key in ("count", "total_count"):
        if status == 200 and isinstance(body, dict) and key in body:
            body[key] += 1
    return status, body


def detail_disagrees(op: str, path: dict[str, str], query: Query, status: int, body: Any) -> tuple[int, Any]:
    """Shows a task's detail with a name its list entry does not have."""
    if op == "showProcessorTask" and status == 200 and "name" in body:
        body["name"] += " (detail)"
    return status, body


def foreign_versions(op: str, path: dict[str, str], query: Query, status: int, body: Any) -> tuple[int, Any]:
    """Lists versions that name another task as their owner."""
    if op == "listProcessorTaskVersions" and status == 200:
        for version in body["versions"]:
            version["task_id"] = "SomeoneElsesTask0001"
    return status, body


def _valid_query(op: str, query: Query) -> bool:
    """Whether every declared query value fits the spec (integers in range, enums), as a server checks it."""
    for name, parameter in _spec.parameters(op).items():
        schema, value = parameter["schema"], query.get(name)
        if value is None:
            continue
        if schema.get("type") == "integer":
            if not value.lstrip("-").isdigit():
                return False
            number, top = int(value), schema.get("maximum", 2**31 - 1)  # int32 when no maximum is given
            if number < schema.get("minimum", -(2**31)) or number > top:
                return False
        if "enum" in schema and value not in {str(option) for option in schema["enum"]}:
            return False
    return True


_BAD_VALUE = (400, {"error_code": "ModelArts.4101", "error_msg": "Invalid parameter."})


def unknown_task_served(
    op: str, path: dict[str, str], query: Query, status: int, body: Any
) -> tuple[int, Any]:
    """Answers an unknown task id with 200 and a made-up task instead of 404 (bad values still get 400)."""
    if status == 404 and op in ("showProcessorTask", "listProcessorTaskVersions"):
        if not _valid_query(op, query):
            return _BAD_VALUE
        if op == "showProcessorTask":
            return 200, {"task_id": path["task_id"], "status": 2, "create_time": 1606372570023}
        return 200, {"count": 0, "versions": []}
    return status, body


def unknown_dataset_served(
    op: str, path: dict[str, str], query: Query, status: int, body: Any
) -> tuple[int, Any]:
    """Answers an unknown dataset id with 200 and an empty export list instead of 404 (bad values get 400)."""
    if status == 404 and op == "listExportTasks":
        return (200, {"total_count": 0, "export_tasks": []}) if _valid_query(op, query) else _BAD_VALUE
    return status, body


def plain_text_errors(status: int, body: bytes) -> tuple[int, bytes, bytes]:
    """Sends error statuses with a plain-text body instead of the JSON error."""
    if status >= 400:
        return status, b"something went wrong", b"text/plain"
    return status, body, b"application/json"


def unknown_dataset_wrong_code(
    op: str, path: dict[str, str], query: Query, status: int, body: Any
) -> tuple[int, Any]:
    """Answers an unknown dataset id with 400 and a parameter error's code instead of ModelArts.4352."""
    if op == "listExportTasks" and status == 404:
        return 400, {"error_code": "ModelArts.4396", "error_msg": "Parameter is invalid."}
    return status, body


# --- tolerance variants: each keeps the contract in a way a strict suite might not expect ----------


def empty_filter_ignored(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Reads a filter sent with an empty value (``version_id=``, ``status=``) as no filter at all."""
    return {name: value for name, value in query.items() if value != ""}


def repeated_key_last_wins(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Reads a single-valued parameter sent more than once as its last value (arrays as the union)."""
    return query  # the query is already read that way (see _joined)


def plus_sign_integers(op: str, path: dict[str, str], query: Query, headers: dict[str, str]) -> Query:
    """Reads ``+5`` as 5 in integer parameters, as many number parsers do."""
    return {
        name: value[1:] if value.startswith("+") and value[1:].isdigit() else value
        for name, value in query.items()
    }


# Fields whose value is a map with typed values (``additionalProperties`` is a schema): their keys are
# data, not field names, so a tolerance variant must not add a key of another type to them.
_TYPED_MAPS = {
    name
    for schema in _spec.load_spec()["components"]["schemas"].values()
    for name, field in schema.get("properties", {}).items()
    if isinstance(field.get("additionalProperties"), dict)
}


def _walk_objects(node: Any, visit: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    if isinstance(node, dict):
        return visit(
            {key: value if key in _TYPED_MAPS else _walk_objects(value, visit) for key, value in node.items()}
        )
    if isinstance(node, list):
        return [_walk_objects(item, visit) for item in node]
    return node


def extra_fields(op: str, path: dict[str, str], query: Query, status: int, body: Any) -> tuple[int, Any]:
    """Adds a field the spec does not know to every object."""
    return status, _walk_objects(body, lambda obj: {**obj, "x_newer_field": {"added": True}})


def reordered_keys(op: str, path: dict[str, str], query: Query, status: int, body: Any) -> tuple[int, Any]:
    """Sends every object's keys in reverse order."""
    return status, _walk_objects(body, lambda obj: dict(reversed(list(obj.items()))))


_ITEM_SCHEMAS = ("ProcessorTask", "TaskVersion", "ExportTask")
_REQUIRED = {name: set(_spec.schema(name)["required"]) for name in _ITEM_SCHEMAS}


def omitted_optional(op: str, path: dict[str, str], query: Query, status: int, body: Any) -> tuple[int, Any]:
    """Leaves out every optional field of tasks, versions and export tasks."""

    def trim(item: dict[str, Any]) -> dict[str, Any]:
        for required in _REQUIRED.values():
            if required <= item.keys() and ("task_version_id" in item) == ("task_version_id" in required):
                return {key: value for key, value in item.items() if key in required}
        return item

    if status != 200:
        return status, body
    if op == "showProcessorTask":
        return status, trim(body)
    return status, {
        key: [trim(i) for i in value] if isinstance(value, list) else value for key, value in body.items()
    }


class Slow:
    """ASGI middleware: answers requests to the ``only`` operation (or all) after ``delay`` seconds."""

    def __init__(self, app: ASGIApp, delay: float, only: str | None = None) -> None:
        self.app, self.delay, self.only = app, delay, only

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        route = (
            match_operation(scope.get("method", ""), scope.get("path", ""))
            if scope["type"] == "http"
            else None
        )
        if route is not None and self.only in (None, route[0]):
            await asyncio.sleep(self.delay)
        await self.app(scope, receive, send)


def _mock_app(**config: Any) -> ASGIApp:
    return _mock.create_app(_mock.MockConfig(**config))


_BUGS: dict[str, dict[str, Any]] = {
    "ignore_limit": {"request": ignore_limit},
    "off_by_one_offset": {"request": off_by_one_offset},
    "wrong_count": {"response": wrong_count},
    "ignore_status_filter": {"request": ignore_status_filter},
    "reverse_order": {"request": reverse_order},
    "detail_disagrees": {"response": detail_disagrees},
    "foreign_versions": {"response": foreign_versions},
    "unknown_task_served": {"response": unknown_task_served},
    "unknown_dataset_served": {"response": unknown_dataset_served},
    "serve_without_credentials": {"request": serve_without_credentials},
    "any_signature_accepted": {"request": any_signature_accepted},
    "known_key_any_signature": {"request": known_key_any_signature},
    "first_version_only": {"request": first_version_only},
    "plain_text_errors": {"raw": plain_text_errors},
    "unknown_dataset_wrong_code": {"response": unknown_dataset_wrong_code},
    "empty_filter_ignored": {"request": empty_filter_ignored},
    "plus_sign_integers": {"request": plus_sign_integers},
    "repeated_key_last_wins": {"request": repeated_key_last_wins},
    "extra_fields": {"response": extra_fields},
    "reordered_keys": {"response": reordered_keys},
    "omitted_optional": {"response": omitted_optional},
}
_CONFIGURED: dict[str, dict[str, Any]] = {
    "correct": {},
    "page_offset": {"offset_reading": "page"},
    "workspace_zero": {"workspace_reading": "zero"},
    "one_task": {"tasks": 1, "datasets": 1},
    "no_tasks": {"tasks": 0, "datasets": 0},
    # The service as the error-code appendix documents it (D24, D27).
    "appendix_errors": {"unknown_dataset_status": 400, "gateway_errors": True},
    # Pushback a correct server may give (D25): 429 and 503 with Retry-After on 5 % of requests each.
    "pushback": {"faults": _mock.Faults(status=429, retry_after=0, fraction=0.05, seed=1)},
    "unavailable_with_retry_after": {
        "faults": _mock.Faults(status=503, retry_after=0, fraction=0.05, seed=2)
    },
    "always_rate_limited": {"faults": _mock.Faults(status=429, retry_after=0, fraction=1.0)},
    # A broken promise: X-Sdk-Date is not checked, so a signature from long ago still lets one in.
    "date_unchecked": {"date_tolerance": 10**9},
    # A broken promise: 503 without Retry-After is a server error, not pushback.
    "unavailable_without_retry_after": {"faults": _mock.Faults(status=503, fraction=0.05, seed=3)},
}


def variant_app(name: str, **config: Any) -> ASGIApp:
    """The mock (with ``config``) wrapped as the named variant."""
    if name in _BUGS:
        return Rewriting(_mock_app(**config), **_BUGS[name])
    if name == "gzip_responses":
        return GZipMiddleware(_mock_app(**config), minimum_size=0)
    if name == "query_not_signed":
        return QueryNotSigned(_mock_app(**config))
    if name == "slow":
        return Slow(_mock_app(**config), delay=2.0)
    if name == "slow_versions":
        return Slow(_mock_app(**config), delay=0.5, only="listProcessorTaskVersions")
    return _mock_app(**{**_CONFIGURED[name], **config})


@pytest.fixture
def serve() -> Callable[..., Any]:
    """Start a variant by name on a loopback port: ``with serve("wrong_count") as url: ...``."""

    @contextmanager
    def start(name: str, **config: Any) -> Iterator[str]:
        with running_server(variant_app(name, **config)) as url:
            yield url

    return start


@attrs.frozen
class Outcome:
    """What one ``run`` produced: exit code, both streams, the JUnit report and the checks it failed."""

    exit_code: int
    stdout: str
    stderr: str
    junit_text: str
    failed: set[str]


def _failed_checks(path: Path) -> set[str]:
    """Names of the check test cases the JUnit report marks failed (read with junitparser)."""
    failed = set()
    for suite in JUnitXml.fromfile(str(path)):
        if suite.name != "checks":
            continue
        for case in suite:
            if any(isinstance(result, JUnitFailure) for result in case.result):
                failed.add(case.name)
    return failed


FAST = ["--max-examples", "5", "--probe-examples", "4", "--seed", "7", "--quiet"]


@pytest.fixture
def invoke(tmp_path: Path) -> Callable[..., Outcome]:
    """Run ``modelarts-contracts run`` in-process with ``args`` (and ``env``); JUnit goes to a temp file."""

    def call(*args: str, env: dict[str, str] | None = None) -> Outcome:
        junit = tmp_path / f"junit-{len(list(tmp_path.iterdir()))}.xml"
        result = CliRunner().invoke(cli, ["run", *args, "--junit", str(junit)], env=env)
        text = junit.read_text(encoding="utf-8") if junit.exists() else ""
        failed = _failed_checks(junit) if junit.exists() else set()
        return Outcome(result.exit_code, result.stdout, result.stderr, text, failed)

    return call


def _against(url: str, *extra: str, token: str = TOKEN) -> list[str]:
    return ["--base-url", url, "--project-id", PROJECT, "--token", token, *FAST, *extra]


@pytest.fixture
def mock_project() -> str:
    """The project id the mock serves by default."""
    return PROJECT


@pytest.fixture
def against() -> Callable[..., list[str]]:
    """Flags that point a quick, seeded run at a URL with the mock's project and token (or ``token=``)."""
    return _against
