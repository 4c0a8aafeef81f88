"""Command line: the GUI by default, plus headless subcommands for counsellors, tests and CI.

Each subcommand lives in its own module with `register(subparsers)`; its handler is
imported lazily so `objector-guide search` does not pay for Qt, and the GUI does not pay
for argparse trees it never uses.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence

from app import __version__
from app.errors import UserError

# (module, registration order). A module adds its parser(s) and sets `handler`.
COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.gui",
    "app.cli.search",
    "app.cli.show",
    "app.cli.stats",
    "app.cli.build_db",
    "app.cli.wizard",
    "app.cli.sheet",
    "app.cli.imports",
    "app.cli.edition",
    "app.cli.self_test",
)

# A UserError exits with its own code (1 unless it says otherwise), argparse with 2 on a usage error.
EXIT_OK, EXIT_BUG = 0, 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="objector-guide",
        description="Offline guidebook on protection and asylum for Russians refusing to go to war. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"objector-guide {__version__}")
    parser.add_argument("--portable", action="store_true",
                        help="keep bookmarks, settings and imports beside the executable (for a USB stick)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="use DIR for user data instead of the platform's default")
    parser.add_argument("--search", metavar="TEXT",
                        help="open the window with TEXT already searched (e.g. --search \"draft evader\")")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _apply_globals(args: argparse.Namespace) -> None:
    from app import paths

    if args.portable:
        paths.set_portable(True)
    if args.data_dir:
        paths.set_user_data_dir(args.data_dir)


# Qt's own options (QApplication reads them from sys.argv), e.g. `-platform offscreen`: argparse
# must not see them. Those that take a value, then those that do not.
_QT_OPTIONS = frozenset({"-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-style",
                         "-stylesheet", "-qwindowgeometry", "-qwindowtitle", "-qwindowicon", "-session"})
_QT_FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb"})


def _without_qt_options(argv: Sequence[str]) -> list[str]:
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        name = item[1:] if item.startswith("--") else item  # Qt accepts -platform and --platform
        if item == "--":
            rest += [item, *items]
        elif name in _QT_OPTIONS:
            next(items, None)  # its value
        elif name not in _QT_FLAGS:
            rest.append(item)
    return rest


def _prepare_process() -> None:
    """Windows: Cyrillic on any console or pipe, and fonts for Qt's offscreen platform."""
    if sys.platform != "win32":
        return
    import os

    from app import paths

    for stream in (sys.stdout, sys.stderr):  # None in a windowed process
        if stream is not None and (getattr(stream, "encoding", "") or "").lower() not in ("utf-8", "utf8"):
            try:
                stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            except (AttributeError, ValueError):
                pass
    # Qt's offscreen platform on Windows reads fonts from a folder (it warns when Qt ships none);
    # the native platform ignores this variable.
    os.environ.setdefault("QT_QPA_FONTDIR", str(paths.resource("fonts")))


# What `build_parser().parse_args([])` gives (a test holds them equal): a start without
# arguments skips building the parser, which imports every command's module (~3% of a start, #19).
WINDOW_DEFAULTS = {"portable": False, "data_dir": None, "search": None, "command": None}


_WINDOW_VALUE_OPTIONS = {"--search": "search", "--data-dir": "data_dir"}


def _window_only_args(own: Sequence[str]) -> argparse.Namespace | None:
    """The window's own options (--search, --portable, --data-dir) read without building the
    whole command tree: `objector-guide --search "draft evader"` is the start #19 times for the
    first result, and the full parser costs ~7% of it (argparse itself, even for three options,
    ~1%). Anything else (a command, --help, an abbreviation, a value that starts with "-", a
    mistake) gets None and goes to the full parser, which alone says what is wrong; a test
    holds both to the same result."""
    found: dict[str, object] = dict(WINDOW_DEFAULTS)
    items = iter(own)
    for item in items:
        name, equals, value = item.partition("=")
        if item == "--portable":
            found["portable"] = True
        elif name in _WINDOW_VALUE_OPTIONS:
            if not equals:
                value = next(items, None)  # type: ignore[assignment]
                if value is None or value.startswith("-"):
                    return None
            found[_WINDOW_VALUE_OPTIONS[name]] = value
        else:
            return None
    return argparse.Namespace(**found)


def main(argv: Sequence[str] | None = None) -> int:
    _prepare_process()
    own = _without_qt_options(sys.argv[1:] if argv is None else argv)
    # without arguments (the window, as a double-click starts it) nothing needs parsing, and
    # the window's own options need no command tree
    args = _window_only_args(own) or build_parser().parse_args(own)
    _apply_globals(args)
    from app.cli.gui import run_gui

    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", None) or run_gui
    automatic_gc_was_on = gc.isenabled()
    if handler is run_gui:
        # No cyclic garbage collection while the window starts: its imports and widgets make
        # objects that live as long as the app, and the collector's passes over them cost
        # ~10 ms of the start (#19). Once the window is painted, they are frozen out of the
        # passes (app.ui.application.after_start), which a timer on the GUI thread runs from
        # then on (app.ui.gui_thread_gc).
        gc.disable()
    try:
        return int(handler(args) or 0)
    except UserError as exc:
        print(f"objector-guide: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so in one line; details only on request
        import os
        import traceback

        from app import env

        if os.environ.get(env.DEBUG):
            traceback.print_exc()
        print(f"objector-guide: internal error ({type(exc).__name__}: {exc}). "
              f"Set {env.DEBUG}=1 for details.", file=sys.stderr)
        return EXIT_BUG
    finally:
        # a caller in the same process (a test) gets back what it had, unless a QApplication
        # now collects on its own thread (a command that printed a sheet made one)
        gui_gc = sys.modules.get("app.ui.gui_thread_gc")
        if automatic_gc_was_on and not (gui_gc and gui_gc.collecting_on_gui_thread()):
            gc.enable()
