"""The cache folder's copies in a built app: one file per copy of the app, reused across runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from app import paths
from app.userdata import cache


@pytest.fixture
def one_file_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A one-file build: the same executable, its bundle unpacked to a new folder at each start."""
    exe = tmp_path / "stick" / "ObjectorGuide-portable.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"exe")
    monkeypatch.setattr(paths, "is_frozen", lambda: True)
    monkeypatch.setattr(sys, "executable", str(exe))

    def unpack(run: int) -> Path:
        bundle = tmp_path / f"_MEI{run}"
        (bundle / "resources" / "wizard").mkdir(parents=True)
        (bundle / "resources" / "wizard" / "wizard.yaml").write_text("meta: {}\n", encoding="utf-8")
        os.utime(bundle / "resources" / "wizard" / "wizard.yaml", ns=(run * 10**9, run * 10**9))  # unpacked now
        monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
        return bundle
    return unpack


def test_a_one_file_build_reuses_its_copy_across_starts(one_file_build) -> None:
    runs = []
    for run in (1, 2):
        bundle = one_file_build(run)
        wizard = bundle / "resources" / "wizard" / "wizard.yaml"
        runs.append((cache.file("wizard.json"), cache.stamps(wizard, contents=True)))
    assert runs[0] == runs[1]
    assert runs[0][1][1][0] == "resources/wizard/wizard.yaml"  # its place in the bundle, not the temporary folder


def test_a_file_outside_the_bundle_keeps_its_time(one_file_build, tmp_path: Path) -> None:
    one_file_build(1)
    edition = tmp_path / "data" / "wizard.yaml"
    edition.parent.mkdir()
    edition.write_text("meta: {}\n", encoding="utf-8")
    stamp = cache.stamps(edition)[1]
    assert stamp == [str(edition), edition.stat().st_size, edition.stat().st_mtime_ns]


def test_a_new_executable_is_a_new_key(one_file_build) -> None:
    bundle = one_file_build(1)
    before = cache.stamps(bundle / "resources" / "wizard" / "wizard.yaml")
    Path(sys.executable).write_bytes(b"a newer build")
    assert cache.stamps(bundle / "resources" / "wizard" / "wizard.yaml") != before


def test_a_failed_write_leaves_no_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    cache.write("probe.json", ["key"], {"value": 1})
    assert not list(cache.folder().glob("probe*"))


def test_the_executable_is_stamped_never_read(one_file_build, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a 35-65 MB one-file executable for a checksum cost 60-190 ms and as many MB."""
    bundle = one_file_build(1)
    read: list[str] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real(self))
    cache.stamps(bundle / "resources" / "wizard" / "wizard.yaml", contents=True)
    assert read == ["wizard.yaml"]


def test_a_bundle_reached_through_a_link_keeps_its_key(one_file_build, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows may give the temporary folder in its short 8.3 form, a link in effect: a file
    resolved by its caller is still found inside the bundle."""
    bundle = one_file_build(1)
    link = tmp_path / "short"
    link.symlink_to(bundle)
    monkeypatch.setattr(sys, "_MEIPASS", str(link))
    wizard = (link / "resources" / "wizard" / "wizard.yaml").resolve()
    assert cache.stamps(wizard)[1][0] == "resources/wizard/wizard.yaml"


def test_copies_of_the_app_in_many_places_keep_only_the_latest_few(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """An app moved to another drive letter or folder keeps a new copy; the oldest go, the one
    just written and the other values' files stay."""
    monkeypatch.setattr(paths, "is_frozen", lambda: True)
    monkeypatch.setattr(cache, "folder", lambda: tmp_path / "cache")
    written = []
    for place in range(7):
        monkeypatch.setattr(sys, "executable", str(tmp_path / f"place{place}" / "ObjectorGuide.exe"))
        cache.write("labels.json", ["key"], {"n": place})
        os.utime(cache.file("labels.json"), ns=(place * 10**9, place * 10**9))  # written in this order
        written.append(cache.file("labels.json").name)
    cache.write("start-page.json", ["key"], "<p>")
    start_page = cache.file("start-page.json").name
    not_copies = ["labels-notahex!.json", "labels-0x12abcd.json", f"{written[1]}.4242.tmp"]
    for name in not_copies:
        (cache.folder() / name).write_text("{}", encoding="utf-8")
    (cache.folder() / "labels-abcdef12.json").mkdir()  # a folder, not a copy
    monkeypatch.setattr(sys, "executable", str(tmp_path / "place0" / "ObjectorGuide.exe"))
    cache.write("labels.json", ["key"], {"n": 0})  # the first place, started again
    kept = sorted(p.name for p in cache.folder().iterdir())
    assert kept == sorted([written[0], *written[4:], *not_copies, "labels-abcdef12.json", start_page])
    assert cache.read("labels.json", ["key"]) == {"n": 0}


def test_the_copy_just_written_stays_even_if_others_look_newer(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock set wrong on another machine (a USB stick) or FAT's local times can make other
    copies' files look newer than the one just written: that one stays all the same."""
    monkeypatch.setattr(paths, "is_frozen", lambda: True)
    monkeypatch.setattr(cache, "folder", lambda: tmp_path / "cache")
    future = 4_000_000_000 * 10**9  # the year 2096
    for place in range(1, 6):
        monkeypatch.setattr(sys, "executable", str(tmp_path / f"place{place}" / "ObjectorGuide.exe"))
        cache.write("labels.json", ["key"], {"n": place})
        os.utime(cache.file("labels.json"), ns=(future + place, future + place))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "place0" / "ObjectorGuide.exe"))
    cache.write("labels.json", ["key"], {"n": 0})
    assert cache.read("labels.json", ["key"]) == {"n": 0}
    assert len(list(cache.folder().iterdir())) == cache.KEPT_COPIES
