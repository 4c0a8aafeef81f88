"""Building an edition: reproducible bytes, the right files, refusals of bad input."""

from __future__ import annotations

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.unit.edition.conftest import ROOT, Editions


def test_same_input_gives_the_same_bytes(editions: Editions, tmp_path: Path) -> None:
    from app.edition.build import build_edition

    log = {"en": "Test edition.", "ru": "Тестовая редакция.", "de": "Testausgabe."}
    # built again from a copy with other timestamps and permissions (as after a checkout elsewhere)
    copy = tmp_path / "copy"
    shutil.copytree(editions.base_tree, copy)
    for path in copy.rglob("*"):
        os.utime(path, (1_000_000_000, 1_000_000_000))
        if path.is_file():
            path.chmod(0o600)
    (copy / "content" / ".DS_Store").write_bytes(b"litter")  # hidden files are not content
    third = build_edition(copy, editions.key, tmp_path / "third.ogedition", version="2099.1.0",
                          date="2099-01-15", changelog=log).path
    assert third.read_bytes() == editions.base.read_bytes()


def test_an_edition_holds_the_authored_guidebook_and_nothing_else(editions: Editions) -> None:
    from app.edition.verify import verify

    e = verify(editions.base)
    names = set(e.files)
    assert "content/manifest.yaml" in names and "i18n/termbase.yaml" in names
    assert "wizard/outcomes.yaml" in names and "sheet/labels.yaml" in names
    assert any(n.startswith("content/sections/ru/") for n in names)
    assert not any(n.startswith(("fonts/", "icons/", "keys/")) or n.endswith((".qm", ".ts", ".css", ".html"))
                   for n in names)
    with zipfile.ZipFile(io.BytesIO(editions.base.read_bytes())) as zf:
        infos = zf.infolist()
    assert infos[0].filename == "edition.json"
    assert [i.filename for i in infos[1:]] == sorted(i.filename for i in infos[1:])
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    # the version given to the build is what the About box and footers will show
    assert b'edition: "2099.1.0"' in e.files["content/manifest.yaml"]
    assert e.manifest.changelog["ru"] == "Тестовая редакция."
    from app import __version__

    assert e.manifest.min_app_version == __version__


def test_invalid_content_is_never_built(editions: Editions, tmp_path: Path) -> None:
    from app.edition.build import build_edition, copy_resources
    from app.edition.errors import InvalidContent

    tree = copy_resources(ROOT / "resources", tmp_path / "tree")
    section = tree / "content" / "sections" / "en" / "demands.md"
    section.write_text(section.read_text(encoding="utf-8") + "\nSee [nowhere](guide://law/no-such-law).\n",
                       encoding="utf-8")
    with pytest.raises(InvalidContent, match="no-such-law"):
        build_edition(tree, editions.key, tmp_path / "bad.ogedition", changelog={"en": "x"})
    assert not (tmp_path / "bad.ogedition").exists()


def test_a_build_needs_an_english_changelog_and_a_sane_version(editions: Editions, tmp_path: Path) -> None:
    from app.edition.build import build_edition
    from app.edition.errors import EditionError

    with pytest.raises(EditionError, match="changelog in English"):
        build_edition(editions.base_tree, editions.key, tmp_path / "x.ogedition", changelog={"ru": "только"})
    with pytest.raises(EditionError, match="must look like"):
        build_edition(editions.base_tree, editions.key, tmp_path / "x.ogedition", version="next", changelog={"en": "x"})


def test_keygen_never_overwrites_a_key(editions: Editions) -> None:
    from app.edition.errors import EditionError
    from app.edition.signing import keygen

    before = editions.key.read_bytes()
    with pytest.raises(EditionError, match="never overwritten"):
        keygen(editions.key.parent, "Test publisher", "test")
    assert editions.key.read_bytes() == before
    assert editions.key.stat().st_mode & 0o077 == 0  # the private key is readable by its owner only


def test_the_bundled_public_key_is_a_public_key_only() -> None:
    from app.edition.signing import load_public_key

    keys = sorted((ROOT / "resources" / "keys").glob("*"))
    assert keys, "the app must bundle the publisher's public key"
    for path in keys:
        text = path.read_text(encoding="ascii")
        assert path.suffix == ".pub" and "BEGIN PUBLIC KEY" in text and "BEGIN PRIVATE KEY" not in text
        assert load_public_key(path).publisher
