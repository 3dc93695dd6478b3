"""Locate a font that draws Simplified Chinese, for glyph templates and test images."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from drivers.plates.types import EngineUnavailable

_KNOWN = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)


@lru_cache(maxsize=1)
def cjk_font_path() -> Path:
    """A CJK font file: $PLATEPAY_CJK_FONT, a known location, or fontconfig's choice.

    Raises EngineUnavailable when the machine has none (install fonts-noto-cjk
    or fonts-wqy-microhei).
    """
    env = os.environ.get("PLATEPAY_CJK_FONT")
    candidates = [env] if env else []
    candidates += list(_KNOWN)
    for c in candidates:
        if c and Path(c).is_file():
            return Path(c)
    if shutil.which("fc-match"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", ":lang=zh-cn"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        if found and Path(found).is_file() and "dejavu" not in found.lower():
            return Path(found)
    raise EngineUnavailable("no CJK font found: install fonts-noto-cjk or set PLATEPAY_CJK_FONT")


def load_font(size: int, path: Path | None = None):  # -> PIL.ImageFont.FreeTypeFont
    """The Simplified Chinese face of the font (a .ttc holds several)."""
    from PIL import ImageFont

    path = path or cjk_font_path()
    for index in range(8):
        try:
            font = ImageFont.truetype(str(path), size, index=index)
        except OSError:
            break
        if "SC" in " ".join(font.getname()) or not str(path).endswith(".ttc"):
            return font
    return ImageFont.truetype(str(path), size, index=0)
