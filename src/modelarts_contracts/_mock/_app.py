"""The mock as an ASGI app: routes from the spec, credentials, query checks, errors, faults.

Every response carries ``X-Request-Id``; every error is the ModelArts error body as JSON, with the
error code the spec's example gives for its status.
"""

from __future__ import annotations

import hmac
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from modelarts_contracts import _spec

from . import _data, _signature
from ._catalog import Catalog, encode
from ._config import Faults, MockConfig
from ._faults import FaultInjector, RateLimit
from ._query import QueryError, query_parameters


@cache
def _header(component: str) -> str:
    """The name of the response header ``#/components/headers/<component>`` (read once)."""
    return _spec.response_header(component)


@cache
def _error_code(status: int) -> str:
    """The error code of the spec's example error body for ``status``; for a status no operation
    declares (the mock's own routing and injected faults), the appendix's (``x-undeclared-status-codes``)."""
    for _, _, operation in _spec.operations().values():
        declared = operation.get("responses", {}).get(str(status))
        if declared is not None:
            content = _spec.resolve(declared)["content"]["application/json"]
            example = content.get("example") or next(iter(content["examples"].values()))["value"]
            return str(example[_spec.error_body().code])
    return _spec.undeclared_status_codes()[status]


def error(
    status: int,
    message: str,
    retry_after: int | None = None,
    code: str | None = None,
    *,
    gateway: bool = False,
) -> Response:
    """The ModelArts error body for ``status``, with a request id (and ``Retry-After`` when given).

    ``gateway`` answers as the API gateway does: its own code and a ``request_id`` in the body.
    """
    request_id = uuid.uuid4().hex
    headers = {_header("RequestId"): request_id}
    if retry_after is not None:
        headers[_header("RetryAfter")] = str(retry_after)
    fields = _spec.error_body()
    document = {fields.code: code or _error_code(status), fields.message: message}
    if gateway:  # the gateway's own code (spec D27), and its body also names the request
        extra = next(name for name in fields.fields if name not in fields.required)
        document = {
            fields.message: f"Incorrect IAM authentication information: {message}",
            fields.code: _spec.gateway_error()[fields.code],
            extra: request_id,
        }
    return Response(encode(document), status, headers, media_type="application/json")


def _ok(body: bytes) -> Response:
    return Response(body, 200, {_header("RequestId"): uuid.uuid4().hex}, media_type="application/json")


def _headers(request: Request) -> dict[str, str]:
    """Header names lower-cased, values as UTF-8 text (as signers see them)."""
    return {k.decode("latin-1").lower(): v.decode("utf-8", "replace") for k, v in request.scope["headers"]}


