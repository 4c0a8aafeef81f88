"""Render the app icon from resources/icons/objector-guide.svg with Qt, for every platform.

    python build/icons.py OUTDIR     writes OUTDIR/objector-guide.{png,ico,icns}

- .png  256 px (Linux desktop entry; also committed as resources/icons/objector-guide.png)
- .ico  16…256 px, PNG-compressed entries (Windows Vista and later read these)
- .icns 16…1024 px, PNG entries (macOS 10.7 and later)

ICO and ICNS are written by hand (both are a small header plus PNG payloads) so the build
needs neither Pillow nor macOS's iconutil, and gives the same icon on every platform.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "objector-guide.svg"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS PNG entry types by pixel size (ic11–ic14 are the @2x variants of 16/32/128/256/512).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512))


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn at `size`×`size` pixels, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(outdir: Path) -> dict[str, Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(size) for size in sizes}
    out = {"png": outdir / "objector-guide.png", "ico": outdir / "objector-guide.ico",
           "icns": outdir / "objector-guide.icns"}
    out["png"].write_bytes(pngs[256])
    out["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    out["icns"].write_bytes(icns_bytes(pngs))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for kind, path in write_icons(Path(sys.argv[1])).items():
        print(f"{kind:<5} {path} ({path.stat().st_size // 1024} KiB)")
