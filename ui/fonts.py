"""A CJK font for the whole window, so Chinese never renders as boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from console.resources import resources_dir

#: A font shipped with the product is used first, so every station renders alike.
BUNDLED = resources_dir() / "fonts"
PREFERRED = ("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Source Han Sans SC", "Microsoft YaHei")


def load_fonts(app: QApplication) -> str | None:
    if BUNDLED.is_dir():
        for path in sorted(BUNDLED.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                QFontDatabase.addApplicationFont(str(path))
    families = set(QFontDatabase.families())
    for family in PREFERRED:
        if family in families:
            font = QFont(family, app.font().pointSize())
            app.setFont(font)
            return family
    return None
