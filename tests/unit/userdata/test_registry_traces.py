"""Qt's empty registry keys go; a key holding another program's settings stays. (The real
registry is exercised by the self-test's "file dialog" check, run under Wine in CI.)"""

from __future__ import annotations

import sys
import types

import pytest

from app.userdata import registry_traces
from app.userdata.registry_traces import QT_KEYS, key_exists, remove_empty_keys


class FakeRegistry:
    """HKEY_CURRENT_USER as {key path: set of value names}; subkeys follow from the paths."""

    HKEY_CURRENT_USER = "HKCU"

    def __init__(self, keys: dict[str, set[str]]) -> None:
        self.keys = keys

    def module(self) -> types.ModuleType:
        fake = types.ModuleType("winreg")
        fake.HKEY_CURRENT_USER = self.HKEY_CURRENT_USER  # type: ignore[attr-defined]
        fake.OpenKey = self.open  # type: ignore[attr-defined]
        fake.QueryInfoKey = self.info  # type: ignore[attr-defined]
        fake.DeleteKey = self.delete  # type: ignore[attr-defined]
        return fake

    def open(self, root: str, key: str) -> Handle:
        if key not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return Handle(key)

    def subkeys(self, key: str) -> list[str]:
        return [k for k in self.keys if k.startswith(key + "\\") and "\\" not in k[len(key) + 1:]]

    def info(self, handle: Handle) -> tuple[int, int, int]:
        return len(self.subkeys(handle.key)), len(self.keys[handle.key]), 0

    def delete(self, root: str, key: str) -> None:
        if self.subkeys(key):
            raise PermissionError(5, "Access is denied")
        del self.keys[key]


class Handle:
    def __init__(self, key: str) -> None:
        self.key = key

    def __enter__(self) -> Handle:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def Close(self) -> None:  # noqa: N802 (winreg's name)
        pass


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch):
    def make(keys: dict[str, set[str]]) -> FakeRegistry:
        fake = FakeRegistry(keys)
        monkeypatch.setattr(registry_traces, "_on_windows", lambda: True)
        monkeypatch.setitem(sys.modules, "winreg", fake.module())
        return fake
    return make


def test_the_empty_keys_qt_left_are_removed_deepest_first(registry) -> None:
    fake = registry({r"Software": {"x"}, **{key: set() for key in QT_KEYS}})
    assert remove_empty_keys() == list(QT_KEYS)
    assert fake.keys == {r"Software": {"x"}}
    assert not any(key_exists(key) for key in QT_KEYS)


def test_another_programs_settings_stay(registry) -> None:
    fake = registry({**{key: set() for key in QT_KEYS},
                     r"Software\QtProject\OrganizationDefaults": {"OtherQtProgramSetting"}})
    assert remove_empty_keys() == [QT_KEYS[0]]
    assert set(fake.keys) == set(QT_KEYS[1:])


def test_a_history_not_wiped_keeps_every_key(registry) -> None:
    """The values are the dialog's history: never deleted here (forget_dialog_history wipes them
    through QSettings first); a key with values stops the removal of those above it."""
    fake = registry({key: set() for key in QT_KEYS} | {QT_KEYS[0]: {"history"}})
    assert remove_empty_keys() == []
    assert set(fake.keys) == set(QT_KEYS)


def test_no_keys_nothing_to_do(registry) -> None:
    registry({})
    assert remove_empty_keys() == []


def test_off_windows_the_registry_is_not_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry_traces, "_on_windows", lambda: False)
    monkeypatch.setitem(sys.modules, "winreg", None)  # importing it would fail
    assert remove_empty_keys() == []
    assert key_exists(QT_KEYS[0]) is False
