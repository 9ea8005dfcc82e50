"""Normal and high-contrast appearance, with a focus ring that is always visible.

The look is given by a proxy of the Fusion style, not by an application style sheet: with
any application style sheet Qt styles every widget through its style-sheet engine, which
made building the main window a third slower. Text roles (page titles, figures, errors)
are named by object name and given their font and colour when a widget is polished. High
contrast adds its style sheet (borders on every field, dashed disabled controls): there the
edges matter more than the milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QListView,
    QProxyStyle,
    QStatusBar,
    QWidget,
)

from improve_desktop import paths
from improve_desktop.ui.focus_ring import FocusRingKeeper, install_focus_ring

ERROR_RED = QColor("#a4000f")
HC_YELLOW = QColor("#ffff00")
QUIET_GREY = QColor("#555555")

# object name → (point size or None to keep it, bold)
_TEXT_ROLES: dict[str, tuple[float | None, bool]] = {
    "pageTitle": (20.0, True),
    "pageSubtitle": (11.0, False),
    "sectionTitle": (13.0, True),
    "bigFigure": (18.0, True),
    "boardColumnTitle": (12.0, True),
    "fieldError": (None, True),
    "retroMessage": (None, True),
}
_QUIET_ROLES = ("retroColumnCounts", "retroHint")  # secondary text, in a quieter grey
_TABLE_POINT_SIZE = 10.5


def high_contrast_palette() -> QPalette:
    """White on black with yellow highlights (the pairing used by Windows' High Contrast #1)."""
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    yellow, cyan = QColor("#ffff00"), QColor("#00ffff")
    grey = QColor("#9a9a9a")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.BrightText, yellow),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.Link, cyan),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, grey),
        (QPalette.ColorRole.Mid, white),
        (QPalette.ColorRole.Dark, white),
        (QPalette.ColorRole.Light, white),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, grey)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, grey)
    return palette


class AppStyle(QProxyStyle):
    """Fusion, with the application's text roles applied as each widget is polished.

    Polishing runs again when a widget's style is refreshed (``style().unpolish(w)`` then
    ``polish(w)``), which is how a label's ``over`` property (over capacity, over the WIP
    limit) turns it red.
    """

    def __init__(self, *, high_contrast: bool) -> None:
        super().__init__("Fusion")
        self.high_contrast = high_contrast

    def polish(self, target: object) -> object:  # type: ignore[override]
        if isinstance(target, QWidget):
            super().polish(target)
            self._polish_widget(target)
            return None
        return super().polish(target)  # type: ignore[call-overload]

    def _polish_widget(self, widget: QWidget) -> None:
        name = widget.objectName()
        if isinstance(widget, QGroupBox):
            # A group box's title is bold; what is inside it is not (unless it says so).
            # Qt hands a parent's font down to every child that has not set that part of
            # its own, whether the child was polished before or after the parent.
            # Only its own children need a font of their own: theirs inherit from them.
            _set_font(widget, weight_bold=True)
            for child in widget.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if not isinstance(child, QGroupBox):
                    _keep_normal_weight(child)
        elif (widget.font().weight() > QFont.Weight.Normal
              and isinstance(widget.parentWidget(), QGroupBox)):
            # (The font first: asking every widget for its parent makes Python wrappers, and
            # Python types, for widgets no code of ours ever touches.)
            _keep_normal_weight(widget)
        if isinstance(widget, QListView) and name == "retroColumn":
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            widget.setPalette(palette)
        if isinstance(widget, QLabel):
            self._polish_label(widget, name)

    def _polish_label(self, label: QLabel, name: str) -> None:
        role = _TEXT_ROLES.get(name)
        if role is not None:
            size, bold = role
            _set_font(label, point_size=size, weight_bold=bold)  # the weight always: see below
        if isinstance(label.parentWidget(), QStatusBar):
            label.setContentsMargins(6, 0, 6, 0)
        warning = name == "fieldError" or bool(label.property("over"))
        quiet = name in _QUIET_ROLES
        if warning or quiet or label.property("_themed_colour"):
            palette = label.palette()
            app_palette = QApplication.palette()
            if warning:
                colour = HC_YELLOW if self.high_contrast else ERROR_RED
            elif quiet:
                # Secondary, but readable: Fusion's "dark" grey on its window colour is about
                # 2.4 : 1; this grey is 6.5 : 1 (WCAG asks 4.5 : 1 for text).
                colour = (app_palette.color(QPalette.ColorRole.Dark) if self.high_contrast
                          else QUIET_GREY)
            else:
                colour = app_palette.color(QPalette.ColorRole.WindowText)
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(palette)
            # Remembered, so that the colour goes back when the label is no longer "over".
            label.setProperty("_themed_colour", warning or quiet)


_WEIGHT_RESOLVED = 0x0010  # QFont::WeightResolved (PySide6 does not export ResolveProperties)


def _keep_normal_weight(widget: QWidget) -> None:
    """Normal weight, unless the widget chose its own (a bold label, a text role)."""
    font = widget.font()
    if font.weight() <= QFont.Weight.Normal or (
            widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            and font.resolveMask() & _WEIGHT_RESOLVED):
        return
    font = QFont(font)
    font.setWeight(QFont.Weight.Normal)
    widget.setFont(font)


def _set_font(widget: QWidget, *, point_size: float | None = None,
              weight_bold: bool) -> None:
    """The weight is always given: a font copied from the widget carries the weight it has
    inherited at that moment (a group box's bold) as if the widget had chosen it."""
    font = QFont(widget.font())
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setWeight(QFont.Weight.DemiBold if weight_bold else QFont.Weight.Normal)
    if font != widget.font():
        widget.setFont(font)


def apply_theme(app: QApplication, *, high_contrast: bool, focus_ring: bool = True) -> None:
    """The look, and (unless ``focus_ring`` is False) the focus ring.

    Start-up installs the ring itself once the window has been drawn: its first use sets up
    PySide's types for every kind of style option (about 8 ms), which the first picture does
    not need.
    """
    app.setStyle(AppStyle(high_contrast=high_contrast))
    # Lists of rows read a little larger. Given as the classes' default font, so that a
    # tree or table is laid out once, with it, not again when it is polished.
    table_font = QFont(app.font())
    table_font.setPointSizeF(_TABLE_POINT_SIZE)
    for class_name in ("QTreeView", "QTableView"):
        app.setFont(table_font, class_name)
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())
    sheet = ""
    if high_contrast:
        sheet = (paths.resources_dir() / "styles" / "high_contrast.qss").read_text(
            encoding="utf-8")
    if sheet or app.styleSheet():
        app.setStyleSheet(sheet)
    if focus_ring or app.findChild(FocusRingKeeper) is not None:
        install_focus_ring(app, focus_ring_width(high_contrast))


def focus_ring_width(high_contrast: bool) -> int:
    return 3 if high_contrast else 2
