"""Accessible by construction: names for screen readers, keyboard paths, contrast."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from improve_desktop.ui.dialogs.about import AboutDialog
from improve_desktop.ui.dialogs.new_project import NewProjectDialog
from improve_desktop.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QAbstractItemView, QLineEdit, QComboBox, QAbstractSpinBox,
               QPlainTextEdit)


def screen_reader_name(widget: QWidget) -> str:
    """The name a screen reader announces: what Qt's accessibility bridge reports."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(QAccessible.Text.Name).strip()


def _inside_a_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(widgets: Iterable[QWidget]) -> list[str]:
    missing = []
    for widget in widgets:
        if not isinstance(widget, INTERACTIVE) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if _inside_a_composite(widget):
            continue  # a combo box's editor and pop-up list are announced through the combo
        if not screen_reader_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_interactive_widget_in_the_main_window_has_a_name(demo_window: MainWindow) -> None:
    assert unnamed(demo_window.findChildren(QWidget)) == []


def test_every_interactive_widget_on_the_first_run_page_has_a_name(make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(tmp_path / "empty.sqlite3")
    assert window.pages.currentWidget() is window.first_run_page
    assert unnamed(window.first_run_page.findChildren(QWidget)) == []


def test_dialogs_name_every_field(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewProjectDialog(demo_window.workspace, demo_window)
    qtbot.addWidget(dialog)
    assert unnamed(dialog.findChildren(QWidget)) == []
    # Every field has a label whose mnemonic moves focus to it.
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert {dialog.code, dialog.name, dialog.organisation, dialog.start, dialog.end} <= set(buddies)
    about = AboutDialog("x.sqlite3", "0001_core", demo_window)
    qtbot.addWidget(about)
    assert unnamed(about.findChildren(QWidget)) == []


def test_menus_have_mnemonics_and_actions_a_keyboard_path(demo_window: MainWindow) -> None:
    titles = [action.text() for action in demo_window.menuBar().actions()]
    assert all("&" in title for title in titles), titles
    mnemonics = [title[title.index("&") + 1].lower() for title in titles]
    assert len(mnemonics) == len(set(mnemonics)), "menu mnemonics must be unique"
    for menu in demo_window.menuBar().findChildren(QMenu):
        letters = []
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            text = action.text()
            # Language names are written in their own language and reached with the arrows.
            if action.actionGroup() is demo_window.language_group:
                continue
            assert "&" in text or not action.shortcut().isEmpty(), text
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), f"clashing mnemonics in {menu.title()}"


def test_overview_figures_are_spoken_in_words(demo_window: MainWindow) -> None:
    page = demo_window.overview_page
    for figure in page.count_figures.values():
        # The big number alone means nothing to a screen reader; its name says what it counts.
        assert "item" in figure.accessibleName()
        assert figure.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert page.velocity_chart.accessibleDescription().startswith("Velocity per iteration")
    assert "points done" in page.progress.accessibleDescription()


def test_tab_reaches_the_overview_content(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_window.activateWindow()
    demo_window.navigation.setFocus()
    reached = set()
    for _ in range(40):
        qtbot.keyClick(demo_window.focusWidget() or demo_window, Qt.Key.Key_Tab)
        reached.add(demo_window.focusWidget())
    page = demo_window.overview_page
    assert page.velocity_table in reached
    assert page.iteration_goal in reached
    assert demo_window.navigation in reached  # and Tab wraps around to the start
