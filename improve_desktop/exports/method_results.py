"""The method → result table as a workbook: one row per method and linked indicator, where
each method was used, and the participant figures behind it with small counts as "<5" and the
counts hidden to protect them as "x" (``domain/participant_cells.py``).

Built from service read schemas only; every piece of text goes through ``safe_cells``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from improve_desktop.domain.method_results import MIN_ITERATIONS, MIN_PROJECTS, assessment
from improve_desktop.domain.participant_cells import period_texts
from improve_desktop.domain.results import EXIT_STATUSES, Gender
from improve_desktop.domain.suppression import DEFAULT_THRESHOLD, SECONDARY_MARK
from improve_desktop.exports.labels import DATE_FORMAT
from improve_desktop.exports.safe_cells import write_text, write_value
from improve_desktop.fileio import atomic_writer
from improve_desktop.services.results_schemas import MethodResultRead, ParticipantPeriod

WORDS: dict[str, tuple[str, str]] = {
    "sheet.results": ("Metod och resultat", "Method and result"),
    "sheet.usage": ("Användning", "Usage"),
    "sheet.participants": ("Deltagare", "Participants"),
    "title": ("Metod → resultat: hur nyckeltalen rörde sig i iterationer med och utan metoden",
              "Method → result: how indicators moved in iterations with and without the method"),
    "caveat": ("Jämförelsen visar samband, inte orsak: projekten skiljer sig åt i mer än metoden. "
               "Färre än {iterations} iterationer i en grupp eller färre än {projects} projekt "
               "med metoden räcker inte för någon slutsats. Förändring = hur mycket nyckeltalet "
               "rörde sig mot målet sedan projektets förra mätning.",
               "This comparison shows association, not cause: the projects differ in more than "
               "the method. Fewer than {iterations} iterations in a group or fewer than "
               "{projects} projects with the method is too few to conclude anything. Change = "
               "how far the indicator moved towards its target since the project's last "
               "measurement."),
    "col.method": ("Metod", "Method"),
    "col.projects": ("Projekt", "Projects"),
    "col.iterations": ("Iterationer", "Iterations"),
    "col.effort": ("Insats (poäng)", "Effort (points)"),
    "col.first": ("Första iteration börjar", "First iteration starts"),
    "col.last": ("Sista iteration slutar", "Last iteration ends"),
    "col.indicator": ("Nyckeltal", "Indicator"),
    "col.unit": ("Enhet", "Unit"),
    "col.with_n": ("Med metoden: iterationer", "With the method: iterations"),
    "col.with_p": ("Med metoden: projekt", "With the method: projects"),
    "col.with_change": ("Med metoden: förändring per iteration",
                        "With the method: change per iteration"),
    "col.without_n": ("Utan metoden: iterationer", "Without the method: iterations"),
    "col.without_p": ("Utan metoden: projekt", "Without the method: projects"),
    "col.without_change": ("Utan metoden: förändring per iteration",
                           "Without the method: change per iteration"),
    "col.difference": ("Skillnad", "Difference"),
    "col.with_level": ("Med metoden: medelnivå", "With the method: mean level"),
    "col.without_level": ("Utan metoden: medelnivå", "Without the method: mean level"),
    "col.reference": ("Ordinarie verksamhet", "Ordinary operations"),
    "col.reference_source": ("Källa för jämförelsevärdet", "Source of the reference"),
    "col.assessment": ("Bedömning", "Assessment"),
    "col.project": ("Projekt", "Project"),
    "col.iteration_numbers": ("Iterationer (nummer)", "Iterations (numbers)"),
    "col.points": ("Poäng", "Points"),
    "col.period_start": ("Period från", "Period from"),
    "col.period_end": ("Period till", "Period to"),
    "col.started": ("Påbörjade", "Started"),
    "col.ended": ("Avslutade", "Ended"),
    "gender.woman": ("kvinnor", "women"),
    "gender.man": ("män", "men"),
    "gender.other": ("annat/ej angivet", "other/not stated"),
    "exit.work": ("Avslut till arbete", "Exit to work"),
    "exit.studies": ("Avslut till studier", "Exit to studies"),
    "exit.job_seeking": ("Avslut som arbetssökande", "Exit as job seeking"),
    "exit.other": ("Avslut till annat", "Exit to other"),
    "exit.not_known": ("Avslut, okänt", "Exit, not known"),
    "no_indicator": ("(inget nyckeltal kopplat i någon logikmodell)",
                     "(no indicator linked in any logic model)"),
    "suppressed": ("Antal under {threshold} visas som <{threshold}.",
                   "Counts below {threshold} are shown as <{threshold}."),
    "secondary": ("{mark} = dolt för att ett litet antal i samma fördelning inte ska kunna "
                  "räknas fram ur summan.",
                  "{mark} = hidden so that a small count in the same breakdown cannot be worked "
                  "out from the total."),
    "assessment.too_few": ("För få för att dra slutsatser", "Too few to conclude anything"),
    "assessment.better": ("Bättre med metoden", "Better with the method"),
    "assessment.worse": ("Sämre med metoden", "Worse with the method"),
    "assessment.no_difference": ("Ingen tydlig skillnad", "No clear difference"),
}

_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")


def word(key: str, language: str, **values: object) -> str:
    sv, en = WORDS[key]
    return (sv if language == "sv" else en).format(**values)


def _header(sheet: Worksheet, row: int, keys: Sequence[str], language: str,
            extra: Sequence[str] = ()) -> None:
    for column, text in enumerate([word(k, language) for k in keys] + list(extra), start=1):
        cell = sheet.cell(row=row, column=column)
        write_text(cell, text, language)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = 16
    sheet.freeze_panes = sheet.cell(row=row + 1, column=1)


def build_workbook(results: Sequence[MethodResultRead],
                   participants: Sequence[tuple[str, ParticipantPeriod]], language: str = "sv",
                   threshold: int = DEFAULT_THRESHOLD) -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = word("sheet.results", language)
    write_text(sheet.cell(row=1, column=1), word("title", language), language)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    write_text(sheet.cell(row=2, column=1),
               word("caveat", language, iterations=MIN_ITERATIONS, projects=MIN_PROJECTS),
               language)
    keys = ["col.method", "col.projects", "col.iterations", "col.effort", "col.first",
            "col.last", "col.indicator", "col.unit", "col.with_n", "col.with_p",
            "col.with_change", "col.without_n", "col.without_p", "col.without_change",
            "col.difference", "col.with_level", "col.without_level", "col.reference",
            "col.reference_source", "col.assessment"]
    _header(sheet, 4, keys, language)
    row = 5
    for result in results:
        name = result.name_sv if language == "sv" else result.name_en
        head = [name, result.projects, result.iterations, result.effort_points,
                result.first_start, result.last_end]
        comparisons = result.comparisons or (None,)
        for comparison in comparisons:
            values: list[object] = list(head)
            if comparison is None:
                values += [word("no_indicator", language)] + [None] * 12 + [
                    word("assessment.too_few", language)]
            else:
                values += [
                    comparison.name, comparison.unit, comparison.used.iterations,
                    comparison.used.projects, _round(comparison.used.mean_change),
                    comparison.not_used.iterations, comparison.not_used.projects,
                    _round(comparison.not_used.mean_change), _round(comparison.difference),
                    _round(comparison.used.mean_level), _round(comparison.not_used.mean_level),
                    _round(comparison.reference), "; ".join(comparison.reference_sources),
                    word("assessment." + assessment(
                        comparison.difference, comparison.used.mean_change,
                        comparison.not_used.mean_change, comparison.too_few), language),
                ]
            for column, value in enumerate(values, start=1):
                cell = write_value(sheet.cell(row=row, column=column), value, language)
                if column in (5, 6) and value is not None:
                    cell.number_format = DATE_FORMAT[language]
            row += 1
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["G"].width = 34

    usage = book.create_sheet(word("sheet.usage", language))
    _header(usage, 1, ["col.method", "col.project", "col.iteration_numbers", "col.points"],
            language)
    row = 2
    for result in results:
        name = result.name_sv if language == "sv" else result.name_en
        for use in result.usage:
            for column, value in enumerate(
                    [name, use.project_code, ", ".join(map(str, use.iteration_numbers)),
                     use.points], start=1):
                write_value(usage.cell(row=row, column=column), value, language)
            row += 1
    usage.column_dimensions["A"].width = 34

    _participants_sheet(book.create_sheet(word("sheet.participants", language)),
                        participants, language, threshold)
    return book


def _participants_sheet(people: Worksheet, participants: Sequence[tuple[str, ParticipantPeriod]],
                        language: str, threshold: int) -> None:
    shown = [(code, period, period_texts(period, threshold)) for code, period in participants]
    note = word("suppressed", language, threshold=threshold)
    if any(texts.has_secondary for _, _, texts in shown):
        note += " " + word("secondary", language, mark=SECONDARY_MARK)
    write_text(people.cell(row=1, column=1), note, language)
    genders = [f"{word('col.started', language)}: {word('gender.' + g.value, language)}"
               for g in Gender]
    exits = [word("exit." + status, language) for status in EXIT_STATUSES]
    _header(people, 2, ["col.project", "col.period_start", "col.period_end", "col.started",
                        "col.ended"], language, [*genders, *exits])
    row = 3
    for code, period, texts in shown:
        values = [code, period.period_start, period.period_end, texts.started, texts.ended,
                  *texts.started_by_gender, *texts.exits]
        for column, value in enumerate(values, start=1):
            cell = write_value(people.cell(row=row, column=column), value, language)
            if column in (2, 3):
                cell.number_format = DATE_FORMAT[language]
        row += 1


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def export_method_results(output: Path, results: Sequence[MethodResultRead],
                          participants: Sequence[tuple[str, ParticipantPeriod]],
                          language: str = "sv", threshold: int = DEFAULT_THRESHOLD) -> Path:
    """Write the workbook atomically: a failed export leaves the old file (or none)."""
    book = build_workbook(results, participants, language, threshold)
    with atomic_writer(Path(output)) as handle:
        book.save(handle)
    return Path(output)
