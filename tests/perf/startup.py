"""Startup and size budget of the frozen app, side by side with a frozen hello-world window.

    python tests/perf/startup.py [--runs 15] [--warm] [--platform offscreen|xcb] [--rebuild]

A script, not a test. It builds (or reuses) dist/objector-guide/, dist/objector-guide-onefile
(build/build.py --skip-tests) and the hello-world baseline (tests/perf/hello/hello.spec, the
same PyInstaller settings, into build/work/perf/), then measures in one run:

- size of the one-folder build and of the one-file build;
- cold start to the first painted window: spawn -> "first-paint" on stdout
  (OBJECTOR_GUIDE_EXIT_AFTER_PAINT=1), median and p90 over --runs runs; "cold" means the
  page cache is dropped before every run when this user may (root on Linux), else warm;
- peak memory: ru_maxrss of the child (for one-file: the bootloader and the app it starts).

Prints a table and writes tests/perf/results/startup-<time>.json.
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

HELLO = Path(__file__).resolve().parent / "hello"
PERF_WORK = ROOT / "build" / "work" / "perf"
RESULTS = Path(__file__).resolve().parent / "results"
EXE = ".exe" if sys.platform == "win32" else ""

TARGETS = {
    "app one-folder": (ROOT / "dist" / "objector-guide" / f"objector-guide{EXE}", ROOT / "dist" / "objector-guide"),
    "app one-file": (ROOT / "dist" / f"objector-guide-onefile{EXE}", None),
    "hello one-folder": (PERF_WORK / "dist" / "hello" / f"hello{EXE}", PERF_WORK / "dist" / "hello"),
    "hello one-file": (PERF_WORK / "dist" / f"hello-onefile{EXE}", None),
}


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build(rebuild: bool) -> dict[str, float]:
    """Build what is missing; returns the seconds each build took."""
    took: dict[str, float] = {}
    app_missing = not TARGETS["app one-folder"][0].is_file() or not TARGETS["app one-file"][0].is_file()
    if rebuild or app_missing:
        t = time.perf_counter()
        subprocess.run([sys.executable, ROOT / "build" / "build.py", "--skip-tests", "--no-smoke"], cwd=ROOT, check=True)
        took["app"] = time.perf_counter() - t
    hello_sources = max(p.stat().st_mtime for p in (HELLO / "hello.py", HELLO / "hello.spec",
                                                    ROOT / "build" / "objector-guide.spec"))
    hello_exe = TARGETS["hello one-folder"][0]
    if rebuild or not hello_exe.is_file() or hello_exe.stat().st_mtime < hello_sources \
            or not TARGETS["hello one-file"][0].is_file():
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", PERF_WORK / "dist", "--workpath", PERF_WORK / "pyinstaller",
                        HELLO / "hello.spec"], cwd=ROOT, check=True)
        took["hello"] = time.perf_counter() - t
    return took


def can_drop_caches() -> bool:
    return sys.platform.startswith("linux") and os.access("/proc/sys/vm/drop_caches", os.W_OK)


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def one_run(exe: Path, env: dict[str, str], cold: bool) -> tuple[float, int]:
    """Seconds from spawn to the first-paint line, and the child's peak RSS in KiB."""
    if cold:
        drop_caches()
    started = time.perf_counter()
    proc = subprocess.Popen([str(exe)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, cwd=tempfile.gettempdir())
    assert proc.stdout is not None
    painted = None
    for line in proc.stdout:
        if line.startswith("first-paint"):
            painted = time.perf_counter() - started
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if painted is None or proc.returncode != 0:
        raise SystemExit(f"{exe} did not report a first paint (exit {proc.returncode})")
    return painted, usage.ru_maxrss  # KiB on Linux


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=15, help="runs per target (at least 10)")
    p.add_argument("--warm", action="store_true", help="do not drop the page cache before each run")
    p.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM") or "offscreen",
                   help="Qt platform: offscreen (default) or xcb (an Xvfb is started when there is no DISPLAY)")
    p.add_argument("--rebuild", action="store_true", help="rebuild the app and the baseline first")
    args = p.parse_args()
    if args.runs < 10:
        p.error("--runs must be at least 10")
    if not sys.platform.startswith("linux"):
        p.error("measures Linux builds (ru_maxrss via wait4, drop_caches)")

    build_seconds = build(args.rebuild)
    cold = not args.warm and can_drop_caches()
    xvfb = None
    scratch = Path(tempfile.mkdtemp(prefix="objector-guide-perf-"))
    # as an installed app starts: data and cache where the platform puts them, in a scratch home
    # (not a folder given with OBJECTOR_GUIDE_DATA_DIR, which skips the platform-folder lookup)
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "1",
           "HOME": str(scratch), "XDG_DATA_HOME": str(scratch / "data"), "XDG_CACHE_HOME": str(scratch / "cache"),
           "XDG_CONFIG_HOME": str(scratch / "config")}
    for name in USER_OVERRIDES:
        env.pop(name, None)
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        env["DISPLAY"] = ":97"
        time.sleep(1.0)
    rows = []
    try:
        for name, (exe, folder) in TARGETS.items():
            one_run(exe, env, cold=False)  # discard: the first run after a build also warms the disk
            times, peaks = [], []
            for _ in range(args.runs):
                t, rss = one_run(exe, env, cold)
                times.append(t)
                peaks.append(rss)
            rows.append({
                "target": name, "path": str(exe.relative_to(ROOT)),
                "size_mb": round(tree_size(folder or exe) / 1e6, 1),
                "start_median_s": round(statistics.median(times), 3),
                "start_p90_s": round(percentile(times, 90), 3),
                "start_min_s": round(min(times), 3), "start_max_s": round(max(times), 3),
                "peak_rss_mb": round(statistics.median(peaks) / 1024, 1),
                "runs": args.runs, "times_s": [round(t, 4) for t in times],
            })
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()
        shutil.rmtree(scratch, ignore_errors=True)

    mode = "cold (page cache dropped before each run)" if cold else "warm page cache"
    print(f"\nStartup to first paint, {args.runs} runs each, QT_QPA_PLATFORM={args.platform}, {mode}")
    print(f"{'target':<18} {'size MB':>8} {'median s':>9} {'p90 s':>7} {'min s':>7} {'peak RSS MB':>12}")
    for r in rows:
        print(f"{r['target']:<18} {r['size_mb']:>8} {r['start_median_s']:>9.3f} {r['start_p90_s']:>7.3f} "
              f"{r['start_min_s']:>7.3f} {r['peak_rss_mb']:>12}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    out = RESULTS / f"startup-{stamp}.json"
    out.write_text(json.dumps({
        "when": stamp, "platform": args.platform, "cold": cold, "runs": args.runs,
        "machine": {"system": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version()},
        "build_seconds": {k: round(v, 1) for k, v in build_seconds.items()},
        "results": rows,
    }, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
