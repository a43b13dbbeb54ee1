"""Every client example in docs/client.md and the README runs, as pasted, against the mock on loopback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from modelarts_contracts._mock import DEFAULT_AK, DEFAULT_SK, DEFAULT_TOKEN, RunningMock

from .conftest import PROJECT

ROOT = Path(__file__).resolve().parents[2]
REAL_ENDPOINT = "https://modelarts.cn-north-4.myhuaweicloud.com"


def _blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def _readme_examples() -> list[str]:
    """The README's client examples: the Python blocks of its Examples section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return _blocks(readme.split("### Examples", 1)[1].split("\n## ", 1)[0])


GUIDE = _blocks((ROOT / "docs" / "client.md").read_text(encoding="utf-8"))
README = _readme_examples()
EXAMPLES = GUIDE + README


def test_docs_have_examples() -> None:
    """The guide and the README keep their examples (the test below would otherwise pass vacuously)."""
    assert len(GUIDE) >= 8 and len(README) >= 3


@pytest.mark.parametrize(
    "example",
    EXAMPLES,
    ids=[f"guide-{n}-runs" for n in range(len(GUIDE))] + [f"readme-{n}-runs" for n in range(len(README))],
)
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
