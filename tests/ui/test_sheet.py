"""The guidance sheet as a client gets it: ≤ 2 A4 pages for every outcome, in English and
Russian, with the category, the as-of date, no leftovers from an earlier client, no client
data in the PDF's metadata."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from app.wizard.definition import load_definition
from tests.sheet_cases import example_answers, longest_answers

DEFINITION = load_definition()
EXAMPLES = example_answers()
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


def render(book, answers, lang: str, out: Path, note: str = "", name: str = "", page_size: str = "A4",
           safe: bool = False) -> Path:
    from app.ui.sheet_printer import sheet_document, write_pdf

    return write_pdf(sheet_document(DEFINITION, answers, lang, book, note=note, client_name=name,
                                    page_size=page_size, safe=safe), out, page_size)


def _as_read(text: str) -> str:
    """The text as a person reads it: the font's ligatures (the "ff" in a content hash comes out
    of pdftotext as one character, "ﬀ") are the letters they stand for."""
    return unicodedata.normalize("NFKC", text)


def pdf_page_text(path: Path, page: int) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return " ".join(_as_read(out).split())


def pdf_text(path: Path) -> str:
    return _as_read(subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def split_across_lines(path: Path) -> list[str]:
    """Where the PDF puts on two lines a day and its month, a paragraph sign, an article or
    "(EU)" and its number, or a number and the word it forms with a hyphen, or starts a line
    with «г.» or a dash (app.render.typography keeps them together)."""
    import re

    from app.langs import MONTHS

    month = "|".join(m for months in MONTHS.values() for m in months)
    lines = _as_read(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                    check=True).stdout).splitlines()
    return [f"{a[-25:]} / {b[:25]}" for a, b in zip(lines, lines[1:], strict=False)
            if (re.search(r"\b\d{1,2}\.?\s*$", a) and re.match(rf"\s*(?:{month})\b", b))
            or re.search(r"(?:§§?|\b\d+-|\((?:EU|ЕС)\)|(?<![\w.])(?:ст|п|подп|абз|ч|Art|Abs|Nr)\.)\s*$", a)
            or re.match(r"\s*(?:гг?\.|[—–]\s)", b)]


CASES = [(name, lang, worst) for name in EXAMPLES for lang in ("en", "ru") for worst in (False, True)]


@needs_poppler
@pytest.mark.parametrize("name,lang,worst", CASES, ids=[f"{n}-{lg}-{'longest' if w else 'example'}" for n, lg, w in CASES])
def test_sheet_fits_two_pages_and_says_what_it_must(qapp, shipped_book, tmp_path: Path, name: str, lang: str,
                                                      worst: bool) -> None:
    from app.wizard.engine import step

    answers = longest_answers(DEFINITION, EXAMPLES[name], lang) if worst else EXAMPLES[name]
    outcome = step(DEFINITION, answers, lang).outcome
    pdf = render(shipped_book, answers, lang, tmp_path / "sheet.pdf", note="Bring the envelope to the next meeting.")
    text = " ".join(pdf_text(pdf).split())
    pages = pdf_pages(pdf)
    # the sheet itself fits two pages; only the note may move to a continuation page of its own
    continued = {"en": "Continuation: counsellor's note", "ru": "Продолжение: заметка консультанта"}[lang]
    assert pages <= 2 or (pages == 3 and pdf_page_text(pdf, 3).startswith(continued)), \
        f"{name} ({lang}) takes {pages} pages"
    assert " ".join(outcome.category.split()) in text
    from app.langs import local_date

    assert local_date(shipped_book.meta["as_of"], lang) in text
    if lang == "ru":
        assert "Это информация, а не юридическая консультация" in text
    else:
        assert "This is information, not legal advice" in text
    assert split_across_lines(pdf) == []  # before app.render.typography: 40 in the example sheets


@needs_poppler
@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_german_sheets_keep_dates_and_paragraph_numbers_on_one_line(qapp, shipped_book, tmp_path: Path,
                                                                    paper: str) -> None:
    """The German dates the translators saw broken ("1." / "Januar 2023"), on every example."""
    split = [f"{name}: {where}" for name in EXAMPLES
             for where in split_across_lines(render(shipped_book, EXAMPLES[name], "de", tmp_path / f"{name}.pdf",
                                                    page_size=paper))]
    assert split == []


@needs_poppler
def test_no_text_from_a_previous_client(qapp, shipped_book, tmp_path: Path) -> None:
    answers = EXAMPLES["deserter"]
    first = render(shipped_book, answers, "en", tmp_path / "a.pdf", note="NOTE-OF-CLIENT-A", name="Ivan Petrov")
    assert "NOTE-OF-CLIENT-A" in pdf_text(first) and "Ivan Petrov" in pdf_text(first)
    second = render(shipped_book, EXAMPLES["draft-evader"], "en", tmp_path / "b.pdf")
    text = pdf_text(second)
    assert "NOTE-OF-CLIENT-A" not in text and "Ivan Petrov" not in text


@needs_poppler
def test_pdf_metadata_carries_no_client_data(qapp, shipped_book, tmp_path: Path) -> None:
    pdf = render(shipped_book, EXAMPLES["deserter"], "ru", tmp_path / "m.pdf", note="Secret note", name="Anna K")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Secret" not in info and "Anna" not in info
    assert any(line.split(":", 1)[1].strip() == "Objector Guide" for line in info.splitlines() if line.startswith("Title:"))
    assert not [line for line in info.splitlines() if line.startswith("Author:") and line.split(":", 1)[1].strip()]


@needs_poppler
def test_letter_paper_is_selectable(qapp, shipped_book, tmp_path: Path) -> None:
    pdf = render(shipped_book, EXAMPLES["draft-evader"], "en", tmp_path / "l.pdf", page_size="Letter")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts" in info


def test_typed_text_is_escaped(shipped_book) -> None:
    from app.sheet.service import sheet_html

    html = sheet_html(DEFINITION, EXAMPLES["deserter"], "en", shipped_book, note="<script>x</script> & <b>",
                      client_name="<img src=x>")
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html


def test_sheet_cli_writes_a_russian_pdf(tmp_path: Path) -> None:
    import sys

    out = tmp_path / "s.pdf"
    ex = Path(__file__).resolve().parents[2] / "resources" / "wizard" / "examples" / "deserter.json"
    proc = subprocess.run([sys.executable, "-m", "app", "sheet", "--answers", str(ex), "--lang", "ru", "--out", str(out)],
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert proc.returncode == 0, proc.stderr
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run([sys.executable, "-m", "app", "sheet", "--answers", str(tmp_path / "none.json"), "--out",
                          str(out)], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "not found" in bad.stderr and "Traceback" not in bad.stderr


def test_a_sheet_can_be_printed_before_anything_has_made_a_qapplication(tmp_path: Path) -> None:
    """A caller that makes the document first (the benchmark's `--only sheet` did) gets one, not a
    segmentation fault in Qt's font database, which needs a QApplication."""
    import sys

    script = ("import json, sys; from pathlib import Path\n"
              "from app.sheet.service import sheet_html\n"
              "from app.store.guidebook import Guidebook\n"
              "from app.ui.sheet_printer import document_from_html, write_pdf\n"
              "from app.wizard.definition import load_definition\n"
              "answers = json.loads(Path(sys.argv[1]).read_text(encoding='utf-8'))\n"
              "write_pdf(document_from_html(sheet_html(load_definition(), answers, 'ru', Guidebook.open())), "
              "Path(sys.argv[2]))\n")
    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "s.pdf"
    done = subprocess.run([sys.executable, "-c", script, str(root / "resources" / "wizard" / "examples" / "deserter.json"),
                           str(out)], capture_output=True, text=True, timeout=120, cwd=root)
    assert done.returncode == 0, done.stderr[-2000:]
    assert out.read_bytes().startswith(b"%PDF")


DISCLAIMER = {"en": "This is information, not legal advice", "ru": "Это информация, а не юридическая консультация"}


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_long_note_moves_to_a_continuation_page_that_repeats_the_disclaimer(qapp, shipped_book, tmp_path: Path,
                                                                                lang: str) -> None:
    from app.wizard.engine import step

    answers = longest_answers(DEFINITION, EXAMPLES["reservist-call-up"], lang)
    note = "\n".join(f"Line {n}: bring the envelope, the register printout and the military ID." for n in range(60))
    pdf = render(shipped_book, answers, lang, tmp_path / "long.pdf", note=note)
    pages = pdf_pages(pdf)
    assert pages >= 3
    first_two = pdf_page_text(pdf, 1) + " " + pdf_page_text(pdf, 2)
    last = " ".join(pdf_page_text(pdf, n) for n in range(3, pages + 1))
    outcome = step(DEFINITION, answers, lang).outcome
    assert " ".join(outcome.category.split()) in first_two and DISCLAIMER[lang] in first_two
    assert "Line 0:" in last and "Line 52:" in last and DISCLAIMER[lang] in pdf_page_text(pdf, 3)
    assert "Line 0:" not in first_two


@needs_poppler
def test_a_short_note_stays_on_the_sheet(qapp, shipped_book, tmp_path: Path) -> None:
    pdf = render(shipped_book, EXAMPLES["still-serving"], "en", tmp_path / "short.pdf", note="Call on Monday.")
    assert pdf_pages(pdf) <= 2 and "Call on Monday." in pdf_text(pdf)


@needs_poppler
@pytest.mark.parametrize("name", sorted(EXAMPLES))
@pytest.mark.parametrize("lang", ["en", "ru", "de"])
def test_the_safe_sheet_names_nothing_sensitive(qapp, shipped_book, tmp_path: Path, name: str, lang: str) -> None:
    from app.sheet.sensitive import find_sensitive

    pdf = render(shipped_book, EXAMPLES[name], lang, tmp_path / "safe.pdf", safe=True, name="Anna K")
    text = " ".join(pdf_text(pdf).split())
    assert find_sensitive(text) == [], text
    assert "Anna K" in text and pdf_pages(pdf) == 1
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Objector" not in info and "Title:" in info


def test_sensitive_words_are_found_in_every_language() -> None:
    from app.sheet.sensitive import find_sensitive

    assert find_sensitive("He is a deserter; Дезертирство; Asylantrag; call-up") == [
        "deserter", "Дезертирство", "Asylantrag", "call-up"]
    assert find_sensitive("Keep every letter with its envelope.") == []


def test_the_full_sheet_spells_out_abbreviations_once_and_shows_three_dates(shipped_book) -> None:
    from app.sheet.service import sheet_html

    html = sheet_html(DEFINITION, EXAMPLES["reservist-call-up"], "en", shipped_book, today="2026-11-29")
    assert html.count("BAMF (Federal Office for Migration and Refugees)") == 1
    assert html.count("BAMF") > 1
    assert "Dates behind this sheet: the report of 2024-02-20; the newest source used, 20" in html
    assert f"this edition of the guidebook, {shipped_book.meta['as_of']}" in html
    ru = sheet_html(DEFINITION, EXAMPLES["reservist-call-up"], "ru", shipped_book)
    assert ru.count("BAMF (Федеральное ведомство по делам миграции и беженцев Германии)") == 1
    assert "CNDA (French National Court of Asylum; 20\u00a0July 2023" in html  # a bracket that follows takes it in


def test_every_answer_is_printed_as_a_sentence_and_time_limits_come_first(shipped_book) -> None:
    from app.sheet.service import sheet_html

    answers = {**EXAMPLES["draft-evader"], "stage": "rejected", "rejection": "recent"}
    html = sheet_html(DEFINITION, answers, "en", shipped_book)
    assert "Your asylum application was rejected, or another state was named responsible for it." in html
    assert "You have never served in the Russian armed forces." in html
    box, situation = html.index("Read this first"), html.index("Your situation as you described it")
    assert box < situation and html.index("Rechtsbehelfsbelehrung") < situation


# ---- property: whatever the client answers, the sheet is two pages at most

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _complete(data: st.DataObject) -> dict:
    """Walk the wizard choosing a random answer at every question, to an outcome."""
    from app.wizard.engine import step

    answers: dict = {}
    while (q := step(DEFINITION, answers).question) is not None:
        ids = [o.id for o in q.options]
        answers[q.id] = (data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=4, unique=True))
                         if q.multiple else data.draw(st.sampled_from(ids)))
    return answers


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data(), lang=st.sampled_from(["en", "ru", "de"]), paper=st.sampled_from(["A4", "Letter"]))
def test_random_answer_sets_never_print_more_than_two_pages(qapp, shipped_book, data, lang: str, paper: str) -> None:
    from app.ui.sheet_printer import page_count, sheet_document

    answers = _complete(data)
    assert page_count(sheet_document(DEFINITION, answers, lang, shipped_book, page_size=paper), paper) <= 2, answers


