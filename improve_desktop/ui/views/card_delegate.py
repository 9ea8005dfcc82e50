"""What the card delegates share: a card as wide as its column, wrapped text, an edge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

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
    def is_selected(option: QStyleOptionViewItem) -> bool:
        return bool(option.state & QStyle.StateFlag.State_Selected)

    def draw_card(self, painter: QPainter, option: QStyleOptionViewItem, fill: QColor,
                  edge: QColor) -> QRect:
        """The card's rounded box in ``option``'s rectangle; returns where its text goes.
        The caller saves and restores the painter.

        The card the keyboard is on, when it is not chosen (moving with Ctrl+arrows in a
        column leaves the choice where it was), gets a dashed edge in the highlight colour.
        """
        selected = self.is_selected(option)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = option.rect.adjusted(self.margin, self.margin, -self.margin, -self.margin)
        pen = QPen(edge, self.edge_width(selected, focused))
        if focused and not selected:
            pen.setColor(option.palette.color(QPalette.ColorRole.Highlight))
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 4, 4)
        return card.adjusted(self.pad, self.pad, -self.pad, -self.pad)
