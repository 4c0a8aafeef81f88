"""A PDF report's text layer, rebuilt as paragraphs, with its outline as the headings.

    doc = extract(data, "report.pdf")   # PdfText: text, blocks (headings marked), title, pages

Reading (pypdf, pure Python, in memory: nothing is run, fetched or written):
- the text of each page with the position and size of every line (pypdf's plain extraction,
  in the order the page draws it);
- the outline (bookmarks): each entry's title, depth and page — a PDF's outline is the best
  source of chapter titles, so when it has two or more entries they are the headings;
  otherwise `headings.detect_plain` finds them in the rebuilt text as for a .txt report;
- the document information Title, unless it is a file name or a placeholder.

Cleaning:
- running headers and footers (the same line, or the same line with the page number in it,
  at the top or bottom of most pages) and bare page numbers ("3", "- 3 -", "Page 3 of 10",
  "Seite 3", "Стр. 3") are dropped;
- lines are joined into paragraphs: a paragraph ends at a larger gap between lines, a change
  of font size, an indented first line, a short line ending a sentence, or a list item;
  a paragraph that runs over a page break is joined again;
- a word hyphenated at a line end is joined ("pro-" + "tection"), a hyphen before a capital
  or a digit is kept ("E-" + "Mail", "COVID-" + "19") and so is one before "and", "und",
  "и" … ("Asyl- und Flüchtlingsrecht"); text is NFC-normalised (umlauts composed) and
  typographic ligatures (ﬁ, ﬂ …) are written out.

Refused with one sentence (`PdfError`): a file that is not a PDF, an incomplete (truncated)
or damaged one, a password-protected one, an AES-encrypted one unless the optional
`cryptography` package is there for pypdf (a PDF protected only against copying, with no
password to open it, is read when it can be decrypted), one with more than `MAX_PAGES` pages
or `MAX_TEXT_CHARS` characters of text, one that takes more than `MAX_SECONDS` to read
(checked between the drawing operations of a page, so one hostile page cannot hang it), and
one with no text layer (a scan). pypdf's own limits (stream sizes, parsing work, outline and
page-tree size) are tightened for the duration of a read; a page over them (a detailed map
drawn in 200,000 strokes) is left out, like a page pypdf cannot read.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from app.errors import UserError
from app.importer import headings as hd
from app.importer.split import MAX_SECTIONS

MAX_PAGES = 2000             # a long NGO report has 100-300 pages
MAX_TEXT_CHARS = 5_000_000   # a 300-page report holds about a million characters
MAX_SECONDS = 60.0           # reading a 300-page report takes a few seconds
MAX_OUTLINE_ENTRIES = 5000
MIN_LETTERS = 20             # fewer letters than this in the whole file: no text layer
ENCODING = "PDF text layer"  # shown where a text file shows its encoding

_SIGNATURE = b"%PDF-"
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                            "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " "})
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (10,))
_CONTROL.update({0x7F: None, 0xFEFF: None, 0x200B: None})
_SPACES = re.compile(r" {2,}")
# a space pypdf puts in front of punctuation where the font kerns ("e.V .", "Connection-eV .org")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[^\W\d_]) (?=[.,;:!?)](?:[\s,;:)]|$|[^\W\d_]))")
_WORDS = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)*")
# the word before a line-end hyphen, matched on the reversed line: searched forwards, the
# expression ([^\W\d_]+(?:[-\u2010][^\W\d_]+)*)[-\u2010]$ tried every start position to
# the end of the line (quadratic on "a-a-a-…" in a crafted PDF's long line)
_LAST_WORD_REVERSED = re.compile(r"[-\u2010]([^\W\d_]+(?:[-\u2010][^\W\d_]+)*)")
_HYPHENS = ("-", "\u2010", "\u00ad")
_CONJUNCTIONS = frozenset({"and", "or", "und", "oder", "bzw", "sowie", "bis", "noch", "als", "wie",
                           "и", "или", "либо", "да"})
_SENTENCE_END = ".!?:;…»”“\"')"
_PAGE_NUMBER = re.compile(r"[\s\-–—(\[|]*(?:(?:page|p\.|pg\.|seite|s\.|стр\.?|страница|с\.)\s*)?#"
                          r"(?:\s*(?:/|of|von|aus|из)\s*#)?[\s\-–—)\]|]*")
_NUMBERS = re.compile(r"\d+")
_JUNK_TITLE = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel)\b.*|.*\.(?:docx?|odt|rtf|pdf|indd|pptx?|xlsx?|pages|tex|html?|txt)"
    r"|untitled.*|unbenannt.*|без названия|безымянный.*|(?:document|dokument|doc|документ)\s*\d*|title|titel|"
    r"название|report|bericht|default|none|null|powerpoint[- ]pr[äa]sentation|slide \d+|\W*)$", re.IGNORECASE)
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_TITLE_NORM = re.compile(r"[\W_]+")
_LEADING_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*\.?|[ivxlc]{1,6}\.|[a-z]\))\s+", re.IGNORECASE)

log = logging.getLogger("pypdf")
log.setLevel(logging.CRITICAL)  # pypdf logs every repair it makes to a sloppy file: not for the user


class PdfError(UserError):
    """The file cannot be read as a PDF report."""


class _TooSlow(Exception):
    pass


@dataclass(frozen=True)
class Line:
    text: str
    y: float | None = None      # baseline, upwards from the bottom of the page
    x: float | None = None
    size: float = 0.0           # font size in points, 0 when unknown
    bold: bool = False          # every word of the line is in a bold font
    level: int = 0              # > 0: a heading from the outline (its depth + 1)
    title: str = ""             # the outline's title for a heading line


_Position = tuple[float | None, float | None, float]  # where a line is drawn: Line's y, x and size


@dataclass(frozen=True)
class OutlineItem:
    title: str
    level: int                  # 1 = top
    page: int                   # 0-based
    top: float | None = None    # where on the page the entry points, when it says


@dataclass(frozen=True)
class PdfText:
    text: str                                   # paragraphs separated by a blank line
    blocks: list[hd.Block] = field(default_factory=list)  # one per paragraph; headings have a level
    title: str = ""                             # document information Title, '' if none or a placeholder
    pages: int = 0


def is_pdf(data: bytes, name: str = "") -> bool:
    """True for a file named .pdf or whose bytes start like a PDF (a PDF renamed, a download
    saved without a suffix)."""
    return name.lower().endswith(".pdf") or _SIGNATURE in data[:1024].lstrip()[:8]


# ---------------------------------------------------------------- entry point

def extract(data: bytes, name: str = "") -> PdfText:
    """The text of the PDF `data`; `PdfError` with a sentence for anything a file can do."""
    label = f"The file {name}" if name else "The file"
    _check_container(data, label)
    pages, items, title = _read(data, label)
    protect = {_norm(i.title) for i in items}
    pages = _drop_running_lines(pages, protect)
    pages = _mark_outline(pages, items)
    paragraphs = _paragraphs(pages)
    text, blocks = _assemble(paragraphs, marked=len(items) >= 2)
    _check_text(text, label)
    return PdfText(text, blocks, title, len(pages))


def _check_container(data: bytes, label: str) -> None:
    if not data.strip():
        raise PdfError(f"{label} is empty.")
    head = data[:1024]
    if _SIGNATURE not in head:
        from app.importer.decode import _SIGNATURES

        what = next((w for magic, w in _SIGNATURES if data.startswith(magic)), "")
        raise PdfError(f"{label} is not a PDF document" + (f" but looks like {what}" if what else "")
                       + "; it may have been renamed. Import the report itself (PDF, .txt, .md or .html).")
    tail = data[-8192:]
    if b"%%EOF" not in tail and b"startxref" not in tail:  # a sloppy writer may leave out one of them
        raise PdfError(f"{label} is an incomplete PDF: it ends before the document does (a download "
                       "cut short?). Download or save it again.")


def _check_text(text: str, label: str) -> None:
    visible = [c for c in text if not c.isspace()]
    odd = sum(1 for c in visible if c == "\ufffd" or unicodedata.category(c) in ("Co", "Cc", "Cs"))
    if odd >= MIN_LETTERS and odd > 0.3 * len(visible):
        raise PdfError(f"{label} is a PDF whose text cannot be read as letters (its fonts do not say "
                       "which characters they draw); run OCR on it first, then import the result.")
    if sum(c.isalpha() for c in visible) < MIN_LETTERS:
        raise PdfError(f"{label} is a PDF with no text layer — it is probably a scan; "
                       "run OCR on it first (text recognition), then import the result.")


# ---------------------------------------------------------------- reading with pypdf

def _damaged(label: str) -> PdfError:
    return PdfError(f"{label} is a damaged PDF that cannot be read; open it in a PDF viewer and "
                    "save or print it to a new PDF, then import that.")


def _protected(label: str) -> PdfError:
    return PdfError(f"{label} is an encrypted PDF (protected by a password or against copying); "
                    "save an unprotected copy (e.g. print it to a new PDF), then import that.")


def _read(data: bytes, label: str) -> tuple[list[list[Line]], list[OutlineItem], str]:
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError

    deadline = time.monotonic() + MAX_SECONDS
    try:
        with apply_configuration(**_LIMITS):
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                _unlock(reader, label)
            pages = reader.pages
            count = len(pages)  # the page tree walked (bounded by page_tree_maximum_entries), not its /Count
            _check_page_count(count, label)
            if count == 0:
                raise PdfError(f"{label} is a PDF with no pages.")
            title = _info_title(reader)
            items = _outline(reader, count)
            lines: list[list[Line]] = []
            total = readable = 0
            for page in pages:
                try:
                    page_lines = _page_lines(page, deadline)
                    readable += 1
                except (_TooSlow, FileNotDecryptedError, MemoryError):
                    raise
                except DependencyError as exc:
                    if _needs_crypto(exc):
                        raise
                    page_lines = []
                except Exception:  # one broken or overlong page (a detailed map …): the rest is the report
                    page_lines = []
                if time.monotonic() > deadline:
                    raise _TooSlow
                total += sum(len(ln.text) for ln in page_lines)
                if total > MAX_TEXT_CHARS:
                    raise PdfError(f"{label} holds more than {MAX_TEXT_CHARS:,} characters of text; "
                                   "split it into smaller PDFs and import each.")
                lines.append(page_lines)
            if not readable:
                raise _damaged(label)
            return lines, items, title
    except PdfError:
        raise
    except _TooSlow:
        raise PdfError(f"{label} takes too long to read (over {MAX_SECONDS:.0f} seconds); it may be damaged. "
                       "Open it in a PDF viewer and save or print it to a new PDF, then import that.") from None
    except FileNotDecryptedError:
        raise _protected(label) from None
    except DependencyError as exc:
        raise (_protected(label) if _needs_crypto(exc) else _damaged(label)) from None
    except LimitReachedError:
        raise PdfError(f"{label} is a PDF too large or too complex to read here; split it into smaller "
                       "PDFs, or print it to a new PDF, then import that.") from None
    except MemoryError:
        raise PdfError(f"{label} needs more memory to read than this computer has free.") from None
    except Exception:  # pypdf on a broken file can raise anything (KeyError, ValueError, RecursionError …)
        raise _damaged(label) from None


def _needs_crypto(exc: Exception) -> bool:
    """pypdf's DependencyError for AES (it needs `cryptography`), not for an image codec."""
    text = str(exc)
    return "AES" in text or "crypt" in text.lower()


