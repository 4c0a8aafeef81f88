"""Errors a user can cause or meet, each carrying one plain sentence to show them.

Anything that is not a `UserError` is a bug: the CLI and the GUI show a friendly
message for those too, but keep the technical detail out of the user's way.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on; `str(exc)` is the sentence to show."""

    exit_code = 1


class NotFound(UserError):
    """A record, file or id the user asked for does not exist."""


class StoreError(UserError):
    """The content store is missing, unreadable, corrupt or from another version."""
