"""The README's install-and-use snippet works in a fresh virtual environment, as a new user would run it."""

from __future__ import annotations

import re
import shutil
import subprocess
import venv
from pathlib import Path
from typing import Any

README_URL = "https://modelarts.cn-north-4.myhuaweicloud.com"


def _readme_snippet(repo_root: Path) -> str:
    """The Python block of the README section on installing the client."""
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Installing the client in an application", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert match, "the README lost its client snippet"
    return match.group(1)


def test_readme_snippet_runs_in_a_fresh_venv(repo_root: Path, example_server: Any, tmp_path: Path) -> None:
    """`pip install ./generated/modelarts-data-client` alone is enough to run the README snippet."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    project = shutil.copytree(repo_root / "generated" / "modelarts-data-client", tmp_path / "client")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, str(project)], check=True)
    snippet = _readme_snippet(repo_root).replace(README_URL, example_server.base_url)
    snippet += "\nprint(type(page).__name__, page.count, page.tasks[0].task_id)\n"
    result = subprocess.run([python, "-c", snippet], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ProcessorTaskList", "1", "ddwRJeTnjpiq4dNUZOq"]