# pypdf Configuration fields, passed to apply_configuration as its `**overwrites` (typed Any there)
_LIMITS: dict[str, Any] = {
    "maximum_declared_stream_length": 30_000_000,
    "array_based_stream_maximum_output_length": 30_000_000,
    "zlib_maximum_output_length": 30_000_000,
    "lzw_maximum_output_length": 30_000_000,
    "run_length_maximum_output_length": 30_000_000,
    "brotli_maximum_output_length": 30_000_000,
    "jbig2_maximum_output_length": 30_000_000,
    "image_maximum_buffer_size": 30_000_000,
    "stream_decoding_work_maximum_length": 100_000_000,
    "stream_parsing_work_maximum_count": 200_000,  # a page of text has 5,000-30,000 items; 200,000 parse in 0.7 s
    "outline_maximum_entries": MAX_OUTLINE_ENTRIES,
    "outline_maximum_depth": 20,
    "page_tree_maximum_entries": 4 * MAX_PAGES,
    "page_tree_maximum_depth": 50,
    "page_tree_maximum_page_entries": 50 * MAX_PAGES,
    "xform_maximum_invocations_per_extraction": 500,
    "jbig2dec_binary": None,  # never run a program
}


def _unlock(reader, label: str) -> None:
    from pypdf import PasswordType

    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
        raise PdfError(f"{label} is a password-protected PDF; open it with its password and save an "
                       "unprotected copy (e.g. print it to a new PDF), then import that.")


