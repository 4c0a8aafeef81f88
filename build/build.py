"""Build the standalone executables into dist/ (run by `./dev.sh dist`).

    python build/build.py [--skip-tests] [--onedir-only] [--content DIR] [--if-stale] [--no-smoke] [--clean]

1. build the content store fresh (`objector-guide build-db`; with --content DIR, from DIR instead)
2. compile translations resources/i18n/*.ts -> .qm with pyside6-lrelease (skipped when there are none)
3. render the app icon for every platform (build/icons.py -> build/work/icons/)
4. run the tests (not the e2e ones, which test this build) unless --skip-tests
5. PyInstaller with build/objector-guide.spec: dist/objector-guide/objector-guide (one folder)
   and dist/objector-guide-onefile (one file) unless --onedir-only
6. smoke-run the one-folder build: `dist/objector-guide/objector-guide self-test` (unless --no-smoke)

PyInstaller's work files go to build/work/ (gitignored); build/'s sources are never touched.
--content DIR builds against another content tree, e.g. the last commit whose content validates:
    git archive REV resources/content | tar -x -C /tmp/rev && python build/build.py --content /tmp/rev/resources/content
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
WORK = BUILD / "work"
SPEC = BUILD / "objector-guide.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def target(platform: str = sys.platform) -> dict:
    """The spec's TARGETS entry for `platform` (file names, dist folder): the spec is the one
    place that says how platforms differ."""
    import ast

    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "TARGETS" for t in node.targets):
            targets = ast.literal_eval(node.value)
            return targets.get(platform, targets["linux"])
    raise SystemExit(f"{SPEC} defines no TARGETS")


TARGET = target()
DIST = ROOT / TARGET["dist"]
ONEDIR_EXE = DIST / TARGET["name"] / f"{TARGET['name']}{TARGET['exe']}"
ONEFILE_EXE = DIST / f"{TARGET['onefile']}{TARGET['exe']}" if TARGET["onefile"] else None  # None on macOS

# What the frozen build is made from: when any of these is newer than ONEDIR_EXE, it is stale.
SOURCES = ("app", "resources", "db/schema.sql", "build/entry.py", "build/objector-guide.spec",
           "build/build.py", "pyproject.toml")
_GENERATED = {".qm", ".pyc", ".sqlite"}


def newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = ROOT / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for f in files:
            if f.suffix not in _GENERATED and "__pycache__" not in f.parts:
                newest = max(newest, f.stat().st_mtime)
    return newest


STAMP = WORK / "last-build.json"  # what the one-folder build in dist/ was made from


def is_stale(exe: Path = ONEDIR_EXE) -> bool:
    """True unless dist/ holds a build of resources/content newer than every source file."""
    try:
        made_from = json.loads(STAMP.read_text(encoding="utf-8")).get("content")
    except (OSError, ValueError):
        made_from = "unknown"
    return made_from is not None or not exe.is_file() or exe.stat().st_mtime < newest_source()


def step(title: str) -> float:
    print(f"\n== {title}", flush=True)
    return time.perf_counter()


def run(cmd: list[str], **kw: object) -> None:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True, **kw)  # type: ignore[call-overload]


def build_store(content: Path | None) -> Path:
    """The store to bundle: db/guidebook.sqlite, or build/work/store/ when built from --content."""
    if content is None:
        run([sys.executable, "-m", "app", "build-db"])
        return ROOT / "db" / "guidebook.sqlite"
    out = WORK / "store" / "guidebook.sqlite"
    code = ("import sys; from pathlib import Path; from app.content.loader import load_content; "
            "from app.store.build import build_store; "
            "s = build_store(load_content(Path(sys.argv[1])), Path(sys.argv[2]), Path(sys.argv[3]).read_text('utf-8')); "
            "print(f'Built {s.path} from {sys.argv[1]}: {s.rows} rows')")
    run([sys.executable, "-c", code, content, out, ROOT / "db" / "schema.sql"])
    return out


def lrelease() -> list[str]:
    exe = Path(sys.executable).parent / f"pyside6-lrelease{EXE_SUFFIX}"
    return [str(exe)] if exe.is_file() else ["pyside6-lrelease"]


def compile_translations() -> None:
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if not sources:
        print("no resources/i18n/*.ts: nothing to compile")
        return
    for ts in sources:
        run([*lrelease(), "-silent", ts, "-qm", ts.with_suffix(".qm")])


def size(path: Path) -> int:
    """Bytes on disk, counting symlinked libraries once."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--skip-tests", action="store_true", help="do not run the test suite first")
    p.add_argument("--onedir-only", action="store_true", help="build only dist/objector-guide/ (faster)")
    p.add_argument("--content", type=Path, help="bundle this content tree instead of resources/content")
    p.add_argument("--if-stale", action="store_true",
                   help="do nothing when dist/objector-guide is newer than every source file")
    p.add_argument("--clean", action="store_true", help="empty PyInstaller's cache in build/work first")
    p.add_argument("--no-smoke", action="store_true",
                   help="do not run the built executable's self-test (tests/e2e/test_frozen.py runs it itself)")
    args = p.parse_args(argv)

    if args.if_stale and not is_stale():
        print(f"{ONEDIR_EXE.relative_to(ROOT)} is up to date")
        return 0
    os.chdir(ROOT)
    started = time.perf_counter()
    timings: dict[str, float] = {}
    try:
        t = step("content store")
        store = build_store(args.content.resolve() if args.content else None)
        timings["store"] = time.perf_counter() - t

        t = step("translations and icons")
        compile_translations()
        run([sys.executable, BUILD / "icons.py", WORK / "icons"])
        timings["translations+icons"] = time.perf_counter() - t

        if not args.skip_tests:
            t = step("tests (all but e2e, which test this build)")
            env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
            run([sys.executable, "-m", "pytest", "-q", "-m", "not e2e"], env=env)
            timings["tests"] = time.perf_counter() - t

        t = step("PyInstaller")
        spec_args = ["--store", store, "--icons", WORK / "icons"]
        if args.content:
            spec_args += ["--content", args.content.resolve()]
        if args.onedir_only:
            spec_args.append("--onedir-only")
        run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             *(["--clean"] if args.clean else []),
             "--distpath", DIST, "--workpath", WORK / "pyinstaller", SPEC, "--", *spec_args])
        timings["pyinstaller"] = time.perf_counter() - t
        STAMP.write_text(json.dumps({"content": str(args.content.resolve()) if args.content else None}),
                         encoding="utf-8")
        if sys.platform.startswith("linux"):  # for installing: see build/README.md
            shutil.copy2(BUILD / "linux" / "objector-guide.desktop", ONEDIR_EXE.parent)
            shutil.copy2(WORK / "icons" / "objector-guide.png", ONEDIR_EXE.parent)

        if not args.no_smoke:
            t = step("smoke run of the one-folder build")
            run([ONEDIR_EXE, "self-test"])
            timings["self-test"] = time.perf_counter() - t
    except subprocess.CalledProcessError as exc:
        print(f"\nbuild failed: {' '.join(map(str, exc.cmd))} exited with {exc.returncode}", file=sys.stderr)
        return 1

    print("\n== done")
    for what in (ONEDIR_EXE.parent, ONEFILE_EXE):
        if what is not None and what.exists():
            print(f"{what.relative_to(ROOT)}: {size(what) / 1e6:.1f} MB")
    print("times: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items())
          + f"; total {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
