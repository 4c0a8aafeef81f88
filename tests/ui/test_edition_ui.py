"""File → Install Content Update… and Help → What Changed, as a counsellor uses them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.unit.edition.conftest import CHANGED_FACT, editions  # noqa: F401 (a session fixture)


@pytest.fixture
def trusted(editions, monkeypatch):  # noqa: F811
    from app.edition import signing

    monkeypatch.setattr(signing, "EXTRA_TRUSTED_DIRS", [editions.trusted_dir])
    yield editions
    from app.edition.active import forget

    forget()


def test_install_shows_signer_changelog_and_changes_then_the_new_content_is_read(
        qtbot, make_window, trusted, no_dialogs) -> None:
    from app.store.guidebook import Guidebook

    w = make_window(Guidebook.open())
    w.bookmarks.add("section", "demands", "Demands")
    w.bookmarks.add("law", "no-such-law-any-more", "A law that went")
    w._show_bookmarks()
    seen = {}

    def confirm(dialog) -> bool:
        seen["intro"] = dialog.intro.text()
        seen["diff"] = dialog.view.toPlainText()
        shot = os.environ.get("OBJECTOR_GUIDE_SCREENSHOTS")
        if shot:
            dialog.resize(900, 700)
            dialog.show()
            dialog.grab().save(str(Path(shot) / "edition-diff.png"))
        return True

    assert w.install_update(str(trusted.changed), confirm=confirm)
    assert "Signed by Test publisher" in seen["intro"] and "Edition 2099.2.0, dated 2099-03-01" in seen["intro"]
    assert "One section changed, one legal reference added." in seen["intro"]
    assert "Sections" in seen["diff"] and "1 March 2099" in seen["diff"]
    assert w.book.search(CHANGED_FACT, lang="en")  # the window now reads the new content
    assert "2099.2.0" in w.statusBar().currentMessage()
    w.open_record("section", "demands")
    assert "Guidebook edition 2099.2.0" in w.reader.toPlainText()
    gone = [w.nav.bookmarks.item(i).text() for i in range(w.nav.bookmarks.count())]
    assert "A law that went — removed in this edition" in gone and "Demands" in gone


@pytest.mark.parametrize("which, says", [("stranger", "does not come from the guidebook's publisher"), ("old", "older")])
def test_a_refused_update_says_why_and_changes_nothing(qtbot, make_window, trusted, no_dialogs, which, says) -> None:
    from app.store.guidebook import Guidebook

    w = make_window(Guidebook.open())
    before = w.book.meta.get("edition")
    assert not w.install_update(str(getattr(trusted, which)), confirm=lambda d: True)
    kind, text = no_dialogs[-1]
    assert kind == "warning" and "nothing was changed" in text and says in text.lower()
    assert w.book.meta.get("edition") == before


def test_tampered_file_is_refused(qtbot, make_window, trusted, no_dialogs, tmp_path) -> None:
    from app.store.guidebook import Guidebook

    data = bytearray(trusted.changed.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad.ogedition"
    bad.write_bytes(bytes(data))
    w = make_window(Guidebook.open())
    assert not w.install_update(str(bad), confirm=lambda d: True)
    assert no_dialogs[-1][0] == "warning" and "nothing was changed" in no_dialogs[-1][1]


def test_what_changed_with_the_bundled_content_says_so(qtbot, make_window, no_dialogs) -> None:
    w = make_window()
    w.actions_.what_changed.trigger()
    assert no_dialogs[-1][0] == "information" and "came with the app" in no_dialogs[-1][1]


def test_old_content_is_named_politely_at_start(qtbot, make_window, shipped_book, monkeypatch) -> None:
    import datetime as dt

    from app.ui import main_window

    class Later(dt.date):
        @classmethod
        def today(cls):
            return dt.date(2028, 1, 15)

    monkeypatch.setattr(main_window._dt, "date", Later)
    w = make_window(shipped_book)
    assert "content dates from" in w.statusBar().currentMessage()
    assert "Install Content Update" in w.statusBar().currentMessage()
