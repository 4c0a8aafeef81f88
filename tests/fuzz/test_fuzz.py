"""Fuzzing search, import and the wizard loader/validator: no exception, no hang.

CI runs OBJECTOR_GUIDE_FUZZ_EXAMPLES inputs per target (default 1,500; the wizard a quarter of
that). The long run:

    OBJECTOR_GUIDE_FUZZ_EXAMPLES=40000 .venv/bin/python -m pytest tests/fuzz -s

CI draws the same inputs every run (derandomized), so a red build always means the change
broke something; a fresh random draw finds new inputs and is run by hand:

    OBJECTOR_GUIDE_FUZZ_RANDOM=1 OBJECTOR_GUIDE_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest tests/fuzz

Each input must answer within 1 s (hypothesis' deadline); the slowest input per target is
printed at the end (-s) so the note can report it.
"""

from __future__ import annotations

import copy
import os
import random
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import UserError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("OBJECTOR_GUIDE_FUZZ_EXAMPLES", "1500"))
RANDOM = os.environ.get("OBJECTOR_GUIDE_FUZZ_RANDOM") == "1"
FUZZ = settings(max_examples=EXAMPLES, deadline=1000, suppress_health_check=list(HealthCheck), derandomize=not RANDOM)
# the validator walks every path of a definition (~50 ms an input, up to ~1 s on a loaded
# 2-core machine): a quarter as many inputs, and a 5 s deadline that catches a hang, not a slow machine
FUZZ_WIZARD = settings(FUZZ, max_examples=max(1, EXAMPLES // 4), deadline=5000)
SLOWEST: dict[str, float] = {}


def _timed(target: str, fn):
    t = time.perf_counter()
    try:
        return fn()
    finally:
        SLOWEST[target] = max(SLOWEST.get(target, 0.0), time.perf_counter() - t)


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    for target, seconds in sorted(SLOWEST.items()):
        n = EXAMPLES // 4 if target.startswith("wizard") else EXAMPLES
        print(f"\nfuzz {target}: {n} inputs, slowest {seconds * 1000:.1f} ms")


QUERY = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from(list('"*()-^:+ ANDORNEAR\x00\\{}мобилизацияDublin 😀\u0301')), max_size=60),
    st.binary(max_size=200).map(lambda b: b.decode("utf-8", "replace")),
)


@FUZZ
@given(text=QUERY, lang=st.sampled_from([None, "en", "ru", "de"]),
       kinds=st.one_of(st.none(), st.lists(st.sampled_from(["section", "term", "law", "bogus"]), max_size=4)),
       typing=st.booleans())
def test_fuzz_search(shipped_book, text, lang, kinds, typing) -> None:
    hits = _timed("search", lambda: shipped_book.search(text, lang=lang, kinds=kinds, as_you_type=typing))
    assert isinstance(hits, list)
    _timed("suggest", lambda: shipped_book.suggest(text))


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
                      .map(lambda t: t.encode()), PDFISH),
       suffix=st.sampled_from([".txt", ".md", ".html", ".htm", ".pdf"]))
def test_fuzz_import_preview(tmp_path_factory, data: bytes, suffix: str) -> None:
    from app.importer.api import preview

    path = tmp_path_factory.mktemp("imp") / f"report{suffix}"
    path.write_bytes(data)
    try:
        result = _timed("import preview", lambda: preview(path))
    except UserError:
        return
    assert result.sections is not None


def _load_wizard_yaml() -> dict[str, object]:
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (ROOT / "resources" / "wizard").glob("*.yaml")}


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
    folder = tmp_path_factory.mktemp("wiz")
    for name, data in files.items():
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    def run():
        try:
            definition = load_definition(folder)
        except ValueError:
            return None
        return validate(definition)

    problems = _timed("wizard loader+validator", run)
    assert problems is None or isinstance(problems, list)
