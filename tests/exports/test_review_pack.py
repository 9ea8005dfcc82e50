"""The sprint review pack, re-opened with openpyxl: sheets, values, types, charts, print setup."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from improve_desktop.cli import run
from improve_desktop.exports import review_pack
from improve_desktop.exports.labels import LABELS
from improve_desktop.exports.review_pack import export_review_pack, status_from_ratio
from tests.conftest import DEMO_TODAY

EVIL_TITLE = '=HYPERLINK("http://evil.example","click")'
EVIL_DONE = "+SUM(A1:A9) done"
EVIL_DESCRIPTION = "@cmd\t-1\x07bell"


@pytest.fixture
def evil_demo(demo_path: Path) -> Path:
    """The demo database with formula-like text in iteration 6 of SKE-VV (one item done)."""
    from improve_desktop.domain.enums import ItemStatus
    from improve_desktop.services.backlog import BacklogService
    from improve_desktop.services.iterations import IterationService
    from improve_desktop.services.projects import ProjectService
    from improve_desktop.store.migrate import open_store

    opened = open_store(demo_path)
    try:
        project_id = ProjectService(opened.store).find_project_id("SKE-VV")
        iteration = next(it for it in IterationService(opened.store).list_iterations(project_id)
                         if it.number == 6)
        backlog = BacklogService(opened.store)
        for title, done in ((EVIL_TITLE, False), (EVIL_DONE, True)):
            item = backlog.create_item({"project_id": project_id, "title": title,
                                        "estimate_points": 2, "iteration_id": iteration.id,
                                        "description": EVIL_DESCRIPTION}).value
            if done:
                backlog.set_status([item.id], ItemStatus.DONE)
    finally:
        opened.store.close()
    return demo_path


def export(database: Path, output: Path, *extra: str, iteration: int = 6) -> int:
    return run(["--database", str(database), "export", "review", "--project", "SKE-VV",
                "--iteration", str(iteration), "--output", str(output), *extra])


def all_text_cells(workbook: Workbook) -> list[str]:
    return [cell.value for sheet in workbook.worksheets for row in sheet.iter_rows()
            for cell in row if isinstance(cell.value, str)]


def test_swedish_pack_sheets_values_and_types(evil_demo: Path, tmp_path: Path) -> None:
    output = tmp_path / "review.xlsx"
    assert export(evil_demo, output) == 0
    book = load_workbook(output)
    assert book.sheetnames == ["Sammanfattning", "Levererat", "Ej levererat", "Nyckeltal",
                              "Beslut och åtgärder", "Retrospektiv", "Deltagare och budget",
                              "Diagram", "Data"]
    summary = book["Sammanfattning"]
    values = {summary.cell(row=r, column=1).value: summary.cell(row=r, column=2)
              for r in range(4, summary.max_row + 1)}
    assert values["Projekt"].value == "SKE-VV · Vägen vidare"
    assert values["Iteration"].value.startswith("6")
    assert isinstance(values["Start"].value, datetime)
    assert values["Start"].value.date() == date(2026, 11, 23)
    assert values["Start"].number_format == "yyyy-mm-dd"
    assert isinstance(values["Åtagna poäng"].value, int)
    assert values["Status"].value in ("I fas", "Risk för försening", "Ur fas")
    assert values["Nåddes målet?"].value == "Inte bedömt än"

    delivered = book["Levererat"]
    header = [c.value for c in delivered[1]]
    assert header[:4] == ["Rubrik", "Typ", "Status", "Poäng"]
    titles = [delivered.cell(row=r, column=1).value for r in range(2, delivered.max_row + 1)]
    assert EVIL_DONE in titles and EVIL_TITLE not in titles
    for row in range(2, delivered.max_row + 1):
        assert isinstance(delivered.cell(row=row, column=4).value, (int, type(None)))
        assert isinstance(delivered.cell(row=row, column=6).value, datetime)
    assert delivered.auto_filter.ref == f"A1:G{delivered.max_row}"
    assert delivered.freeze_panes == "A2"
    not_delivered = book["Ej levererat"]
    assert EVIL_TITLE in [not_delivered.cell(row=r, column=1).value
                          for r in range(2, not_delivered.max_row + 1)]

    # No user text became a formula, anywhere in the file.
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(output) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in archive.read(name)
    texts = all_text_cells(book)
    assert "@cmd\t-1\ufffdbell" in texts  # the bell (forbidden in XML) replaced, the rest kept
    evil_cell = next(c for c in not_delivered["A"] if c.value == EVIL_TITLE)
    assert evil_cell.quotePrefix


def test_charts_are_native_unsmoothed_and_read_the_data_sheet(evil_demo: Path,
                                                              tmp_path: Path) -> None:
    output = tmp_path / "review.xlsx"
    assert export(evil_demo, output, "--lang", "en") == 0
    book = load_workbook(output)
    data = book["Data"]
    days = sum(1 for r in range(2, data.max_row + 1) if data.cell(row=r, column=1).value)
    assert days == 14
    assert isinstance(data["A2"].value, datetime) and data["A2"].number_format == "dd/mm/yyyy"
    charts = book["Charts"]._charts
    assert len(charts) == 2
    burndown, velocity = charts
    assert burndown.tagname == "lineChart" and velocity.tagname == "barChart"
    refs = [(s.tx.strRef.f, s.val.numRef.f, s.cat.numRef.f if s.cat.numRef else s.cat.strRef.f)
            for s in burndown.series]
    assert refs == [("'Data'!B1", f"'Data'!$B$2:$B${days + 1}", f"'Data'!$A$2:$A${days + 1}"),
                    ("'Data'!C1", f"'Data'!$C$2:$C${days + 1}", f"'Data'!$A$2:$A${days + 1}")]
    assert all(series.smooth is False for series in burndown.series)
    with zipfile.ZipFile(output) as archive:
        chart_xml = b"".join(archive.read(n) for n in archive.namelist() if "charts/chart" in n)
    assert b'smooth val="1"' not in chart_xml
    indicator_charts = len(book["Indicators"]._charts)
    assert indicator_charts == len([row for row in book["Indicators"].iter_rows(min_row=4)
                                    if row[7].value in {"Target met", "On track", "At risk",
                                                        "Off track", "No measurements"}])
    # every line series (two burndown lines, one per indicator chart) says it is not smoothed
    assert chart_xml.count(b'<smooth val="0"') == 2 + indicator_charts
    points = sum(1 for r in range(2, data.max_row + 1) if data.cell(row=r, column=5).value)
    assert points == 5
    assert [s.val.numRef.f for s in velocity.series] == [f"'Data'!$F$2:$F${points + 1}",
                                                        f"'Data'!$G$2:$G${points + 1}"]


def test_print_settings_and_properties(evil_demo: Path, tmp_path: Path) -> None:
    output = tmp_path / "review.xlsx"
    assert export(evil_demo, output, "--lang", "en") == 0
    book = load_workbook(output)
    orientation = {"Summary": "portrait", "Delivered": "landscape", "Not delivered": "landscape",
                   "Decisions and actions": "landscape", "Retrospective": "portrait",
                   "Indicators": "portrait", "Participants and budget": "portrait",
                   "Charts": "portrait", "Data": "portrait"}
    for sheet in book.worksheets:
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.orientation == orientation[sheet.title]
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1
        assert "SKE-VV" in sheet.oddHeader.left.text
        assert sheet.oddHeader.right.text == "Iteration 6"
        assert sheet.oddFooter.right.text == "Page &P of &N"
        assert "27/11/2026" in sheet.oddFooter.left.text or "Prepared" in sheet.oddFooter.left.text
    for title in ("Delivered", "Not delivered", "Data"):
        assert book[title].print_title_rows == "$1:$1"
    assert book["Charts"].page_setup.fitToHeight == 1
    assert book.properties.title == "Sprint review SKE-VV iteration 6"
    assert book.properties.creator.startswith("Improve Desktop")
    assert isinstance(book.properties.created, datetime)


def test_closed_iteration_in_english(demo_path: Path, tmp_path: Path) -> None:
    output = tmp_path / "review-5.xlsx"
    assert export(demo_path, output, "--lang", "en", iteration=5) == 0
    summary = load_workbook(output)["Summary"]
    values = {summary.cell(row=r, column=1).value: summary.cell(row=r, column=2).value
              for r in range(4, summary.max_row + 1)}
    assert values["Committed points"] == 21 and values["Completed points"] == 26
    assert values["Status"] == "On track"
    assert values["Was the goal met?"] in ("Yes, the goal was met", "Partly",
                                           "No, the goal was not met")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--project", "NOPE", "--iteration", "1"], "no project"),
        (["--project", "SKE-VV", "--iteration", "99"], "no iteration"),
        (["--project", "SKE-VV", "--iteration", "x"], "invalid int"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str],
    message: str,
) -> None:
    output = tmp_path / "out.xlsx"
    code = run(["--database", str(demo_path), "export", "review", *argv, "--output", str(output)])
    err = capsys.readouterr().err
    assert code != 0
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert not output.exists()
    assert list(tmp_path.glob(".out.xlsx.*")) == []


def test_wrong_suffix_refused(demo_path: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    assert export(demo_path, tmp_path / "out.csv") == 2
    assert ".xlsx" in capsys.readouterr().err


def test_failed_export_leaves_the_old_file(demo_store: object, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "packs" / "review.xlsx"
    output.parent.mkdir()
    output.write_bytes(b"previous pack")

    def broken_save(self: Workbook, target: object) -> None:
        target.write(b"half a zip")  # type: ignore[attr-defined]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(OSError):
        export_review_pack(demo_store, "SKE-VV", 6, output, today=DEMO_TODAY)
    assert output.read_bytes() == b"previous pack"
    assert [p.name for p in output.parent.iterdir()] == ["review.xlsx"]


def test_status_rule() -> None:
    assert status_from_ratio(None) == "rag.unknown"
    assert status_from_ratio(1.2) == status_from_ratio(0.9) == "rag.on_track"
    assert status_from_ratio(0.89) == status_from_ratio(0.7) == "rag.at_risk"
    assert status_from_ratio(0.69) == "rag.off_track"


def test_labels_complete_and_sheet_names_valid() -> None:
    for key, (swedish, english) in LABELS.items():
        assert swedish and english, key
        if key.startswith("sheet."):
            assert len(swedish) <= 31 and len(english) <= 31
            assert not set("[]:*?/\\") & set(swedish + english)


def test_exports_do_not_import_qt() -> None:
    from improve_desktop.exports import labels, safe_cells

    for module in (review_pack, labels, safe_cells):
        assert "PySide6" not in Path(module.__file__).read_text(encoding="utf-8")


def test_closed_iteration_lists_carried_over_items(evil_demo: Path, tmp_path: Path) -> None:
    from improve_desktop.domain.enums import GoalOutcome
    from improve_desktop.services.iterations import IterationService
    from improve_desktop.services.planning_schemas import CarryOver
    from improve_desktop.services.projects import ProjectService
    from improve_desktop.store.migrate import open_store

    opened = open_store(evil_demo)
    try:
        project_id = ProjectService(opened.store).find_project_id("SKE-VV")
        service = IterationService(opened.store)
        active = next(it for it in service.list_iterations(project_id) if it.number == 6)
        result = service.close_iteration(
            active.id, {"goal_outcome": GoalOutcome.PARTLY,
                        "carry_over": CarryOver.NEXT_ITERATION}).value
    finally:
        opened.store.close()
    assert result.carried_item_ids
    output = tmp_path / "closed.xlsx"
    assert export(evil_demo, output, "--lang", "en") == 0
    book = load_workbook(output)
    sheet = book["Not delivered"]
    assert [c.value for c in sheet[1]][-1] == "Now in"
    titles = {sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=8).value
              for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=8).value}
    assert len(titles) == len(result.carried_item_ids)
    assert titles[EVIL_TITLE] == f"Iteration {result.next_iteration.number}"  # type: ignore[union-attr]
    assert sheet.auto_filter.ref == f"A1:H{len(titles) + 1}"
    summary = book["Summary"]
    values = {summary.cell(row=r, column=1).value: summary.cell(row=r, column=2).value
              for r in range(4, summary.max_row + 1)}
    assert values["Items not done"] == len(titles)
    assert values["Was the goal met?"] == "Partly"


def test_retrospective_sheet(demo_path: Path, tmp_path: Path) -> None:
    from improve_desktop.services.projects import ProjectService
    from improve_desktop.services.retrospectives import RetrospectiveService
    from improve_desktop.store.migrate import open_store

    opened = open_store(demo_path)
    try:
        project_id = ProjectService(opened.store).find_project_id("SKE-VV")
        (retro,) = [r for r in RetrospectiveService(opened.store).list_for_project(project_id)
                    if r.iteration_number == 5]
        board = RetrospectiveService(opened.store).board(retro.id)
    finally:
        opened.store.close()
    output = tmp_path / "retro.xlsx"
    assert export(demo_path, output, "--lang", "en", iteration=5) == 0
    sheet = load_workbook(output)["Retrospective"]
    column_a = [cell.value for cell in sheet["A"]]
    assert column_a[0] == "Retrospective of iteration 5"
    for heading in ("Notes", "Actions", "Last time's actions"):
        assert heading in column_a
    for note in board.notes:
        assert note.text in column_a
    for action in board.actions + board.previous_actions:
        assert action.text in column_a
    held = next(row for row in sheet.iter_rows() if row[0].value == "Held on")[1]
    assert isinstance(held.value, datetime) and held.value.date() == retro.held_on
    # Iteration 6 is still running: no retrospective yet, and the sheet says so.
    assert export(demo_path, tmp_path / "six.xlsx", "--lang", "en") == 0
    six = load_workbook(tmp_path / "six.xlsx")["Retrospective"]
    assert six["A3"].value == "No retrospective was held for this iteration."


@pytest.fixture(scope="module")
def demo_review(tmp_path_factory: pytest.TempPathFactory) -> review_pack.ReviewData:
    from improve_desktop.services.demo import DemoService
    from improve_desktop.store.migrate import open_store

    opened = open_store(tmp_path_factory.mktemp("review") / "demo.sqlite3")
    try:
        DemoService(opened.store).load(today=DEMO_TODAY)
        return review_pack.collect_review(opened.store, "SKE-VV", 6, DEMO_TODAY)
    finally:
        opened.store.close()


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(alphabet=st.characters(codec=None), min_size=1, max_size=120)
                      | st.sampled_from(["=1+1", "+A1", "-2", "@SUM(A1)", "\t=x", "\r\n=y",
                                         "_x0041_", "\x00\x1f\ufffe"]),
                      min_size=1, max_size=6))
def test_any_item_text_comes_back_as_typed(demo_review: review_pack.ReviewData,
                                           tmp_path: Path, texts: list[str]) -> None:
    from improve_desktop.exports.safe_cells import clean_text, excel_unescape

    items = tuple(
        type(item).model_construct(**{**dict(item), "title": texts[i % len(texts)],
                                      "description": texts[-1 - i % len(texts)]})
        for i, item in enumerate(demo_review.items)
    )
    data = review_pack.ReviewData(**{**demo_review.__dict__, "items": items})
    output = tmp_path / "any.xlsx"
    review_pack.build_review_pack(data, "en").save(output)
    book = load_workbook(output)
    shown = []
    for title in ("Delivered", "Not delivered"):
        sheet = book[title]
        for row in range(2, sheet.max_row + 1):
            for column in (1, 7):
                cell = sheet.cell(row=row, column=column)
                assert cell.data_type != "f"
                if cell.value is not None:
                    assert isinstance(cell.value, str)
                    shown.append(excel_unescape(cell.value))
    expected = {clean_text(text) for text in texts} - {""}
    assert set(shown) - {"No items."} <= expected
    assert expected & set(shown)


def test_decisions_and_actions_sheet(demo_store: object, tmp_path: Path) -> None:
    """Decisions since the last review, the project's open actions, requests in the summary."""
    from improve_desktop.services.decisions import DecisionService
    from improve_desktop.services.meetings import MeetingService
    from improve_desktop.services.projects import ProjectService

    project_id = ProjectService(demo_store).find_project_id("SKE-VV")
    decisions = DecisionService(demo_store, today=lambda: DEMO_TODAY)
    recorded = decisions.record({"title": "=Förläng projektet", "project_id": project_id,
                                 "decided_on": DEMO_TODAY, "owner": "Anna"}).value
    requests = MeetingService(demo_store).open_requests(project_id=project_id)
    output = export_review_pack(demo_store, "SKE-VV", 6, tmp_path / "r.xlsx", language="en",
                                today=DEMO_TODAY)
    book = load_workbook(output)
    sheet = book["Decisions and actions"]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value}
    assert recorded.reference in cells
    assert cells["=Förläng projektet"].data_type == "s"
    for action in decisions.open_for_project(project_id).actions:
        assert action.text in cells
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows() if row[0].value}
    asked = summary["Decisions requested"]
    assert all(request.question in asked for request in requests)


