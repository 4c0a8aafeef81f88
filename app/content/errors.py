"""The content loader's error, importable without loading YAML (the app checks content at start)."""


class ContentError(ValueError):
    """A content file breaks a rule; the message names the file and the record."""