def test_a_sheet_with_an_untranslated_text_is_refused_not_printed(shipped_book) -> None:
    import dataclasses

    from app.sheet.compose import UntranslatedSheet, compose_sheet
    from app.sheet.service import sheet_input

    inp = sheet_input(DEFINITION, EXAMPLES["deserter"], "de", shipped_book)
    broken = dataclasses.replace(inp, outcome=dataclasses.replace(inp.outcome, summary="[EN] Only English."))
    with pytest.raises(UntranslatedSheet, match="not fully translated into de"):
        compose_sheet(broken, shipped_book, "de")
    assert "[EN]" not in compose_sheet(inp, shipped_book, "de")


def test_ru_and_de_sheets_write_dates_the_local_way(shipped_book) -> None:
    from app.sheet.service import sheet_html

    for lang in ("ru", "de"):
        html = sheet_html(DEFINITION, EXAMPLES["reservist-call-up"], lang, shipped_book, today="2026-11-29")
        assert "29.11.2026" in html and "20.02.2024" in html
        assert "2026-11-29" not in html and "2024-02-20" not in html
    ru = sheet_html(DEFINITION, EXAMPLES["reservist-call-up"], "ru", shipped_book)
    assert ru.index("<th>Русский</th>") < ru.index("<th>Deutsch</th>") < ru.index("<th>English</th>")


