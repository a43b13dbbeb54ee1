"""The ``modelarts-contracts run`` command: flags and environment in, summary and exit code out.

Exit codes: 0 every promise kept, 1 a promise broken (or the server slow or erroring mid-run),
2 the run could not be made (bad flag, unreachable or slow server, refused credentials, a
server that keeps answering 429/503 past the retries, malformed spec), always with a one-line
reason and never a traceback.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

import click

from modelarts_contracts import _spec

_ENV = {
    "token": "MODELARTS_TOKEN",
    "ak": "HUAWEICLOUD_SDK_AK",
    "sk": "HUAWEICLOUD_SDK_SK",
    "project_id": "MODELARTS_PROJECT_ID",
}


_PHASES = ("examples", "coverage", "fuzzing", "stateful")


def _phases(value: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [part for part in chosen if part not in _PHASES]
    if unknown or not chosen:
        raise click.BadParameter(f"choose from {', '.join(_PHASES)} (got {value!r})")
    return chosen


def _stop(message: str, redact: Any = None) -> None:
    """Print a one-line reason and exit 2: the run could not be made."""
    line = " ".join(str(message).split())
    click.echo(f"modelarts-contracts run: error: {redact(line) if redact else line}", err=True)
    sys.exit(2)


@click.command("run")
@click.option("--base-url", metavar="URL", help="Server to test; without it the built-in mock is started.")
@click.option(
    "--project-id", envvar=_ENV["project_id"], metavar="ID", help=f"Project id (env {_ENV['project_id']})."
)
@click.option("--token", envvar=_ENV["token"], metavar="T", help=f"IAM token (env {_ENV['token']}).")
@click.option("--ak", envvar=_ENV["ak"], metavar="AK", help=f"Access key (env {_ENV['ak']}).")
@click.option("--sk", envvar=_ENV["sk"], metavar="SK", help=f"Secret key (env {_ENV['sk']}).")
@click.option("--task-id", "task_ids", multiple=True, metavar="ID", help="A task id to test (repeatable).")
@click.option(
    "--dataset-id", "dataset_ids", multiple=True, metavar="ID", help="A dataset id to test (repeatable)."
)
@click.option(
    "--junit", type=click.Path(dir_okay=False, path_type=Path), help="Write a JUnit XML report here."
)
@click.option(
    "--max-examples",
    type=click.IntRange(1, 100_000),
    default=100,
    show_default=True,
    help="Examples per operation and phase for schemathesis.",
)
@click.option(
    "--probe-examples",
    type=click.IntRange(1, 10_000),
    default=10,
    show_default=True,
    help="Examples per property for the contract probes.",
)
@click.option(
    "--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Concurrent workers."
)
@click.option("--seed", type=click.IntRange(0), help="Seed for reproducible runs (random when left out).")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=10.0,
    show_default=True,
    help="Seconds to wait for each response before reporting the server as slow.",
)
@click.option(
    "--rate-limit",
    type=click.FloatRange(min=0, min_open=True),
    metavar="N",
    help="Send at most N requests a second (for servers that must not be hammered); no limit by default.",
)
@click.option(
    "--offset-reading",
    type=click.Choice(["record", "page"]),
    help="Accept only this reading of offset (spec D6); both are accepted by default.",
)
@click.option(
    "--phases",
    default=",".join(_PHASES),
    show_default=True,
    callback=lambda ctx, param, value: _phases(value),
    help="Comma-separated schemathesis phases to run (the contract probes always run).",
)
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
def run(**flags: Any) -> None:
    """Run the contract suite against a server (or the built-in mock) and report the promises it keeps."""
    try:
        _spec.load_spec()
        from . import _main
    except _spec.SpecError as exc:
        _stop(str(exc))
    except (KeyError, TypeError, ValueError) as exc:
        _stop(f"the spec lacks what the checks need: {type(exc).__name__} {exc}")
    seed = flags["seed"] if flags["seed"] is not None else random.SystemRandom().randrange(2**31)
    sys.exit(_main.main(flags, seed, _stop))
