"""The hand-written code types no word of the API: every parameter name, header name, field name and
enum value of the spec is read from the spec (issue 13's "done when")."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from modelarts_contracts import _spec

# Hand-written code: the mock, the suite runner, the checks, the CLI, the runtime, the generator.
FOLDERS = ("src/modelarts_contracts", "contracts", "client_runtime", "scripts")
# ``_drift`` reads page text, where the API's words are what it looks for.
EXCLUDED = ("_drift",)
# The OpenAPI and JSON Schema documents' own keys, with which code reads the spec (``parameter["name"]``,
# ``schema["type"]``, ``parameters(operation, "path")``): the standard's words, not the API's, even where
# the API has a field of the same name.
VOCABULARY = frozenset(
    {"name", "type", "description", "path", "query", "header", "in", "schema", "required", "properties"}
    | {"items", "enum", "default", "format", "example", "examples", "content", "responses", "parameters"}
)
# A word used for something other than the API, and what it is there.
ELSEWHERE = {
    ("_mock/_faults.py", "status"): "the ASGI response-start message's key",
    ("_suite/_junit.py", "property"): "the JUnit XML element",
}


def _nodes(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in the document, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def header_names(document: dict[str, Any]) -> set[str]:
    """The header names of ``document``: header parameters and security schemes, the signing
    scheme's headers, and the headers responses carry. HTTP compares them ignoring case."""
    names: set[str] = set()
    for node in _nodes(document):
        if isinstance(node.get("name"), str) and node.get("in") == "header":
            names.add(node["name"])
        names.update(str(node[key]) for key in ("x-date-header", "x-security-token-header") if key in node)
        if "description" in node and isinstance(node.get("headers"), dict) and "content" in node:
            names.update(node["headers"])  # a response's headers
    return names


def spec_words(document: dict[str, Any]) -> set[str]:
    """Parameter, header and field names, string enum values and the signing scheme's facts of
    ``document``, less the standard's vocabulary and words of no letters."""
    words = header_names(document)
    for node in _nodes(document):
        if isinstance(node.get("name"), str) and node.get("in") in ("path", "query"):
            words.add(node["name"])
        words.update(node.get("properties", {}) if isinstance(node.get("properties"), dict) else ())
        words.update(value for value in node.get("enum", []) if isinstance(value, str))
        words.update(str(node[key]) for key in ("x-signing-algorithm", "x-date-format") if key in node)
    return {word for word in words - VOCABULARY if any(char.isalpha() for char in word)}


def typed_words(folder: Path, words: set[str], headers: frozenset[str] = frozenset()) -> list[str]:
    """``file:line: word`` for each string literal under ``folder`` that is one of ``words``, or one of
    the header names ``headers`` in any case."""
    folded = {header.casefold() for header in headers}
    found = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(folder).as_posix()
        if any(part in EXCLUDED for part in relative.split("/")):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            literal = node.value if isinstance(node, ast.Constant) else None
            if not isinstance(literal, str) or (relative, literal) in ELSEWHERE:
                continue
            if literal in words or literal.casefold() in folded:
                found.append(f"{relative}:{node.lineno}: {literal}")
    return found


def test_spec_words_cover_each_kind(repo_root: Path) -> None:
    """The words include parameter, header and field names and enum values (named here, in a test)."""
    words = spec_words(_spec.load_spec(repo_root / "spec" / "openapi.yaml"))
    paging, sorting, ids = _spec.paging_names(), _spec.sort_names(), _spec.path_ids()
    assert {
        paging.limit,
        paging.offset,
        sorting.by,
        sorting.order,
        ids.task,
        ids.dataset,
        ids.project,
    } <= words
    assert {"X-Auth-Token", "X-Sdk-Date", "X-Security-Token", "X-Request-Id", "Retry-After"} <= words
    assert {"count", "tasks", "total_count", "export_tasks", "error_code", "inputs"} <= words
    assert {"DATASET", "OBS", "desc", "sys_data_cleaning", "NEW_DATASET"} <= words
    assert {"SDK-HMAC-SHA256", "%Y%m%dT%H%M%SZ", "Authorization"} <= words
    assert not words & VOCABULARY and "" not in words


def test_hand_written_code_types_no_spec_word(repo_root: Path) -> None:
    """No string literal of the hand-written code is a word of the spec: the code reads them."""
    document = _spec.load_spec(repo_root / "spec" / "openapi.yaml")
    words, headers = spec_words(document), frozenset(header_names(document))
    assert [found for folder in FOLDERS for found in typed_words(repo_root / folder, words, headers)] == []


def test_scan_catches_planted_words(tmp_path: Path) -> None:
    """A planted parameter name, envelope key, header (lower-cased) and enum value are each reported;
    the same words in ``_drift`` and the standard's vocabulary are not."""
    planted = 'def f(query, body):\n    return query["sort_by"], body["tasks"], "x-auth-token", "DATASET"\n'
    (tmp_path / "_planted.py").write_text(
        planted + 'def g(node):\n    return node["type"]\n', encoding="utf-8"
    )
    (tmp_path / "_drift").mkdir()
    (tmp_path / "_drift" / "_page.py").write_text('WORD = "sort_by"\n', encoding="utf-8")
    document = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml").read_text())
    found = typed_words(tmp_path, spec_words(document), frozenset(header_names(document)))
    planted_words = ("sort_by", "tasks", "x-auth-token", "DATASET")
    assert sorted(found) == [f"_planted.py:2: {word}" for word in sorted(planted_words)]


def test_a_word_the_spec_adds_is_scanned_for(repo_root: Path) -> None:
    """A field and an enum value added to a copy of the spec become words the scan looks for."""
    document = yaml.safe_load((repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    schemas["ProcessorTask"]["properties"]["queue_position"] = {"type": "integer"}
    schemas["SourceType"]["enum"].append("HDFS")
    assert {"queue_position", "HDFS"} <= spec_words(document) - spec_words(_spec.load_spec())
