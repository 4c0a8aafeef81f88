"""The SQLite content store: build it from content, open it read-only, search it."""
