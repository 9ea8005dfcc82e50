"""The main window driven as a person would: keyboard, mouse, menus and dialogs."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from improve_desktop.domain.enums import ItemStatus
from improve_desktop.settings import load_settings
from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.qt_models.navigation_model import NODE_KIND_ROLE, NodeKind


def _overview_title(window: MainWindow) -> str:
    return window.overview_page.title.text()


def _select(window: MainWindow, qtbot: object, text: str) -> None:
    """Click the navigation row whose text is ``text``."""
    model = window.navigation_model
    matches = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, text, 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert matches, f"no navigation row {text!r}"
    window.navigation.scrollTo(matches[0])
    rect = window.navigation.visualRect(matches[0])
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=rect.center())


def test_opens_on_the_demo_portfolio(demo_window: MainWindow) -> None:
    window = demo_window
    assert window.pages.currentWidget() is window.project_tabs
    assert window.navigation_model.rowCount() == 3
    # The first project in the tree is shown when nothing was remembered.
    assert _overview_title(window) == "SKE-UNG – Unga på väg"
    assert "Iteration 6" in window.overview_page.iteration_heading.text()
    assert window.overview_page.velocity_model.rowCount() == 5
    assert str(window.workspace.path) in window.database_label.text()
    summary = window.overview_page.velocity_chart.summary()
    assert summary.startswith("Velocity per iteration: iteration 1:")


def test_counts_match_the_current_iteration(demo_window: MainWindow) -> None:
    overview = demo_window.workspace.projects.overview(demo_window.settings.last_project_id or "")
    page = demo_window.overview_page
    for count in overview.current_counts:
        assert page.count_figures[count.status].text() == str(count.items)
    done = next(c.points for c in overview.current_counts if c.status is ItemStatus.DONE)
    total = sum(c.points for c in overview.current_counts)
    assert page.progress.value() == done
    assert page.progress.format().startswith(f"{done} of {total} points done")


def test_keyboard_moves_through_projects(demo_window: MainWindow, qtbot: object) -> None:
    window = demo_window
    window.focus_navigation_action.trigger()
    assert window.navigation.hasFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert _overview_title(window) == "SKE-VV – Vägen vidare"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)  # type: ignore[attr-defined]
    assert _overview_title(window) == "SKE-UNG – Unga på väg"
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)  # type: ignore[attr-defined]
    assert _overview_title(window) == "UME-SPR – Språk och arbete"
    window.focus_content_action.trigger()
    assert window.overview_page.isAncestorOf(QApplication.focusWidget())


def test_clicking_a_cluster_shows_its_projects_and_members(demo_window: MainWindow, qtbot: object) -> None:
    window = demo_window
    _select(window, qtbot, "Styrgruppskluster Umeå–Lycksele")
    page = window.group_page
    assert window.pages.currentWidget() is page
    assert page.title.text() == "Styrgruppskluster Umeå–Lycksele"
    codes = sorted(row.code for row in page.project_model.rows())
    assert codes == ["LYC-HR", "UME-IPS", "UME-SPR"]
    assert page.members.isVisibleTo(window)
    assert page.member_model.index(0, 1).data() == "Chair"
    assert page.member_model.index(0, 0).data() == "Mats Westerlund"
    _select(window, qtbot, "Samordningsförbundet Skellefteå")
    assert sorted(r.code for r in page.project_model.rows()) == ["SKE-UNG", "SKE-VV"]
    assert not page.members.isVisibleTo(window)


def test_empty_database_offers_demo_and_loads_it(make_window: Callable[..., MainWindow],
                                                  tmp_path: Path, qtbot: object,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(tmp_path / "new.sqlite3")
    assert window.pages.currentWidget() is window.first_run_page
    assert not window.navigation.isVisible()  # nothing to navigate yet
    assert window.demo_action.isEnabled()
    questions: list[str] = []
    monkeypatch.setattr(MainWindow, "_ask", lambda self, title, text: questions.append(text) or True)
    qtbot.mouseClick(window.first_run_page.demo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert questions, "loading the demo must be confirmed"
    assert window.pages.currentWidget() is window.project_tabs
    assert len(window.workspace.projects.list_projects()) == 5
    assert window.navigation.isVisible()
    assert not window.demo_action.isEnabled()


def test_declining_the_demo_changes_nothing(make_window: Callable[..., MainWindow], tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(tmp_path / "new.sqlite3")
    monkeypatch.setattr(MainWindow, "_ask", lambda self, title, text: False)
    window.demo_action.trigger()
    assert window.workspace.projects.count_projects() == 0
    assert window.pages.currentWidget() is window.first_run_page


def test_high_contrast_is_applied_and_remembered(demo_window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    demo_window.high_contrast_action.trigger()
    try:
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
        assert app.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"
        assert load_settings().high_contrast is True
    finally:
        demo_window.high_contrast_action.trigger()
    assert load_settings().high_contrast is False
    assert app.palette().color(QPalette.ColorRole.Window).name() != "#000000"


def test_backup_from_the_file_menu(demo_window: MainWindow) -> None:
    demo_window.backup_action.trigger()
    backups = list((demo_window.workspace.path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("select count(*) from project").fetchone()[0] == 5
    assert "verified" in demo_window.statusBar().currentMessage()


def test_window_geometry_and_project_are_restored(make_window: Callable[..., MainWindow],
                                                  demo_path: Path, qtbot: object) -> None:
    first = make_window(demo_path)
    # The offscreen screen is 800 px wide, so the height is what can differ from the default.
    first.resize(first.width(), 540)
    _select(first, qtbot, "UME-IPS – IPS Umeå")
    first.close()
    first.workspace.close()  # as the application does when its window goes
    settings = load_settings()
    assert settings.last_project_id is not None
    assert settings.last_database == str(first.workspace.path)
    second = make_window(demo_path, settings)
    assert _overview_title(second) == "UME-IPS – IPS Umeå"
    assert second.height() == 540


def test_newer_database_is_refused_and_current_one_kept(demo_window: MainWindow, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(demo_window.workspace.path, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("update alembic_version set version_num = '9999_future'")
    connection.close()
    before = newer.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, title, text: warnings.append(text))
    assert demo_window.open_database(newer) is False
    assert "newer version" in warnings[0]
    assert newer.read_bytes() == before
    assert demo_window.workspace.projects.count_projects() == 5


def test_open_another_database_switches_everything(demo_window: MainWindow, tmp_path: Path) -> None:
    assert demo_window.open_database(tmp_path / "other.sqlite3")
    assert demo_window.pages.currentWidget() is demo_window.first_run_page
    assert "other.sqlite3" in demo_window.database_label.text()
    assert load_settings().last_database == str(tmp_path / "other.sqlite3")


def test_about_shows_version_database_and_schema(demo_window: MainWindow, qtbot: object,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from improve_desktop import __version__
    from improve_desktop.store.schema import HEAD_REVISION
    from improve_desktop.ui.dialogs.about import AboutDialog

    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    demo_window.about_action.trigger()
    text = shown[0].details.text()
    assert str(demo_window.workspace.path) in text
    assert HEAD_REVISION in text
    assert __version__ in shown[0].findChild(type(shown[0].details), "pageTitle").text()


def test_navigation_kinds_are_exposed(demo_window: MainWindow) -> None:
    index = demo_window.navigation.currentIndex()
    assert index.data(NODE_KIND_ROLE) == NodeKind.PROJECT.value
    assert demo_window.settings.last_project_id == index.data(Qt.ItemDataRole.UserRole + 2)
