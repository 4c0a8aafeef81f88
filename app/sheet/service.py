"""From a client's answers to the sheet's HTML: the one place the CLI and the UI both call."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import Any

from app.errors import UserError
from app.sheet.compose import SheetInput, compose_sheet
from app.store.guidebook import Guidebook
from app.wizard.engine import step
from app.wizard.model import Outcome


class IncompleteAnswers(UserError):
    """The answers stop before an outcome: the sheet needs a finished assessment."""

    exit_code = 3


def newest_source_date(outcome: Outcome, book: Any) -> str:
    """The date of the newest dated record behind the outcome: its sections' "as of", its
    legal references' dates and its sources' dates (ISO, so the largest string is newest).

    Printed beside the report's date so a reader sees which statements are later than the
    report — one "as of" date alone would suggest everything is equally current.
    """
    dates: list[str] = []

    def add(values: Iterable[Any]) -> None:
        dates.extend(str(v)[:10] for v in values if v)

    sources = book.sources()
    cited = list(outcome.sources)
    for sid in outcome.sections:
        try:
            add([book.get("section", sid, "en").as_of])
        except UserError:
            continue
    for lid in outcome.laws:
        try:
            law = book.get("law", lid, "en").data
        except UserError:
            continue
        add([law.get("date")])
        cited.extend(law.get("sources") or [])
    add(sources.get(s, {}).get("date") for s in cited)
    return max(dates) if dates else ""


def sheet_input(definition: Any, answers: Mapping[str, Any], lang: str, book: Guidebook,
                note: str = "", client_name: str = "", today: str | None = None, safe: bool = False,
                note_on_continuation: bool = False, compact: bool = False,
                organisation: dict[str, str] | None = None) -> SheetInput:
    state = step(definition, answers, lang)
    if state.outcome is None:
        question = state.question.text if state.question else ""
        raise IncompleteAnswers(f"The answers are not complete yet; the next question is: {question}")
    report = book.sources().get("report", {})
    return SheetInput(
        outcome=state.outcome,
        printed_on=today or _dt.date.today().isoformat(),
        content_version=book.meta.get("content_version", ""),
        as_of=book.meta.get("as_of", ""),
        report_date=str(report.get("date") or definition.meta.report_as_of),
        newest_source=newest_source_date(state.outcome, book),
        # the report as a reader of this language knows it (the German original title, a ru publisher)
        source={**{k: str(report.get(k) or "") for k in ("title", "subtitle", "publisher", "date", "url")},
                **(report.get("local") or {}).get(lang, {})},
        note=note,
        client_name=client_name,
        safe=safe,
        note_on_continuation=note_on_continuation,
        compact=compact,
        organisation=dict(organisation or {}),
    )


def sheet_html(definition: Any, answers: Mapping[str, Any], lang: str, book: Guidebook,
               note: str = "", client_name: str = "", today: str | None = None, safe: bool = False,
               note_on_continuation: bool = False, compact: bool = False,
               organisation: dict[str, str] | None = None) -> str:
    inp = sheet_input(definition, answers, lang, book, note, client_name, today, safe, note_on_continuation, compact,
                      organisation)
    return compose_sheet(inp, book, lang)
