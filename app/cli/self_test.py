"""`objector-guide self-test`: prove this copy works offline; exit 0, or 1 naming what failed."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("self-test", help="check that this copy works: store, search, window, wizard, sheet",
                       description="Run the built-in checks (one line each, with its time). "
                       "Exits 0 when all pass, 1 when any fails. Needs no network and writes "
                       "nothing outside a temporary folder.")
    p.add_argument("--no-window", action="store_true",
                   help="skip the checks that need Qt (window, icon, sheet)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app import __version__, paths, selftest

    if not args.no_window:
        from app.ui.qt_platform import use_offscreen_unless_shown

        use_offscreen_unless_shown(shows_window=True)  # on a machine without a display: offscreen
    frozen = "frozen" if paths.is_frozen() else "source"
    print(f"objector-guide {__version__} self-test ({frozen}, {sys.platform})", flush=True)
    results = selftest.run(window=not args.no_window, report=lambda r: print(r.line(), flush=True))
    failed = [r for r in results if r.failed]
    total = sum(r.seconds for r in results)
    if failed:
        print(f"FAILED: {', '.join(r.name for r in failed)} ({len(failed)} of {len(results)} checks, "
              f"{total:.2f} s)")
        return 1
    skipped = sum(r.status == "skip" for r in results)
    print(f"OK: {len(results) - skipped} checks passed, {skipped} skipped ({total:.2f} s)")
    return 0
