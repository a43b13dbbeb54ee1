"""The runtime's API facts come from the spec, through the module regeneration writes, and only from there."""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from modelarts_data_client import _facts


def _fact_values() -> set[str]:
    """Every string fact of the generated module: header names, envelope keys, error fields, readings."""
    values = {value for name, value in vars(_facts).items() if isinstance(value, str) and not name.startswith("_")}
    values.update(field for envelope in _facts.ENVELOPES.values() for field in vars(envelope).values())
    return values


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a Python source, docstrings left out (they are docs)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def _template_strings(path: Path) -> list[tuple[int, str]]:
    """The quoted strings of a template, its {# comments #} left out."""
    text = re.sub(r"\{#.*?#\}", lambda m: "\n" * m.group().count("\n"), path.read_text(encoding="utf-8"), flags=re.S)
    return [
        (text.count("\n", 0, match.start()) + 1, match.group(2))
        for match in re.finditer(r"([\"'])([^\"'\n]*)\1", text)
    ]


def _restatements(repo_root: Path) -> list[str]:
    facts = {value.lower() for value in _fact_values()}
    found = []
    for path in sorted((repo_root / "client_runtime").rglob("*.py")):
        found += [f"{path.name}:{line}: {text!r}" for line, text in _code_strings(path) if text.lower() in facts]
    for path in sorted((repo_root / "scripts" / "client_templates").rglob("*.jinja")):
        found += [f"{path.name}:{line}: {text!r}" for line, text in _template_strings(path) if text.lower() in facts]
    return found


def test_runtime_and_templates_restate_no_api_fact(repo_root: Path) -> None:
    """No header name, envelope key, error field, reading or parameter of _facts is typed again by hand."""
    assert _fact_values() >= {_facts.TOKEN_HEADER, _facts.SIGNING_DATE_HEADER, _facts.OFFSET_READING_PAGE}
    assert _restatements(repo_root) == []


def test_a_restated_fact_is_found(repo_root: Path, tmp_path: Path) -> None:
    """The scan catches a header name typed again in runtime code (and not one in a docstring)."""
    planted = tmp_path / "client_runtime" / "_planted.py"
    planted.parent.mkdir()
    planted.write_text(f'"""Sends {_facts.TOKEN_HEADER}."""\nHEADER = {_facts.TOKEN_HEADER!r}\n', encoding="utf-8")
    (tmp_path / "scripts" / "client_templates").mkdir(parents=True)
    assert _restatements(tmp_path) == [f"_planted.py:2: {_facts.TOKEN_HEADER!r}"]


def _spec(repo_root: Path) -> dict[str, Any]:
    import yaml

    loaded: dict[str, Any] = yaml.safe_load((repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def test_facts_follow_the_spec(regen_script: ModuleType, repo_root: Path) -> None:
    """A header renamed in the spec's security scheme is the fact regeneration writes."""
    spec = copy.deepcopy(_spec(repo_root))
    schemes = spec["components"]["securitySchemes"]
    signing = next(scheme for scheme in schemes.values() if "x-signing-algorithm" in scheme)
    signing["x-date-header"] = "X-Renamed-Date"
    text = regen_script.facts_module(spec)
    assert "SIGNING_DATE_HEADER: Final = 'X-Renamed-Date'" in text.replace('"', "'")


def test_committed_facts_are_the_specs(regen_script: ModuleType, repo_root: Path) -> None:
    """The facts module the runtime imports holds what the spec says (the regen test checks the bytes)."""
    namespace: dict[str, Any] = {}
    exec(regen_script.facts_module(_spec(repo_root)), namespace)  # the text regen writes, before formatting
    assert namespace["TOKEN_HEADER"] == _facts.TOKEN_HEADER
    written = {name: vars(envelope) for name, envelope in namespace["ENVELOPES"].items()}
    assert written == {name: vars(envelope) for name, envelope in _facts.ENVELOPES.items()}


def test_a_missing_signing_extension_stops_regeneration(regen_script: ModuleType, repo_root: Path) -> None:
    """A spec without the signing scheme's date header says which extension the signer needs."""
    spec = copy.deepcopy(_spec(repo_root))
    for scheme in spec["components"]["securitySchemes"].values():
        scheme.pop("x-date-header", None)
    with pytest.raises(SystemExit, match="needs x-date-header"):
        regen_script.facts_module(spec)


_SENDS = """
import httpx
from modelarts_data_client import AkSkAuth, ModelArts, TokenAuth

sent = []
def answer(request):
    sent.append(sorted(request.headers))
    return httpx.Response(200, json={"count": 0, "tasks": []})

for credential in ({"token": "t"}, {"ak": "a", "sk": "s"}):
    with ModelArts(endpoint="http://m.test", project_id="p", transport=httpx.MockTransport(answer), **credential) as c:
        c.list_tasks()
print(sent)
"""


def test_a_client_regenerated_from_an_edited_spec_sends_its_headers(
    repo_root: Path, regen_script: ModuleType, tmp_path: Path
) -> None:
    """Renaming the token and date headers in the spec is all it takes for the client to send the new names."""
    import subprocess
    import sys

    import yaml

    text = (repo_root / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    edited = text.replace(f"name: {_facts.TOKEN_HEADER}", "name: X-Renamed-Token").replace(
        f"x-date-header: {_facts.SIGNING_DATE_HEADER}", "x-date-header: X-Renamed-Date"
    )
    assert yaml.safe_load(edited) != yaml.safe_load(text)
    (tmp_path / "openapi.yaml").write_text(edited, encoding="utf-8")
    output = tmp_path / "client"
    subprocess.run(
        [sys.executable, str(repo_root / "scripts" / "regen_client.py"), "--output", str(output),
         "--spec", str(tmp_path / "openapi.yaml")],
        check=True, capture_output=True, text=True,
    )
    result = subprocess.run(
        [sys.executable, "-c", _SENDS], cwd=tmp_path, env={"PYTHONPATH": str(output)},
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    token_headers, signed_headers = ast.literal_eval(result.stdout)
    assert "x-renamed-token" in token_headers and _facts.TOKEN_HEADER.lower() not in token_headers
    assert "x-renamed-date" in signed_headers and _facts.SIGNING_DATE_HEADER.lower() not in signed_headers
