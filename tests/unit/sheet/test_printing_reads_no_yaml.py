"""A second assessment printed in a new process reads every YAML-made table from the cache
folder (#19: the session's memory): the wizard, the sheet's words and the abbreviations."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import json, sys
from app.paths import resource
from app.sheet.service import sheet_html
from app.store.connection import connect_readonly
from app.store.guidebook import Guidebook
from app.wizard.definition import load_definition

book = Guidebook(connect_readonly(sys.argv[1]))
answers = json.loads(resource("wizard/examples/deserter.json").read_text(encoding="utf-8"))
html = sheet_html(load_definition(cached=True), answers, "ru", book)
print("yaml" in sys.modules, "BAMF (Федеральное ведомство" in html)
"""


def test_a_second_sheet_imports_no_yaml_and_still_spells_out_abbreviations(shipped_store: Path) -> None:
    runs = [subprocess.run([sys.executable, "-c", SCRIPT, str(shipped_store)], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout.split() for _ in range(2)]
    assert runs == [["True", "True"], ["False", "True"]]
