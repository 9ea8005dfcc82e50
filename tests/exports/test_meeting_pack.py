"""The steering meeting pack: agenda, project overview, project sheets, open actions, minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from improve_desktop.cli import run
from improve_desktop.domain.steering import MeetingState
from improve_desktop.exports.meeting_pack import export_meeting_pack
from improve_desktop.services.decisions import DecisionService
from improve_desktop.services.meetings import MeetingService
from improve_desktop.store.engine import Store
from tests.conftest import DEMO_TODAY


def meetings(store: Store, state: MeetingState, cluster: str = "SK") -> list:
    return [m for m in MeetingService(store).list_meetings()
            if m.state is state and m.cluster_code == cluster]


def values(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def texts(sheet) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(str(v) for row in values(sheet) for v in row if v is not None)


def test_held_meeting_pack_in_swedish(demo_store: Store, tmp_path: Path) -> None:
    held = meetings(demo_store, MeetingState.HELD)[0]
    record = MeetingService(demo_store).record(held.id)
    path = export_meeting_pack(demo_store, held.id, tmp_path / "möte.xlsx", language="sv",
                               today=DEMO_TODAY)

    workbook = load_workbook(path)
    assert workbook.sheetnames[:2] == ["Dagordning", "Projektöversikt"]
    assert workbook.sheetnames[-2:] == ["Öppna åtgärder", "Protokoll"]
    project_sheets = workbook.sheetnames[2:-2]
    assert project_sheets and all(name.startswith("SKE-") for name in project_sheets)

    agenda = texts(workbook["Dagordning"])
    for item in record.agenda:
        assert item.title in agenda
    assert "Flyttad till nästa möte" in agenda or "Behandlad" in agenda
    for attendee in record.attendees:
        assert attendee.name in agenda

    overview = workbook["Projektöversikt"]
    rows = values(overview)
    assert rows[0][:3] == ["Projekt", "Senaste iteration", "Mål"]
    codes = [row[0].split(" · ")[0] for row in rows[1:]]
    assert codes == sorted(project_sheets)
    for row in rows[1:]:
        assert isinstance(row[1], int) and isinstance(row[4], int) and isinstance(row[5], int)
        assert row[6] in {"I fas", "Risk för försening", "Ur fas",
                          "Kan inte bedömas (inga åtagna poäng)"}
    assert overview.freeze_panes == "B2" and overview.auto_filter.ref.startswith("A1:J")

    minutes = texts(workbook["Protokoll"])
    for decision in record.decisions:
        assert decision.reference in minutes and decision.title in minutes
    for action in record.actions:
        assert action.text in minutes
    assert "Ordförande" in minutes and "Justerare" in minutes and "Namnförtydligande" in minutes

    open_actions = DecisionService(demo_store).actions(cluster_id=held.steering_cluster_id,
                                                       open_only=True)
    actions_sheet = texts(workbook["Öppna åtgärder"])
    for action in open_actions:
        assert action.text in actions_sheet
    assert ("Ja, försenad" in actions_sheet) == any(a.overdue for a in open_actions)


def test_print_settings_header_and_properties(demo_store: Store, tmp_path: Path) -> None:
    held = meetings(demo_store, MeetingState.HELD)[0]
    path = export_meeting_pack(demo_store, held.id, tmp_path / "pack.xlsx", language="en",
                               today=DEMO_TODAY)
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1
        assert "Page &P of &N" in sheet.oddFooter.right.text
    assert workbook["Project overview"].page_setup.orientation == "landscape"
    assert workbook["Minutes"].page_setup.orientation == "portrait"
    assert workbook["Project overview"].print_title_rows in ("1:1", "$1:$1")
    assert workbook["Agenda"].oddHeader.left.text.startswith("Steering group meeting")
    assert workbook.properties.title.startswith("Steering group meeting SK")
    assert workbook.properties.language == "en-GB"


def test_a_planned_meeting_has_its_agenda_and_no_minutes_yet(demo_store: Store,
                                                               tmp_path: Path) -> None:
    planned = meetings(demo_store, MeetingState.PLANNED)[0]
    agenda = MeetingService(demo_store).agenda(planned.id)
    path = export_meeting_pack(demo_store, planned.id[:8], tmp_path / "next.xlsx",
                               language="en", today=DEMO_TODAY)
    workbook = load_workbook(path)
    listed = texts(workbook["Agenda"])
    assert all(item.title in listed for item in agenda)
    assert "Outcome" not in listed  # nothing has an outcome before the meeting
    assert "has not been held yet" in texts(workbook["Minutes"])


def test_decision_text_that_looks_like_a_formula_stays_text(demo_store: Store,
                                                             tmp_path: Path) -> None:
    held = meetings(demo_store, MeetingState.HELD)[0]
    decisions = DecisionService(demo_store)
    decisions.record({"title": "=HYPERLINK(\"http://x\",\"y\")", "meeting_id": held.id,
                      "text": "@SUM(A1:A2)", "rationale": "+1 -1"})
    path = export_meeting_pack(demo_store, held.id, tmp_path / "evil.xlsx", today=DEMO_TODAY)
    sheet = load_workbook(path)["Protokoll"]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    assert '=HYPERLINK("http://x","y")' in [cell.value for cell in cells]


def test_command_line(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from improve_desktop.store.migrate import open_store

    opened = open_store(demo_path)
    try:
        meeting_id = meetings(opened.store, MeetingState.HELD)[0].id
    finally:
        opened.store.close()
    target = tmp_path / "cli.xlsx"
    assert run(["export", "meeting", "--meeting", meeting_id[:10], "--output", str(target),
                "--database", str(demo_path), "--lang", "en"]) == 0
    assert load_workbook(target).sheetnames[0] == "Agenda"
    assert run(["export", "meeting", "--meeting", "nosuch", "--output", str(target),
                "--database", str(demo_path)]) == 1
    assert "no meeting 'nosuch'" in capsys.readouterr().err
