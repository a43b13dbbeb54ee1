"""Interpret a :class:`RawDoc` as a :class:`Page`: the operation line, parameter and object tables, examples.

Tables are recognised by their header cells, not by their position: a table with Parameter,
Mandatory and Type columns lists parameters (its caption says path, query or header); one with
Parameter and Type but no Mandatory column lists the fields of an object, named by its caption
(``Table 4 DescribeProcessorTaskResp``) or, for "Response body parameters", the body itself.
"""

from __future__ import annotations

import json
import re

from ._facts import described, type_facts, with_columns
from ._model import Example, Facts, Field, ObjectTable, Page, PageError, Param, RawDoc, RawTable

_OPERATION = re.compile(r"^(?P<method>GET|POST|PUT|PATCH|DELETE|HEAD)\s+(?P<uri>/\S*)$")
# Header cell -> the column it names; Mandatory cell -> the flag it states (every reader shares these).
ROLES = {
    "parameter": "name",
    "name": "name",
    "field": "name",
    "mandatory": "mandatory",
    "required": "mandatory",
    "type": "type",
    "description": "description",
    "default value": "default",
    "default": "default",
    "value range": "range",
    "range": "range",
}
FLAGS = {"yes": True, "no": False, "true": True, "false": False, "mandatory": True, "optional": False}
FLAGS |= {"required": True, "y": True, "n": False}
_LOCATIONS = ("path", "query", "header")
_BODY = re.compile(r"\bbody\b|^response\s+(?:parameters?|fields?)$", re.IGNORECASE)
# The section every revision ends with: "Status Codes", "Status Code".
_STATUS_CODES = re.compile(r"[#*\s]*status\s+codes?[*:\s]*", re.IGNORECASE)
_TABLE_NUMBER = re.compile(r"^\s*Table\s+\d+\s*", re.IGNORECASE)
# The heading response examples follow: "Example Responses", "Response Example", "Examples of responses".
_EXAMPLE_RESPONSES = re.compile(
    r"(?:example\s+responses?|responses?\s+examples?|examples?\s+of\s+(?:a\s+)?responses?)\s*:?",
    re.IGNORECASE,
)


def build(raw: RawDoc, page: str, page_format: str) -> Page:
    """Return the page model of ``raw``; raise :class:`PageError` where the page cannot be read."""
    method, uri, line = _operation(raw, page)
    model = Page(path=page, format=page_format, method=method, uri=uri, uri_line=line)
    for table in raw.tables:
        _file_table(model, table, page)
    model.examples = _examples(raw, page)
    if not model.params and model.body is None:
        raise PageError(page, line, "no parameter or response table could be read")
    model.partial = _unread(model)
    if not model.examples and _example_lost(raw):
        last = raw.lines[-1][0] if raw.lines else line
        model.partial.append((last, "example body", "no JSON example on the page (is it cut off?)"))
    return model


def _example_lost(raw: RawDoc) -> bool:
    """Whether a page without a readable example lost it: a heading announces one, or the page is cut off.

    Every published revision closes with its status-code table; a page that still has it and announces no
    example simply has none, which is not a reading fault.
    """
    texts = [text for _, text in raw.lines]
    announced = any(_EXAMPLE_RESPONSES.fullmatch(text.strip()) for text in texts)
    closed = any(_STATUS_CODES.fullmatch(text) for text in texts)
    return announced or not closed


def _unread(model: Page) -> list[tuple[int, str, str]]:
    """List the rows whose description the reader could only partly read: (line, subject, reason)."""
    rows = [(param.line, f"{param.location} parameter '{param.name}'", param.facts) for param in model.params]
    tables = [model.body] if model.body else []
    for table in [*tables, *model.objects.values()]:
        rows += [
            (row.line, f"field '{table.name or 'response body'}.{row.name}'", row.facts)
            for row in table.fields.values()
        ]
    return [(line, subject, facts.unread) for line, subject, facts in rows if facts.unread]


def _operation(raw: RawDoc, page: str) -> tuple[str, str, int]:
    """Return the method, URI and line of the page's ``METHOD /path`` line."""
    for number, text in raw.lines:
        if match := _OPERATION.match(text.strip()):
            return match["method"], match["uri"], number
    raise PageError(page, 1, "no 'METHOD /path' line: this does not look like an API reference page")


