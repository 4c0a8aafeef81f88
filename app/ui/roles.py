"""The item data roles the lists and trees keep their own data under, in one place.

Qt.ItemDataRole.UserRole is 256 (0x0100, fixed by Qt's API); the roles are written as numbers
because naming `Qt` in Python makes PySide build all 95 enums of the Qt namespace (~15 ms),
and the first frame needs none of them (#19). A test holds USER_ROLE to Qt's value.
"""

from __future__ import annotations

USER_ROLE = 256
TARGET_ROLE = USER_ROLE + 1  # "kind/id" of the page a row opens (a string: no Python objects in Qt items)
FILTER_ROLE = USER_ROLE + 2  # a glossary row's words the filter matches
RICH_ROLE = USER_ROLE + 3  # a result row's HTML
