"""Install, search, roll back: what a counsellor sees before and after an update."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.unit.edition.conftest import CHANGED_FACT, Editions, snapshot


def _demands_hits(word: str = CHANGED_FACT) -> list[str]:
    """Ids of the records search finds for `word` (English), with the guidebook opened as the app opens it."""
    from app.store.guidebook import Guidebook

    book = Guidebook.open()
    try:
        assert book.status is not None and book.status.reason == "", book.status
        return [h.id for h in book.search(word, lang="en", as_you_type=False) if word in h.marked()]
    finally:
        book.close()


def _page(kind: str, rid: str) -> str:
    from app.store.guidebook import Guidebook

    book = Guidebook.open()
    try:
        return book.get(kind, rid, "en").body
    finally:
        book.close()


def test_round_trip_install_search_rollback(editions: Editions, base_installed: Path) -> None:
    """'base' (resources/ as it is) is in use; 'changed' changes one section and adds a law."""
    from app.edition.install import active_edition, install, rollback
    from app.edition.verify import verify

    assert active_edition().version == "2099.1.0"
    assert _demands_hits() == []
    assert "February 2024" in _page("section", "demands")
    assert verify(editions.changed).publisher == "Test publisher"

    steps: list[tuple[str, float]] = []
    result = install(editions.changed, progress=lambda step, fraction: steps.append((step, fraction)))
    assert [s for s, _ in steps] == ["verifying", "unpacking", "checking", "indexing", "switching", "done"]
    assert [f for _, f in steps] == sorted(f for _, f in steps)
    assert (result.previous.version, result.edition.version) == ("2099.1.0", "2099.2.0")
    now = active_edition()
    assert (now.version, now.date, now.publisher) == ("2099.2.0", "2099-03-01", "Test publisher")
    assert now.changelog_in("ru").startswith("Изменён один раздел")
    assert _demands_hits() == ["demands"]  # the changed fact is found where the update put it
    assert "1 March 2099 (edition test)" in _page("section", "demands")
    from app.store.guidebook import Guidebook

    book = Guidebook.open()
    assert book.stats()["edition"] == "2099.2.0"  # the About box and page footers show the edition
    assert book.get("law", "edition-test-act", "en").title == "Edition test reference"  # the added reference
    assert any(h.id == "edition-test-act" for h in book.search("Edition Test Act", lang="en"))
    book.close()

    back = rollback()
    assert back.version == "2099.1.0" and not back.bundled
    assert _demands_hits() == []  # the old fact is back
    assert "February 2024" in _page("section", "demands")

    bundled = rollback()
    assert bundled.bundled and active_edition().bundled
    from app.edition.errors import EditionError

    with pytest.raises(EditionError, match="already in use"):
        rollback()


def test_list_shows_the_bundled_and_installed_editions(changed_installed: Path) -> None:
    from app.edition.install import list_editions

    listed = list_editions()
    assert listed[0].bundled and not listed[0].active
    assert [(e.version, e.active) for e in listed[1:]] == [("2099.1.0", False), ("2099.2.0", True)]


def test_reinstalling_the_same_file_changes_nothing(editions: Editions, changed_installed: Path) -> None:
    from app.edition.active import editions_dir
    from app.edition.install import install

    before = snapshot(editions_dir())
    again = install(editions.changed)
    assert again.already_active and snapshot(editions_dir()) == before


def test_an_edition_older_than_the_bundled_content_is_refused(editions: Editions) -> None:
    from app.edition.active import editions_dir
    from app.edition.errors import NotNewer
    from app.edition.install import active_edition, install

    with pytest.raises(NotNewer, match=r"This edition \(2000.1.0, 2000-01-01\) is older than the one in use \(2026"):
        install(editions.old)
    assert snapshot(editions_dir()) == {} and active_edition().bundled


def test_an_older_edition_is_refused_unless_a_downgrade_is_asked_for(editions: Editions,
                                                                     changed_installed: Path) -> None:
    from app.edition.active import editions_dir
    from app.edition.errors import NotNewer
    from app.edition.install import active_edition, install

    install(editions.changed)  # the same file again: nothing to do, no refusal
    with pytest.raises(NotNewer):
        install(editions.old)
    before = snapshot(editions_dir())
    with pytest.raises(NotNewer, match="--allow-downgrade") as info:
        install(editions.base)
    assert "2099.1.0" in str(info.value) and "2099.2.0" in str(info.value)
    assert snapshot(editions_dir()) == before and active_edition().version == "2099.2.0"
    result = install(editions.base, allow_downgrade=True)
    assert result.edition.version == "2099.1.0" and _demands_hits() == []


def test_an_edition_for_a_newer_app_is_refused(editions: Editions) -> None:
    from app import __version__
    from app.edition.active import editions_dir
    from app.edition.errors import NeedsNewerApp
    from app.edition.install import active_edition, install
    from app.edition.verify import verify

    assert verify(editions.future).needs_newer_app
    with pytest.raises(NeedsNewerApp, match=f"needs version 99.0 of the app; this is version {__version__}"):
        install(editions.future, allow_downgrade=True)
    assert snapshot(editions_dir()) == {} and active_edition().bundled


def test_content_that_fails_the_strict_loader_is_refused(editions: Editions, changed_installed: Path,
                                                          tmp_path: Path) -> None:
    """Signed by the trusted publisher, but broken (a link to nowhere): never switched on."""
    import hashlib
    from dataclasses import replace
    from types import MappingProxyType

    from app.edition import archive
    from app.edition.active import editions_dir
    from app.edition.errors import InvalidContent
    from app.edition.install import active_edition, install
    from app.edition.manifest import FileEntry
    from app.edition.signing import load_private_key, sign
    from app.edition.verify import verify

    before = snapshot(editions_dir())
    e = verify(editions.changed)
    name = "content/sections/en/demands.md"
    broken = e.files[name] + b"\nSee [nowhere](guide://law/no-such-law).\n"
    files = {**e.files, name: broken}
    manifest = replace(e.manifest, version="2099.5.0", files=MappingProxyType(
        {**e.manifest.files, name: FileEntry(hashlib.sha256(broken).hexdigest(), len(broken))}))
    key = load_private_key(editions.key)
    unsigned = archive.pack(manifest.to_bytes(), files.items())
    path = tmp_path / "broken.ogedition"
    path.write_bytes(archive.seal(unsigned, key.key_id, sign(key, archive.body(unsigned))))
    assert verify(path).version == "2099.5.0"  # authentic ...
    with pytest.raises(InvalidContent, match="no-such-law"):  # ... but refused
        install(path)
    assert snapshot(editions_dir()) == before  # no half-unpacked folder left behind either
    assert active_edition().version == "2099.2.0"


def test_a_damaged_installed_edition_falls_back_to_the_bundled_content(changed_installed: Path) -> None:
    from app.edition import active
    from app.edition.install import active_edition
    from app.store.guidebook import Guidebook

    folder = active.editions_dir() / active_edition().name / "resources" / "content" / "sections" / "en" / "demands.md"
    folder.write_text("damaged on disk", encoding="utf-8")
    active.forget()  # as at the next start
    now = active_edition()
    assert now.bundled and "has been changed" in now.notice and "Install the update again" in now.notice
    book = Guidebook.open()
    try:
        assert "has been changed" in book.status.reason  # the window shows it in its banner
        assert not [h for h in book.search(CHANGED_FACT, lang="en", as_you_type=False) if CHANGED_FACT in h.marked()]
    finally:
        book.close()


def test_a_damaged_pointer_falls_back_to_the_bundled_content(changed_installed: Path) -> None:
    from app.edition import active
    from app.edition.install import active_edition, rollback

    (active.editions_dir() / active.POINTER_NAME).write_text("{not json", encoding="utf-8")
    active.forget()  # as at the next start
    now = active_edition()
    assert now.bundled and "cannot be read" in now.notice
    assert rollback().bundled and active_edition().notice == ""  # rollback repairs it


def test_newer_bundled_content_wins_over_an_older_installed_edition(changed_installed: Path) -> None:
    """After an app update that brings newer content than the installed edition."""
    from app.edition import active
    from app.edition.install import active_edition

    pointer = active.editions_dir() / active.POINTER_NAME
    data = json.loads(pointer.read_text(encoding="utf-8"))
    data["bundled"] = "2025.1.0"  # the app that installed it bundled older content
    pointer.write_text(json.dumps(data), encoding="utf-8")
    active.forget()
    assert active_edition().version == "2099.2.0"  # still newer than the bundled 2026.11.2
    original = active.bundled_version
    try:
        active.bundled_version = lambda: "2100.1.0"  # type: ignore[assignment]
        active.forget()
        now = active_edition()
        assert now.bundled and "newer than the installed edition 2099.2.0" in now.notice
    finally:
        active.bundled_version = original  # type: ignore[assignment]
        active.forget()


def test_staleness_is_counted_from_the_edition_date(changed_installed: Path) -> None:
    from app.edition.install import active_edition, is_stale

    # 'changed' is dated 2099-03-01
    assert not is_stale(dt.date(2100, 2, 28))
    assert is_stale(dt.date(2100, 3, 1))
    assert not is_stale(dt.date(2099, 8, 31), months=6) and is_stale(dt.date(2099, 9, 1), months=6)
    assert is_stale(dt.date(2100, 3, 1), edition=active_edition())


def test_content_lookups_follow_the_edition_in_use(changed_installed: Path) -> None:
    from app import paths
    from app.edition.install import rollback

    bundled = paths.resources_dir()
    assert paths.content_dir() != bundled / "content"
    assert "edition-test-act" in (paths.content_dir() / "laws.yaml").read_text(encoding="utf-8")
    assert paths.resource("wizard").parent == paths.content_root()
    assert paths.resource("sheet", "labels.yaml").parent.parent == paths.content_root()
    assert paths.resource("sheet", "sheet.css") == bundled / "sheet" / "sheet.css"  # look: always the app's
    assert paths.resource("fonts") == bundled / "fonts"
    assert paths.resource("i18n", "objector_guide_ru.qm") == bundled / "i18n" / "objector_guide_ru.qm"
    assert paths.resource("i18n", "termbase.yaml").parent.parent == paths.content_root()
    from app.wizard.definition import load_definition

    assert load_definition().outcomes  # the wizard loads from the edition
    rollback(to_bundled=True)
    assert paths.content_dir() == bundled / "content"


def test_the_cli_refuses_with_a_sentence_and_a_non_zero_exit(editions: Editions, changed_installed: Path,
                                                             tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    bad = tmp_path / "tampered.ogedition"
    data = bytearray(editions.changed.read_bytes())
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    assert main(["edition", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("objector-guide: This edition was changed after it was signed") and "Do not install" in err
    assert main(["edition", "verify", str(bad)]) == 1
    capsys.readouterr()
    assert main(["edition", "verify", str(editions.changed)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OK: changed.ogedition is signed by Test publisher") and "this file is NOT newer" in out
    assert main(["edition", "install", "--quiet", str(editions.changed)]) == 0
    assert "Edition 2099.2.0 (2099-03-01) is already in use; nothing was changed." in capsys.readouterr().out
    assert main(["edition", "install", str(editions.base)]) == 1
    assert "--allow-downgrade" in capsys.readouterr().err
    assert main(["edition", "list"]) == 0
    assert "* 2099.2.0" in capsys.readouterr().out
    assert main(["edition", "rollback"]) == 0
    assert "Now in use: 2099.1.0 (2099-01-15), the installed edition from Test publisher." in capsys.readouterr().out
    assert main(["edition", "rollback", "--bundled"]) == 0
    assert "Now in use: 2026.11.2" in capsys.readouterr().out
    assert main(["edition", "rollback"]) == 1
    assert "already in use" in capsys.readouterr().err
