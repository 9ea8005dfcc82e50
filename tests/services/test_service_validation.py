"""Input validation at the service boundary: one FieldError per field, with a stable code."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from improve_desktop.domain.enums import ProjectStatus
from improve_desktop.services.errors import (
    FieldError,
    NotFound,
    Refused,
    ServiceError,
    ValidationFailed,
    field_errors_from,
)
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.schemas import (
    OrganisationCreate,
    ProjectCreate,
    validate_input,
)


def errors_of(failure: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    """field -> code, checking on the way that no field is reported twice."""
    fields = [error.field for error in failure.value.errors]
    assert len(fields) == len(set(fields)), f"a field is reported more than once: {fields}"
    return {error.field: error.code for error in failure.value.errors}


VALID: dict[str, Any] = {
    "code": "SKE-VV",
    "name": "Vägen vidare",
    "owner_organisation_id": "owner",
    "start_date": date(2026, 1, 5),
    "end_date": date(2028, 12, 31),
}


@pytest.mark.parametrize(
    ("change", "field", "code"),
    [
        ({"name": "x" * 201}, "name", "too_long"),
        ({"name": "   "}, "name", "required"),
        ({"name": ""}, "name", "required"),
        ({"code": "S"}, "code", "too_short"),
        ({"code": "X" * 17}, "code", "too_long"),
        ({"code": "SKE VV"}, "code", "pattern"),
        ({"code": "-SKE"}, "code", "pattern"),
        ({"code": "SKE_VV"}, "code", "pattern"),
        ({"end_date": date(2025, 12, 31)}, "end_date", "end_before_start"),
        ({"budget_sek": -1}, "budget_sek", "too_small"),
        ({"budget_sek": 10_000_000_001}, "budget_sek", "too_large"),
        ({"iteration_length_days": 4}, "iteration_length_days", "too_small"),
        ({"iteration_length_days": 43}, "iteration_length_days", "too_large"),
        ({"programme_area": "p" * 201}, "programme_area", "too_long"),
        ({"purpose": "p" * 20_001}, "purpose", "too_long"),
        ({"colour": "red"}, "colour", "unknown_field"),
    ],
)
def test_one_problem_gives_one_error_with_its_code(
    change: dict[str, Any], field: str, code: str
) -> None:
    with pytest.raises(ValidationFailed) as failure:
        validate_input(ProjectCreate, {**VALID, **change})
    assert errors_of(failure) == {field: code}
    error = failure.value.errors[0]
    assert error.message and "\n" not in error.message
    assert str(error) == f"{field}: {error.message}"


def test_limits_are_in_the_params_for_translated_messages() -> None:
    with pytest.raises(ValidationFailed) as failure:
        validate_input(ProjectCreate, {**VALID, "name": "x" * 201, "budget_sek": -5})
    params = {error.field: dict(error.params) for error in failure.value.errors}
    assert params["name"]["max_length"] == 200
    assert params["budget_sek"]["ge"] == 0
    messages = {error.field: error.message for error in failure.value.errors}
    assert messages["name"] == "must be at most 200 characters"
    assert messages["budget_sek"] == "must be at least 0"


def test_every_missing_field_is_reported_once() -> None:
    with pytest.raises(ValidationFailed) as failure:
        validate_input(ProjectCreate, {})
    assert errors_of(failure) == {
        "code": "required",
        "name": "required",
        "owner_organisation_id": "required",
        "start_date": "required",
        "end_date": "required",
    }
    assert str(failure.value).count(";") == 4  # one readable line listing all five


def test_several_problems_are_reported_together() -> None:
    data = {**VALID, "code": "a b", "name": "", "budget_sek": -1, "extra": 1}
    with pytest.raises(ValidationFailed) as failure:
        validate_input(ProjectCreate, data)
    assert errors_of(failure) == {
        "code": "pattern",
        "name": "required",
        "budget_sek": "too_small",
        "extra": "unknown_field",
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start_date", "2026-01-01"),  # text is not a date: inputs are strict
        ("end_date", "2028-12-31"),
        ("budget_sek", "1000"),
        ("budget_sek", 1000.0),
        ("budget_sek", True),
        ("code", 42),
        ("name", b"bytes"),
    ],
)
def test_inputs_are_strict_about_types(field: str, value: object) -> None:
    with pytest.raises(ValidationFailed) as failure:
        validate_input(ProjectCreate, {**VALID, field: value})
    assert list(errors_of(failure)) == [field]


def test_whitespace_is_stripped_and_codes_upper_cased() -> None:
    values = validate_input(
        ProjectCreate,
        {
            **VALID,
            "code": "  ske-vv ",
            "name": "  Vägen vidare\t",
            "purpose": "  Syfte.  ",
            "programme_area": " ESF+ ",
        },
    )
    assert values.code == "SKE-VV"
    assert values.name == "Vägen vidare"
    assert values.purpose == "Syfte."
    assert values.programme_area == "ESF+"


def test_swedish_letters_are_allowed_in_codes() -> None:
    assert validate_input(ProjectCreate, {**VALID, "code": "åsele-1"}).code == "ÅSELE-1"


def test_defaults() -> None:
    values = validate_input(ProjectCreate, VALID)
    assert values.status is ProjectStatus.PLANNED
    assert values.iteration_length_days == 14
    assert values.budget_sek == 0
    assert values.steering_cluster_id is None


def test_end_on_the_start_date_is_allowed() -> None:
    values = validate_input(ProjectCreate, {**VALID, "end_date": VALID["start_date"]})
    assert values.end_date == values.start_date


def test_a_schema_instance_is_passed_through() -> None:
    instance = OrganisationCreate(name="Förbundet")
    assert validate_input(OrganisationCreate, instance) is instance


def test_field_errors_from_a_pydantic_error_keep_nested_locations() -> None:
    with pytest.raises(ValidationError) as raw:
        OrganisationCreate.model_validate({"name": None, "other": 1})
    errors = field_errors_from(raw.value)
    assert [(e.field, e.code) for e in errors] == [
        ("name", "string_type"),
        ("other", "unknown_field"),
    ]


def test_service_errors_are_one_line() -> None:
    failure = ValidationFailed.single("scale", "out_of_range", "must be between 1 and 10", max=10)
    assert failure.errors == (
        FieldError("scale", "out_of_range", "must be between 1 and 10", {"max": 10}),
    )
    assert str(failure) == "scale: must be between 1 and 10"
    assert str(NotFound("project", "X-1")) == "no project 'X-1'"
    refused = Refused("not_empty", "the database already holds projects")
    assert refused.code == "not_empty"
    for error in (failure, NotFound("project", "X"), refused):
        assert isinstance(error, ServiceError)
    assert str(FieldError("", "general", "something went wrong")) == "something went wrong"


class TestCreateProjectChecksTheDatabase:
    def test_unknown_references(
        self, projects: ProjectService, project_input: dict[str, Any]
    ) -> None:
        data = {
            **project_input,
            "owner_organisation_id": "nope",
            "steering_cluster_id": "nope",
            "manager_id": "nope",
        }
        with pytest.raises(ValidationFailed) as failure:
            projects.create_project(data)
        assert errors_of(failure) == {
            "owner_organisation_id": "unknown",
            "steering_cluster_id": "unknown",
            "manager_id": "unknown",
        }
        assert projects.count_projects() == 0

    @pytest.mark.parametrize("again", ["SKE-VV", "ske-vv", "  Ske-Vv "])
    def test_duplicate_code_is_refused_whatever_its_case(
        self, projects: ProjectService, project_input: dict[str, Any], again: str
    ) -> None:
        projects.create_project(project_input)
        with pytest.raises(ValidationFailed) as failure:
            projects.create_project({**project_input, "code": again, "name": "Another"})
        assert errors_of(failure) == {"code": "duplicate"}
        assert projects.count_projects() == 1

    def test_duplicate_code_and_unknown_owner_together(
        self, projects: ProjectService, project_input: dict[str, Any]
    ) -> None:
        projects.create_project(project_input)
        with pytest.raises(ValidationFailed) as failure:
            projects.create_project({**project_input, "owner_organisation_id": "gone"})
        assert errors_of(failure) == {"code": "duplicate", "owner_organisation_id": "unknown"}

    def test_nothing_is_written_when_validation_fails(
        self, projects: ProjectService, project_input: dict[str, Any]
    ) -> None:
        with pytest.raises(ValidationFailed):
            projects.create_project({**project_input, "end_date": date(2020, 1, 1)})
        assert projects.count_projects() == 0
