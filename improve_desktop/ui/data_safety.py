"""The conversations about data safety: a second instance, a damaged file, restores, backups.

Opening a database goes through :func:`open_workspace`, which turns each reason a file cannot
be opened into a plain explanation and, where there is one, a way forward: read-only mode when
another window is writing, the newest verified backup when the file is damaged. Nothing is
moved or overwritten before the user agrees, and nothing is ever deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from improve_desktop import APP_NAME
from improve_desktop.services.change import Change
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.maintenance import (
    BackupInfo,
    newest_verified_backup,
    recover_damaged,
)
from improve_desktop.services.workspace import DatabaseUnavailable, Workspace
from improve_desktop.ui.qt_models.backup_model import backup_time_text

if TYPE_CHECKING:
    from improve_desktop.ui.main_window import MainWindow

# The alias keeps lines short; pyside6-lupdate recognises calls to ``translate``.
translate = QCoreApplication.translate


# -- a seam for tests: every question of this module is asked here ------------------------------


def ask_choice(parent: QWidget | None, title: str, text: str, choices: list[str],
               icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> int | None:
    """Ask with one button per choice (the first is the default, the last is Esc).

    Returns the index of the chosen button, or None when the box was closed otherwise.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    buttons = []
    for number, label in enumerate(choices):
        last = number == len(choices) - 1 and len(choices) > 1
        role = QMessageBox.ButtonRole.RejectRole if last else QMessageBox.ButtonRole.AcceptRole
        button = box.addButton(label, role)
        button.setAccessibleName(label.replace("&", ""))
        buttons.append(button)
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else None


class _Busy:
    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()


# -- opening ------------------------------------------------------------------------------------


def unavailable_message(error: DatabaseUnavailable) -> str:
    """Plain words for why a database cannot be opened."""
    path = str(error.path)
    if error.reason == DatabaseUnavailable.MIGRATION:
        text = translate(
            "DataSafety",
            "%1 could not be upgraded to this version of Improve Desktop. The database was "
            "left exactly as it was, so the previous version can still open it.",
        ).replace("%1", path)
        if error.backup is not None:
            text += " " + translate(
                "DataSafety", "A copy taken before the upgrade is at %1."
            ).replace("%1", str(error.backup))
        details = translate("DataSafety", "Details: %1").replace("%1", str(error))
        return text + "\n\n" + details
    if error.reason == DatabaseUnavailable.LOCKED:
        return (
            translate(
                "DataSafety",
                "%1 is already open in Improve Desktop (process %2 on %3, since %4). Only one "
                "window at a time may change a database, so that no change is lost.",
            )
            .replace("%1", path)
            .replace("%2", str(error.holder_pid or "?"))
            .replace("%3", error.holder_host or "?")
            .replace("%4", error.holder_since or "?")
        )
    if error.reason == DatabaseUnavailable.READ_ONLY_FOLDER:
        return translate(
            "DataSafety",
            "%1 is in a folder that cannot be written to (a read-only disk or share, or "
            "missing permissions), so changes could not be saved there.",
        ).replace("%1", path)
    if error.reason == DatabaseUnavailable.DAMAGED:
        return translate("DataSafety", "%1 is damaged and cannot be opened safely.").replace(
            "%1", path
        )
    from improve_desktop.ui.main_window import unavailable_text

    return unavailable_text(error)


def open_workspace(
    parent: QWidget | None, path: Path, report: Callable[[str], object],
    early_check: Any = None,
) -> tuple[Workspace | None, str]:
    """Open ``path``, talking the user through whatever stands in the way.

    Returns the workspace (None when the user chose not to go on, or it cannot be opened;
    ``report`` was then given the reason) and a note for the status bar ("" for none).
    """
    try:
        with _Busy():
            return Workspace(path, early_check=early_check), ""
    except DatabaseUnavailable as error:
        if error.reason in (DatabaseUnavailable.LOCKED, DatabaseUnavailable.READ_ONLY_FOLDER):
            return _offer_read_only(parent, path, error, report)
        if error.reason == DatabaseUnavailable.DAMAGED:
            return _offer_recovery(parent, path, error, report)
        report(unavailable_message(error))
        return None, ""


def _offer_read_only(
    parent: QWidget | None, path: Path, error: DatabaseUnavailable, report: Callable[[str], object]
) -> tuple[Workspace | None, str]:
    offer = translate(
        "DataSafety",
        "You can open it read-only to look things up; changes cannot be made in that window.",
    )
    choices = [translate("DataSafety", "Open &read-only"), translate("DataSafety", "Cancel")]
    if ask_choice(parent, APP_NAME, unavailable_message(error) + "\n\n" + offer, choices) != 0:
        return None, ""
    try:
        with _Busy():
            workspace = Workspace(path, read_only=True)
    except DatabaseUnavailable as second:
        report(unavailable_message(second))
        return None, ""
    return workspace, translate("DataSafety", "Opened read-only.")


