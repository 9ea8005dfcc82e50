"""OrganisationService: organisations, people, steering clusters and seats, the method catalogue."""

from __future__ import annotations

import pytest

from improve_desktop.domain.enums import ClusterRole
from improve_desktop.services import demo_content
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.store.engine import Store


def codes(failure: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {error.field: error.code for error in failure.value.errors}


class TestOrganisations:
    def test_create_and_list(self, organisations: OrganisationService) -> None:
        outcome = organisations.create_organisation(
            {"name": "  Samordningsförbundet Umeå ", "locality": "Umeå"}
        )
        assert outcome.value.name == "Samordningsförbundet Umeå"
        assert outcome.change.kinds == frozenset({EntityKind.ORGANISATION})
        assert outcome.change.ids == frozenset({outcome.value.id})
        organisations.create_organisation({"name": "Lycksele kommun"})
        assert [o.name for o in organisations.list_organisations()] == [
            "Lycksele kommun",
            "Samordningsförbundet Umeå",
        ]

    @pytest.mark.parametrize(
        ("first", "again"),
        [
            ("Samordningsförbundet Umeå", "samordningsförbundet umeå"),
            ("Östersunds kommun", "ÖSTERSUNDS KOMMUN"),  # SQLite's lower() misses Ö
            ("Östersunds kommun", "Östersunds kommun"),  # exact repeat with a non-ASCII capital
            ("Älvsbyn", " älvsbyn "),
        ],
    )
    def test_duplicate_names_are_refused_whatever_their_case(
        self, organisations: OrganisationService, first: str, again: str
    ) -> None:
        organisations.create_organisation({"name": first})
        with pytest.raises(ValidationFailed) as failure:
            organisations.create_organisation({"name": again})
        assert codes(failure) == {"name": "duplicate"}
        assert len(organisations.list_organisations()) == 1

    def test_name_is_required(self, organisations: OrganisationService) -> None:
        with pytest.raises(ValidationFailed) as failure:
            organisations.create_organisation({"name": " ", "locality": "x" * 201})
        assert codes(failure) == {"name": "required", "locality": "too_long"}


class TestPeople:
    def test_create_with_and_without_organisation(
        self, organisations: OrganisationService, owner_id: str
    ) -> None:
        anna = organisations.create_person(
            {"name": "Anna Lindqvist", "email": " anna@example.se ", "organisation_id": owner_id}
        )
        guest = organisations.create_person({"name": "Guest Partner"})
        assert anna.value.email == "anna@example.se"
        assert anna.change.kinds == frozenset({EntityKind.PERSON})
        assert guest.value.organisation_id is None
        assert [p.name for p in organisations.list_people()] == ["Anna Lindqvist", "Guest Partner"]

    def test_unknown_organisation(self, organisations: OrganisationService) -> None:
        with pytest.raises(ValidationFailed) as failure:
            organisations.create_person({"name": "X", "organisation_id": "nope"})
        assert codes(failure) == {"organisation_id": "unknown"}
        assert organisations.list_people() == []


class TestClusters:
    def test_create_cluster_and_seats(
        self, organisations: OrganisationService, owner_id: str
    ) -> None:
        cluster = organisations.create_cluster(
            {"code": "sk", "name": "Styrgruppskluster Skellefteå", "organisation_id": owner_id}
        )
        assert cluster.value.code == "SK"
        assert cluster.change.kinds == frozenset({EntityKind.CLUSTER})
        chair = organisations.create_person({"name": "Anna Lindqvist"}).value
        member = organisations.create_person({"name": "Erik Burström"}).value
        seated = organisations.add_member(cluster.value.id, chair.id, ClusterRole.CHAIR)
        assert seated.value is None
        assert seated.change.kinds == frozenset({EntityKind.CLUSTER})
        assert seated.change.ids == frozenset({cluster.value.id})
        organisations.add_member(cluster.value.id, member.id, ClusterRole.MEMBER)
        members = organisations.list_members(cluster.value.id)
        assert {(m.person.name, m.role) for m in members} == {
            ("Anna Lindqvist", ClusterRole.CHAIR),
            ("Erik Burström", ClusterRole.MEMBER),
        }
        assert [c.code for c in organisations.list_clusters()] == ["SK"]

    def test_a_person_has_one_seat_per_cluster(
        self, organisations: OrganisationService, owner_id: str
    ) -> None:
        cluster = organisations.create_cluster(
            {"code": "SK", "name": "Kluster", "organisation_id": owner_id}
        ).value
        person = organisations.create_person({"name": "Anna Lindqvist"}).value
        organisations.add_member(cluster.id, person.id, ClusterRole.CHAIR)
        with pytest.raises(ValidationFailed) as failure:
            organisations.add_member(cluster.id, person.id, ClusterRole.MEMBER)
        assert codes(failure) == {"person_id": "duplicate"}
        assert [m.role for m in organisations.list_members(cluster.id)] == [ClusterRole.CHAIR]

    def test_unknown_cluster_or_person(
        self, organisations: OrganisationService, owner_id: str
    ) -> None:
        cluster = organisations.create_cluster(
            {"code": "SK", "name": "Kluster", "organisation_id": owner_id}
        ).value
        person = organisations.create_person({"name": "Anna"}).value
        with pytest.raises(ValidationFailed) as failure:
            organisations.add_member("nope", person.id, ClusterRole.MEMBER)
        assert codes(failure) == {"cluster_id": "unknown"}
        with pytest.raises(ValidationFailed) as failure:
            organisations.add_member(cluster.id, "nope", ClusterRole.MEMBER)
        assert codes(failure) == {"person_id": "unknown"}

    def test_duplicate_code_and_unknown_organisation(
        self, organisations: OrganisationService, owner_id: str
    ) -> None:
        organisations.create_cluster({"code": "SK", "name": "A", "organisation_id": owner_id})
        with pytest.raises(ValidationFailed) as failure:
            organisations.create_cluster({"code": "sk", "name": "B", "organisation_id": owner_id})
        assert codes(failure) == {"code": "duplicate"}
        with pytest.raises(ValidationFailed) as failure:
            organisations.create_cluster({"code": "UL", "name": "C", "organisation_id": "nope"})
        assert codes(failure) == {"organisation_id": "unknown"}
        assert len(organisations.list_clusters()) == 1


def test_demo_clusters_members_and_methods(demo_store: Store) -> None:
    service = OrganisationService(demo_store)
    clusters = {cluster.code: cluster for cluster in service.list_clusters()}
    assert set(clusters) == {"SK", "UL"}
    for code, _name, _org, _description, seats in demo_content.CLUSTERS:
        members = service.list_members(clusters[code].id)
        assert len(members) == len(seats)
        assert sum(1 for m in members if m.role is ClusterRole.CHAIR) == 1
    methods = service.list_methods()
    assert {m.code for m in methods} == {code for code, *_ in demo_content.METHODS}
    assert [m.name_sv for m in methods] == sorted(m.name_sv for m in methods)
