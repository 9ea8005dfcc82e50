"""``import backlog`` and ``export backlog-template``: the command line's backlog files.

Kept apart from :mod:`improve_desktop.cli` so that the parser stays short; imported only when
one of these sub-commands runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from improve_desktop.cli import EXIT_FAILURE, EXIT_OK, CliError
from improve_desktop.store.engine import Store


def export_template(store: Store, args: argparse.Namespace, output: Path) -> int:
    from improve_desktop.exports.backlog_template import write_template
    from improve_desktop.services.backlog import BacklogService
    from improve_desktop.services.organisations import OrganisationService
    from improve_desktop.services.projects import ProjectService

    try:
        items = []
        if args.project:
            project_id = ProjectService(store).find_project_id(args.project)
            items = BacklogService(store).list_items(project_id)
        methods = OrganisationService(store).list_methods()
        write_template(output, getattr(args, "lang", None) or "sv", methods, items)
    finally:
        store.close()
    print(f"backlog template written: {output} ({len(items)} items)")
    return EXIT_OK


def import_backlog(args: argparse.Namespace, database: Path) -> int:
    from improve_desktop.imports.problem_text import problem_text, refusal_text
    from improve_desktop.imports.tables import ImportRefused
    from improve_desktop.services.backlog_import import BacklogImportService
    from improve_desktop.services.projects import ProjectService
    from improve_desktop.store.lock import WriterLock
    from improve_desktop.store.migrate import open_store

    source: Path = args.file.expanduser()
    with WriterLock(database.expanduser().absolute()):
        store = open_store(database, create=False).store
        try:
            service = BacklogImportService(store)
            project_id = ProjectService(store).find_project_id(args.project)
            try:
                plan = service.plan_file(project_id, source)
            except ImportRefused as refusal:
                raise CliError(f"{source}: {refusal_text(refusal)}", EXIT_FAILURE) from None
            for problem in plan.problems:
                kind = "error" if problem.error else "note"
                print(f"{source}: {kind}: {problem_text(problem)}")
            summary = (f"{len(plan.items)} items from a {plan.source_format} file"
                       + (f", {plan.skipped} archived left out" if plan.skipped else ""))
            if plan.errors:
                raise CliError(f"{len(plan.errors)} problems in {source}; nothing was "
                               f"imported ({summary})", EXIT_FAILURE)
            if not plan.items:
                raise CliError(f"{source} holds no items; nothing was imported", EXIT_FAILURE)
            if args.dry_run:
                print(f"dry run: would import {summary} into {plan.project_code}")
                return EXIT_OK
            service.commit(plan, by="import")
        finally:
            store.close()
    print(f"imported {summary} into {plan.project_code}")
    return EXIT_OK
