"""The guided assessment as a counsellor clicks through it: answer, review, change, outcome, forget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.wizard.definition import load_definition
from tests.sheet_cases import example_answers

DEFINITION = load_definition()


@pytest.fixture
def wizard(qtbot, shipped_book, no_dialogs):
    from app.ui.application import make_app
    from app.ui.wizard_window import WizardWindow

    make_app()
    w = WizardWindow(shipped_book, DEFINITION, "en", "ru")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def answer_like(qtbot, w, answers: dict) -> None:
    """Click through the questions choosing the options in `answers` (first option otherwise)."""
    for _ in range(30):
        state = w.state()
        if state.question is None:
            return
        wanted = answers.get(state.question.id)
        wanted = set(wanted if isinstance(wanted, list) else [wanted] if wanted else [])
        buttons = w.option_buttons
        chosen = [b for b in buttons if b.property("option_id") in wanted] or buttons[:1]
        for b in chosen:
            if not b.isChecked():
                qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    raise AssertionError("never reached the end")


def test_click_through_to_an_outcome_and_back(qtbot, wizard) -> None:
    w = wizard
    assert w.pages.currentWidget() is w.q_page and not w.back_btn.isEnabled()
    answer_like(qtbot, w, example_answers()["deserter"])
    assert w.pages.currentWidget() is w.review_page
    review = w.review_list.text()
    assert "change" in review
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    assert w.pages.currentWidget() is w.outcome_page
    assert "Deserter" in w.outcome_view.toPlainText()
    qtbot.mouseClick(w.back_btn, Qt.MouseButton.LeftButton)
    assert w.pages.currentWidget() is w.review_page
    qtbot.mouseClick(w.back_btn, Qt.MouseButton.LeftButton)
    assert w.pages.currentWidget() is w.q_page  # the last question again, its answer preselected
    assert any(b.isChecked() for b in w.option_buttons)


def test_next_without_an_answer_stays_and_says_so(qtbot, wizard) -> None:
    w = wizard
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    assert w.state().answered == 0
    assert w.q_hint.isVisible() and "Choose an answer first" in w.q_hint.text()  # said beside the answers
    assert w.focusWidget() is w.option_buttons[0]


def test_changing_an_answer_from_the_review_keeps_the_others(qtbot, wizard) -> None:
    w = wizard
    answers = example_answers()["draft-evader"]
    answer_like(qtbot, w, answers)
    before = dict(w.answers)
    w._change_answer("change:location")
    assert w.state().question.id == "location"
    other = next(b for b in w.option_buttons if b.property("option_id") != before["location"])
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    kept = {k: v for k, v in before.items() if k not in ("location", "registration")}
    assert {k: w.answers[k] for k in kept if k in w.answers} == kept
    assert w.answers["location"] != before["location"]


def test_glossary_link_opens_the_definition(qtbot, wizard) -> None:
    w = wizard
    with qtbot.waitSignal(w.open_requested) as sig:
        w.q_terms.linkActivated.emit("guide://term/deserter")
    assert sig.args == ["term", "deserter"]


def test_clear_session_and_close_forget_everything(qtbot, wizard, no_dialogs, monkeypatch) -> None:
    w = wizard
    answer_like(qtbot, w, example_answers()["deserter"])
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    w.note.setPlainText("private note")
    w.client_name.setText("Ivan")
    answers = dict(w.answers)
    qtbot.keyClick(w, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # it asks first; No (the default) keeps everything
    assert no_dialogs[-1][0] == "question" and "Clear the session?" in no_dialogs[-1][1]
    assert w.answers == answers and w.note.toPlainText() == "private note" and w.client_name.text() == "Ivan"
    qtbot.mouseClick(w.clear_btn, Qt.MouseButton.LeftButton)  # the button asks too
    assert len(no_dialogs) == 2 and w.answers == answers
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(w, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert w.answers == {} and w.note.toPlainText() == "" and w.client_name.text() == ""
    assert w.pages.currentWidget() is w.q_page
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    answer_like(qtbot, w, example_answers()["deserter"])
    w.close()  # the counsellor says No: nothing is lost
    assert w.isVisible() and w.answers and any(kind == "question" for kind, _ in no_dialogs)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    w.close()  # Yes: closed, and everything forgotten
    assert not w.isVisible() and w.answers == {}


def test_wizard_opens_from_the_main_window_and_links_back(qtbot, make_window, shipped_book, no_dialogs,
                                                         monkeypatch) -> None:
    main = make_window(shipped_book)
    qtbot.keyClick(main, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert main.wizard is not None and main.wizard.isVisible()
    main.wizard.open_requested.emit("term", "summons")
    assert main.current == ("term", "summons")
    main.search.setText("deserter")
    main.wizard.answers = {"category": "served"}
    main.actions_.clear_session.trigger()  # answers would be lost: it asks, and No keeps everything
    assert main.wizard.answers == {"category": "served"} and main.search.text() == "deserter"
    assert any(kind == "question" and "Clear the session?" in text for kind, text in no_dialogs)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    main.actions_.clear_session.trigger()
    assert main.wizard.answers == {} and main.search.text() == "" and main.history.pages == [main.current]


def test_restart_asks_before_the_answers_go_and_keeps_the_name_and_note(qtbot, wizard, no_dialogs,
                                                                        monkeypatch) -> None:
    w = wizard
    qtbot.mouseClick(w.restart_btn, Qt.MouseButton.LeftButton)  # no answers yet: nothing to ask
    assert not no_dialogs
    answer_like(qtbot, w, example_answers()["deserter"])
    w.client_name.setText("Ivan")
    w.note.setPlainText("private note")
    answers = dict(w.answers)
    qtbot.mouseClick(w.restart_btn, Qt.MouseButton.LeftButton)
    assert [k for k, _ in no_dialogs] == ["question"] and "Start again?" in no_dialogs[0][1]
    assert w.answers == answers  # No: nothing lost
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(w.restart_btn, Qt.MouseButton.LeftButton)
    assert w.answers == {} and w.pages.currentWidget() is w.q_page
    assert w.client_name.text() == "Ivan" and w.note.toPlainText() == "private note"


def test_back_keeps_a_tick_not_yet_confirmed(qtbot, wizard) -> None:
    w = wizard
    qtbot.mouseClick(w.option_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    second = w.state().question.id
    last = w.option_buttons[-1]
    chosen = last.property("option_id")
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.back_btn, Qt.MouseButton.LeftButton)  # before Next
    assert w.state().answered == 0
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)  # the first answer is still ticked
    assert w.state().question.id == second
    assert [b.property("option_id") for b in w.option_buttons if b.isChecked()] == [chosen]
    assert second not in w.answers


def test_keyboard_alone_walks_the_assessment(qtbot, wizard) -> None:
    """Arrow keys choose, Enter goes on, the focus starts on the answers."""
    w = wizard
    assert w.focusWidget() is w.option_buttons[0]
    qtbot.keyClick(w.option_buttons[0], Qt.Key.Key_Down)
    second = w.option_buttons[1]
    assert second.isChecked()
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert w.state().answered == 1
    qtbot.waitUntil(lambda: w.focusWidget() in w.option_buttons, timeout=2000)


def test_none_of_these_excludes_the_other_papers(qtbot, wizard) -> None:
    w = wizard
    answers = dict(example_answers()["deserter"])
    answers.pop("documents")
    w.answers = answers
    w.refresh()
    assert w.state().question.id == "documents"
    by_id = {b.property("option_id"): b for b in w.option_buttons}
    by_id["military-id"].setChecked(True)
    by_id["none"].setChecked(True)
    assert not by_id["military-id"].isChecked()
    by_id["service-proof"].setChecked(True)
    assert not by_id["none"].isChecked() and by_id["service-proof"].isChecked()


def test_the_assessment_follows_a_language_switch(qtbot, make_window, shipped_book) -> None:
    main = make_window(shipped_book)
    main.open_wizard()
    w = main.wizard
    assert w.state().question.text == "Where does your asylum case stand?"
    main.set_language("ru")
    assert w.q_text.text() == "На какой стадии ваше дело об убежище?"
    main.set_language("en")


def test_enter_in_the_note_is_a_new_line_not_next(qtbot, wizard) -> None:
    w = wizard
    answer_like(qtbot, w, example_answers()["deserter"])
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    assert w.pages.currentWidget() is w.outcome_page
    w.note.setFocus()
    qtbot.keyClicks(w.note, "first")
    qtbot.keyClick(w.note, Qt.Key.Key_Return)
    qtbot.keyClicks(w.note, "second")
    assert w.note.toPlainText() == "first\nsecond"


def test_answers_are_saved_only_on_purpose_and_reopen_where_they_left_off(qtbot, wizard, tmp_path, monkeypatch,
                                                                          no_dialogs) -> None:
    import json

    w = wizard
    answer_like(qtbot, w, example_answers()["reservist-call-up"])
    w.note.setPlainText("NOTE-XYZ")
    w.client_name.setText("Ivan")
    target = tmp_path / "client-a"
    w.save_answers()  # the warning is answered "Cancel" (no_dialogs): nothing is written
    assert not list(tmp_path.iterdir()) and any(kind == "warning" for kind, _ in no_dialogs)
    w.save_answers(str(target))
    saved = json.loads((tmp_path / "client-a.json").read_text(encoding="utf-8"))
    assert saved == w.answers and "Ivan" not in json.dumps(saved) and "NOTE-XYZ" not in json.dumps(saved)
    w.clear_session()
    w.open_answers(str(tmp_path / "client-a.json"))
    assert w.answers == saved and w.pages.currentWidget() is w.review_page
    w.open_answers(str(tmp_path / "missing.json"))  # asks first (answered No): nothing changes
    assert w.answers == saved
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    w.open_answers(str(tmp_path / "missing.json"))  # Yes, but the file is missing: a sentence, answers kept
    assert any("not found" in text for kind, text in no_dialogs if kind == "warning") and w.answers == saved


def test_saving_to_a_folder_that_cannot_be_written_says_so(qtbot, wizard, tmp_path, no_dialogs) -> None:
    w = wizard
    answer_like(qtbot, w, example_answers()["deserter"])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    w.save_answers(str(blocker / "answers.json"))  # a path under a file: cannot be created
    assert any(kind == "warning" and "could not be saved" in text for kind, text in no_dialogs)


def answers_inside(wizard) -> bool:
    """Every answer of the question shown ends inside the visible part of its scroll area."""
    viewport = wizard.options_box.parentWidget()
    return all(b.geometry().right() <= viewport.width() for b in wizard.option_buttons)


def test_answers_wrap_in_a_small_window(qtbot, wizard, tmp_path) -> None:
    """At 640×480 every answer stays inside the window: long ones wrap onto more lines
    instead of running off behind a horizontal scroll bar."""
    wizard.set_language("ru")  # the longer texts
    wizard.resize(640, 480)
    qtbot.wait(20)
    assert wizard.width() == 640 and wizard.button_rows.two_rows  # the buttons take two rows, not more width
    wrapped = 0
    for _ in range(30):
        state = wizard.state()
        if state.question is None:
            break
        # laid out once the scroll area has settled: a scroll bar that appears narrows the
        # viewport, and the answers follow a layout pass later (on a busy machine, after 10 ms)
        qtbot.waitUntil(lambda: answers_inside(wizard), timeout=2000)
        line = wizard.option_buttons[0].fontMetrics().height()
        for b in wizard.option_buttons:
            text_room = b.width() - 20  # the indicator and its spacing take at least this
            if b.fontMetrics().horizontalAdvance(b.text()) > text_room:  # would not fit on one line
                assert b.height() >= 2 * line, b.text()
                wrapped += 1
        qtbot.mouseClick(wizard.option_buttons[0], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(wizard.next_btn, Qt.MouseButton.LeftButton)
    assert wrapped >= 3  # the check above really met long answers
    # the progress words stand beside the bar (on it, half of them were white on white)
    assert not wizard.progress.isTextVisible() and wizard.progress_text.text()
    assert wizard.progress_text.geometry().left() >= wizard.progress.geometry().right()
    assert wizard.grab().save(str(tmp_path / "wizard-640.png"))


def test_sheet_language_and_paper_size_are_kept_for_next_time(qtbot, make_window, shipped_book) -> None:
    from app.userdata.settings import load_settings

    main = make_window(shipped_book)
    main.open_wizard()
    w = main.wizard
    w.sheet_lang.setCurrentIndex(w.sheet_lang.findData("de"))
    w.page_size_box.setCurrentText("Letter")
    saved, _ = load_settings()
    assert (saved.sheet_lang, saved.page_size) == ("de", "Letter")
    w.answers = {}
    w.close()
    main.wizard = None
    main.open_wizard()  # a new assessment starts with them
    assert main.wizard.sheet_language() == "de" and main.wizard.page_size_box.currentText() == "Letter"
    main.wizard.close()


def test_the_sheet_buttons_say_when_the_safe_sheet_is_what_they_print(qtbot, wizard) -> None:
    """Ticked by default for a client outside the EU: a counsellor printed the one-page safe sheet
    for a client bound for Germany without noticing (a counsellor's trial, 1 Dec 2026)."""
    w = wizard
    answers = dict(example_answers()["deserter"], location="georgia-serbia-israel")
    w.answers = answers
    w.go_next()
    w.go_next()
    assert w.pages.currentWidget() is w.outcome_page and w.safe_sheet.isChecked()
    assert "safe sheet" in w.pdf_btn.text() and "safe sheet" in w.print_btn.text()
    assert "safe sheet" in w.preview_btn.text()
    w.safe_sheet.setChecked(False)
    assert "safe" not in w.pdf_btn.text() + w.print_btn.text() + w.preview_btn.text()
    w.safe_sheet.setChecked(True)
    w.note.setPlainText("Взять копию повестки")
    assert w.safe_warning.isVisibleTo(w) and w.safe_warning.text().startswith("⚠")
