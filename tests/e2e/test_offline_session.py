"""A whole self-test session in-process with every way out to the network taken away.

socket.socket, socket.create_connection and socket.getaddrinfo raise (and record the
attempt); the self-test checks then run as `objector-guide self-test` runs them, with the
window shown offscreen. Nothing may try to connect, and no networking Qt module may load.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

import pytest

pytestmark = pytest.mark.e2e


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    class NoSocket(socket.socket):  # a subclass, so isinstance/subclassing elsewhere still work
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            attempts.append(f"socket.socket{args}")
            raise OSError("network disabled in this test")

    def refuse(name: str):
        def _refuse(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[:2]}")
            raise OSError("network disabled in this test")
        return _refuse

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


def test_network_is_really_refused(no_network: list[str]) -> None:
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(OSError):
        socket.socket()
    assert len(no_network) == 2


def test_self_test_session_never_touches_the_network(qapp, no_network: list[str]) -> None:
    from app import selftest

    lines: list[str] = []
    results = selftest.run(window=True, report=lambda r: lines.append(r.line()))
    report = "\n".join(lines)
    assert not [r for r in results if r.failed], report
    passed = {r.name for r in results if r.status == "ok"}
    assert {"store", "search en deserter", "search en Dublin", "search ru дезертир",
            "search de Kirchenasyl", "window", "qt-messages"} <= passed, report
    assert no_network == [], f"something tried to use the network: {no_network}"
    assert "PySide6.QtNetwork" not in sys.modules
