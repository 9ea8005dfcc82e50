"""The page an empty database opens on: create a project, load the demo, or open a file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunPage(QWidget):
    """A friendly start with the three things a new user can do."""

    create_project_requested = Signal()
    load_demo_requested = Signal()
    open_database_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to Improve Desktop"))
        title.setObjectName("pageTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr(
                "Plan your project in short iterations, follow up decisions in the steering "
                "group and see which working methods give results. Everything is stored on "
                "this computer and works without a network."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setMinimumWidth(520)
        intro.setMaximumWidth(640)
        layout.addWidget(title)
        # Centred between stretches rather than by alignment, so that the wrapped text gets
        # the height it needs for its width.
        intro_row = QHBoxLayout()
        intro_row.addStretch(1)
        intro_row.addWidget(intro, 4)
        intro_row.addStretch(1)
        layout.addLayout(intro_row)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_button = QPushButton(self.tr("&Create a project…"))
        self.create_button.setAccessibleName(self.tr("Create a project"))
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Load the &demo data"))
        self.demo_button.setAccessibleName(self.tr("Load the demo data"))
        self.demo_button.setAccessibleDescription(
            self.tr("Fills this database with three organisations and five example projects")
        )
        self.open_button = QPushButton(self.tr("&Open another database…"))
        self.open_button.setAccessibleName(self.tr("Open another database"))
        for button in (self.create_button, self.demo_button, self.open_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.create_button.clicked.connect(self.create_project_requested)
        self.demo_button.clicked.connect(self.load_demo_requested)
        self.open_button.clicked.connect(self.open_database_requested)
