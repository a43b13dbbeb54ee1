"""Every Python example in docs/client.md runs, as pasted, against the mock on a loopback port."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from modelarts_contracts._mock import DEFAULT_AK, DEFAULT_SK, DEFAULT_TOKEN, RunningMock

from .conftest import PROJECT

DOCS = Path(__file__).resolve().parents[2] / "docs" / "client.md"
REAL_ENDPOINT = "https://modelarts.cn-north-4.myhuaweicloud.com"
EXAMPLES = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_docs_have_examples() -> None:
    """The client guide keeps its examples (the test below would otherwise pass vacuously)."""
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example-{n}-runs" for n in range(len(EXAMPLES))])
def test_docs_example_runs_against_the_mock(example: str, mock: RunningMock, tmp_path: Path) -> None:
    """The example exits 0 and prints something, with only the endpoint pointed at the mock."""
    assert REAL_ENDPOINT in example, "examples name the real endpoint, which the test swaps"
    script = tmp_path / "example.py"
    script.write_text(example.replace(REAL_ENDPOINT, mock.url), encoding="utf-8")
    env = {
        **os.environ,
        "HUAWEICLOUD_SDK_AK": DEFAULT_AK,
        "HUAWEICLOUD_SDK_SK": DEFAULT_SK,
        "MODELARTS_TOKEN": DEFAULT_TOKEN,
        "MODELARTS_PROJECT_ID": PROJECT,
    }
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
