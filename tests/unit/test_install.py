"""`pip install .` gives a working app: every package of app/ is in the wheel, and so are the
resources and the store's schema, where app/paths.py looks for them in an installed copy.

(Built and run by hand for issue #18: `pip wheel --no-deps .`, installed into a fresh venv,
`objector-guide stats` and `objector-guide self-test` pass from another folder.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def test_every_package_of_app_is_listed_for_the_wheel() -> None:
    code = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "app").rglob("__init__.py")}
    listed = set(SETUPTOOLS["packages"]) - set(SETUPTOOLS["package-dir"])
    assert listed == code, "list the package in pyproject.toml [tool.setuptools] packages"


def test_the_wheel_carries_the_resources_and_the_schema_where_paths_finds_them() -> None:
    assert SETUPTOOLS["package-dir"] == {"app.resources": "resources", "app.db": "db"}
    assert SETUPTOOLS["package-data"]["app.resources"] == ["**/*"]
    assert (ROOT / "db" / SETUPTOOLS["package-data"]["app.db"][0]).is_file()


def test_an_installed_copy_reads_its_resources_inside_the_package(tmp_path: Path, monkeypatch) -> None:
    """site-packages/app/resources and app/db, as the wheel lays them out."""
    from app import paths

    package = tmp_path / "site-packages" / "app"
    (package / "resources").mkdir(parents=True)
    (package / "db").mkdir()
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.bundle_root() == package
    assert paths.schema_path() == package / "db" / "schema.sql"
    assert paths.resources_dir() == package / "resources"


def test_a_source_checkout_reads_the_repository() -> None:
    from app import paths

    assert paths.bundle_root() == ROOT
