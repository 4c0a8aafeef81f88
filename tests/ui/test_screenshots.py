"""Screenshots of the real window over the shipped content (for the README and for looking at).

Saved under $OBJECTOR_GUIDE_SCREENSHOTS (docs/screenshots when refreshing the README),
otherwise in a temporary folder. The test also checks the pictures are not blank.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage


@pytest.fixture
def shot_dir(tmp_path: Path) -> Path:
    target = Path(os.environ.get("OBJECTOR_GUIDE_SCREENSHOTS", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    return target


def _save(widget, path: Path) -> None:
    assert widget.grab().save(str(path))
    img = QImage(str(path))
    colours = {img.pixel(x, y) for x in range(0, img.width(), 37) for y in range(0, img.height(), 37)}
    assert len(colours) > 8, f"{path.name} looks blank"


def test_screenshots_of_search_section_term_and_russian(qtbot, make_window, shipped_book, shot_dir: Path) -> None:
    w = make_window(shipped_book)
    w.search.setText("draft evader")
    w.search.flush()
    assert w.results.hit_at(0).id == "draft-evader"
    w.open_record("term", "draft-evader")
    _save(w, shot_dir / "search.png")
    w.search.clear()
    w.run_search("")
    w.open_record("section", "applications-germany")
    _save(w, shot_dir / "section.png")
    w.actions_.show_law.trigger()
    w.open_record("law", "dublin-iii-regulation")
    _save(w, shot_dir / "law.png")
    w.set_language("ru")
    w.search.setText("мобилизация")
    w.search.flush()
    w.open_record("term", "summons")
    _save(w, shot_dir / "russian.png")
    w.set_language("en")


def test_screenshot_of_the_assessment(qtbot, shipped_book, shot_dir: Path, no_dialogs) -> None:
    from app.ui.application import make_app
    from app.ui.wizard_window import WizardWindow
    from app.wizard.definition import load_definition
    from tests.sheet_cases import example_answers

    make_app()
    w = WizardWindow(shipped_book, load_definition(), "en", "ru")
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    w.answers = dict(example_answers()["reservist-call-up"])
    w.go_next()
    w.go_next()
    assert w.pages.currentWidget() is w.outcome_page
    w.note.setPlainText("Bring the envelope the summons came in.")
    _save(w, shot_dir / "wizard.png")
    w.close()


def test_screenshots_of_a_rejected_applicant_and_a_client_in_russia(qtbot, shipped_book, shot_dir: Path,
                                                                     no_dialogs) -> None:
    """The time-limit box comes first; for a client still in Russia the safe sheet is preselected."""
    import json

    from app.ui.application import make_app
    from app.ui.wizard_window import WizardWindow
    from app.wizard.definition import load_definition

    make_app()
    sheets = Path(__file__).resolve().parents[2] / "docs" / "sheets"
    for name, lang, safe in (("rejected-applicant", "en", False), ("in-russia", "ru", True)):
        w = WizardWindow(shipped_book, load_definition(), lang, lang)
        qtbot.addWidget(w)
        w.resize(1200, 760)
        w.show()
        qtbot.waitExposed(w)
        w.answers = json.loads((sheets / f"{name}.json").read_text(encoding="utf-8"))
        w.go_next()
        w.go_next()
        assert w.pages.currentWidget() is w.outcome_page
        assert w.safe_sheet.isChecked() is safe
        if not safe:
            assert "Rechtsbehelfsbelehrung" in w.outcome_view.toPlainText()
        _save(w, shot_dir / f"wizard-{name}.png")
        w.close()


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (800, 600)])
def test_the_window_fits_small_screens(qtbot, make_window, shipped_book, shot_dir: Path, width: int,
                                       height: int) -> None:
    """The search field stays in the toolbar, the sidebar narrows, the reader keeps most of the room."""
    w = make_window(shipped_book)
    w.resize(width, height)
    qtbot.waitUntil(lambda: w.width() <= width)
    w.search.setText("draft evader")
    w.search.flush()
    w.open_record("term", "draft-evader")
    qtbot.wait(50)
    assert w.search.isVisible() and w.search.width() >= 150
    left, right = w.splitter.sizes()
    assert right > left and left >= 150
    _save(w, shot_dir / f"window-{width}x{height}.png")


def test_screenshot_of_two_languages_side_by_side(qtbot, make_window, shipped_book, shot_dir: Path) -> None:
    """What the client sees across the table: the page in English beside it in Russian."""
    w = make_window(shipped_book)
    w.resize(1366, 768)
    w.open_record("term", "deserter")
    w.set_side_by_side(True)
    qtbot.wait(50)
    assert w.second.isVisible() and w.second.caption.text() == "Русский"
    assert w.book.get("term", "deserter", "ru").title in w.second.reader.toPlainText()
    _save(w, shot_dir / "two-languages.png")
    w.set_side_by_side(False)
