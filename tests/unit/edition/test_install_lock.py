"""One content-update install at a time: a second one (another window, the CLI) is told so."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.edition import install
from app.edition.errors import EditionError
from tests.unit.userdata.test_file_lock import holder


def test_a_second_install_while_one_runs_is_told_to_wait(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(install, "LOCK_TIMEOUT", 0.2)
    with holder(tmp_path / install.LOCK_NAME, 30), pytest.raises(EditionError, match="Another content update"), \
            install._one_install_at_a_time(tmp_path):
        pass
    with install._one_install_at_a_time(tmp_path):  # free again once the other has ended
        pass


def test_an_error_inside_an_install_is_not_reported_as_a_lock_problem(tmp_path: Path) -> None:
    with pytest.raises(PermissionError, match="disk said no"), install._one_install_at_a_time(tmp_path):
        raise PermissionError("disk said no")
