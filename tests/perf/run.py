"""One command for the benchmarks (`./dev.sh bench`): prints tables, writes JSON to results/.

    python tests/perf/run.py [--scales 1,10,100,1000] [--frozen] [--runs 10]

1. cold start to first paint (source run; with --frozen also the one-folder build), vs hello-world;
   1b. the instructions each executes to its first paint (valgrind), which a busy machine does not move
2. search per keystroke through the UI's code path vs a bare FTS5 MATCH, p50/p99
3. the same at 1×, 10×, 100×, 1,000× the content (synthetic imported reports), size and build time
4. guidance sheet to PDF, en and ru
5. peak RSS after start and after a session, vs hello-world
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
from app import env as app_env  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(app_env.DATA_DIR, tempfile.mkdtemp(prefix="og-bench-"))

from tests.perf import instructions, scale, search_bench  # noqa: E402
from tests.perf.common import USER_OVERRIDES, pct, summary, table, write_results  # noqa: E402

MS = 1000.0


_HOME = Path(tempfile.mkdtemp(prefix="og-bench-home-"))


def child_env() -> dict[str, str]:
    """The environment of the app and hello-world runs: as an installed app starts, with its
    data and cache folders where the platform puts them (XDG folders in a scratch home), not in
    a folder given with OBJECTOR_GUIDE_DATA_DIR (portable use), which skips the lookup of the
    platform's folders that every ordinary start makes."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(_HOME),
           "XDG_DATA_HOME": str(_HOME / "data"), "XDG_CACHE_HOME": str(_HOME / "cache"),
           "XDG_CONFIG_HOME": str(_HOME / "config")}
    for name in USER_OVERRIDES:
        env.pop(name, None)
    # PySide6 sets PYSIDE6_OPTION_PYTHON_ENUM in its own process when imported (this bench's
    # in-process window benchmark imports it); a child must not inherit what no counsellor's
    # machine has.
    for name in [n for n in env if n.startswith(("PYSIDE", "SHIBOKEN"))]:
        env.pop(name)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with compiled bytecode, as an installed app runs
    # make_app sets it in this process (bench_ui_search): hello-world must start as a stock
    # PySide6 window, and the app sets its own (app.ui.qt_platform.paint_on_one_thread)
    env.pop(app_env.NO_GUI_THREADPOOL, None)
    return env


def timed_start(cmd: list[str], runs: int, marker: str = "first-paint") -> list[float]:
    """Seconds from spawning `cmd` to its `marker` line on stdout (the first paint, or the first
    search result on screen) — not to the process's exit, whose teardown no user waits for."""
    env = {**child_env(), app_env.EXIT_AFTER_PAINT: "1"}
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert proc.stdout is not None
        seen = None
        for line in proc.stdout:
            if line.startswith(marker):
                seen = time.perf_counter() - t
                break
        proc.wait(timeout=120)
        if seen is None:
            raise RuntimeError(f"{cmd} never printed {marker!r} (exit {proc.returncode})")
        out.append(seen)
    return out


_LAUNCH = (
    "import os, sys\n"
    "pid = os.posix_spawn(sys.argv[1], sys.argv[1:], os.environ)\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    "print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))\n"
)


PEAK_RUNS = 3  # measured runs of each peak; one run alone moved by 1 MB between two benches of one build


def peak_rss(cmd: list[str], hook: str = "1") -> float:
    """Peak resident memory (MB) of exactly this child process.

    Linux counts in a child's peak the memory of the process it was forked from (the copy
    it starts as, kept through exec), so a child of this benchmark — by now holding Qt and
    the store — would show this process's size. A small launcher process spawns the command
    and reports the peak its child reached. It runs once unmeasured first, so that what is
    measured is a start like every one after the first (the start page read from the cache
    folder), as the start times and instruction counts are; then PEAK_RUNS times, and the
    median counts."""
    env = {**child_env(), app_env.EXIT_AFTER_PAINT: hook}
    exe = cmd[0] if os.path.isabs(cmd[0]) else shutil.which(cmd[0]) or cmd[0]
    peaks = []
    for run in range(1 + PEAK_RUNS):  # the first unmeasured: a start like every one after the first
        done = subprocess.run([sys.executable, "-c", _LAUNCH, exe, *cmd[1:]], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=300, check=True)
        kb, code = done.stdout.split()[-2:]
        if int(code) != 0:
            raise RuntimeError(f"{cmd} exited with {code}")
        if run:
            peaks.append(int(kb) / 1024)
    return statistics.median(peaks)


SEARCH_ARGS = ["--search", "draft evader"]


