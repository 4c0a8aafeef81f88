"""The window's cached read of the wizard: the same definition as the YAML gives, never a stale one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.paths import resource
from app.userdata import cache
from app.wizard import definition as definition_module
from app.wizard.definition import load_definition

Write = Callable[..., Path]


def _no_yaml(*_args: Any) -> Any:
    raise AssertionError("the YAML was read although the cache matches")


def test_the_cached_definition_equals_the_one_read_from_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = load_definition()
    load_definition(cached=True)  # makes the cached copy
    monkeypatch.setattr(definition_module, "_read", _no_yaml)
    from_cache = load_definition(cached=True)
    assert from_cache == fresh
    assert [q.text.values for q in from_cache.questions] == [q.text.values for q in fresh.questions]
    assert [o.summary.values for o in from_cache.outcomes] == [o.summary.values for o in fresh.outcomes]
    assert [b.when for b in from_cache.blocks] == [b.when for b in fresh.blocks]


def test_an_edited_file_is_read_again(tmp_path: Path) -> None:
    folder = shutil.copytree(resource("wizard"), tmp_path / "wizard")
    before = load_definition(folder, cached=True)
    outcomes = folder / "outcomes.yaml"
    text = outcomes.read_text(encoding="utf-8")
    first = before.outcomes[0].summary.values["en"].split()[0]
    outcomes.write_text(text.replace(first, "EDITED-" + first, 1), encoding="utf-8")
    after = load_definition(folder, cached=True)
    assert any("EDITED-" in o.summary.values["en"] for o in after.outcomes)
    assert after == load_definition(folder)


def test_a_file_added_to_the_folder_is_read(write: Write, minimal: dict[str, Any]) -> None:
    outcomes = minimal.pop("outcomes")
    folder = write(minimal, outcomes={"outcomes": outcomes[:1]})
    assert [o.id for o in load_definition(folder, cached=True).outcomes] == ["out-a"]
    write(minimal, z_added={"outcomes": outcomes[1:]})
    assert [o.id for o in load_definition(folder, cached=True).outcomes] == ["out-a", "out-b"]


@pytest.mark.parametrize("damage", ["{not json", '{"key": 1, "value": [1]}', '{"key": null}', ""])
def test_a_damaged_cache_is_ignored(damage: str) -> None:
    fresh = load_definition()
    load_definition(cached=True)
    key = definition_module._cache_key(definition_module._files(resource("wizard")))
    cache.file("wizard.json").write_text(damage, encoding="utf-8")
    assert load_definition(cached=True) == fresh
    assert cache.read("wizard.json", key) is not None  # and made again


def test_a_cached_view_of_the_wrong_shape_is_not_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = load_definition()
    files = definition_module._files(resource("wizard"))
    cache.write("wizard.json", definition_module._cache_key(files), [{}])  # one view for three files
    assert load_definition(cached=True) == fresh


def test_a_broken_file_is_reported_and_not_cached(write: Write, minimal: dict[str, Any]) -> None:
    folder = write(minimal)
    (folder / "wizard.yaml").write_text("meta: [unclosed", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid YAML"):
        load_definition(folder, cached=True)
    with pytest.raises(ValueError, match="not valid YAML"):
        load_definition(folder, cached=True)


def test_a_second_opening_does_not_import_yaml() -> None:
    """What the cache is for (#19): PyYAML and its parse stay out of the window's memory."""
    script = ("import sys; from app.wizard.definition import load_definition; "
              "load_definition(cached=True); print('yaml' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[3]).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]


def test_an_edit_that_keeps_size_and_time_is_seen(tmp_path: Path) -> None:
    """A copy that restores times (cp -p, rsync -a, unzip) or a FAT stick's two-second clock:
    the key holds the files' bytes, not only their sizes and times."""
    import os

    folder = shutil.copytree(resource("wizard"), tmp_path / "wizard")
    before = load_definition(folder, cached=True)
    wizard = folder / "wizard.yaml"
    st = wizard.stat()
    text = wizard.read_text(encoding="utf-8")
    first = before.questions[0].text.values["en"]
    word = next(w for w in first.split() if len(w) > 3 and w.isalpha())
    wizard.write_text(text.replace(word, word[::-1], 1), encoding="utf-8")
    os.utime(wizard, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert wizard.stat().st_size == st.st_size
    assert load_definition(folder, cached=True).questions[0].text.values["en"] != first


def test_a_cached_copy_damaged_inside_is_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid JSON of the right outline, but a question without its id: the assessment still
    opens (from the YAML), and the copy is made again."""
    fresh = load_definition()
    files = definition_module._files(resource("wizard"))
    key = definition_module._cache_key(files)
    views = definition_module._views(files, cached=False)
    del views[0]["questions"][0]["id"]
    cache.write("wizard.json", key, views)
    assert load_definition(cached=True) == fresh
    monkeypatch.setattr(definition_module, "_read", _no_yaml)
    assert load_definition(cached=True) == fresh  # from the copy made again
