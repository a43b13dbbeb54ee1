"""One request and its response, as any server sent it, in the form the checks read.

The checks never see schemathesis cases or httpx objects: both the engine adapter and the probe
client turn what they sent and got into an :class:`Exchange`, so a check is written once and
holds whichever server and driver produced the traffic.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import attrs

from modelarts_contracts import _spec

_NOT_JSON = object()


def _template_pattern(template: str) -> re.Pattern[str]:
    """Turn ``/v2/{project_id}/x`` into a regex that matches the end of a URL path."""
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts))
    return re.compile(regex + "$")


def match_operation(method: str, path: str) -> tuple[str, dict[str, str]] | None:
    """Return the operationId and path parameters a URL path belongs to, or None."""
    for operation_id, (op_method, template, _) in _spec.operations().items():
        found = _template_pattern(template).search(path)
        if found and op_method == method.upper():
            return operation_id, dict(found.groupdict())
    return None


@attrs.frozen
class Exchange:
    """A request (method, URL, headers) and the response (status, headers, body) it got."""

    method: str
    url: str
    status_code: int
    headers: dict[str, str]
    body: bytes
    request_headers: dict[str, str] = attrs.field(factory=dict)

    @cached_property
    def route(self) -> tuple[str, dict[str, str]] | None:
        """(operationId, path parameters), or None for a URL outside the spec."""
        return match_operation(self.method, urlsplit(self.url).path)

    @property
    def operation_id(self) -> str | None:
        return self.route[0] if self.route else None

    @property
    def path_params(self) -> dict[str, str]:
        """Path parameters as the server reads them: percent-decoded, segment by segment."""
        return {name: unquote(value) for name, value in self.route[1].items()} if self.route else {}

    @cached_property
    def query(self) -> dict[str, list[str]]:
        """Query parameters as sent, each name with all its values."""
        return parse_qs(urlsplit(self.url).query, keep_blank_values=True)

    def param(self, name: str) -> str | None:
        """The single value of query parameter ``name`` (the last one when repeated), or None."""
        values = self.query.get(name)
        return values[-1] if values else None

    @cached_property
    def _parsed(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return _NOT_JSON

    @property
    def json(self) -> Any:
        """The body parsed as JSON, or None when it is not JSON."""
        return None if self._parsed is _NOT_JSON else self._parsed

    @property
    def ok(self) -> bool:
        return 200 <= self.status_code < 300

    def items(self) -> list[dict[str, Any]] | None:
        """The list of records of a 2xx list response (tasks, versions, export tasks), or None."""
        envelope = ENVELOPES.get(self.operation_id or "")
        body = self.json
        if not self.ok or envelope is None or not isinstance(body, dict):
            return None
        items = body.get(envelope.items_key)
        return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else None

    def count(self) -> int | None:
        """The count field of a 2xx list response, or None."""
        envelope = ENVELOPES.get(self.operation_id or "")
        body = self.json
        if not self.ok or envelope is None or not isinstance(body, dict):
            return None
        value = body.get(envelope.count_key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None


ENVELOPES = _spec.list_envelopes()
