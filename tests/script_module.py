"""Load a script by its path as a module: build/ and tests/perf/ are folders of scripts, not
packages, yet the tests and the benchmarks read their constants (where a build lands, what it
is made from) rather than writing them a second time."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_script(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
