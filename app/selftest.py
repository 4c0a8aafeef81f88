"""The self-test: a short list of checks that prove an installed copy works, offline.

Run by `objector-guide self-test` (the frozen build's smoke run in CI, and a counsellor's
"does this copy work?" on a new laptop) and in-process by tests/e2e/test_offline_session.py.

Adding a check is one function:

    @check("name")
    def _name(ctx: Context) -> str:
        ...                       # raise CheckFailed("why") or any exception to fail,
        return "detail"           # raise Skip("why") only for a check the user turned off

Which checks can be skipped: only those that need Qt — "window", "icon", "sheet pdf" and
"qt-messages" — and only when the user asks for `self-test --no-window` on a source
checkout. A missing module or resource is a failure, never a skip. In a frozen build a
skip counts as a failure too: a build whose self-test passed has run every check.

This module does not import Qt; the checks that need a window call into `app.ui.smoke`
lazily, and that module collects every Qt warning, which fails the final `qt-messages` check.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import env, paths
from app.records import KINDS


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class Skip(Exception):
    """A check does not apply because the user turned it off (--no-window); a FAIL in a frozen build."""


@dataclass
class Context:
    """What the checks share: the open store, a scratch folder, whether to show a window."""

    window: bool = True
    scratch: Path | None = None
    book: Any = None
    book_error: str = ""
    qt_used: bool = False

    def open_book(self) -> Any:
        """The store, opened once; after a failure the later checks fail fast instead of retrying."""
        if self.book is None:
            if self.book_error:
                raise CheckFailed("the store did not open (see 'store')")
            from app.importer.for_search import open_imports
            from app.store.guidebook import Guidebook

            try:
                self.book = Guidebook.open(imports_opener=open_imports)  # as the app opens it
            except Exception as exc:
                self.book_error = f"{type(exc).__name__}: {exc}"
                raise
        return self.book

    def needs_window(self) -> None:
        if not self.window:
            raise Skip("--no-window")
        self.qt_used = True


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Context], str]


@dataclass(frozen=True)
class Result:
    name: str
    status: str  # "ok", "FAIL" or "skip"
    seconds: float
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == "FAIL"

    def line(self, width: int = 400) -> str:
        detail = self.detail if len(self.detail) <= width else self.detail[:width - 1] + "…"
        return f"{self.status:<4}  {self.name:<22} {self.seconds * 1000:7.0f} ms  {detail}".rstrip()


CHECKS: list[Check] = []


def check(name: str) -> Callable[[Callable[[Context], str]], Callable[[Context], str]]:
    def register(fn: Callable[[Context], str]) -> Callable[[Context], str]:
        if any(c.name == name for c in CHECKS):
            raise ValueError(f"duplicate self-test check {name!r}")
        CHECKS.append(Check(name, fn))
        return fn

    return register


# ---------------------------------------------------------------------------------- checks

@check("resources")
def _resources(ctx: Context) -> str:
    wanted = [paths.content_dir() / "manifest.yaml", paths.schema_path(), paths.bundled_store_path(),
              paths.app_icon()]
    missing = [str(p) for p in wanted if not p.is_file()]
    if missing:
        raise CheckFailed("missing: " + ", ".join(missing))
    if paths.is_frozen():
        root = paths.bundle_root().resolve()
        if root in paths.user_data_dir().resolve().parents:
            raise CheckFailed(f"user data dir {paths.user_data_dir()} is inside the bundle")
    return str(paths.bundle_root())


@check("store")
def _store(ctx: Context) -> str:
    book = ctx.open_book()
    status = book.status
    counts = book.stats()["counts"]
    if status is not None and status.rebuilt and paths.is_frozen():
        raise CheckFailed(f"the bundled store is stale and was rebuilt into {status.path}: {status.reason}")
    if not counts or not all(counts.values()):
        raise CheckFailed(f"the store is empty or incomplete: {counts}")
    where = status.path if status else "?"
    sizes = ", ".join(f"{sum(v.values()) if isinstance(v, dict) else v} {k}" for k, v in counts.items())
    return f"{where} ({sizes} records; content {book.meta.get('content_version')})"


# One search per language a counsellor uses; each must find something.
SEARCHES: tuple[tuple[str, str], ...] = (
    ("en", "deserter"),
    ("en", "Dublin"),
    ("ru", "дезертир"),
    ("de", "Kirchenasyl"),
)


def _search_check(lang: str, query: str) -> Callable[[Context], str]:
    def run(ctx: Context) -> str:
        hits = ctx.open_book().search(query, lang=lang, limit=5, as_you_type=False)
        if not hits:
            raise CheckFailed(f"no hit for {query!r} in {lang}")
        return f"{len(hits)} hits, first {hits[0].kind}/{hits[0].id}"

    return run


for _lang, _query in SEARCHES:
    check(f"search {_lang} {_query}")(_search_check(_lang, _query))


@check("file lock")
def _file_lock(ctx: Context) -> str:
    """Two windows on one data folder take turns at the settings and bookmarks through the
    system's own file lock (app.userdata.file_lock: flock, or LockFileEx on Windows)."""
    from app.userdata.file_lock import LockBusy, locked

    with tempfile.TemporaryDirectory(prefix="og-self-test-") as folder:
        lock = Path(folder) / "settings.json.lock"
        with locked(lock, timeout=1):
            try:
                with locked(lock, timeout=0):
                    raise CheckFailed("a second taker got the lock while it was held")
            except LockBusy:
                pass
        with locked(lock, timeout=1):
            pass
    return "held, refused to a second taker, free again"


