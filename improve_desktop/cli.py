"""Command line: the GUI unless a sub-command is given. See DESIGN.md for the contract.

Errors are one readable line on stderr and a non-zero exit code, never a traceback for bad
input. Sub-commands do not import Qt, so that scripts stay fast and work without a display.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from improve_desktop import __version__, paths

PROG = "improve-desktop"
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A failure to report as one line, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{PROG} --help')", EXIT_USAGE)


def _database_option(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    # Accepted before and after the sub-command; the later one wins.
    parser.add_argument(
        "--database",
        metavar="PATH",
        type=Path,
        default=None if top_level else argparse.SUPPRESS,
        help=f"database file (default: ${paths.DATABASE_ENV} or {paths.DEFAULT_DATABASE_NAME} "
        "in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Improve Desktop: steer development projects in short, learning iterations.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _database_option(parser, top_level=True)
    parser.add_argument("--lang", choices=("sv", "en"), help="language of the user interface")
    parser.add_argument("--quit-after-shown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="fill the database with the demo data set")
    demo.add_argument("--scale", type=int, default=1, metavar="N",
                      help="multiply projects and items by N (for benchmarks)")
    _database_option(demo, top_level=False)

    check = commands.add_parser("check", help="integrity and schema check; exit 0 when healthy")
    _database_option(check, top_level=False)

    backup = commands.add_parser(
        "backup", help="write a verified copy of the database (by default to backups/, rotated)")
    backup.add_argument("--output", type=Path, metavar="FILE", help="where to write the copy")
    _database_option(backup, top_level=False)

    listing = commands.add_parser("list", help="list projects, iterations or meetings")
    listing.add_argument("what", choices=("projects", "iterations", "meetings"))
    listing.add_argument("--project", metavar="CODE",
                         help="only this project's iterations (or its cluster's meetings)")
    listing.add_argument("--meeting", metavar="ID",
                         help="one meeting with its agenda, decisions and actions (meetings "
                         "only; an unambiguous start of the id is enough)")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _database_option(listing, top_level=False)

    export = commands.add_parser("export", help="write a workbook for a steering meeting")
    kinds = export.add_subparsers(dest="export_kind", metavar="KIND", parser_class=_Parser,
                                  required=True)
    review = kinds.add_parser("review", help="the sprint review pack of one iteration (.xlsx)")
    review.add_argument("--project", required=True, metavar="CODE")
    review.add_argument("--iteration", required=True, type=int, metavar="N")
    review.add_argument("--output", required=True, type=Path, metavar="FILE.xlsx")
    review.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                        help="language of the pack (default: sv)")
    _database_option(review, top_level=False)
    meeting = kinds.add_parser("meeting", help="the pack of a steering meeting (.xlsx)")
    meeting.add_argument("--meeting", required=True, metavar="ID",
                         help="the meeting's id (see 'list meetings'), or its first characters")
    meeting.add_argument("--output", required=True, type=Path, metavar="FILE.xlsx")
    meeting.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                         help="language of the pack (default: sv)")
    _database_option(meeting, top_level=False)
    template = kinds.add_parser(
        "backlog-template", help="the backlog import template (.xlsx), empty or with a backlog")
    template.add_argument("--output", required=True, type=Path, metavar="FILE.xlsx")
    template.add_argument("--project", metavar="CODE", help="fill it with this project's items")
    template.add_argument("--lang", choices=("sv", "en"), default=argparse.SUPPRESS,
                          help="language of the headings (default: sv)")
    _database_option(template, top_level=False)
    store_json = kinds.add_parser("json", help="the whole store (or a project) as versioned JSON")
    store_json.add_argument("--output", required=True, type=Path, metavar="FILE.json")
    store_json.add_argument("--project", metavar="CODE", help="only this project and what it uses")
    _database_option(store_json, top_level=False)
    _database_option(export, top_level=False)

    importing = commands.add_parser("import", help="read data into the database")
    import_kinds = importing.add_subparsers(dest="import_kind", metavar="KIND",
                                            parser_class=_Parser, required=True)
    import_json = import_kinds.add_parser(
        "json", help="a file from 'export json', into an empty (or new) database")
    import_json.add_argument("file", type=Path, metavar="FILE.json")
    _database_option(import_json, top_level=False)
    import_backlog = import_kinds.add_parser(
        "backlog", help="items from our template or a Jira, Trello or Taiga export")
    import_backlog.add_argument("file", type=Path, metavar="FILE")
    import_backlog.add_argument("--project", required=True, metavar="CODE")
    import_backlog.add_argument("--dry-run", action="store_true",
                                help="check the file and show what would be imported")
    _database_option(import_backlog, top_level=False)
    from improve_desktop.cli_participants import add_parser as add_participants_parser

    add_participants_parser(import_kinds, _database_option)
    _database_option(importing, top_level=False)
    return parser


def resolve_database(option: Path | None) -> Path:
    if option is not None:
        return option.expanduser()
    from_env = os.environ.get(paths.DATABASE_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return paths.default_database_path()


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=False)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
              for row in rows]
    return "\n".join(lines)


def _open_existing(database: Path) -> Any:
    from improve_desktop.store.migrate import open_store

    return open_store(database, create=False).store


def _command_demo(args: argparse.Namespace, database: Path) -> int:
    from improve_desktop.services.demo import DemoService
    from improve_desktop.store.lock import WriterLock
    from improve_desktop.store.migrate import open_store

    # A writer like the application: refused while a window has the database open.
    with WriterLock(database.expanduser().absolute()):
        opened = open_store(database)
        try:
            summary = DemoService(opened.store).load(scale=args.scale).value
        finally:
            opened.store.close()
    print(
        f"demo data loaded into {database}: {summary.organisations} organisations, "
        f"{summary.clusters} steering clusters, {summary.projects} projects, "
        f"{summary.iterations} iterations, {summary.items} backlog items"
    )
    return EXIT_OK


def _command_check(_args: argparse.Namespace, database: Path) -> int:
    from improve_desktop.services.maintenance import check_database

    report = check_database(database)
    stream = sys.stdout if report.healthy else sys.stderr
    for message in report.messages:
        print(message, file=stream)
    return EXIT_OK if report.healthy else EXIT_FAILURE


def _command_backup(args: argparse.Namespace, database: Path) -> int:
    from improve_desktop.services.maintenance import make_backup

    target = make_backup(database, args.output)
    print(f"backup written and verified: {target}")
    return EXIT_OK


def _command_list(args: argparse.Namespace, database: Path) -> int:
    from improve_desktop.services.projects import ProjectService

    if args.meeting and args.what != "meetings":
        raise CliError("--meeting only applies to 'list meetings'", EXIT_USAGE)
    store = _open_existing(database)
    try:
        service = ProjectService(store)
        if args.what == "meetings":
            return _list_meetings(args, store, service)
        if args.what == "projects":
            if args.project:
                raise CliError("--project only applies to 'list iterations'", EXIT_USAGE)
            records: list[Any] = service.list_projects()
            headers = ["code", "name", "status", "start", "end", "organisation", "iterations",
                       "items"]
            rows = [[p.code, p.name, p.status.value, p.start_date.isoformat(),
                     p.end_date.isoformat(), p.owner_organisation, str(p.iterations),
                     str(p.items)] for p in records]
        else:
            records = service.list_iterations(args.project)
            headers = ["project", "number", "name", "state", "start", "end", "capacity",
                       "committed", "completed"]
            rows = [[i.project_code, str(i.number), i.name, i.state.value,
                     i.start_date.isoformat(), i.end_date.isoformat(), str(i.capacity_points),
                     "" if i.committed_points is None else str(i.committed_points),
                     "" if i.completed_points is None else str(i.completed_points)]
                    for i in records]
    finally:
        store.close()
    if args.json:
        payload = [record.model_dump(mode="json") for record in records]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif rows:
        print(_table(rows, headers))
    else:
        print(f"no {args.what}")
    return EXIT_OK


def _list_meetings(args: argparse.Namespace, store: Any, projects: Any) -> int:
    """Meetings (newest first), or with ``--meeting`` one meeting's whole record."""
    from improve_desktop.services.meetings import MeetingService

    meetings = MeetingService(store)
    cluster_id = None
    if args.project:
        project = projects.get_project(projects.find_project_id(args.project))
        if project.steering_cluster_id is None:
            raise CliError(f"project {args.project} has no steering cluster")
        cluster_id = project.steering_cluster_id
    listed = meetings.list_meetings(cluster_id)
    if args.meeting:
        wanted = args.meeting.strip().lower()
        found = [m for m in listed if m.id == wanted or (len(wanted) >= 6
                                                        and m.id.startswith(wanted))]
        if len(found) != 1:
            raise CliError(f"no meeting {args.meeting!r}" if not found
                           else f"{args.meeting!r} matches {len(found)} meetings; give more of "
                           "the id")
        record = meetings.record(found[0].id)
        if args.json:
            json.dump(record.model_dump(mode="json"), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return EXIT_OK
        listed = [record.meeting]
        rows = [[f"{d.reference}", d.status.value, d.title] for d in record.decisions]
        rows += [["action", a.status.value, a.text] for a in record.actions]
        print(_table([[m.id, m.cluster_code, m.meeting_date.isoformat(), m.start_time,
                       m.state.value, m.place] for m in listed],
                     ["id", "cluster", "date", "time", "state", "place"]))
        print()
        print(_table(rows, ["decision/action", "status", "text"]) if rows
              else "no decisions or actions")
        return EXIT_OK
    if args.json:
        json.dump([m.model_dump(mode="json") for m in listed], sys.stdout,
                  ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif listed:
        print(_table([[m.id, m.cluster_code, m.meeting_date.isoformat(), m.start_time,
                       m.state.value, str(m.decisions), str(m.actions), m.place]
                      for m in listed],
                     ["id", "cluster", "date", "time", "state", "decisions", "actions",
                      "place"]))
    else:
        print("no meetings")
    return EXIT_OK


def _command_export(args: argparse.Namespace, database: Path) -> int:
    output: Path = args.output.expanduser()
    suffix = ".json" if args.export_kind == "json" else ".xlsx"
    if output.suffix.lower() != suffix:
        raise CliError(f"the output must be a {suffix} file: {output}", EXIT_USAGE)
    if output.is_dir():
        raise CliError(f"the output is a folder: {output}", EXIT_USAGE)
    if not output.parent.is_dir():
        raise CliError(f"no such folder: {output.parent}", EXIT_FAILURE)
    store = _open_existing(database)
    if args.export_kind == "meeting":
        from improve_desktop.exports.meeting_pack import export_meeting_pack

        try:
            written = export_meeting_pack(store, args.meeting, output,
                                          language=getattr(args, "lang", None) or "sv")
        finally:
            store.close()
        print(f"meeting pack written: {written}")
        return EXIT_OK
    if args.export_kind == "backlog-template":
        from improve_desktop.cli_backlog import export_template

        return export_template(store, args, output)
    if args.export_kind == "json":
        from improve_desktop.exports.json_store import export_store_json

        try:
            project_id = None
            if args.project:
                from improve_desktop.services.projects import ProjectService

                project_id = ProjectService(store).find_project_id(args.project)
            counts = export_store_json(store, output, project_id)
        finally:
            store.close()
        print(f"store written as JSON: {output} ({sum(counts.values())} rows)")
        return EXIT_OK
    from improve_desktop.exports.review_pack import export_review_pack

    try:
        from improve_desktop.settings import load_settings

        written = export_review_pack(store, args.project, args.iteration, output,
                                     language=getattr(args, "lang", None) or "sv",
                                     threshold=load_settings().suppression_threshold)
    finally:
        store.close()
    print(f"review pack written: {written}")
    return EXIT_OK


def _command_import(args: argparse.Namespace, database: Path) -> int:
    if args.import_kind == "backlog":
        from improve_desktop.cli_backlog import import_backlog

        return import_backlog(args, database)
    if args.import_kind == "participants":
        from improve_desktop.cli_participants import import_participants

        return import_participants(args, database)
    from improve_desktop.imports.json_store import import_store_json
    from improve_desktop.store.lock import WriterLock
    from improve_desktop.store.migrate import open_store

    source: Path = args.file.expanduser()
    if not source.is_file():
        raise CliError(f"no such file: {source}")
    with WriterLock(database.expanduser().absolute()):
        opened = open_store(database)
        try:
            counts = import_store_json(opened.store, source)
        finally:
            opened.store.close()
    print(f"imported into {database}: {sum(counts.values())} rows in "
          f"{sum(1 for n in counts.values() if n)} tables")
    return EXIT_OK


COMMANDS = {
    "demo": _command_demo,
    "check": _command_check,
    "backup": _command_backup,
    "list": _command_list,
    "export": _command_export,
    "import": _command_import,
}


def run(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run; returns the exit code. Used by ``main`` and by tests."""
    # The application uses no Pydantic plugins; looking for them reads the metadata of every
    # installed distribution when the first model is built (~5 ms of the start, more where
    # many packages are installed). An explicit setting of the user's is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    collecting = gc.isenabled()
    # Start-up makes hundreds of thousands of objects that live as long as the process
    # (modules, classes, mappers, widgets); the cyclic collector would scan them again and
    # again (about 60 ms before the window is drawn). The GUI turns it on again once its
    # window has been drawn, sub-commands right after parsing, and the finally in any case.
    gc.disable()
    try:
        return _run(argv, collecting)
    finally:
        if collecting:
            gc.enable()


def _run(argv: Sequence[str] | None, collecting: bool) -> int:
    from improve_desktop.services.errors import ServiceError
    from improve_desktop.store.errors import StoreError

    try:
        args = build_parser().parse_args(argv)
        database = resolve_database(args.database)
        if args.command is None:
            from improve_desktop.app import run_gui

            return run_gui(database, language=args.lang, quit_after_shown=args.quit_after_shown,
                           database_given=args.database is not None
                           or bool(os.environ.get(paths.DATABASE_ENV)),
                           collect_after_start=collecting)
        if collecting:
            gc.enable()
        return COMMANDS[args.command](args, database)
    except CliError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return error.code
    except (StoreError, ServiceError) as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away (e.g. ``| head``); that is not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except OSError as error:
        print(f"{PROG}: error: {error.strerror or error}: {error.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return EXIT_FAILURE


def main() -> None:
    sys.exit(run())