def _check_page_count(count: int, label: str) -> None:
    if count > MAX_PAGES:
        raise PdfError(f"{label} has {count:,} pages; PDFs longer than {MAX_PAGES:,} pages are not imported. "
                       "Split it into smaller PDFs and import each.")


def _info_title(reader) -> str:
    try:
        info = reader.metadata
        raw = info.title if info is not None else None
    except Exception:
        return ""
    if not isinstance(raw, str):
        return ""
    return plausible_title(raw)


def plausible_title(raw: str) -> str:
    """`raw` tidied, or '' when it is a file name or a placeholder ("Microsoft Word - x.docx",
    "Untitled", "Document1")."""
    title = " ".join(_clean(raw).split())
    if len(title) < 3 or len(title) > 300 or _JUNK_TITLE.match(title):
        return ""
    if sum(c.isalpha() for c in title) < 3:
        return ""
    return title[:200]


def _outline(reader, pages: int) -> list[OutlineItem]:
    """The outline's entries in order, with a page; [] when there is none or it is broken."""
    out: list[OutlineItem] = []
    try:
        tree = reader.outline
    except Exception:
        return []
    stack = [(tree, 1, 0)]
    while stack and len(out) < MAX_OUTLINE_ENTRIES:
        items, level, pos = stack.pop()
        if pos >= len(items):
            continue
        stack.append((items, level, pos + 1))
        item = items[pos]
        if isinstance(item, list):
            if level < 20:
                stack.append((item, level + 1, 0))
            continue
        try:
            title = " ".join(_clean(str(item.title or "")).split())
            page = reader.get_destination_page_number(item)
        except Exception:
            continue
        if not title or not isinstance(page, int) or not 0 <= page < pages:
            continue
        out.append(OutlineItem(title[:300], level, page, _finite(_get(item, "/Top"))))
    return out


