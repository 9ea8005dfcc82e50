"""Every table of the store, for what works on the whole schema.

Alembic's environment (the models compared with the migrations), the JSON export and import
of the whole store, and the tests import this module. The application itself imports only the
model modules its services need, so that start-up does not pay for tables it does not read.
"""

from __future__ import annotations

from improve_desktop.store import models, results_models, retro_models, steering_models
from improve_desktop.store.base import Base

__all__ = ["Base", "models", "results_models", "retro_models", "steering_models"]
