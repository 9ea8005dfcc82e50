"""Keeps the one main window, and rebuilds it when the user picks another language."""

from __future__ import annotations

from improve_desktop.services.workspace import Workspace
from improve_desktop.settings import Settings, save_settings
from improve_desktop.ui.i18n import install_translators
from improve_desktop.ui.main_window import MainWindow


class WindowHost:
    """Owns the main window's lifetime.

    A language change rebuilds the window around the same open workspace instead of asking
    for a restart: every piece of state lives in the store or in the settings, so the new
    window opens where the old one was, on the same project.
    """

    def __init__(self, workspace: Workspace, settings: Settings) -> None:
        self.settings = settings
        self._workspace = workspace
        self.window: MainWindow | None = None

    def show(self, language: str | None) -> MainWindow:
        chosen = install_translators(language)
        old = self.window
        if old is not None:
            old.remember_state()
            save_settings(old.settings)
            self._workspace = old.workspace  # the user may have opened another file
            old.hide()
            old.deleteLater()
        window = MainWindow(self._workspace, self.settings)
        window.set_current_language(chosen)
        window.language_change_requested.connect(self.show)
        self.window = window
        window.show()
        return window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.workspace.close()
            self.window.deleteLater()
            self.window = None
