"""Fixtures for the store tests: stored databases, file snapshots, extra migration revisions."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

FIXTURES_DIR = Path(__file__).resolve().parents[1] / "fixtures"

Rows = dict[str, list[dict[str, Any]]]


def read_rows(path: Path) -> Rows:
    """Every row of every table, sorted, read without leaving companion files behind."""
    live = path.with_name(path.name + "-wal").exists()
    uri = path.absolute().as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        connection.row_factory = sqlite3.Row
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        return {
            table: sorted(
                (dict(row) for row in connection.execute(f'SELECT * FROM "{table}"')), key=repr
            )
            for table in tables
        }


def snapshot_files(folder: Path) -> dict[str, bytes]:
    """The name and bytes of every file in ``folder``: compare two to prove nothing changed."""
    return {item.name: item.read_bytes() for item in sorted(folder.iterdir()) if item.is_file()}


def revision_of(path: Path) -> str:
    return str(read_rows(path)["alembic_version"][0]["version_num"])


@pytest.fixture
def rows_of() -> Callable[[Path], Rows]:
    return read_rows


@pytest.fixture
def files_in() -> Callable[[Path], dict[str, bytes]]:
    return snapshot_files


@pytest.fixture
def revision_in() -> Callable[[Path], str]:
    return revision_of


@pytest.fixture
def stored_0001(tmp_path: Path) -> Path:
    """A private copy of the stored database at revision 0001_core."""
    target = tmp_path / "stored" / "schema_0001_core.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(FIXTURES_DIR / "schema_0001_core.sqlite3", target)
    return target


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], str]:
    """Install one more migration after the real head, as if the application had a new version.

    The migrations folder is copied, the new revision written into it, and the store is
    pointed at the copy; the revision becomes the head that ``open_store`` upgrades to.
    Returns a function taking the body (``upgrade``/``downgrade``) and giving the revision id.
    """
    from improve_desktop.paths import migrations_dir
    from improve_desktop.services import maintenance
    from improve_desktop.store import migrate
    from improve_desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS

    def install(body: str, revision: str = "0002_test") -> str:
        folder = tmp_path / f"migrations-{revision}"
        shutil.copytree(migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
        header = textwrap.dedent(
            f"""\
            import sqlalchemy as sa
            from alembic import op

            revision = {revision!r}
            down_revision = {HEAD_REVISION!r}
            branch_labels = None
            depends_on = None

            """
        )
        (folder / "versions" / f"{revision}.py").write_text(
            header + textwrap.dedent(body), encoding="utf-8"
        )

        def config() -> Any:
            from alembic.config import Config

            patched = Config()
            patched.set_main_option("script_location", str(folder))
            return patched

        monkeypatch.setattr(migrate, "alembic_config", config)
        monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, revision))
        monkeypatch.setattr(migrate, "HEAD_REVISION", revision)
        monkeypatch.setattr(maintenance, "HEAD_REVISION", revision)
        return revision

    return install
