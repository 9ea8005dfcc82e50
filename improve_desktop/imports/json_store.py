"""``import json``: read a store document (``docs/json-format.md``) into an empty database.

The file is size-checked before it is parsed, parsed whole, validated whole by
:class:`~improve_desktop.services.store_json.StoreJsonService`, and only then written, in one
transaction. Any problem leaves the database as it was.
"""

from __future__ import annotations

import json
from pathlib import Path

from improve_desktop.services.errors import Refused
from improve_desktop.services.store_json import StoreJsonService
from improve_desktop.store.engine import Store

MAX_BYTES = 512 * 1024 * 1024  # far beyond any real portfolio; stops a runaway file early


def read_store_json(path: Path) -> object:
    """The parsed JSON of ``path``; ``Refused`` (one readable sentence) when it cannot be."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise Refused("too_large", f"{path} is {size // (1024 * 1024)} MB; the limit is "
                                   f"{MAX_BYTES // (1024 * 1024)} MB")
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except UnicodeDecodeError:
        raise Refused("not_utf8", f"{path} is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise Refused("not_json", f"{path} is not valid JSON (line {error.lineno}, column "
                                  f"{error.colno}: {error.msg})") from None


def import_store_json(store: Store, path: Path) -> dict[str, int]:
    """Rows written per table; nothing is written unless all of the file is good."""
    return StoreJsonService(store).import_document(read_store_json(path)).value
