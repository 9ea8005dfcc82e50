"""Words in the workbooks, in Swedish and English (no Qt here: exports run without a GUI).

Every label a pack writes comes from :data:`LABELS`; :func:`label` picks the language. A test
checks that each key has both languages. Date formats are part of the language choice:
Swedish packs show ISO dates (``yyyy-mm-dd``, the Swedish standard), English ones
``dd/mm/yyyy`` (British usage, which our European partners read without doubt).
"""

from __future__ import annotations

LANGUAGES = ("sv", "en")

DATE_FORMAT = {"sv": "yyyy-mm-dd", "en": "dd/mm/yyyy"}
POINTS_FORMAT = "0"
RATIO_FORMAT = "0%"
DECIMAL_FORMAT = {"sv": "0.0", "en": "0.0"}  # the separator follows the reader's locale

LABELS: dict[str, tuple[str, str]] = {
    # sheet names (at most 31 characters, none of []:*?/\)
    "sheet.summary": ("Sammanfattning", "Summary"),
    "sheet.delivered": ("Levererat", "Delivered"),
    "sheet.not_delivered": ("Ej levererat", "Not delivered"),
    "sheet.charts": ("Diagram", "Charts"),
    "sheet.data": ("Data", "Data"),
    "sheet.retrospective": ("Retrospektiv", "Retrospective"),
    # the retrospective
    "retro.title": ("Retrospektiv för iteration {number}", "Retrospective of iteration {number}"),
    "retro.none": ("Ingen retrospektiv hölls för den här iterationen.",
                   "No retrospective was held for this iteration."),
    "retro.format": ("Format", "Format"),
    "retro.held_on": ("Hölls den", "Held on"),
    "retro.facilitator": ("Samtalsledare", "Facilitator"),
    "retro.notes": ("Lappar", "Notes"),
    "retro.actions": ("Åtgärder", "Actions"),
    "retro.previous": ("Förra gångens åtgärder", "Last time's actions"),
    "retro.col.column": ("Kolumn", "Column"),
    "retro.col.note": ("Lapp", "Note"),
    "retro.col.votes": ("Röster", "Votes"),
    "retro.col.group": ("Grupp", "Group"),
    "retro.col.action": ("Åtgärd", "Action"),
    "retro.col.owner": ("Ansvarig", "Owner"),
    "retro.col.due": ("Klart senast", "Due"),
    "retro.col.status": ("Status", "Status"),
    "retro.col.review": ("Uppföljning", "Review"),
    "format.start_stop_continue": ("Börja – sluta – fortsätt", "Start, stop, continue"),
    "format.well_improve_ideas": ("Gick bra – förbättra – idéer",
                                  "Went well, to improve, ideas"),
    "format.four_l": ("4L", "4Ls"),
    "format.sailboat": ("Segelbåten", "Sailboat"),
    "column.start": ("Börja", "Start"),
    "column.stop": ("Sluta", "Stop"),
    "column.continue": ("Fortsätt", "Continue"),
    "column.went_well": ("Gick bra", "Went well"),
    "column.to_improve": ("Förbättra", "To improve"),
    "column.ideas": ("Idéer", "Ideas"),
    "column.liked": ("Gillade", "Liked"),
    "column.learned": ("Lärde oss", "Learned"),
    "column.lacked": ("Saknade", "Lacked"),
    "column.longed_for": ("Längtade efter", "Longed for"),
    "column.wind": ("Vind", "Wind"),
    "column.anchors": ("Ankare", "Anchors"),
    "column.rocks": ("Grund", "Rocks"),
    "column.island": ("Ön", "Island"),
    "action.open": ("Öppen", "Open"),
    "action.in_progress": ("Pågår", "In progress"),
    "action.done": ("Klar", "Done"),
    "action.dropped": ("Struken", "Dropped"),
    # the summary
    "title": ("Sprintgranskning", "Sprint review"),
    "project": ("Projekt", "Project"),
    "organisation": ("Projektägare", "Project owner"),
    "cluster": ("Styrgruppskluster", "Steering cluster"),
    "manager": ("Projektledare", "Project manager"),
    "iteration": ("Iteration", "Iteration"),
    "iteration_state": ("Iterationens läge", "Iteration state"),
    "start": ("Start", "Start"),
    "end": ("Slut", "End"),
    "goal": ("Mål", "Goal"),
    "goal_outcome": ("Nåddes målet?", "Was the goal met?"),
    "goal_comment": ("Kommentar till målet", "Comment on the goal"),
    "status": ("Status", "Status"),
    "status_rule": ("Statusregel", "Status rule"),
    "committed": ("Åtagna poäng", "Committed points"),
    "completed": ("Klara poäng", "Completed points"),
    "completion": ("Andel klar mot plan", "Completion against plan"),
    "items_done": ("Klara poster", "Items done"),
    "items_not_done": ("Ej klara poster", "Items not done"),
    "velocity_average": ("Hastighet (snitt, senaste 3)", "Velocity (average, last 3)"),
    "velocity_trend": ("Hastighetstrend", "Velocity trend"),
    "scope_change": ("Ändrat omfång under iterationen", "Scope changed during the iteration"),
    "scope_change_text": ("+{added} / −{removed} poäng", "+{added} / −{removed} points"),
    "prepared": ("Framtagen", "Prepared"),
    "none": ("–", "–"),
    # item tables
    "col.title": ("Rubrik", "Title"),
    "col.kind": ("Typ", "Kind"),
    "col.status": ("Status", "Status"),
    "col.estimate": ("Poäng", "Points"),
    "col.methods": ("Metoder", "Methods"),
    "col.done_on": ("Klar den", "Done on"),
    "col.description": ("Beskrivning", "Description"),
    "col.now_in": ("Nu i", "Now in"),
    "backlog": ("Backlogg", "Backlog"),
    "no_items": ("Inga poster.", "No items."),
    "carried_note": (
        "Poster som inte blev klara flyttades när iterationen stängdes; kolumnen Nu i visar vart.",
        "Items not finished were moved when the iteration was closed; the column Now in shows "
        "where to.",
    ),
    # charts and data
    "chart.burndown": ("Burndown: återstående poäng", "Burndown: remaining points"),
    "chart.velocity": ("Hastighet: åtagna och klara poäng",
                       "Velocity: committed and completed points"),
    "col.day": ("Dag", "Day"),
    "col.remaining": ("Återstår", "Remaining"),
    "col.ideal": ("Idealt", "Ideal"),
    "col.iteration": ("Iteration", "Iteration"),
    "col.committed": ("Åtagit", "Committed"),
    "col.completed": ("Klart", "Completed"),
    "col.rolling": ("Rullande snitt (3)", "Rolling average (3)"),
    "axis.points": ("Poäng", "Points"),
    "axis.day": ("Dag", "Day"),
    "axis.iteration": ("Iteration", "Iteration"),
    "page": ("Sida &P av &N", "Page &P of &N"),
    # words for values
    "state.planned": ("planerad", "planned"),
    "state.active": ("pågår", "active"),
    "state.closed": ("stängd", "closed"),
    "outcome.met": ("Ja, målet nåddes", "Yes, the goal was met"),
    "outcome.partly": ("Delvis", "Partly"),
    "outcome.not_met": ("Nej, målet nåddes inte", "No, the goal was not met"),
    "outcome.none": ("Inte bedömt än", "Not assessed yet"),
    "rag.on_track": ("I fas", "On track"),
    "rag.at_risk": ("Risk för försening", "At risk"),
    "rag.off_track": ("Ur fas", "Off track"),
    "rag.unknown": ("Kan inte bedömas (inga åtagna poäng)", "Cannot tell (no committed points)"),
    "rag.rule": (
        "Klara poäng delat med åtagna (för en pågående iteration: med de poäng som idealt skulle "
        "vara klara i dag). Minst 90 % = i fas, minst 70 % = risk, under 70 % = ur fas.",
        "Completed points divided by committed points (for an active iteration: by the points "
        "the ideal line has burned by today). 90 % or more = on track, 70 % or more = at risk, "
        "below 70 % = off track.",
    ),
    "trend.rising": ("Stigande", "Rising"),
    "trend.falling": ("Sjunkande", "Falling"),
    "trend.steady": ("Stabil", "Steady"),
    "trend.unknown": ("För få stängda iterationer", "Too few closed iterations"),
    "kind.story": ("Berättelse", "Story"),
    "kind.activity": ("Aktivitet", "Activity"),
    "kind.task": ("Uppgift", "Task"),
    "kind.improvement": ("Förbättring", "Improvement"),
    "kind.risk": ("Risk", "Risk"),
    "item.todo": ("Att göra", "To do"),
    "item.in_progress": ("Pågår", "In progress"),
    "item.done": ("Klar", "Done"),
    # the backlog import template
    "template.sheet": ("Backlogg", "Backlog"),
    "template.help_sheet": ("Instruktioner", "Instructions"),
    "template.title": ("Titel", "Title"),
    "template.description": ("Beskrivning", "Description"),
    "template.acceptance": ("Acceptanskriterier", "Acceptance criteria"),
    "template.kind": ("Typ", "Kind"),
    "template.status": ("Status", "Status"),
    "template.estimate": ("Uppskattning (poäng)", "Estimate (points)"),
    "template.iteration": ("Iteration", "Iteration"),
    "template.methods": ("Metoder", "Methods"),
    "template.help": (
        "Fyll i en rad per post på bladet Backlogg och importera filen i Improve Desktop "
        "(Arkiv → Importera backlogg) eller med improve-desktop import backlog FIL "
        "--project KOD. Bara Titel måste fyllas i. Typ: Berättelse, Aktivitet, Uppgift, "
        "Förbättring eller Risk. Status: Att göra, Pågår eller Klar. Uppskattning: hela "
        "poäng 0–1000. Iteration: iterationens nummer. Metoder: metodernas koder, åtskilda "
        "med semikolon (t.ex. IPS; MI). Hela filen kontrolleras först; en rad med fel stoppar "
        "importen och inget sparas.",
        "Fill in one row per item on the Backlog sheet and import the file in Improve "
        "Desktop (File → Import backlog) or with improve-desktop import backlog FILE "
        "--project CODE. Only Title is required. Kind: Story, Activity, Task, Improvement or "
        "Risk. Status: To do, In progress or Done. Estimate: whole points 0–1000. Iteration: "
        "the iteration's number. Methods: the methods' codes, separated by semicolons (e.g. "
        "IPS; MI). The whole file is checked first; a row with a problem stops the import and "
        "nothing is stored.",
    ),
    "template.methods_heading": ("Metoder i katalogen", "Methods in the catalogue"),
    "template.code": ("Kod", "Code"),
    "template.name": ("Namn", "Name"),
}


def label(key: str, language: str) -> str:
    """The ``key``'s words in ``language`` (``sv`` or ``en``)."""
    swedish, english = LABELS[key]
    return swedish if language == "sv" else english
