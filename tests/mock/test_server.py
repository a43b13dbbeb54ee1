"""The loopback server binds its socket before uvicorn serves on it, as a TCP socket."""

from __future__ import annotations

import socket

import httpx
import pytest

from modelarts_contracts._mock import DEFAULT_TOKEN, create_app
from modelarts_contracts._server import listening_socket, running_server


def test_listening_socket_names_tcp_so_asyncio_sets_nodelay() -> None:
    """The socket says IPPROTO_TCP: asyncio then sets TCP_NODELAY on each connection (no ~40 ms waits)."""
    with listening_socket() as sock:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.getsockname()[1] > 0


def test_listening_socket_on_a_taken_port_raises() -> None:
    """A port another server listens on cannot be bound: the error comes before any server starts."""
    with listening_socket() as taken:
        taken.listen()
        with pytest.raises(OSError):
            listening_socket(port=taken.getsockname()[1]).close()


def test_running_server_serves_on_the_port_it_bound() -> None:
    """The URL yielded is the bound socket's port, and the mock answers there."""
    with running_server(create_app()) as url:
        response = httpx.get(f"{url}/v2/p/processor-tasks", headers={"X-Auth-Token": DEFAULT_TOKEN})
    assert response.status_code == 200
