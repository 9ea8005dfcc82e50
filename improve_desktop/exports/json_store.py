"""``export json``: the whole store (or one project) as versioned JSON (``docs/json-format.md``)."""

from __future__ import annotations

import json
from pathlib import Path

from improve_desktop.fileio import atomic_write
from improve_desktop.services.store_json import StoreJsonService
from improve_desktop.store.engine import Store


def export_store_json(store: Store, output: Path, project_id: str | None = None) -> dict[str, int]:
    """Write every table (or one project's rows) to ``output`` at once, or leave it as it was.

    Returns the number of rows per table.
    """
    document = StoreJsonService(store).export_document(project_id)
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    atomic_write(Path(output), text)
    return {name: len(rows) for name, rows in document["tables"].items()}
