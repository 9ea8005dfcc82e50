"""Fixtures for the service tests: an organisation to own projects, valid project input."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.engine import Store


@pytest.fixture
def organisations(store: Store) -> OrganisationService:
    return OrganisationService(store)


@pytest.fixture
def projects(store: Store) -> ProjectService:
    return ProjectService(store)


@pytest.fixture
def owner_id(organisations: OrganisationService) -> str:
    return organisations.create_organisation(
        {"name": "Samordningsförbundet Skellefteå", "locality": "Skellefteå"}
    ).value.id


@pytest.fixture
def project_input(owner_id: str) -> dict[str, Any]:
    """A valid ProjectCreate as a plain dict, as a dialog or an import would pass it."""
    return {
        "code": "SKE-VV",
        "name": "Vägen vidare",
        "owner_organisation_id": owner_id,
        "start_date": date(2026, 1, 5),
        "end_date": date(2028, 12, 31),
        "budget_sek": 14_800_000,
        "purpose": "Fler i arbete.",
    }
