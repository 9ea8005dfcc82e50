"""The look without an application style sheet: text roles, group boxes, the focus ring, and
high contrast (its style sheet, its yellow)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.ui.focus_ring import FocusRingKeeper
from improve_desktop.ui.theme import ERROR_RED, HC_YELLOW, apply_theme


@pytest.fixture()
def themed(qapp: QApplication) -> Iterator[QApplication]:
    apply_theme(qapp, high_contrast=False)
    yield qapp
    apply_theme(qapp, high_contrast=False)


def _page(qtbot) -> tuple[QWidget, dict[str, QWidget]]:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    title = QLabel("Projekt")
    title.setObjectName("pageTitle")
    error = QLabel("Namnet saknas")
    error.setObjectName("fieldError")
    gauge = QLabel("25 av 22 poäng")
    box = QGroupBox("Om projektet")
    inside = QVBoxLayout(box)
    plain = QLabel("Period")
    table = QTableView()
    inside.addWidget(plain)
    inside.addWidget(table)
    field = QLineEdit()
    for widget in (title, error, gauge, box, field):
        layout.addWidget(widget)
    page.resize(400, 500)
    page.show()
    qtbot.waitExposed(page)
    return page, {"title": title, "error": error, "gauge": gauge, "box": box, "plain": plain,
                  "table": table, "field": field}


def test_text_roles_and_group_boxes_get_their_fonts(themed: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert themed.styleSheet() == ""  # no style-sheet engine in the normal theme
    _, widgets = _page(qtbot)
    title = widgets["title"].font()
    assert title.pointSizeF() == 20.0 and title.weight() == QFont.Weight.DemiBold
    assert widgets["box"].font().weight() == QFont.Weight.DemiBold  # the box's title
    # What is inside the box is not bold, whichever was polished first.
    assert widgets["plain"].font().weight() == QFont.Weight.Normal
    assert widgets["table"].font().weight() == QFont.Weight.Normal
    assert widgets["table"].font().pointSizeF() == 10.5
    assert widgets["error"].palette().color(QPalette.ColorRole.WindowText) == ERROR_RED
    assert widgets["error"].font().weight() == QFont.Weight.DemiBold


def test_a_label_turns_red_when_over_and_back(themed: QApplication, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, widgets = _page(qtbot)
    gauge = widgets["gauge"]
    normal = gauge.palette().color(QPalette.ColorRole.WindowText)
    gauge.setProperty("over", True)
    gauge.style().unpolish(gauge)
    gauge.style().polish(gauge)
    assert gauge.palette().color(QPalette.ColorRole.WindowText) == ERROR_RED
    gauge.setProperty("over", False)
    gauge.style().unpolish(gauge)
    gauge.style().polish(gauge)
    assert gauge.palette().color(QPalette.ColorRole.WindowText) == normal


def _ring_colour_at_left_edge(page: QWidget, target: QWidget) -> str:
    image = page.grab().toImage()
    corner = target.mapTo(page, target.rect().topLeft())
    return image.pixelColor(corner.x(), corner.y() + target.height() // 2).name()


def test_the_focus_ring_follows_the_focus_inside_the_widget_edge(  # type: ignore[no-untyped-def]
    themed: QApplication, qtbot
) -> None:
    page, widgets = _page(qtbot)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    highlight = themed.palette().color(QPalette.ColorRole.Highlight).name()
    for name in ("field", "table"):
        widgets[name].setFocus()
        qtbot.waitUntil(lambda name=name: widgets[name].hasFocus())
        keeper = themed.findChild(FocusRingKeeper)
        assert keeper is not None
        target = widgets[name]
        qtbot.waitUntil(lambda target=target: _ring_colour_at_left_edge(page, target) == highlight)


def test_the_focus_ring_stays_after_a_theme_change_and_follows_its_widget_as_it_grows(  # type: ignore[no-untyped-def]
    themed: QApplication, demo_window, qtbot
) -> None:
    window = demo_window
    window.resize(1280, 700)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.navigation
    tree.setFocus()
    highlight = themed.palette().color(QPalette.ColorRole.Highlight).name()

    def at_bottom_left() -> str:
        image = window.grab().toImage()
        corner = tree.mapTo(window, tree.rect().bottomLeft())
        return image.pixelColor(corner.x() + 1, corner.y() - 1).name()

    qtbot.waitUntil(lambda: at_bottom_left() == highlight)
    apply_theme(themed, high_contrast=False)  # as View → High contrast does
    window.resize(1280, 1000)  # the offscreen screen lets it grow past a new widget's 480
    qtbot.waitUntil(lambda: tree.height() > 700)
    qtbot.waitUntil(lambda: at_bottom_left() == highlight)


def test_high_contrast_has_its_sheet_its_yellow_and_a_thicker_ring(  # type: ignore[no-untyped-def]
    themed: QApplication, qtbot
) -> None:
    apply_theme(themed, high_contrast=True)
    assert "QPushButton:disabled" in themed.styleSheet()
    page, widgets = _page(qtbot)
    assert widgets["error"].palette().color(QPalette.ColorRole.WindowText) == HC_YELLOW
    keeper = themed.findChild(FocusRingKeeper)
    assert keeper is not None and keeper.width_px == 3
    page.activateWindow()
    widgets["field"].setFocus()
    qtbot.waitUntil(lambda: _ring_colour_at_left_edge(page, widgets["field"]) == "#ffff00")
    apply_theme(themed, high_contrast=False)
    assert themed.styleSheet() == "" and keeper.width_px == 2
