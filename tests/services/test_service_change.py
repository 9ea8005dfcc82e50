"""Change and Outcome: what a mutation reports so that screens refresh exactly what they show."""

from __future__ import annotations

import dataclasses

import pytest

from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.outcome import Outcome


def test_of_names_one_kind_and_its_ids() -> None:
    change = Change.of(EntityKind.PROJECT, "a", "b", "a")
    assert change.kinds == frozenset({EntityKind.PROJECT})
    assert change.ids == frozenset({"a", "b"})


def test_of_without_ids() -> None:
    assert Change.of(EntityKind.METHOD).ids == frozenset()


def test_touches() -> None:
    change = Change.of(EntityKind.ITERATION, "i")
    assert change.touches(EntityKind.ITERATION)
    assert change.touches(EntityKind.PROJECT, EntityKind.ITERATION)
    assert not change.touches(EntityKind.PROJECT)
    assert not change.touches()


def test_everything_touches_every_kind() -> None:
    everything = Change.everything()
    assert everything.kinds == frozenset(EntityKind)
    assert all(everything.touches(kind) for kind in EntityKind)
    assert everything.ids == frozenset()


def test_changes_combine() -> None:
    combined = Change.of(EntityKind.PROJECT, "p") | Change.of(EntityKind.ITERATION, "i1", "i2")
    assert combined.kinds == frozenset({EntityKind.PROJECT, EntityKind.ITERATION})
    assert combined.ids == frozenset({"p", "i1", "i2"})


def test_changes_are_values() -> None:
    assert Change.of(EntityKind.PROJECT, "p") == Change.of(EntityKind.PROJECT, "p")
    assert hash(Change.of(EntityKind.PROJECT, "p")) == hash(Change.of(EntityKind.PROJECT, "p"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        Change.of(EntityKind.PROJECT).ids = frozenset({"x"})  # type: ignore[misc]


def test_outcome_carries_a_value_and_a_change() -> None:
    change = Change.of(EntityKind.PERSON, "x")
    outcome = Outcome(42, change)
    assert (outcome.value, outcome.change) == (42, change)
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.value = 43  # type: ignore[misc]


def test_kind_values_are_stable_strings() -> None:
    # The UI and future sync code key on these values.
    assert {kind.value for kind in EntityKind} == {
        "organisation",
        "person",
        "cluster",
        "project",
        "iteration",
        "backlog_item",
        "method",
        "retrospective",
        "lesson",
        "meeting",
        "decision",
        "logic_model",
        "indicator",
        "participants",
        "budget",
    }
