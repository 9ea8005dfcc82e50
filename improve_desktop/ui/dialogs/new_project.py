"""Create a project: a form with inline, translated validation messages."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.schemas import ProjectRead
from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.dialogs.field_errors import FieldErrors, to_date, to_qdate
from improve_desktop.ui.validation_text import field_error_text


class NewProjectDialog(QDialog):
    """Asks for the project's facts; saves through the project service on OK."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 language: str = "sv") -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._language = language
        self.created: ProjectRead | None = None
        self.created_organisation = False
        self.setWindowTitle(self.tr("New project"))
        self.setAccessibleName(self.tr("New project"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Fields marked * are required."))
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("e.g. UME-IPS"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for organisation in workspace.organisations.list_organisations():
            self.organisation.addItem(organisation.name, organisation.id)
        if self.organisation.lineEdit() is not None:
            self.organisation.lineEdit().setPlaceholderText(self.tr("Choose or type a new name"))
        self.cluster = QComboBox()
        self.cluster.addItem(self.tr("No steering cluster"), None)
        for cluster in workspace.organisations.list_clusters():
            self.cluster.addItem(cluster.name, cluster.id)
        self.programme = QLineEdit()
        self.programme.setMaxLength(100)
        today = date.today()
        self.start = QDateEdit(to_qdate(today))
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(to_qdate(today + timedelta(days=730)))
        self.end.setCalendarPopup(True)
        self.budget = QSpinBox()
        self.budget.setRange(0, 2_000_000_000)
        self.budget.setSingleStep(100_000)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSuffix(" " + self.tr("SEK"))
        self.iteration_length = QSpinBox()
        self.iteration_length.setRange(5, 42)
        self.iteration_length.setValue(14)
        self.iteration_length.setSuffix(" " + self.tr("days"))
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(90)

        rows = [
            ("code", self.tr("&Code *"), self.code),
            ("name", self.tr("&Name *"), self.name),
            ("owner_organisation_id", self.tr("&Owner organisation *"), self.organisation),
            ("steering_cluster_id", self.tr("&Steering cluster"), self.cluster),
            ("programme_area", self.tr("&Programme area"), self.programme),
            ("start_date", self.tr("S&tart date *"), self.start),
            ("end_date", self.tr("&End date *"), self.end),
            ("budget_sek", self.tr("&Budget"), self.budget),
            ("iteration_length_days", self.tr("&Iteration length"), self.iteration_length),
            ("purpose", self.tr("P&urpose"), self.purpose),
        ]
        # The general line goes below the starter indicators; the field lines go under their
        # fields.
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.setVisible(False)
        self._field_errors = FieldErrors(self.general_error, mark_general=False)
        self._errors = self._field_errors.labels
        for field, caption, widget in rows:
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(" *"))
            form.addRow(label, self._field_errors.row(field, widget))

        self.starters = QCheckBox(self.tr("&Add the six starter indicators"))
        self.starters.setAccessibleName(self.tr("Add the starter indicators"))
        starters_list = QLabel(self.tr(
            "Participants started and ended, share in work or studies at exit, share with "
            "increased work or study capacity, cost per participant, participant-rated "
            "satisfaction. Baselines and targets are set on the Results tab."))
        starters_list.setWordWrap(True)
        starters_list.setObjectName("hint")
        starters_list.setContentsMargins(24, 0, 0, 0)
        self.starters.setAccessibleDescription(starters_list.text())
        self.starters.setChecked(True)
        layout.addWidget(self.starters)
        layout.addWidget(starters_list)

        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create project"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Create project"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _organisation_id(self) -> str | None:
        """The chosen organisation, creating it when the user typed a new name."""
        text = self.organisation.currentText().strip()
        index = self.organisation.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.organisation.itemData(index))
        if not text:
            return ""
        outcome = self._workspace.organisations.create_organisation({"name": text})
        self.organisation.addItem(outcome.value.name, outcome.value.id)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)
        self.created_organisation = True
        return outcome.value.id

    def accept(self) -> None:
        self._field_errors.clear()
        try:
            organisation_id = self._organisation_id()
        except ValidationFailed as failure:
            # The new organisation's name is what the user typed in the owner field.
            text = "\n".join(field_error_text(error) for error in failure.errors)
            self._errors["owner_organisation_id"].setText("⚠ " + text)
            self._errors["owner_organisation_id"].setVisible(True)
            self.organisation.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        data = {
            "code": self.code.text(),
            "name": self.name.text(),
            "owner_organisation_id": organisation_id,
            "steering_cluster_id": self.cluster.currentData(),
            "programme_area": self.programme.text(),
            "start_date": to_date(self.start.date()),
            "end_date": to_date(self.end.date()),
            "budget_sek": self.budget.value(),
            "iteration_length_days": self.iteration_length.value(),
            "purpose": self.purpose.toPlainText(),
        }
        try:
            outcome = self._workspace.projects.create_project(data)
        except ValidationFailed as failure:
            self._field_errors.show(failure)
            return
        self.created = outcome.value
        if self.starters.isChecked():
            self._workspace.indicators.add_starter_set(outcome.value.id, self._language)
        super().accept()

    @classmethod
    def get_project(cls, parent: QWidget | None, workspace: Workspace) -> tuple[ProjectRead | None, bool]:
        dialog = cls(workspace, parent, getattr(parent, "language", "sv"))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.created, accepted
