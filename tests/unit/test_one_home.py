"""One home for each fact (issue #18): the languages, the kinds of record, the guide:// link
syntax and the environment variables' names are each written once in app/, and everything
else imports them. Adding a language is then one entry in app/langs.py plus translations.

Each test reads the source as Python (ast), so a docstring or an error message that names a
fact is fine; only code that restates it fails, with the file and line to change.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from app import env
from app.langs import LANGUAGES
from app.records import KINDS

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app"


def _sources(*skip: str) -> Iterator[tuple[str, ast.AST]]:
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel not in skip:
            yield rel, ast.parse(path.read_text(encoding="utf-8"), rel)


def _string_collections(tree: ast.AST) -> Iterator[tuple[int, set[str]]]:
    """(line, the strings) of every tuple, list or set written out of string constants only."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and len(node.elts) >= 2 and all(
                isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            yield node.lineno, {e.value for e in node.elts}  # type: ignore[attr-defined]


def test_the_languages_are_listed_only_in_app_langs() -> None:
    copies = [f"{rel}:{line}" for rel, tree in _sources("app/langs.py")
              for line, strings in _string_collections(tree) if strings == set(LANGUAGES)]
    assert not copies, f"use app.langs.LANGUAGES instead of a list of the languages: {copies}"


def test_the_kinds_of_record_are_listed_only_in_app_records() -> None:
    copies = [f"{rel}:{line}" for rel, tree in _sources("app/records.py")
              for line, strings in _string_collections(tree) if strings == set(KINDS)]
    assert not copies, f"use app.records.KINDS instead of a list of the kinds: {copies}"


def test_the_store_schema_allows_exactly_the_kinds() -> None:
    """db/schema.sql cannot import KINDS; its CHECK must say the same."""
    sql = (ROOT / "db" / "schema.sql").read_text(encoding="utf-8")
    check = re.search(r"kind\s+TEXT NOT NULL CHECK \(kind IN \(([^)]*)\)\)", sql)
    assert check, "db/schema.sql: the records table's kind CHECK was not found"
    assert tuple(re.findall(r"'([^']*)'", check.group(1))) == KINDS


def test_guide_links_are_read_and_written_only_in_app_links() -> None:
    """One regex and one builder: a link the loaders accept is a link the reader opens."""
    offenders = []
    for rel, tree in _sources("app/links.py"):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "compile" \
                    and any("guide:" in c.value for c in ast.walk(node)
                            if isinstance(c, ast.Constant) and isinstance(c.value, str)):
                offenders.append(f"{rel}:{node.lineno}: a guide:// regex (use app.links.LINK or parse)")
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search(
                    r"""href=["']?guide:""", node.value):
                offenders.append(f"{rel}:{node.lineno}: a guide:// link built by hand (use app.links.url_for)")
    assert not offenders, "\n".join(offenders)


def test_environment_variables_are_named_only_in_app_env() -> None:
    literals = [f"{rel}:{node.lineno}: {node.value}" for rel, tree in _sources("app/env.py")
                for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
                and re.fullmatch(r"OBJECTOR_GUIDE_[A-Z_]+", node.value)]
    assert not literals, f"use the constant in app/env.py: {literals}"


def test_every_environment_variable_in_the_repository_is_listed_in_app_env() -> None:
    """dev.sh, the tests, the build scripts and the docs may use the names as text; each must
    be one app/env.py explains (and app/env.py lists none that nothing reads)."""
    places = [ROOT / "dev.sh", ROOT / ".ci" / "run", *ROOT.glob("*.md"), *(ROOT / "build").glob("*.py"),
              *(ROOT / "build").glob("*.md"), *(ROOT / "tests").rglob("*.py"), *APP.rglob("*.py")]
    used: dict[str, str] = {}
    for path in places:
        if path.is_file() and path != APP / "env.py":
            for name in re.findall(r"OBJECTOR_GUIDE_[A-Z_]*[A-Z]", path.read_text(encoding="utf-8")):
                used.setdefault(name, path.relative_to(ROOT).as_posix())
    unlisted = {name: where for name, where in used.items() if name not in env.ALL_NAMES}
    assert not unlisted, f"name it in app/env.py, with a line on what it does: {unlisted}"
    unread = set(env.ALL_NAMES) - set(used)
    assert not unread, f"app/env.py lists a variable nothing reads: {unread}"