@check("search hostile input")
def _hostile(ctx: Context) -> str:
    book = ctx.open_book()
    for text in ('"AND(', "*", "NEAR(", "'", "-x", "дезертир*"):
        book.search(text, limit=3)  # must not raise
    return "operators and quotes are treated as words"


@check("wizard")
def _wizard(ctx: Context) -> str:
    from app.wizard.definition import load_definition
    from app.wizard.validate import validate

    definition = load_definition()  # a missing module or wizard.yaml fails here, as it would for a counsellor
    # Every id the wizard cites must exist in the store this copy ships.
    rows = ctx.open_book().conn.execute("SELECT DISTINCT kind, id FROM records WHERE origin = 'bundled'")
    ids: dict[str, set[str]] = {f"{kind}s": set() for kind in KINDS}
    for kind, rid in rows:
        ids.setdefault(kind + "s", set()).add(rid)
    problems = list(validate(definition, ids))
    if problems:
        raise CheckFailed(f"{len(problems)} problem(s): " + "; ".join(problems[:5]))
    return f"{len(definition.questions)} questions, {len(definition.outcomes)} outcomes, every path ends"


@check("templates")
def _templates(ctx: Context) -> str:
    from app.render.templates import not_compiled

    missing = not_compiled()
    if missing is None:
        if paths.is_frozen():
            raise CheckFailed("this build carries no compiled templates (resources/templates-compiled)")
        return "compiled when first used (source checkout)"
    if missing:
        raise CheckFailed("not compiled in this build, or compiled from another source: " + ", ".join(missing))
    return "every template compiled by the build"


@check("window")
def _window(ctx: Context) -> str:
    ctx.needs_window()
    from app.ui import smoke

    return smoke.show_and_close_main_window(ctx.open_book())


@check("icon")
def _icon(ctx: Context) -> str:
    ctx.needs_window()
    from app.ui import smoke

    return smoke.render_icon(paths.app_icon())


def _first_complete_answers(definition: Any, step: Callable[..., Any], limit: int = 200) -> dict[str, Any]:
    """Answers that reach an outcome: the first option of every question asked."""
    answers: dict[str, Any] = {}
    for _ in range(limit):
        state = step(definition, answers, "en")
        if state.outcome is not None:
            return answers
        q = state.question
        answers[q.id] = [q.options[0].id] if q.multiple else q.options[0].id
    raise CheckFailed(f"the wizard did not reach an outcome after {limit} answers")