@needs_poppler
def test_pages_are_numbered_and_the_content_hash_is_small_print_at_the_end(qapp, shipped_book, tmp_path: Path) -> None:
    pdf = render(shipped_book, EXAMPLES["reservist-call-up"], "en", tmp_path / "n.pdf")
    assert pdf_pages(pdf) == 2
    first, second = pdf_page_text(pdf, 1), pdf_page_text(pdf, 2)
    assert first.replace(" ", "").endswith("1/2") and second.replace(" ", "").endswith("2/2")
    version = shipped_book.meta["content_version"]
    assert version not in first[:400] and version in second


def test_the_organisation_is_printed_on_the_full_sheet_only(shipped_book) -> None:
    from app.sheet.service import sheet_html

    org = {"name": "Beratung <Ost>", "phone": "+49 30 123", "line": "Mo–Fr 10–16"}
    full = sheet_html(DEFINITION, EXAMPLES["deserter"], "ru", shipped_book, organisation=org)
    assert "Beratung &lt;Ost&gt; · +49 30 123 · Mo–Fr 10–16" in full
    safe = sheet_html(DEFINITION, EXAMPLES["deserter"], "ru", shipped_book, organisation=org, safe=True)
    assert "Beratung" not in safe and "+49 30 123" not in safe


def test_a_circumstance_title_that_ends_in_a_full_stop_gets_no_second_one(shipped_book) -> None:
    """«Зарегистрировано до 12 июня 2026 г.» is a title and a sentence end at once: the sheet
    prints one full stop, never «г..» (fresh translator review)."""
    import json

    from app.sheet.service import sheet_html

    answers = json.loads((Path(__file__).parents[2] / "docs" / "sheets" / "reservist.json").read_text(encoding="utf-8"))
    html = sheet_html(DEFINITION, answers, "ru", shipped_book)
    assert "2026\u00a0г.</b>" in html and "г..</b>" not in html


