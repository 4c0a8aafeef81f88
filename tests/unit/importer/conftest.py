"""Importer fixtures: files written into a temporary folder, the real report when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_SOURCE


@pytest.fixture
def write_file(tmp_path: Path):
    def _write(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path
    return _write


@pytest.fixture
def report_path() -> Path:
    if not SHARED_SOURCE.is_file():
        pytest.skip(f"the source report is not here ({SHARED_SOURCE}); it lives in ../shared/sources "
                    "beside the repository")
    return SHARED_SOURCE