def _get(item, key: str):
    try:
        return item.get(key)
    except Exception:
        return None


def _finite(value) -> float | None:
    try:
        v = float(value)
    except Exception:
        return None
    return v if math.isfinite(v) else None


def _page_lines(page, deadline: float) -> list[Line]:
    """The lines of one page as pypdf draws them out, each with its position and font size."""
    frags: list[tuple[str, object, object, float, bool]] = []
    ops = 0

    def before(op, args, cm, tm) -> None:
        nonlocal ops
        ops += 1
        if not ops & 127 and time.monotonic() > deadline:
            raise _TooSlow

    def on_text(text, cm, tm, font, size) -> None:
        if text:
            frags.append((text, cm, tm, size, _is_bold(font)))

    page.extract_text(visitor_operand_before=before, visitor_text=on_text)
    lines: list[Line] = []
    parts: list[str] = []
    where: _Position | None = None
    bold = True
    for text, cm, tm, size, is_bold in frags:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                lines.append(_line("".join(parts), where, bold))
                parts, where, bold = [], None, True
            if piece:
                parts.append(piece)
                if piece.strip():
                    bold = bold and is_bold
                    if where is None:
                        where = _position(cm, tm, size)
    if parts:
        lines.append(_line("".join(parts), where, bold))
    return [ln for ln in lines if ln.text]


def _is_bold(font) -> bool:
    try:
        name = str(font.get("/BaseFont", "")) if font is not None else ""
    except Exception:
        return False
    return bool(_BOLD.search(name))


def _line(text: str, where: _Position | None, bold: bool) -> Line:
    text = _SPACE_BEFORE_PUNCT.sub("", _clean(text).strip())
    if where is None:
        return Line(text, bold=bold)
    return Line(text, *where, bold=bold)


def _position(cm, tm, size) -> _Position:
    try:
        a, b, c, d, e, f = (float(v) for v in cm)
        ta, tb, tc, td, te, tf = (float(v) for v in tm)
        x = te * a + tf * c + e
        y = te * b + tf * d + f
        scale = math.sqrt(abs(ta * td - tb * tc)) * math.sqrt(abs(a * d - b * c))
        s = float(size) * scale
    except Exception:
        return None, None, 0.0
    ok = all(math.isfinite(v) and abs(v) < 1e7 for v in (x, y, s))
    return (y, x, round(s, 1)) if ok else (None, None, 0.0)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.translate(_LIGATURES).translate(_CONTROL))
    return _SPACES.sub(" ", text)