def _offer_recovery(
    parent: QWidget | None, path: Path, error: DatabaseUnavailable, report: Callable[[str], object]
) -> tuple[Workspace | None, str]:
    with _Busy():
        backup = newest_verified_backup(path)
    found = translate("DataSafety", "What was found: %1").replace("%1", error.detail or str(error))
    start_empty = translate("DataSafety", "Start an &empty database")
    cancel = translate("DataSafety", "Cancel")
    if backup is not None:
        when = backup_time_text(backup)
        offer = translate(
            "DataSafety",
            "The newest backup that is intact is from %1. Restore it? The damaged file is "
            "kept, unchanged, under a new name beside the original; nothing is deleted. "
            "Changes made after the backup are not in it.",
        ).replace("%1", when)
        restore_label = translate("DataSafety", "&Restore the backup from %1").replace("%1", when)
        choices = [restore_label, start_empty, cancel]
    else:
        offer = translate(
            "DataSafety",
            "There is no intact backup of it. You can keep the damaged file aside under a new "
            "name (nothing is deleted) and start with an empty database, or cancel and ask for "
            "help with the file.",
        )
        choices = [start_empty, cancel]
    text = unavailable_message(error) + "\n\n" + offer + "\n\n" + found
    choice = ask_choice(parent, APP_NAME, text, choices, QMessageBox.Icon.Critical)
    if choice is None or choice == len(choices) - 1:
        return None, ""
    restore = backup if (backup is not None and choice == 0) else None
    try:
        with _Busy():
            recovery = recover_damaged(path, restore.path if restore else None)
            workspace = Workspace(path)
    except (ServiceError, OSError) as failure:
        report(
            translate("DataSafety", "The damaged database could not be set aside: %1").replace(
                "%1", str(failure)
            )
        )
        return None, ""
    kept = str(recovery.damaged_copy)
    if restore is not None:
        note = translate(
            "DataSafety", "The backup from %1 was restored. The damaged file was kept as %2."
        )
        return workspace, note.replace("%1", backup_time_text(restore)).replace("%2", kept)
    note = translate(
        "DataSafety", "A new, empty database was started. The damaged file was kept as %1."
    )
    return workspace, note.replace("%1", kept)


# -- after opening --------------------------------------------------------------------------------


def after_open(window: MainWindow, extra_note: str = "") -> None:
    """Start-up duties on a newly opened database: daily backup, location warning, notes."""
    workspace = window.workspace
    notes = [extra_note] if extra_note else []
    if workspace.lock_recovered_from_pid:
        notes.append(translate(
            "DataSafety",
            "Improve Desktop was not closed properly last time; the database was checked and "
            "is fine.",
        ))
    # A file created just now holds nothing to lose yet.
    if not workspace.read_only and not workspace.report.created:
        try:
            with _Busy():
                written = workspace.backup_if_due()
        except DatabaseUnavailable as error:
            notes.append(
                translate("DataSafety", "The daily backup could not be written: %1").replace(
                    "%1", str(error)
                )
            )
        else:
            if written is not None:
                notes.append(translate("DataSafety", "Daily backup written."))
    _warn_about_location(window)
    if notes:
        window.statusBar().showMessage("  ·  ".join(notes), 20000)


def location_text(risk: str, detail: str, path: Path) -> str:
    if risk == "network":
        where = translate("DataSafety", "on a network share (%1)")
    else:
        where = translate("DataSafety", "in a folder that a cloud service keeps in step (%1)")
    text = translate(
        "DataSafety",
        "%1 is %2. Databases there can be damaged or overwritten with an older copy, because "
        "the network or the synchronisation does not see how the database writes. Keep the "
        "database in a folder on this computer (File → New database, or move the file while "
        "the application is closed); the backups are the way to share copies.",
    )
    return text.replace("%1", str(path)).replace("%2", where.replace("%1", detail))


def _warn_about_location(window: MainWindow) -> None:
    warning = window.workspace.location_warning
    if warning is None:
        return
    path = str(window.workspace.path)
    text = location_text(warning[0], warning[1], window.workspace.path)
    window.database_label.setToolTip(path + "\n" + text)
    if path in window.settings.warned_locations:
        return
    window.settings.warned_locations = [*window.settings.warned_locations, path]
    window._warn(translate("DataSafety", "Where the database is"), text)


# -- restoring ----------------------------------------------------------------------------------


def restore_from_backup(window: MainWindow) -> None:
    """File → Restore from backup: choose, confirm, back up the current state, restore."""
    from improve_desktop.ui.dialogs.restore_backup import RestoreBackupDialog

    title = translate("DataSafety", "Restore from backup")
    workspace = window.workspace
    if workspace.read_only:
        window._inform(title, translate(
            "DataSafety", "This database is open read-only, so it cannot be restored here."))
        return
    backups = workspace.backups()
    chosen, accepted = RestoreBackupDialog.get_backup(window, backups, str(workspace.path))
    if not accepted or chosen is None:
        return
    question = translate(
        "DataSafety",
        "Replace the content of the database with the backup from %1? The current content is "
        "backed up first.",
    ).replace("%1", backup_time_text(chosen))
    if window._ask(title, question):
        _restore(window, chosen)


def _restore(window: MainWindow, chosen: BackupInfo) -> None:
    title = translate("DataSafety", "Restore from backup")
    try:
        with _Busy():
            report = window.workspace.restore(chosen)
    except DatabaseUnavailable as error:
        failed = translate("DataSafety", "The backup could not be restored: %1")
        window._warn(title, failed.replace("%1", unavailable_message(error)))
        return
    undo_stack = getattr(window, "undo_stack", None)
    if undo_stack is not None:
        undo_stack.clear()  # its steps refer to a state that is gone
    window.signals.emit_change(Change.everything())
    note = translate("DataSafety", "The backup from %1 was restored.").replace(
        "%1", backup_time_text(chosen)
    )
    if report.previous_backup is not None:
        note += " " + translate("DataSafety", "The content it replaced was saved as %1.").replace(
            "%1", str(report.previous_backup)
        )
    window.statusBar().showMessage(note, 20000)
