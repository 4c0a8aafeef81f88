"""Switching language at run time changes menus, tabs and content; every UI string is translated."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


@pytest.fixture(scope="module", autouse=True)
def compiled_translations() -> None:
    """The .qm files are build products (./dev.sh compiles them); make sure they are fresh here."""
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    for ts in I18N.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.mark.parametrize("lang", ["ru", "de"])
def test_every_ui_string_is_translated(lang: str) -> None:
    tree = ET.parse(I18N / f"objector_guide_{lang}.ts")
    def text_of(tr) -> str:  # plural messages keep their forms in <numerusform> children
        return (tr.text or "").strip() + "".join((n.text or "").strip() for n in tr.iter("numerusform"))

    missing = [m.findtext("source") for m in tree.iter("message")
               if m.find("translation").get("type") == "unfinished" or not text_of(m.find("translation"))]
    assert missing == []


@pytest.mark.parametrize("lang", ["ru", "de"])
def test_translations_keep_placeholders(lang: str) -> None:
    import re

    tree = ET.parse(I18N / f"objector_guide_{lang}.ts")
    for m in tree.iter("message"):
        src = m.findtext("source")
        forms = [n.text or "" for n in m.find("translation").iter("numerusform")] or [m.findtext("translation") or ""]
        for tr in forms:  # a plural message: every form keeps the placeholders, %n too
            assert sorted(re.findall(r"%[\dn]", src)) == sorted(re.findall(r"%[\dn]", tr)), (src, tr)


def _menu_titles(w) -> list[str]:
    return [a.text() for a in w.menuBar().actions()]


def test_switching_to_russian_changes_menus_and_content(qtbot, make_window) -> None:
    w = make_window()
    assert _menu_titles(w)[0] == "&File"
    w.open_record("term", "deserter")
    w.set_language("ru")
    titles = _menu_titles(w)
    assert titles[0] != "&File" and any("Файл" in t for t in titles)
    assert w.nav.tabText(0) == "Оглавление" or "Содерж" in w.nav.tabText(0)
    assert w.reader.toPlainText().startswith("дезертир")
    assert w.search.placeholderText() != "" and "Search" not in w.search.placeholderText()
    w.set_language("en")
    assert _menu_titles(w)[0] == "&File"
    assert w.reader.toPlainText().startswith("deserter")


def test_language_choice_is_remembered(qtbot, make_window) -> None:
    w = make_window()
    w.set_language("de")
    w.close()
    from app.ui import i18n

    i18n.install("en")
    w2 = make_window()
    assert w2.lang == "de"
    i18n.install("en")


def test_every_translatable_string_in_the_code_is_in_the_translation_sources() -> None:
    """Catches strings lupdate cannot see (a wrapper around tr/translate, an f-string).
    `_tr = QCoreApplication.translate` is allowed: scripts/update_translations.sh declares
    `_tr` to lupdate (-tr-function-alias translate+=_tr). A function wrapping either is not."""
    import re

    sources = {m.findtext("source") for m in ET.parse(I18N / "objector_guide_ru.ts").iter("message")}
    piece = r'"(?:[^"\\]|\\.)*"'
    pattern = re.compile(r'(?:\.tr\(\s*|(?:QCoreApplication\.translate|\b_tr)\(\s*"[^"]+",\s*)((?:' + piece + r'\s*)+)')
    missing = []
    for path in sorted((ROOT / "app" / "ui").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"\bdef _?tr\(|\b_tr\s*=(?!\s*QCoreApplication\.translate\b)", text), \
            f"{path.name}: wrappers hide strings from lupdate (use `_tr = QCoreApplication.translate`)"
        for m in pattern.finditer(text):
            joined = "".join(p[1:-1] for p in re.findall(piece, m.group(1)))  # adjacent literals join
            s = joined.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if s not in sources:
                missing.append(f"{path.name}: {s}")
    assert missing == []


def test_qt_standard_buttons_follow_the_language(qtbot, make_window) -> None:
    from PySide6.QtCore import QCoreApplication

    w = make_window()
    w.set_language("de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    w.set_language("en")


def test_each_pane_shows_the_page_words_of_its_own_language(qtbot, make_window) -> None:
    """Across the table: the interface in German, the client's pane in Russian; each page's
    headings come from the renderer catalogue in the pane's language, not the interface's."""
    w = make_window()
    w.set_language("de")
    w.set_side_by_side(True)
    w.set_side_language("ru")
    term = w.book.list("term", "en")[0]
    w.open_record("term", term.id)
    mine, theirs = w.reader.toPlainText(), w.second.reader.toPlainText()
    assert "In anderen Sprachen" in mine and "На других языках" not in mine
    assert "На других языках" in theirs and "In anderen Sprachen" not in theirs
    w.set_side_by_side(False)
    w.set_language("en")
    assert "In other languages" in w.reader.toPlainText()


def test_the_outcome_on_screen_follows_a_language_switch_in_the_sheets_words(qtbot, make_window,
                                                                             shipped_book) -> None:
    from PySide6.QtCore import Qt

    from app.sheet.labels import load_labels
    from tests.sheet_cases import example_answers
    from tests.ui.test_wizard_window import answer_like

    main = make_window(shipped_book)
    main.open_wizard()
    w = main.wizard
    answer_like(qtbot, w, example_answers()["deserter"])
    qtbot.mouseClick(w.next_btn, Qt.MouseButton.LeftButton)
    assert w.pages.currentWidget() is w.outcome_page
    for lang in ("ru", "de", "en"):
        main.set_language(lang)
        text = w.outcome_view.toPlainText()
        sheet = load_labels()[lang]
        assert sheet["why"] in text and sheet["next_steps"] in text, lang  # the same words as on paper
    main.set_language("ru")
    assert "Оценка" in w.outcome_view.toPlainText() and "Why this category" not in w.outcome_view.toPlainText()
    main.set_language("en")