# ---------------------------------------------------------------- running headers and footers

def _norm(text: str) -> str:
    """A title as compared with the text: no numbering, case, punctuation or spacing."""
    t = _LEADING_NUMBER.sub("", text.strip())
    return " ".join(_TITLE_NORM.sub(" ", t.casefold()).split())


def _running_key(text: str) -> str:
    t = " ".join(text.casefold().split())
    return _NUMBERS.sub("#", t) if len(t) <= 150 else ""


def _edge_lines(lines: list[Line]) -> set[int]:
    """Lines that can be a header or footer: the first and last three drawn, and the two
    highest and lowest on the page."""
    n = len(lines)
    out = set(range(min(3, n))) | set(range(max(0, n - 3), n))
    heights = {i: ln.y for i, ln in enumerate(lines) if ln.y is not None}
    placed = sorted(heights, key=heights.__getitem__)
    out.update(placed[:2] + placed[-2:])
    return out


def _drop_running_lines(pages: list[list[Line]], protect: set[str]) -> list[list[Line]]:
    n = len(pages)
    seen: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for p, lines in enumerate(pages):
        for i in _edge_lines(lines):
            key = _running_key(lines[i].text)
            if key:
                seen[key].append((p, i))
    most = n // 2 + 1 if n >= 3 else n
    drop: set[tuple[int, int]] = set()
    for key, where in seen.items():
        bare = bool(_PAGE_NUMBER.fullmatch(key))
        if n < 2 and not bare:
            continue  # on a single page a header cannot be told from a title
        where = _near_usual_place(pages, where)
        if len({p for p, _ in where}) < most:
            continue
        texts = [pages[p][i].text for p, i in where]
        if "#" in key and len(set(texts)) > 1 and not _tracks_pages(where, texts):
            continue  # "Chapter 1", "Chapter 4" …: numbers that are not page numbers
        if not bare and _norm(texts[0]) in protect:
            continue
        drop.update(where)
    return [[ln for i, ln in enumerate(lines) if (p, i) not in drop] for p, lines in enumerate(pages)]


