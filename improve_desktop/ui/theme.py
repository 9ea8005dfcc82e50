"""Normal and high-contrast appearance, with a focus frame that is always visible."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from improve_desktop import paths

_FOCUS_STYLE = """
QAbstractItemView:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus,
QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPushButton:focus, QCheckBox:focus {
    outline: none;
    border: 2px solid palette(highlight);
}
"""


def high_contrast_palette() -> QPalette:
    """White on black with yellow highlights (the pairing used by Windows' High Contrast #1)."""
    palette = QPalette()
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00"), QColor("#00ffff")
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


def apply_theme(app: QApplication, *, high_contrast: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(high_contrast_palette() if high_contrast else app.style().standardPalette())
    sheet = (paths.resources_dir() / "styles" / "base.qss").read_text(encoding="utf-8")
    if high_contrast:
        sheet += (paths.resources_dir() / "styles" / "high_contrast.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet + _FOCUS_STYLE)
