"""Back and Forward through the pages read, as the counsellor uses them."""

from __future__ import annotations

from app.session.history import History

INTRO, DUBLIN, DESERTER = ("section", "introduction"), ("section", "dublin"), ("term", "deserter")


def read(*pages: tuple[str, str]) -> History:
    history = History()
    for page in pages:
        history.visit(page)
    return history


def test_a_fresh_session_has_no_page_and_nowhere_to_go() -> None:
    history = History()
    assert history.current is None
    assert not history.can_go_back and not history.can_go_forward
    assert history.go(-1) is None and history.go(1) is None


def test_back_after_following_two_links_returns_to_the_first_page() -> None:
    history = read(INTRO, DUBLIN, DESERTER)
    assert history.go(-1) == DUBLIN
    assert history.go(-1) == INTRO
    assert history.current == INTRO
    assert not history.can_go_back and history.can_go_forward


def test_forward_retraces_the_pages_gone_back_over() -> None:
    history = read(INTRO, DUBLIN, DESERTER)
    history.go(-1)
    history.go(-1)
    assert history.go(1) == DUBLIN and history.go(1) == DESERTER
    assert history.go(1) is None and history.current == DESERTER  # nothing further: it stays


def test_opening_a_page_after_going_back_forgets_the_pages_ahead() -> None:
    history = read(INTRO, DUBLIN, DESERTER)
    history.go(-1)
    history.go(-1)
    history.visit(("law", "asylg-3"))
    assert history.pages == [INTRO, ("law", "asylg-3")]
    assert not history.can_go_forward and history.go(-1) == INTRO


def test_clearing_the_session_forgets_every_page() -> None:
    history = read(INTRO, DUBLIN)
    history.clear()
    assert history.pages == [] and history.current is None and not history.can_go_back
    history.visit(DESERTER)
    assert history.pages == [DESERTER] and not history.can_go_back


def test_the_pages_list_is_a_copy() -> None:
    history = read(INTRO)
    history.pages.append(DUBLIN)
    assert history.pages == [INTRO]
