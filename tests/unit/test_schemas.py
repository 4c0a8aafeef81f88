"""The schemas in resources/schemas: valid, complete in their references, and paid for only
by the commands that check files (building the store, `wizard validate`, opening the
assessment), never by the app's start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from app import schemas

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = sorted((ROOT / "resources" / "schemas").glob("*.schema.json"))
KINDS = [p.name.removesuffix(".schema.json") for p in SCHEMAS if p.name != "common.schema.json"]


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda p: p.name)
def test_every_schema_is_a_valid_draft_2020_12_schema_named_as_its_file(path: Path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == path.name


@pytest.mark.parametrize("kind", KINDS)
def test_every_reference_resolves_and_the_validator_is_made_once(kind: str) -> None:
    assert schemas.field_names(kind)  # follows every $ref, raises on one that leads nowhere
    assert schemas._validator(kind) is schemas._validator(kind)
    assert schemas.problems(kind, None, "x.yaml")  # nothing is never a valid file


def test_starting_the_app_does_not_import_jsonschema() -> None:
    """The modules an app start imports (the command line, the store, the sheet, the loaders'
    modules themselves) leave jsonschema alone; the first check imports it."""
    code = ("import sys\n"
            "import app.cli, app.cli.stats, app.cli.search, app.store.connection, app.sheet.compose\n"
            "import app.content.loader, app.wizard.definition, app.wizard.validate\n"
            "before = sorted(m for m in sys.modules if m.split('.')[0] in ('jsonschema', 'referencing'))\n"
            "from app import schemas\n"
            "schemas.problems('manifest', {}, 'manifest.yaml')\n"
            "print(before, 'jsonschema' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[] True"


def test_the_schemas_know_the_languages_the_app_speaks() -> None:
    """Adding a language to app/langs.py must add it to the texts' schema too."""
    from app.langs import LANGUAGES

    common = json.loads((ROOT / "resources" / "schemas" / "common.schema.json").read_text(encoding="utf-8"))
    assert tuple(common["$defs"]["languages"]["properties"]) == tuple(LANGUAGES)


def test_a_built_app_reads_its_own_files_without_the_schema_check(monkeypatch) -> None:
    """Shipped files were checked when the app was built: in a bundle the wizard loads without
    jsonschema (it needs a DLL Wine 8 lacks; and it costs the assessment ~0.3 s to open),
    while a file from elsewhere (an installed edition) is still checked."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import sys
        sys.frozen = True  # as PyInstaller sets it; paths.bundle_root() then is sys._MEIPASS
        from pathlib import Path
        sys._MEIPASS = str(Path.cwd())
        from app import schemas
        from app.paths import resource
        from app.wizard.definition import load_definition
        d = load_definition()
        assert d.questions and schemas.checked_at_build(resource("wizard") / "wizard.yaml")
        assert "jsonschema" not in sys.modules, "the bundled wizard was checked again"
        assert not schemas.checked_at_build(Path("/tmp/elsewhere/wizard.yaml"))
        print("ok")
    """)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "ok" in done.stdout, done.stderr[-2000:]
