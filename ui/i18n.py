"""Loading the console's translations (zh_CN first, English as the source language)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).with_name("translations")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ours and Qt's own (for standard dialogs); English needs none.

    Returns the translators, which must stay referenced for as long as the app runs.
    """
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / f"platepay_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    # Installed before Qt's own, so Qt's catalogue is asked first and ours fills its gaps.
    extra = QTranslator(app)
    if extra.load(str(TRANSLATIONS / f"qt_extra_{language}.qm")):
        app.installTranslator(extra)
        installed.append(extra)
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