def _near_usual_place(pages: list[list[Line]], where: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The occurrences at about the same height as most of them (a header is; the same words
    as a title further down the first page are not)."""
    ys = [y for p, i in where if (y := pages[p][i].y) is not None]
    if len(ys) < 2:
        return where
    mid = statistics.median(ys)
    out = []
    for p, i in where:
        ln = pages[p][i]
        if ln.y is None or abs(ln.y - mid) <= max(4.0, ln.size):
            out.append((p, i))
    return out


def _tracks_pages(where: list[tuple[int, int]], texts: list[str]) -> bool:
    """True when one of the numbers in the lines goes up with the page (a page number)."""
    for k in range(3):
        offsets: Counter[int] = Counter()
        for (p, _), text in zip(where, texts, strict=True):
            nums = _NUMBERS.findall(text)
            if k < len(nums) and len(nums[k]) < 7:
                offsets[int(nums[k]) - p] += 1
        if offsets and offsets.most_common(1)[0][1] >= 0.6 * len(where) and len(offsets) <= 0.4 * len(where) + 1:
            return True
    return False


# ---------------------------------------------------------------- the outline's headings

_CANDIDATES = 50  # lines starting with a title's first word that are tried as its first line


def _mark_outline(pages: list[list[Line]], items: list[OutlineItem]) -> list[list[Line]]:
    """Mark the line each outline entry points to as a heading; a title not found on its
    page (or the next) is put in as a line of its own where the entry points. Linear in the
    lines and entries: each page's lines are indexed once."""
    if len(items) < 2:
        return pages
    pages = [list(lines) for lines in pages]
    indexes: dict[int, _PageIndex] = {}
    added: dict[int, list[tuple[int, int, Line]]] = defaultdict(list)
    for seq, item in enumerate(items[:MAX_SECTIONS]):
        want = _norm(item.title)
        if not want:
            continue
        for p in (item.page, item.page + 1):
            if p >= len(pages):
                continue
            if p not in indexes:
                indexes[p] = _PageIndex(pages[p])
            if _mark_on(pages[p], indexes[p], item, want, p == item.page):
                break
        else:
            lines = pages[item.page]
            at = 0
            if item.top is not None:
                at = next((i for i, ln in enumerate(lines) if ln.y is not None and ln.y <= item.top), len(lines))
            added[item.page].append((at, seq, Line(item.title, level=item.level, title=item.title)))
    for p, new in added.items():
        new.sort(key=lambda a: (a[0], a[1]))
        merged: list[Line] = []
        k = 0
        for i, ln in enumerate(pages[p] + [None]):
            while k < len(new) and new[k][0] <= i:
                merged.append(new[k][2])
                k += 1
            if ln is not None:
                merged.append(ln)
        pages[p] = merged
    return [[ln for ln in lines if ln.text] for lines in pages]


class _PageIndex:
    """A page's lines by their compared text, and by its first word (for titles over two lines)."""

    def __init__(self, lines: list[Line]) -> None:
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.first: dict[str, list[int]] = defaultdict(list)
        for i, ln in enumerate(lines):
            have = _norm(ln.text)
            if have:
                self.exact[have].append(i)
                self.first[have.split(" ", 1)[0]].append(i)


def _mark_on(lines: list[Line], index: _PageIndex, item: OutlineItem, want: str, own_page: bool) -> bool:
    def usable(ln: Line) -> bool:
        if ln.level or not ln.text:
            return False
        return not (own_page and item.top is not None and ln.y is not None
                    and ln.y > item.top + 2 * max(ln.size, 10))

    for i in index.exact.get(want, ()):
        if usable(lines[i]):
            lines[i] = replace(lines[i], level=item.level, title=item.title)
            return True
    for i in index.first.get(want.split(" ", 1)[0], ())[:_CANDIDATES]:
        ln = lines[i]
        if not usable(ln) or i + 1 >= len(lines) or not usable(lines[i + 1]):
            continue
        joined = f"{ln.text} {lines[i + 1].text}"
        if want.startswith(_norm(ln.text) + " ") and _norm(joined) == want:  # a title over two lines
            lines[i] = replace(ln, text=joined, level=item.level, title=item.title)
            lines[i + 1] = replace(lines[i + 1], text="")
            return True
    return False


# ---------------------------------------------------------------- lines into paragraphs

@dataclass
class _Para:
    pieces: list[str]        # the lines, each but the first with what glues it on (" " or "")
    page: int
    level: int = 0
    title: str = ""
    last: Line | None = None

    @property
    def text(self) -> str:
        return "".join(self.pieces)


def _line_gaps(pages: list[list[Line]]) -> dict[float, float]:
    """The usual distance between two lines of a paragraph, per font size."""
    gaps: dict[float, Counter[float]] = defaultdict(Counter)
    for lines in pages:
        for a, b in pairwise(lines):
            if a.y is None or b.y is None or not a.size or abs(a.size - b.size) > 0.05 * a.size:
                continue
            dy = a.y - b.y
            if 0 < dy < 2.5 * a.size:
                gaps[a.size][round(dy * 2) / 2] += 1
    return {size: c.most_common(1)[0][0] for size, c in gaps.items() if sum(c.values()) >= 2}


def _full_length(lines: list[Line]) -> int:
    """The length of a full line on this page (most lines of a paragraph are)."""
    lengths = sorted(len(ln.text) for ln in lines if not ln.level)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _continues(a: Line, b: Line, gaps: dict[float, float], full: int) -> bool:
    """True when line `b` goes on the paragraph that line `a` is in."""
    if a.level or b.level or hd._LIST_ITEM.match(b.text):
        return False
    if _hyphenated(a.text) and b.text[:1].islower():
        return True
    if a.y is not None and b.y is not None:
        size = max(a.size, b.size) or 10.0
        dy = a.y - b.y
        if dy <= 0.2 * size or dy > 2.5 * size:
            return False  # back up the page (a new column, a box) or a wide gap
        if a.size and b.size and abs(a.size - b.size) > 0.08 * max(a.size, b.size):
            return False  # another font size: a heading, a footnote
        gap = gaps.get(a.size) or gaps.get(b.size)
        if gap and dy > 1.35 * gap:
            return False  # space between paragraphs
        if a.x is not None and b.x is not None and b.x - a.x > 0.8 * size and not hd._LIST_ITEM.match(a.text):
            return False  # an indented first line
    if a.bold != b.bold and hd.is_heading_like((a if a.bold else b).text):
        return False  # a heading in bold at the size of the text
    short = len(a.text) < 0.7 * full
    if short and a.text.rstrip()[-1:] in _SENTENCE_END:
        return False
    return not (len(a.text) < 0.5 * full and hd.is_heading_like(a.text) and b.text[:1].isupper())


def _hyphenated(text: str) -> bool:
    return len(text) >= 2 and text.endswith(_HYPHENS) and text[-2].isalpha()


def _glue(a: str, b: str, words: Counter) -> tuple[int, str]:
    """How line `b` goes on after line `a`: how many characters to take off the end of `a`
    (a hyphen: 0 or 1) and what goes between (" " or ""). `words`: how often each word
    stands in the document's lines, to tell a compound split at its hyphen ("decision-"
    "making") from a word hyphenated at the line end ("pro-" "tection")."""
    if a.endswith("\u00ad"):
        return 1, ""
    if not _hyphenated(a):
        return 0, " "
    first = b.split(" ", 1)[0].strip(",.;:").casefold()
    if first in _CONJUNCTIONS:
        return 0, " "                 # "Asyl- und Flüchtlingsrecht"
    if not b[:1].islower():
        return 0, ""                  # "E-" "Mail", "COVID-" "19"
    head, rest = _last_word(a), _WORDS.match(b)
    if head and rest:
        kept = f"{head}-{rest.group(0)}".casefold()
        if words[kept] > words[(head + rest.group(0)).casefold()]:
            return 0, ""              # the document writes "decision-making" elsewhere
    return 1, ""                      # "pro-" "tection"


def _last_word(line: str) -> str:
    """The word (hyphenated compounds whole) that a line ending in a hyphen breaks, '' if none."""
    m = _LAST_WORD_REVERSED.match(line[::-1])
    return m.group(1)[::-1] if m else ""


def _join(a: str, b: str, words: Counter) -> str:
    cut, sep = _glue(a, b, words)
    return a[:len(a) - cut] + sep + b


def _vocabulary(pages: list[list[Line]]) -> Counter:
    words: Counter = Counter()
    for lines in pages:
        for ln in lines:
            words.update(w.casefold() for w in _WORDS.findall(ln.text))
    return words


def _paragraphs(pages: list[list[Line]]) -> list[_Para]:
    gaps = _line_gaps(pages)
    words = _vocabulary(pages)
    out: list[_Para] = []
    full = 0
    for p, lines in enumerate(pages):
        full_before, full = full, _full_length(lines)
        first = True
        for ln in lines:
            prev = out[-1] if out else None
            if ln.level:
                out.append(_Para([" ".join(ln.text.split())], p, ln.level, ln.title, ln))
            elif prev is not None and ((first and _runs_on(prev, ln, full_before)) or (
                    prev.page == p and prev.last is not None and _continues(prev.last, ln, gaps, full))):
                cut, sep = _glue(prev.pieces[-1], ln.text, words)
                if cut:
                    prev.pieces[-1] = prev.pieces[-1][:-cut]
                prev.pieces.append(sep + ln.text)
                prev.last, prev.page = ln, p
            else:
                out.append(_Para([ln.text], p, last=ln))
            first = False
    return out


def _runs_on(prev: _Para, ln: Line, full: int) -> bool:
    """A paragraph that goes on over a page break: it stops mid-sentence, and the next page
    starts in lower case or its last line is as long as a full line."""
    end = prev.pieces[-1].rstrip()
    if prev.level or ln.level or end[-1:] in _SENTENCE_END or hd._LIST_ITEM.match(ln.text):
        return False
    if not ln.text[:1].isalnum():
        return False
    wrapped = prev.last is not None and len(prev.last.text) >= 0.8 * full
    return ln.text[:1].islower() or wrapped or _hyphenated(end)


def _assemble(paragraphs: list[_Para], marked: bool) -> tuple[str, list[hd.Block]]:
    parts: list[str] = []
    blocks: list[hd.Block] = []
    pos = 0
    for para in paragraphs:
        text = para.text.strip()
        if not text:
            continue
        if parts:
            pos += 2
        level = para.level if marked else 0
        blocks.append(hd.Block(pos, pos + len(text), text, level, para.title if level else ""))
        parts.append(text)
        pos += len(text)
    return "\n\n".join(parts), blocks
