"""What start-up imports: the window's first screen needs neither openpyxl nor Alembic, nor the
tables of the steering and results features (they load when first used)."""

from __future__ import annotations

import subprocess
import sys

NOT_AT_START = ("openpyxl", "alembic", "improve_desktop.store.steering_models",
                "improve_desktop.store.retro_models", "improve_desktop.services.steering_schemas",
                "improve_desktop.services.planning_schemas", "improve_desktop.services.backlog",
                "improve_desktop.store.results_models", "improve_desktop.services.demo")


def test_the_start_up_path_leaves_heavy_and_feature_modules_out() -> None:
    script = (
        "import sys\n"
        "import improve_desktop.app, improve_desktop.services.maintenance\n"
        "import improve_desktop.services.workspace, improve_desktop.ui.main_window\n"
        f"print([name for name in {NOT_AT_START!r} if name in sys.modules])\n"
    )
    found = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert found.stdout.strip() == "[]", found.stdout + found.stderr
