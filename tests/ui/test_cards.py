"""Cards on the board: where the keyboard is shows even on a card that is not chosen."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QStringListModel
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListView

from improve_desktop.ui.views.board_card import BoardCardDelegate


def _colours_on_left_edge(view: QListView, row: int) -> set[str]:
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(row, 0))
    x = rect.left() + BoardCardDelegate.margin
    return {image.pixelColor(x + dx, y).name()
            for dx in (0, 1) for y in range(rect.top() + 8, rect.bottom() - 8)}


def test_the_keyboards_card_has_a_highlighted_edge_without_being_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel(["Gruppträff\n2 p", "Kartläggning\n3 p"]))
    view.setItemDelegate(BoardCardDelegate(view))
    view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectionModel().setCurrentIndex(view.model().index(1, 0),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
    view.clearSelection()
    highlight = view.palette().color(QPalette.ColorRole.Highlight).name()
    qtbot.waitUntil(lambda: highlight in _colours_on_left_edge(view, 1))
    assert highlight not in _colours_on_left_edge(view, 0)
