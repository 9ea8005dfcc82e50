"""The backups of the open database: when, what kind, how big."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from improve_desktop.services.maintenance import BackupInfo, BackupKind
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

COL_TAKEN = 0
COL_SIZE = 1
COL_KIND = 2

translate = QCoreApplication.translate


def backup_time_text(backup: BackupInfo) -> str:
    """The moment in the user's time zone and date format."""
    seconds = int(backup.taken_at.timestamp())
    moment = QDateTime.fromSecsSinceEpoch(seconds, QTimeZone.systemTimeZone())
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def backup_kind_text(backup: BackupInfo) -> str:
    if backup.kind == BackupKind.DAILY:
        return translate("BackupModel", "Daily")
    if backup.kind == BackupKind.MANUAL:
        return translate("BackupModel", "On request")
    if backup.kind == BackupKind.BEFORE_RESTORE:
        return translate("BackupModel", "Before a restore")
    if backup.kind == BackupKind.BEFORE_UPGRADE:
        return translate("BackupModel", "Before upgrade to %1").replace("%1", backup.revision or "")
    return translate("BackupModel", "Other")


def backup_size_text(backup: BackupInfo) -> str:
    return QLocale().formattedDataSize(backup.size, 1)


def _columns() -> list[Column[BackupInfo]]:
    return [
        Column(translate("BackupModel", "Taken"), backup_time_text, lambda b: b.taken_at,
               tooltip=lambda b: str(b.path)),
        Column(translate("BackupModel", "Size"), backup_size_text, lambda b: b.size, numeric=True),
        Column(translate("BackupModel", "Kind"), backup_kind_text),
    ]


class BackupModel(RowTableModel[BackupInfo]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent)
