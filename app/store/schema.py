"""The store's layout version: bumped when db/schema.sql changes incompatibly.

Its own module so that opening a store never imports the builder (sqlite-utils, Markdown).
"""

SCHEMA_VERSION = "1"