def test_headings_print_at_the_size_the_stylesheet_gives_them(qapp) -> None:
    """Qt's HTML reader scales <h2> to 1.5 times the document font whatever the stylesheet says:
    the sheet's 10 pt section headings printed at 13.5 pt and took a line each that the
    longest sheets needed."""
    from app.sheet.layout import sheet_css
    from app.ui.sheet_printer import document_from_html

    doc = document_from_html("<h1>Sheet</h1><h2>Your situation</h2><p>text</p>", sheet_css())
    sizes = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            sizes.append(block.begin().fragment().charFormat().font().pointSizeF())
        block = block.next()
    assert sizes == [13.0, 10.0]  # sheet.css: h1 13pt, h2 10pt


def test_a_law_named_as_the_replacement_on_another_line_gets_no_line_of_its_own(shipped_book) -> None:
    """"⚠ no longer in force since 01.07.2026; replaced by Regulation (EU) 2024/1347" already
    names the Regulation: a line of its own would say it twice."""
    from app.sheet.service import sheet_html

    answers = longest_answers(DEFINITION, EXAMPLES["called-up"], "en")  # lists Art. 9(2)(e) and, boxed, the Regulation
    html = sheet_html(DEFINITION, answers, "en", shipped_book)
    references = html[html.index("Legal references"):html.index("<h2>", html.index("Legal references"))]
    assert "no longer in force" in references and references.count("2024/1347") == 1, references


