"""A whole self-test session in-process with every way out to the network taken away.

socket.socket, socket.create_connection and socket.getaddrinfo raise and record the
attempt (the `no_network` fixture in tests/conftest.py); the self-test checks then run as
`objector-guide self-test` runs them, with the window shown offscreen. Every check must
pass (none skipped), nothing may try to connect, and no networking Qt module may load.

No frozen build is needed, so this is not marked `e2e` (build/build.py runs the tests with
-m "not e2e" before it builds, and this one belongs there too).
"""

from __future__ import annotations

import sys

import pytest


def test_self_test_session_never_touches_the_network(qapp, no_network: list[str]) -> None:
    from app import selftest

    lines: list[str] = []
    results = selftest.run(window=True, report=lambda r: lines.append(r.line()))
    report = "\n".join(lines)
    assert [r.name for r in results] == [c.name for c in selftest.CHECKS], report
    assert all(r.status == "ok" for r in results), f"every check must pass, none skipped:\n{report}"
    assert no_network == [], f"something tried to use the network: {no_network}"
    assert "PySide6.QtNetwork" not in sys.modules


def test_a_frozen_build_fails_a_skipped_check(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`self-test --no-window` skips the Qt checks on a source checkout; a build must not pass that way."""
    from app import selftest

    def needs_window(ctx: selftest.Context) -> str:
        ctx.needs_window()
        return "shown"

    checks = [selftest.Check("window", needs_window)]
    [source] = selftest.run(checks, window=False)
    assert (source.status, source.detail) == ("skip", "--no-window")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    [frozen] = selftest.run(checks, window=False)
    assert frozen.failed and "skipped in a frozen build" in frozen.detail
