"""Objector Guide: an offline guidebook for counsellors of Russians refusing to go to war."""

# The one version number. pyproject.toml takes it from here ([tool.setuptools.dynamic]), so the
# installed metadata agrees, and the frozen builds, which carry no metadata, still know it.
__version__ = "0.1.0"
