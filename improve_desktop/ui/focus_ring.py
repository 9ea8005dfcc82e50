"""A focus ring: a clearly visible edge around whichever widget has the keyboard focus.

It replaces a style-sheet rule (``:focus { border: 2px solid … }``): any application style
sheet makes Qt style every widget through its slower style-sheet engine. The ring is one
QFocusFrame at a time, following the focus; it draws inside the widget's edge, so that a
widget filling its parent (a table in a tab) still shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QFocusFrame, QMenu, QProxyStyle, QStyle, QWidget
from shiboken6 import isValid


class _AboveWidget(QProxyStyle):
    """The ring's own style, else the application's: the ring lies over the widget (Fusion
    puts a focus frame under it, where the widget hides it), and its shape is its own (the
    style's mask would leave only the margin outside the widget)."""

    def styleHint(self, hint: QStyle.StyleHint, option: object = None,
                  widget: QWidget | None = None, data: object = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0
        return super().styleHint(hint, option, widget, data)  # type: ignore[arg-type]


class FocusRing(QFocusFrame):
    """2 px in the highlight colour, 3 px in high contrast, on the widget it is given."""

    def __init__(self, width_px: int) -> None:
        super().__init__()
        self.width_px = width_px
        self._style = _AboveWidget()
        self.setStyle(self._style)

    def _ring_rect(self) -> QRect:
        """Where the ring is drawn: inside the widget's own edge, so that it shows even where
        the frame's margin beyond the widget is clipped (a table filling a tab)."""
        inset_x = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        inset_y = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin)
        return self.rect().adjusted(inset_x, inset_y, -inset_x, -inset_y)

    def set_width(self, width_px: int) -> None:
        self.width_px = width_px
        self._update_mask()
        self.update()

    def _update_mask(self) -> None:
        # Only the ring's own pixels belong to it: the widget under its middle repaints
        # without repainting the ring.
        ring = self._ring_rect()
        inner = ring.adjusted(self.width_px, self.width_px, -self.width_px, -self.width_px)
        self.setMask(QRegion(ring).subtracted(QRegion(inner)))

    def event(self, event: QEvent) -> bool:
        # Watched here, not in resizeEvent(): PySide does not call a Python resizeEvent() of
        # a QFocusFrame (its wrapper has no such override), and a stale mask cut the ring off.
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._update_mask()
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        target = self.widget()
        if target is None:
            return
        painter = QPainter(self)
        colour = target.palette().color(QPalette.ColorRole.Highlight)
        ring = self._ring_rect()
        width = self.width_px
        for rect in (QRect(ring.left(), ring.top(), ring.width(), width),
                     QRect(ring.left(), ring.bottom() - width + 1, ring.width(), width),
                     QRect(ring.left(), ring.top(), width, ring.height()),
                     QRect(ring.right() - width + 1, ring.top(), width, ring.height())):
            painter.fillRect(rect, colour)


class FocusRingKeeper(QObject):
    """Moves the ring to each newly focused widget.

    The ring lives beside the widget it surrounds, so it goes when that widget's window
    goes (a dialog closed, the main window rebuilt in another language); a new one is made
    for the next focus then.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.width_px = 2
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def set_width(self, width_px: int) -> None:
        self.width_px = width_px
        if self._ring is not None and isValid(self._ring):
            self._ring.set_width(width_px)

    def place_again(self, widget: QWidget | None) -> None:
        """Put the ring back on ``widget``: a QFocusFrame hides itself when its widget's
        style changes (as a new theme does to every widget) and stays hidden until told."""
        if self._ring is not None and isValid(self._ring):
            self._ring.setWidget(None)  # type: ignore[arg-type]
        self.follow(None, widget)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._ring is None or not isValid(self._ring):
            self._ring = FocusRing(self.width_px)
        if new is None or new.isWindow() or isinstance(new, QMenu):
            self._ring.setWidget(None)  # type: ignore[arg-type]
            self._ring.hide()
            return
        self._ring.setWidget(new)
        # setWidget() has just placed the ring; a hidden ring gets its resize event only
        # later (if at all), so its shape is set from where it is now.
        self._ring.set_width(self.width_px)


def install_focus_ring(app: QApplication, width_px: int) -> FocusRingKeeper:
    """The application's focus ring (made once), around the widget that has the focus now."""
    keeper = app.findChild(FocusRingKeeper)
    if keeper is None:
        keeper = FocusRingKeeper(app)
    keeper.set_width(width_px)
    keeper.place_again(app.focusWidget())
    return keeper
