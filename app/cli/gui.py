"""Launching the window (the default when no command is given)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the guidebook window (the default)")
    p.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    if getattr(args, "search", None):
        from app.cli.output import require_text

        require_text(args.search, "The search text")  # bytes that are not UTF-8: say so, before any window
    from app.ui.application import run

    return run(args)
