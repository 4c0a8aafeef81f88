"""Interface language: Qt translators loaded from compiled .ts files in resources/i18n."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import paths
from app.langs import NAMES

LANGUAGES = dict(NAMES)  # code -> name, from app.langs
_installed: list[QTranslator] = []


def qm_path(lang: str):
    return paths.resource("i18n", f"objector_guide_{lang}.qm")


def install(lang: str) -> bool:
    """Switch the UI language; English is the source language and needs no file.

    Returns False when the translation file is missing (the English text then shows).
    """
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(lang if lang in LANGUAGES else "en"))  # a language code is a locale name
    if lang == "en":
        return True
    # Qt's own words (OK, Cancel, Close in standard dialogs), shipped with Qt; optional. QLibraryInfo
    # only here: its type and enum cost an English start 0.1% for nothing (#19)
    from PySide6.QtCore import QLibraryInfo

    qt_words = QTranslator(app)
    if qt_words.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)
        _installed.append(qt_words)
    path = qm_path(lang)
    translator = QTranslator(app)
    if not path.is_file() or not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