def bench_start(runs: int, frozen: bool) -> dict:
    """Start to first paint, and to the first result of a search given on the command line,
    each against hello-world's first paint, alternating the targets run by run so a busy
    moment of the machine hits them alike."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app"], cwd=ROOT, check=True)
    py = sys.executable
    targets: dict[str, tuple[list[str], str]] = {
        "hello (source)": ([py, str(HERE / "hello" / "hello.py")], "first-paint"),
        "app (source)": ([py, "-m", "app"], "first-paint"),
        "app --search (source)": ([py, "-m", "app", *SEARCH_ARGS], "first-result"),
    }
    exe = ROOT / "dist" / "objector-guide" / "objector-guide"
    hello_exe = ROOT / "build" / "work" / "perf" / "dist" / "hello" / "hello"
    if frozen and exe.is_file() and hello_exe.is_file():
        targets["hello (one-folder)"] = ([str(hello_exe)], "first-paint")
        targets["app (one-folder)"] = ([str(exe)], "first-paint")
        targets["app --search (one-folder)"] = ([str(exe), *SEARCH_ARGS], "first-result")
    times: dict[str, list[float]] = {name: [] for name in targets}
    for name, (cmd, marker) in targets.items():  # one warm-up each: the page cache, compiled bytecode
        timed_start(cmd, 1, marker)
    for _ in range(runs):
        for name, (cmd, marker) in targets.items():
            times[name] += timed_start(cmd, 1, marker)
    res = {name: summary(v) for name, v in times.items()}
    # Each round runs every target once, back to back: the ratio of an app run to the hello-world
    # run of its own round cancels the machine's slower and faster moments (a 2-core machine's
    # hello-world median moved 0.14 -> 0.20 s between two benches), which a ratio of medians
    # taken over the whole run does not.
    for name in times:
        kind = "one-folder" if "one-folder" in name else "source"
        hello = times.get(f"hello ({kind})")
        if hello and not name.startswith("hello"):
            res[name]["paired_ratio"] = statistics.median(a / h for a, h in zip(times[name], hello, strict=True))
    rows = [[n, r["p50"], r["p90"], f"{r['paired_ratio']:.2f}×" if "paired_ratio" in r else ""] for n, r in res.items()]
    print(table(f"\n1. Start to first paint / first result ({runs} runs each, alternating, warm page cache)",
                ["target", "median s", "p90 s", "× hello, paired"], rows))
    return res


def bench_instructions(frozen: bool) -> dict:
    """Instructions to the first paint (valgrind callgrind), app against hello-world: the
    start-up figure a busy machine does not move (tests/perf/instructions.py). Also to the first
    search result row drawn (`--search`; the hook exits there instead), against hello-world's
    first paint as the wall-clock target is: a change of 2% to that path is lost in the noise
    of its start times."""
    if not instructions.available():
        print("\n1b. Instructions to first paint: valgrind is not installed, skipped")
        return {}
    py = sys.executable
    targets = {"hello (source)": [py, str(HERE / "hello" / "hello.py")], "app (source)": [py, "-m", "app"],
               "app --search (source)": [py, "-m", "app", *SEARCH_ARGS]}
    exe = ROOT / "dist" / "objector-guide" / "objector-guide"
    hello_exe = ROOT / "build" / "work" / "perf" / "dist" / "hello" / "hello"
    if frozen and exe.is_file() and hello_exe.is_file():
        targets["hello (one-folder)"] = [str(hello_exe)]
        targets["app (one-folder)"] = [str(exe)]
        targets["app --search (one-folder)"] = [str(exe), *SEARCH_ARGS]
    env = child_env()
    for name, cmd in targets.items():  # warm-up: compiled bytecode, the start page in the cache folder
        timed_start(cmd, 1, "first-result" if "--search" in name else "first-paint")
    res = {name: instructions.to_first_paint(cmd, env, ROOT) for name, cmd in targets.items()}
    rows = [[n, f"{v / 1e6:.1f} M", f"{v / res['hello (one-folder)' if 'one-folder' in n else 'hello (source)']:.2f}×"]
            for n, v in res.items()]
    print(table("\n1b. Instructions to first paint, and with --search to the first result row drawn (callgrind; "
                "repeats within 0.1%)", ["target", "instructions", "× hello first paint"], rows))
    return res


def bench_search(scales: list[int]) -> dict:
    from app.store.connection import connect_readonly
    from app.store.guidebook import Guidebook

    bundled = ROOT / "db" / "guidebook.sqlite"
    schema = (ROOT / "db" / "schema.sql").read_text(encoding="utf-8")
    rows, out = [], {}
    work = Path(tempfile.mkdtemp(prefix="og-scale-"))
    for k in scales:
        book = Guidebook(connect_readonly(bundled))
        info = {"rows": book.conn.execute("SELECT count(*) FROM records").fetchone()[0], "build_s": 0.0,
                "mb": bundled.stat().st_size / 1e6}
        if k > 1:
            path = work / f"x{k}.sqlite"
            extra = scale.make_store(bundled, schema, k - 1, path)
            book.attach_imports(sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False))
            info = {"rows": info["rows"] + extra["rows"], "build_s": extra["build_s"], "mb": info["mb"] + extra["mb"]}
        times = search_bench.measure(book, rounds=3 if k < 1000 else 1)
        res = {key: summary(v) for key, v in times.items() if v}
        out[k] = {**info, **res}
        imp, bimp = res.get("imports"), res.get("bare_imports")
        rows.append([f"{k}×", info["rows"], round(info["mb"], 1), round(info["build_s"], 1),
                     res["ours"]["p50"] * MS, res["ours"]["p99"] * MS, res["bare"]["p99"] * MS,
                     (imp["p50"] * MS) if imp else "-", (imp["p99"] * MS) if imp else "-",
                     (bimp["p99"] * MS) if bimp else "-", (imp["p99"] / bimp["p99"]) if imp else "-"])
        book.close()
        for f in work.glob("*.sqlite"):
            f.unlink()
    print(table("\n2–3. Search per keystroke (ms) by store size. 'guide' = the bundled guidebook, searched at once "
                "(typing waits for it); 'imports' = the synthetic reports, searched in the background; "
                "'bare' = FTS5 MATCH … ORDER BY rank on the same store",
                ["scale", "rows", "MB", "build s", "guide p50", "guide p99", "bare p99",
                 "imports p50", "imports p99", "bare p99", "imports/bare p99"], rows))
    return out


def bench_ui_search() -> dict:
    """A whole keystroke in the window (query and results list), all prefixes and the one- and
    two-letter ones apart (they match the most rows)."""
    from app.ui.application import after_start, create_main_window, make_app

    make_app()
    window = create_main_window()
    window.show()
    after_start(window.book)  # what the window does once it has painted, before anyone types
    times = search_bench.measure_ui(window)
    short = search_bench.measure_ui(window, strokes=[k for k in search_bench.keystrokes() if len(k.strip()) <= 2])
    window.close()
    s, sh = summary(times), summary(short)
    print(f"   whole keystroke in the window (query + results list), 1×: p50 {s['p50'] * MS:.2f} ms, "
          f"p99 {s['p99'] * MS:.2f} ms; one- and two-letter prefixes: p99 {sh['p99'] * MS:.2f} ms")
    return {**s, "short": sh}


def bench_sheet(runs: int = 5) -> dict:
    import json

    from app.sheet.layout import sheet_css
    from app.sheet.service import sheet_html
    from app.store.guidebook import Guidebook
    from app.ui.sheet_printer import document_from_html, write_pdf
    from app.wizard.definition import load_definition

    book, d = Guidebook.open(), load_definition()
    answers = json.loads((ROOT / "resources/wizard/examples/reservist-call-up.json").read_text(encoding="utf-8"))
    out, rows = {}, []
    tmp = Path(tempfile.mkdtemp())
    for lang in ("en", "ru"):
        times = []
        for i in range(runs):
            t = time.perf_counter()
            write_pdf(document_from_html(sheet_html(d, answers, lang, book), sheet_css()), tmp / f"{lang}{i}.pdf")
            times.append(time.perf_counter() - t)
        out[lang] = summary(times)
        rows.append([lang, out[lang]["p50"], pct(times, 100)])
    print(table(f"\n4. Guidance sheet to PDF ({runs} runs, answers → HTML → PDF)", ["lang", "median s", "max s"], rows))
    return out


def bench_memory() -> dict:
    py = sys.executable
    res = {
        "hello": peak_rss([py, str(HERE / "hello" / "hello.py")]),
        # the app's own start and scripted session (app/ui/bench_session.py), from source: the same
        # entry point, settling and session as the one-folder build below, and nothing of the bench
        "app after start": peak_rss([py, "-m", "app"]),
        "app after a session": peak_rss([py, "-m", "app"], hook="session"),
    }
    exe = ROOT / "dist" / "objector-guide" / "objector-guide"
    hello_exe = ROOT / "build" / "work" / "perf" / "dist" / "hello" / "hello"
    if exe.is_file() and hello_exe.is_file():
        res["hello (one-folder)"] = peak_rss([str(hello_exe)])
        res["app (one-folder) after start"] = peak_rss([str(exe)])
        # the scripted session of app/ui/bench_session.py, in the build a counsellor runs
        res["app (one-folder) after a session"] = peak_rss([str(exe)], hook="session")
    rows = [[k, round(v, 1), round(v / res["hello (one-folder)" if "one-folder" in k else "hello"], 2)]
            for k, v in res.items()]
    print(table("\n5. Peak RSS (MB)", ["process", "MB", "× hello"], rows))
    return res


def targets(results: dict) -> list[dict]:
    """Issue #19's targets, each a ratio to a baseline measured in this same run."""
    out: list[dict] = []

    def add(what: str, value: float, baseline_name: str, baseline: float, limit: float, unit: str = "s",
            ratio: float | None = None) -> None:
        """`ratio`: given when it is not value / baseline (start times: the median of paired ratios)."""
        if ratio is None:
            ratio = value / baseline if baseline else float("nan")
        out.append({"target": what, "value": value, "baseline": baseline_name, "baseline_value": baseline,
                    "ratio": ratio, "limit": limit, "met": ratio <= limit, "unit": unit})

    start = results.get("start", {})
    for kind in ("one-folder", "source"):
        hello = start.get(f"hello ({kind})")
        if not hello:
            continue
        if f"app ({kind})" in start:
            app = start[f"app ({kind})"]
            add(f"start to first paint, {kind}", app["p50"], f"hello-world first paint, {kind}",
                hello["p50"], 1.3, ratio=app.get("paired_ratio"))
        if f"app --search ({kind})" in start:
            app = start[f"app --search ({kind})"]
            add(f"start to first search result, {kind}", app["p50"],
                f"hello-world first paint, {kind}", hello["p50"], 1.5, ratio=app.get("paired_ratio"))
    counted = results.get("instructions", {})
    for kind in ("one-folder", "source"):
        if f"app ({kind})" in counted and f"hello ({kind})" in counted:
            add(f"instructions to first paint, {kind}", counted[f"app ({kind})"] / 1e6, f"hello-world, {kind}",
                counted[f"hello ({kind})"] / 1e6, 1.3, "M instr.")
        if f"app --search ({kind})" in counted and f"hello ({kind})" in counted:
            add(f"instructions to first search result, {kind}", counted[f"app --search ({kind})"] / 1e6,
                f"hello-world first paint, {kind}", counted[f"hello ({kind})"] / 1e6, 1.5, "M instr.")
    search = results.get("search", {})
    if 1 in search:
        add("search per keystroke p99, bundled store", search[1]["ours"]["p99"], "bare FTS5 p99",
            search[1]["bare"]["p99"], 2.0)
    big = max((k for k in search if k > 1), default=None)
    if big is not None:
        add(f"search per keystroke p99 with {big}× the content (what typing waits for)", search[big]["ours"]["p99"],
            "one frame (16 ms)", 0.016, 1.0)
    ui = results.get("ui_search")
    if ui:
        add("whole keystroke in the window p99", ui["p99"], "one frame (16 ms)", 0.016, 1.0)
        add("whole keystroke p99, one- and two-letter prefixes", ui["short"]["p99"], "one frame (16 ms)", 0.016, 1.0)
    mem = results.get("memory", {})
    for kind, hello_key in (("source", "hello"), ("one-folder", "hello (one-folder)")):
        app_key = "app after start" if kind == "source" else "app (one-folder) after start"
        if app_key in mem and hello_key in mem:
            add(f"peak memory after start, {kind}", mem[app_key], f"hello-world, {kind}", mem[hello_key], 1.3, "MB")
    if "app after a session" in mem:
        add("peak memory after a whole session, source", mem["app after a session"], "hello-world, source",
            mem["hello"], 1.5, "MB")
    if "app (one-folder) after a session" in mem and "hello (one-folder)" in mem:
        add("peak memory after a whole session, one-folder", mem["app (one-folder) after a session"],
            "hello-world, one-folder", mem["hello (one-folder)"], 1.5, "MB")
    rows = [[t["target"], f"{t['value']:.4g} {t['unit']}", f"{t['baseline']}: {t['baseline_value']:.4g} {t['unit']}",
             f"{t['ratio']:.2f}×", f"≤ {t['limit']}×", "yes" if t["met"] else "NO"] for t in out]
    print(table("\nTargets (issue #19): each against its baseline from this run (start: median of the paired ratios)",
                ["target", "app", "baseline", "ratio", "limit", "met"], rows))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="1,10,100,1000")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--frozen", action="store_true", help="also time dist/objector-guide (build it first)")
    ap.add_argument("--only", choices=("start", "search", "sheet", "memory"))
    args = ap.parse_args()
    if not (ROOT / "db" / "guidebook.sqlite").is_file():
        subprocess.run([sys.executable, "-m", "app", "build-db"], cwd=ROOT, check=True)
    results: dict = {}
    if args.only in (None, "start"):
        results["start"] = bench_start(max(args.runs, 10), args.frozen)
        results["instructions"] = bench_instructions(args.frozen)
    if args.only in (None, "search"):
        results["search"] = bench_search([int(s) for s in args.scales.split(",")])
        results["ui_search"] = bench_ui_search()
    if args.only in (None, "sheet"):
        results["sheet"] = bench_sheet()
    if args.only in (None, "memory"):
        results["memory"] = bench_memory()
    results["targets"] = targets(results)
    print(f"\nwrote {write_results('bench', results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
