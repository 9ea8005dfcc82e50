"""Backlog imports from our template and from Jira, Trello and Taiga exports.

The sample files in tests/fixtures/imports/ are written after the tools' documented export
formats (Jira's CSV with repeated Sprint and Labels columns and a byte-order mark, Trello's CSV
and JSON board exports, Taiga's user-story CSV).
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from improve_desktop.domain.enums import ItemKind, ItemStatus
from improve_desktop.exports.backlog_template import write_template
from improve_desktop.imports import tables
from improve_desktop.imports.problem_text import PROBLEMS, REFUSALS, problem_text
from improve_desktop.imports.tables import ImportRefused
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.backlog_import import BacklogImportService, ImportPlan
from improve_desktop.services.errors import Refused
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.engine import Store
from improve_desktop.store.models import BacklogItem, ItemStatusChange

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TODAY = date(2026, 11, 27)


@pytest.fixture
def project_id(demo_store: Store) -> str:
    return ProjectService(demo_store).find_project_id("SKE-VV")


@pytest.fixture
def importer(demo_store: Store) -> BacklogImportService:
    return BacklogImportService(demo_store, today=TODAY)


def item_count(store: Store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(BacklogItem)) or 0)


def by_title(plan: ImportPlan) -> dict[str, object]:
    return {item.title: item for item in plan.items}


def codes(plan: ImportPlan, row: int | None = None) -> set[str]:
    return {p.code for p in plan.problems if row is None or p.row == row}


def test_jira_csv_maps_summary_status_points_sprint_and_labels(
        importer: BacklogImportService, project_id: str) -> None:
    plan = importer.plan_file(project_id, SAMPLES / "jira.csv")

    assert plan.source_format == "jira"
    assert not plan.errors
    items = by_title(plan)
    mapped = items["Kartlägg deltagarnas behov av stöd"]
    assert mapped.status is ItemStatus.DONE
    assert mapped.kind is ItemKind.STORY
    assert mapped.estimate_points == 5
    assert mapped.method_codes == ("IPS", "MI")  # two Labels columns
    assert mapped.description.startswith("Samtal med varje deltagare, minst 45 minuter.\n")
    assert mapped.acceptance_criteria == "Alla deltagare kartlagda"
    assert mapped.done_on == date(2026, 9, 14)  # Jira's "14/Sep/26 3:40 PM"
    # "VV Sprint 1", then "VV Sprint 2": Jira lists the latest sprint last.
    assert mapped.iteration_number == 2
    task = items["Boka arbetsgivarträff i Skellefteå"]
    assert (task.kind, task.status, task.estimate_points) == (
        ItemKind.TASK, ItemStatus.IN_PROGRESS, 3)
    # Text that looks like a formula is kept exactly as typed.
    assert '=HYPERLINK("http://example.com","klicka")' in items
    assert items["Ta fram digital vägledning"].estimate_points == 3  # 2.5 rounded up
    assert {"estimate_rounded", "status_guessed", "sprint_unmatched", "label_unmatched"} <= codes(plan)
    blocked = next(p for p in plan.problems if p.code == "status_guessed")
    assert blocked.params["value"] == "Blocked" and blocked.column == "Status"
    assert "Blocked" in problem_text(blocked) and f"row {blocked.row}" in problem_text(blocked)


def test_committed_import_writes_items_links_and_history_in_one_go(
        demo_store: Store, importer: BacklogImportService, project_id: str) -> None:
    before = item_count(demo_store)
    plan = importer.plan_file(project_id, SAMPLES / "jira.csv")

    outcome = importer.commit(plan, by="import")

    assert item_count(demo_store) == before + 5
    backlog = {item.title: item for item in BacklogService(demo_store).list_items(project_id)}
    imported = backlog["Kartlägg deltagarnas behov av stöd"]
    methods = {m.id: m.code for m in OrganisationService(demo_store).list_methods()}
    assert {methods[m] for m in imported.method_ids} == {"IPS", "MI"}
    assert imported.status is ItemStatus.DONE and imported.done_on == date(2026, 9, 14)
    # Imported items come after everything that was in the backlog, in the file's order.
    ranks = [backlog[title].rank for title in (
        "Kartlägg deltagarnas behov av stöd", "Boka arbetsgivarträff i Skellefteå",
        '=HYPERLINK("http://example.com","klicka")')]
    assert ranks == sorted(ranks)
    assert min(ranks) > max(i.rank for i in backlog.values() if i.id not in outcome.value)
    with demo_store.read() as session:
        history = session.scalars(select(ItemStatusChange).where(
            ItemStatusChange.item_id.in_(outcome.value))).all()
    assert len(history) == 5 and {h.changed_by for h in history} == {"import"}


def test_trello_csv_reads_list_names_labels_points_and_leaves_archived_cards_out(
        importer: BacklogImportService, project_id: str) -> None:
    plan = importer.plan_file(project_id, SAMPLES / "trello.csv")

    assert plan.source_format == "trello" and not plan.errors
    assert plan.skipped == 1
    items = by_title(plan)
    assert set(items) == {"Ring alla remittenter", "Gruppträff om CV", "Utvärdera höstens träffar"}
    call = items["Ring alla remittenter"]
    assert call.estimate_points == 3 and call.method_codes == ("IPS",)
    assert call.description == "Lista finns i Teams, fliken Remisser."
    assert items["Gruppträff om CV"].status is ItemStatus.IN_PROGRESS
    assert items["Utvärdera höstens träffar"].status is ItemStatus.DONE
    unmatched = [p for p in plan.problems if p.code == "label_unmatched"]
    assert [p.params["value"] for p in unmatched] == ["Studiebesök"]


def test_trello_json_board_export(importer: BacklogImportService, project_id: str) -> None:
    plan = importer.plan_file(project_id, SAMPLES / "trello.json")

    assert plan.source_format == "trello" and not plan.errors
    assert plan.skipped == 2  # an archived card and a card in an archived list
    items = by_title(plan)
    visit = items["Studiebesök hos arbetsgivare"]
    assert visit.estimate_points == 5 and visit.method_codes == ("IPS",)
    assert visit.description == "Två besök per termin.\nBjud in handledare."
    assert items["Motiverande samtal, omgång två"].status is ItemStatus.IN_PROGRESS
    assert items["Skriv lägesrapport"].status is ItemStatus.DONE
    assert items["Skriv lägesrapport"].description == "@SUM(A1:A9)"


def test_taiga_csv_uses_is_closed_total_points_sprint_and_tags(
        importer: BacklogImportService, project_id: str) -> None:
    plan = importer.plan_file(project_id, SAMPLES / "taiga.csv")

    assert plan.source_format == "taiga" and not plan.errors
    items = by_title(plan)
    intro = items["Introduktionsveckan för nya deltagare"]
    assert intro.status is ItemStatus.DONE and intro.estimate_points == 8
    assert intro.method_codes == ("IPS", "MI") and intro.iteration_number == 1
    assert intro.done_on == date(2026, 9, 11)
    follow_up = items["Uppföljning efter sex månader"]
    assert follow_up.status is ItemStatus.IN_PROGRESS
    # Iteration 2 of the demo project is closed: an unfinished item goes to the backlog.
    assert follow_up.iteration_id is None and "iteration_closed" in codes(plan, follow_up.row)
    assert items["Enkät om nöjdhet"].estimate_points is None


def test_a_bad_row_in_the_middle_stores_nothing_and_names_every_problem(
        demo_store: Store, importer: BacklogImportService, project_id: str) -> None:
    before = item_count(demo_store)
    plan = importer.plan_file(project_id, SAMPLES / "bad_row.csv")

    found = {(p.row, p.column, p.code) for p in plan.errors}
    assert found == {(3, "Estimate (points)", "bad_estimate"), (4, "Title", "title_missing"),
                     (5, "Estimate (points)", "estimate_range")}
    assert not plan.can_commit
    with pytest.raises(Refused):
        importer.commit(plan)
    assert item_count(demo_store) == before


@pytest.mark.parametrize(("name", "code"), [
    ("jira_malformed.csv", "bad_csv"),
    ("trello_malformed.json", "bad_json"),
    ("taiga_malformed.csv", "not_text"),
])
def test_malformed_exports_are_refused_before_anything_is_stored(
        demo_store: Store, importer: BacklogImportService, project_id: str, name: str,
        code: str) -> None:
    before = item_count(demo_store)
    with pytest.raises(ImportRefused) as refused:
        importer.plan_file(project_id, SAMPLES / name)
    assert refused.value.code == code
    assert item_count(demo_store) == before


def test_unknown_columns_and_other_json_are_refused(tmp_path: Path, importer: BacklogImportService,
                                                     project_id: str) -> None:
    other = tmp_path / "other.csv"
    other.write_text("Name;Amount\nHyra;1200\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        importer.plan_file(project_id, other)
    assert refused.value.code == "unknown_format" and "Name, Amount" in refused.value.params["columns"]
    not_trello = tmp_path / "x.json"
    not_trello.write_text('{"items": []}', encoding="utf-8")
    with pytest.raises(ImportRefused, match="unknown_json"):
        importer.plan_file(project_id, not_trello)


def test_semicolon_csv_in_windows_1252_from_swedish_excel(
        tmp_path: Path, importer: BacklogImportService, project_id: str) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Titel;Typ;Status;Uppskattning (poäng);Metoder\r\n"
                     "Öva på arbetsintervjuer;Aktivitet;Pågår;2;MI\r\n".encode("cp1252"))
    plan = importer.plan_file(project_id, path)
    (item,) = plan.items
    assert (item.title, item.kind, item.status, item.estimate_points, item.method_codes) == (
        "Öva på arbetsintervjuer", ItemKind.ACTIVITY, ItemStatus.IN_PROGRESS, 2, ("MI",))


def test_size_and_row_limits_are_checked_before_parsing(
        tmp_path: Path, importer: BacklogImportService, project_id: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 100)
    big = tmp_path / "big.csv"
    big.write_text("Title\n" + "x\n" * 100, encoding="utf-8")
    with pytest.raises(ImportRefused, match="too_large"):
        importer.plan_file(project_id, big)
    monkeypatch.setattr(tables, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(tables, "MAX_ROWS", 10)
    with pytest.raises(ImportRefused, match="too_many_rows"):
        importer.plan_file(project_id, big)


def test_a_workbook_that_unpacks_to_far_more_than_its_size_is_not_opened(
        tmp_path: Path, importer: BacklogImportService, project_id: str) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<a>" + " " * 50_000_000 + "</a>")
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ImportRefused, match="xlsx_expands"):
        importer.plan_file(project_id, bomb)


def test_openpyxl_parses_workbooks_through_defusedxml() -> None:
    import openpyxl

    assert openpyxl.DEFUSEDXML is True


def test_template_round_trip_from_one_project_into_another(
        tmp_path: Path, demo_store: Store, importer: BacklogImportService) -> None:
    projects = ProjectService(demo_store)
    source_id, target_id = projects.find_project_id("SKE-VV"), projects.find_project_id("LYC-HR")
    backlog = BacklogService(demo_store)
    source_items = backlog.list_items(source_id)
    methods = OrganisationService(demo_store).list_methods()
    path = write_template(tmp_path / "mall.xlsx", "sv", methods, source_items)

    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]][:2] == ["Titel", "Beskrivning"]
    assert sheet.freeze_panes == "A2"
    plan = importer.plan_file(target_id, path)
    assert plan.source_format == "template" and not plan.errors
    importer.commit(plan)

    def shape(items: list) -> list[tuple]:
        return [(i.title, i.description, i.acceptance_criteria, i.kind, i.status,
                 i.estimate_points, tuple(sorted(i.method_ids))) for i in items]

    imported = backlog.list_items(target_id)[-len(source_items):]
    assert shape(imported) == shape(source_items)


def test_an_empty_template_has_the_catalogue_and_imports_nothing(
        tmp_path: Path, demo_store: Store, importer: BacklogImportService, project_id: str) -> None:
    methods = OrganisationService(demo_store).list_methods()
    path = write_template(tmp_path / "template.xlsx", "en", methods)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Backlog", "Instructions"]
    listed = {row[0].value for row in workbook["Instructions"].iter_rows(min_row=5)}
    assert {"IPS", "MI"} <= listed
    plan = importer.plan_file(project_id, path)
    assert plan.items == () and not plan.can_commit


def test_xlsx_source_with_numbers_and_dates(
        tmp_path: Path, importer: BacklogImportService, project_id: str) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Title", "Estimate", "Status", "Iteration"])
    sheet.append(["Ett", 3.0, "Done", 5])
    sheet.append(["Två", None, "to do", None])
    path = tmp_path / "own.xlsx"
    workbook.save(path)
    plan = importer.plan_file(project_id, path)
    one, two = plan.items
    assert (one.estimate_points, one.status, one.iteration_number) == (3, ItemStatus.DONE, 5)
    assert one.done_on == TODAY
    assert (two.estimate_points, two.status) == (None, ItemStatus.TODO)


def test_every_problem_and_refusal_code_has_words() -> None:
    source = (Path(tables.__file__).parent / "backlog_formats.py").read_text(encoding="utf-8")
    source += (Path(tables.__file__).parents[1] / "services" / "backlog_import.py").read_text(
        encoding="utf-8")
    import re

    used = set(re.findall(r'ImportProblem\([^"]*"[^"]*",\s*"(\w+)"', source))
    used |= set(re.findall(r'problem\("\w+", "(\w+)"', source))
    assert used and used <= set(PROBLEMS)
    raised = set(re.findall(r'ImportRefused\("(\w+)"', (Path(tables.__file__)).read_text(
        encoding="utf-8") + source))
    assert raised <= set(REFUSALS)


printable = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"))
free_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=120)
formula_like = st.builds(lambda lead, rest: lead + rest,
                         st.sampled_from(["=", "+", "-", "@", "＝", "=cmd|' /C calc'!A0"]),
                         st.text(alphabet=printable, max_size=40))
titles = (st.text(alphabet=printable, min_size=1, max_size=150) | formula_like).map(
    str.strip).filter(bool)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=titles, description=free_text | formula_like)
def test_any_text_survives_template_export_and_import(
        tmp_path_factory: pytest.TempPathFactory, demo_store: Store, project_id: str,
        title: str, description: str) -> None:
    """Arbitrary Unicode, control characters and formula-like text: export, then import."""
    from improve_desktop.exports.safe_cells import clean_text
    from improve_desktop.services.planning_schemas import BacklogItemRead

    item = BacklogItemRead(
        id="x", project_id=project_id, iteration_id=None, iteration_number=None, rank="a",
        title=title, description=description, kind=ItemKind.RISK, status=ItemStatus.TODO,
        estimate_points=8, acceptance_criteria="", done_on=None, method_ids=())
    path = write_template(tmp_path_factory.mktemp("rt") / "t.xlsx", "en", [], [item])

    plan = BacklogImportService(demo_store, today=TODAY).plan_file(project_id, path)

    (imported,) = plan.items
    assert not plan.errors
    assert imported.title == clean_text(title, "en").strip()
    assert imported.description == clean_text(description, "en").strip()
    assert (imported.kind, imported.estimate_points) == (ItemKind.RISK, 8)
    sheet = load_workbook(path).worksheets[0]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
