"""Objector Guide: an offline guidebook for counsellors of Russians refusing to go to war."""

__version__ = "0.1.0"
