"""The user's folders on Linux (app.paths._xdg_folder) are exactly the ones platformdirs names.

The app reads the XDG variables itself on Linux (importing platformdirs cost 1.6% of the
start, #19); an existing user's bookmarks, settings and imports must never seem to vanish
because the rule drifted from platformdirs', in any environment a desktop or a shell may set.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app import env, paths

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")

HOMES = ["/home/counsellor", "/home/counsellor/", "/", "relative/home", "", None]
XDG = ["/srv/xdg", "/srv/xdg/", "//srv/xdg", "relative/xdg", "", "~/xdg", None]


def _env(monkeypatch: pytest.MonkeyPatch, name: str, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv(name, raising=False)
    else:
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("home", HOMES)
@pytest.mark.parametrize("xdg", XDG)
def test_the_data_and_cache_folders_are_platformdirs_own(monkeypatch: pytest.MonkeyPatch, home: str | None,
                                                        xdg: str | None) -> None:
    import platformdirs

    monkeypatch.delenv(env.DATA_DIR, raising=False)
    monkeypatch.delenv(env.PORTABLE, raising=False)
    _env(monkeypatch, "HOME", home)
    _env(monkeypatch, "XDG_DATA_HOME", xdg)
    _env(monkeypatch, "XDG_CACHE_HOME", xdg)
    assert paths.user_data_dir() == Path(platformdirs.user_data_dir(paths.APP_NAME, appauthor=False, roaming=False))
    assert paths.user_cache_dir() == Path(platformdirs.user_cache_dir(paths.APP_NAME, appauthor=False))


def test_the_folders_are_the_xdg_ones_a_counsellor_expects(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(env.DATA_DIR, raising=False)
    monkeypatch.delenv(env.PORTABLE, raising=False)
    monkeypatch.setenv("HOME", "/home/c")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert paths.user_data_dir() == Path("/home/c/.local/share/ObjectorGuide")
    assert paths.user_cache_dir() == Path("/home/c/.cache/ObjectorGuide")
