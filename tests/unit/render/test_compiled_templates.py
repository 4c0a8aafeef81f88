"""Templates compiled by the build render as the templates themselves do, and never stale."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jinja2
import pytest

from app import paths
from app.render import templates
from app.render.templates import COMPILED, compile_templates, not_compiled

SOURCE = paths.resources_dir() / "templates"


def _no_compiling(env: jinja2.Environment) -> jinja2.Environment:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the template was compiled although its compiled code is there")

    env.compile = refuse  # type: ignore[method-assign]
    return env


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    target = tmp_path / "compiled"
    assert compile_templates(SOURCE, target) == sorted(p.name for p in SOURCE.glob("*.html"))
    return target


def test_every_template_is_loaded_from_its_compiled_code(compiled: Path) -> None:
    env = _no_compiling(templates._make(str(SOURCE), templates._Compiled(compiled)))
    for name in sorted(p.name for p in SOURCE.glob("*.html")):
        env.get_template(name)


def test_a_sheet_and_an_outcome_render_the_same_from_compiled_code(compiled: Path, shipped_store: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from app.render.outcome import render_outcome
    from app.sheet.service import sheet_html
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook
    from app.wizard.definition import load_definition
    from app.wizard.engine import step

    book = Guidebook(connect_readonly(shipped_store))
    definition = load_definition()
    answers = json.loads(paths.resource("wizard", "examples", "called-up.json").read_text(encoding="utf-8"))

    def made() -> list[str]:
        outcome = step(definition, answers).outcome
        return [sheet_html(definition, answers, lang, book) for lang in ("en", "ru", "de")] + \
            [sheet_html(definition, answers, "ru", book, safe=True),
             render_outcome(outcome, lambda kind, rid: rid)]

    plain = made()
    env = _no_compiling(templates._make(str(SOURCE), templates._Compiled(compiled)))
    monkeypatch.setattr(templates, "environment", lambda: env)
    assert made() == plain


@pytest.fixture
def probe(tmp_path: Path) -> tuple[Path, Path]:
    """A one-line template and its compiled code."""
    source = tmp_path / "probe"
    source.mkdir()
    (source / "probe.html").write_text("A {{ x }}", encoding="utf-8")
    compiled = tmp_path / "probe-compiled"
    compile_templates(source, compiled)
    return source, compiled


def _render(source: Path, compiled: Path) -> str:
    return templates._make(str(source), templates._Compiled(compiled)).get_template("probe.html").render(x=1)


def test_the_compiled_probe_renders(probe: tuple[Path, Path]) -> None:
    assert _render(*probe) == "A 1"


def test_an_edited_template_is_compiled_afresh(probe: tuple[Path, Path]) -> None:
    source, compiled = probe
    (source / "probe.html").write_text("B {{ x }}", encoding="utf-8")
    assert _render(source, compiled) == "B 1"


@pytest.mark.parametrize("damage", ["empty", "foreign", "garbage after the header", "cut in half"])
def test_a_damaged_compiled_file_is_compiled_afresh(probe: tuple[Path, Path], damage: str) -> None:
    source, compiled = probe
    for file in compiled.glob("*.cache"):
        whole = file.read_bytes()
        header = whole[:len(jinja2.bccache.bc_magic)]
        file.write_bytes({"empty": b"", "foreign": b"not jinja", "cut in half": whole[:len(whole) // 2],
                          "garbage after the header": header + b"\x80\x05garbage"}[damage])
    assert _render(source, compiled) == "A 1"


def test_nothing_is_written_at_run_time(probe: tuple[Path, Path]) -> None:
    source, compiled = probe
    (source / "probe.html").write_text("D {{ x }}", encoding="utf-8")
    before = {p: p.read_bytes() for p in compiled.iterdir()}
    _render(source, compiled)
    assert {p: p.read_bytes() for p in compiled.iterdir()} == before


def test_the_self_test_finds_what_a_copy_lacks(compiled: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(SOURCE, resources / "templates")
    monkeypatch.setattr(paths, "resources_dir", lambda: resources)
    monkeypatch.setattr(paths, "resource", lambda *parts: resources.joinpath(*parts))
    assert not_compiled() is None  # a source checkout
    shutil.copytree(compiled, resources / COMPILED)
    assert not_compiled() == []
    next((resources / COMPILED).glob("*.cache")).unlink()
    assert len(not_compiled() or []) == 1
