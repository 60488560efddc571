"""The network guard itself: a test that reaches past loopback must fail loudly."""

from __future__ import annotations

import socket

import pytest


def test_non_loopback_connect_is_refused() -> None:
    with socket.socket() as sock, pytest.raises(RuntimeError, match="only loopback"):
        sock.connect(("192.0.2.1", 443))


def test_non_loopback_name_resolution_is_refused() -> None:
    with pytest.raises(RuntimeError, match="only loopback"):
        socket.getaddrinfo("api.openai.com", 443)
