"""``import participants``: aggregated participant figures (a SUS export) from the command line.

The column mapping is the one remembered for the source (made once in Results → Participants →
Import…); without it the command names the columns it needs and stores nothing. A file with a
personal identity number is refused, naming the column and row. Only counts are printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from improve_desktop.cli import EXIT_FAILURE, EXIT_OK, CliError

NEEDED = ("period (or period_start and period_end), gender, age_band, and at least one count: "
          "started, ended, exit_work, exit_studies, exit_job_seeking, exit_other, exit_not_known")


def add_parser(import_kinds: argparse._SubParsersAction, database_option) -> None:  # type: ignore[type-arg, no-untyped-def]
    parser = import_kinds.add_parser(
        "participants", help="aggregated participant figures (CSV or XLSX, e.g. from SUS)")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--project", required=True, metavar="CODE")
    parser.add_argument("--source", default="SUS", metavar="NAME",
                        help="whose export it is; its remembered column mapping is used "
                             "(default SUS)")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the file and show what would be imported")
    database_option(parser, top_level=False)


def import_participants(args: argparse.Namespace, database: Path) -> int:
    from improve_desktop.imports import participants as importing
    from improve_desktop.services.errors import ServiceError, ValidationFailed
    from improve_desktop.services.participants import ParticipantService
    from improve_desktop.services.projects import ProjectService
    from improve_desktop.store.lock import WriterLock
    from improve_desktop.store.migrate import open_store

    source_file: Path = args.file.expanduser()
    source = args.source.strip() or "SUS"
    try:
        table = importing.read_table(source_file)
    except importing.IdentityNumberFound as refusal:
        raise CliError(f"{source_file}: refused: column {refusal.column!r}, row {refusal.row} "
                       "holds a personal identity number; only aggregated figures may be "
                       "imported, so nothing was stored", EXIT_FAILURE) from None
    except (ServiceError, OSError, ValueError) as error:
        raise CliError(f"{source_file}: cannot be read: {error}", EXIT_FAILURE) from None
    with WriterLock(database.expanduser().absolute()):
        store = open_store(database, create=False).store
        try:
            service = ParticipantService(store)
            projects = ProjectService(store)
            project_id = projects.find_project_id(args.project)
            code = projects.get_project(project_id).code
            mapping = service.mapping_for(source)
            if not mapping:
                raise CliError(
                    f"no column mapping remembered for the source {source!r}; the command needs "
                    f"columns for {NEEDED}. The file's columns are: "
                    f"{', '.join(table.headers)}. Map them once in Results → Participants → "
                    "Import… (the mapping is remembered per source), then run this again. "
                    "Nothing was stored.", EXIT_FAILURE)
            problems = importing.mapping_problems(mapping, table.headers)
            if problems:
                for problem in problems:
                    print(f"{source_file}: error: {problem.field}: {problem.message}")
                raise CliError(f"the mapping remembered for {source!r} does not fit "
                               f"{source_file}; it needs columns for {NEEDED}. Nothing was "
                               "stored.", EXIT_FAILURE)
            result = importing.preview(table, mapping)
            for problem in result.problems:
                print(f"{source_file}: error: {problem.field}: {problem.message}")
            summary = (f"{len(result.rows)} rows over {result.periods} periods "
                       f"(started {result.started}, ended {result.ended})")
            if not result.ok:
                raise CliError(f"{len(result.problems)} problems in {source_file}; nothing was "
                               "imported", EXIT_FAILURE)
            if args.dry_run:
                print(f"dry run: would import {summary} into {code}")
                return EXIT_OK
            try:
                importing.commit(service, project_id, table, mapping, source)
            except ValidationFailed as failure:
                raise CliError(f"{source_file}: {failure}; nothing was imported",
                               EXIT_FAILURE) from None
        finally:
            store.close()
    print(f"imported {summary} into {code}")
    return EXIT_OK
