"""Printing helpers shared by subcommands: JSON that keeps Cyrillic readable."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def add_lang(parser: Any, default: str = "en") -> None:
    parser.add_argument("--lang", choices=("en", "ru", "de"), default=default,
                        help=f"content language (default: {default})")
