"""Editions built once per session from a snapshot of resources/, signed with throwaway keys.

    base     2099.1.0  resources/ as it is
    changed  2099.2.0  one section changed, one legal reference added (tests/fixtures/editions)
    old      2000.1.0  resources/ as it is, older than the bundled content
    future   2099.3.0  needs app version 99.0
    stranger 2099.9.0  signed with a key the app does not trust

Every test gets a fresh user data dir (tests/conftest.py), so the bundled content is in
use when it starts.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "editions"
CHANGED_FACT = "2099"  # a word that only the changed section of the 'changed' edition holds


def apply_fixture_changes(tree: Path) -> Path:
    """One section changed and one legal reference added, in a copy laid out like resources/."""
    change = yaml.safe_load((FIXTURES / "section-change.yaml").read_text(encoding="utf-8"))
    path = tree / change["file"]
    text = path.read_text(encoding="utf-8")
    assert text.count(change["old"]) == 1, "the fixture change no longer matches resources/"
    path.write_text(text.replace(change["old"], change["new"]), encoding="utf-8")
    with open(tree / "content" / "laws.yaml", "a", encoding="utf-8") as fh:
        fh.write((FIXTURES / "added-law.yaml").read_text(encoding="utf-8"))
    return tree


@dataclass(frozen=True)
class Editions:
    trusted_dir: Path
    key: Path
    stranger_key: Path
    base_tree: Path
    changed_tree: Path
    base: Path
    changed: Path
    old: Path
    future: Path
    stranger: Path


@pytest.fixture(scope="session")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Editions:
    from app.edition.build import build_edition, copy_resources
    from app.edition.signing import keygen

    top = tmp_path_factory.mktemp("editions")
    key, pub = keygen(top / "keys", "Test publisher", "test")
    stranger_key, _ = keygen(top / "stranger", "Somebody else", "stranger")
    trusted = top / "trusted"
    trusted.mkdir()
    shutil.copy(pub, trusted / pub.name)
    base_tree = copy_resources(ROOT / "resources", top / "base-tree")
    changed_tree = apply_fixture_changes(copy_resources(ROOT / "resources", top / "changed-tree"))
    log = {"en": "Test edition.", "ru": "Тестовая редакция.", "de": "Testausgabe."}
    out = top / "files"

    def build(tree: Path, name: str, version: str, signer: Path = key, **kw) -> Path:
        kw.setdefault("changelog", log)
        return build_edition(tree, signer, out / f"{name}.ogedition", version=version, **kw).path

    base = build(base_tree, "base", "2099.1.0", date="2099-01-15")
    changed = build(changed_tree, "changed", "2099.2.0", date="2099-03-01",
                    changelog={"en": "One section changed, one legal reference added.",
                               "ru": "Изменён один раздел, добавлен один правовой источник."})
    return Editions(
        trusted_dir=trusted, key=key, stranger_key=stranger_key, base_tree=base_tree, changed_tree=changed_tree,
        base=base, changed=changed,
        old=resign(base, key, out / "old.ogedition", version="2000.1.0", date="2000-01-01"),
        future=resign(base, key, out / "future.ogedition", version="2099.3.0", min_app_version="99.0"),
        stranger=resign(changed, stranger_key, out / "stranger.ogedition", version="2099.9.0"),
    )


def resign(source: Path, key: Path, out: Path, **changes: str) -> Path:
    """A copy of a built edition with other manifest values, signed with `key` (quicker than
    a build: the content is the same, already validated)."""
    from dataclasses import replace

    from app.edition import archive
    from app.edition.manifest import MANIFEST_NAME, Manifest
    from app.edition.signing import load_private_key, sign

    files = archive.read_entries(source.read_bytes())
    manifest = replace(Manifest.from_bytes(files.pop(MANIFEST_NAME)), **changes)
    signer = load_private_key(key)
    unsigned = archive.pack(manifest.to_bytes(), files.items())
    out.write_bytes(archive.seal(unsigned, signer.key_id, sign(signer, archive.body(unsigned))))
    return out


@pytest.fixture(scope="session")
def _preinstalled(editions: Editions, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Editions folders as after installing 'base', and after installing 'base' then 'changed'
    (made once, copied into each test's user data dir: an install takes a second or two)."""
    from app.edition import active, signing
    from app.edition.install import install

    data = tmp_path_factory.mktemp("preinstalled")
    out = {}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("OBJECTOR_GUIDE_DATA_DIR", str(data / "now"))
        mp.setattr(signing, "EXTRA_TRUSTED_DIRS", [editions.trusted_dir])
        install(editions.base)
        out["base"] = shutil.copytree(active.editions_dir(), data / "base")
        install(editions.changed)
        out["changed"] = shutil.copytree(active.editions_dir(), data / "changed")
        active.forget()
    return out


def _copy_state(source: Path) -> Path:
    from app.edition import active

    dest = active.editions_dir()
    shutil.copytree(source, dest)
    active.forget()
    return dest


@pytest.fixture
def base_installed(_preinstalled: dict[str, Path]) -> Path:
    """The user data dir as after installing 'base' (in use); returns its editions/ folder."""
    return _copy_state(_preinstalled["base"])


@pytest.fixture
def changed_installed(_preinstalled: dict[str, Path]) -> Path:
    """The user data dir as after installing 'base', then 'changed' (in use); returns editions/."""
    return _copy_state(_preinstalled["changed"])


@pytest.fixture(autouse=True)
def _trust_test_key(editions: Editions, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.edition import active, signing

    monkeypatch.setattr(signing, "EXTRA_TRUSTED_DIRS", [editions.trusted_dir])
    active.forget()


def snapshot(base: Path) -> dict[str, bytes]:
    """Every file under the editions folder (but the lock), to show that nothing changed."""
    if not base.exists():
        return {}
    return {p.relative_to(base).as_posix(): p.read_bytes() for p in sorted(base.rglob("*"))
            if p.is_file() and p.name != ".lock"}
