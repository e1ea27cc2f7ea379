"""Servers the project starts listen on 127.0.0.1 only; this picks them a port."""
from __future__ import annotations

import socket


def free_port() -> int:
    """A loopback port free right now (the OS picks it); a server that binds it soon after gets it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
