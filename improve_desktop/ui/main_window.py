"""The main window: navigation on the left, the selected page on the right, menus on top."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QWidget,
)

from improve_desktop import APP_NAME
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.workspace import DatabaseUnavailable, Workspace
from improve_desktop.settings import Settings, save_settings
from improve_desktop.ui import file_actions
from improve_desktop.ui.first_paint import FirstPaint
from improve_desktop.ui.qt_models.navigation_model import (
    NODE_ID_ROLE,
    NODE_KIND_ROLE,
    NavigationModel,
    NodeKind,
)
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.tab_host import TabHost
from improve_desktop.ui.theme import apply_theme
from improve_desktop.ui.views.project_overview import ProjectOverviewPage

if TYPE_CHECKING:
    from improve_desktop.ui.steering_screens import SteeringScreens
    from improve_desktop.ui.views.backlog_view import BacklogController, BacklogView
    from improve_desktop.ui.views.board_view import BoardView
    from improve_desktop.ui.views.charts_view import ChartsView
    from improve_desktop.ui.views.first_run import FirstRunPage
    from improve_desktop.ui.views.group_page import GroupPage
    from improve_desktop.ui.views.planning_view import PlanningView
    from improve_desktop.ui.views.retro_view import RetrospectiveView

DATABASE_FILTER = "Improve Desktop (*.sqlite3 *.db);;*"


class MainWindow(QMainWindow):
    """Owns the open workspace; every page reads from it and refreshes on AppSignals.changed."""

    language_change_requested = Signal(str)

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Created first, so that it sees the window's first paint.
        self.first_paint = FirstPaint(self)
        self.workspace = workspace
        self.settings = settings
        self.signals = AppSignals(self)
        self.setObjectName("MainWindow")
        self.setAccessibleName(APP_NAME)
        self.resize(1280, 800)

        self.navigation_model = NavigationModel(self)
        self.navigation = QTreeView()
        self.navigation.setObjectName("navigation")
        self.navigation.setModel(self.navigation_model)
        self.navigation.setHeaderHidden(True)
        self.navigation.setAccessibleName(self.tr("Organisations, steering clusters and projects"))
        self.navigation.setUniformRowHeights(True)
        self.navigation.setMinimumWidth(240)
        self.navigation.selectionModel().currentChanged.connect(self._on_navigation_changed)
        # Clicking (or Enter on) the node that is already chosen shows it again: the way back
        # from the decision log or a meetings page to the project still chosen in the tree.
        self.navigation.clicked.connect(self._show_chosen_node_again)
        self.navigation.activated.connect(self._show_chosen_node_again)

        self.undo_stack = QUndoStack(self)
        self.language = "en"
        self.current_project_id: str | None = None
        self.pages = QStackedWidget()
        self._first_run_page: FirstRunPage | None = None
        self.overview_page = ProjectOverviewPage()
        self.overview_page.request_button.clicked.connect(
            lambda: self.steering.raise_request(self.current_project_id))
        self.overview_page.action_edit_requested.connect(
            lambda action: self.steering.edit_action(action))
        self.overview_page.withdraw_requested.connect(
            lambda request: self.steering.withdraw_request(request))
        self.project_tabs = QTabWidget()
        self.project_tabs.setObjectName("projectTabs")
        self.project_tabs.setAccessibleName(self.tr("Project views"))
        self.project_tabs.setDocumentMode(True)
        self.project_tabs.addTab(self.overview_page, self.tr("Overview"))
        # The other views are built the first time they are shown (a faster start); each tab
        # holds an empty host until then.
        self._views: dict[str, QWidget] = {}
        self._tab_hosts: dict[str, TabHost] = {}
        self._backlog_controller: BacklogController | None = None
        for key, title in (("backlog", self.tr("Backlog")), ("planning", self.tr("Planning")),
                           ("board", self.tr("Board")), ("charts", self.tr("Charts")),
                           ("retro", self.tr("Retrospective")),
                           ("results", self.tr("Results")), ("budget", self.tr("Budget"))):
            host = TabHost(title)
            self.project_tabs.addTab(host, title)
            self._tab_hosts[key] = host
        self.project_tabs.currentChanged.connect(lambda _index: self._refresh_project_tab())
        self._group_page: GroupPage | None = None
        self.current_cluster_id: str | None = None
        self._steering: SteeringScreens | None = None  # meetings and decisions (issue 4)
        # The first-run and group pages are made when first needed (a faster start).
        self.pages.addWidget(self.project_tabs)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 980])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel()
        self.database_label.setAccessibleName(self.tr("Database file"))
        self.statusBar().addPermanentWidget(self.database_label)

        self._build_menus()
        self.signals.changed.connect(self._on_changed)
        self._restore_state()
        self._show_workspace()

    @property
    def first_run_page(self) -> FirstRunPage:
        if self._first_run_page is None:
            from improve_desktop.ui.views.first_run import FirstRunPage

            page = FirstRunPage()
            page.create_project_requested.connect(self.create_project)
            page.load_demo_requested.connect(self.load_demo)
            page.open_database_requested.connect(self.open_database_dialog)
            self.pages.addWidget(page)
            self._first_run_page = page
        return self._first_run_page

    @property
    def group_page(self) -> GroupPage:
        if self._group_page is None:
            from improve_desktop.ui.views.group_page import GroupPage

            page = GroupPage()
            page.meetings_button.clicked.connect(self.show_cluster_meetings)
            self.pages.addWidget(page)
            self._group_page = page
        return self._group_page

    # -- menus ----------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_project_action = self._action(
            self.tr("New &project…"), self.create_project, "Ctrl+Shift+P",
            self.tr("Create a project in this database"))
        self.new_database_action = self._action(
            self.tr("&New database…"), self.new_database_dialog, "Ctrl+Shift+N",
            self.tr("Create an empty database file"))
        self.open_database_action = self._action(
            self.tr("&Open database…"), self.open_database_dialog, QKeySequence.StandardKey.Open,
            self.tr("Open another database file"))
        self.import_backlog_action = self._action(
            self.tr("&Import backlog…"), lambda: file_actions.import_backlog(self), "Ctrl+Shift+I",
            self.tr("Bring in items from the template or a Jira, Trello or Taiga export"))
        self.template_action = self._action(
            self.tr("Save backlog as &template…"), lambda: file_actions.save_backlog_template(self),
            None, self.tr("An Excel file to fill in and import; holds the project's backlog"))
        self.export_review_action = self._action(
            self.tr("&Export review pack…"), lambda: file_actions.export_review_pack(self),
            "Ctrl+Shift+E", self.tr("An Excel workbook of one iteration for the steering group"))
        self.export_meeting_action = self._action(
            self.tr("Export meeting pac&k…"), lambda: file_actions.export_meeting_pack(self),
            None, self.tr("An Excel workbook for a steering meeting: agenda, the projects' "
                          "latest reviews, open actions and the minutes"))
        self.backup_action = self._action(
            self.tr("&Back up now"), self.backup_now, "Ctrl+Shift+B",
            self.tr("Write a verified copy of the database to the backups folder"))
        self.restore_action = self._action(
            self.tr("&Restore from backup…"), self.restore_from_backup, None,
            self.tr("Go back to one of the database's backups"))
        self.demo_action = self._action(
            self.tr("Load &demo data"), self.load_demo, None,
            self.tr("Fill an empty database with the demo portfolio"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        for action in (self.new_project_action, self.import_backlog_action, self.template_action,
                       self.export_review_action, self.export_meeting_action, None,
                       self.new_database_action,
                       self.open_database_action, self.backup_action, self.restore_action,
                       self.demo_action, None, self.quit_action):
            if action is None:
                file_menu.addSeparator()
            else:
                file_menu.addAction(action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.new_item_action = self._action(
            self.tr("New backlog &item"), self.new_backlog_item, QKeySequence.StandardKey.New,
            self.tr("Type the title of a new backlog item"))
        for action in (self.undo_action, self.redo_action, None, self.new_item_action):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.focus_navigation_action = self._action(
            self.tr("Go to &navigation"), lambda: self.navigation.setFocus(), "Ctrl+1")
        self.focus_content_action = self._action(
            self.tr("Go to &content"), self._focus_content, "Ctrl+2")
        view_menu.addAction(self.focus_navigation_action)
        view_menu.addAction(self.focus_content_action)
        view_menu.addSeparator()
        self.show_overview_action = self._action(
            self.tr("Project &overview"), lambda: self.show_project_tab(self.overview_page))
        self.show_backlog_action = self._action(
            self.tr("&Backlog"), lambda: self.show_project_tab(self.backlog_view))
        self.show_planning_action = self._action(
            self.tr("&Planning"), lambda: self.show_project_tab(self.planning_view))
        view_menu.addAction(self.show_overview_action)
        view_menu.addAction(self.show_backlog_action)
        self.show_board_action = self._action(
            self.tr("Boa&rd"), lambda: self.show_project_tab(self.board_view))
        view_menu.addAction(self.show_planning_action)
        self.show_charts_action = self._action(
            self.tr("Char&ts"), lambda: self.show_project_tab(self.charts_view))
        view_menu.addAction(self.show_board_action)
        view_menu.addAction(self.show_charts_action)
        self.show_retro_action = self._action(
            self.tr("Retrospecti&ve"), lambda: self.show_project_tab(self.retro_view))
        view_menu.addAction(self.show_retro_action)
        self.lessons_action = self._action(
            self.tr("Lessons librar&y…"), self.open_lessons_library, "Ctrl+Shift+L",
            self.tr("Search the lessons of every project and locality"))
        view_menu.addAction(self.lessons_action)
        self.show_results_action = self._action(
            self.tr("Res&ults"), lambda: self.show_project_tab(self._view("results")))
        self.show_budget_action = self._action(
            self.tr("Bud&get"), lambda: self.show_project_tab(self._view("budget")))
        self.method_results_action = self._action(
            self.tr("Method → re&sult…"), self.open_method_results, "Ctrl+Shift+R",
            self.tr("Compare the results of the working methods across every project"))
        self.threshold_action = self._action(
            self.tr("Small-count thr&eshold…"), self.choose_threshold, None,
            self.tr("Below how many participants a count is shown as <N"))
        for action in (self.show_results_action, self.show_budget_action,
                       self.method_results_action, self.threshold_action):
            view_menu.addAction(action)
        self.meetings_action = self._action(
            self.tr("&Meetings of the steering cluster"), self.show_cluster_meetings,
            "Ctrl+Shift+M", self.tr("The steering cluster's meetings and meeting mode"))
        self.decision_log_action = self._action(
            self.tr("&Decision log"), lambda: self.steering.show_decision_log(), "Ctrl+Shift+D",
            self.tr("Every decision and action of every cluster and project"))
        view_menu.addAction(self.meetings_action)
        view_menu.addAction(self.decision_log_action)
        view_menu.addSeparator()
        self.high_contrast_action = self._action(
            self.tr("&High contrast"), self.toggle_high_contrast, "Ctrl+Alt+H")
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.settings.high_contrast)
        view_menu.addAction(self.high_contrast_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("sv", "Svenska"), ("en", "English")):
            # Each language is named in itself, so it can be found whatever the current one.
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
            self.language_group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Improve Desktop"), self.show_about)
        help_menu.addAction(self.about_action)

    def set_current_language(self, code: str) -> None:
        self.language = code
        if code in self.language_actions:
            self.language_actions[code].setChecked(True)

    # -- showing the workspace -----------------------------------------------------------------

    def _show_workspace(self) -> None:
        path = str(self.workspace.path)
        self.setWindowTitle(f"{APP_NAME} – {self.workspace.path.name}")
        suffix = self.tr(" (read-only)") if self.workspace.read_only else ""
        self.database_label.setText(self.tr("Database: %1").replace("%1", path) + suffix)
        self.database_label.setToolTip(path)
        report = self.workspace.report
        if report.upgraded_from:
            self.statusBar().showMessage(
                self.tr("The database was upgraded from schema %1; a copy of the old file is at %2")
                .replace("%1", report.upgraded_from).replace("%2", str(report.backup)), 15000)
        self.reload()

    def reload(self, select_project: str | None = None) -> None:
        """Rebuild the navigation and show the remembered (or first) project."""
        tree = self.workspace.projects.navigation_tree()
        self.navigation_model.set_tree(tree)
        self.navigation.expandAll()
        has_projects = any(node.clusters and any(c.projects for c in node.clusters)
                           or node.projects_without_cluster for node in tree)
        self.demo_action.setEnabled(not has_projects and not self.workspace.read_only)
        self.import_backlog_action.setEnabled(not self.workspace.read_only)
        # An empty navigation pane says nothing; the welcome page gets the whole window.
        self.navigation.setVisible(has_projects)
        if not has_projects:
            self.pages.setCurrentWidget(self.first_run_page)
            self.first_run_page.demo_button.setEnabled(not self.workspace.read_only)
            return
        wanted = select_project or self.settings.last_project_id
        index = self.navigation_model.find(NodeKind.PROJECT, wanted) if wanted else QModelIndex()
        if not index.isValid():
            index = self.navigation_model.first_project()
        if self.navigation.currentIndex() == index:
            self._show_node(index)  # no currentChanged signal will come
        else:
            self.navigation.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_navigation_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_node(current)

    def _show_chosen_node_again(self, index: QModelIndex) -> None:
        expected = (self.project_tabs if index.data(NODE_KIND_ROLE) == NodeKind.PROJECT.value
                    else self.group_page)
        if self.pages.currentWidget() is not expected:
            self._show_node(index)

    def _show_node(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind = NodeKind(index.data(NODE_KIND_ROLE))
        node_id = str(index.data(NODE_ID_ROLE))
        if kind is NodeKind.PROJECT:
            self.current_project_id = node_id
            self.settings.last_project_id = node_id
            self.pages.setCurrentWidget(self.project_tabs)
            self._refresh_project_tab()
            return
        self.current_project_id = None
        self.current_cluster_id = node_id if kind is NodeKind.CLUSTER else None
        summaries = {p.id: p for p in self.workspace.projects.list_projects()}
        project_ids = self._project_ids_under(index)
        projects = [summaries[pid] for pid in project_ids if pid in summaries]
        if kind is NodeKind.CLUSTER:
            cluster = next(c for c in self.workspace.organisations.list_clusters() if c.id == node_id)
            members = self.workspace.organisations.list_members(node_id)
            self.group_page.show_group(cluster.name, cluster.description, projects, members)
            self.group_page.sort_members_by_role()
        else:
            organisation = next(
                o for o in self.workspace.organisations.list_organisations() if o.id == node_id)
            # The projects in its clusters, and those it owns that sit in another's cluster.
            shown = {p.id for p in projects}
            projects += [p for p in summaries.values()
                         if p.owner_organisation == organisation.name and p.id not in shown]
            projects.sort(key=lambda p: p.code)
            self.group_page.show_group(organisation.name, organisation.locality, projects, None)
        self.pages.setCurrentWidget(self.group_page)

    def _project_ids_under(self, index: QModelIndex) -> list[str]:
        found: list[str] = []
        stack = [index]
        while stack:
            current = stack.pop()
            for row in range(self.navigation_model.rowCount(current)):
                child = self.navigation_model.index(row, 0, current)
                if child.data(NODE_KIND_ROLE) == NodeKind.PROJECT.value:
                    found.append(str(child.data(NODE_ID_ROLE)))
                stack.append(child)
        return found

    # -- the project's views, built on first use ------------------------------------------------

    @property
    def backlog_controller(self) -> BacklogController:
        if self._backlog_controller is None:
            from improve_desktop.ui.views.backlog_view import BacklogController

            self._backlog_controller = BacklogController(
                lambda: self.workspace, self.undo_stack, self.signals, self)
            self._backlog_controller.report = self._report
        return self._backlog_controller

    def _view(self, key: str) -> Any:
        view = self._views.get(key)
        if view is None:
            if key == "backlog":
                from improve_desktop.ui.views.backlog_view import BacklogView

                view = BacklogView(self.backlog_controller)
            elif key == "planning":
                from improve_desktop.ui.views.planning_view import PlanningView

                view = PlanningView(lambda: self.workspace, self.backlog_controller,
                                    self.undo_stack, self.signals)
            elif key == "board":
                from improve_desktop.ui.views.board_view import BoardView

                view = BoardView(self.backlog_controller)
            elif key == "retro":
                from improve_desktop.ui.views.retro_view import RetrospectiveView

                view = RetrospectiveView(lambda: self.workspace, self.signals, self.undo_stack)
                view.report = self._report
            elif key in ("results", "budget"):
                from improve_desktop.ui.results_hookup import build_results_view

                view = build_results_view(self, key)
            else:
                from improve_desktop.ui.views.charts_view import ChartsView

                view = ChartsView()
                view.load_burndown = lambda iteration_id: self.workspace.iterations.burndown(
                    iteration_id)
            self._tab_hosts[key].set_view(view)
            self._views[key] = view
        return view

    @property
    def backlog_view(self) -> BacklogView:
        return self._view("backlog")  # type: ignore[no-any-return]

    @property
    def planning_view(self) -> PlanningView:
        return self._view("planning")  # type: ignore[no-any-return]

    @property
    def board_view(self) -> BoardView:
        return self._view("board")  # type: ignore[no-any-return]

    @property
    def charts_view(self) -> ChartsView:
        return self._view("charts")  # type: ignore[no-any-return]

    @property
    def retro_view(self) -> RetrospectiveView:
        return self._view("retro")  # type: ignore[no-any-return]

    def current_view(self) -> QWidget | None:
        """The view on the visible project tab (building it if it is not built yet)."""
        page = self.project_tabs.currentWidget()
        for key, host in self._tab_hosts.items():
            if page is host:
                return self._view(key)  # type: ignore[no-any-return]
        return page

    def _refresh_project_tab(self) -> None:
        """Load what the visible project tab shows; hidden tabs load when they are shown."""
        project_id = self.current_project_id
        if project_id is None or self.pages.currentWidget() is not self.project_tabs:
            return
        page = self.current_view()
        if page is self.overview_page:
            self.overview_page.show_overview(self.workspace.projects.overview(project_id))
            # The steering group's follow-up comes a moment later: at start-up, once the
            # window has been drawn (reading it the first time builds its schemas).
            self.first_paint.call_after(lambda: self._show_follow_up(project_id))
        elif page is self._views.get("backlog") or page is self._views.get("planning"):
            page.show_project(
                project_id,
                self.workspace.backlog.list_items(project_id),
                self.workspace.organisations.list_methods(),
                self.workspace.iterations.list_iterations(project_id),
                self.language,
            )
        elif page is self._views.get("board"):
            self.board_view.show_project(
                project_id,
                self.workspace.backlog.list_items(project_id),
                self.workspace.organisations.list_methods(),
                self.workspace.iterations.list_iterations(project_id),
                self.language,
                self.workspace.backlog.wip_limits(project_id),
            )
        elif page is self._views.get("results") or page is self._views.get("budget"):
            page.show_project(project_id, self.language)
        elif page is self._views.get("charts"):
            self.charts_view.show_project(
                self.workspace.iterations.list_iterations(project_id),
                self.workspace.iterations.velocity_history(project_id),
            )
        elif page is self._views.get("retro"):
            self.retro_view.show_project(
                project_id, self.workspace.iterations.list_iterations(project_id))

    def open_lessons_library(self) -> None:
        from improve_desktop.ui.dialogs.lessons_dialog import LessonsDialog

        lessons = self.workspace.lessons
        LessonsDialog(lessons.search, lessons.localities(), self,
                      methods=self.workspace.organisations.list_methods(), tags=lessons.tags(),
                      language=self.language, open_in_context=self.show_lesson_in_context,
                      write_lesson=self.write_lesson).exec()

    def write_lesson(self) -> Any:
        """Write a lesson in the context of the project shown (the library's Write button)."""
        from improve_desktop.ui.dialogs.lesson_edit_dialog import LessonEditDialog

        lesson, accepted = LessonEditDialog.get_lesson(
            self, self.workspace, self.current_project_id, self.language)
        if accepted and lesson is not None:
            self.signals.emit_change(Change.of(EntityKind.LESSON, lesson.id))
            return lesson
        return None

    def show_lesson_in_context(self, lesson: Any) -> None:
        """Go to the project's Retrospective tab, at the note the lesson came from if any."""
        index = self.navigation_model.find(NodeKind.PROJECT, lesson.project_id)
        if not index.isValid():
            return
        self.navigation.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.show_project_tab(self.retro_view)
        if lesson.source_iteration_number is not None and lesson.source_note_id:
            self.retro_view.show_note(lesson.source_iteration_number, lesson.source_note_id)

    def choose_threshold(self) -> None:
        from improve_desktop.ui.results_hookup import choose_threshold

        choose_threshold(self)

    def open_method_results(self) -> None:
        from improve_desktop.ui.results_hookup import open_method_results

        open_method_results(self)

    def _show_follow_up(self, project_id: str) -> None:
        if project_id == self.current_project_id:
            self.overview_page.show_follow_up(
                self.workspace.decisions.open_for_project(project_id),
                tuple(self.workspace.meetings.open_requests(project_id=project_id)))

    @property
    def steering(self) -> SteeringScreens:
        if self._steering is None:
            from improve_desktop.ui.steering_screens import SteeringScreens

            self._steering = SteeringScreens(self)
        return self._steering

    def show_cluster_meetings(self) -> None:
        """The meetings of the chosen cluster, or of the chosen project's cluster."""
        cluster_id = self.current_cluster_id
        if cluster_id is None and self.current_project_id is not None:
            cluster_id = self.workspace.projects.get_project(
                self.current_project_id).steering_cluster_id
        if cluster_id is None:
            self.statusBar().showMessage(
                self.tr("Choose a steering cluster, or a project that has one"), 8000)
            return
        self.steering.show_meetings(cluster_id)

    def show_project_tab(self, page: QWidget) -> None:
        if self.current_project_id is None:
            return
        if self.pages.currentWidget() is not self.project_tabs:
            # From the decision log or a meetings page, back to the project still chosen.
            self.pages.setCurrentWidget(self.project_tabs)
            self._refresh_project_tab()
        host = next((h for key, h in self._tab_hosts.items() if self._views.get(key) is page), page)
        self.project_tabs.setCurrentWidget(host)
        page.setFocus()

    def new_backlog_item(self) -> None:
        """Ctrl+N anywhere: go to the backlog and type the new item's title."""
        if self.current_project_id is None:
            return
        self.project_tabs.setCurrentWidget(self._tab_hosts["backlog"])
        self.backlog_view.focus_quick_add()

    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _on_changed(self, change: Change) -> None:
        if self._steering is not None:
            self._steering.refresh(change)
        if change.kinds == {EntityKind.PROJECT} and change.ids == {self.current_project_id}:
            self._refresh_project_tab()  # e.g. a board limit: the tree is unchanged
            return
        if change.touches(EntityKind.PROJECT, EntityKind.ORGANISATION, EntityKind.CLUSTER):
            created_project = next(iter(change.ids), None) if change.kinds == {EntityKind.PROJECT} else None
            self.reload(select_project=created_project)
        elif (change.touches(EntityKind.BACKLOG_ITEM) and change.ids
              and self.pages.currentWidget() is self.project_tabs
              and self.project_tabs.currentWidget() is self._tab_hosts["backlog"]
              and not change.touches(EntityKind.PROJECT)):
            # Only the items named changed: reload those rows, not the whole backlog.
            self.backlog_view.refresh_items(sorted(change.ids), self.workspace.backlog)
            if change.touches(EntityKind.ITERATION) and self.current_project_id:
                self.backlog_view.iterations = self.workspace.iterations.list_iterations(
                    self.current_project_id)
        elif change.touches(EntityKind.ITERATION, EntityKind.BACKLOG_ITEM,
                            EntityKind.RETROSPECTIVE, EntityKind.LESSON, EntityKind.LOGIC_MODEL,
                            EntityKind.INDICATOR, EntityKind.PARTICIPANTS, EntityKind.BUDGET,
                            EntityKind.MEETING, EntityKind.DECISION):
            self._refresh_project_tab()

    def _focus_content(self) -> None:
        page = self.pages.currentWidget()
        if page is None:
            return
        page.setFocus()
        page.focusNextChild()

    # -- commands -------------------------------------------------------------------------------

    def create_project(self) -> None:
        if self.workspace.read_only:
            self._inform(self.tr("Read-only"), self.tr("This database is open read-only."))
            return
        from improve_desktop.ui.dialogs.new_project import NewProjectDialog

        project, accepted = NewProjectDialog.get_project(self, self.workspace)
        if accepted and project is not None:
            self.signals.emit_change(Change.of(EntityKind.PROJECT, project.id))
            self.statusBar().showMessage(
                self.tr("Project %1 created").replace("%1", project.code), 5000)

    def load_demo(self) -> None:
        if not self._ask(
            self.tr("Load demo data"),
            self.tr("Fill this database with the demo portfolio: three organisations, two "
                    "steering clusters and five projects with six iterations each?"),
        ):
            return
        try:
            with _busy():
                outcome = self.workspace.demo.load()
        except ServiceError as error:
            self._warn(self.tr("Load demo data"), str(error))
            return
        self.signals.emit_change(outcome.change)
        self.statusBar().showMessage(
            self.tr("Demo data loaded: %1 projects").replace("%1", str(outcome.value.projects)), 5000)

    def backup_now(self) -> None:
        try:
            with _busy():
                target = self.workspace.backup()
        except ServiceError as error:
            self._warn(self.tr("Back up"), str(error))
            return
        self.statusBar().showMessage(
            self.tr("Backup written and verified: %1").replace("%1", str(target)), 10000)

    def restore_from_backup(self) -> None:
        from improve_desktop.ui.data_safety import restore_from_backup

        restore_from_backup(self)

    def open_database_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.workspace.path.parent), DATABASE_FILTER)
        if name:
            self.open_database(Path(name))

    def new_database_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(self.workspace.path.parent / "improve-new.sqlite3"),
            DATABASE_FILTER)
        if name:
            # An existing file is opened as it is, never overwritten.
            self.open_database(Path(name))

    def open_database(self, path: Path) -> bool:
        """Switch to another database file; the current one stays open if that fails."""
        if path.expanduser().absolute() == self.workspace.path:
            return True  # already open here
        from improve_desktop.ui.data_safety import after_open, open_workspace

        workspace, note = open_workspace(
            self, path, lambda text: self._warn(self.tr("Open database"), text))
        if workspace is None:
            return False
        self.workspace.close()
        self.workspace = workspace
        self.undo_stack.clear()  # its commands belong to the file that was closed
        self.settings.last_database = str(workspace.path)
        self.settings.last_project_id = None
        self._save_settings()
        self._show_workspace()
        after_open(self, note)
        return True

    def toggle_high_contrast(self, checked: bool) -> None:
        self.settings.high_contrast = checked
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, high_contrast=checked)
        self._save_settings()

    def change_language(self, code: str) -> None:
        if code == self.settings.language:
            return
        self.settings.language = code  # type: ignore[assignment]
        self._save_settings()
        self.language_change_requested.emit(code)

    def show_about(self) -> None:
        from improve_desktop.ui.dialogs.about import AboutDialog

        AboutDialog(str(self.workspace.path), self.workspace.schema_revision, self).exec()

    # -- messages (small seams so that tests can answer them) -----------------------------------

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # -- state ----------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))
        if self.settings.navigation_splitter:
            self.splitter.restoreState(QByteArray.fromBase64(self.settings.navigation_splitter.encode()))

    def remember_state(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        self.settings.navigation_splitter = bytes(self.splitter.saveState().toBase64().data()).decode()
        self.settings.last_database = str(self.workspace.path)

    def _save_settings(self) -> None:
        save_settings(self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember_state()
        self._save_settings()
        super().closeEvent(event)


def unavailable_text(error: DatabaseUnavailable) -> str:
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if error.reason == DatabaseUnavailable.NEWER:
        return translate(
            "MainWindow",
            "%1 was saved by a newer version of Improve Desktop. Update the application to "
            "open it. The file has not been changed.",
        ).replace("%1", str(error.path))
    if error.reason == DatabaseUnavailable.FOREIGN:
        return translate(
            "MainWindow", "%1 is not an Improve Desktop database. Nothing was changed."
        ).replace("%1", str(error.path))
    return translate("MainWindow", "The database could not be opened: %1").replace("%1", str(error))


class _busy:
    """Show the wait cursor for the duration of a block."""

    def __enter__(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QApplication.restoreOverrideCursor()
