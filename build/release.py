"""Put the release side by side in dist/release/, with checksums (run by `./dev.sh release`).

    python build/release.py [--no-build]

Builds what is missing or older than the sources first (unless --no-build):
the Linux one-folder build (build/build.py --onedir-only --skip-tests --if-stale) and the
Windows build (build/windows.py --if-stale), each with its self-test. Then writes:

    dist/release/ObjectorGuide-<version>-setup.exe                 Windows installer (per user)
    dist/release/ObjectorGuide-<version>-portable.exe              Windows, one file, no install
    dist/release/objector-guide-<version>-linux-x86_64.tar.gz      Linux one-folder build with
                                                                   objector-guide.desktop and icon
    dist/release/SHA256SUMS                                        `sha256sum -c SHA256SUMS`
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
RELEASE = ROOT / "dist" / "release"


def _load(name: str, file: str):
    spec = importlib.util.spec_from_file_location(name, BUILD / file)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


windows = _load("objector_windows", "windows.py")
linux_build = windows.linux_build
LINUX_TARGET = linux_build.target("linux")
LINUX_DIR = ROOT / LINUX_TARGET["dist"] / LINUX_TARGET["name"]


def artefacts(version: str) -> dict[str, Path]:
    """Release file name -> the built file it is (the tarball is made from LINUX_DIR)."""
    arch = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(),
                                                                          platform.machine().lower())
    return {
        f"{windows.TARGET['name']}-{version}-setup.exe": windows.installer_path(),
        f"{windows.TARGET['name']}-{version}-portable.exe": windows.ONEFILE_EXE,
        f"{LINUX_TARGET['name']}-{version}-linux-{arch}.tar.gz": LINUX_DIR,
    }


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def linux_tarball(folder: Path, out: Path) -> None:
    """The one-folder build as `objector-guide/…`, executables kept executable."""
    for needed in (folder / LINUX_TARGET["name"], folder / "objector-guide.desktop", folder / "objector-guide.png"):
        if not needed.is_file():
            raise SystemExit(f"release.py: {needed} is missing: build with build/build.py first")
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name, filter=_tar_filter)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--no-build", action="store_true", help="only assemble what dist/ already holds")
    args = p.parse_args(argv)
    if not args.no_build:
        subprocess.run([sys.executable, BUILD / "build.py", "--onedir-only", "--skip-tests", "--if-stale"],
                       cwd=ROOT, check=True)
        subprocess.run([sys.executable, BUILD / "windows.py", "--if-stale"], cwd=ROOT, check=True)
    version = windows.version()
    files = artefacts(version)
    missing = [str(src.relative_to(ROOT)) for src in files.values() if not src.exists()]
    if missing:
        raise SystemExit(f"release.py: not built yet: {', '.join(missing)}")
    shutil.rmtree(RELEASE, ignore_errors=True)
    RELEASE.mkdir(parents=True)
    for name, src in files.items():
        if src.is_dir():
            linux_tarball(src, RELEASE / name)
        else:
            shutil.copy2(src, RELEASE / name)
    sums = "".join(f"{sha256(RELEASE / name)}  {name}\n" for name in sorted(files))
    (RELEASE / "SHA256SUMS").write_text(sums, encoding="utf-8")
    print(f"\n{RELEASE.relative_to(ROOT)}/")
    for name in sorted(files) + ["SHA256SUMS"]:
        print(f"  {name:<48} {(RELEASE / name).stat().st_size / 1e6:7.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
