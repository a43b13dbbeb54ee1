"""Client figures, as ratios to a baseline measured in the same run.

1. Parsing a 100-task page into typed objects, against ``json.loads`` on the same bytes
   (goal <= 3x), on the mock's page, on a page built from the spec's examples, and on a page of the
   kinds a tolerant reader meets (optional fields sent as null, status and source types the spec
   does not list, integers sent as 2.0).
2. A full ``list_tasks`` call over loopback, against a raw httpx GET plus ``json.loads`` of the same
   URL on the same server (goal <= 1.3x). The same URL is the one the client sends: ``limit=100``
   plus the operation's defaults (offset, order, sort_by, ...), read from the generated request
   builder, so the server does the same work for both. A GET with ``limit=100`` alone is shown too.

Run: ``.venv/bin/python benchmarks/bench_client.py`` (about half a minute; 127.0.0.1 only). Each
ratio is the median of per-round paired ratios, printed with its interquartile range.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

import httpx
from modelarts_data_client import ModelArts, Retry
from modelarts_data_client.api.processor_tasks import list_processor_tasks
from modelarts_data_client.models import ProcessorTaskList

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import interleaved, table

from modelarts_contracts import _spec
from modelarts_contracts._mock import DEFAULT_TOKEN, MockConfig, running_mock

PROJECT = "0123456789abcdef0123456789abcdef"
LIMIT = {"limit": 100}


def example_page() -> bytes:
    """100 copies of page 000's example task (distinct ids), as one list response."""
    operation = _spec.operations()["listProcessorTasks"][2]
    example = operation["responses"]["200"]["content"]["application/json"]["examples"]["page000"]["value"]
    tasks = []
    for number in range(100):
        task = copy.deepcopy(example["tasks"][0])
        task["task_id"] = f"{task['task_id'][:12]}{number:07d}"
        tasks.append(task)
    return json.dumps({"count": 100, "tasks": tasks}).encode()


def tolerant_page() -> bytes:
    """Page 000's example x100 with what real servers send: nulls, new enum values, integral floats."""
    page = json.loads(example_page())
    for number, task in enumerate(page["tasks"]):
        task.update(description=None, error_msg=None, data_source=None, duration_seconds=12.0)
        if number % 3 == 0:
            task["status"] = 7
            for source in task.get("inputs", []):
                source["type"] = "NEW_SOURCE_TYPE"
    page["count"] = float(page["count"])
    return json.dumps(page).encode()


def parsing(name: str, body: bytes) -> str:
    samples = interleaved(
        {
            "json.loads": lambda: json.loads(body),
            "typed (json.loads + from_dict)": lambda: ProcessorTaskList.from_dict(json.loads(body)),
        },
        rounds=1000,
        budget=15,
    )
    return table(f"parse a 100-task page: {name} ({len(body) // 1024} KiB)", "json.loads", samples, "<= 3x")


def calls(url: str) -> str:
    raw = httpx.Client(base_url=url, headers={"X-Auth-Token": DEFAULT_TOKEN})
    request = list_processor_tasks._get_kwargs(PROJECT, **LIMIT)  # the URL the client sends
    path, same = request["url"], request["params"]
    with raw, ModelArts(endpoint=url, project_id=PROJECT, token=DEFAULT_TOKEN, retry=Retry()) as client:
        samples = interleaved(
            {
                "raw httpx GET + json.loads": lambda: json.loads(raw.get(path, params=same).content),
                "raw GET, limit=100 only": lambda: json.loads(raw.get(path, params=LIMIT).content),
                "ModelArts.list_tasks(limit=100)": lambda: client.list_tasks(limit=100),
            },
            rounds=1000,
            budget=25,
        )
    return table("full list call over loopback (100 tasks)", "raw httpx GET + json.loads", samples, "<= 1.3x")


def main() -> None:
    with running_mock(MockConfig(tasks=300)) as mock:
        url = f"{mock.url}/v2/{PROJECT}/processor-tasks"
        page = httpx.get(url, params=LIMIT, headers={"X-Auth-Token": DEFAULT_TOKEN})
        print(parsing("the mock's page", page.content))
        print(parsing("page 000's example task x100", example_page()))
        print(parsing("nulls, unknown enum values, 2.0 integers x100", tolerant_page()))
        print(calls(mock.url))


if __name__ == "__main__":
    main()
