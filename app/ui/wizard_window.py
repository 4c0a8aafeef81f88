"""The guided assessment: one question per page, a review of every answer, the outcome and the sheet.

The answers live only in this window's memory. Closing it, or *Clear session*, forgets
them; nothing a client says is written to disk unless the counsellor exports a sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import links
from app.langs import NAMES
from app.paper import PAGE_SIZE_NAMES
from app.render.html import escape
from app.render.outcome import OutcomeLabels, preload, render_outcome
from app.store.guidebook import Guidebook
from app.ui.button_rows import ButtonRows
from app.ui.style import styled_page
from app.ui.wrapping_buttons import WrappingCheck, WrappingRadio
from app.wizard.definition import Definition
from app.wizard.engine import review
from app.wizard.model import Question, State
from app.wizard.session import AssessmentSession

SHEET_LANGS = NAMES  # a sheet can be printed in every language the guidebook has
# The Markdown parser, which only the outcome and the sheet need, loads this long after the
# window is first shown (app.render.outcome.preload): on screen by then, and long before anyone
# has answered every question
OUTCOME_RENDERER_AFTER_MS = 250


def _enter_goes_on(button: QAbstractButton, ev) -> bool:
    """Enter on an answer means "next" (not a window-wide shortcut: Enter in the note is a new line)."""
    if ev.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    window = button.window()
    if isinstance(window, WizardWindow):
        if isinstance(button, QRadioButton) and not button.isChecked():
            button.setChecked(True)
        window.go_next()
    return True


class _WholeRowRadio(WrappingRadio):
    """An answer is a large target: a click anywhere on its row picks it, not only on the words.
    Up/Down move the choice itself (as in any radio group); Enter goes on."""

    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)

    def keyPressEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        if _enter_goes_on(self, ev):
            return
        super().keyPressEvent(ev)
        if ev.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            focused = self.window().focusWidget()
            if isinstance(focused, QRadioButton):
                focused.setChecked(True)


# where a client carries the sheet through checks: the safe sheet is the default there
SAFE_SHEET_LOCATIONS = frozenset({"russia", "kazakhstan", "turkey", "armenia", "georgia-serbia-israel", "other"})


class _WholeRowCheck(WrappingCheck):
    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)

    def keyPressEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        if not _enter_goes_on(self, ev):
            super().keyPressEvent(ev)


class WizardWindow(QWidget):
    """Emits `open_requested(kind, id)` when the counsellor follows a link into the guidebook."""

    open_requested = Signal(str, str)
    sheet_settings_changed = Signal(str, str)  # sheet language, paper size: kept for next time

    def __init__(self, book: Guidebook, definition: Any, lang: str = "en", sheet_lang: str = "ru",
                 page_size: str = "A4", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("wizardWindow")
        self.book = book
        self.session = AssessmentSession(definition, lang)  # the answers and where the counsellor stands
        self.page_size = page_size
        self._outcome_renderer_asked = False  # see showEvent
        self._build(sheet_lang)
        self.retranslate()
        self.resize(980, 720)
        self.refresh()

    def showEvent(self, ev) -> None:  # noqa: N802 (Qt override)
        super().showEvent(ev)
        if not self._outcome_renderer_asked:
            self._outcome_renderer_asked = True
            QTimer.singleShot(OUTCOME_RENDERER_AFTER_MS, self, preload)  # dropped if the window is gone by then

    # construction
    def _build(self, sheet_lang: str) -> None:
        self.progress = QProgressBar()
        self.progress.setObjectName("wizardProgress")
        # the words stand beside the bar, not on it: drawn over the bar's edge, half of them
        # were white on white in some styles
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("wizardProgressText")
        self.pages = QStackedWidget()

        # question page
        self.q_page = QWidget()
        self.q_text = QLabel()
        self.q_text.setObjectName("questionText")
        self.q_text.setWordWrap(True)
        font = self.q_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.q_text.setFont(font)
        self.q_why = QLabel()
        self.q_why.setObjectName("questionWhy")
        self.q_why.setWordWrap(True)
        self.q_terms = QLabel()
        self.q_terms.setObjectName("questionTerms")
        self.q_terms.setWordWrap(True)
        self.q_terms.linkActivated.connect(self._link)
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # answers wrap instead
        scroll.setWidget(self.options_box)
        self.q_hint = QLabel()
        self.q_hint.setObjectName("answerFirst")
        self.q_hint.setStyleSheet("color: #b00020; font-weight: bold")
        self.q_hint.hide()
        ql = QVBoxLayout(self.q_page)
        ql.addWidget(self.q_text)
        ql.addWidget(self.q_why)
        ql.addWidget(scroll, 1)
        ql.addWidget(self.q_hint)
        ql.addWidget(self.q_terms)
        self.group: QButtonGroup | None = None
        self.option_buttons: list[QAbstractButton] = []

        # review page
        self.review_page = QWidget()
        self.review_title = QLabel()
        f2 = self.review_title.font()
        f2.setPointSizeF(f2.pointSizeF() * 1.3)
        f2.setBold(True)
        self.review_title.setFont(f2)
        self.review_list = QLabel()
        self.review_list.setObjectName("reviewList")
        self.review_list.setWordWrap(True)
        self.review_list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # not afloat mid-box
        self.review_list.setTextFormat(Qt.TextFormat.RichText)
        self.review_list.linkActivated.connect(self._change_answer)
        self.review_list.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard
                                                 | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        rscroll = QScrollArea()
        rscroll.setWidgetResizable(True)
        rscroll.setWidget(self.review_list)
        rl = QVBoxLayout(self.review_page)
        rl.addWidget(self.review_title)
        rl.addWidget(rscroll, 1)

        # outcome page: assessment on the left, sheet options on the right
        self.outcome_page = QWidget()
        self.outcome_view = QTextBrowser()
        self.outcome_view.setObjectName("outcomeView")
        self.outcome_view.setOpenLinks(False)
        self.outcome_view.anchorClicked.connect(lambda url: self._link(url.toString()))
        side = QWidget()
        form = QFormLayout(side)
        self.sheet_lang = QComboBox()
        self.sheet_lang.setObjectName("sheetLanguage")
        for code, name in SHEET_LANGS.items():
            self.sheet_lang.addItem(name, code)
        self.sheet_lang.setCurrentIndex(max(0, list(SHEET_LANGS).index(sheet_lang) if sheet_lang in SHEET_LANGS else list(SHEET_LANGS).index("ru")))
        self.page_size_box = QComboBox()
        self.page_size_box.setObjectName("pageSize")
        self.page_size_box.addItems(list(PAGE_SIZE_NAMES))
        self.page_size_box.setCurrentText(self.page_size)
        for box in (self.sheet_lang, self.page_size_box):
            box.currentIndexChanged.connect(
                lambda _i: self.sheet_settings_changed.emit(self.sheet_language(), self._page_size()))
        self.client_name = QLineEdit()
        self.client_name.setObjectName("clientName")
        self.note = QPlainTextEdit()
        self.note.setObjectName("counsellorNote")
        self.note.setTabChangesFocus(True)
        self.note_hint = QLabel()
        self.note_hint.setWordWrap(True)
        # safe sheet: neutral title and checklist only, for a client still in Russia or in transit
        self.safe_sheet = QCheckBox()
        self.safe_sheet.setObjectName("safeSheet")
        self.safe_sheet.toggled.connect(self._safe_changed)
        self._safe_chosen = False  # the counsellor's own choice wins over the default from the answers
        self.organisation: dict[str, str] = {}  # from Preferences, via the main window
        self.safe_warning = QLabel()
        self.safe_warning.setObjectName("safeWarning")
        self.safe_warning.setWordWrap(True)
        # as the main window's banner: a grey line among the buttons was overlooked (a counsellor's trial)
        self.safe_warning.setStyleSheet("QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }")
        self.safe_warning.hide()
        self.note.textChanged.connect(self._check_note)
        self.preview_btn = QPushButton()
        self.preview_btn.setObjectName("previewSheet")
        self.print_btn = QPushButton()
        self.print_btn.setObjectName("printSheet")
        self.pdf_btn = QPushButton()
        self.pdf_btn.setObjectName("exportSheetPdf")
        self.lbl_sheet_lang, self.lbl_page, self.lbl_name, self.lbl_note = QLabel(), QLabel(), QLabel(), QLabel()
        form.addRow(self.lbl_sheet_lang, self.sheet_lang)
        form.addRow(self.lbl_page, self.page_size_box)
        form.addRow(self.lbl_name, self.client_name)
        form.addRow(self.safe_sheet)
        form.addRow(self.lbl_note, self.note)
        form.addRow(self.note_hint)
        form.addRow(self.safe_warning)
        form.addRow(self.preview_btn)
        form.addRow(self.print_btn)
        form.addRow(self.pdf_btn)
        split = QSplitter()
        split.addWidget(self.outcome_view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        ol = QVBoxLayout(self.outcome_page)
        ol.addWidget(split)

        for page in (self.q_page, self.review_page, self.outcome_page):
            self.pages.addWidget(page)

        self.back_btn = QPushButton()
        self.back_btn.setObjectName("wizardBack")
        self.next_btn = QPushButton()
        self.next_btn.setObjectName("wizardNext")
        self.next_btn.setDefault(True)
        self.restart_btn = QPushButton()
        self.restart_btn.setObjectName("wizardRestart")
        self.clear_btn = QPushButton()
        self.clear_btn.setObjectName("clearSession")
        self.close_btn = QPushButton()
        self.close_btn.setObjectName("wizardClose")
        self.save_btn = QPushButton()
        self.save_btn.setObjectName("saveAnswers")
        self.open_btn = QPushButton()
        self.open_btn.setObjectName("openAnswers")
        self.button_rows = ButtonRows([self.restart_btn, self.clear_btn, self.open_btn, self.save_btn],
                                      [self.back_btn, self.next_btn, self.close_btn])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.progress_text)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.button_rows)

        self.back_btn.clicked.connect(self.go_back)
        self.next_btn.clicked.connect(self.go_next)
        self.restart_btn.clicked.connect(self.restart)
        self.clear_btn.clicked.connect(self.ask_clear_session)
        self.close_btn.clicked.connect(self.close)
        self.save_btn.clicked.connect(self.save_answers)
        self.open_btn.clicked.connect(self.open_answers)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save_answers)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self, activated=self.open_answers)
        self.preview_btn.clicked.connect(self.preview_sheet)
        self.print_btn.clicked.connect(self.print_sheet)
        self.pdf_btn.clicked.connect(self.export_pdf)
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, activated=self.export_pdf)
        QShortcut(QKeySequence("Ctrl+P"), self, activated=self.print_btn.click)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, activated=self.go_back)
        QShortcut(QKeySequence("Ctrl+Shift+Delete"), self, activated=self.ask_clear_session)
        QShortcut(QKeySequence("Ctrl+W"), self, activated=self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guided assessment — Objector Guide"))
        self.back_btn.setText(self.tr("< &Back"))
        self.back_btn.setToolTip(self.tr("Go back to the previous question (Alt+Left)"))
        self.restart_btn.setText(self.tr("&Restart"))
        self.restart_btn.setToolTip(self.tr("Start again with no answers"))
        self.clear_btn.setText(self.tr("&Clear session"))
        self.close_btn.setText(self.tr("Clos&e"))
        self.save_btn.setText(self.tr("&Save answers…"))
        self.save_btn.setToolTip(self.tr("Save the answers (not the name or the note) to a file you choose (Ctrl+S)"))
        self.open_btn.setText(self.tr("&Open answers…"))
        self.open_btn.setToolTip(self.tr("Continue an assessment from a saved answers file (Ctrl+O)"))
        self.close_btn.setToolTip(self.tr("Close the assessment (Esc, Ctrl+W); asks first if answers would be lost"))
        self.clear_btn.setToolTip(self.tr("Forget every answer, the name and the note (Ctrl+Shift+Delete)"))
        self.review_title.setText(self.tr("Check the answers before you see the assessment"))
        self.lbl_sheet_lang.setText(self.tr("Sheet language"))
        self.lbl_page.setText(self.tr("Paper"))
        self.lbl_name.setText(self.tr("Client's name (optional)"))
        self.lbl_note.setText(self.tr("Counsellor's note"))
        self.client_name.setPlaceholderText(self.tr("Leave empty unless the client wants it printed"))
        self.note_hint.setText(self.tr("The name and the note are printed on the sheet but never saved "
                                       "(up to 4,000 characters; a long note goes on a page of its own). "
                                       "Write the note in the sheet's language, so the client can read it."))
        self.safe_sheet.setText(self.tr("&Safe sheet for travel: neutral title and checklist only"))
        self.safe_sheet.setToolTip(self.tr("For a client still in Russia or crossing borders: the sheet names no "
                                           "military, asylum or war matters. Only the checklist and your note are printed."))
        self._check_note()
        self._name_sheet_buttons()
        for w, name in ((self.progress, self.tr("Progress")), (self.sheet_lang, self.tr("Sheet language")),
                        (self.page_size_box, self.tr("Paper size")), (self.client_name, self.tr("Client's name")),
                        (self.note, self.tr("Counsellor's note")), (self.outcome_view, self.tr("Assessment")),
                        (self.review_list, self.tr("Your answers"))):
            w.setAccessibleName(name)

    # state: kept in the session; these name it as the rest of the window and the tests do
    @property
    def definition(self) -> Definition:
        return self.session.definition

    @property
    def lang(self) -> str:
        return self.session.lang

    @lang.setter
    def lang(self, lang: str) -> None:
        self.session.lang = lang

    @property
    def answers(self) -> dict[str, Any]:
        return self.session.answers

    @answers.setter
    def answers(self, answers: dict[str, Any]) -> None:
        self.session.answers = answers

    def state(self) -> State:
        return self.session.state()

    def _say_progress(self, text: str) -> None:
        self.progress_text.setText(text)
        self.progress.setAccessibleDescription(text)

    def refresh(self) -> None:
        screen = self.session.screen()
        state = screen.state
        total = state.answered + state.remaining
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(state.answered)
        if screen.page == "question" and state.question is not None:
            self._say_progress(self.tr("Question %1 of about %2").replace("%1", str(state.answered + 1))
                                    .replace("%2", str(total)))
            self._show_question(state.question)
            self.pages.setCurrentWidget(self.q_page)
            self.next_btn.setText(self.tr("&Next >"))
        elif screen.page == "review":
            self._say_progress(self.tr("All questions answered"))
            self._show_review()
            self.pages.setCurrentWidget(self.review_page)
            self.next_btn.setText(self.tr("Show the &assessment >"))
        else:
            self._say_progress(self.tr("Assessment"))
            self.next_btn.setText(self.tr("Show the &assessment >"))  # greyed out here, but in the current language
            self._default_safe()
            self._show_outcome(state)
            self.pages.setCurrentWidget(self.outcome_page)
        self.next_btn.setEnabled(screen.can_go_next)
        self.back_btn.setEnabled(screen.can_go_back)

    def _show_question(self, q: Question) -> None:
        self.q_text.setText(q.text)
        why_label = self.tr("Why we ask:")
        self.q_why.setText(f"<i>{escape(why_label)}</i> {escape(q.why)}")
        for b in self.option_buttons:
            b.deleteLater()
        self.option_buttons = []
        while self.options_layout.count():
            item = self.options_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.group = QButtonGroup(self)
        self.group.setExclusive(not q.multiple)
        chosen = set(self.session.preselected(q.id))
        self.q_hint.hide()
        for i, opt in enumerate(q.options):
            button: QAbstractButton = _WholeRowCheck(opt.label) if q.multiple else _WholeRowRadio(opt.label)
            button.setObjectName(f"option_{opt.id}")
            button.setProperty("option_id", opt.id)
            button.setMinimumHeight(34)
            f = button.font()
            f.setPointSizeF(f.pointSizeF() * 1.15)
            button.setFont(f)
            button.setChecked(opt.id in chosen)
            if opt.help:
                button.setToolTip(opt.help)
            button.setAccessibleDescription(opt.help or "")
            self.group.addButton(button, i)
            if q.multiple:
                button.toggled.connect(lambda on, oid=opt.id, ex=opt.exclusive: self._exclusive(oid, ex, on))
            self.options_layout.addWidget(button)
            if opt.help:
                hint = QLabel(f"<span style='color:gray'>{escape(opt.help)}</span>")
                hint.setWordWrap(True)
                hint.setContentsMargins(28, 0, 0, 0)
                self.options_layout.addWidget(hint)
            self.option_buttons.append(button)
        self.options_layout.addStretch(1)
        if q.terms:
            linked = ", ".join(f"<a href='{escape(links.url_for('term', t))}'>{escape(self.book.title('term', t, self.lang))}</a>"
                               for t in q.terms)
            terms_label = self.tr("Terms:")
            self.q_terms.setText(f"{escape(terms_label)} {linked}")
        else:
            self.q_terms.setText("")
        self._current_question = q
        if self.option_buttons:
            # the focus starts on the answers (the chosen one, if any) once the new buttons are shown
            target = next((b for b in self.option_buttons if b.isChecked()), self.option_buttons[0])
            target.setFocus()
            QTimer.singleShot(0, lambda: target.setFocus() if target in self.option_buttons else None)

    def _exclusive(self, option_id: str, exclusive: bool, on: bool) -> None:
        """"None of these" and a real paper cannot both be ticked: ticking one clears the other."""
        if not on:
            return
        q = self._current_question
        flags = {o.id: o.exclusive for o in q.options} if q is not None else {}
        for b in self.option_buttons:
            other = b.property("option_id")
            if other != option_id and b.isChecked() and (exclusive or flags.get(other)):
                b.setChecked(False)

    def _selected(self) -> list[str]:
        return [b.property("option_id") for b in self.option_buttons if b.isChecked()]

    def _show_review(self) -> None:
        change = self.tr("change")
        rows = []
        for qid, question, answer in review(self.definition, self.answers, self.lang):
            rows.append(f"<tr><td style='padding:4px 12px 4px 0'>{escape(question)}</td>"
                        f"<td style='padding:4px 12px 4px 0'><b>{escape(answer)}</b></td>"
                        f"<td><a href='change:{escape(qid)}'>{escape(change)}</a></td></tr>")
        self.review_list.setText(f"<table>{''.join(rows)}</table>")

    def _show_outcome(self, state: State) -> None:
        o = state.outcome
        assert o is not None
        labels = OutcomeLabels.in_language(o.lang)  # headings in the outcome's own language
        html = render_outcome(o, lambda k, i: self.book.title(k, i, self.lang), labels, self.book.meta.get("as_of", ""))
        self.outcome_view.setHtml(styled_page(html, self.outcome_view.palette()))

    # navigation
    def go_next(self) -> None:
        if not self.session.go_next(self._selected()):
            self.q_hint.setText(self.tr("Choose an answer first"))
            self.q_hint.show()
            if self.option_buttons:
                self.option_buttons[0].setFocus()
            return
        self.refresh()

    def go_back(self) -> None:
        # what is ticked but not yet confirmed with Next comes back ticked (a client talking
        # while the counsellor clicks: a choice lost on Back is easily missed)
        if self.session.go_back(pending=self._selected()):
            self.refresh()

    def _change_answer(self, href: str) -> None:
        qid = href.split(":", 1)[1] if href.startswith("change:") else ""
        if self.session.change_answer(qid):
            self.refresh()

    def restart(self) -> None:
        """Restart: the answers go, the name and the note stay; asks first when there are answers."""
        if self.answers and not self.confirm(
                self.tr("Start again?"),
                self.tr("The answers given so far will be forgotten; the client's name and the note stay. "
                        "Start again?")):
            return
        self._restart()

    def _restart(self) -> None:
        self.session.restart()
        self.refresh()

    def ask_clear_session(self) -> None:
        """Clear session (its button, Ctrl+Shift+Delete): asks first when answers, a name or a
        note would be lost. The button sits beside Restart and Open answers, and a slipped click
        cost a whole consultation's answers."""
        if self.has_client_data() and not self.confirm(
                self.tr("Clear the session?"),
                self.tr("The answers, the client's name and the note will be forgotten. Clear the session?")):
            return
        self.clear_session()

    def clear_session(self) -> None:
        """Forget everything about this client: answers, name, note (asked before, where asked)."""
        self._restart()
        self.client_name.clear()
        self.note.clear()
        self.outcome_view.clear()
        self._safe_chosen = False
        self._applying_default_safe = True
        try:
            self.safe_sheet.setChecked(False)
        finally:
            self._applying_default_safe = False

    def _link(self, url: str) -> None:
        target = links.parse(url)
        if target:
            self.open_requested.emit(target.kind, target.id)

    # sheet
    def _safe_changed(self, _checked: bool) -> None:
        if not self._applying_default_safe:
            self._safe_chosen = True
        self._name_sheet_buttons()
        self._check_note()

    def _name_sheet_buttons(self) -> None:
        """The buttons say which sheet they print: the safe sheet is ticked by default for a
        client outside the EU, and a counsellor in Tbilisi printed the one-page safe sheet for
        a client bound for Germany without noticing (a counsellor's trial, 1 Dec 2026)."""
        if self.safe_sheet.isChecked():
            self.preview_btn.setText(self.tr("Print Pre&view of the safe sheet…"))
            self.print_btn.setText(self.tr("&Print the safe sheet…"))
            self.pdf_btn.setText(self.tr("Export the safe sheet as P&DF… (Ctrl+Shift+E)"))
        else:
            self.preview_btn.setText(self.tr("Print Pre&view…"))
            self.print_btn.setText(self.tr("&Print…"))
            self.pdf_btn.setText(self.tr("Export sheet as P&DF… (Ctrl+Shift+E)"))

    _applying_default_safe = False

    def _default_safe(self) -> None:
        """Suggest the safe sheet for a client outside the EU (deportations to Russia are
        reported from Kazakhstan and Armenia), unless the counsellor chose."""
        if self._safe_chosen:
            return
        self._applying_default_safe = True
        try:
            self.safe_sheet.setChecked(self.answers.get("location") in SAFE_SHEET_LOCATIONS)
        finally:
            self._applying_default_safe = False

    def _check_note(self) -> None:
        from app.sheet.sensitive import find_sensitive

        words = find_sensitive(self.note.toPlainText()) if self.safe_sheet.isChecked() else []
        self.safe_warning.setVisible(bool(words))
        if words:
            self.safe_warning.setText("⚠ " + self.tr("Safe sheet: the note is printed as typed and contains: %1")
                                      .replace("%1", ", ".join(words[:8])))

    def _page_size(self) -> str:
        return self.page_size_box.currentText()

    def sheet_language(self) -> str:
        return self.sheet_lang.currentData()

    def sheet_html(self) -> str:
        from app.sheet.service import sheet_html

        return sheet_html(self.definition, self.answers, self.sheet_language(), self.book,
                          note=self.note.toPlainText(), client_name=self.client_name.text())

    def sheet_document(self):
        from app.ui.sheet_printer import sheet_document

        return sheet_document(self.definition, self.answers, self.sheet_language(), self.book,
                              note=self.note.toPlainText(), client_name=self.client_name.text(),
                              page_size=self._page_size(), safe=self.safe_sheet.isChecked(),
                              organisation=self.organisation)

    def preview_sheet(self) -> None:
        from app.ui import printing

        printing.preview(self, self.sheet_document, self._page_size())

    def print_sheet(self) -> None:
        from app.ui import printing

        printing.print_with_dialog(self, self.sheet_document, self._page_size(), "guidance-sheet.pdf")

    def export_pdf(self) -> None:
        from app.ui import printing

        if self.state().outcome is None:
            return
        printing.export_pdf(self, self.sheet_document, self._page_size(), "guidance-sheet.pdf")

    def save_answers(self, path: str | None = None) -> None:
        """Only on purpose, and after saying plainly that the file describes a client."""
        from app.errors import UserError
        from app.ui.file_dialogs import save_file
        from app.userdata.answers import write_answers

        if not self.answers:
            return
        if path is None:
            warn = QMessageBox.warning(
                self, self.tr("Save the client's answers?"),
                self.tr("The file will describe this client's situation (service, summons, route, papers). "
                        "Save it only where the client agrees and nobody else can read it. "
                        "The name and the note are not saved."),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if warn != QMessageBox.StandardButton.Save:
                return
            path = save_file(self, self.tr("Save answers"), str(Path.home() / "answers.json"),
                             self.tr("Answers (*.json)"), suffix="json")
            if not path:
                return
        try:
            written = write_answers(path, self.session.answers_to_save())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self._say_progress(self.tr("Answers saved to %1").replace("%1", written.name))

    def open_answers(self, path: str | None = None) -> None:
        from app.errors import UserError
        from app.ui.file_dialogs import open_file
        from app.wizard.answers_file import read_answers

        if self.has_client_data() and not self.confirm_discard():
            return
        if path is None:
            path = open_file(self, self.tr("Open answers"), str(Path.home()), self.tr("Answers (*.json)"))
            if not path:
                return
        try:
            loaded = read_answers(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the answers"), str(exc))
            return
        self.clear_session()
        self.session.load(loaded)  # unknown ids from an older version are dropped
        self.refresh()

    def has_client_data(self) -> bool:
        return bool(self.answers) or bool(self.client_name.text().strip()) or bool(self.note.toPlainText().strip())

    def confirm_discard(self) -> bool:
        """Answers, a name or a note are never kept: ask before they are lost."""
        if not self.has_client_data():
            return True
        return self.confirm(
            self.tr("Close the assessment?"),
            self.tr("The answers, the client's name and the note will be forgotten. Close the assessment?"))

    def confirm(self, title: str, text: str) -> bool:
        """Yes or No, No by default: what a slipped Enter must not do is lose a client's answers."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def set_language(self, lang: str) -> None:
        """Follow the main window's language switch: questions, answers and labels at once."""
        self.lang = lang
        self.retranslate()
        self.refresh()

    def closeEvent(self, ev: QCloseEvent) -> None:
        if not self._closing_confirmed and not self.confirm_discard():
            ev.ignore()
            return
        self._closing_confirmed = False
        self.clear_session()
        super().closeEvent(ev)

    _closing_confirmed = False
