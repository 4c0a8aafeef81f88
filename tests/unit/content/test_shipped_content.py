"""The content a counsellor gets: complete, linked, dated, and findable with real questions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.content.loader import load_content

ROOT = Path(__file__).resolve().parents[3]
CONTENT = load_content(ROOT / "resources" / "content")


def test_counts_meet_the_brief() -> None:
    assert len(CONTENT.sections) >= 20
    assert len(CONTENT.terms) >= 30
    assert len(CONTENT.laws) >= 20
    for s in CONTENT.sections.values():
        assert s.title.has("ru") and s.body.has("ru") and s.title.has("de")
    for t in CONTENT.terms.values():
        assert all(t.term.has(lang) for lang in ("en", "ru", "de")) and t.definition.has("ru")
    for law in CONTENT.laws.values():
        assert law.summary.has("ru") and law.relevance.has("ru") and law.title.has("de")


def test_every_section_is_reachable_from_the_table_of_contents() -> None:
    children: dict[str | None, list[str]] = {}
    for s in CONTENT.ordered_sections():
        children.setdefault(s.parent, []).append(s.id)
    reached: set[str] = set()
    stack = list(children.get(None, []))
    while stack:
        sid = stack.pop()
        reached.add(sid)
        stack.extend(children.get(sid, []))
    assert reached == set(CONTENT.sections)


def test_every_term_and_reference_is_cited_by_a_section() -> None:
    cited_terms = {t for s in CONTENT.sections.values() for t in s.terms}
    cited_laws = {law for s in CONTENT.sections.values() for law in s.laws}
    assert set(CONTENT.terms) - cited_terms == set()
    assert set(CONTENT.laws) - cited_laws == set()


def test_every_record_names_its_source_section() -> None:
    for s in CONTENT.sections.values():
        assert s.source_heading and s.as_of and s.sources
    for t in CONTENT.terms.values():
        assert t.sections, t.id
    for law in CONTENT.laws.values():
        assert law.sections and law.sources, law.id


def test_report_sections_are_dated_as_the_report_or_their_newest_source() -> None:
    """A section resting on the report alone is as of the report; one that adds later facts
    is as of its newest source, so its date never suggests more (or less) than it knows."""
    for s in CONTENT.sections.values():
        if "report" not in s.sources or s.id == "eu-law-2026":
            continue
        later = [str(CONTENT.sources[x].date) for x in s.sources if x != "report" and CONTENT.sources[x].date]
        if not later:
            assert s.as_of == "2024-02-20", s.id
        else:
            assert "2024-02-20" <= s.as_of <= max(later + ["2024-02-20"]) or s.as_of == max(later), s.id


def test_eu_law_changes_of_1_july_2026_are_carried_on_the_references() -> None:
    for old, new in (("qualification-directive", "qualification-regulation"), ("qd-art-9", "qualification-regulation"),
                     ("dublin-iii-regulation", "ammr")):
        law = CONTENT.laws[old]
        assert law.valid_until == "2026-06-30" and law.superseded_by == new
        assert law.validity_note and "2026" in law.validity_note.text("en") and law.validity_note.has("ru")
    assert CONTENT.laws["qualification-regulation"].valid_from == "2026-07-01"
    assert CONTENT.laws["ammr"].valid_from == "2026-07-01"
    assert "1 July 2026" in CONTENT.sections["eu-law-2026"].body.text("en")


def test_cnda_date_is_shown_with_the_disagreement() -> None:
    cnda = CONTENT.laws["cnda-2023-07-20"]
    assert cnda.date == "2023-07-20"
    note = cnda.verify_note.text("en")
    assert "20 July 2023" in note and "6 September 2023" in note
    assert cnda.verify_note.has("ru")


def test_german_asylum_table_is_complete_and_exact() -> None:
    for lang in ("en", "ru", "de"):
        body = CONTENT.sections["applications-germany"].body.text(lang)
        digits = re.sub(r"[\s\u00a0\u202f.,]", "", body)
        for figure in ("1150", "2337", "626", "904", "361", "836", "81", "11", "123", "33"):
            assert figure in digits, (lang, figure)
        assert "|" in body  # a table, not prose


# (query, expected (kind, id) in the top 3)
EN_QUESTIONS = [
    ("what is a draft evader", ("term", "draft-evader")),
    ("deserter", ("term", "deserter")),
    ("military service refugee", ("term", "draft-evader")),
    ("refusenik", ("term", "refusenik")),
    ("Dublin", ("term", "dublin-iii")),
    ("30,000 roubles", ("term", "summons")),
    ("Halle", ("law", "vg-halle-2023-04-27")),
    ("church asylum", ("term", "church-asylum")),
    ("considerable probability", ("term", "considerable-probability")),
    ("AWOL", ("term", "awol")),
    ("Art. 328", ("law", "ru-criminal-code-328")),
    ("Klyga", ("section", "mobilisation-practice")),
    ("Kazakhstan three months", ("section", "numbers-fled")),
    ("humanitarian visa", ("term", "humanitarian-visa")),
    ("25 million reservists", ("section", "considerable-probability")),
    ("9,000 wrongful recruitments", ("section", "considerable-probability")),
    ("CNDA", ("law", "cnda-2023-07-20")),
    ("Chechen", ("law", "vg-berlin-2023-03-20")),
    ("Bayatyan", ("law", "ecthr-bayatyan")),
    ("Shepherd", ("law", "cjeu-shepherd")),
    ("reservist call-up rejected", ("law", "bamf-decision-2023-09-29")),
    ("1 July 2026", ("section", "eu-law-2026")),
    ("alternative service", ("term", "alternative-civilian-service")),
    ("Mediazona", ("section", "flight-after-mobilisation")),
    ("Eurostat 12,200", ("section", "numbers-fled")),
    ("EKD synod", ("law", "ekd-synod-2023-12-05")),
    ("Clara Bünger", ("law", "bmi-reply-2023-09-20")),
    ("subsidiary protection", ("term", "subsidiary-protection")),
    ("Abschiebungsverbot", ("term", "protection-against-deportation")),
    ("Folgeantrag", ("term", "follow-up-application")),
    ("Kirchenasyl", ("term", "church-asylum")),
]
RU_QUESTIONS = [
    ("мобилизация", ("term", "partial-mobilisation")),
    ("дезертир", ("term", "deserter")),
    ("уклонист", ("term", "draft-evader")),
    ("что такое повестка", ("term", "summons")),
    ("церковное убежище", ("term", "church-asylum")),
    ("Дублинский регламент", ("term", "dublin-iii")),
    ("значительная вероятность", ("term", "considerable-probability")),
    ("альтернативная гражданская служба", ("term", "alternative-civilian-service")),
    ("военкомат", ("term", "military-commissariat")),
    ("отсрочка", ("term", "deferment")),
    ("статус беженца", ("term", "refugee-protection")),
    ("Казахстан", ("section", "numbers-fled")),
]


@pytest.mark.parametrize("query,expected", EN_QUESTIONS + RU_QUESTIONS, ids=[q for q, _ in EN_QUESTIONS + RU_QUESTIONS])
def test_counsellor_question_finds_the_record_in_the_top_three(shipped_book, query: str, expected) -> None:
    top = [(h.kind, h.id) for h in shipped_book.search(query, as_you_type=False, limit=3)]
    assert expected in top, top


def test_russian_questions_return_russian_records(shipped_book) -> None:
    for query, _expected in RU_QUESTIONS:
        assert {h.lang for h in shipped_book.search(query, limit=5)} == {"ru"}
