"""Why an edition file is refused: one plain sentence each, in the project's UserError style.

The UI can tell the cases apart by class (to pick an icon or a hint); the CLI prints the
sentence and exits non-zero. Whenever one of these is raised, nothing has been changed.
"""

from __future__ import annotations

from app.errors import UserError


class EditionError(UserError):
    """A content edition cannot be built, verified, installed or rolled back."""


class NotAnEdition(EditionError):
    """The file is not a content edition at all (or is truncated beyond recognition)."""


class NotSigned(EditionError):
    """The file carries no signature."""


class Tampered(EditionError):
    """The signature does not match the file: changed or damaged after it was signed."""


class UntrustedKey(EditionError):
    """Signed, but with a key this app does not trust."""


class NotNewer(EditionError):
    """Older than (or as old as) the edition in use; installing it needs an explicit downgrade."""


class NeedsNewerApp(EditionError):
    """The edition needs a newer version of the app."""


class InvalidContent(EditionError):
    """The content inside fails the strict content loader or the wizard validator."""
