"""Regenerate the typed client in generated/ from spec/openapi.yaml.

The package folder is deleted first because the generator's ``--overwrite`` leaves stale
files behind, and the run fails loudly when ruff (which formats the output) is missing,
rather than committing unformatted code.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
CONFIG = ROOT / "generated" / "config.yaml"
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


def regenerate(output: Path = OUTPUT, spec: Path = SPEC) -> None:
    """Generate the client from ``spec`` into ``output``, replacing whatever was there."""
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
        str(CONFIG),
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
    arguments = parser.parse_args()
    regenerate(arguments.output, arguments.spec)


if __name__ == "__main__":
    main()
