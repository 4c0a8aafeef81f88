"""The user's own files: settings and bookmarks (imports live in app/importer's store).

Only what the counsellor chose to keep is written here — never search text, wizard
answers or notes — and every write is atomic so a crash cannot lose what was saved.
"""
