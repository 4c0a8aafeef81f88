"""Fuzzing search, import and the wizard loader/validator: no exception, no hang.

Marked `fuzz`: they are not part of the default run (`pytest`, `./dev.sh test`). CI runs a
short budget after the tests, the same inputs every run (derandomized), so a red build
always means the change broke something; the long run draws fresh random inputs:

    ./dev.sh fuzz --short   # CI: OBJECTOR_GUIDE_FUZZ_EXAMPLES=300 (the wizard a quarter), about half a minute
    ./dev.sh fuzz           # OBJECTOR_GUIDE_FUZZ_RANDOM=1, 100,000 inputs per target (hours on a small machine)
    pytest -m fuzz          # the derandomized default, 1,500 inputs per target

Each input must take at most 1 s of CPU time (5 s for the wizard's validator, which walks
every path); CPU time, not the clock, so a busy CI machine does not fail the run.
Hypothesis' own deadline is a generous wall-clock one that only catches a hang. The
slowest input per target is printed at the end (-s) so the note can report it.

Besides random text and bytes, search and import get PATHOLOGICAL text: long runs of spaces,
tabs and newlines, a 1 MB line, a 40,000-space heading, long runs of markup characters. A
backtracking regular expression or a quadratic loop shows on these as a hang (issue #15:
'a' + 3,000 spaces + 'b' hung the search, a heading with 40,000 spaces the import).
"""

from __future__ import annotations

import copy
import gc
import os
import random
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import UserError

pytestmark = pytest.mark.fuzz

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("OBJECTOR_GUIDE_FUZZ_EXAMPLES", "1500"))
RANDOM = os.environ.get("OBJECTOR_GUIDE_FUZZ_RANDOM") == "1"
CPU_LIMIT = {"search": 1.0, "suggest": 1.0, "import preview": 1.0, "wizard loader+validator": 5.0}  # seconds
FUZZ = settings(max_examples=EXAMPLES, deadline=10_000, suppress_health_check=list(HealthCheck),
                derandomize=not RANDOM)
