"""Wait for a pause in typing before acting, with a way to act at once.

Search runs as the counsellor types, but not on every keystroke: a query waits until the
typing pauses for a moment. Enter or an arrow key must not wait, so a pending query can be
run at once. The clock is injected (a `Timer`), so the rule is tested with a fake clock
and the Qt window passes a QTimer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Timer(Protocol):
    """A single-shot timer: `start` replaces whatever was scheduled before."""

    def start(self, ms: int, callback: Callable[[], None]) -> None: ...

    def stop(self) -> None: ...


class Debouncer:
    """Calls `fire()` once, `delay_ms` after the last `poke()`; `flush()` fires at once."""

    def __init__(self, delay_ms: int, timer: Timer, fire: Callable[[], None]) -> None:
        self.delay_ms = delay_ms
        self._timer = timer
        self._fire = fire
        self._pending = False

    @property
    def pending(self) -> bool:
        """Whether a call is waiting for the pause."""
        return self._pending

    def poke(self) -> None:
        """Something changed (a keystroke): wait for the next pause, forgetting the previous wait."""
        self._pending = True
        self._timer.start(self.delay_ms, self._due)

    def flush(self) -> None:
        """Fire now, whether or not anything was waiting (Enter, an arrow key, a test)."""
        self.cancel()
        self._fire()

    def flush_pending(self) -> None:
        """Fire now only if something is waiting, so an already-run query is not run twice."""
        if self._pending:
            self.flush()

    def cancel(self) -> None:
        self._pending = False
        self._timer.stop()

    def _due(self) -> None:
        if self._pending:
            self._pending = False
            self._fire()