# ---- the longest sheets found: each language, A4 and Letter, two pages

# Found by searching answer sets for the tallest sheet per language and paper (hill climbing
# over the wizard's answers, measured with Qt's layout); every one of them printed three pages
# before the tight layout. "hypothesis-ru" is the set the property test above found first.
LONGEST_SHEETS: dict[str, dict] = {
    "hypothesis-ru": {
        "stage": "rejected", "rejection": "recent", "registered": "before-june-2026", "service": "discharged",
        "service-kind": "conscript", "deployment": "front", "call-up": "basic", "objection": "applied-rejected",
        "sex": "woman", "woman-register": "yes", "age": "under-18", "accompanied": "yes",
        "nationality": "other-citizenship", "minority": "chechen", "opposition": "public", "location": "russia",
        "route": "visa-other-state", "documents": ["register-entry"]},
    "longest-ru": {
        "stage": "rejected", "rejection": "older", "registered": "unknown", "service": "discharged",
        "service-kind": "contract", "deployment": "not-said", "call-up": "mobilisation", "objection": "applied-pending",
        "sex": "woman", "woman-register": "yes", "age": "under-18", "accompanied": "no",
        "nationality": "residence-right", "minority": "chechen", "opposition": "public", "location": "russia",
        "route": "german-visa", "documents": ["service-proof", "case-papers", "asylum-decision"]},
    "longest-de": {
        "stage": "rejected", "rejection": "older", "registered": "unknown", "service": "discharged",
        "service-kind": "mobilised", "deployment": "front", "call-up": "mobilisation", "objection": "applied-rejected",
        "sex": "woman", "woman-register": "yes", "age": "under-18", "accompanied": "no",
        "nationality": "other-citizenship", "minority": "chechen", "opposition": "public", "location": "russia",
        "route": "visa-other-state",
        "documents": ["military-id", "service-proof", "case-papers", "objection-application", "anti-war-evidence",
                      "asylum-decision"]},
    "longest-en": {
        "stage": "rejected", "rejection": "older", "registered": "unknown", "service": "discharged",
        "service-kind": "conscript", "deployment": "not-said", "call-up": "mobilisation", "objection": "applied-rejected",
        "sex": "woman", "woman-register": "yes", "age": "under-18", "accompanied": "yes",
        "nationality": "residence-right", "minority": "naturalised", "opposition": "private", "location": "russia",
        "route": "visa-other-state",
        "documents": ["asylum-decision", "service-proof", "anti-war-evidence", "case-papers", "register-entry",
                      "objection-application", "call-up-notice", "military-id"]},
}
LONGEST_CASES = [(name, lang, paper) for name in LONGEST_SHEETS for lang in ("en", "ru", "de") for paper in ("A4", "Letter")]


@needs_poppler
@pytest.mark.parametrize("name,lang,paper", LONGEST_CASES, ids=[f"{n}-{lg}-{p}" for n, lg, p in LONGEST_CASES])
def test_the_longest_sheets_found_print_on_two_pages(qapp, shipped_book, tmp_path: Path, name: str, lang: str,
                                                      paper: str) -> None:
    """Counted and printed: the PDF, made as the counsellor makes it, has two pages, and the
    disclaimer and the content hash (the last lines) are on them."""
    from app.ui.sheet_printer import page_count, sheet_document

    answers = LONGEST_SHEETS[name]
    assert page_count(sheet_document(DEFINITION, answers, lang, shipped_book, page_size=paper), paper) <= 2
    pdf = render(shipped_book, answers, lang, tmp_path / "longest.pdf", page_size=paper)
    assert pdf_pages(pdf) <= 2, f"{name} ({lang}, {paper}) prints {pdf_pages(pdf)} pages"
    text = " ".join(pdf_text(pdf).split())
    assert shipped_book.meta["content_version"] in text
    if lang in DISCLAIMER:
        assert DISCLAIMER[lang] in text


