"""The Windows release under Wine, as a counsellor uses it: the one-folder build's self-test,
Russian on the command line and in a printed sheet, the installer (silent, per user) and its
uninstaller, and the portable exe keeping its data beside itself."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import __version__
from tests.build_lock import build_lock

from .conftest import ROOT, run_windows, windows, windows_user_dir

pytestmark = [pytest.mark.e2e, pytest.mark.windows]


@pytest.fixture(autouse=True)
def _no_build_meanwhile(windows_build: Path):
    """Each test here runs dist/windows under the build's Wine prefix, and holds the build lock
    while it does. Without the lock, build/release.py (tests/packaging/test_release.py, on
    another worker) could rebuild dist/windows, installer included, and run its self-test in
    the same prefix meanwhile: one CI run saw an uninstaller exit 2 and a silent install leave
    nothing behind, both passing on their own."""
    with build_lock():
        yield

ONEDIR = windows.ONEDIR_EXE
PORTABLE = windows.ONEFILE_EXE
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]{4,}")
# pdftotext joins a word broken at a line-end hyphen ("Берлина-" / "Бранденбурга" ->
# "БерлинаБранденбурга"), and where lines break differs by a point between the platforms' fonts
JOINED_AT_HYPHEN = re.compile(r"(?<=[а-яё])(?=[А-ЯЁ])")


def cyrillic_words(text: str) -> set[str]:
    return set(CYRILLIC_WORD.findall(JOINED_AT_HYPHEN.sub(" ", text)))


def _answers(tmp_path: Path) -> Path:
    """A finished assessment: the first option of every question the wizard asks."""
    from app.selftest import _first_complete_answers
    from app.wizard.definition import load_definition
    from app.wizard.engine import step

    path = tmp_path / "answers.json"
    path.write_text(json.dumps(_first_complete_answers(load_definition(), step), ensure_ascii=False),
                    encoding="utf-8")
    return path


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text("# Report on deserters\n\n## Мобилизация\n\nОтказ от службы и мобилизация.\n", encoding="utf-8")
    return path


def _version_strings(exe: Path) -> dict[str, str]:
    """The exe's version resource (Explorer: Properties > Details), read with pefile from the
    toolchain's wheel (pure Python), and whether it carries an icon."""
    wheel = next((windows.DOWNLOADS / "wheels").glob("pefile-*.whl"))
    sys.path.insert(0, str(wheel))
    try:
        import pefile
    finally:
        sys.path.remove(str(wheel))
    pe = pefile.PE(str(exe), fast_load=True)
    pe.parse_data_directories(directories=[pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_RESOURCE"]])
    strings: dict[str, str] = {}
    for info in getattr(pe, "FileInfo", None) or []:
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    resources = getattr(pe, "DIRECTORY_ENTRY_RESOURCE", None)
    kinds = {entry.id for entry in resources.entries} if resources else set()
    strings["<icon>"] = "yes" if pefile.RESOURCE_TYPE["RT_GROUP_ICON"] in kinds else "no"
    pe.close()
    return strings


# ------------------------------------------------------------------------------ artefacts

def test_three_windows_artefacts_with_version_and_icon(windows_build: Path) -> None:
    installer = windows.installer_path()
    for path in (ONEDIR, PORTABLE, installer):
        assert path.is_file(), f"{path} was not built"
    assert (ONEDIR.parent / "_internal" / "python313.dll").is_file()
    assert not (ONEDIR.parent / "_internal" / "PySide6" / "opengl32sw.dll").exists()
    for exe, name in ((ONEDIR, "ObjectorGuide.exe"), (PORTABLE, "ObjectorGuide-portable.exe")):
        meta = _version_strings(exe)
        assert meta.get("ProductName") == "Objector Guide", meta
        assert meta.get("FileVersion") == __version__ and meta.get("ProductVersion") == __version__, meta
        assert meta.get("OriginalFilename") == name, meta
        assert meta["<icon>"] == "yes", f"{exe.name} has no icon"
    meta = _version_strings(installer)
    assert meta.get("ProductName") == "Objector Guide" and meta.get("ProductVersion") == __version__, meta
    assert meta["<icon>"] == "yes", "the installer has no icon"


# ------------------------------------------------------------------------ the program

def test_self_test_passes_under_wine_without_network(windows_build: Path) -> None:
    proc = run_windows(ONEDIR, "-platform", "offscreen", "self-test", offline=True)
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, f"self-test failed under Wine:\n{out}\n{proc.stderr.decode('utf-8', 'replace')}"
    assert "(frozen, win32)" in out and "\nOK: " in out, out
    lines = [line for line in out.splitlines() if line[:4].strip() in ("ok", "FAIL", "skip")]
    for name in ("resources", "store", "search en deserter", "search ru дезертир", "search de Kirchenasyl",
                 "wizard", "window", "icon", "sheet pdf", "qt-messages"):
        assert any(line.startswith("ok") and f" {name} " in line + " " for line in lines), \
            f"check {name!r} did not pass under Wine:\n{out}"
    assert not [line for line in lines if not line.startswith("ok")], out
    assert "on 'offscreen'" in out, "Qt did not take -platform offscreen from the command line"
    assert "Traceback" not in proc.stderr.decode("utf-8", "replace")


def test_russian_search_prints_utf8(windows_build: Path) -> None:
    proc = run_windows(ONEDIR, "search", "дезертир", "--lang", "ru", "--json")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    hits = json.loads(proc.stdout.decode("utf-8"))  # strict: any cp1252 byte fails here
    assert hits, "no hit for дезертир"
    assert any(CYRILLIC_WORD.search(json.dumps(hit, ensure_ascii=False)) for hit in hits), hits
    plain = run_windows(ONEDIR, "search", "мобилизация", "--lang", "ru").stdout.decode("utf-8")
    assert "мобилизац" in plain.lower(), plain


def test_sheet_pdf_prints_russian_like_the_linux_app(windows_build: Path, tmp_path: Path) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    answers = _answers(tmp_path)
    pdf = tmp_path / "sheet-windows.pdf"
    proc = run_windows(ONEDIR, "-platform", "offscreen", "sheet", "--answers", windows.winpath(answers),
                       "--lang", "ru", "--out", windows.winpath(pdf))
    assert proc.returncode == 0, proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    words = cyrillic_words(text)
    assert len(words) > 50, f"little Cyrillic text in the Windows PDF:\n{text[:1000]}"
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts, fonts

    linux_pdf = tmp_path / "sheet-linux.pdf"
    subprocess.run([sys.executable, "-m", "app", "sheet", "--answers", str(answers), "--lang", "ru",
                    "--out", str(linux_pdf)], cwd=ROOT, check=True, capture_output=True)
    linux_text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(linux_pdf), "-"], capture_output=True,
                                check=True).stdout.decode("utf-8")
    linux_words = cyrillic_words(linux_text)
    if words != linux_words:
        # A sheet near the two-page limit may fit in full type on one platform and need the
        # compact layout on the other (fonts measure a point apart), and the compact layout
        # leaves out the key-terms table (the glossary has it). That, and only that, may differ.
        html = tmp_path / "sheet.html"
        subprocess.run([sys.executable, "-m", "app", "sheet", "--answers", str(answers), "--lang", "ru", "--html",
                        "--out", str(html)], cwd=ROOT, check=True, capture_output=True)
        full = html.read_text(encoding="utf-8")
        start = full.rindex("<h2>", 0, full.index("<table class='terms'>"))  # the table's heading too
        table = full[start:full.index("</table>", start)]
        assert words ^ linux_words <= cyrillic_words(table), \
            "the Windows sheet says something else than the Linux one"


