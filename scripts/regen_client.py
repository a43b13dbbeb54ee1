"""Regenerate the typed client in generated/ from spec/openapi.yaml.

The package folder is deleted first because the generator's ``--overwrite`` leaves stale
files behind, and the run fails loudly when ruff (which formats the output) is missing,
rather than committing unformatted code.

The package's version follows the spec. generated/config.yaml holds the last released version and
generated/released-spec.yaml the spec it was released from; the spec-to-spec diff from that spec to
the one given picks the bump (breaking for clients: major; other changes to what the spec defines:
minor; wording only: patch; none: the released version). Regeneration never moves that baseline,
so it is deterministic and idempotent, and changes merged from several branches are classified
together against the last release. ``--release`` records the version generated as the new baseline.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from modelarts_contracts import _spec
from modelarts_contracts._drift._release import bumped, classify

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
CONFIG = ROOT / "generated" / "config.yaml"
RELEASED = ROOT / "generated" / "released-spec.yaml"
_VERSION_LINE = re.compile(r"^package_version_override: *(?P<version>\S+) *$", re.MULTILINE)
TEMPLATES = ROOT / "scripts" / "client_templates"
OUTPUT = ROOT / "generated" / "modelarts-data-client"
RUNTIME = ROOT / "client_runtime"
PACKAGE = "modelarts_data_client"
FACTS = "_facts.py"


def _tool_path() -> str:
    """Return a PATH on which this interpreter's tools (ruff, the generator) come first."""
    bindir = str(Path(sys.executable).parent)
    return os.pathsep.join([bindir, os.environ.get("PATH", "")])


def _require(tool: str, path: str) -> str:
    """Return the full path of ``tool`` or exit with a clear message."""
    found = shutil.which(tool, path=path)
    if found is None:
        sys.exit(f"regen: '{tool}' is not installed; run scripts/install (it pins {tool}) and retry.")
    return found


def version_for(spec: Path, released: Path = RELEASED, config: Path = CONFIG) -> tuple[str, str]:
    """Return the package version for ``spec`` and why: the recorded one, bumped by the spec-to-spec diff."""
    match = _VERSION_LINE.search(config.read_text(encoding="utf-8"))
    if match is None:
        sys.exit(f"regen: {config} has no 'package_version_override: X.Y.Z' line")
    try:
        bump, breaking = classify(_read(released), _read(spec))
        version = bumped(match["version"], bump)
    except ValueError as error:
        sys.exit(f"regen: {error}")
    reasons = "; ".join(f"{change.operation} {change.where}: {change.message}" for change in breaking[:3])
    why = f"{bump or 'no'} change from {released.name}" + (f" (breaks clients: {reasons})" if reasons else "")
    return version, why


