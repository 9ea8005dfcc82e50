"""Demo results: a logic model, the starter indicators measured in every iteration, reference
values, participant figures per quarter and a quarterly budget for every demo project.

Built after the rest of the demo from its rows, with a random generator of its own. The share
in work or studies moves each iteration by a small drift plus an effect of each method worked
on in that iteration (weighted by its points), plus noise, so that the method → result view
has something true to show: iterations that used IPS or employer engagement moved clearly more
than those that did not, while health promotion moves participants' work capacity instead.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from improve_desktop.domain.results import (
    AGE_BANDS,
    EXIT_STATUSES,
    STARTER_INDICATORS,
    CostCategory,
    Gender,
    LogicLevel,
    quarters,
)
from improve_desktop.services import demo_content as content
from improve_desktop.store.base import new_id
from improve_desktop.store.results_models import (
    BudgetLine,
    Indicator,
    LogicNode,
    Measurement,
    ParticipantFigure,
    ReferenceValue,
    logic_node_item,
    logic_node_method,
)

SEED = 2028
ITEMS_PER_ACTIVITY = 4

# Percentage points a method adds to the share in work or studies (and to work capacity) in
# an iteration that put eight points or more into it.
WORK_EFFECT = {"IPS": 3.2, "ARBG": 2.0, "SE": 2.0, "ARBTR": 1.0, "SPRAK": 0.8, "KART": 0.5,
               "SAMV": 0.5, "MI": 0.3, "HALSA": 0.0, "PEER": 0.2, "DIGI": 0.1}
CAPACITY_EFFECT = {"HALSA": 2.5, "MI": 1.5, "PEER": 1.5, "KART": 1.0, "SAMV": 0.8}

# Baseline and target of each starter indicator.
TARGETS = {
    "started": (0.0, 150.0),
    "ended": (0.0, 120.0),
    "work_or_studies": (20.0, 40.0),
    "capacity": (30.0, 55.0),
    "cost_per_participant": (120_000.0, 85_000.0),
    "satisfaction": (3.5, 4.3),
}
REFERENCES = {
    "work_or_studies": (24.0, "Arbetsförmedlingens ordinarie insatser, Västerbotten 2025"),
    "capacity": (31.0, "Förbundets uppföljning av ordinarie rehabilitering 2025"),
    "cost_per_participant": (98_000.0, "Förbundets årsredovisning 2025"),
}
BUDGET_SHARES = {
    CostCategory.STAFF: 0.62, CostCategory.EXTERNAL: 0.10, CostCategory.PREMISES: 0.08,
    CostCategory.TRAVEL: 0.05, CostCategory.PARTICIPANTS: 0.10, CostCategory.OTHER: 0.05,
}
# Projects whose spending runs ahead of plan (by their position in demo_content.PROJECTS).
OVERSPENDING = {1: 1.22}

LOGIC = {
    LogicLevel.IMPACT: "Fler i egen försörjning",
    LogicLevel.LONG_TERM_OUTCOME: "Varaktig etablering i arbete eller studier",
}
SHORT_WORK = "Fler i arbete eller studier vid avslut"
SHORT_CAPACITY = "Ökad arbets- och studieförmåga"
OUTPUT_PLAN = "Deltagare med individuell plan och stöd"
OUTPUT_CAPACITY = "Stöd för hälsa, motivation och delaktighet"


def build(builder: Any) -> list[tuple[Any, list[dict[str, Any]]]]:
    rng = random.Random(SEED)
    tables: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    codes = {method_id: code for code, method_id in builder.method_ids.items()}
    points: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    tagged: dict[tuple[str, str], list[str]] = defaultdict(list)
    items = {item["id"]: item for item in builder.items}
    for link in builder.links:
        item = items[link["item_id"]]
        code = codes[link["method_id"]]
        if item["iteration_id"] is not None:
            points[item["iteration_id"]][code] += item["estimate_points"] or 0
        tagged[(item["project_id"], code)].append(item["id"])
    iterations: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for iteration in builder.iterations:
        iterations[iteration["project_id"]].append(iteration)
    for position, project in enumerate(builder.projects):
        spec = content.PROJECTS[position % len(content.PROJECTS)]
        _Project(builder, rng, tables, project, spec, position % len(content.PROJECTS),
                 sorted(iterations[project["id"]], key=lambda it: it["number"]), points,
                 tagged).build()
    return [(model, tables[model]) for model in (
        LogicNode, logic_node_method, logic_node_item, Indicator, Measurement, ReferenceValue,
        ParticipantFigure, BudgetLine)]


class _Project:
    def __init__(self, builder: Any, rng: random.Random, tables: dict[Any, list[dict[str, Any]]],
                 project: dict[str, Any], spec: content.DemoProject, index: int,
                 iterations: list[dict[str, Any]], points: dict[str, dict[str, int]],
                 tagged: dict[tuple[str, str], list[str]]) -> None:
        self.builder, self.rng, self.tables, self.project = builder, rng, tables, project
        self.spec, self.index, self.iterations = spec, index, iterations
        self.points, self.tagged = points, tagged
        self.when = project["created_at"] + timedelta(days=5)
        # The head-count indicators are written from the participant figures once those exist,
        # so that the Indicators and Participants pages tell the same story.
        self.counted: dict[str, dict[str, Any]] = {}
        self.quarter_totals: list[tuple[date, date, int, int]] = []

    def row(self, model: Any, **values: Any) -> dict[str, Any]:
        row = {"id": new_id(), "created_at": self.when, "updated_at": self.when, **values}
        self.tables[model].append(row)
        return row

    def node(self, level: LogicLevel, title: str, parent: dict[str, Any] | None,
             position: int) -> dict[str, Any]:
        return self.row(LogicNode, project_id=self.project["id"], level=level.value, title=title,
                        description="", parent_id=parent["id"] if parent else None,
                        position=position)

    def build(self) -> None:
        impact = self.node(LogicLevel.IMPACT, LOGIC[LogicLevel.IMPACT], None, 0)
        long_term = self.node(LogicLevel.LONG_TERM_OUTCOME, LOGIC[LogicLevel.LONG_TERM_OUTCOME],
                              impact, 0)
        short_work = self.node(LogicLevel.SHORT_TERM_OUTCOME, SHORT_WORK, long_term, 0)
        short_capacity = self.node(LogicLevel.SHORT_TERM_OUTCOME, SHORT_CAPACITY, long_term, 1)
        output_plan = self.node(LogicLevel.OUTPUT, OUTPUT_PLAN, short_work, 0)
        output_capacity = self.node(LogicLevel.OUTPUT, OUTPUT_CAPACITY, short_capacity, 1)
        names = {code: name for code, name, *_ in content.METHODS}
        for position, code in enumerate(self.spec.methods):
            # Methods aimed at work go under the plan; the others under health and motivation.
            parent = output_plan if WORK_EFFECT[code] >= 0.5 else output_capacity
            activity = self.node(LogicLevel.ACTIVITY, names[code], parent, position)
            self.tables[logic_node_method].append(
                {"node_id": activity["id"], "method_id": self.builder.method_ids[code]})
            for item_id in self.tagged[(self.project["id"], code)][:ITEMS_PER_ACTIVITY]:
                self.tables[logic_node_item].append({"node_id": activity["id"],
                                                     "item_id": item_id})
        nodes = {"work_or_studies": short_work, "capacity": short_capacity}
        for position, starter in enumerate(STARTER_INDICATORS):
            baseline, target = TARGETS[starter.key]
            indicator = self.row(
                Indicator, project_id=self.project["id"],
                node_id=nodes.get(starter.key, output_plan)["id"], key=starter.key,
                name=starter.name_sv, unit=starter.unit, baseline=baseline, target=target,
                direction=starter.direction.value, source=starter.source, position=position)
            self.measure(indicator, starter.key, baseline)
            if starter.key in REFERENCES:
                value, source = REFERENCES[starter.key]
                self.row(ReferenceValue, indicator_id=indicator["id"], value=value,
                         source=source, period="2025")
        self.participants()
        self.head_counts()
        self.budget()

    def measure(self, indicator: dict[str, Any], key: str, baseline: float) -> None:
        rng = self.rng
        value = {"work_or_studies": baseline + rng.uniform(-3, 2),
                 "capacity": baseline + rng.uniform(-3, 3),
                 "cost_per_participant": baseline * rng.uniform(1.0, 1.15),
                 "satisfaction": baseline + rng.uniform(0.0, 0.3),
                 "started": 0.0, "ended": 0.0}[key]
        for iteration in self.iterations:
            used = self.points[iteration["id"]]
            if key == "work_or_studies":
                value += 0.3 + sum(WORK_EFFECT.get(code, 0) * min(p, 8) / 8
                                   for code, p in used.items()) + rng.gauss(0, 0.7)
            elif key == "capacity":
                value += 0.4 + sum(CAPACITY_EFFECT.get(code, 0) * min(p, 8) / 8
                                   for code, p in used.items()) + rng.gauss(0, 0.7)
            elif key == "started":
                value += rng.randint(4, 9)
            elif key == "ended":
                value += rng.randint(1, 5) if iteration["number"] > 1 else 0
            elif key == "cost_per_participant":
                value *= rng.uniform(0.95, 0.99)
            else:
                value = min(5.0, max(1.0, value + rng.gauss(0.05, 0.08)))
            if key in ("started", "ended"):
                self.counted[key] = indicator  # written by head_counts (the draws above stay)
                continue
            decimals = 0 if key == "cost_per_participant" else 1
            self.row(Measurement, indicator_id=indicator["id"], iteration_id=iteration["id"],
                     measured_on=min(iteration["end_date"], self.builder.today),
                     value=round(value, decimals), note="")

    def quarters(self) -> list[tuple[date, date]]:
        return quarters(self.project["start_date"], self.project["end_date"])

    def participants(self) -> None:
        rng = self.rng
        today = self.builder.today
        weights = {"15-24": 3, "25-29": 2, "30-49": 4, "50-64": 2, "65+": 0}
        if self.spec.code == "SKE-UNG":
            weights = {"15-24": 6, "25-29": 3, "30-49": 0, "50-64": 0, "65+": 0}
        for start, end in self.quarters():
            if start > today:
                break
            totals = [0, 0]
            for gender in Gender:
                share = 0.15 if gender is Gender.OTHER else 1.0
                for band in AGE_BANDS:
                    started = round(rng.uniform(0.5, 1.8) * weights[band] * share)
                    ended = round(started * rng.uniform(0.2, 0.7))
                    exits = dict.fromkeys(EXIT_STATUSES, 0)
                    for _ in range(ended):
                        exits[rng.choices(EXIT_STATUSES, (30, 8, 35, 15, 12))[0]] += 1
                    totals[0] += started
                    totals[1] += ended
                    self.row(ParticipantFigure, project_id=self.project["id"],
                             period_start=start, period_end=end, gender=gender.value,
                             age_band=band, started=started, ended=ended,
                             **{f"exit_{status}": count for status, count in exits.items()},
                             source="SUS")
            self.quarter_totals.append((start, end, totals[0], totals[1]))

    def head_counts(self) -> None:
        """Participants started and ended up to each iteration, from the quarterly figures
        (a quarter counts in proportion to how much of it has passed by the iteration's end)."""
        today = self.builder.today
        for key, indicator in self.counted.items():
            for iteration in self.iterations:
                day = min(iteration["end_date"], today)
                total = 0.0
                for start, end, started, ended in self.quarter_totals:
                    known_end = min(end, today)
                    if day < start or known_end < start:
                        continue
                    span = (known_end - start).days + 1
                    passed = min((min(day, known_end) - start).days + 1, span)
                    total += (started if key == "started" else ended) * passed / span
                self.row(Measurement, indicator_id=indicator["id"],
                         iteration_id=iteration["id"], measured_on=day, value=round(total),
                         note="")

    def budget(self) -> None:
        rng = self.rng
        today = self.builder.today
        quarters = self.quarters()
        total_days = sum((end - start).days + 1 for start, end in quarters)
        pace = OVERSPENDING.get(self.index, 1.0)
        for start, end in quarters:
            days = (end - start).days + 1
            for category, share in BUDGET_SHARES.items():
                planned = round(self.project["budget_sek"] * share * days / total_days, -3)
                actual = None
                if start <= today:
                    done = min((today - start).days + 1, days) / days
                    actual = round(planned * done * pace * rng.uniform(0.9, 1.08), -2)
                self.row(BudgetLine, project_id=self.project["id"], period_start=start,
                         period_end=end, category=category.value, planned_sek=int(planned),
                         actual_sek=None if actual is None else int(actual))
