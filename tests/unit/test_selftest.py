"""The self-test runner (app/selftest.py) and the frozen-build side of app/paths.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import paths, selftest


def test_importing_the_selftest_does_not_import_qt() -> None:
    code = "import sys, app.selftest, app.cli.self_test; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_one_failing_check_does_not_stop_the_others() -> None:
    def ok(ctx: selftest.Context) -> str:
        return "fine"

    def broken(ctx: selftest.Context) -> str:
        raise RuntimeError("boom")

    def failing(ctx: selftest.Context) -> str:
        raise selftest.CheckFailed("nope")

    def skipped(ctx: selftest.Context) -> str:
        raise selftest.Skip("later")

    checks = [selftest.Check(n, f) for n, f in (("a", broken), ("b", failing), ("c", skipped), ("d", ok))]
    seen: list[str] = []
    results = selftest.run(checks, window=False, report=lambda r: seen.append(r.name))
    assert [(r.name, r.status, r.detail) for r in results] == [
        ("a", "FAIL", "RuntimeError: boom"), ("b", "FAIL", "nope"), ("c", "skip", "later"), ("d", "ok", "fine")]
    assert seen == ["a", "b", "c", "d"]
    assert all(r.seconds >= 0 for r in results)


def test_check_names_are_unique_and_the_qt_check_comes_last() -> None:
    names = [c.name for c in selftest.CHECKS]
    assert len(names) == len(set(names))
    assert names[-1] == "qt-messages"
    with pytest.raises(ValueError):
        selftest.check(names[0])(lambda ctx: "")


def test_a_long_detail_is_cut_to_one_line() -> None:
    line = selftest.Result("store", "FAIL", 0.01, "x" * 1000).line()
    assert len(line) < 460 and line.endswith("…") and "\n" not in line


def test_the_selftest_leaves_user_data_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OBJECTOR_GUIDE_DATA_DIR", str(tmp_path / "mine"))

    def writes(ctx: selftest.Context) -> str:
        target = paths.user_data_dir()
        target.mkdir(parents=True)
        (target / "settings.json").write_text("{}")
        return str(target)

    [result] = selftest.run([selftest.Check("writes", writes)], window=False)
    assert result.status == "ok" and "mine" not in result.detail
    assert not (tmp_path / "mine").exists()
    assert paths.user_data_dir() == tmp_path / "mine"


def test_frozen_paths_come_from_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "objector-guide"))
    assert paths.bundled_store_path() == tmp_path / "_internal" / "db" / "guidebook.sqlite"
    assert paths.app_icon() == tmp_path / "_internal" / "resources" / "icons" / "objector-guide.png"
    monkeypatch.delenv("OBJECTOR_GUIDE_DATA_DIR")
    paths.set_portable(True)
    try:
        assert paths.user_data_dir() == tmp_path / "ObjectorGuide-data"
    finally:
        paths.set_portable(False)


def test_portable_data_on_macos_goes_beside_the_app_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = tmp_path / "Objector Guide.app" / "Contents" / "MacOS" / "objector-guide"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "platform", "darwin")
    assert paths.executable_dir() == tmp_path


@pytest.mark.parametrize(("frozen", "missing", "expected"), [
    (False, None, ("ok", "compiled when first used (source checkout)")),
    (True, None, ("FAIL", "this build carries no compiled templates (resources/templates-compiled)")),
    (True, ["sheet.html"], ("FAIL", "not compiled in this build, or compiled from another source: sheet.html")),
    (True, [], ("ok", "every template compiled by the build")),
])
def test_a_build_without_its_compiled_templates_fails_the_selftest(monkeypatch: pytest.MonkeyPatch, frozen: bool,
                                                                   missing: list[str] | None,
                                                                   expected: tuple[str, str]) -> None:
    from app.render import templates

    monkeypatch.setattr(paths, "is_frozen", lambda: frozen)
    monkeypatch.setattr(templates, "not_compiled", lambda: missing)
    check = next(c for c in selftest.CHECKS if c.name == "templates")
    [result] = selftest.run([check], window=False)
    assert (result.status, result.detail) == expected
