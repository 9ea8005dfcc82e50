"""Baseline for the start-up benchmark: a bare PySide6 window with the same libraries imported.

    python bench/bare_window.py [LIBRARIES.txt]

With a file (bench/startup.py writes it from the application's own start-up), it imports,
in the application's order, every module the application has imported by the time its window
is drawn, except the application's own; without one, the main libraries (Qt widgets and
charts, the SQLAlchemy ORM, Pydantic, platformdirs). It then shows an empty main window of the
same size and says so once the window has been drawn, as the application does. The difference
to the application is its own work: its modules, the store, queries and widgets.
"""

from __future__ import annotations

import importlib
import sys

if len(sys.argv) > 1:
    with open(sys.argv[1], encoding="utf-8") as listing:
        for name in listing.read().split():
            try:
                importlib.import_module(name)
            except ImportError:
                pass  # e.g. shiboken's embedded support modules, which Qt loads by itself
else:
    import platformdirs  # noqa: F401
    from pydantic import BaseModel  # noqa: F401

    # Qt last, as the application does (see improve_desktop/app.py for why the order matters).
    from PySide6.QtCharts import QChartView  # noqa: F401
    from sqlalchemy.orm import DeclarativeBase  # noqa: F401

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    """Says the window has been drawn once its first paint is done (as the application's)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, drawn)
        return False


def drawn() -> None:
    print("improve-desktop: window shown", flush=True)
    app.quit()


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.setWindowTitle("bare")
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