# the validator walks every path of a definition (~50 ms an input): a quarter as many inputs
FUZZ_WIZARD = settings(FUZZ, max_examples=max(1, EXAMPLES // 4))
SLOWEST: dict[str, float] = {}
SLOWEST_INPUT: dict[str, str] = {}
SLOWEST_WALL: dict[str, float] = {}
SLOWEST_RAW: dict[str, object] = {}  # the slowest input itself, saved at the end of a random run
COUNT: dict[str, int] = {}
PROGRESS_EVERY = 5000  # the long run says how far it is (with -s)


def _describe(value: object) -> str:
    """An input in a line: its length and its start (a 1 MB input is not printed whole)."""
    if isinstance(value, (str, bytes)):
        return f"{len(value)} {'chars' if isinstance(value, str) else 'bytes'}: {value[:60]!r}"
    return repr(value)[:100]


def _timed(target: str, fn, what: object = None):
    """Run one input; keep the slowest by CPU time. The garbage collector waits until it is
    done: after 100,000 inputs hypothesis' own bookkeeping is gigabytes, and a collection of
    that (a second and more) would be charged to whichever input was running. CPU time, not
    the clock, so that other programs on a busy machine do not count either; the clock time
    of the slowest is printed beside it."""
    gc_was_on = gc.isenabled()
    gc.disable()
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        result = fn()
        took = time.process_time() - cpu
        assert took <= CPU_LIMIT[target], f"{target}: {took:.2f} s of CPU time for {_describe(what)}"
        return result
    finally:
        took, wall = time.process_time() - cpu, time.perf_counter() - wall
        if gc_was_on:
            gc.enable()
        if took > SLOWEST.get(target, -1.0):
            SLOWEST[target] = took
            SLOWEST_WALL[target] = wall
            SLOWEST_INPUT[target] = _describe(what)
            SLOWEST_RAW[target] = what
        COUNT[target] = COUNT.get(target, 0) + 1
        if RANDOM and COUNT[target] % PROGRESS_EVERY == 0:
            print(f"fuzz {target}: {COUNT[target]} inputs so far, slowest {SLOWEST[target] * 1000:.1f} ms CPU "
                  f"({time.strftime('%H:%M:%S')})", flush=True)


@pytest.fixture(scope="module", autouse=True)
def report(tmp_path_factory):
    yield
    saved = tmp_path_factory.mktemp("slowest") if RANDOM else None
    for target, seconds in sorted(SLOWEST.items()):
        raw = SLOWEST_RAW.get(target)
        if saved is not None and isinstance(raw, (str, bytes)):  # to time it again by hand
            path = saved / (target.replace(" ", "-") + ".bin")
            path.write_bytes(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"))
            print(f"\nfuzz {target}: slowest input saved as {path}")
        print(f"\nfuzz {target}: {COUNT.get(target, 0)} inputs, slowest {seconds * 1000:.1f} ms CPU, "
              f"{SLOWEST_WALL.get(target, 0) * 1000:.1f} ms by the clock ({SLOWEST_INPUT.get(target, '')})")


# Pathological whitespace and line lengths: pieces joined into one text, each piece a long run
# of one whitespace (or markup) character, a word, or a snippet that starts a construct (a
# heading, a question, a tag) whose end the run may or may not bring.
WHITESPACE = [" ", "\t", "\n", "\r\n", "\r", "\x0b", "\x0c", "\u00a0", "\u2003", "\u3000", " \t", " \n", "\n\n"]
MARKUP = ["#", "=", "-", "*", "_", "`", "<", "<a ", "</", "<!--", "&", "&#", "a-", "|", ".", "?", "1.", "]"]
RUN = st.one_of(
    st.builds(lambda ch, n: ch * n, st.sampled_from(WHITESPACE), st.integers(1_000, 200_000)),
    st.builds(lambda ch, n: ch * n, st.sampled_from(MARKUP), st.integers(1_000, 30_000)),
)
LONG_LINE = st.builds(lambda unit, n: (unit * (n // len(unit) + 1))[:n],  # up to 1 MB on one line
                      st.sampled_from(["x", "ab", "word ", "я", "a-", "<a ", "#", "\t"]),
                      st.integers(100_000, 1_000_000))
SNIPPET = st.sampled_from(["# a", "## ", "b", "#", "what is ", "what does ", " mean?", "bedeutet?", "Title\n", "```\n",
                           "<p>", "<h1>", "<a b='", "<![CDATA[", "</p>", "deserter", "мобилизация", "1.", "- ", "by "])


class LongText(str):
    """A long generated text that hypothesis reports by its length and start (its full repr
    would be megabytes, which hypothesis refuses to print)."""

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(f"LongText({_describe(str(self))})")


class LongBytes(bytes):
    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(f"LongBytes({_describe(bytes(self))})")


PATHOLOGICAL = st.one_of(
    st.lists(st.one_of(RUN, SNIPPET, st.text(max_size=12)), min_size=1, max_size=8).map("".join),
    st.tuples(SNIPPET, LONG_LINE, st.one_of(SNIPPET, RUN)).map("".join),
    st.builds(lambda n, ch: "# a" + ch * n + "b\n\ntext\n", st.integers(10_000, 200_000),
              st.sampled_from([" ", "\t", " \t"])),  # the review's 40,000-space heading, and longer
).map(LongText)

QUERY = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from(list('"*()-^:+ ANDORNEAR\x00\\{}мобилизацияDublin 😀\u0301')), max_size=60),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", "replace")),
    PATHOLOGICAL,
)


@FUZZ
@given(text=QUERY, lang=st.sampled_from([None, "en", "ru", "de"]),
       kinds=st.one_of(st.none(), st.lists(st.sampled_from(["section", "term", "law", "bogus"]), max_size=4)),
       typing=st.booleans())
def test_fuzz_search(shipped_book, text, lang, kinds, typing) -> None:
    hits = _timed("search", lambda: shipped_book.search(text, lang=lang, kinds=kinds, as_you_type=typing), text)
    assert isinstance(hits, list)
    _timed("suggest", lambda: shipped_book.suggest(text), text)


# PDFs: the test fixtures (one uncompressed, so mutations reach the drawing operators) changed in
# a few places, and random bytes after a PDF header.
PDF_SEEDS = [p.read_bytes() for p in sorted((ROOT / "tests" / "fixtures" / "pdf").glob("*.pdf"))]
PDF_TOKENS = [b"%%EOF", b"obj", b"endobj", b"stream\n", b"endstream", b"xref", b"trailer", b"<<", b">>", b"[",
              b"]", b"/Length 99999", b"/Count 999999", b"/Outlines", b"/Parent", b"BT", b"ET", b"Tj", b"TJ",
              b"Tf", b"Td", b"Tm", b"cm", b"q", b"Q", b"Do", b"/Encrypt", b"-1", b"1e308", b"(\\", b"R"]


def _mutate_pdf(seed: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    data = bytearray(seed)
    for where, how, chunk in edits:
        if not data:
            break
        i = where % len(data)
        if how == 0:        # overwrite a few bytes
            data[i:i + len(chunk)] = chunk
        elif how == 1:      # insert
            data[i:i] = chunk
        elif how == 2:      # delete a stretch
            del data[i:i + 1 + where % 200]
        elif how == 3:      # a PDF keyword somewhere
            data[i:i] = PDF_TOKENS[where % len(PDF_TOKENS)]
        elif how == 4:      # copy a stretch elsewhere
            j = (where // 7) % len(data)
            data[i:i] = data[j:j + 1 + where % 300]
        else:               # cut it short
            del data[i:]
    return bytes(data)


PDFISH = st.one_of(
    st.builds(_mutate_pdf, st.sampled_from(PDF_SEEDS),
              st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 5), st.binary(min_size=1, max_size=12)),
                       min_size=1, max_size=6)),
    st.binary(max_size=3000).map(lambda b: b"%PDF-1.7\n" + b),
    st.lists(st.sampled_from(PDF_TOKENS + [b" ", b"\n", b"1 0 obj", b"0", b"(Text)", b"/Type /Page"]),
             max_size=300).map(lambda parts: b"%PDF-1.4\n" + b" ".join(parts) + b"\n%%EOF\n"),
)


@FUZZ
@given(data=st.one_of(st.binary(max_size=4000), st.text(max_size=4000).map(lambda t: t.encode("utf-8")),
                      st.text(alphabet=st.sampled_from(list("#<>/h1p\n \tAbc.,:-|1")), max_size=3000)
                      .map(lambda t: t.encode()), PDFISH, PATHOLOGICAL.map(lambda t: LongBytes(t.encode("utf-8")))),
       suffix=st.sampled_from([".txt", ".md", ".html", ".htm", ".pdf"]))
def test_fuzz_import_preview(tmp_path_factory, data: bytes, suffix: str) -> None:
    from app.importer.api import preview

    path = _fuzz_folder(tmp_path_factory) / f"report{suffix}"  # one file at a time: 100,000 would fill a disk
    path.write_bytes(data)
    try:
        result = _timed("import preview", lambda: preview(path), suffix.encode() + b" " + data)
    except UserError:
        return
    finally:
        path.unlink()
    assert result.sections is not None


_FOLDERS: dict[str, Path] = {}


def _fuzz_folder(factory, name: str = "imp") -> Path:
    """One folder per target, reused by every input (a folder each filled gigabytes of /tmp)."""
    if name not in _FOLDERS:
        _FOLDERS[name] = factory.mktemp(name)
    return _FOLDERS[name]


def _load_wizard_yaml() -> dict[str, object]:
    folder = ROOT / "resources" / "wizard"
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in folder.glob("*.yaml")}


WIZARD = _load_wizard_yaml()


def _mutate(node, rng: random.Random, depth: int = 0):
    """Change one thing somewhere: drop a key, replace a value, duplicate or drop a list item."""
    if isinstance(node, dict) and node:
        key = rng.choice(list(node))
        roll = rng.random()
        if roll < 0.25:
            del node[key]
        elif roll < 0.45:
            node[key] = rng.choice([None, "", "x", 0, [], {}, "nonexistent-id", ["a", "b"], {"en": ""}])
        else:
            _mutate(node[key], rng, depth + 1)
    elif isinstance(node, list) and node:
        i = rng.randrange(len(node))
        roll = rng.random()
        if roll < 0.2:
            node.append(copy.deepcopy(node[i]))
        elif roll < 0.4:
            del node[i]
        else:
            node[i] = _mutate(node[i], rng, depth + 1)
    elif isinstance(node, str):
        return rng.choice(["", node + "x", "other-id", node.upper()])
    return node


@FUZZ_WIZARD
@given(seed=st.integers(0, 2**32 - 1), mutations=st.integers(1, 4))
def test_fuzz_wizard_loader_and_validator(tmp_path_factory, seed: int, mutations: int) -> None:
    from app.wizard.definition import load_definition
    from app.wizard.validate import validate

    rng = random.Random(seed)
    files = copy.deepcopy(WIZARD)
    for _ in range(mutations):
        name = rng.choice(list(files))
        files[name] = _mutate(files[name], rng)
    folder = _fuzz_folder(tmp_path_factory, "wiz")  # the same file names every time: overwritten
    for name, data in files.items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    def run():
        try:
            definition = load_definition(folder)
        except ValueError:
            return None
        return validate(definition)

    problems = _timed("wizard loader+validator", run, f"seed {seed}, {mutations} mutation(s)")
    assert problems is None or isinstance(problems, list)