# ---------------------------------------------------------------------- the installer

def _install(target: Path) -> subprocess.CompletedProcess[bytes]:
    # /D= must come last and unquoted (on Windows even with spaces in it)
    return run_windows(windows.installer_path(), "/S", f"/D={windows.winpath(target)}", wait=True)


def test_installer_installs_per_user_and_uninstaller_keeps_user_data(windows_build: Path, tmp_path: Path) -> None:
    data = windows_user_dir("Local", "ObjectorGuide")
    start_menu = windows_user_dir("Roaming", "Microsoft", "Windows", "Start Menu", "Programs", "Objector Guide.lnk")
    shutil.rmtree(data, ignore_errors=True)  # the build's own Wine prefix: no one else's data
    # (no space: Wine quotes an argument with spaces, and NSIS reads /D= only unquoted)
    target = tmp_path / "Programs" / "ObjectorGuide-test"
    try:
        proc = _install(target)
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        exe = target / ONEDIR.name
        assert exe.is_file() and (target / "Uninstall.exe").is_file() and (target / "_internal").is_dir()
        assert start_menu.is_file(), "no Start-menu entry"

        installed = run_windows(exe, "--version")
        assert installed.stdout.decode().strip() == f"objector-guide {__version__}"
        imported = run_windows(exe, "import", windows.winpath(_report(tmp_path)))
        assert imported.returncode == 0, imported.stderr.decode("utf-8", "replace")
        assert (data / "imports.sqlite").is_file(), "the installed app kept no user data in %LOCALAPPDATA%"

        proc = run_windows(target / "Uninstall.exe", "/S", wait=True)
        assert proc.returncode == 0
        assert not exe.exists() and not (target / "_internal").exists() and not (target / "Uninstall.exe").exists()
        assert not start_menu.exists(), "the Start-menu entry stayed"
        assert (data / "imports.sqlite").is_file(), "the uninstaller deleted the user's data"

        # Asked to (the box in the uninstaller; /REMOVEDATA when silent), it removes the data too.
        assert _install(target).returncode == 0
        proc = run_windows(target / "Uninstall.exe", "/S", "/REMOVEDATA", wait=True)
        assert proc.returncode == 0
        assert not target.exists() and not data.exists()
    finally:
        shutil.rmtree(data, ignore_errors=True)


