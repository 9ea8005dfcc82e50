"""Help → About: version, database file and schema revision."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from improve_desktop import __version__
from improve_desktop.ui.views.project_overview import readable_label


class AboutDialog(QDialog):
    def __init__(self, database: str, schema_revision: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Improve Desktop"))
        self.setAccessibleName(self.tr("About Improve Desktop"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Improve Desktop %1").replace("%1", __version__))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        text = self.tr(
            "Steering publicly funded development projects in short, learning iterations."
        )
        layout.addWidget(readable_label(text))
        self.details = readable_label(
            self.tr("Database: %1\nSchema revision: %2\nQt %3, PySide6 %4")
            .replace("%1", database)
            .replace("%2", schema_revision)
            .replace("%3", qVersion())
            .replace("%4", pyside_version)
        )
        self.details.setAccessibleName(self.tr("Version details"))
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
