"""Draws a retrospective note as a card: its text wrapped, and a smaller line of details."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from improve_desktop.ui.qt_models.retro_models import NOTE_ROLE, note_details

Index = QModelIndex | QPersistentModelIndex
_MARGIN = 4
_PAD = 8
_WRAP = int(Qt.TextFlag.TextWordWrap)


class NoteCardDelegate(QStyledItemDelegate):
    """A sticky-note card; the words and symbols on it carry the meaning, not its colour."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self) -> int:
        return max(60, self._view.viewport().width() - 2 * (_MARGIN + _PAD))

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
        width = self._text_width()
        height = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 10_000), _WRAP,
                                                         text).height()
        if details:
            height += 4 + QFontMetrics(self._small(option.font)).boundingRect(
                QRect(0, 0, width, 10_000), _WRAP, details).height()
        return QSize(width + 2 * (_MARGIN + _PAD), height + 2 * (_MARGIN + _PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text, details = self._parts(index)
        palette = option.palette
        dark_theme = palette.color(QPalette.ColorRole.Base).lightness() < 128
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = option.rect.adjusted(_MARGIN, _MARGIN, -_MARGIN, -_MARGIN)
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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 3 if selected and focused else 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 4, 4)
        inner = card.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.setPen(ink)
        painter.setFont(option.font)
        used = painter.boundingRect(inner, _WRAP, text)
        painter.drawText(inner, _WRAP, text)
        if details:
            painter.setFont(self._small(option.font))
            painter.drawText(inner.adjusted(0, used.height() + 4, 0, 0), _WRAP, details)
        painter.restore()
