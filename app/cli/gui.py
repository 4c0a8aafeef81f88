"""Launching the window (the default when no command is given)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the guidebook window (the default)")
    p.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    search = getattr(args, "search", None)
    if search:
        try:
            search.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8: say so, before any window
            from app.cli.output import require_text

            require_text(search, "The search text")
    from app.ui.application import run

    return run(args)