def test_the_tight_layout_leaves_nothing_out_and_keeps_the_compact_type(qapp, shipped_book) -> None:
    """The tight layout is the compact sheet with closer lines, smaller headings and narrower
    margins: the same words, the body type no smaller than compact's."""
    from app.sheet.layout import SheetLayout, indent_pt, sheet_css
    from app.sheet.service import sheet_html
    from app.ui.sheet_printer import document_from_html

    html = sheet_html(DEFINITION, LONGEST_SHEETS["longest-ru"], "ru", shipped_book, compact=True)
    compact = document_from_html(html, sheet_css(compact=True))
    tight = document_from_html(html, sheet_css(compact=True, tight=True), indent=indent_pt(SheetLayout(False, True, True)))
    assert tight.toPlainText() == compact.toPlainText()

    def smallest_type(doc) -> float:
        sizes, block = [], doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                if it.fragment().text().strip():
                    sizes.append(it.fragment().charFormat().font().pointSizeF())
                it += 1
            block = block.next()
        return min(sizes)

    assert smallest_type(tight) >= smallest_type(compact) >= 7.0


def test_the_tight_layout_is_tried_last_and_a_sheet_without_a_note_gets_no_continuation() -> None:
    from app.sheet.layout import layouts_to_try

    assert [tuple(t) for t in layouts_to_try("")] == [(False, False, False), (False, True, False), (False, True, True)]
    with_note = layouts_to_try("Call on Monday.")
    assert [t.tight for t in with_note] == [False, False, False, False, True, True]
    assert with_note[-2:] == [(False, True, True), (True, True, True)]


def test_a_tight_sheet_is_printed_on_the_margins_it_was_counted_on(qapp, shipped_book) -> None:
    """The tight layout's narrower margins travel with the document: the page count and every
    printer (the PDF writer here) use them, or the PDF would run to a third page."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from app.sheet.layout import TIGHT_MARGINS_MM
    from app.ui.sheet_printer import configure, document_margins, sheet_document, to_printer

    doc = sheet_document(DEFINITION, LONGEST_SHEETS["longest-ru"], "ru", shipped_book, page_size="Letter")
    margins = document_margins(doc)
    assert margins is not None
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == TIGHT_MARGINS_MM
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = configure(QPdfWriter(buffer), "Letter")
    to_printer(doc, writer)
    used = writer.pageLayout().margins(QPageLayout.Unit.Millimeter)
    assert round(used.left(), 1) == TIGHT_MARGINS_MM[0] and round(used.bottom(), 1) == TIGHT_MARGINS_MM[3]
    loose = sheet_document(DEFINITION, EXAMPLES["deserter"], "en", shipped_book)
    assert document_margins(loose) is None  # an ordinary sheet keeps the printer's margins


def test_the_printed_sheet_keeps_its_kerning_while_the_window_skips_shaping(qapp, make_window) -> None:
    """The window lays Latin and Cyrillic text out without shaping (#19: faster, and legible
    without it); a printed sheet is typeset with the font's kerning, as before."""
    from PySide6.QtGui import QFont, QTextDocument

    from app.ui.sheet_printer import document_from_html

    pairs = "AVAVAVAVAVAVAVAV ToToToTo WAWAWAWA"
    sheet = document_from_html(f"<p>{pairs}</p>")
    unkerned = QTextDocument()
    plain = QFont(sheet.defaultFont())
    plain.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    unkerned.setDefaultFont(plain)
    unkerned.setPlainText(pairs)
    assert sheet.idealWidth() < unkerned.idealWidth() - 5  # the sheet's pairs are kerned

    w = make_window()
    w.reader.show_html(f"<p>{pairs}</p>")
    window_plain = QFont(w.reader.font())
    window_plain.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    window_kerned = QFont(w.reader.font())
    window_kerned.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    widths = {}
    for name, font in (("plain", window_plain), ("kerned", window_kerned)):
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setPlainText(pairs)
        widths[name] = doc.idealWidth()
    assert widths["kerned"] < widths["plain"]  # kerning would show at this size
    assert abs(w.reader.document().idealWidth() - widths["plain"]) < 2  # and the window does not kern
    printed = w._page_document()  # File → Print / Export as PDF of the page shown
    printed.setTextWidth(-1)
    assert abs(printed.idealWidth() - widths["kerned"]) < 2  # typeset with the font's kerning
