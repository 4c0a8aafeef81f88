"""Fill unfinished entries of the Qt .ts files from a JSON file written by a translator.

    .venv/bin/python scripts/ts_fill.py translations.json [--accept-same-text]

translations.json: {"ru": {"Context": {"English source": "перевод"}}, "de": {...}}; a source with %n
(plural forms) takes a list: three forms in Russian (1, 2–4, 5+), two in German.
--accept-same-text accepts what lupdate's same-text heuristic proposed (an identical English
string already translated elsewhere in the app), e.g. after strings moved to another context.
--revise also replaces finished translations named in the file (a reviewer's corrections).
Prints what is still unfinished, so nothing is left half-done by accident.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    table = json.loads(Path(argv[0]).read_text(encoding="utf-8")) if argv and not argv[0].startswith("--") else {}
    accept = "--accept-same-text" in argv
    revise = "--revise" in argv
    left = 0
    for path in sorted((ROOT / "resources" / "i18n").glob("objector_guide_*.ts")):
        lang = path.stem.removeprefix("objector_guide_")
        tree = ET.parse(path)
        for ctx in tree.getroot():
            name = ctx.findtext("name")
            for msg in ctx.findall("message"):
                tr = msg.find("translation")
                given = table.get(lang, {}).get(name, {}).get(msg.findtext("source"))
                if tr is not None and revise and given and tr.get("type") != "unfinished" \
                        and msg.get("numerus") != "yes":
                    tr.text = given
                    continue
                if tr is None or tr.get("type") != "unfinished":
                    continue
                if msg.get("numerus") == "yes":  # plural forms: a list, one per form of the language
                    if not isinstance(given, list):
                        left += 1
                        print(f"{lang} {name}: {msg.findtext('source')!r} still unfinished (give a list of forms)")
                        continue
                    for form in list(tr):
                        tr.remove(form)
                    for text in given:
                        ET.SubElement(tr, "numerusform").text = text
                    tr.text = None
                    del tr.attrib["type"]
                    continue
                if given:
                    tr.text = given
                if given or (accept and tr.text):
                    del tr.attrib["type"]
                else:
                    left += 1
                    print(f"{lang} {name}: {msg.findtext('source')!r} still unfinished")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
