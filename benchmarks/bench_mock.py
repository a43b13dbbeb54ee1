"""The mock's list throughput and latency under a bounded concurrent load on loopback.

Contenders, each served by uvicorn in its own process on 127.0.0.1, measured in alternating rounds:
- the mock's task list (default page of 10 tasks, token checked, query read against the spec);
- the baseline: a bare Starlette endpoint answering the same bytes, served the same way;
- Prism (``@stoplight/prism-cli``) serving spec/openapi.yaml, when it is installed
  (``npm install --prefix benchmarks/.prism @stoplight/prism-cli@5.16.0``), as the generic OpenAPI mock.

Goal: the mock's throughput >= 0.7x the baseline's. Run: ``.venv/bin/python benchmarks/bench_mock.py``.
Every round is bounded in requests and in seconds.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx

from modelarts_contracts._mock import DEFAULT_TOKEN
from modelarts_contracts._server import free_port

HERE = Path(__file__).resolve().parent
SPEC = HERE.parent / "spec" / "openapi.yaml"
PATH = "/v2/0123456789abcdef0123456789abcdef/processor-tasks"
HEADERS = {"X-Auth-Token": DEFAULT_TOKEN}
PRISM = "@stoplight/prism-cli@5.16.0"
WORKERS, REQUESTS_PER_ROUND, SECONDS_PER_ROUND, ROUNDS = 16, 10000, 6.0, 3


def _wait_until_up(process: subprocess.Popen[bytes], url: str, log: IO[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(url + PATH, headers=HEADERS, timeout=1)
            return
        except httpx.TransportError:
            if process.poll() is not None:
                log.seek(0)
                raise SystemExit(f"bench: {process.args!r} stopped: {log.read()[-500:]!r}") from None
            time.sleep(0.1)
    raise SystemExit(f"bench: {url} did not answer within 60 s")


@contextmanager
def serving(command: list[str], port: int) -> Iterator[str]:
    """Run a server process and yield its URL once it answers; stop it afterwards."""
    # stderr goes to a file, not a pipe: a chatty server must never block on a full pipe.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_up(process, url, log)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=10)


async def _one_connection(
    host: str, port: int, request: bytes, latencies: list[float], deadline: float
) -> None:
    """Keep-alive requests on one raw connection until the round's count or time runs out.

    A raw HTTP/1.1 loop, not an HTTP client library, so that the load generator (sharing two cores
    with the server) is not what limits the figures.
    """
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while len(latencies) < REQUESTS_PER_ROUND and time.monotonic() < deadline:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                raise SystemExit(f"bench: answer {head[:40]!r}")
            length = int(
                next(
                    line.split(b":")[1]
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                )
            )
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
    finally:
        writer.close()


async def load(url: str) -> tuple[float, list[float]]:
    """Requests per second and latencies of one round: WORKERS concurrent connections, bounded."""
    parts = httpx.URL(url)
    request = (
        f"GET {PATH} HTTP/1.1\r\nHost: {parts.host}:{parts.port}\r\nX-Auth-Token: {DEFAULT_TOKEN}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()
    latencies: list[float] = []
    deadline = time.monotonic() + SECONDS_PER_ROUND
    started = time.perf_counter()
    await asyncio.gather(
        *(_one_connection(parts.host, parts.port or 80, request, latencies, deadline) for _ in range(WORKERS))
    )
    return len(latencies) / (time.perf_counter() - started), latencies


def prism_command(port: int) -> list[str] | None:
    """The Prism command, when Prism is installed in benchmarks/.prism or on the PATH."""
    local = HERE / ".prism" / "node_modules" / ".bin" / "prism"
    found = str(local) if local.exists() else shutil.which("prism")
    return [found, "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port)] if found else None


def main() -> None:
    python = sys.executable
    mock_port, bare_port, prism_port = free_port(), free_port(), free_port()
    with (
        tempfile.TemporaryDirectory() as folder,
        serving([python, str(HERE / "_serve.py"), "mock", str(mock_port)], mock_port) as mock_url,
    ):
        body = Path(folder) / "page.json"
        body.write_bytes(httpx.get(mock_url + PATH, headers=HEADERS).content)
        contenders = {
            "bare Starlette (same bytes)": [
                python,
                str(HERE / "_serve.py"),
                "bare",
                str(bare_port),
                str(body),
            ]
        }
        prism = prism_command(prism_port)
        with serving(contenders["bare Starlette (same bytes)"], bare_port) as bare_url:
            urls = {"mock (task list, 10 tasks)": mock_url, "bare Starlette (same bytes)": bare_url}
            if prism:
                with serving(prism, prism_port) as prism_url:
                    urls["Prism 5.16 (same spec)"] = prism_url
                    report(measure(urls))
            else:
                print(f"(Prism not installed: npm install --prefix benchmarks/.prism {PRISM})")
                report(measure(urls))


def measure(urls: dict[str, str]) -> dict[str, tuple[list[float], list[float]]]:
    """Alternating rounds per contender: throughputs and all latencies."""
    results: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in urls}
    for _ in range(ROUNDS):
        for name, url in urls.items():
            rate, latencies = asyncio.run(load(url))
            results[name][0].append(rate)
            results[name][1].extend(latencies)
    return results


def report(results: dict[str, tuple[list[float], list[float]]]) -> None:
    baseline = statistics.median(results["bare Starlette (same bytes)"][0])
    print(f"list throughput, {WORKERS} concurrent clients on loopback, {ROUNDS} rounds each (medians)")
    print(f"  {'':30} {'req/s':>8} {'ratio':>7} {'p50 ms':>8} {'p99 ms':>8}")
    for name, (rates, latencies) in results.items():
        rate = statistics.median(rates)
        cuts = statistics.quantiles(latencies, n=100)
        print(f"  {name:30} {rate:8.0f} {rate / baseline:6.2f}x {cuts[49] * 1e3:8.2f} {cuts[98] * 1e3:8.2f}")
    print("  goal: mock >= 0.7x the bare Starlette endpoint")


if __name__ == "__main__":
    main()
