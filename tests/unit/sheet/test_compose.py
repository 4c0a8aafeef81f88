"""The guidance sheet's HTML (app/sheet/compose.py), as the client reads it on paper.

No Qt and no PDF: the composed HTML is read as text. tests/ui/test_sheet.py checks the
printed PDF (page count, fonts) on the real content; these check what each part says.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from app.errors import UserError
from app.records import Record
from app.sheet.compose import MAX_TERMS, NOTE_LIMIT, SheetInput, UntranslatedSheet, compose_sheet
from app.wizard.model import Block, Outcome
from tests.unit.render.visible import visible_text


def _rec(kind: str, rid: str, lang: str, title: str, **data: Any) -> Record:
    return Record(kind=kind, id=rid, lang=lang, title=title, aliases="", body="", html="", source_section="",
                  as_of="", parent=None, ord=0, fallback=False, origin="bundled", data=data)


class Store:
    """The lookup the sheet needs: records by (kind, id), in any language; unknown ids raise as the store does."""

    def __init__(self, *records: Record) -> None:
        self.records = {(r.kind, r.id): r for r in records}

    def get(self, kind: str, rid: str, lang: str) -> Record:
        try:
            return self.records[(kind, rid)]._replace(lang=lang)
        except KeyError:
            raise UserError(f"There is no {kind} with the id {rid!r}.") from None


STORE = Store(
    _rec("law", "dublin-iii", "en", "Dublin III Regulation", short="Dublin III Reg.", citation="Reg. 604/2013",
         valid_until="2026-06-11", superseded_by="amr"),
    _rec("law", "amr", "en", "AMMR", short="Reg. 2024/1351", valid_from="2026-06-12"),
    _rec("law", "gg-16a", "en", "Basic Law Art. 16a", citation="Art. 16a GG"),
    _rec("law", "aufenthg-60", "en", "Residence Act § 60", citation="§ 60 AufenthG"),
    *[_rec("term", f"t{i}", "en", f"term {i}", equivalents={"en": f"en{i}", "de": f"de{i}", "ru": f"ru{i}"})
      for i in range(MAX_TERMS + 2)],
)

OUTCOME = Outcome(
    id="deserter", category="Deserter with good chances", summary="The **BAMF** decides. See [Dublin](guide://section/dublin).",
    helps=("Proof of your unit",), risks=("A Dublin transfer",), evidence=("The summons",),
    next_steps=("Ask for counselling", "Apply"),
    circumstances=(Block("limit", "Two weeks", "Appeal against the BAMF decision within two weeks.", prominent=True,
                         laws=("gg-16a",)),
                   Block("route", "Came through Croatia", "See [Dublin](guide://section/dublin).")),
    sections=("dublin",), terms=tuple(f"t{i}" for i in range(MAX_TERMS + 2)),
    laws=("dublin-iii", "gg-16a", "aufenthg-60", "no-such-law"),
    reasons=("You left your unit", "You are in Germany", "You came through Croatia"), lang="en",
    own_laws=("dublin-iii", "no-such-law"))

INPUT = SheetInput(outcome=OUTCOME, printed_on="2026-07-02", content_version="abc123", as_of="2026-07-01",
                   report_date="2024-02-20", newest_source="2026-06-12",
                   source={"title": "Russians refusing to go to war", "publisher": "Connection e.V.",
                           "date": "2024-02-20", "url": "https://example.org/r"})


def sheet(lang: str = "en", **changes: Any) -> str:
    return compose_sheet(replace(INPUT, **changes), STORE, lang)


def test_the_sheet_says_what_it_rests_on_and_when() -> None:
    text = visible_text(sheet("de"))
    assert "Druckdatum: 02.07.2026" in text
    assert "01.07.2026" in text and "20.02.2024" in text and "12.06.2026" in text
    assert "abc123" in text
    en = visible_text(sheet())
    assert ("the report of 2024-02-20; the newest source used, 2026-06-12; "
            "this edition of the guidebook, 2026-07-01") in en
    assert "“Russians refusing to go to war” by Connection e.V. (2024-02-20), https://example.org/r" in en


def test_paper_has_no_links_and_abbreviations_are_spelled_out_once() -> None:
    html = sheet()
    assert "<a " not in html and "guide://" not in html
    text = visible_text(html)
    assert text.count("BAMF (Federal Office for Migration and Refugees)") == 1
    # the boxed block comes first on paper, so it is where the abbreviation is spelled out
    assert text.index("BAMF (Federal Office") < text.index("The BAMF decides")


def test_the_time_limit_box_comes_before_the_situation() -> None:
    text = visible_text(sheet())
    assert text.index("Read this first") < text.index("Two weeks.") < text.index("Your situation as you described it")
    assert "Circumstances that change the picture\nCame through Croatia. See Dublin." in text


def test_the_clients_answers_are_printed_in_two_columns() -> None:
    html = sheet()
    assert ("<td width='50%'><ul><li>You left your unit</li><li>You are in Germany</li></ul></td>"
            "<td width='50%'><ul><li>You came through Croatia</li></ul></td>") in html


def test_legal_references_are_the_outcomes_own_and_the_boxed_blocks_with_validity() -> None:
    text = visible_text(sheet())
    assert "Dublin III Reg. ⚠ no longer in force since 2026-06-12; replaced by Reg. 2024/1351" in text
    assert "Art. 16a GG" in text              # the boxed block's reference
    assert "§ 60 AufenthG" not in text         # cited by the outcome's circumstances only: in the guidebook
    ru = visible_text(sheet("ru", printed_on="2026-01-01"))
    assert "Dublin III Reg." in ru and "⚠" not in ru  # still in force on the day it is printed


def test_without_own_references_every_reference_is_printed() -> None:
    text = visible_text(sheet(outcome=replace(OUTCOME, own_laws=())))
    assert "§ 60 AufenthG" in text and "Art. 16a GG" in text


def test_key_terms_in_the_clients_language_then_german_capped_and_left_out_when_compact() -> None:
    html = sheet("ru")
    assert "<th>Русский</th><th>Deutsch</th><th>English</th>" in html
    assert "<tr><td>ru0</td><td>de0</td><td>en0</td></tr>" in html
    assert f"ru{MAX_TERMS - 1}" in html and f"ru{MAX_TERMS}" not in html
    assert "<th>English</th><th>Deutsch</th><th>Русский</th>" in sheet("en")
    assert "class='terms'" not in sheet("ru", compact=True)


def test_typed_words_are_escaped_and_the_note_is_cut() -> None:
    html = sheet(client_name="<b>Ivan</b>", note="<script>x</script>\nline two" + "n" * (NOTE_LIMIT + 100),
                 organisation={"name": "<i>Help</i>  desk", "phone": "+49 30", "line": ""})
    assert "<script>" not in html and "<b>Ivan" not in html and "<i>Help" not in html
    text = visible_text(html)
    assert "Prepared for: <b>Ivan</b>" in text
    assert "Counsellor's note\n<script>x</script>\nline two" in text
    assert "n" * (NOTE_LIMIT - 30) in text and "n" * (NOTE_LIMIT + 1) not in text
    assert "<i>Help</i> desk · +49 30" in text


def test_a_long_note_goes_on_a_page_of_its_own_with_the_disclaimer() -> None:
    html = sheet(note="A long note", note_on_continuation=True)
    cont = visible_text(html[html.index("page-break-before"):])
    assert "Continuation: counsellor's note" in cont and "This is information, not legal advice" in cont
    assert cont.index("not legal advice") < cont.index("A long note")
    assert "page-break-before" not in sheet(note="  ", note_on_continuation=True)


def test_an_untranslated_text_is_refused_rather_than_printed() -> None:
    with pytest.raises(UntranslatedSheet):
        sheet("ru", outcome=replace(OUTCOME, helps=("[EN] Proof of your unit",)))


def test_an_unknown_language_is_a_user_error() -> None:
    with pytest.raises(UserError, match="en, ru, de"):
        sheet("fr")


def test_the_safe_sheet_says_nothing_about_the_case() -> None:
    html = sheet("ru", safe=True, client_name="Иван", note="Call Anna")
    text = visible_text(html)
    assert text.splitlines()[0] == "Личные заметки"
    assert "Иван" in text and "Call Anna" in text and "02.07.2026" in text
    for revealing in ("Deserter", "Dublin", "BAMF", "Reg.", "Connection", "Russians refusing", "Croatia", "ru0",
                      "abc123"):
        assert revealing not in text
