"""Rules of the codebase that keep the product's promises: no network code, Qt only in the UI,
and the layers of .importlinter (each package imports only the ones below it)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"
# Qt is imported in app/ui only. The window, `sheet` (a PDF) and `self-test` start Qt by calling
# into app.ui inside the command (app/cli/gui.py, app/cli/sheet.py, app/selftest.py), so they
# are checked here like everything else: importing them must not load Qt.
QT_ALLOWED = {"ui"}
NETWORK = re.compile(r"^\s*(?:from|import)\s+(urllib|http\.client|http\.server|requests|httpx|socket|ssl|ftplib|"
                     r"smtplib|xmlrpc|PySide6\.QtNetwork|PySide6\.QtWebEngine\w*)\b", re.M)


def _modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py"))


def test_no_networking_code_anywhere() -> None:
    offenders = [f"{p.relative_to(ROOT)}: {m.group(0).strip()}" for p in _modules()
                 for m in NETWORK.finditer(p.read_text(encoding="utf-8"))]
    assert offenders == []
    for p in _modules():
        assert "QtNetwork" not in p.read_text(encoding="utf-8"), p


def _qt_allowed(path: Path) -> bool:
    rel = path.relative_to(APP).as_posix()
    return any(rel == a or rel.startswith(a + "/") for a in QT_ALLOWED)


def test_qt_is_imported_only_in_the_ui_layer() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in _modules()
                 if not _qt_allowed(p) and re.search(r"^\s*(from|import)\s+PySide6", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []


def test_logic_modules_import_without_qt_in_a_fresh_interpreter() -> None:
    names = []
    for p in _modules():
        if _qt_allowed(p) or p.name == "__main__.py":
            continue
        rel = p.relative_to(ROOT).with_suffix("")
        names.append(".".join(rel.parts).removesuffix(".__init__"))
    code = ("import importlib, sys\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_import_contracts_hold() -> None:
    """.importlinter: the layers, Qt only through app.ui, the store below the importer."""
    lint = Path(sys.executable).with_name("lint-imports")
    assert lint.exists(), "import-linter is missing: pip install -e '.[test]'"
    proc = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
