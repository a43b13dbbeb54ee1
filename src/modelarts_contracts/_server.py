"""Serve an ASGI app with uvicorn on a loopback port, in a background thread.

Tests, benchmarks and the ``run`` command all need a real server on 127.0.0.1 that starts on a
free port and stops by its own handle; this is the one place that does it.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

LOOPBACK = "127.0.0.1"


def free_port(host: str = LOOPBACK) -> int:
    """Return a TCP port on ``host`` that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_server(
    app: Any, *, host: str = LOOPBACK, port: int = 0, startup_timeout: float = 10.0, **uvicorn_options: Any
) -> Iterator[str]:
    """Serve ``app`` while the block runs and yield its base URL (``http://127.0.0.1:PORT``)."""
    port = port or free_port(host)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off", **uvicorn_options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    try:
        _wait_started(server, thread, startup_timeout)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _wait_started(server: uvicorn.Server, thread: threading.Thread, timeout: float) -> None:
    """Block until uvicorn accepts connections, or raise when it died or took too long."""
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server stopped while starting (is the port taken?)")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the server did not start within {timeout:.0f} s")
        time.sleep(0.01)