def test_installer_defaults_to_local_app_data_without_admin(windows_build: Path) -> None:
    """The per-user default folder, and no request for administrator rights in the manifest."""
    with windows.installer_path().open("rb") as f:
        head = f.read(2_000_000)
    assert b'level="asInvoker"' in head, "the installer asks for administrator rights"
    default = windows_user_dir("Local", "Programs", "ObjectorGuide")
    shutil.rmtree(default, ignore_errors=True)
    try:
        proc = run_windows(windows.installer_path(), "/S", wait=True)
        assert proc.returncode == 0
        assert (default / ONEDIR.name).is_file(), f"not installed into {default}"
        run_windows(default / "Uninstall.exe", "/S", wait=True)
        assert not (default / ONEDIR.name).exists()
    finally:
        shutil.rmtree(default, ignore_errors=True)


# ------------------------------------------------------------------------ portable exe

@pytest.mark.parametrize("how", ["portable.txt", "--portable"])
def test_portable_exe_keeps_user_data_beside_itself(windows_build: Path, tmp_path: Path, how: str) -> None:
    stick = tmp_path / "USB stick"
    stick.mkdir()
    exe = stick / PORTABLE.name
    shutil.copy2(PORTABLE, exe)
    if how == "portable.txt":
        (stick / "portable.txt").write_text("", encoding="utf-8")
        flags: tuple[str, ...] = ()
    else:
        flags = ("--portable",)
    proc = run_windows(exe, *flags, "import", windows.winpath(_report(tmp_path)), cwd=stick)
    assert proc.returncode == 0, proc.stdout.decode("utf-8", "replace") + proc.stderr.decode("utf-8", "replace")
    assert (stick / "ObjectorGuide-data" / "imports.sqlite").is_file(), list(stick.rglob("*"))
    listed = run_windows(exe, *flags, "imports", "list", cwd=stick)
    assert "Report on deserters" in listed.stdout.decode("utf-8"), listed.stdout


def test_one_folder_build_holds_only_python_and_qt(windows_build: Path) -> None:
    """No Wine system DLL slipped into the bundle (they would break on real Windows)."""
    internal = ONEDIR.parent / "_internal"
    names = {p.name.lower() for p in internal.rglob("*.dll")}
    assert {"python313.dll", "qt6core.dll", "qt6widgets.dll"} <= names
    wine_only = {"kernelbase.dll", "ntdll.dll", "user32.dll", "gdi32.dll", "ucrtbase.dll", "msvcrt.dll"}
    assert not names & wine_only, names & wine_only
    with zipfile.ZipFile(internal / "base_library.zip") as z:
        assert any(n.startswith("encodings/") for n in z.namelist())
