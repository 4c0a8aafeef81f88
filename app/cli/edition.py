"""`objector-guide edition keygen|build|verify|diff|install|list|rollback`: signed content updates.

Publisher side: `keygen` once (keep the private key offline), then `build` for each update.
Counsellor side: `verify` and `diff` a file received by USB stick or messenger, `install` it,
`list` what is installed, `rollback` to the previous edition or to the bundled content.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.output import add_lang, print_json
from app.langs import LANGUAGES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("edition", help="verify, install and roll back signed content updates (.ogedition)",
                       description="Content editions: the whole guidebook (sections, glossary, legal references, "
                       "assessment, sheet texts) as one signed file. Nothing is installed unless its signature "
                       "comes from the publisher's key bundled with this app.")
    es = p.add_subparsers(dest="edition_command", metavar="ACTION", required=True, parser_class=sub._parser_class)

    kg = es.add_parser("keygen", help="publisher: make a new signing key pair",
                       description="Write publisher.key (PRIVATE: keep it offline, never in the repository) and "
                       "publisher.pub (copy it into resources/keys/ so the app trusts editions signed with it).")
    kg.add_argument("--out", required=True, metavar="DIR", help="folder to write the key pair to")
    kg.add_argument("--publisher", default="Objector Guide editors", help="the publisher's name, shown to users")
    kg.add_argument("--name", default="publisher", help="file name of the pair (default: publisher)")
    kg.set_defaults(handler=run_keygen)

    b = es.add_parser("build", help="publisher: build and sign an edition from resources/",
                      description="Validate the content as an install will, then write a signed, reproducible "
                      ".ogedition (the same input gives the same bytes).")
    b.add_argument("--key", required=True, metavar="FILE", help="the publisher's private key (.key)")
    b.add_argument("--out", required=True, metavar="FILE", help="the edition file to write (X.ogedition)")
    b.add_argument("--resources", metavar="DIR", help="folder laid out like resources/ (default: the app's resources/)")
    b.add_argument("--version", help="edition version, e.g. 2026.12.1 (default: 'edition' in content/manifest.yaml)")
    b.add_argument("--date", help="edition date YYYY-MM-DD (default: 'as_of' in content/manifest.yaml)")
    b.add_argument("--id", dest="edition_id", help="edition id (default: objector-guide-VERSION)")
    b.add_argument("--publisher", help="publisher name (default: the one in the key file)")
    b.add_argument("--min-app-version", help="oldest app version that can use it (default: this app's version)")
    for lang in LANGUAGES:
        b.add_argument(f"--changelog-{lang}", metavar="TEXT",
                       help=f"what changed, in {lang}" + (" (required)" if lang == "en" else "") + "; @FILE reads a file")
    b.set_defaults(handler=run_build)

    v = es.add_parser("verify", help="check an edition file's signature and manifest",
                      description="Check that FILE is signed by the publisher and undamaged; show what it is.")
    v.add_argument("file")
    v.add_argument("--json", action="store_true", help="print the result as JSON")
    v.set_defaults(handler=run_verify)

    d = es.add_parser("diff", help="show what installing an edition file would change",
                      description="Sections, terms, legal references and assessment outcomes added, changed "
                      "and removed, with the changed words ([-deleted-] {+inserted+}).")
    d.add_argument("file", nargs="?", help="the edition file (default: what the edition in use changed)")
    d.add_argument("--against", metavar="DIR", help="compare with this folder (laid out like resources/) instead")
    add_lang(d, help_text="language of the report (default: en)")
    d.add_argument("--context", type=int, default=8, help="unchanged words shown around a change (default: 8)")
    d.set_defaults(handler=run_diff)

    i = es.add_parser("install", help="verify and install an edition file",
                      description="Verify FILE, check its content strictly, then switch to it atomically. "
                      "The edition in use before stays available ('edition rollback').")
    i.add_argument("file")
    i.add_argument("--allow-downgrade", action="store_true",
                   help="install even if it is not newer than the edition in use")
    i.add_argument("--quiet", action="store_true", help="no progress lines")
    i.set_defaults(handler=run_install)

    ls = es.add_parser("list", help="list the bundled and the installed editions")
    ls.add_argument("--json", action="store_true", help="print a JSON list")
    ls.set_defaults(handler=run_list)

    rb = es.add_parser("rollback", help="go back to the previous edition (or to the bundled content)")
    rb.add_argument("--bundled", action="store_true", help="go back to the content bundled with the app")
    rb.set_defaults(handler=run_rollback)


def _text(value: str | None) -> str | None:
    if value and value.startswith("@"):
        from app.errors import UserError

        try:
            return Path(value[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot read {value[1:]}: {exc.strerror or exc}") from None
    return value


def run_keygen(args: argparse.Namespace) -> int:
    from app.edition.signing import keygen, load_public_key

    private, public = keygen(Path(args.out), args.publisher, args.name)
    kid = load_public_key(public).key_id
    print(f"Private key: {private}  (keep it offline; never commit it; whoever has it can sign content)")
    print(f"Public key:  {public}  (key id {kid}; copy it into resources/keys/ so the app trusts it)")
    return 0


def run_build(args: argparse.Namespace) -> int:
    from app import paths
    from app.edition.build import build_edition

    resources = Path(args.resources) if args.resources else paths.resources_dir()
    changelog = {lang: _text(getattr(args, f"changelog_{lang}")) for lang in LANGUAGES}
    result = build_edition(resources, Path(args.key), Path(args.out), version=args.version,
                           changelog={k: v for k, v in changelog.items() if v}, date=args.date,
                           edition_id=args.edition_id, publisher=args.publisher,
                           min_app_version=args.min_app_version)
    m = result.manifest
    print(f"Built {result.path}: edition {m.version} ({m.date}), id {m.id}, {len(m.files)} files, "
          f"{result.size // 1024} KiB")
    print(f"  publisher {m.publisher}, key {result.key_id}, needs app ≥ {m.min_app_version}, "
          f"content version {m.content_version}")
    print(f"  sha256 {result.sha256}")
    return 0


def _print_changelog(changelog: dict[str, str] | object) -> None:
    for lang in LANGUAGES:
        text = changelog.get(lang) if hasattr(changelog, "get") else None  # type: ignore[union-attr]
        if text:
            first, *rest = text.splitlines()
            print(f"  changelog [{lang}]: {first}")
            for line in rest:
                print(f"                  {line}")


def run_verify(args: argparse.Namespace) -> int:
    from app.edition.install import active_edition
    from app.edition.manifest import version_key
    from app.edition.verify import verify

    e = verify(Path(args.file))
    current = active_edition()
    newer = version_key(e.version) > version_key(current.version)
    if args.json:
        print_json({"ok": True, "file": str(e.path), "sha256": e.sha256, "key_id": e.key_id, "signed_by": e.publisher,
                    **{k: v for k, v in e.manifest.to_json().items() if k != "files"}, "files": len(e.manifest.files),
                    "needs_newer_app": e.needs_newer_app, "newer_than_active": newer,
                    "active": {"version": current.version, "date": current.date, "bundled": current.bundled}})
        return 0
    print(f"OK: {e.path.name} is signed by {e.publisher} (key {e.key_id}) and undamaged.")
    print(f"  edition {e.version} ({e.date}), id {e.id}, {len(e.manifest.files)} files, publisher {e.manifest.publisher}")
    _print_changelog(dict(e.changelog))
    print(f"  in use now: {current.version} ({current.date}){', bundled with the app' if current.bundled else ''}"
          f" — this file is {'newer' if newer else 'NOT newer'}")
    if e.needs_newer_app:
        print(f"  note: it needs app version {e.min_app_version} or later; install the newer app first.")
    return 0


def run_diff(args: argparse.Namespace) -> int:
    from app.edition.diff import diff_file, render_text, what_changed
    from app.errors import UserError

    diff = diff_file(Path(args.file), Path(args.against) if args.against else None) if args.file else what_changed()
    if diff is None:
        raise UserError("the bundled content is in use: no installed edition to compare. "
                        "Give an edition file to see what it would change.")
    sys.stdout.write(render_text(diff, args.lang, max(0, args.context)))
    return 0


def run_install(args: argparse.Namespace) -> int:
    from app.edition.install import install

    def progress(step: str, fraction: float) -> None:
        if not args.quiet:
            print(f"  [{fraction * 100:3.0f}%] {step}", flush=True)

    result = install(Path(args.file), allow_downgrade=args.allow_downgrade, progress=progress)
    e, before = result.edition, result.previous
    if result.already_active:
        print(f"Edition {e.version} ({e.date}) is already in use; nothing was changed.")
        return 0
    print(f"Installed edition {e.version} ({e.date}) from {e.publisher}; it is now in use.")
    print(f"  before: {before.version} ({before.date}){', bundled with the app' if before.bundled else ''}. "
          "'objector-guide edition rollback' goes back to it.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from app.edition.install import list_editions

    editions = list_editions()
    if args.json:
        print_json([{"version": e.version, "date": e.date, "id": e.id, "publisher": e.publisher,
                     "bundled": e.bundled, "active": e.active, "folder": e.name, "notice": e.notice}
                    for e in editions])
        return 0
    for e in editions:
        mark = "*" if e.active else " "
        where = "bundled with the app" if e.bundled else f"installed, from {e.publisher}"
        print(f"{mark} {e.version:<12} {e.date:<10}  {where}  [{e.id}]")
        if e.notice:
            print(f"    note: {e.notice}")
    print("(* in use)")
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    from app.edition.install import rollback

    e = rollback(to_bundled=args.bundled)
    where = "the content bundled with the app" if e.bundled else f"the installed edition from {e.publisher}"
    print(f"Now in use: {e.version} ({e.date}), {where}.")
    if e.notice:
        print(f"  note: {e.notice}")
    return 0
