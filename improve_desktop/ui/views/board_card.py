"""Draws a board item as a card: an edged box with the item's lines wrapped inside it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from improve_desktop.ui.views.card_delegate import WRAP, CardDelegate, Index


class BoardCardDelegate(CardDelegate):
    """A card as wide as the column; a chosen card has a thick edge as well as its colour."""

    margin = 2
    pad = 6
    spare = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self.text_width()
        height = self.wrapped_height(option.font, width, str(index.data() or ""))
        return QSize(width + 2 * (self.margin + self.pad), height + 2 * (self.margin + self.pad))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette = option.palette
        if self.is_selected(option):
            fill = palette.color(QPalette.ColorRole.Highlight)
            ink = palette.color(QPalette.ColorRole.HighlightedText)
            edge = palette.color(QPalette.ColorRole.Text)
        else:
            fill = palette.color(QPalette.ColorRole.Base)
            ink = palette.color(QPalette.ColorRole.Text)
            edge = palette.color(QPalette.ColorRole.Mid)
        painter.save()
        inner = self.draw_card(painter, option, fill, edge)
        painter.setPen(ink)
        painter.setFont(option.font)
        painter.drawText(inner, WRAP, str(index.data() or ""))
        painter.restore()
