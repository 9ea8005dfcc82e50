"""Organisations, people, steering clusters and the method catalogue."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from improve_desktop.domain.enums import ClusterRole
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.schemas import (
    ClusterCreate,
    ClusterRead,
    MembershipRead,
    MethodRead,
    OrganisationCreate,
    OrganisationRead,
    PersonCreate,
    PersonRead,
    validate_input,
)
from improve_desktop.store.engine import Store
from improve_desktop.store.models import (
    ClusterMembership,
    Method,
    Organisation,
    Person,
    SteeringCluster,
)


class OrganisationService:
    """Who owns and steers the projects."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list_organisations(self) -> list[OrganisationRead]:
        with self._store.read() as session:
            rows = session.scalars(select(Organisation).order_by(Organisation.name))
            return [OrganisationRead.model_validate(row) for row in rows]

    def create_organisation(
        self, data: OrganisationCreate | dict[str, Any]
    ) -> Outcome[OrganisationRead]:
        values = validate_input(OrganisationCreate, data)
        with self._store.write() as session:
            # Compared in Python: SQLite's lower() folds only ASCII, so "ÖSTRA" and "Östra"
            # slipped past it and the unique index then failed with an IntegrityError.
            wanted = values.name.casefold()
            names = session.scalars(select(Organisation.name))
            if any(name.casefold() == wanted for name in names):
                raise ValidationFailed.single(
                    "name", "duplicate", "an organisation with this name already exists"
                )
            row = Organisation(**values.model_dump())
            session.add(row)
            session.flush()
            result = OrganisationRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.ORGANISATION, result.id))

    def list_people(self) -> list[PersonRead]:
        with self._store.read() as session:
            rows = session.scalars(select(Person).order_by(Person.name))
            return [PersonRead.model_validate(row) for row in rows]

    def create_person(self, data: PersonCreate | dict[str, Any]) -> Outcome[PersonRead]:
        values = validate_input(PersonCreate, data)
        with self._store.write() as session:
            if values.organisation_id and session.get(Organisation, values.organisation_id) is None:
                raise ValidationFailed.single(
                    "organisation_id", "unknown", "no such organisation"
                )
            row = Person(**values.model_dump())
            session.add(row)
            session.flush()
            result = PersonRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.PERSON, result.id))

    def list_clusters(self) -> list[ClusterRead]:
        with self._store.read() as session:
            rows = session.scalars(select(SteeringCluster).order_by(SteeringCluster.name))
            return [ClusterRead.model_validate(row) for row in rows]

    def create_cluster(self, data: ClusterCreate | dict[str, Any]) -> Outcome[ClusterRead]:
        values = validate_input(ClusterCreate, data)
        with self._store.write() as session:
            if session.get(Organisation, values.organisation_id) is None:
                raise ValidationFailed.single(
                    "organisation_id", "unknown", "no such organisation"
                )
            if session.scalar(select(SteeringCluster.id).where(SteeringCluster.code == values.code)):
                raise ValidationFailed.single(
                    "code", "duplicate", "is already used by another steering cluster"
                )
            row = SteeringCluster(**values.model_dump())
            session.add(row)
            session.flush()
            result = ClusterRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.CLUSTER, result.id))

    def add_member(self, cluster_id: str, person_id: str, role: ClusterRole) -> Outcome[None]:
        with self._store.write() as session:
            if session.get(SteeringCluster, cluster_id) is None:
                raise ValidationFailed.single("cluster_id", "unknown", "no such steering cluster")
            if session.get(Person, person_id) is None:
                raise ValidationFailed.single("person_id", "unknown", "no such person")
            if session.scalar(
                select(ClusterMembership.id).where(
                    ClusterMembership.cluster_id == cluster_id,
                    ClusterMembership.person_id == person_id,
                )
            ):
                raise ValidationFailed.single(
                    "person_id", "duplicate", "already has a seat in this steering cluster"
                )
            session.add(ClusterMembership(cluster_id=cluster_id, person_id=person_id, role=role))
        return Outcome(None, Change.of(EntityKind.CLUSTER, cluster_id))

    def list_members(self, cluster_id: str) -> list[MembershipRead]:
        with self._store.read() as session:
            rows = session.scalars(
                select(ClusterMembership)
                .join(Person)
                .where(ClusterMembership.cluster_id == cluster_id)
                .order_by(ClusterMembership.role, Person.name)
            )
            return [MembershipRead.model_validate(row) for row in rows]

    def list_methods(self) -> list[MethodRead]:
        with self._store.read() as session:
            rows = session.scalars(select(Method).order_by(Method.name_sv))
            return [MethodRead.model_validate(row) for row in rows]
