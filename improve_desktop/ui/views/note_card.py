"""Draws a retrospective note as a card: its text wrapped, and a smaller line of details."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from improve_desktop.ui.qt_models.retro_models import NOTE_ROLE, note_details
from improve_desktop.ui.views.card_delegate import WRAP, CardDelegate, Index


class NoteCardDelegate(CardDelegate):
    """A sticky-note card; the words and symbols on it carry the meaning, not its colour."""

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small

    def _parts(self, index: Index) -> tuple[str, str]:
        note = index.data(NOTE_ROLE)
        if note is None:
            return str(index.data() or ""), ""
        return note.text, note_details(note)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text, details = self._parts(index)
        width = self.text_width()
        height = self.wrapped_height(option.font, width, text)
        if details:
            height += 4 + self.wrapped_height(self._small(option.font), width, details)
        return QSize(width + 2 * (self.margin + self.pad), height + 2 * (self.margin + self.pad))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text, details = self._parts(index)
        palette = option.palette
        dark_theme = palette.color(QPalette.ColorRole.Base).lightness() < 128
        selected = self.is_selected(option)
        if dark_theme:
            fill = palette.color(QPalette.ColorRole.Base)
            ink = palette.color(QPalette.ColorRole.Text)
            edge = palette.color(QPalette.ColorRole.Text)
        else:
            fill = QColor("#ffe98a") if selected else QColor("#fff6c4")
            ink = QColor("#1d1d1d")
            edge = QColor("#c9b458")
        if selected:
            edge = palette.color(QPalette.ColorRole.Highlight)
        painter.save()
        inner = self.draw_card(painter, option, fill, edge)
        painter.setPen(ink)
        painter.setFont(option.font)
        used = painter.boundingRect(inner, WRAP, text)
        painter.drawText(inner, WRAP, text)
        if details:
            painter.setFont(self._small(option.font))
            painter.drawText(inner.adjusted(0, used.height() + 4, 0, 0), WRAP, details)
        painter.restore()
