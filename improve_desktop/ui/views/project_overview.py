"""The project overview page: facts, the current iteration and velocity of closed iterations."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import ItemStatus, IterationState
from improve_desktop.services.schemas import ProjectOverview
from improve_desktop.ui.formatting import (
    format_date_range,
    format_decimal,
    format_percent,
    format_sek,
    item_status_text,
    iteration_label,
    project_status_text,
    trend_text,
)
from improve_desktop.ui.qt_models.velocity_model import VelocityModel
from improve_desktop.ui.views.velocity_chart import VelocityChart

if TYPE_CHECKING:
    # Read after the window is drawn; its schemas load then (ui/first_paint.py).
    from improve_desktop.services.steering_schemas import DecisionRequestRead, OpenFollowUp
    from improve_desktop.ui.views.follow_up_list import FollowUpList

_READABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def readable_label(text: str = "", object_name: str = "") -> QLabel:
    """A label that keyboard and screen-reader users can reach with Tab."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(_READABLE)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if object_name:
        label.setObjectName(object_name)
    return label


class ProjectOverviewPage(QScrollArea):
    """Shows one project's ProjectOverview; ``show_overview`` replaces everything on it."""

    action_edit_requested = Signal(object)  # SteeringActionRead
    withdraw_requested = Signal(object)  # DecisionRequestRead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up_list: FollowUpList | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Project overview"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)

        self.title = readable_label(object_name="pageTitle")
        self.subtitle = readable_label(object_name="pageSubtitle")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        top_row = QHBoxLayout()
        top_row.setSpacing(18)
        facts_box = QGroupBox(self.tr("About the project"))
        facts = QFormLayout(facts_box)
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.period = readable_label()
        self.budget = readable_label()
        self.programme = readable_label()
        self.status = readable_label()
        self.purpose = readable_label()
        for caption, widget in (
            (self.tr("Period"), self.period),
            (self.tr("Budget"), self.budget),
            (self.tr("Programme area"), self.programme),
            (self.tr("Status"), self.status),
            (self.tr("Purpose"), self.purpose),
        ):
            widget.setAccessibleName(caption)
            facts.addRow(caption + ":", widget)
        top_row.addWidget(facts_box, 1)

        self.iteration_box = QGroupBox(self.tr("Current iteration"))
        iteration_layout = QVBoxLayout(self.iteration_box)
        self.iteration_heading = readable_label(object_name="sectionTitle")
        self.iteration_heading.setAccessibleName(self.tr("Current iteration"))
        self.iteration_goal = readable_label()
        self.iteration_goal.setAccessibleName(self.tr("Iteration goal"))
        self.iteration_dates = readable_label()
        self.iteration_dates.setAccessibleName(self.tr("Iteration dates"))
        iteration_layout.addWidget(self.iteration_heading)
        iteration_layout.addWidget(self.iteration_goal)
        iteration_layout.addWidget(self.iteration_dates)
        counts = QGridLayout()
        self.count_figures: dict[ItemStatus, QLabel] = {}
        self.count_captions: dict[ItemStatus, QLabel] = {}
        for column, status in enumerate(ItemStatus):
            figure = readable_label(object_name="bigFigure")
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(item_status_text(status))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(figure, 0, column)
            counts.addWidget(caption, 1, column)
            self.count_figures[status] = figure
            self.count_captions[status] = caption
        iteration_layout.addLayout(counts)
        self.progress = QProgressBar()
        # The figures stand in a label beside the bar, not on it: text drawn over the bar
        # loses contrast where the bar is filled, above all in high-contrast mode.
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.progress.setAccessibleName(self.tr("Points done in the current iteration"))
        self.progress_text = readable_label()
        self.progress_text.setAccessibleName(self.tr("Points done in the current iteration"))
        iteration_layout.addWidget(self.progress)
        iteration_layout.addWidget(self.progress_text)
        self.no_iteration = readable_label(
            self.tr("This project has no iterations yet. Plan the first one in the planning view.")
        )
        iteration_layout.addWidget(self.no_iteration)
        iteration_layout.addStretch(1)
        top_row.addWidget(self.iteration_box, 1)
        layout.addLayout(top_row)

        self.velocity_box = QGroupBox(self.tr("Velocity of closed iterations"))
        velocity_layout = QVBoxLayout(self.velocity_box)
        self.velocity_summary = readable_label()
        self.velocity_summary.setAccessibleName(self.tr("Velocity summary"))
        velocity_layout.addWidget(self.velocity_summary)
        row = QHBoxLayout()
        self.velocity_chart = VelocityChart()
        self.velocity_model = VelocityModel(self)
        self.velocity_table = QTableView()
        self.velocity_table.setModel(self.velocity_model)
        self.velocity_table.setAccessibleName(self.tr("Velocity table"))
        self.velocity_table.setAccessibleDescription(
            self.tr("Committed and completed points for each closed iteration")
        )
        self.velocity_table.setSortingEnabled(True)
        self.velocity_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.velocity_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.velocity_table.setTabKeyNavigation(False)
        self.velocity_table.verticalHeader().setVisible(False)
        # Sized to the figures once they are set (_show_velocity): a header that resizes to
        # its contents measures every cell again on each layout pass.
        self.velocity_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.velocity_table.horizontalHeader().setStretchLastSection(True)
        self.velocity_table.setMinimumHeight(240)
        self.velocity_table.setMaximumHeight(340)
        self.velocity_chart.setMaximumHeight(340)
        row.addWidget(self.velocity_chart, 2)
        row.addWidget(self.velocity_table, 3)
        velocity_layout.addLayout(row)
        layout.addWidget(self.velocity_box)
        # The steering group's open decisions and actions on this project (issue 4).
        self.follow_up_box = QGroupBox(self.tr("Open decisions and actions"))
        follow_up_layout = QVBoxLayout(self.follow_up_box)
        self.follow_up = readable_label()
        self.follow_up.setAccessibleName(self.tr("Open decisions and actions"))
        follow_up_layout.addWidget(self.follow_up)
        self._follow_up_layout = follow_up_layout
        self.request_button = QPushButton(self.tr("&Raise a decision request…"))
        self.request_button.setAccessibleName(self.tr(
            "Raise a decision request to the steering group"))
        follow_up_layout.addWidget(self.request_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.follow_up_box)
        layout.addStretch(1)
        self.setWidget(body)

    def show_overview(self, overview: ProjectOverview, today: date | None = None) -> None:
        today = today or date.today()
        project = overview.project
        self.title.setText(f"{project.code} – {project.name}")
        self.title.setAccessibleName(self.tr("Project"))
        parts = [overview.owner.name]
        if overview.cluster:
            parts.append(overview.cluster.name)
        if overview.manager:
            parts.append(self.tr("Project manager: %1").replace("%1", overview.manager.name))
        self.subtitle.setText(" · ".join(parts))
        self.period.setText(format_date_range(project.start_date, project.end_date))
        self.budget.setText(format_sek(project.budget_sek))
        self.programme.setText(project.programme_area or "–")
        self.status.setText(
            project_status_text(project.status)
            + " · "
            + self.tr("iterations of %n day(s)", "", project.iteration_length_days)
        )
        self.purpose.setText(project.purpose or "–")
        self._show_iteration(overview, today)
        self._show_velocity(overview)

    def _show_iteration(self, overview: ProjectOverview, today: date) -> None:
        iteration = overview.current_iteration
        has_iteration = iteration is not None
        for widget in (self.iteration_heading, self.iteration_goal, self.iteration_dates,
                       self.progress, self.progress_text, *self.count_figures.values(),
                       *self.count_captions.values()):
            widget.setVisible(has_iteration)
        self.no_iteration.setVisible(not has_iteration)
        if iteration is None:
            return
        self.iteration_heading.setText(iteration_label(iteration))
        self.iteration_goal.setText(
            self.tr("Goal: %1").replace("%1", iteration.goal or self.tr("no goal set"))
        )
        dates = format_date_range(iteration.start_date, iteration.end_date)
        length = (iteration.end_date - iteration.start_date).days + 1
        if iteration.state is IterationState.ACTIVE and iteration.start_date <= today <= iteration.end_date:
            day = (today - iteration.start_date).days + 1
            dates += " · " + self.tr("day %1 of %2").replace("%1", str(day)).replace("%2", str(length))
        self.iteration_dates.setText(dates)
        total_points = 0
        done_points = 0
        for count in overview.current_counts:
            figure = self.count_figures[count.status]
            figure.setText(str(count.items))
            text = self.tr("%1: %n item(s), %2 points", "", count.items)
            text = text.replace("%1", item_status_text(count.status)).replace("%2", str(count.points))
            figure.setAccessibleName(text)
            figure.setToolTip(text)
            total_points += count.points
            if count.status is ItemStatus.DONE:
                done_points = count.points
        self.progress.setRange(0, max(total_points, 1))
        self.progress.setValue(done_points)
        share = done_points / total_points if total_points else 0.0
        progress_text = (
            self.tr("%1 of %2 points done (%3)")
            .replace("%1", str(done_points)).replace("%2", str(total_points))
            .replace("%3", format_percent(share))
        )
        self.progress.setFormat(progress_text)
        self.progress.setAccessibleDescription(progress_text)
        self.progress_text.setText(progress_text)

    def _show_velocity(self, overview: ProjectOverview) -> None:
        velocity = overview.velocity
        self.velocity_model.set_rows(velocity.points)
        self.velocity_table.resizeColumnsToContents()
        self.velocity_chart.set_points(velocity.points)
        if velocity.average_completed is None:
            self.velocity_summary.setText(self.tr("No closed iterations yet."))
            return
        window = min(3, len(velocity.points))
        text = self.tr(
            "Average completed over the last %n iteration(s): %1 points", "", window
        ).replace("%1", format_decimal(velocity.average_completed))
        if velocity.completion_ratio is not None:
            text += " · " + self.tr("%1 of what was committed").replace(
                "%1", format_percent(velocity.completion_ratio)
            )
        text += " · " + self.tr("trend: %1").replace("%1", trend_text(velocity.trend))
        self.velocity_summary.setText(text)

    def show_follow_up(self, follow_up: OpenFollowUp,
                       requests: tuple[DecisionRequestRead, ...] = ()) -> None:
        """The steering group's decisions not yet carried out; the actions not yet done and
        the open decision requests in a list of their own, where they can be edited or
        withdrawn."""
        from improve_desktop.ui.steering_words import (
            attention_text,
            decision_status_text,
            optional_date,
        )

        lines = []
        for decision in follow_up.decisions:
            mark = attention_text(overdue=decision.overdue, review_due=decision.review_due)
            lines.append(" · ".join(part for part in (
                f"{decision.reference} {decision.title}", decision_status_text(decision.status),
                decision.owner, self.tr("due %1").replace("%1", optional_date(decision.due_on)),
                mark) if part))
        if not lines:
            lines.append(self.tr("No open decisions from the steering group."))
        self.follow_up.setText("\n".join(lines))
        rows = self._follow_up_rows()
        rows.show_rows(follow_up.actions, requests)
        rows.setVisible(bool(follow_up.actions or requests))

    def _follow_up_rows(self) -> FollowUpList:
        """The list of open actions and requests, made the first time there is a follow-up
        (it needs the steering schemas, which are not loaded before the first paint)."""
        if self.follow_up_list is None:
            from improve_desktop.ui.views.follow_up_list import FollowUpList

            rows = FollowUpList()
            rows.action_edit_requested.connect(self.action_edit_requested)
            rows.withdraw_requested.connect(self.withdraw_requested)
            self._follow_up_layout.insertWidget(1, rows)
            self.follow_up_list = rows
        return self.follow_up_list
