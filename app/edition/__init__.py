"""Signed content editions: the publisher sends a guidebook update as one .ogedition file;
the app verifies it, shows what changed, installs it atomically and can roll it back.

The API for the UI and the CLI (imported lazily: app.paths imports app.edition.active at
every start, which must stay cheap):

    verify(path) -> VerifiedEdition                       # signature, key, manifest; raises EditionError
    check_installable(verified, allow_downgrade=False)    # the refusals install() would give
    install(path, allow_downgrade=False, progress=cb) -> InstallResult
    rollback(to_bundled=False) -> EditionInfo
    active_edition() -> EditionInfo                       # id, version, date, publisher, changelog, notice
    list_editions() -> list[EditionInfo]
    is_stale(today=None, months=12, edition=None) -> bool
    diff_file(path) -> EditionDiff                        # what installing it would change
    what_changed() -> EditionDiff | None                  # Help -> What changed
    render_text(diff, lang) -> str
    build_edition(resources, key_path, out, ...) -> BuildResult    # publisher side
    keygen(out_dir, publisher) -> (private_path, public_path)
"""

from __future__ import annotations

from typing import Any

_API = {
    "verify": "app.edition.verify", "VerifiedEdition": "app.edition.verify",
    "install": "app.edition.install", "rollback": "app.edition.install", "InstallResult": "app.edition.install",
    "check_installable": "app.edition.install", "active_edition": "app.edition.install",
    "bundled_edition": "app.edition.install", "list_editions": "app.edition.install",
    "is_stale": "app.edition.install", "EditionInfo": "app.edition.install", "STEPS": "app.edition.install",
    "diff_file": "app.edition.diff", "diff_roots": "app.edition.diff", "what_changed": "app.edition.diff",
    "render_text": "app.edition.diff", "EditionDiff": "app.edition.diff", "LABELS": "app.edition.diff",
    "label": "app.edition.diff",
    "build_edition": "app.edition.build", "BuildResult": "app.edition.build",
    "keygen": "app.edition.signing",
    "EditionError": "app.edition.errors", "NotAnEdition": "app.edition.errors", "NotSigned": "app.edition.errors",
    "Tampered": "app.edition.errors", "UntrustedKey": "app.edition.errors", "NotNewer": "app.edition.errors",
    "NeedsNewerApp": "app.edition.errors", "InvalidContent": "app.edition.errors",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'app.edition' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