@check("file dialog")
def _file_dialog(ctx: Context) -> str:
    """Where a client's sheet was saved must not be readable outside the data folder (a laptop
    may be inspected at a border): a real Qt file dialog's history, wiped; on Windows, in the
    registry, with its keys."""
    ctx.needs_window()
    from app.ui import smoke

    assert ctx.scratch is not None
    return smoke.file_dialog_leaves_no_trace(ctx.scratch)


@check("sheet pdf")
def _sheet(ctx: Context) -> str:
    ctx.needs_window()  # the sheet is laid out by QTextDocument
    from app.sheet.service import sheet_html
    from app.wizard.definition import load_definition
    from app.wizard.engine import step

    definition = load_definition()
    answers = _first_complete_answers(definition, step)
    html = sheet_html(definition, answers, "ru", ctx.open_book())  # Cyrillic: proves the bundled font

    from app.sheet.layout import sheet_css
    from app.ui.application import application

    application()
    from app.ui.sheet_printer import document_from_html, write_pdf

    assert ctx.scratch is not None
    import sys

    print_system_before = "PySide6.QtPrintSupport" in sys.modules
    pdf = write_pdf(document_from_html(html, sheet_css()), ctx.scratch / "sheet-ru.pdf")
    if not print_system_before and "PySide6.QtPrintSupport" in sys.modules:
        # QPrinter asks the print service (CUPS) for printers, over the network: never for a PDF
        raise CheckFailed("making a PDF loaded the print system (QtPrintSupport)")
    data = Path(pdf).read_bytes()
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        raise CheckFailed(f"{pdf} is not a whole PDF")
    if b"DejaVu" not in data:
        raise CheckFailed("the PDF does not embed the bundled DejaVu font")
    return f"{len(answers)} answers -> {len(data) // 1024} KiB PDF (ru, DejaVu embedded)"


@check("qt-messages")
def _qt_messages(ctx: Context) -> str:
    """Last: any Qt warning printed while the checks ran is a failure."""
    if not ctx.qt_used:
        raise Skip("Qt not used")
    from app.ui import smoke

    messages = smoke.collected_messages()
    if messages:
        raise CheckFailed(f"{len(messages)} Qt warning(s): " + " | ".join(messages[:5]))
    return "none"


# ---------------------------------------------------------------------------------- running

@contextlib.contextmanager
def _user_data_in(folder: Path) -> Iterator[None]:
    """Point user data (settings the window saves on close, bookmarks) at the scratch folder:
    a self-test must not change the counsellor's own files."""
    previous = os.environ.get(env.DATA_DIR)  # what --data-dir set, if anything
    paths.set_user_data_dir(folder)
    try:
        yield
    finally:
        paths.set_user_data_dir(previous)


def run(checks: Iterable[Check] | None = None, *, window: bool = True,
        report: Callable[[Result], None] | None = None) -> list[Result]:
    """Run every check in order (each is timed; one failing does not stop the rest)."""
    results: list[Result] = []
    ctx = Context(window=window)
    capture = None
    if window:
        from app.ui import smoke  # installs the Qt message handler before any QApplication exists

        capture = smoke.capture_messages()
        capture.__enter__()
    try:
        with tempfile.TemporaryDirectory(prefix="objector-guide-selftest-") as scratch, \
                _user_data_in(Path(scratch) / "user-data"):
            ctx.scratch = Path(scratch)
            for item in CHECKS if checks is None else checks:
                started = time.perf_counter()
                try:
                    status, detail = "ok", item.run(ctx) or ""
                except Skip as exc:
                    if paths.is_frozen():  # a build must run every check: passing without one is no proof
                        status, detail = "FAIL", f"skipped in a frozen build ({exc}); run every check"
                    else:
                        status, detail = "skip", str(exc)
                except CheckFailed as exc:
                    status, detail = "FAIL", str(exc)
                except Exception as exc:  # a bug or a broken build: say which check and what
                    status, detail = "FAIL", f"{type(exc).__name__}: {exc}"
                result = Result(item.name, status, time.perf_counter() - started, " ".join(detail.split()))
                results.append(result)
                if report:
                    report(result)
            if ctx.book is not None:
                ctx.book.close()
    finally:
        if capture is not None:
            capture.__exit__(None, None, None)
    return results