class Gate:
    """Who may call: a token, an AK/SK signature, and (when pinned) one project id."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self.token_header, self.algorithm = _spec.token_header(), _spec.signing().algorithm
        self.project = _spec.path_ids().project
        self.signature_header = _spec.signing().header

    def refusal(self, request: Request) -> Response | None:
        """The 401/403 to answer instead of the operation, or None when the caller may go on."""
        problem = self._credential_problem(request)
        if problem:
            return error(401, f"Authentication failed: {problem}.", gateway=self.config.gateway_errors)
        pinned, asked = self.config.project_id, request.path_params.get(self.project)
        if pinned is not None and asked != pinned:
            return error(403, "Permission denied: the credential may not read this project.")
        return None

    def _credential_problem(self, request: Request) -> str | None:
        token = request.headers.get(self.token_header)
        if token is not None:
            expected = self.config.token or ""
            good = bool(expected) and hmac.compare_digest(token.encode(), expected.encode())
            return None if good else f"the {self.token_header} is not valid"
        if self.signature_header in request.headers and self.config.ak and self.config.sk:
            return self._signature_problem(request)
        return f"send an {self.token_header} header or an {self.algorithm} signature"

    def _signature_problem(self, request: Request) -> str | None:
        raw_path = request.scope.get("raw_path") or request.scope["path"].encode()
        signed = (
            request.method,
            raw_path.decode("latin-1"),
            request.scope["query_string"].decode("latin-1"),
            _headers(request),
        )
        keys = (self.config.ak or "", self.config.sk or "")
        try:
            _signature.verify(signed, keys, datetime.now(UTC), self.config.date_tolerance)
        except _signature.SignatureError as exc:
            return str(exc)
        return None


def _not_found(parameter: str, config: MockConfig) -> Response:
    """The answer to an unknown task or dataset id: the appendix's code for it (spec D24), with 404,
    or for a dataset the 400 the appendix documents when the mock is told to answer so."""
    unknown = _spec.unknown_id_answers()[parameter]
    status = config.unknown_dataset_status if parameter == _spec.path_ids().dataset else 404
    fields = _spec.error_body()
    return error(status, unknown[fields.message], code=unknown[fields.code])


def _endpoint(operation_id: str, gate: Gate, answer: Callable[..., bytes | None]) -> Callable[..., Any]:
    """The Starlette endpoint of one operation: gate, query, answer, 404 for unknown ids."""
    parameters = {parameter.name: parameter for parameter in query_parameters(operation_id)}
    defaults = {name: parameter.value([]) for name, parameter in parameters.items()}
    project = _spec.path_ids().project

    async def endpoint(request: Request) -> Response:
        refusal = gate.refusal(request)
        if refusal is not None:
            return refusal
        raw = request.query_params
        try:
            # Only the parameters sent are read; the others keep the spec's defaults.
            sent = {name: parameters[name].value(raw.getlist(name)) for name in raw if name in parameters}
            query = {**defaults, **sent}
        except QueryError as exc:
            return error(400, str(exc))
        ids = {k: v for k, v in request.path_params.items() if k != project}
        body = answer(*ids.values(), query) if ids else answer(query)
        if body is None:
            return _not_found(next(iter(ids)), gate.config)
        return _ok(body)

    return endpoint


def _answers(catalog: Catalog) -> dict[str, Callable[..., bytes | None]]:
    """Each operation id of the spec, and what answers it."""
    return {
        "listProcessorTasks": catalog.tasks,
        "showProcessorTask": lambda task_id, query: catalog.task(task_id),
        "listProcessorTaskVersions": catalog.versions,
        "listExportTasks": catalog.export_tasks,
    }


async def _http_error(request: Request, exc: Exception) -> Response:
    """Unknown paths and methods get the ModelArts error body too."""
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    message = {404: "No such resource.", 405: "Method not allowed."}.get(status, "Internal error.")
    response = error(status, message)
    if isinstance(exc, HTTPException) and exc.headers:
        response.headers.update(exc.headers)  # Allow, on a 405 (RFC 9110)
    return response


def _routes(catalog: Catalog, gate: Gate) -> list[Route]:
    """One GET route per operation, at the path the spec gives it."""
    operations = _spec.operations()
    return [
        Route(operations[operation_id][1], _endpoint(operation_id, gate, answer), methods=["GET"])
        for operation_id, answer in _answers(catalog).items()
    ]


class MockApp:
    """The mock's ASGI app: a Starlette app behind fault injection, with its data and settings."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        try:
            self.data = _data.build(config.tasks, config.datasets, config.seed)
            routes = _routes(Catalog(self.data, config), Gate(config))
        except (KeyError, TypeError, AttributeError) as exc:
            # The spec parsed but lacks an operation, parameter or enum the mock is built from.
            raise _spec.SpecError(
                f"{_spec.spec_path()} does not describe the four operations: missing {exc}"
            ) from None
        self.starlette = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
        self._injector = FaultInjector(self.starlette, config.faults, error)
        self._limit = RateLimit(self._injector, config.rate_limit, error)

    @property
    def faults(self) -> Faults:
        """The faults in force; set new ones at any time (request numbers start again at 1)."""
        return self._injector.faults

    @faults.setter
    def faults(self, faults: Faults) -> None:
        self._injector.faults = faults

    @property
    def task_ids(self) -> list[str]:
        return [task[_spec.path_ids().task] for task in self.data.tasks]

    @property
    def dataset_ids(self) -> list[str]:
        return list(self.data.datasets)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await self._limit(scope, receive, send)


def create_app(config: MockConfig | None = None) -> MockApp:
    """A mock with ``config`` (the defaults when None), ready to serve with any ASGI server."""
    return MockApp(config or MockConfig())
