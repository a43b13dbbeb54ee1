"""A plain schemathesis run of the spec, every phase and every check, finds nothing wrong with the mock.

This is schemathesis' own command line, independent of our contract suite. The same run against a
mock that answers 500 now and then fails, so the test can tell the two apart.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from modelarts_contracts._mock import DEFAULT_TOKEN, Faults, MockConfig, running_mock

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def _schemathesis(url: str, folder: Path) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(SPEC),
        "--url",
        url,
        "--header",
        f"X-Auth-Token: {DEFAULT_TOKEN}",
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        "30",
        "--seed",
        "1",
    ]
    # Run in a scratch folder: schemathesis keeps state in ./.schemathesis.
    return subprocess.run(command, capture_output=True, text=True, timeout=240, cwd=folder)


@pytest.mark.parametrize("faulty", [False, True], ids=["correct-mock-passes", "mock-with-500s-fails"])
def test_schemathesis_all_phases_against_the_mock(faulty: bool, tmp_path: Path) -> None:
    """All phases and checks pass against the mock; a mock answering 500 sometimes is caught."""
    faults = Faults(status=500, fraction=0.2, seed=2) if faulty else Faults()
    with running_mock(MockConfig(tasks=40, faults=faults)) as served:
        result = _schemathesis(served.url, tmp_path)
    output = result.stdout + result.stderr
    if faulty:
        assert result.returncode == 1 and "Server error" in output, output[-3000:]
    else:
        assert result.returncode == 0, output[-3000:]
        assert " passed" in output and "failures" not in output.splitlines()[-1]
