"""Ed25519 keys and signatures for content editions, with `cryptography` (no hand-made crypto).

Key files are PEM with a few `# name: value` lines above the PEM block:

    # Objector Guide content-edition key (Ed25519 public key)
    # publisher: Objector Guide editors
    # key-id: 3f0c1d2e4a5b6c7d
    -----BEGIN PUBLIC KEY-----
    ...

The app trusts the public keys in the bundled resources/keys/*.pub, and only those: an
installed edition never brings keys of its own (app.paths never looks up keys/ in it).
The private key (`*.key`, PKCS#8) stays with the publisher, outside the repository.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from app.edition.errors import EditionError

PUBLIC_SUFFIX = ".pub"
PRIVATE_SUFFIX = ".key"
# Test hooks: extra folders of trusted *.pub files. Set in code only (never from the
# environment or a file), so nothing outside the process can add a trusted key.
EXTRA_TRUSTED_DIRS: list[Path] = []


def _serialization():
    from cryptography.hazmat.primitives import serialization

    return serialization


def key_id(public_key) -> str:
    """16 hex digits naming a public key (a SHA-256 of its 32 raw bytes)."""
    s = _serialization()
    raw = public_key.public_bytes(s.Encoding.Raw, s.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _headers(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("-----BEGIN"):
            break
        if line.startswith("#") and ":" in line:
            name, _, value = line[1:].partition(":")
            out[name.strip().lower()] = value.strip()
    return out


def _pem_block(text: str) -> bytes:
    start = text.find("-----BEGIN")
    if start < 0:
        raise ValueError("no PEM block")
    return text[start:].encode("ascii")


@dataclass(frozen=True)
class PublisherKey:
    """A private key and the publisher's name, as read from a .key file."""

    private_key: object
    publisher: str
    key_id: str


@dataclass(frozen=True)
class TrustedKey:
    public_key: object
    publisher: str
    key_id: str
    path: Path


def keygen(out_dir: Path, publisher: str, name: str = "publisher") -> tuple[Path, Path]:
    """Write a new key pair NAME.key (private, mode 0600) and NAME.pub into `out_dir`.
    Refuses to overwrite an existing key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    s = _serialization()
    publisher = " ".join(publisher.split())
    if not publisher:
        raise EditionError("Give the publisher's name (--publisher).")
    out_dir = Path(out_dir)
    private_path, public_path = out_dir / f"{name}{PRIVATE_SUFFIX}", out_dir / f"{name}{PUBLIC_SUFFIX}"
    for path in (private_path, public_path):
        if path.exists():
            raise EditionError(f"{path} already exists; a key is never overwritten. Choose another --out folder.")
    out_dir.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    kid = key_id(key.public_key())
    private_pem = key.private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption()).decode("ascii")
    public_pem = key.public_key().public_bytes(s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    private_text = ("# Objector Guide content-edition signing key (Ed25519). PRIVATE: keep it offline,\n"
                    "# never share it, never commit it. Whoever holds it can sign content the app trusts.\n"
                    f"# publisher: {publisher}\n# key-id: {kid}\n{private_pem}")
    public_text = ("# Objector Guide content-edition key (Ed25519 public key). The app trusts editions\n"
                   "# signed with the matching private key when this file is in resources/keys/.\n"
                   f"# publisher: {publisher}\n# key-id: {kid}\n{public_pem}")
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii", newline="\n") as fh:
        fh.write(private_text)
    public_path.write_text(public_text, encoding="ascii", newline="\n")
    return private_path, public_path


def load_private_key(path: Path) -> PublisherKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = Path(path)
    try:
        text = path.read_text(encoding="ascii")
        key = _serialization().load_pem_private_key(_pem_block(text), password=None)
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise EditionError(f"{path.name} is not a readable private key ({exc}).") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise EditionError(f"{path.name} is not an Ed25519 private key.")
    return PublisherKey(key, _headers(text).get("publisher", ""), key_id(key.public_key()))


def load_public_key(path: Path) -> TrustedKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    path = Path(path)
    try:
        text = path.read_text(encoding="ascii")
        key = _serialization().load_pem_public_key(_pem_block(text))
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        raise EditionError(f"{path.name} is not a readable public key ({exc}).") from None
    if not isinstance(key, Ed25519PublicKey):
        raise EditionError(f"{path.name} is not an Ed25519 public key.")
    return TrustedKey(key, _headers(text).get("publisher", "") or path.stem, key_id(key), path)


def trusted_keys_dirs() -> list[Path]:
    from app import paths

    return [paths.resources_dir() / "keys", *EXTRA_TRUSTED_DIRS]  # the bundle's own keys, never an edition's


def trusted_keys() -> dict[str, TrustedKey]:
    """key id -> trusted key, from resources/keys/*.pub (an unreadable file is skipped)."""
    out: dict[str, TrustedKey] = {}
    for folder in trusted_keys_dirs():
        for path in sorted(Path(folder).glob(f"*{PUBLIC_SUFFIX}")):
            try:
                key = load_public_key(path)
            except EditionError:
                continue
            out.setdefault(key.key_id, key)
    return out


def sign(key: PublisherKey, data: bytes) -> bytes:
    return key.private_key.sign(data)  # type: ignore[attr-defined]


def verify_signature(key: TrustedKey, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        key.public_key.verify(signature, data)  # type: ignore[attr-defined]
        return True
    except InvalidSignature:
        return False
