"""Lessons library benchmark: full-text search over 50,000 lessons, one query per keystroke.

    python bench/lessons.py [--lessons 50000] [--runs 5]

The database is the scale-1 demo plus generated lessons (Swedish text from word stems and
inflections, tags, localities, methods), inserted through the ORM table so that the FTS5
triggers index every row. It is built once and cached under bench/.cache/.
Each measurement is a whole ``LessonService.search`` call (session, FTS5 MATCH, ranking of
at most RANK_AT_MOST matches, joins, filters, method links, Pydantic read schemas), for every
prefix of a few queries as they are typed. Target: under 50 ms per keystroke (issue 5).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from improve_desktop.services.demo import DemoService  # noqa: E402
from improve_desktop.services.lessons import LessonService  # noqa: E402
from improve_desktop.store.base import new_id, utc_now  # noqa: E402
from improve_desktop.store.migrate import open_store  # noqa: E402
from improve_desktop.store.models import Method, Organisation, Project  # noqa: E402
from improve_desktop.store.retro_models import Lesson, lesson_method  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
STEMS = (
    "arbetsträning", "handledare", "deltagare", "samverkan", "arbetsgivare", "kartläggning",
    "motivation", "uppföljning", "hälsa", "språk", "praktik", "inskrivning", "remiss",
    "styrgrupp", "förtroende", "kontakt", "möte", "plan", "stöd", "rehabilitering", "tolk",
    "jobbsökning", "anställning", "utbildning", "vägledning", "gruppstart", "hembesök",
    "sjukskrivning", "försörjning", "boende", "resa", "kalender", "rutin", "mall", "insats",
    "metod", "resultat", "workshop", "coach", "mentor", "nätverk", "studie", "träff",
)
SUFFIXES = ("", "en", "ar", "arna", "ens", "er", "erna", "s")
FILLER = (
    "och", "att", "med", "för", "när", "som", "det", "vi", "de", "inte", "mer", "bättre",
    "tidigt", "varje", "vecka", "gav", "kräver", "fungerar", "behöver", "fler", "färre",
    "the", "participants", "employer", "support", "worked", "better", "with", "early",
)
TAGS = ("unga", "nyanlända", "sjukskrivna", "långtidsarbetslösa", "arbetsgivare",
        "samverkan", "digitalisering", "hälsa", "språk", "styrning", "uppföljning")
QUERIES = ("arbetsträningen", "handledare unga", "samverkan arbetsgivare", "hembesök",
           "umeå språk", "xyz")


def word(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(FILLER)
    return rng.choice(STEMS) + rng.choice(SUFFIXES)


def build(path: Path, count: int) -> None:
    opened = open_store(path)
    try:
        DemoService(opened.store).load(today=date(2026, 11, 27))
        rng = random.Random(5)
        with opened.store.write() as session:
            projects = session.execute(
                select(Project.id, Project.owner_organisation_id)).all()
            localities = dict(session.execute(select(Organisation.id, Organisation.locality)).all())
            methods = list(session.scalars(select(Method.id)))
            now = utc_now()
            rows, links = [], []
            for _ in range(count):
                project_id, organisation_id = rng.choice(projects)
                lesson_id = new_id()
                rows.append({
                    "id": lesson_id, "created_at": now, "updated_at": now,
                    "title": " ".join(word(rng) for _ in range(rng.randint(4, 9))).capitalize(),
                    "text": " ".join(word(rng) for _ in range(rng.randint(20, 70))) + ".",
                    "project_id": project_id, "organisation_id": organisation_id,
                    "locality": localities[organisation_id],
                    "target_groups": ", ".join(rng.sample(TAGS, 1)),
                    "themes": ", ".join(rng.sample(TAGS, 2)), "source_note_id": None,
                    "learned_on": date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000)),
                })
                links += [{"lesson_id": lesson_id, "method_id": method}
                          for method in rng.sample(methods, rng.randint(0, 2))]
            started = time.perf_counter()
            session.execute(insert(Lesson), rows)
            session.execute(insert(lesson_method), links)
        print(f"inserted {count} lessons (indexed by the triggers) in "
              f"{time.perf_counter() - started:.1f} s")
    finally:
        opened.store.close()


def report(name: str, values: list[float]) -> None:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name:<34} n={len(values):<4} median {statistics.median(values):6.2f} ms"
          f"   p95 {p95:6.2f} ms   max {ordered[-1]:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = CACHE / f"lessons-{args.lessons}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        build(partial, args.lessons)
        partial.rename(path)
    opened = open_store(path)
    try:
        service = LessonService(opened.store)
        service.search({"text": "a"})  # builds the Pydantic validators
        per_length: dict[str, list[float]] = {"1 character": [], "2 characters": [],
                                              "3 or more characters": []}
        everything: list[float] = []
        filtered: list[float] = []
        # Own CPU time too: what a keystroke costs when other work shares the machine.
        cpu: list[float] = []
        cpu_filtered: list[float] = []
        for _ in range(args.runs):
            for query in QUERIES:
                for end in range(1, len(query) + 1):
                    typed = query[:end]
                    started, started_cpu = time.perf_counter(), time.process_time()
                    service.search({"text": typed})
                    elapsed = (time.perf_counter() - started) * 1000
                    cpu.append((time.process_time() - started_cpu) * 1000)
                    everything.append(elapsed)
                    last = typed.split()[-1] if typed.split() else ""
                    key = ("1 character" if len(last) <= 1 else
                           "2 characters" if len(last) == 2 else "3 or more characters")
                    per_length[key].append(elapsed)
                    started, started_cpu = time.perf_counter(), time.process_time()
                    service.search({"text": typed, "locality": "Umeå", "tag": "unga",
                                    "learned_from": date(2025, 1, 1)})
                    filtered.append((time.perf_counter() - started) * 1000)
                    cpu_filtered.append((time.process_time() - started_cpu) * 1000)
        report("every keystroke", everything)
        for key, values in per_length.items():
            report(f"  last word {key}", values)
        report("keystroke + locality/tag/date", filtered)
        report("every keystroke, CPU time", cpu)
        report("keystroke + filters, CPU time", cpu_filtered)
        loadavg = Path("/proc/loadavg")
        if loadavg.exists():
            print(f"load average while measuring: {loadavg.read_text().split()[0]}")
        started = time.perf_counter()
        hits = service.search({"text": "arbetsträn"})
        print(f"'arbetsträn': {len(hits)} hits shown (limit 50) in "
              f"{(time.perf_counter() - started) * 1000:.1f} ms")
        # What an edit and a delete cost with the index in step (the triggers' work).
        lesson_id = hits[0].lesson.id
        edits = []
        for number in range(10):
            started = time.perf_counter()
            service.update(lesson_id, {"title": f"Redigerad lärdom {number}"})
            edits.append((time.perf_counter() - started) * 1000)
        report("edit one lesson (commit)", edits)
    finally:
        opened.store.close()


if __name__ == "__main__":
    main()
