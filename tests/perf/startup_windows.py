"""Start to first paint of the Windows build under Wine, beside a hello-world window frozen the
same way (tests/perf/startup.py's method, for the build made by build/windows.py).

    python tests/perf/startup_windows.py [--runs 7] [--rebuild]

A script, not a test. Builds what is missing: dist/windows/ (build/windows.py --if-stale
--no-smoke) and the hello-world baseline (tests/perf/hello/hello.spec, which takes the app
spec's settings, run by the same Windows CPython under Wine into build/work/windows/perf/).
Then, for the one-folder builds of both (and the one-file builds), --runs times each after
one discarded warm-up run: spawn `wine X.exe -platform offscreen` -> the "first-paint" line on
stdout (OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1 in the app; hello.py always prints it). Wine's own
start is inside every figure; a wineserver kept running for the whole measurement (as on a
desktop where Wine is in use) keeps its start-up out. Page cache warm. Also the sizes.

Prints a table and writes tests/perf/results/startup-windows-<time>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.perf.common import USER_OVERRIDES  # noqa: E402
from tests.script_module import load_script  # noqa: E402

HELLO = Path(__file__).resolve().parent / "hello"
RESULTS = Path(__file__).resolve().parent / "results"


windows = load_script("objector_windows", ROOT / "build" / "windows.py")
startup = load_script("objector_startup", Path(__file__).resolve().parent / "startup.py")
PERF = windows.WORK / "perf"
TARGETS = {
    "app one-folder": (windows.ONEDIR_EXE, windows.ONEDIR_EXE.parent),
    "hello one-folder": (PERF / "dist" / "hello" / "hello.exe", PERF / "dist" / "hello"),
    "app one-file": (windows.ONEFILE_EXE, None),
    "hello one-file": (PERF / "dist" / "hello-onefile.exe", None),
}


def build(rebuild: bool) -> dict[str, float]:
    took: dict[str, float] = {}
    t = time.perf_counter()
    subprocess.run([sys.executable, ROOT / "build" / "windows.py", "--no-smoke",
                    *([] if rebuild else ["--if-stale"])], cwd=ROOT, check=True)
    took["app"] = time.perf_counter() - t
    hello_exe = TARGETS["hello one-folder"][0]
    newest = max(p.stat().st_mtime for p in (HELLO / "hello.py", HELLO / "hello.spec", windows.linux_build.SPEC))
    if rebuild or not hello_exe.is_file() or hello_exe.stat().st_mtime < newest:
        t = time.perf_counter()
        windows.wine([windows.PYDIR / "python.exe", "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                      "--distpath", windows.winpath(PERF / "dist"), "--workpath", windows.winpath(PERF / "pyinstaller"),
                      windows.winpath(HELLO / "hello.spec")], env=windows.wine_env({"PYTHONUTF8": "1"}))
        took["hello"] = time.perf_counter() - t
    return took


def one_run(exe: Path, env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(["wine", str(exe), "-platform", "offscreen"], env=env, cwd=cwd,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    painted = None
    for line in proc.stdout:
        if line.startswith("first-paint") and painted is None:
            painted = time.perf_counter() - started
    if proc.wait(timeout=120) != 0 or painted is None:
        raise SystemExit(f"{exe} did not report a first paint (exit {proc.returncode})")
    return painted


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=7, help="runs per target (at least 5)")
    p.add_argument("--rebuild", action="store_true", help="rebuild the app and the baseline first")
    args = p.parse_args()
    if args.runs < 5:
        p.error("--runs must be at least 5")
    build_seconds = build(args.rebuild)

    env = windows.wine_env({"OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "1"})
    for name in USER_OVERRIDES:
        env.pop(name, None)
    scratch = Path(tempfile.mkdtemp(prefix="objector-guide-winperf-"))
    server = subprocess.Popen(["wineserver", "--foreground", "--persistent"], env=env)
    rows = []
    try:
        time.sleep(0.5)
        for name, (exe, folder) in TARGETS.items():
            one_run(exe, env, scratch)  # discarded: warms the page cache and Wine's DLL loading
            times = [one_run(exe, env, scratch) for _ in range(args.runs)]
            rows.append({
                "target": name, "path": str(exe.relative_to(ROOT)),
                "size_mb": round(startup.tree_size(folder or exe) / 1e6, 1),
                "start_median_s": round(statistics.median(times), 3),
                "start_min_s": round(min(times), 3), "start_max_s": round(max(times), 3),
                "runs": args.runs, "times_s": [round(t, 3) for t in times],
            })
    finally:
        subprocess.run(["wineserver", "--kill"], env=env, check=False)
        server.wait(timeout=30)
        shutil.rmtree(scratch, ignore_errors=True)

    print(f"\nWindows build under Wine ({subprocess.run(['wine', '--version'], capture_output=True, text=True).stdout.strip()}),"
          f" start to first paint, -platform offscreen, {args.runs} runs each, warm")
    print(f"{'target':<18} {'size MB':>8} {'median s':>9} {'min s':>7} {'max s':>7}")
    for r in rows:
        print(f"{r['target']:<18} {r['size_mb']:>8} {r['start_median_s']:>9.3f} {r['start_min_s']:>7.3f} "
              f"{r['start_max_s']:>7.3f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = RESULTS / f"startup-windows-{stamp}.json"
    out.write_text(json.dumps({
        "when": stamp, "platform": "offscreen (Windows build under Wine)", "runs": args.runs,
        "machine": {"system": platform.platform(), "cpus": os.cpu_count()},
        "build_seconds": {k: round(v, 1) for k, v in build_seconds.items()},
        "results": rows,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
