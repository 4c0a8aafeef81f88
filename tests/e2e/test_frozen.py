"""The frozen one-folder build, run as a counsellor's laptop runs it: no Python, no network.

Builds dist/objector-guide/ first when it is missing or older than any source file
(build/build.py --onedir-only --skip-tests --if-stale --no-smoke: about a minute), then runs the
executable's own self-test with the network unavailable (`unshare -n`) and a few
commands a user might type.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import __version__, selftest
from tests.build_lock import build_lock
from tests.script_module import load_script

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
# where build/build.py puts this platform's one-folder build: dist/objector-guide/objector-guide,
# on Windows dist/windows/ObjectorGuide/ObjectorGuide.exe
EXE = load_script("objector_build", ROOT / "build" / "build.py").ONEDIR_EXE
# seconds; a cold build takes about a minute on a 2-core CI machine (pyproject.toml: 30 minutes per test)
BUILD_TIMEOUT = 1200


@pytest.fixture(scope="module")
def frozen() -> Path:
    started = time.perf_counter()
    with build_lock():  # another test process may be building dist/ right now
        proc = subprocess.run([sys.executable, str(ROOT / "build" / "build.py"), "--onedir-only", "--skip-tests",
                               "--if-stale", "--no-smoke"], cwd=ROOT, capture_output=True, text=True,
                              timeout=BUILD_TIMEOUT)
    assert proc.returncode == 0, f"build failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    assert EXE.is_file(), f"{EXE} was not built"
    print(f"frozen build ready in {time.perf_counter() - started:.0f} s: {EXE}")
    return EXE


def _offline_prefix() -> tuple[list[str], str]:
    """A command prefix that takes the network away, and a note when that is not possible here."""
    if not sys.platform.startswith("linux") or not shutil.which("unshare"):
        return [], "unshare not available: ran with the network"
    for prefix in (["unshare", "-n", "--"], ["unshare", "-r", "-n", "--"]):  # root; else a user namespace
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix, ""
    return [], "unshare -n not permitted here: ran with the network"


def run_frozen(exe: Path, *args: str, offline: bool = True) -> subprocess.CompletedProcess[str]:
    prefix, note = _offline_prefix() if offline else ([], "")
    if note:
        print(f"NOTE: {note}")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("OBJECTOR_GUIDE_DEBUG", None)
    proc = subprocess.run([*prefix, str(exe), *args], cwd=exe.parent, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def test_self_test_passes_without_network(frozen: Path, tmp_path: Path) -> None:
    proc = run_frozen(frozen, "self-test")
    assert proc.returncode == 0, f"self-test failed:\n{proc.stdout}\n{proc.stderr}"
    assert "(frozen," in proc.stdout and "\nOK: " in proc.stdout, proc.stdout
    assert f"OK: {len(selftest.CHECKS)} checks passed, 0 skipped" in proc.stdout, proc.stdout
    passed = [line[4:].strip().split("  ")[0] for line in proc.stdout.splitlines() if line.startswith("ok  ")]
    assert passed == [c.name for c in selftest.CHECKS], f"every check must pass, none skipped:\n{proc.stdout}"
    assert proc.stderr.strip() == "", f"unexpected output on stderr:\n{proc.stderr}"
    data_dir = Path(os.environ["OBJECTOR_GUIDE_DATA_DIR"])
    assert not data_dir.exists() or not any(data_dir.iterdir()), "the self-test wrote user data"


def test_hostile_search_is_a_json_list(frozen: Path) -> None:
    proc = run_frozen(frozen, "search", '"AND(', "--json")
    assert proc.returncode == 0, proc.stderr
    assert isinstance(json.loads(proc.stdout), list)


def test_show_missing_term_is_a_clear_error(frozen: Path) -> None:
    proc = run_frozen(frozen, "show", "term", "nonexistent")
    assert proc.returncode == 1
    assert "There is no term with the id 'nonexistent'" in proc.stderr


def test_version_matches_the_package(frozen: Path) -> None:
    proc = run_frozen(frozen, "--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"objector-guide {__version__}"


def test_bundle_keeps_no_network_qt_module(frozen: Path) -> None:
    """The excludes list holds: no QtNetwork bindings, WebEngine or QML in the bundle."""
    internal = frozen.parent / "_internal" / "PySide6"
    names = {p.name.split(".")[0] for p in internal.glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= names
    assert not names & {"QtNetwork", "QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia"}, names


def test_the_build_can_check_content_updates(frozen: Path, tmp_path: Path) -> None:
    """A frozen app without the publisher's public key would trust no content update; an
    unsigned file must be refused by the build as it is by the source."""
    repo_keys = Path(__file__).resolve().parents[2] / "resources" / "keys"
    keys = sorted((frozen.parent / "_internal" / "resources" / "keys").glob("*.pub"))
    assert keys and [k.name for k in keys] == sorted(p.name for p in repo_keys.glob("*.pub"))
    bogus = tmp_path / "bogus.ogedition"
    bogus.write_bytes(b"PK\x03\x04 not an edition")
    run = run_frozen(frozen, "--data-dir", str(tmp_path / "d"), "edition", "verify", str(bogus))
    assert run.returncode == 1 and run.stderr.strip(), run


def _archive(exe: Path):
    """The executable's own archive (PyInstaller's reader): its run-time options and its PYZ."""
    from PyInstaller.archive.readers import CArchiveReader

    return CArchiveReader(str(exe))


def _module_docstring(module: str) -> str | None:
    """The docstring `module` has in its source: the app's read from the repository (importing
    app.ui here would patch shiboken in the test process), libraries' found by importlib."""
    import ast

    path = ROOT.joinpath(*module.split(".")).with_suffix(".py")
    if not module.startswith("app."):
        spec = importlib.util.find_spec(module)
        assert spec is not None and spec.origin, module
        path = Path(spec.origin)
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False)


@pytest.mark.parametrize("module", ["app.ui.application", "app.store.search", "jinja2.environment", "markdown_it"])
def test_the_build_carries_no_docstrings(frozen: Path, module: str) -> None:
    """The spec compiles the bundle as `python -OO` does (OPTIMIZE): every module the app loads
    would otherwise keep its docstrings in memory for the whole session (#19: 0.9 MB of the
    session's peak). The app's own modules and the libraries alike."""
    doc = _module_docstring(module)
    assert doc, f"{module} has no module docstring in its source: pick a module that has one"
    code = _archive(frozen).open_embedded_archive("PYZ.pyz").extract(module)
    assert doc not in code.co_consts, f"the build keeps {module}'s docstring"
    assert "__doc__" not in code.co_names, f"the build sets {module}.__doc__"


def test_the_build_runs_at_the_level_it_was_compiled_at(frozen: Path) -> None:
    """-O twice among the executable's Python options: sys.flags.optimize is 2, as its bytecode
    is, and what it compiles at run time is compiled alike."""
    assert _archive(frozen).options.count("O") == 2, _archive(frozen).options
