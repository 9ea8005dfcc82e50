"""Baseline for the start-up benchmark: a bare PySide6 window with the same libraries imported.

It imports the libraries Improve Desktop imports at start (Qt widgets and charts, the
SQLAlchemy ORM, Pydantic's BaseModel, platformdirs), shows an empty main window of the same
size and quits once the event loop runs. The difference to the application is our own work:
migrations check, queries, models and widgets.
"""

from __future__ import annotations

import sys

import platformdirs  # noqa: F401
from pydantic import BaseModel  # noqa: F401
from sqlalchemy.orm import DeclarativeBase  # noqa: F401

# Qt last, as the application does (see improve_desktop/app.py for why the order matters).
from PySide6.QtCharts import QChartView  # noqa: F401
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.setWindowTitle("bare")
window.show()
# As the application's --quit-after-shown: let the window be drawn, say so, leave.
app.processEvents()
print("improve-desktop: window shown", flush=True)
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
