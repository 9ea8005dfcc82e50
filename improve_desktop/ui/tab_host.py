"""The place of a project tab whose view is built the first time it is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class TabHost(QWidget):
    """A project tab's place: empty until its view is first shown, then a scroll area.

    The scroll area lets a view taller than a small screen (1280×720) scroll instead of
    pushing the window's bottom and status bar off the screen. It is made with the view,
    so that the start-up builds one plain widget per unopened tab.
    """

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setAccessibleName(title)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_view(self, view: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.accessibleName())
        scroll.setWidget(view)
        scroll.setFocusProxy(view)
        self._layout.addWidget(scroll)
        self.setFocusProxy(view)
