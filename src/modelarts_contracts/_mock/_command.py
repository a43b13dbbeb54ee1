"""``modelarts-contracts mock``: serve the mock until Ctrl-C, printing where and with what credentials."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import NoReturn

import click
import uvicorn

from modelarts_contracts import _spec
from modelarts_contracts._server import LOOPBACK, listening_socket

from ._app import create_app
from ._config import DEFAULT_AK, DEFAULT_SK, DEFAULT_TOKEN, Faults, MockConfig


def _credential_lines(config: MockConfig) -> list[str]:
    """What a caller must send; credentials given on the command line are not echoed back."""
    token = config.token if config.token == DEFAULT_TOKEN else "(the value given with --token)"
    lines = [f"  {_spec.token_header()}: {token}"]
    if config.ak and config.sk:
        shown = config.ak == DEFAULT_AK and config.sk == DEFAULT_SK
        keys = f"AK={DEFAULT_AK} SK={DEFAULT_SK}" if shown else "the AK/SK given with --ak/--sk"
        lines.append(f"  or an {_spec.signing().algorithm} signature with {keys}")
    project = config.project_id or "any project id"
    lines.append(f"  project: {project}")
    return lines


def _faults(
    latency: float,
    status: int | None,
    retry_after: int | None,
    drop: bool,
    fraction: float,
    fail_request: tuple[int, ...],
) -> Faults:
    if (status or drop or latency) and not (fraction or fail_request):
        raise click.UsageError("a fault needs --fault-rate or --fault-request to say which requests it hits")
    return Faults(
        latency=latency,
        status=status,
        retry_after=retry_after,
        drop=drop,
        fraction=fraction,
        requests=fail_request,
    )


def _reading(readings: Callable[[], tuple[str, ...]]) -> Callable[..., str | None]:
    """A click callback accepting one of the readings the spec allows (read when the flag is given)."""

    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None and value not in readings():
            raise click.BadParameter(f"choose from {', '.join(readings())} (got {value!r})")
        return value

    return check


@click.command()
@click.option(
    "--host", default=LOOPBACK, show_default=True, help="Interface to bind; loopback unless you say so."
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="0 picks a free port."
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the generated data.")
@click.option(
    "--tasks", type=click.IntRange(0, 20000), default=60, show_default=True, help="Number of tasks."
)
@click.option(
    "--datasets", type=click.IntRange(0, 1000), default=4, show_default=True, help="Number of datasets."
)
@click.option(
    "--token", envvar="MODELARTS_TOKEN", help="Token to accept [default: the documented test token]."
)
@click.option("--ak", envvar="HUAWEICLOUD_SDK_AK", help="Access key to accept for signed requests.")
@click.option("--sk", envvar="HUAWEICLOUD_SDK_SK", help="Secret key to accept for signed requests.")
@click.option("--project-id", help="Accept only this project id in paths [default: any].")
@click.option(
    "--offset-reading",
    metavar="READING",
    callback=_reading(_spec.offset_readings),
    help="Whether offset counts records or pages: one of the spec's x-offset-readings (D6) "
    "[default: the first, record].",
)
@click.option("--offset-mode", hidden=True, callback=_reading(_spec.offset_readings))  # the old name
@click.option(
    "--workspace-reading",
    metavar="READING",
    callback=_reading(_spec.workspace_readings),
    help="What a task list without workspace_id shows: one of the spec's x-absent-readings (D8) "
    "[default: the first, all].",
)
@click.option("--workspace-default", hidden=True, callback=_reading(_spec.workspace_readings))  # old name
@click.option(
    "--unknown-dataset-status",
    type=click.Choice(["404", "400"]),
    default="404",
    show_default=True,
    help="Status of an unknown dataset id: 404, or 400 with the code the error-code appendix documents.",
)
@click.option(
    "--gateway-errors",
    is_flag=True,
    help="Answer 401 as the API gateway does (its own error code, with request_id).",
)
@click.option(
    "--rate-limit",
    type=click.FloatRange(min=0, min_open=True),
    metavar="N",
    help="Answer requests beyond N a second with 429 (the appendix's code) and Retry-After.",
)
@click.option(
    "--fault-latency", type=click.FloatRange(0, 60), default=0.0, help="Seconds a faulty request waits."
)
@click.option(
    "--fault-status",
    type=click.Choice(["429", "500", "502", "503", "504"]),
    help="Status a faulty request gets.",
)
@click.option("--fault-retry-after", type=click.IntRange(0, 3600), help="Retry-After seconds sent with it.")
@click.option("--fault-drop", is_flag=True, help="Cut the connection of a faulty request mid-response.")
@click.option(
    "--fault-rate", type=click.FloatRange(0, 1), default=0.0, help="Share of requests that are faulty."
)
@click.option(
    "--fault-request",
    type=click.IntRange(1),
    multiple=True,
    help="Request number that is faulty (repeatable).",
)
def mock(
    host: str,
    port: int,
    seed: int,
    tasks: int,
    datasets: int,
    token: str | None,
    ak: str | None,
    sk: str | None,
    project_id: str | None,
    offset_reading: str | None,
    offset_mode: str | None,
    workspace_reading: str | None,
    workspace_default: str | None,
    unknown_dataset_status: str,
    gateway_errors: bool,
    rate_limit: float | None,
    fault_latency: float,
    fault_status: str | None,
    fault_retry_after: int | None,
    fault_drop: bool,
    fault_rate: float,
    fault_request: tuple[int, ...],
) -> None:
    """Serve the mock ModelArts service until interrupted."""
    if bool(ak) != bool(sk):
        raise click.UsageError("--ak and --sk go together")
    faults = _faults(
        fault_latency,
        int(fault_status) if fault_status else None,
        fault_retry_after,
        fault_drop,
        fault_rate,
        fault_request,
    )
    config = MockConfig(
        tasks=tasks,
        datasets=datasets,
        seed=seed,
        token=token or DEFAULT_TOKEN,
        ak=ak or DEFAULT_AK,
        sk=sk or DEFAULT_SK,
        project_id=project_id,
        offset_reading=offset_reading or offset_mode or _spec.offset_readings()[0],
        workspace_reading=workspace_reading or workspace_default or _spec.workspace_readings()[0],
        faults=faults,
        unknown_dataset_status=int(unknown_dataset_status),
        gateway_errors=gateway_errors,
        rate_limit=rate_limit,
    )
    try:
        sock = listening_socket(host, port)
    except OSError as exc:
        _cannot_listen(host, port, exc.strerror or str(exc))
    port = int(sock.getsockname()[1])
    app = create_app(config)
    click.echo(
        f"mock ModelArts service on http://{host}:{port} ({tasks} tasks, {datasets} datasets, seed {seed})"
    )
    click.echo("accepts:")
    click.echo("\n".join(_credential_lines(config)))
    click.echo("press Ctrl-C to stop", err=True)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn shuts down gracefully, then hands Ctrl-C back: the normal way to stop
        click.echo("stopped", err=True)
    finally:
        sock.close()


def _cannot_listen(host: str, port: int, reason: str) -> NoReturn:
    click.echo(f"modelarts-contracts mock: cannot listen on {host}:{port} ({reason})", err=True)
    sys.exit(1)
