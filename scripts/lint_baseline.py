"""Write the lint baselines into pyproject.toml: what `./dev.sh lint` tolerates today.

    .venv/bin/python scripts/lint_baseline.py          # rewrite both baselines
    .venv/bin/python scripts/lint_baseline.py --check  # exit 1 if a baseline would shrink

ruff: the rules each file breaks now, as per-file-ignores between the markers in
[tool.ruff.lint.per-file-ignores]; every other file, and every new one, is held to the
whole rule set. mypy: the modules that check clean now, as `files` in [tool.mypy]; a
module joins the list once it is clean. Run it after fixing a file so the baseline only
ever shrinks (a ratchet); never to hide a new finding.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
BIN = Path(sys.executable).parent
RUFF_BEGIN, RUFF_END = "# ruff-baseline-begin", "# ruff-baseline-end"
MYPY_BEGIN, MYPY_END = "# mypy-baseline-begin", "# mypy-baseline-end"


def ruff_findings() -> dict[str, list[str]]:
    """{file: sorted rule codes} with the baseline left out, so it is computed afresh."""
    text = PYPROJECT.read_text(encoding="utf-8")
    bare = _between(text, RUFF_BEGIN, RUFF_END, "")
    tmp = ROOT / "build" / "work" / "pyproject-no-baseline.toml"
    tmp.parent.mkdir(parents=True, exist_ok=True)
    tmp.write_text(_ruff_only(bare), encoding="utf-8")
    out = subprocess.run([str(BIN / "ruff"), "check", "--config", str(tmp), "--output-format=json", "--exit-zero",
                          "."], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    found: dict[str, set[str]] = {}
    for item in json.loads(out):
        found.setdefault(Path(item["filename"]).resolve().relative_to(ROOT).as_posix(), set()).add(item["code"])
    return {f: sorted(codes) for f, codes in sorted(found.items())}


def _ruff_only(pyproject: str) -> str:
    """The [tool.ruff*] tables of pyproject.toml, as a file `ruff --config` reads (keys without 'tool.ruff')."""
    keep, out = False, []
    for line in pyproject.splitlines():
        header = re.match(r"\[(.+)\]\s*$", line)
        if header:
            name = header.group(1)
            keep = name == "tool.ruff" or name.startswith("tool.ruff.")
            if keep and name != "tool.ruff":
                out.append(f"[{name[len('tool.ruff.'):]}]")
            continue
        if keep:
            out.append(line)
    return "\n".join(out) + "\n"


def mypy_clean_modules() -> list[str]:
    """The app modules (files) in which mypy finds nothing, checked together as a whole."""
    out = subprocess.run([str(BIN / "mypy"), "--config-file", "/dev/null", "--ignore-missing-imports",
                          "--no-error-summary", "app"], cwd=ROOT, capture_output=True, text=True).stdout
    bad = {line.split(":", 1)[0] for line in out.splitlines() if ": error:" in line}
    files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app").rglob("*.py"))
    return [f for f in files if f not in bad]


def _between(text: str, begin: str, end: str, body: str) -> str:
    pattern = re.compile(rf"({re.escape(begin)}\n).*?(^[ \t]*{re.escape(end)})", re.S | re.M)
    if not pattern.search(text):
        raise SystemExit(f"pyproject.toml has no {begin} … {end} block")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text, count=1)


def render(ruff: dict[str, list[str]], mypy: list[str]) -> str:
    text = PYPROJECT.read_text(encoding="utf-8")
    text = _between(text, RUFF_BEGIN, RUFF_END, "".join(f'"{f}" = {json.dumps(c)}\n' for f, c in ruff.items()))
    return _between(text, MYPY_BEGIN, MYPY_END, "".join(f'    "{f}",\n' for f in mypy))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="only say whether the baselines are current")
    args = p.parse_args()
    new = render(ruff_findings(), mypy_clean_modules())
    if args.check:
        current = PYPROJECT.read_text(encoding="utf-8") == new
        print("lint baselines are current" if current else "lint baselines differ: run scripts/lint_baseline.py")
        return 0 if current else 1
    PYPROJECT.write_text(new, encoding="utf-8")
    print("pyproject.toml: lint baselines written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
