"""Serve an ASGI app with uvicorn on a loopback port, in a background thread.

Tests, benchmarks and the ``run`` command all need a real server on 127.0.0.1 that starts on a
free port and stops by its own handle; this is the one place that does it. The listening socket
is bound first and handed to uvicorn, so no other process can take the port in between.
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
    """Return a TCP port on ``host`` that nothing listens on right now (for a server that is not there)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def listening_socket(host: str = LOOPBACK, port: int = 0) -> socket.socket:
    """Bind a TCP socket on ``host:port`` (0: any free port) as uvicorn would; raise ``OSError`` if taken."""
    # IPPROTO_TCP named, not left 0: asyncio sets TCP_NODELAY on accepted connections only when the
    # listening socket says TCP, and without it every keep-alive response waits ~40 ms (Nagle).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


@contextmanager
def running_server(
    app: Any, *, host: str = LOOPBACK, port: int = 0, startup_timeout: float = 10.0, **uvicorn_options: Any
) -> Iterator[str]:
    """Serve ``app`` while the block runs and yield its base URL (``http://127.0.0.1:PORT``)."""
    sock = listening_socket(host, port)
    port = int(sock.getsockname()[1])
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off", **uvicorn_options)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, args=([sock],), name=f"uvicorn-{port}", daemon=True)
    thread.start()
    try:
        _wait_started(server, thread, startup_timeout)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _wait_started(server: uvicorn.Server, thread: threading.Thread, timeout: float) -> None:
    """Block until uvicorn accepts connections, or raise when it died or took too long."""
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the server stopped while starting")
        if time.monotonic() > deadline:
            raise RuntimeError(f"the server did not start within {timeout:.0f} s")
        time.sleep(0.01)
