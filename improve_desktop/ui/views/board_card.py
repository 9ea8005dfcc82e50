"""Draws a board item as a card: an edged box with the item's lines wrapped inside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
_MARGIN = 2
_PAD = 6
_WRAP = int(Qt.TextFlag.TextWordWrap)


class BoardCardDelegate(QStyledItemDelegate):
    """A card as wide as the column; a chosen card has a thick edge as well as its colour."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        return max(60, self._view.viewport().width() - 2 * (_MARGIN + _PAD) - 2 * 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data() or "")
        width = self._text_width()
        height = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, width, 10_000), _WRAP, text).height()
        return QSize(width + 2 * (_MARGIN + _PAD), height + 2 * (_MARGIN + _PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
        if selected:
            fill = palette.color(QPalette.ColorRole.Highlight)
            ink = palette.color(QPalette.ColorRole.HighlightedText)
            edge = palette.color(QPalette.ColorRole.Text)
        else:
            fill = palette.color(QPalette.ColorRole.Base)
            ink = palette.color(QPalette.ColorRole.Text)
            edge = palette.color(QPalette.ColorRole.Mid)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 3 if selected and focused else 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 4, 4)
        painter.setPen(ink)
        painter.setFont(option.font)
        painter.drawText(card.adjusted(_PAD, _PAD, -_PAD, -_PAD), _WRAP,
                         str(index.data() or ""))
        painter.restore()
