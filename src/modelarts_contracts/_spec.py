"""Load spec/openapi.yaml, the single source of truth, and look things up in it.

Every limit, enum and default that runtime code needs (the mock's validation, the contract
checks, the drift reader) is read from here instead of being typed a second time.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import attrs
import yaml

SPEC_ENV = "MODELARTS_CONTRACTS_SPEC"
ID_SUFFIX = "_id"  # the spec's naming: a field or parameter named ``*_id`` holds an id
P = ParamSpec("P")
T = TypeVar("T")
_REPO_SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


class SpecError(Exception):
    """The spec file is missing, unreadable or not an OpenAPI document."""


def _fact(accessor: Callable[P, T]) -> Callable[P, T]:
    """Turn a fact missing from the spec (a ``KeyError`` or ``TypeError`` in ``accessor``) into a
    :class:`SpecError` naming it, so that commands report a one-line reason."""

    @functools.wraps(accessor)
    def read(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return accessor(*args, **kwargs)
        except (KeyError, TypeError, AttributeError) as exc:
            raise SpecError(f"{spec_path()} lacks what {accessor.__name__} reads: {exc}") from None

    return read


def spec_path() -> Path:
    """Return where the spec is read from: $MODELARTS_CONTRACTS_SPEC, the clone, or the installed copy."""
    if os.environ.get(SPEC_ENV):
        return Path(os.environ[SPEC_ENV])
    if _REPO_SPEC.is_file():
        return _REPO_SPEC
    return Path(str(resources.files("modelarts_contracts._specdata").joinpath("openapi.yaml")))


@functools.cache
def load_spec(path: Path | None = None) -> dict[str, Any]:
    """Parse the spec (cached); raise :class:`SpecError` with a one-line reason when it cannot be used."""
    path = path or spec_path()
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        reason = " ".join(str(exc).split())  # YAML errors span lines; the message stays on one
        raise SpecError(f"cannot read the spec {path}: {reason}") from None
    if not isinstance(document, dict) or "paths" not in document or "openapi" not in document:
        raise SpecError(f"{path} is not an OpenAPI document (no 'openapi' or 'paths' key)")
    return document


def target(spec: dict[str, Any], ref: str) -> Any:
    """Return the node a local reference (``#/components/...``, JSON pointer escapes read) points at.

    Raises ``KeyError`` when it points nowhere. This is the one place a ``$ref`` is followed.
    """
    node: Any = spec
    for part in ref.removeprefix("#/").split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise KeyError(ref)
        node = node[key]
    return node


def resolve(node: Any, spec: dict[str, Any] | None = None) -> Any:
    """Follow ``$ref`` (local references only) until ``node`` is not a reference."""
    while isinstance(node, dict) and "$ref" in node:
        spec = spec or load_spec()
        node = target(spec, node["$ref"])
    return node


def operations(spec: dict[str, Any] | None = None) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Map each operationId to (method, path template, operation object)."""
    spec = spec or load_spec()
    found = {}
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def parameters(
    operation_id: str, location: str = "query", spec: dict[str, Any] | None = None
) -> dict[str, dict[str, Any]]:
    """Return the resolved parameters of one operation in ``location``, by name, schema refs resolved."""
    spec = spec or load_spec()
    _, _, operation = operations(spec)[operation_id]
    found = {}
    for raw in operation.get("parameters", []):
        parameter = dict(resolve(raw, spec))
        if parameter["in"] == location:
            parameter["schema"] = resolve(parameter["schema"], spec)
            found[parameter["name"]] = parameter
    return found


def schema(name: str, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the component schema called ``name``."""
    spec = spec or load_spec()
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


@_fact
def success_schema(operation_id: str, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the resolved JSON schema of an operation's 200 response."""
    spec = spec or load_spec()
    _, _, operation = operations(spec)[operation_id]
    content = resolve(operation["responses"]["200"], spec)["content"]["application/json"]
    found: dict[str, Any] = resolve(content["schema"], spec)
    return found


@attrs.frozen
class Envelope:
    """Where a list response keeps its records and their count (``tasks``/``count`` and so on, D1)."""

    items_key: str
    count_key: str


@_fact
def list_envelopes(spec: dict[str, Any] | None = None) -> dict[str, Envelope]:
    """Map each list operation to its envelope: the required array and integer fields of its 200 body."""
    spec = spec or load_spec()
    found = {}
    for operation_id in operations(spec):
        body = success_schema(operation_id, spec)
        required = [(name, body["properties"][name]) for name in body.get("required", [])]
        arrays = [name for name, prop in required if prop.get("type") == "array"]
        counts = [name for name, prop in required if prop.get("type") == "integer"]
        if arrays and counts:
            found[operation_id] = Envelope(arrays[0], counts[0])
    return found


@_fact
def security_scheme(name: str, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the security scheme called ``name`` (``iamToken`` or ``akSk``)."""
    spec = spec or load_spec()
    found: dict[str, Any] = spec["components"]["securitySchemes"][name]
    return found


def token_header(spec: dict[str, Any] | None = None) -> str:
    """The header an IAM token travels in (the ``iamToken`` scheme's ``name``)."""
    return str(security_scheme("iamToken", spec)["name"])


@attrs.frozen
class Signing:
    """The AK/SK signing facts of the ``akSk`` scheme's ``x-`` extensions."""

    header: str  # the header the signature travels in, Authorization
    algorithm: str  # the signature's first word, SDK-HMAC-SHA256
    date_header: str  # X-Sdk-Date
    date_tolerance: int  # seconds the date may be off the server's clock
    security_token_header: str  # X-Security-Token, which temporary credentials add
    date_format: str  # the date header's form, as a strftime pattern


@_fact
def signing(spec: dict[str, Any] | None = None) -> Signing:
    """Read the signing algorithm, date header, date tolerance, security-token header and date format
    from the ``akSk`` scheme."""
    scheme = security_scheme("akSk", spec)
    return Signing(
        scheme["name"],
        scheme["x-signing-algorithm"],
        scheme["x-date-header"],
        int(scheme["x-date-tolerance-seconds"]),
        scheme["x-security-token-header"],
        scheme["x-date-format"],
    )


@attrs.frozen
class ErrorBody:
    """The ModelArts error body's fields (D27): its code, its message, and every field it may carry."""

    code: str  # error_code
    message: str  # error_msg
    required: tuple[str, ...]
    fields: tuple[str, ...]


@_fact
def enum_values(name: str, spec: dict[str, Any] | None = None) -> list[Any]:
    """The values of the enum of the component schema called ``name``, in spec order."""
    return list(schema(name, spec)["enum"])


@_fact
def enum_member(name: str, varname: str, spec: dict[str, Any] | None = None) -> Any:
    """The value of an integer enum's member named ``varname`` in its ``x-enum-varnames`` (``COMPLETED``)."""
    found = schema(name, spec)
    return dict(zip(found["x-enum-varnames"], found["enum"], strict=True))[varname]


@_fact
def error_body(spec: dict[str, Any] | None = None) -> ErrorBody:
    """Read the ``Error`` schema: of its two required fields, the ``*_code`` one is the code and the
    other the message."""
    error = schema("Error", spec)
    required = tuple(error["required"])
    (code,) = [name for name in required if name.endswith("_code")]
    (message,) = [name for name in required if name != code]
    return ErrorBody(code, message, required, tuple(error["properties"]))


@_fact
def unknown_id_answers(spec: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """How an unknown id may be answered, per path parameter (``x-unknown-id``, D24): its ``statuses``,
    and the appendix's ``error_code`` and ``error_msg``."""
    spec = spec or load_spec()
    found: dict[str, dict[str, Any]] = spec["components"]["responses"]["NotFound"]["x-unknown-id"]
    return found


@_fact
def offset_readings(spec: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The readings of ``offset`` a server may use (D6): ``record`` counts records, ``page`` pages."""
    spec = spec or load_spec()
    return tuple(spec["components"]["parameters"]["Offset"]["x-offset-readings"])


@_fact
def workspace_readings(spec: dict[str, Any] | None = None) -> tuple[str, ...]:
    """The readings of a task list without ``workspace_id`` (D8): ``all`` workspaces, or ``zero`` only.

    They are the keys of the ``x-absent-readings`` of the spec's filters (one today, ``workspace_id``).
    """
    spec = spec or load_spec()
    return tuple(
        reading
        for operation_id in operations(spec)
        for parameter in filter_parameters(operation_id, spec).values()
        for reading in parameter.get("x-absent-readings", {})
    )


@_fact
def filter_parameters(operation_id: str, spec: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """The query parameters that narrow a list, by name, each with its ``x-filter`` (what it matches)."""
    return {
        name: parameter
        for name, parameter in parameters(operation_id, spec=spec).items()
        if "x-filter" in parameter
    }


@attrs.frozen
class Paging:
    """The names of the paging query parameters: the page size and where the page starts."""

    limit: str
    offset: str


@_fact
def paging_names(spec: dict[str, Any] | None = None) -> Paging:
    """The names of ``components.parameters.Limit`` and ``Offset``, the query parameters that page a list."""
    spec = spec or load_spec()
    found = spec["components"]["parameters"]
    return Paging(limit=found["Limit"]["name"], offset=found["Offset"]["name"])


@attrs.frozen
class Sorting:
    """The names of the sorting query parameters: the field sorted on and the direction."""

    by: str
    order: str
    descending: str  # the value of ``order`` that asks for the largest first


@_fact
def sort_names(spec: dict[str, Any] | None = None) -> Sorting:
    """The names of the query parameters marked ``x-sort: field`` and ``x-sort: direction``, and the
    direction's value marked ``x-descending`` (the one that puts the largest first)."""
    spec = spec or load_spec()
    marked = {
        parameter["x-sort"]: (name, parameter)
        for operation_id in operations(spec)
        for name, parameter in parameters(operation_id, spec=spec).items()
        if "x-sort" in parameter
    }
    (order, direction) = marked["direction"]
    return Sorting(by=marked["field"][0], order=order, descending=direction["x-descending"])


@attrs.frozen
class PathIds:
    """The names of the path parameters that name a task and a dataset (a task's id field shares its name)."""

    task: str
    dataset: str
    project: str  # the project every path starts with


@_fact
def path_ids(spec: dict[str, Any] | None = None) -> PathIds:
    """The path ids of the operations: ``components.parameters.TaskId``'s and ``ProjectId``'s names, and
    the one other path parameter (the dataset's)."""
    spec = spec or load_spec()
    found = spec["components"]["parameters"]
    task, project = found["TaskId"]["name"], found["ProjectId"]["name"]
    others = {
        name
        for operation_id in operations(spec)
        for name in parameters(operation_id, "path", spec)
        if name not in (task, project)
    }
    (dataset,) = others
    return PathIds(task=task, dataset=dataset, project=project)


@_fact
def response_header(component: str, spec: dict[str, Any] | None = None) -> str:
    """The header name under which responses carry ``#/components/headers/<component>``
    (``RequestId``: ``X-Request-Id``; ``RetryAfter``: ``Retry-After``)."""
    spec = spec or load_spec()
    reference = f"#/components/headers/{component}"
    names = {
        name
        for _, _, operation in operations(spec).values()
        for response in operation["responses"].values()
        for name, header in resolve(response, spec).get("headers", {}).items()
        if header.get("$ref") == reference
    }
    if len(names) != 1:
        raise KeyError(f"one response header name for {reference}, not {sorted(names)}")
    return str(names.pop())


@_fact
def undeclared_status_codes(spec: dict[str, Any] | None = None) -> dict[int, str]:
    """The error code for each status no operation declares (405, 500, 502, 504), from the ``Error``
    schema's ``x-undeclared-status-codes``: the error-code appendix's code for it."""
    codes = schema("Error", spec)["x-undeclared-status-codes"]
    return {int(status): str(code) for status, code in codes.items()}


@_fact
def gateway_error(spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """The error body the API gateway answers a refused AK/SK signature with (D27): the ``gateway``
    example of ``components.responses.Unauthorized``."""
    spec = spec or load_spec()
    content = spec["components"]["responses"]["Unauthorized"]["content"]["application/json"]
    found: dict[str, Any] = content["examples"]["gateway"]["value"]
    return found


def offset_step(reading: str, limit: int) -> int:
    """How many records one step of ``offset`` skips under a reading of D6: one, or a page of ``limit``."""
    return limit if reading == "page" else 1


@_fact
def item_schema(operation_id: str, spec: dict[str, Any] | None = None) -> dict[str, Any]:
    """The resolved schema of one item of a list operation's 200 body (a task, a version, an export task)."""
    spec = spec or load_spec()
    envelope = list_envelopes(spec)[operation_id]
    found: dict[str, Any] = resolve(
        success_schema(operation_id, spec)["properties"][envelope.items_key]["items"], spec
    )
    return found


@_fact
def item_id(operation_id: str, spec: dict[str, Any] | None = None) -> str:
    """The id field of a list operation's items: the first required field named ``*_id``."""
    required = item_schema(operation_id, spec).get("required", [])
    return str(next(name for name in required if name.endswith(ID_SUFFIX)))


@attrs.frozen
class Reference:
    """An ``x-refers-to`` marker: the field holds an id of the kind its sibling ``by`` names.

    ``ids`` maps each kind that names another object to the path parameter whose id the field then
    holds (``dataset_id``, ``task_id``); the field of any other kind holds no id (an OBS path, say).
    """

    by: str
    ids: dict[str, str]  # kinds are the values of a string enum (SourceType, WorkPathType)

    def id_name(self, record: dict[str, Any]) -> str | None:
        """The path parameter whose id ``record``'s marked field holds, by its kind; None for no id."""
        kind = record.get(self.by)
        return self.ids.get(kind) if isinstance(kind, str) else None


@_fact
def reference(node: dict[str, Any]) -> Reference | None:
    """The ``x-refers-to`` marker of a schema node (a property), or None when it has none."""
    marker = node.get("x-refers-to") if isinstance(node, dict) else None
    if marker is None:
        return None
    return Reference(by=str(marker["by"]), ids={kind: str(name) for kind, name in marker["ids"].items()})
