"""FORMAT.md describes the wizard's files for their writers: every key the schema allows is
described there, and its example is a wizard the loader and the validator accept."""

from __future__ import annotations

import re
from pathlib import Path

from app import schemas
from app.wizard.definition import load_definition
from app.wizard.validate import shipped_content_ids, validate

ROOT = Path(__file__).resolve().parents[3]
FORMAT = (ROOT / "FORMAT.md").read_text(encoding="utf-8")


def test_every_key_of_the_wizard_schema_is_described_in_format_md() -> None:
    names = schemas.field_names("wizard")
    assert {"questions", "options", "when", "held", "circumstances", "de"} <= names  # the schema was read whole
    missing = sorted(n for n in names if f"`{n}`" not in FORMAT)
    assert missing == [], f"FORMAT.md does not describe {missing}: add them (as `key`) where they belong"


def test_the_example_in_format_md_loads_and_is_sound(tmp_path: Path) -> None:
    example = re.search(r"^## A small example\n.*?^```yaml\n(.*?)^```", FORMAT, re.S | re.M)
    assert example, "FORMAT.md has no '## A small example' with a yaml block"
    (tmp_path / "wizard.yaml").write_text(example.group(1), encoding="utf-8")
    definition = load_definition(tmp_path)
    assert validate(definition, shipped_content_ids()) == []
    assert {q.id for q in definition.questions} and {o.id for o in definition.outcomes}
