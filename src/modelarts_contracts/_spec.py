"""Load spec/openapi.yaml, the single source of truth, and look things up in it.

Every limit, enum and default that runtime code needs (the mock's validation, the contract
checks, the drift reader) is read from here instead of being typed a second time.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

SPEC_ENV = "MODELARTS_CONTRACTS_SPEC"
_REPO_SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


class SpecError(Exception):
    """The spec file is missing, unreadable or not an OpenAPI document."""


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


def resolve(node: Any, spec: dict[str, Any] | None = None) -> Any:
    """Follow ``$ref`` (local references only) until ``node`` is not a reference."""
    spec = spec or load_spec()
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
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
