"""Choose a backup to restore: a list of the database's backups with date, kind and size."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.maintenance import BackupInfo
from improve_desktop.ui.qt_models.backup_model import COL_KIND, COL_SIZE, COL_TAKEN, BackupModel


class RestoreBackupDialog(QDialog):
    """Lists the backups, newest first; Restore (or Enter, or a double-click) picks one."""

    def __init__(self, backups: list[BackupInfo], database: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreBackupDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.setMinimumSize(600, 380)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "Choose the backup to go back to. The current content of %1 is backed up first, "
            "so a restore can itself be undone by restoring that copy.").replace("%1", database))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        caption = QLabel(self.tr("&Backups"))
        layout.addWidget(caption)
        self.model = BackupModel(self)
        self.model.set_rows(backups)
        self.model.sort(COL_TAKEN, Qt.SortOrder.DescendingOrder)
        self.table = QTableView()
        self.table.setObjectName("backups")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setAccessibleDescription(self.tr(
            "Use the arrow keys to choose a backup and Enter to restore it."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TAKEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        caption.setBuddy(self.table)
        layout.addWidget(self.table, 1)

        self.empty_note = QLabel(self.tr("There are no backups of this database yet."))
        self.empty_note.setVisible(not backups)
        layout.addWidget(self.empty_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.table.activated.connect(lambda _index: self.accept())
        if backups:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_button()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        if self.chosen() is None:
            return
        super().accept()

    def select_row(self, row: int) -> None:
        index: QModelIndex = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    @classmethod
    def get_backup(cls, parent: QWidget | None, backups: list[BackupInfo],
                   database: str) -> tuple[BackupInfo | None, bool]:
        dialog = cls(backups, database, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.chosen() if accepted else None), accepted
