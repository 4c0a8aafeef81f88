"""The guidance sheet as a client gets it: ≤ 2 A4 pages for every outcome, in English and
Russian, with the category, the as-of date, no leftovers from an earlier client, no client
data in the PDF's metadata."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.wizard.definition import load_definition
from tests.sheet_cases import example_answers, longest_answers

DEFINITION = load_definition()
EXAMPLES = example_answers()
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


def render(book, answers, lang: str, out: Path, note: str = "", name: str = "", page_size: str = "A4") -> Path:
    from app.sheet.render import document_from_html, sheet_css, write_pdf
    from app.sheet.service import sheet_html

    return write_pdf(document_from_html(sheet_html(DEFINITION, answers, lang, book, note=note, client_name=name),
                                        sheet_css()), out, page_size)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


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
    assert pdf_pages(pdf) <= 2, f"{name} ({lang}) takes {pdf_pages(pdf)} pages"
    assert " ".join(outcome.category.split()) in text
    assert shipped_book.meta["as_of"] in text
    if lang == "ru":
        assert "Это информация, а не юридическая консультация" in text
    else:
        assert "This is information, not legal advice" in text


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