def _file_table(model: Page, table: RawTable, page: str) -> None:
    """Add the rows of a parameter or object table to the page model; other tables are left out."""
    columns = {
        ROLES[cell.strip().lower()]: index
        for index, cell in enumerate(table.header)
        if cell.strip().lower() in ROLES
    }
    if not {"name", "type"} <= columns.keys():
        return
    if not table.rows:
        raise PageError(page, table.line, f"table '{table.caption}' has a header but no rows")
    title = _TABLE_NUMBER.sub("", table.caption).strip()
    if "mandatory" in columns:
        if re.search(rf"\b(?:{'|'.join(_LOCATIONS)}|uri)\b", title, re.IGNORECASE):
            model.params.extend(_params(model, table, columns, title, page))
    elif not re.search(r"request", title, re.IGNORECASE):
        _file_object(model, _object(table, columns, title, page), page)


def _file_object(model: Page, table: ObjectTable, page: str) -> None:
    """File an object table as the response body or as a named object."""
    if table.name is None and model.body is None:
        model.body = table
    elif table.name is not None:
        if table.name in model.objects:
            raise PageError(page, table.line, f"object '{table.name}' has a second table")
        model.objects[table.name] = table


def _cells(table: RawTable, row: tuple[int, tuple[str, ...]], page: str) -> tuple[str, ...]:
    """Return a row's cells, checking it has one cell per header cell."""
    line, cells = row
    if len(cells) != len(table.header):
        raise PageError(page, line, f"row has {len(cells)} cells, the table header has {len(table.header)}")
    return cells


def _params(model: Page, table: RawTable, columns: dict[str, int], title: str, page: str) -> list[Param]:
    """Read the rows of a path, query or header parameter table.

    The caption names the location ("Path Parameters", "Query Parameters"); "URI parameters"
    leaves it to the URI: a name in ``{braces}`` there is a path parameter, any other a query one.
    """
    stated = next((word for word in _LOCATIONS if word in title.lower()), None)
    params = []
    for row in table.rows:
        cells = _cells(table, row, page)
        flag = cells[columns["mandatory"]].strip().lower()
        if flag not in FLAGS:
            raise PageError(page, row[0], f"Mandatory cell reads '{flag}', expected Yes or No")
        name = cells[columns["name"]].strip()
        params.append(
            Param(
                name=name,
                location=stated or ("path" if f"{{{name}}}" in model.uri else "query"),
                mandatory=FLAGS[flag],
                facts=_facts(cells, columns),
                line=row[0],
            )
        )
    return params


def _object(table: RawTable, columns: dict[str, int], title: str, page: str) -> ObjectTable:
    """Read the rows of an object table; "Response body parameters" is the body (no name)."""
    name = None if _BODY.search(title) else (title.split() or ["(uncaptioned)"])[-1]
    found = ObjectTable(name=name, caption=table.caption, line=table.line)
    for row in table.rows:
        cells = _cells(table, row, page)
        found.fields[cells[columns["name"]].strip()] = Field(
            name=cells[columns["name"]].strip(), facts=_facts(cells, columns), line=row[0]
        )
    return found


def _facts(cells: tuple[str, ...], columns: dict[str, int]) -> Facts:
    """Read a row's type and description cells, and its Default Value and Value Range cells if any."""
    description = cells[columns["description"]] if "description" in columns else ""
    facts = described(type_facts(cells[columns["type"]]), description)
    default, value_range = (
        cells[columns[role]] if role in columns else None for role in ("default", "range")
    )
    return with_columns(facts, default, value_range)


def _examples(raw: RawDoc, page: str) -> list[Example]:
    """Parse the JSON code blocks; those after the "Example Responses" line are response examples."""
    responses_from = next(
        (number for number, text in raw.lines if _EXAMPLE_RESPONSES.fullmatch(text.strip())), None
    )
    examples = []
    for line, text in raw.codes:
        if text.lstrip()[:1] not in {"{", "["}:
            continue
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PageError(
                page, line + exc.lineno - 1, f"example body is not valid JSON: {exc.msg}"
            ) from None
        examples.append(
            Example(value=value, line=line, is_response=responses_from is not None and line > responses_from)
        )
    return examples
