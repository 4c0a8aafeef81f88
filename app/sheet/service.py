"""From a client's answers to the sheet's HTML: the one place the CLI and the UI both call."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Mapping

from app.errors import UserError
from app.sheet.compose import SheetInput, compose_sheet
from app.store.guidebook import Guidebook
from app.wizard.engine import review, step


class IncompleteAnswers(UserError):
    """The answers stop before an outcome: the sheet needs a finished assessment."""

    exit_code = 3


def sheet_input(definition: Any, answers: Mapping[str, Any], lang: str, book: Guidebook,
                note: str = "", client_name: str = "", today: str | None = None) -> SheetInput:
    state = step(definition, answers, lang)
    if state.outcome is None:
        question = state.question.text if state.question else ""
        raise IncompleteAnswers(f"The answers are not complete yet; the next question is: {question}")
    report = book.sources().get("report", {})
    return SheetInput(
        outcome=state.outcome,
        situation=review(definition, answers, lang),
        printed_on=today or _dt.date.today().isoformat(),
        content_version=book.meta.get("content_version", ""),
        as_of=book.meta.get("as_of", ""),
        source={k: str(report.get(k) or "") for k in ("title", "subtitle", "publisher", "date", "url")},
        note=note,
        client_name=client_name,
    )


def sheet_html(definition: Any, answers: Mapping[str, Any], lang: str, book: Guidebook,
               note: str = "", client_name: str = "", today: str | None = None) -> str:
    inp = sheet_input(definition, answers, lang, book, note, client_name, today)
    return compose_sheet(inp, book, lang)