def _read(path: Path) -> dict[str, Any]:
    """Parse a spec file afresh (the baseline changes on --release); raise ValueError naming it."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ValueError(f"cannot read {path}: {' '.join(str(error).split())}") from None
    if not isinstance(document, dict):
        raise ValueError(f"{path} is not an OpenAPI document")
    return document


def regenerate(output: Path = OUTPUT, spec: Path = SPEC) -> str:
    """Generate the client from ``spec`` into ``output``, replacing whatever was there; return its version."""
    version, why = version_for(spec)
    print(f"regen: version {version} ({why})")
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "config.yaml"
        config.write_text(_with_version(CONFIG.read_text(encoding="utf-8"), version), encoding="utf-8")
        _generate(output, spec, config)
    return version


def release(spec: Path, version: str, released: Path = RELEASED, config: Path = CONFIG) -> None:
    """Record ``version`` and ``spec`` as the released baseline the next versions are bumped from."""
    config.write_text(_with_version(config.read_text(encoding="utf-8"), version), encoding="utf-8")
    shutil.copyfile(spec, released)


def _with_version(config: str, version: str) -> str:
    """Return the generator config text with ``version`` as the package version."""
    return _VERSION_LINE.sub(f"package_version_override: {version}", config)


def _generate(output: Path, spec: Path, config: Path) -> None:
    """Run the generator (config ``config``) and copy the runtime into the package."""
    path = _tool_path()
    _require("ruff", path)
    generator = _require("openapi-python-client", path)
    if output.exists():
        shutil.rmtree(output)
    command = [
        generator,
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        "--output-path",
        str(output),
        "--meta",
        "setup",
        "--custom-template-path",
        str(TEMPLATES),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "PATH": path, "RUFF_NO_CACHE": "true"}
    )
    if result.returncode != 0 or "Warning" in result.stdout or "Error" in result.stdout:
        sys.exit(f"regen: the generator did not run cleanly:\n{result.stdout}{result.stderr}")
    _copy_runtime(output / PACKAGE / "runtime")
    facts = output / PACKAGE / FACTS
    facts.write_text(facts_module(_read(spec)), encoding="utf-8")
    subprocess.run(
        [_require("ruff", path), "format", "--quiet", str(facts)],
        check=True,
        env={**os.environ, "RUFF_NO_CACHE": "true"},
    )


def _copy_runtime(target: Path) -> None:
    """Ship the hand-written runtime layer inside the generated package, byte for byte."""
    shutil.copytree(RUNTIME, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


def facts_module(document: dict[str, Any]) -> str:
    """The text of ``modelarts_data_client._facts``: each API fact the runtime needs, read from the spec.

    The runtime restates none of them; a fact the spec does not hold is added to it as an ``x-``
    extension (the AK/SK scheme's ``x-date-format`` and ``x-security-token-header``).
    """
    components = document["components"]
    signing = _scheme(components["securitySchemes"], signed=True)
    token = _scheme(components["securitySchemes"], signed=False)
    parameters = {p["name"]: p for p in components["parameters"].values() if p.get("in") == "query"}
    limit, offset = components["parameters"]["Limit"]["name"], components["parameters"]["Offset"]["name"]
    readings = next(p["x-offset-readings"] for p in parameters.values() if "x-offset-readings" in p)
    code, message = _error_fields(document)
    facts: list[tuple[str, object, str]] = [
        ("TOKEN_HEADER", token["name"], "the IAM token scheme's header"),
        ("SIGNATURE_HEADER", signing["name"], "the AK/SK scheme's header"),
        ("SIGNING_ALGORITHM", _extension(signing, "x-signing-algorithm"), "AK/SK x-signing-algorithm"),
        ("SIGNING_DATE_HEADER", _extension(signing, "x-date-header"), "AK/SK x-date-header"),
        ("SIGNING_DATE_FORMAT", _extension(signing, "x-date-format"), "AK/SK x-date-format (strftime)"),
        (
            "SECURITY_TOKEN_HEADER",
            _extension(signing, "x-security-token-header"),
            "AK/SK x-security-token-header",
        ),
        ("REQUEST_ID_HEADER", _response_header(document, "RequestId"), "the responses' request id header"),
        (
            "RETRY_AFTER_HEADER",
            _response_header(document, "RetryAfter"),
            "the pushback responses' wait header",
        ),
        ("ERROR_CODE_FIELD", code, "the error body's code"),
        ("ERROR_MESSAGE_FIELD", message, "the error body's message"),
        ("ENDPOINT_TEMPLATE", document["servers"][0]["url"], "servers[0].url"),
        # the paging parameters are the one place the runtime needs names of parameters
        ("LIMIT_PARAMETER", limit, "components.parameters.Limit: the page size"),
        ("OFFSET_PARAMETER", offset, "components.parameters.Offset: where a page starts"),
        ("DEFAULT_LIMIT", parameters[limit]["schema"]["default"], "the page size's default"),
        ("DEFAULT_OFFSET", parameters[offset]["schema"]["default"], "the page start's default"),
        *((f"OFFSET_READING_{r.upper()}", r, "an x-offset-readings value (D6)") for r in readings),
    ]
    lines = [f"{name}: Final = {value!r}  # {why}" for name, value, why in facts]
    literal = ", ".join(repr(r) for r in readings)
    envelopes = "".join(f"    {name!r}: Envelope{fields!r},\n" for name, fields in _envelopes(document))
    return _FACTS_TEMPLATE.format(
        facts="\n".join(lines), readings=literal, envelopes=envelopes, first=repr(readings[0])
    )


_FACTS_TEMPLATE = '''"""API facts the runtime reads, written from spec/openapi.yaml by scripts/regen_client.py

Generated: do not edit. Change the spec (or, for a fact it lacks, add an ``x-`` extension to it) and
regenerate; the runtime restates none of these.
"""

from dataclasses import dataclass
from typing import Final, Literal

{facts}

OffsetReading = Literal[{readings}]
"""What ``offset`` counts: the readings the spec allows (x-offset-readings, D6)."""
OFFSET_READINGS: Final[tuple[OffsetReading, ...]] = ({readings},)
DEFAULT_OFFSET_READING: Final[OffsetReading] = {first}


@dataclass(frozen=True)
class Envelope:
    """Where a list body keeps its items and its count, and which field of an item is its id."""

    items: str
    count: str
    key: str


ENVELOPES: Final[dict[str, Envelope]] = {{
{envelopes}}}
"""Each list schema's envelope, by the schema's (and generated model's) name."""
'''


def _scheme(schemes: dict[str, Any], *, signed: bool) -> dict[str, Any]:
    """The one header security scheme that signs (``x-signing-algorithm``), or the one that does not."""
    found: list[dict[str, Any]] = [
        s for s in schemes.values() if s.get("in") == "header" and ("x-signing-algorithm" in s) == signed
    ]
    if len(found) != 1:
        sys.exit(f"regen: the spec needs exactly one {'signing' if signed else 'token'} security scheme")
    return found[0]


def _extension(scheme: dict[str, Any], name: str) -> str:
    """The signing scheme's extension ``name``, which the runtime needs; exit naming it when absent."""
    value = scheme.get(name)
    if not isinstance(value, str) or not value:
        sys.exit(f"regen: the AK/SK security scheme needs {name} (a string): the signer reads it")
    return value


def _response_header(document: dict[str, Any], component: str) -> str:
    """The header name under which the responses carry ``#/components/headers/<component>``."""
    try:
        return _spec.response_header(component, document)
    except _spec.SpecError as exc:
        sys.exit(f"regen: {exc}")


def _error_fields(document: dict[str, Any]) -> tuple[str, str]:
    """The error body's code and message fields (``_spec.error_body``: the required ``*_code`` one, and
    the other)."""
    try:
        fields = _spec.error_body(document)
    except (_spec.SpecError, ValueError) as exc:
        sys.exit(f"regen: the Error schema must require a *_code field and a message: {exc}")
    return fields.code, fields.message


def _envelopes(document: dict[str, Any]) -> list[tuple[str, tuple[str, str, str]]]:
    """Each list schema (a required array and a required integer count) with its item's id field."""
    schemas = document["components"]["schemas"]
    found = []
    for name, schema in sorted(schemas.items()):
        properties = schema.get("properties", {})
        kinds = {properties[field].get("type"): field for field in schema.get("required", [])}
        if set(kinds) != {"array", "integer"} or len(schema["required"]) != 2:
            continue
        item = schemas[properties[kinds["array"]]["items"]["$ref"].rsplit("/", 1)[1]]
        key = next((field for field in item["required"] if field.endswith(_spec.ID_SUFFIX)), None)
        if key is None:
            sys.exit(f"regen: {name}'s items have no required *_id field to tell them apart")
        found.append((name, (kinds["array"], kinds["integer"], key)))
    return found


def main() -> None:
    """Parse the command line and regenerate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help="folder to generate into")
    parser.add_argument("--spec", type=Path, default=SPEC, help="OpenAPI document to generate from")
    parser.add_argument(
        "--release",
        action="store_true",
        help="record the version generated and its spec as the released baseline (generated/)",
    )
    arguments = parser.parse_args()
    version = regenerate(arguments.output, arguments.spec)
    if arguments.release:
        release(arguments.spec, version)
        print(f"regen: released {version}; generated/config.yaml and released-spec.yaml record it")


if __name__ == "__main__":
    main()
