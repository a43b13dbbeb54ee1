"""The spec as the suite judges a server with it: constraints the pages do not state are not demanded.

Some constraints in spec/openapi.yaml describe what our client sends rather than what the pages
promise (spec D26); each such node lists them in ``x-client-only``. Positive data keeps them (the
suite sends only what the client would), but negative testing must not demand that a server
reject a value that breaks only them: the schema for the negative pass drops them.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from modelarts_contracts import _spec

CLIENT_ONLY = "x-client-only"


def without_client_only(node: Any) -> Any:
    """A copy of a spec (or any node of it) with every keyword listed in ``x-client-only`` removed."""
    relaxed = copy.deepcopy(node)
    _strip(relaxed)
    return relaxed


def _strip(node: Any) -> None:
    if isinstance(node, dict):
        for keyword in node.pop(CLIENT_ONLY, []):
            node.pop(keyword, None)
        for value in node.values():
            _strip(value)
    elif isinstance(node, list):
        for value in node:
            _strip(value)


def client_only_constraints(node: Any, where: str = "#") -> list[str]:
    """Every ``x-client-only`` keyword of a spec, as ``pointer: keyword`` lines (for docs and tests)."""
    found = []
    if isinstance(node, dict):
        found += [f"{where}: {keyword}" for keyword in node.get(CLIENT_ONLY, [])]
        for key, value in node.items():
            found += client_only_constraints(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += client_only_constraints(value, f"{where}/{index}")
    return found


def tolerated(check: str, operation_id: str, interaction: Any, case: Any) -> bool:
    """Whether a schemathesis check's verdict on this case is set aside as D24/D26 allow."""
    if check == "positive_data_acceptance":
        return is_unknown_id_answer(operation_id, interaction)
    if check == "negative_data_rejection":
        return is_empty_value_negation(case)
    return False


def is_empty_value_negation(case: Any) -> bool:
    """Whether a negative case's only invalid part is a query parameter sent with an empty value."""
    data = getattr(getattr(getattr(case, "meta", None), "phase", None), "data", None)
    name = getattr(data, "parameter", None)
    location = getattr(getattr(data, "parameter_location", None), "value", None)
    if name is None or location != "query":
        return False
    value = (case.query or {}).get(name)
    values = value if isinstance(value, list) else [value]
    return bool(values) and all(item == "" for item in values)


def is_unknown_id_answer(operation_id: str, interaction: Any) -> bool:
    """Whether an engine response is the appendix's answer to an unknown path id (spec D24)."""
    response = interaction.response
    if response is None or response.status_code < 400:
        return False
    try:
        code = json.loads(response.content).get(_spec.error_body().code)
    except (ValueError, AttributeError):
        return False
    unknown, code_field = _spec.unknown_id_answers(), _spec.error_body().code
    return any(
        response.status_code in unknown[name]["statuses"] and code == unknown[name][code_field]
        for name in _spec.parameters(operation_id, "path")
        if name in unknown
    )
