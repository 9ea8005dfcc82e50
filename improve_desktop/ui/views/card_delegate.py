"""What the card delegates share: a card as wide as its column, wrapped text, an edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyledItemDelegate

Index = QModelIndex | QPersistentModelIndex
WRAP = int(Qt.TextFlag.TextWordWrap)


class CardDelegate(QStyledItemDelegate):
    """Base of the board's and the retrospective's card delegates.

    ``margin`` is the space around a card, ``pad`` the space inside its edge, ``spare`` what
    else the column's width must leave (a scroll bar's room).
    """

    margin = 4
    pad = 8
    spare = 0

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def text_width(self) -> int:
        return max(60, self._view.viewport().width() - 2 * (self.margin + self.pad) - self.spare)

    @staticmethod
    def wrapped_height(font: QFont, width: int, text: str) -> int:
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), WRAP, text).height()

    @staticmethod
    def edge_width(selected: bool, focused: bool) -> int:
        """A chosen card's edge is thicker, and thicker still where the keyboard is: its
        colour is never the only sign."""
        return 3 if selected and focused else 2 if selected or focused else 1

    @staticmethod
    def draw_card(painter: QPainter, card: QRect, fill: QColor, edge: QColor,
                  edge_width: int, *, keyboard_here: bool = False) -> None:
        """The card's rounded box; the caller saves and restores the painter.

        ``keyboard_here`` marks the card the keyboard is on when it is not chosen (moving
        with Ctrl+arrows in a column leaves the choice where it was): a dashed edge.
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(edge, edge_width)
        if keyboard_here:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 4, 4)
