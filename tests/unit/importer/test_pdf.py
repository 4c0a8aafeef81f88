"""PDF reports: what a counsellor sees in the preview, and one clear sentence for each bad file.

The PDFs are in tests/fixtures/pdf (made by make_pdfs.py there); the variants (password,
truncated, no outline …) are made here with pypdf from them.
"""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest

from app.errors import UserError
from app.importer import pdf_text
from app.importer.api import commit, list_imports, preview, preview_bytes
from app.importer.pdf_text import Line, PdfError

PDFS = Path(__file__).resolve().parents[2] / "fixtures" / "pdf"


def _bytes(name: str) -> bytes:
    return (PDFS / name).read_bytes()


def _rewrite(data: bytes, edit=None, **encrypt) -> bytes:
    """The PDF `data` written again by pypdf: without its outline and document information
    (`edit` can change the writer first), encrypted when `encrypt` says how."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    if edit:
        edit(writer)
    if encrypt:
        writer.encrypt(**encrypt)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _sentence(data: bytes, name: str = "report.pdf") -> str:
    with pytest.raises(UserError) as info:
        preview_bytes(data, name)
    message = str(info.value)
    assert "\n" not in message and name in message
    return message


# ---------------------------------------------------------------- what the preview shows

def test_english_report_sections_come_from_the_outline() -> None:
    p = preview(PDFS / "en-report.pdf")
    assert (p.fmt, p.pages, p.encoding) == ("pdf", 3, "PDF text layer")
    assert p.metadata.title == "Conscientious Objection in Russia 2024"  # document information Title
    assert p.toc_lines() == [
        "Conscientious Objection in Russia",   # the cover text before the first bookmark
        "1 Introduction",
        "2 The Legal Situation",
        "  2.1 Alternative Civilian Service",
        "  2.2 Criminal Liability",
        "3 Asylum in Germany",
        "  3.1 Evidence",
        "4 Recommendations",
    ]
    intro = next(s for s in p.sections if s.title == "1 Introduction")
    assert intro.text.startswith("Since September 2022 the mobilisation has reached men of all ages. Many of them "
                                 "have left the country;")  # lines joined into one paragraph
    assert intro.text.count("\n\n") == 1                  # two paragraphs


def test_running_header_page_numbers_and_hyphens_are_cleaned() -> None:
    text = preview(PDFS / "en-report.pdf").outline.text
    assert "Page 1 of 3" not in text and "Page 3" not in text
    assert "Connection e.V. · Conscientious" not in text        # the running header
    assert "the routes to protection that are open" in text     # "pro-" / "tection" joined
    assert "pro-" not in text
    # paragraphs that run over a page break are one paragraph again
    assert "Desertion and unauthorised absence carry prison terms" in text
    assert "The authors recommend that counsellors keep a written record" in text
    assert "call-up" in text                                    # a hyphen inside a line stays


def test_without_an_outline_headings_are_found_in_the_text() -> None:
    p = preview_bytes(_rewrite(_bytes("en-report.pdf")), "no-outline.pdf")
    titles = [s.title for s in p.sections]
    assert titles[:3] == ["Conscientious Objection in Russia", "1 Introduction", "2 The Legal Situation"]
    assert "2.1 Alternative Civilian Service" in titles and "4 Recommendations" in titles
    assert p.metadata.title == "Conscientious Objection in Russia"  # no Title: the first heading


def test_russian_page() -> None:
    p = preview(PDFS / "ru-page.pdf")
    assert p.metadata.lang == "ru"
    assert p.metadata.title == "Отказ от военной службы"
    assert [s.title for s in p.sections] == ["Отказ от военной службы", "Альтернативная гражданская служба",
                                             "Убежище в Германии"]
    text = p.outline.text
    assert "о практике военкоматов" in text                    # "прак-" / "тике" joined
    assert "Ёлки и ёжики: буква «ё» тоже должна сохраниться." in text
    assert not text.startswith("1")                             # the page number in the footer


def test_german_page_keeps_its_umlauts() -> None:
    p = preview(PDFS / "de-page.pdf")
    assert p.metadata.lang == "de"
    assert p.metadata.title == "Kriegsdienstverweigerung in Russland"
    assert [s.title for s in p.sections] == ["Kriegsdienstverweigerung in Russland", "Zivildienst und Strafen",
                                             "Schutz in Deutschland"]
    text = p.outline.text
    for words in ("Dieser Überblick", "unterstützen", "Behörden", "der Europäischen Union",
                  "Größere Gruppen", "Äußerungen", "Übergänge", "Straßen, Öfen und Füße", "Flüchtlinge prüft"):
        assert words in text


def test_libreoffice_pdf_with_german_and_russian_headings() -> None:
    p = preview(PDFS / "lo-de-ru.pdf")
    assert p.toc_lines() == ["Überblick für Beraterinnen", "  Schutz in Deutschland", "Отказ от военной службы"]
    assert p.metadata.title == "Überblick für Beraterinnen"   # no Title in the file: the first heading
    text = p.outline.text
    assert "Äußerungen gegen den Krieg werden verfolgt; Übergänge über die Grenze sind schwierig." in text
    assert "Ёлки и ёжики: буква «ё» тоже должна сохраниться, и длинные строки должны переноситься правильно." in text


def test_decomposed_umlauts_and_ligatures_are_written_as_one_letter() -> None:
    assert pdf_text._clean("Fu\u0308sse, O\u0308fen, ﬁnden, Stra\u00a0ße") == "Füsse, Öfen, finden, Stra ße"


def test_imported_pdf_is_stored_with_its_title_and_format() -> None:
    result = commit(preview(PDFS / "de-page.pdf"))
    assert (result.doc.title, result.doc.format, result.doc.lang) == ("Kriegsdienstverweigerung in Russland",
                                                                      "pdf", "de")
    assert [d.title for d in list_imports()] == ["Kriegsdienstverweigerung in Russland"]


def test_a_pdf_with_another_suffix_is_still_read_as_pdf() -> None:
    p = preview_bytes(_bytes("de-page.pdf"), "download")
    assert p.fmt == "pdf" and p.metadata.title == "Kriegsdienstverweigerung in Russland"


def test_a_password_free_pdf_restricted_against_copying_imports() -> None:
    data = _rewrite(_bytes("de-page.pdf"), user_password="", owner_password="owner", algorithm="RC4-128",
                    permissions_flag=0)
    assert "Größere Gruppen" in preview_bytes(data, "restricted.pdf").outline.text


def test_outline_titles_missing_from_the_text_still_head_their_sections() -> None:
    def bookmarks(writer) -> None:
        writer.add_outline_item(title="Einleitung", page_number=0)  # not in the text: put in where it points
        writer.add_outline_item(title="Zivildienst und Strafen", page_number=0)  # in the text

    p = preview_bytes(_rewrite(_bytes("de-page.pdf"), bookmarks), "bookmarks.pdf")
    assert [s.title for s in p.sections] == ["Einleitung", "Zivildienst und Strafen"]
    assert p.sections[0].text.startswith("Kriegsdienstverweigerung in Russland\n\nDieser Überblick")
    assert p.sections[1].text.startswith("Größere Gruppen")


# ---------------------------------------------------------------- bad files: one sentence each

def test_password_protected_pdf() -> None:
    data = _rewrite(_bytes("en-report.pdf"), user_password="secret", owner_password="owner", algorithm="RC4-128")
    message = _sentence(data)
    assert "password-protected" in message and "unprotected copy" in message


def _aes_readable() -> bool:
    """pypdf decrypts AES only with the optional `cryptography` or `pycryptodome` installed."""
    from pypdf._crypt_providers import crypt_provider

    return crypt_provider[0] != "local_crypt_fallback"


def test_aes_encrypted_pdf_with_a_password() -> None:
    message = _sentence(_bytes("aes-password.pdf"), "aes-password.pdf")
    assert ("password-protected" if _aes_readable() else "encrypted PDF") in message
    assert "unprotected copy" in message


def test_aes_encrypted_pdf_without_a_password() -> None:
    """Copying "forbidden", no password to open: read when pypdf can decrypt AES, else a sentence."""
    if _aes_readable():
        assert preview(PDFS / "aes-owner-only.pdf").metadata.title == "Conscientious Objection in Russia 2024"
    else:
        message = _sentence(_bytes("aes-owner-only.pdf"), "aes-owner-only.pdf")
        assert "encrypted PDF" in message and "unprotected copy" in message


def test_scan_without_a_text_layer() -> None:
    message = _sentence(_bytes("scan.pdf"), "scan.pdf")
    assert "no text layer" in message and "scan" in message and "OCR" in message


def test_scan_whose_only_text_is_a_scanner_stamp() -> None:
    def stamp(writer) -> None:
        for page in writer.pages:
            page.merge_page(_stamp_page())

    message = _sentence(_rewrite(_bytes("scan.pdf"), stamp), "camscanner.pdf")
    assert "no text layer" in message


def _stamp_page():
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(_one_line_pdf(b"Scanned with CamScanner"))).pages[0]


def _one_line_pdf(text: bytes, ops: bytes = b"") -> bytes:
    """A minimal valid PDF: one page drawing `text` in Helvetica (and `ops`, more drawing)."""
    stream = b"BT /F1 9 Tf 72 30 Td (" + text + b") Tj ET\n" + ops
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_truncated_pdf() -> None:
    data = _bytes("en-report.pdf")
    message = _sentence(data[: len(data) // 2])
    assert "incomplete PDF" in message and "again" in message


def test_damaged_pdf() -> None:
    data = _bytes("en-report.pdf")
    damaged = data[:9] + bytes(range(256)) * 20 + b"\n%%EOF\n"
    assert "damaged PDF" in _sentence(damaged)


@pytest.mark.parametrize("data, words", [
    (b"Just a text file someone named .pdf\n", "is not a PDF document"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "looks like a PNG image"),
    (b"", "is empty"),
    (b"  \n", "is empty"),
])
def test_a_pdf_that_is_not_a_pdf(data: bytes, words: str) -> None:
    assert words in _sentence(data)


def test_too_many_pages_is_refused_before_the_pages_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_text, "MAX_PAGES", 2)
    message = _sentence(_bytes("en-report.pdf"))
    assert "has 3 pages" in message and "longer than 2 pages" in message


def test_a_page_tree_too_large_to_walk_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf_text._LIMITS, "page_tree_maximum_entries", 2)
    assert "too large or too complex" in _sentence(_bytes("en-report.pdf"))


def test_a_wrong_page_count_in_the_file_is_not_believed() -> None:
    data = _bytes("en-report-uncompressed.pdf").replace(b"/Count 3 /Kids", b"/Count 999999 /Kids")
    assert b"/Count 999999" in data
    assert preview_bytes(data, "report.pdf").pages == 3


def test_too_much_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_text, "MAX_TEXT_CHARS", 1000)
    assert "more than 1,000 characters of text" in _sentence(_bytes("en-report.pdf"))


def test_a_page_that_takes_too_long_is_stopped_in_the_middle(monkeypatch: pytest.MonkeyPatch) -> None:
    # 40,000 strings on one line of one page: pypdf needs about 4 s for them (0.4 s to parse,
    # the rest to draw); without the clock checked between drawing operations it goes on to the end
    ops = b"(" + b"abcdefghij" * 4 + b") Tj "
    data = _one_line_pdf(b"Slow page", b"BT /F1 9 Tf " + ops * 40_000 + b"ET\n")
    monkeypatch.setattr(pdf_text, "MAX_SECONDS", 0.2)
    started = time.perf_counter()
    message = _sentence(data)
    assert "takes too long to read" in message
    assert time.perf_counter() - started < 2.0


def test_a_page_too_complex_to_parse_is_left_out() -> None:
    ops = b"0 0 Td " * 100_000   # 300,000 items: over pypdf's parsing budget (LimitReachedError)
    data = _one_line_pdf(b"Drawn map", b"BT /F1 9 Tf " + ops + b"ET\n")
    started = time.process_time()
    assert "damaged PDF" in _sentence(data)   # its only page could not be read
    assert time.process_time() - started < 5.0


def test_preview_bytes_never_raises_anything_but_a_sentence_for_mangled_pdfs() -> None:
    import random

    rng = random.Random(4)
    seeds = [_bytes(n) for n in ("en-report-uncompressed.pdf", "de-page.pdf", "ru-page.pdf")]
    for _ in range(150):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(len(data))
            data[i:i + rng.randint(1, 8)] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 8)))
        started = time.process_time()
        try:
            p = preview_bytes(bytes(data), "mangled.pdf")
        except UserError as exc:
            assert "\n" not in str(exc)
        else:
            assert all(s.text in p.outline.text for s in p.sections)
        assert time.process_time() - started < 1.0


# ---------------------------------------------------------------- the cleaning rules, line by line

def _pages(*pages: list[str]) -> list[list[Line]]:
    return [[Line(t) for t in page] for page in pages]


def _texts(pages: list[list[Line]]) -> list[list[str]]:
    return [[ln.text for ln in page] for page in pages]


def test_running_lines_repeating_on_most_pages_are_dropped() -> None:
    pages = _pages(
        ["Annual Report 2024", "Cover text of the report.", "Page 1 of 4"],
        ["Annual Report 2024", "Body of page two.", "Page 2 of 4"],
        ["Annual Report 2024", "Body of page three.", "Table 7", "Page 3 of 4"],
        ["Body of the last page, no header.", "- 4 -"],
    )
    assert _texts(pdf_text._drop_running_lines(pages, set())) == [
        ["Cover text of the report."], ["Body of page two."], ["Body of page three.", "Table 7"],
        ["Body of the last page, no header.", "- 4 -"],  # "- 4 -" is alone of its kind
    ]


def test_numbered_lines_that_are_not_page_numbers_stay() -> None:
    pages = _pages(["Table 7", "Text one."], ["Table 2", "Text two."], ["Table 5", "Text three."])
    assert _texts(pdf_text._drop_running_lines(pages, set())) == _texts(pages)


def test_a_header_line_that_is_also_an_outline_title_stays() -> None:
    pages = _pages(["Introduction", "a."], ["Introduction", "b."], ["Introduction", "c."])
    assert _texts(pdf_text._drop_running_lines(pages, {"introduction"})) == _texts(pages)
    assert _texts(pdf_text._drop_running_lines(pages, set())) == [["a."], ["b."], ["c."]]


def test_bare_page_number_on_a_single_page_is_dropped_but_a_header_is_not() -> None:
    pages = _pages(["Report title", "Some text here.", "1"])
    assert _texts(pdf_text._drop_running_lines(pages, set())) == [["Report title", "Some text here."]]


def test_the_same_words_as_the_header_lower_on_the_cover_stay() -> None:
    pages = [[Line("Objection in Russia", 800, 72, 8), Line("Objection in Russia", 600, 72, 20),
              Line("Cover text.", 500, 72, 11)]] + \
            [[Line("Objection in Russia", 800, 72, 8), Line(text, 700, 72, 11)] for text in ("Second.", "Third.")]
    kept = pdf_text._drop_running_lines(pages, set())
    assert [[(ln.text, ln.y) for ln in page] for page in kept] == [
        [("Objection in Russia", 600), ("Cover text.", 500)], [("Second.", 700)], [("Third.", 700)]]


@pytest.mark.parametrize("a, b, joined", [
    ("the routes to pro-", "tection that", "the routes to protection that"),
    ("Kriegsdienst-", "verweigerer sind", "Kriegsdienstverweigerer sind"),
    ("für das Asyl-", "und Flüchtlingsrecht", "für das Asyl- und Flüchtlingsrecht"),
    ("eine E-", "Mail schreiben", "eine E-Mail schreiben"),
    ("COVID-", "19 pandemic", "COVID-19 pandemic"),
    ("the decision-", "making practice", "the decision-making practice"),  # the text says so elsewhere
    ("о прак-", "тике военкоматов", "о практике военкоматов"),
    ("soft\u00ad", "hyphen", "softhyphen"),
    ("end of a line", "and the next", "end of a line and the next"),
])
def test_lines_are_joined(a: str, b: str, joined: str) -> None:
    from collections import Counter

    assert pdf_text._join(a, b, Counter({"decision-making": 2, "decisionmaking": 0})) == joined


def test_lines_without_positions_become_paragraphs_by_their_text() -> None:
    body = "This is a long line of body text that goes on to the right margin of the page"
    pages = _pages([body, "and it ends here.", "A Short Heading", body, "and ends too.", "- a list item",
                    "- another item"])
    paras = [p.text for p in pdf_text._paragraphs(pages)]
    assert paras == [f"{body} and it ends here.", "A Short Heading", f"{body} and ends too.", "- a list item",
                     "- another item"]


def test_lines_with_positions_break_at_gaps_and_font_sizes() -> None:
    lines = [Line("Heading in a bigger font", 700, 72, 14)]
    y = 680.0
    for n in range(3):
        lines += [Line(f"Line {n} one of the paragraph with text reaching the margin", y, 72, 10),
                  Line(f"line {n} two, the end.", y - 12, 72, 10)]
        y -= 12 + 20   # a paragraph gap
    paras = [p.text for p in pdf_text._paragraphs([lines])]
    assert paras[0] == "Heading in a bigger font"
    assert paras[1:] == [f"Line {n} one of the paragraph with text reaching the margin line {n} two, the end."
                         for n in range(3)]


def test_cleaning_stays_fast_on_hostile_sizes() -> None:
    """30,000 lines that all join into one paragraph, and 3,000 bookmarks none of which is in the
    text but all of which start with its lines' first word: no quadratic step."""
    from app.importer.pdf_text import OutlineItem

    lines = [Line(f"a line {i} of the same length as all the others") for i in range(30_000)]
    items = [OutlineItem(f"a title {i}", 1, 0) for i in range(3_000)]
    started = time.process_time()
    paras = pdf_text._paragraphs(pdf_text._mark_outline([lines], items))
    # 1.0 s of CPU on the development machine; a step over every line for every bookmark
    # (90 million comparisons) would take far longer
    assert time.process_time() - started < 4.0
    assert len(paras) == 1001 and len(paras[-1].text) > 1_000_000   # 1,000 headings kept (MAX_SECTIONS)


