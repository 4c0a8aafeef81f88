"""One command for the benchmarks (`./dev.sh bench`): prints tables, writes JSON to results/.

    python tests/perf/run.py [--scales 1,10,100,1000] [--frozen] [--runs 10]

1. cold start to first paint (source run; with --frozen also the one-folder build), vs hello-world
2. search per keystroke through the UI's code path vs a bare FTS5 MATCH, p50/p99
3. the same at 1×, 10×, 100×, 1,000× the content (synthetic imported reports), size and build time
4. guidance sheet to PDF, en and ru
5. peak RSS after start and after a session, vs hello-world
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OBJECTOR_GUIDE_DATA_DIR", tempfile.mkdtemp(prefix="og-bench-"))

from tests.perf import scale, search_bench  # noqa: E402
from tests.perf.common import pct, summary, table, write_results  # noqa: E402

MS = 1000.0


def child_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with compiled bytecode, as an installed app runs
    return env


def timed_start(cmd: list[str], runs: int) -> list[float]:
    env = {**child_env(), "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "1"}
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=True, timeout=120)
        out.append(time.perf_counter() - t)
    return out


def peak_rss(cmd: list[str]) -> float:
    """Peak resident memory (MB) of exactly this child process (wait4, not the max over all children)."""
    env = {**child_env(), "OBJECTOR_GUIDE_EXIT_AFTER_PAINT": "1"}
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} exited with {proc.returncode}")
    return usage.ru_maxrss / 1024


def bench_start(runs: int, frozen: bool) -> dict:
    subprocess.run([sys.executable, "-m", "compileall", "-q", "app"], cwd=ROOT, check=True)
    py = sys.executable
    targets = {"app (source)": [py, "-m", "app"], "hello (source)": [py, str(HERE / "hello" / "hello.py")]}
    exe = ROOT / "dist" / "objector-guide" / "objector-guide"
    hello_exe = ROOT / "build" / "work" / "perf" / "dist" / "hello" / "hello"
    if frozen and exe.is_file():
        targets["app (one-folder)"] = [str(exe)]
        if hello_exe.is_file():
            targets["hello (one-folder)"] = [str(hello_exe)]
    res = {name: summary(timed_start(cmd, runs)) for name, cmd in targets.items()}
    rows = [[n, r["p50"], r["p90"]] for n, r in res.items()]
    print(table(f"\n1. Start to first paint ({runs} runs, warm page cache)", ["target", "median s", "p90 s"], rows))
    for kind in ("source", "one-folder"):
        a, h = res.get(f"app ({kind})"), res.get(f"hello ({kind})")
        if a and h:
            print(f"   ratio app/hello ({kind}): {a['p50'] / h['p50']:.2f}")
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

    from app.ui.application import create_main_window, make_app

    make_app()
    window = create_main_window()
    window.show()
    times = search_bench.measure_ui(window)
    window.close()
    s = summary(times)
    print(f"   whole keystroke in the window (query + results list), 1×: p50 {s['p50'] * MS:.2f} ms, "
          f"p99 {s['p99'] * MS:.2f} ms")
    return s


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
        "app after start": peak_rss([py, str(HERE / "session.py"), "--start"]),
        "app after a session": peak_rss([py, str(HERE / "session.py")]),
    }
    exe = ROOT / "dist" / "objector-guide" / "objector-guide"
    hello_exe = ROOT / "build" / "work" / "perf" / "dist" / "hello" / "hello"
    if exe.is_file() and hello_exe.is_file():
        res["hello (one-folder)"] = peak_rss([str(hello_exe)])
        res["app (one-folder) after start"] = peak_rss([str(exe)])
    rows = [[k, round(v, 1), round(v / res["hello (one-folder)" if "one-folder" in k else "hello"], 2)]
            for k, v in res.items()]
    print(table("\n5. Peak RSS (MB)", ["process", "MB", "× hello"], rows))
    return res


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
    if args.only in (None, "search"):
        results["search"] = bench_search([int(s) for s in args.scales.split(",")])
        results["ui_search"] = bench_ui_search()
    if args.only in (None, "sheet"):
        results["sheet"] = bench_sheet()
    if args.only in (None, "memory"):
        results["memory"] = bench_memory()
    print(f"\nwrote {write_results('bench', results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
