"""Printing helpers shared by subcommands: JSON that keeps Cyrillic readable, and output
that is safe for a terminal.

Titles and text from imported reports, and whatever a user typed, reach the terminal. An
escape sequence in them (ESC[2J clears the screen, OSC 0 sets the window title, others can
rewrite what is shown) must never reach it: `clean` strips escape sequences and control
characters, and `terminal_safe` (around every subcommand's handler) sends stdout and stderr
through it while the command runs, so no print can forget. Bytes that are not UTF-8
(a file name from another system) are shown as U+FFFD instead of stopping the command.
JSON output stays exact: control characters are written as \\u escapes.
"""

from __future__ import annotations

import functools
import io
import json
import re
import sys
from collections.abc import Callable
from typing import Any, TextIO

# ESC sequences as a whole (CSI incl. the 8-bit CSI, OSC/DCS/APC/PM/SOS up to BEL or ST, and
# two-character ones), then any remaining C0 control but tab and newline, DEL and C1 controls.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"              # CSI … final byte
    r"|(?:\x1b[\]P^_X]|[\x90\x9d\x9e\x9f\x98])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, … (one line)
    r"|\x1b[ -/]*[0-~]?"                               # other ESC x
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\ud800-\udfff\u2028\u2029]")  # json.dumps escapes C0 itself


def clean(text: str) -> str:
    """`text` without terminal escape sequences and control characters (tab and newline stay;
    a carriage return goes, as it could overwrite a line); undecodable bytes become U+FFFD."""
    if not text.isprintable() or "\x1b" in text:
        text = _CONTROLS.sub("", _ESCAPES.sub("", text))
        text = _SURROGATES.sub("\ufffd", text)
    return text


class SafeStream(io.TextIOBase):
    """A text stream that writes `clean(text)` to the stream it wraps."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:  # type: ignore[override]
        self.inner.write(clean(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", "utf-8")


def terminal_safe(handler: Callable[[Any], int]) -> Callable[[Any], int]:
    """Run a subcommand with stdout and stderr cleaned; its error sentences are cleaned too
    (the CLI prints them after the handler returns). Text that is not UTF-8 reaching a
    database or a file becomes a sentence instead of "internal error"."""
    from app.errors import UserError

    @functools.wraps(handler)
    def run(args: Any) -> int:
        out, err = sys.stdout, sys.stderr
        sys.stdout = SafeStream(out) if out is not None else out  # type: ignore[assignment]
        sys.stderr = SafeStream(err) if err is not None else err  # type: ignore[assignment]
        try:
            code = handler(args)
            _tell_set_aside()
            return code
        except UserError as exc:
            _tell_set_aside()
            exc.args = (clean(str(exc)),)
            raise
        except UnicodeEncodeError as exc:
            if "surrogates not allowed" not in str(exc):
                raise
            # bytes that are not UTF-8 (from an argument or a file name) reached a database or
            # a file: a sentence, not "internal error"
            raise UserError("an argument or a file name contains bytes that are not UTF-8 text; "
                            "set the terminal (or the script) to UTF-8, or rename the file") from None
        except Exception as exc:
            # sqlite3 only when a command has loaded it: a command without a store does not pay for it
            sqlite = sys.modules.get("sqlite3")
            if sqlite is None or not isinstance(exc, sqlite.DatabaseError):
                raise
            # a page of the guidebook damaged deep inside, which opening the store does not
            # read: said, and rebuilt for the next command (adversarial trial, 1 Dec 2026)
            from app.store.connection import rebuild_if_damaged

            said = rebuild_if_damaged()
            if not said:
                raise
            raise UserError(said) from None
        finally:
            try:
                if sys.stdout is not None:
                    sys.stdout.flush()
            finally:
                sys.stdout, sys.stderr = out, err

    return run


_said: set[str] = set()


def note(text: str) -> None:
    """A sentence the user must see beside the result (on stderr, so JSON output stays JSON),
    e.g. that the imported reports cannot be read right now; each once per command."""
    if text and text not in _said:
        _said.add(text)
        print(f"objector-guide: note: {text}", file=sys.stderr)


def _tell_set_aside() -> None:
    """Say it when this command found the imported reports file damaged and set it aside (any
    command that reads imports can: search, show, imports list …). Nothing to say when the
    importer was never loaded."""
    store = sys.modules.get("app.importer.store")
    if store is None:
        return
    for notice in store.take_notices():
        note(notice)


def require_text(value: str, what: str) -> str:
    """`value` if it is text; a UserError when the argument held bytes that are not UTF-8
    (a terminal or script in another encoding): they would match nothing, silently."""
    from app.errors import UserError

    if _SURROGATES.search(value):
        raise UserError(f"{what} contains bytes that are not UTF-8 text; "
                        "set the terminal (or the script) to UTF-8 and type it again.")
    return value


def readable_text(value: str) -> str:
    """`value` with bytes that are not UTF-8 shown as U+FFFD (for text that is printed, such
    as a client's name on a sheet, where a replaced letter is better than no sheet)."""
    return _SURROGATES.sub("\ufffd", value)


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    text = _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)  # exact, and harmless to a terminal
    sys.stdout.write(text + "\n")


def add_lang(parser: Any, default: str | None = "en", help_text: str | None = None) -> None:
    """`--lang` with every language the guidebook has (app.langs) as its choices."""
    from app.langs import LANGUAGES

    parser.add_argument("--lang", choices=LANGUAGES, default=default,
                        help=help_text or f"content language (default: {default})")