def test_indicators_participants_and_budget(demo_store: object, tmp_path: Path) -> None:
    """Indicators with a trend chart each; participant counts under the threshold as "<5"."""
    from improve_desktop.services.indicators import IndicatorService
    from improve_desktop.services.participants import ParticipantService
    from improve_desktop.services.projects import ProjectService

    project_id = ProjectService(demo_store).find_project_id("SKE-VV")
    progress = IndicatorService(demo_store).progress(project_id, DEMO_TODAY)
    periods = ParticipantService(demo_store).periods(project_id)
    output = export_review_pack(demo_store, "SKE-VV", 5, tmp_path / "r.xlsx", language="en",
                                today=DEMO_TODAY, threshold=5)
    book = load_workbook(output)
    sheet = book["Indicators"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=4,
                                                                     max_row=3 + len(progress))]
    assert [row[0] for row in rows] == [p.indicator.name for p in progress]
    for row, item in zip(rows, progress, strict=True):
        this = {m.iteration_number: m.value for m in item.measurements}.get(5)
        assert row[5] == this and row[3] == item.indicator.baseline
    assert len(sheet._charts) == len(progress) > 0
    summary = {r[0].value: r[1].value for r in book["Summary"].iter_rows() if r[0].value}
    assert progress[0].indicator.name in summary["Key figures"]

    figures = book["Participants and budget"]
    started = [figures.cell(row=5 + i, column=3).value for i in range(len(periods))]
    for shown, period in zip(started, periods, strict=True):
        assert shown == ("<5" if period.started < 5 else period.started)
    texts = [c.value for row in figures.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Budget against actuals (SEK)" in texts
    numbers = [c.value for row in figures.iter_rows() for c in row
               if isinstance(c.value, int) and not isinstance(c.value, bool)]
    assert all(n >= 5 for n in numbers[:len(periods) * 7] if n is not None)
