"""Load the application's and Qt's own translations for the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from improve_desktop import paths

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("sv", "en")
TRANSLATION_PREFIX = "improve_desktop_"

_installed: list[QTranslator] = []


def system_language() -> str:
    """Swedish when the system locale is Swedish, otherwise English."""
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def install_translators(language: str | None) -> str:
    """Replace the installed translators with those for ``language`` (None = system)."""
    chosen = language if language in SUPPORTED_LANGUAGES else system_language()
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(TRANSLATION_PREFIX + chosen, str(paths.translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s in %s", chosen, paths.translations_dir())
    if chosen != "en":
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{chosen}", qt_dir):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if chosen == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden if chosen == "sv" else QLocale.Country.UnitedKingdom))
    return chosen
