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


def _copy_runtime(target: Path) -> None:
    """Ship the hand-written runtime layer inside the generated package."""
    shutil.copytree(RUNTIME, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


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
