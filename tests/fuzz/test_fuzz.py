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
# the validator walks every path of a definition (~50 ms an input): a quarter as many keeps CI short
FUZZ_WIZARD = settings(FUZZ, max_examples=max(1, EXAMPLES // 4))
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


@FUZZ
@given(data=st.one_of(st.binary(max_size=4000), st.text(max_size=4000).map(lambda t: t.encode("utf-8")),
                      st.text(alphabet=st.sampled_from(list("#<>/h1p\n \tAbc.,:-|1")), max_size=3000)
                      .map(lambda t: t.encode())),
       suffix=st.sampled_from([".txt", ".md", ".html", ".htm"]))
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