def test_garbled_text_layer_is_a_sentence() -> None:
    with pytest.raises(PdfError, match="fonts do not say which characters"):
        pdf_text._check_text("\ue000\ue001\ue002 " * 200 + "a few real words", "The file x.pdf")


@pytest.mark.parametrize("raw, title", [
    ("Conscientious Objection in Russia", "Conscientious Objection in Russia"),
    ("Microsoft Word - bericht_final_v3.docx", ""), ("Untitled", ""), ("Document1", ""), ("report.pdf", ""),
    ("  ", ""), ("Отказ от службы", "Отказ от службы"), ("PowerPoint-Präsentation", ""),
])
def test_document_information_title_unless_a_placeholder(raw: str, title: str) -> None:
    assert pdf_text.plausible_title(raw) == title


def test_is_pdf() -> None:
    assert pdf_text.is_pdf(b"anything", "Report.PDF")
    assert pdf_text.is_pdf(b"%PDF-1.7\n...", "download")
    assert not pdf_text.is_pdf(b"%PD", "r.txt") and not pdf_text.is_pdf(b"Title\n\ntext", "r.txt")


def test_every_offered_suffix_is_read() -> None:
    from app.importer.api import SUFFIXES
    from app.importer.split import FORMATS, format_for

    assert SUFFIXES[0] == ".pdf" and pdf_text.is_pdf(b"", "report.pdf")
    assert all(format_for("report" + suffix, "x") in FORMATS for suffix in SUFFIXES[1:])


def test_pdf_error_is_a_user_error() -> None:
    assert issubclass(PdfError, UserError)
