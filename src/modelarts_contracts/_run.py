"""The ``modelarts-contracts run`` command: flags and environment in, summary and exit code out.

The command wires the parts: it starts the built-in mock when no ``--base-url`` is given
(:mod:`._target`) and hands the suite runner (:mod:`._suite`) only a URL and credentials.

Exit codes: 0 every promise kept, 1 a promise broken (or the server slow or erroring mid-run),
2 the run could not be made (bad flag, unreachable or slow server, refused credentials, a
server that keeps answering 429/503 past the retries, malformed spec), always with a one-line
reason and never a traceback.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from modelarts_contracts import _spec

from ._suite._phases import TESTING_PHASES
from ._target import Target, open_target

if TYPE_CHECKING:
    from ._suite._runner import RunOptions

_ENV = {
    "token": "MODELARTS_TOKEN",
    "ak": "HUAWEICLOUD_SDK_AK",
    "sk": "HUAWEICLOUD_SDK_SK",
    "project": "MODELARTS_PROJECT_ID",
}


def _phases(value: str) -> tuple[str, ...]:
    chosen = tuple(part.strip() for part in value.split(",") if part.strip())
    unknown = [part for part in chosen if part not in TESTING_PHASES]
    if unknown or not chosen:
        raise click.BadParameter(f"choose from {', '.join(TESTING_PHASES)} (got {value!r})")
    return chosen


def _reading(value: str | None) -> str | None:
    if value is not None and value not in _spec.offset_readings():
        raise click.BadParameter(f"choose from {', '.join(_spec.offset_readings())} (got {value!r})")
    return value


def _stop(message: str, redact: Any = None) -> NoReturn:
    """Print a one-line reason and exit 2: the run could not be made."""
    line = " ".join(str(message).split())
    click.echo(f"modelarts-contracts run: error: {redact(line) if redact else line}", err=True)
    sys.exit(2)


@click.command("run")
@click.option("--base-url", metavar="URL", help="Server to test; without it the built-in mock is started.")
@click.option(
    "--project-id",
    "project",
    envvar=_ENV["project"],
    metavar="ID",
    help=f"Project id (env {_ENV['project']}).",
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
    metavar="READING",
    callback=lambda ctx, param, value: _reading(value),
    help="Accept only this reading of offset, one of the spec's x-offset-readings (D6); all by default.",
)
@click.option(
    "--phases",
    default=",".join(TESTING_PHASES),
    show_default=True,
    callback=lambda ctx, param, value: _phases(value),
    help="Comma-separated schemathesis phases to run (the contract probes always run).",
)
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
def run(**flags: Any) -> None:
    """Run the contract suite against a server (or the built-in mock) and report the promises it keeps."""
    try:
        _spec.load_spec()
        from ._suite import _runner  # noqa: F401 -- imports the checks, which read the spec: a gap stops here
    except _spec.SpecError as exc:
        _stop(str(exc))
    except (KeyError, TypeError, ValueError) as exc:
        _stop(f"the spec lacks what the checks need: {type(exc).__name__} {exc}")
    seed = flags["seed"] if flags["seed"] is not None else random.SystemRandom().randrange(2**31)
    sys.exit(_execute(flags, seed))


def _options(flags: dict[str, Any], seed: int, target: Target) -> RunOptions:
    """The suite's ``RunOptions`` from the flags and the target (its default token when it is the mock)."""
    from ._suite._credentials import Credentials
    from ._suite._runner import RunOptions

    credentials = Credentials(token=flags["token"] or target.token, ak=flags["ak"], sk=flags["sk"])
    readings = (flags["offset_reading"],) if flags["offset_reading"] else _spec.offset_readings()
    return RunOptions(
        base_url=target.base_url,
        project_id=target.project_id,
        credentials=credentials,
        task_ids=list(flags["task_ids"]),
        dataset_ids=list(flags["dataset_ids"]),
        max_examples=flags["max_examples"],
        probe_examples=flags["probe_examples"],
        workers=flags["workers"],
        seed=seed,
        timeout=flags["timeout"],
        offset_readings=readings,
        phases=flags["phases"],
        show_progress=not flags["quiet"],
        rate_limit=flags["rate_limit"],
    )


def _execute(flags: dict[str, Any], seed: int) -> int:
    """Run once and print the summary; return the exit code (``_stop`` exits 2 with a one-line reason)."""
    from ._suite._credentials import CredentialError, Redactor
    from ._suite._junit import write as write_junit
    from ._suite._runner import RunError, run_suite
    from ._suite._summary import render as render_summary

    redact = Redactor.of([flags["token"], flags["ak"], flags["sk"]])
    if flags["base_url"] and not flags["project"]:
        _stop("--project-id (or MODELARTS_PROJECT_ID) is required with --base-url")
    if flags["base_url"] and not flags["base_url"].startswith(("http://", "https://")):
        _stop(f"--base-url must start with http:// or https://, got {flags['base_url']!r}", redact)
    try:
        keys = (flags["ak"], flags["sk"]) if flags["ak"] and flags["sk"] else None
        with open_target(flags["base_url"], flags["project"], flags["token"], keys) as target:
            options = _options(flags, seed, target)
            redact = Redactor.of([*options.credentials.secrets, flags["ak"], flags["sk"]])
            report = run_suite(options, target.label)
    except (RunError, CredentialError) as exc:
        _stop(str(exc), redact)
    except Exception as exc:  # noqa: BLE001 -- the command promises a one-line reason, never a traceback
        _stop(f"the run broke off: {type(exc).__name__}: {exc}", redact)
    click.echo(render_summary(report, redact))
    if flags["junit"]:
        write_junit(report, flags["junit"], redact)
    return report.exit_code
