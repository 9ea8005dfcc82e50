"""Write a lesson directly: title, text, project (the organisation and locality follow from
it), method, target groups, themes and the day it was learned."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.retrospectives import split_tags
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.retro_schemas import LessonRead
from improve_desktop.services.schemas import MethodRead, ProjectSummary
from improve_desktop.ui.validation_text import refusal_text


class LessonEditDialog(QDialog):
    """A new lesson; saved through ``create`` (LessonService.create) when accepted."""

    def __init__(self, create: Any, projects: Sequence[ProjectSummary],
                 methods: Sequence[MethodRead], project_id: str | None, language: str,
                 today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self.lesson: LessonRead | None = None
        self.setObjectName("LessonEditDialog")
        self.setWindowTitle(self.tr("Write a lesson"))
        self.setAccessibleName(self.tr("Write a lesson"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("What we learned, in one line"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("What happened and what we would do again"))
        self.text.setTabChangesFocus(True)
        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Project"))
        self.project.addItem(self.tr("No project"), "")
        for project in projects:
            self.project.addItem(f"{project.code} – {project.name}", project.id)
        self.project.setCurrentIndex(max(0, self.project.findData(project_id or "")))
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Method"))
        self.method.addItem(self.tr("No method"), "")
        for method in methods:
            self.method.addItem(method.name_sv if language == "sv" else method.name_en, method.id)
        self.target_groups = QLineEdit()
        self.target_groups.setAccessibleName(self.tr("Target groups, separated by commas"))
        self.target_groups.setPlaceholderText(self.tr("e.g. unga, nyanlända"))
        self.themes = QLineEdit()
        self.themes.setAccessibleName(self.tr("Themes, separated by commas"))
        self.themes.setPlaceholderText(self.tr("e.g. samverkan, arbetsgivare"))
        self.learned_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.learned_on.setCalendarPopup(True)
        self.learned_on.setAccessibleName(self.tr("Learned on"))
        for text, widget in (
            (self.tr("&Title"), self.title), (self.tr("Te&xt"), self.text),
            (self.tr("&Project"), self.project), (self.tr("&Method"), self.method),
            (self.tr("Target &groups"), self.target_groups), (self.tr("T&hemes"), self.themes),
            (self.tr("&Learned on"), self.learned_on),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        note = QLabel(self.tr("The organisation and locality are the project's."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title.setFocus()

    def values(self) -> dict[str, Any]:
        learned = self.learned_on.date()
        method = self.method.currentData()
        return {
            "title": self.title.text(),
            "text": self.text.toPlainText(),
            "project_id": self.project.currentData() or None,
            "method_ids": (method,) if method else (),
            "target_groups": split_tags(self.target_groups.text()),
            "themes": split_tags(self.themes.text()),
            "learned_on": date(learned.year(), learned.month(), learned.day()),
        }

    def save(self) -> None:
        try:
            self.lesson = self._create(self.values()).value
        except ServiceError as error:
            self.error.setText(refusal_text(error))
            self.error.show()
            self.title.setFocus()
            return
        self.accept()

    @classmethod
    def get_lesson(cls, parent: QWidget | None, workspace: Any, project_id: str | None,
                   language: str) -> tuple[Any, bool]:
        """Ask for a lesson and save it: (the outcome's lesson, accepted)."""
        dialog = cls(workspace.lessons.create, workspace.projects.list_projects(),
                     workspace.organisations.list_methods(), project_id, language,
                     date.today(), parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.lesson, accepted and dialog.lesson is not None
