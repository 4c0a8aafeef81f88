"""PySide6 reads the source of every module imported after it; let it read bytes, not lines.

PySide6 hooks `import` to learn which modules use it (for its optional `__feature__`
switches, PYSIDE-2029): for each new module it calls `inspect.getsource(module)` and looks
for the word "PySide6". That goes through `linecache`, which splits each file into lines and
keeps them for the life of the process: from source, ~100 modules at start (10-13 ms of a
0.2 s start) and ~300 after an assessment (3-4 MB held, #19). The same question answered
on the file's bytes, read and dropped, gives the same answer.

The app uses no `__feature__` switch; the answer only has to stay PySide6's. Where the file
cannot be read, PySide6's own check answers, as before (a module from a zip has its source
there), except in a frozen build, which keeps no .py files at all: there the answer is
PySide6's answer for a module without source, "no". If a PySide6 release renames the
check, nothing is changed.
"""

from __future__ import annotations

import sys
from typing import Any


def read_sources_raw() -> None:
    """Replace PySide6's check with a byte search of the same file, before PySide6 is imported."""
    import shiboken6  # noqa: F401  (loads shibokensupport.feature, which PySide6's import then uses)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_raw", False):
        return
    frozen = bool(getattr(sys, "frozen", False))

    def _mod_uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            # a frozen build ships no .py files: PySide6's check would find none either, after
            # asking the bundle's loader and linecache for it (tens of µs per module)
            return False if frozen else upstream(module)

    _mod_uses_pyside.reads_raw = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[union-attr]
