"""Search waits for a pause in typing; Enter and the arrow keys do not wait."""

from __future__ import annotations

from collections.abc import Callable

from app.session.debounce import Debouncer


class FakeTimer:
    """A single-shot timer on a clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0
        self._due: int | None = None
        self._callback: Callable[[], None] | None = None

    def start(self, ms: int, callback: Callable[[], None]) -> None:
        self._due, self._callback = self.now + ms, callback

    def stop(self) -> None:
        self._due = None

    def advance(self, ms: int) -> None:
        self.now += ms
        if self._due is not None and self.now >= self._due and self._callback is not None:
            self._due = None
            self._callback()


def typing_box() -> tuple[FakeTimer, Debouncer, list[str], list[str]]:
    """A search field: `text` is what is typed, `queries` what was searched for."""
    timer, text, queries = FakeTimer(), [""], []
    debouncer = Debouncer(60, timer, lambda: queries.append(text[0]))
    return timer, debouncer, text, queries


def type_keys(timer: FakeTimer, debouncer: Debouncer, text: list[str], word: str, gap_ms: int) -> None:
    for i in range(1, len(word) + 1):
        text[0] = word[:i]
        debouncer.poke()
        timer.advance(gap_ms)


def test_fast_typing_searches_once_for_the_whole_word_after_the_pause() -> None:
    timer, debouncer, text, queries = typing_box()
    type_keys(timer, debouncer, text, "dublin", gap_ms=20)
    assert queries == []  # still typing
    timer.advance(60)
    assert queries == ["dublin"]
    timer.advance(1000)
    assert queries == ["dublin"]  # once


def test_slow_typing_searches_at_each_pause() -> None:
    timer, debouncer, text, queries = typing_box()
    type_keys(timer, debouncer, text, "ab", gap_ms=100)
    assert queries == ["a", "ab"]


def test_enter_runs_the_waiting_query_at_once_and_only_once() -> None:
    timer, debouncer, text, queries = typing_box()
    type_keys(timer, debouncer, text, "dub", gap_ms=10)
    debouncer.flush_pending()
    assert queries == ["dub"] and not debouncer.pending
    timer.advance(1000)
    assert queries == ["dub"]


def test_enter_with_nothing_waiting_does_not_search_again() -> None:
    timer, debouncer, text, queries = typing_box()
    type_keys(timer, debouncer, text, "dub", gap_ms=10)
    timer.advance(100)
    debouncer.flush_pending()
    assert queries == ["dub"]


def test_flush_searches_now_even_with_nothing_waiting() -> None:
    timer, debouncer, text, queries = typing_box()
    text[0] = "asylum"
    debouncer.flush()
    assert queries == ["asylum"]


def test_cancel_drops_the_waiting_query() -> None:
    timer, debouncer, text, queries = typing_box()
    type_keys(timer, debouncer, text, "dub", gap_ms=10)
    debouncer.cancel()
    timer.advance(1000)
    assert queries == [] and not debouncer.pending
