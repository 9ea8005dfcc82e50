"""The backlog: items, their order, methods, status and iteration, with undo-friendly results.

Every change of an item's status, iteration or estimate writes an ItemStatusChange row: that
history is what burndown replays. Mutations return what the items looked like before, so
that the UI can undo through the same service.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from improve_desktop.domain.enums import ItemKind, ItemStatus
from improve_desktop.domain.ranking import (
    MAX_RANK_LENGTH,
    initial_ranks,
    rank_between,
    ranks_between,
)
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import NotFound, ValidationFailed
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.planning_schemas import (
    BacklogItemCreate,
    BacklogItemRead,
    BacklogItemUpdate,
    ItemPlacement,
    ItemSnapshot,
    WipLimit,
)
from improve_desktop.services.schemas import validate_input
from improve_desktop.store.base import new_id, utc_now
from improve_desktop.store.engine import Store
from improve_desktop.store.models import (
    BacklogItem,
    BoardColumnLimit,
    ItemStatusChange,
    Iteration,
    Method,
    Project,
    backlog_item_method,
)

_ITEM_COLUMNS = (
    BacklogItem.id,
    BacklogItem.project_id,
    BacklogItem.iteration_id,
    Iteration.number,
    BacklogItem.rank,
    BacklogItem.title,
    BacklogItem.description,
    BacklogItem.kind,
    BacklogItem.status,
    BacklogItem.estimate_points,
    BacklogItem.acceptance_criteria,
    BacklogItem.done_on,
)


def _changed(*ids: str) -> Change:
    return Change.of(EntityKind.BACKLOG_ITEM, *ids)


class BacklogService:
    """Read and change a project's backlog."""

    def __init__(self, store: Store, *, today: Any = None) -> None:
        self._store = store
        self._today = today or date.today

    # -- reading --------------------------------------------------------------------------------

    def list_items(self, project_id: str) -> list[BacklogItemRead]:
        """Every item of the project in rank order, built in two queries."""
        with self._store.read() as session:
            return self._read_items(session, BacklogItem.project_id == project_id)

    def list_iteration_items(self, iteration_id: str) -> list[BacklogItemRead]:
        """The items planned into one iteration, in rank order."""
        with self._store.read() as session:
            return self._read_items(session, BacklogItem.iteration_id == iteration_id)

    def get_item(self, item_id: str) -> BacklogItemRead:
        with self._store.read() as session:
            items = self._read_items(session, BacklogItem.id == item_id)
        if not items:
            raise NotFound("backlog item", item_id)
        return items[0]

    def get_items(self, item_ids: Sequence[str]) -> list[BacklogItemRead]:
        """The items that still exist among ``item_ids``, in rank order (for partial refreshes)."""
        if not item_ids:
            return []
        with self._store.read() as session:
            return self._read_items(session, BacklogItem.id.in_(list(item_ids)))

    def _read_items(self, session: Session, condition: Any) -> list[BacklogItemRead]:
        """Rows straight from the driver: tens of thousands of items must load in a blink.

        SQLAlchemy's per-row result processing and Pydantic's per-row construction together
        cost several times the query itself; the values come from our own constrained tables,
        so they are converted by table lookups and set on the read schema directly.
        """
        connection = session.connection()
        query = (
            select(*_ITEM_COLUMNS)
            .outerjoin(Iteration, Iteration.id == BacklogItem.iteration_id)
            .where(condition)
            .order_by(BacklogItem.rank)
        )
        compiled = query.compile(connection, compile_kwargs={"render_postcompile": True})
        parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
        rows = connection.exec_driver_sql(str(compiled), parameters).fetchall()
        link_query = select(backlog_item_method.c.item_id, backlog_item_method.c.method_id).join(
            BacklogItem, BacklogItem.id == backlog_item_method.c.item_id
        ).where(condition)
        compiled = link_query.compile(connection, compile_kwargs={"render_postcompile": True})
        parameters = tuple(compiled.params[name] for name in compiled.positiontup or ())
        methods: dict[str, list[str]] = defaultdict(list)
        for item_id, method_id in connection.exec_driver_sql(str(compiled), parameters).fetchall():
            methods[item_id].append(method_id)
        kinds = {kind.value: kind for kind in ItemKind}
        statuses = {status.value: status for status in ItemStatus}
        no_methods: tuple[str, ...] = ()
        parse_date = date.fromisoformat
        items = []
        for (item_id, project_id, iteration_id, number, rank, title, description, kind, status,
             estimate, acceptance, done_on) in rows:
            linked = methods.get(item_id)
            items.append(_trusted(BacklogItemRead, {
                "id": item_id, "project_id": project_id, "iteration_id": iteration_id,
                "iteration_number": number, "rank": rank, "title": title,
                "description": description, "kind": kinds[kind], "status": statuses[status],
                "estimate_points": estimate, "acceptance_criteria": acceptance,
                "done_on": parse_date(done_on) if done_on else None,
                "method_ids": tuple(linked) if linked else no_methods,
            }))
        return items

    # -- creating and editing -------------------------------------------------------------------

    def create_item(self, data: BacklogItemCreate | dict[str, Any], by: str = "") -> Outcome[BacklogItemRead]:
        values = validate_input(BacklogItemCreate, data)
        with self._store.write() as session:
            if session.get(Project, values.project_id) is None:
                raise ValidationFailed.single("project_id", "unknown", "no such project")
            self._check_iteration(session, values.project_id, values.iteration_id)
            self._check_methods(session, values.method_ids)
            rank = self._rank_for_new(session, values)
            now = utc_now()
            item = BacklogItem(
                id=new_id(),
                project_id=values.project_id,
                iteration_id=values.iteration_id,
                rank=rank,
                title=values.title,
                kind=values.kind,
                status=ItemStatus.TODO,
                estimate_points=values.estimate_points,
                description=values.description,
                acceptance_criteria=values.acceptance_criteria,
                created_at=now,
                updated_at=now,
            )
            session.add(item)
            session.flush()
            self._link_methods(session, item.id, values.method_ids)
            self._record(session, item, None, now, by)
            item_id = item.id
        return Outcome(self.get_item(item_id), _changed(item_id))

    def update_item(self, item_id: str, data: BacklogItemUpdate | dict[str, Any],
                    by: str = "") -> Outcome[BacklogItemRead]:
        values = validate_input(BacklogItemUpdate, data)
        with self._store.write() as session:
            item = session.get(BacklogItem, item_id)
            if item is None:
                raise NotFound("backlog item", item_id)
            changes = values.model_dump(exclude_unset=True, exclude={"method_ids", "clear_estimate"})
            old_estimate = item.estimate_points
            for field, value in changes.items():
                if value is not None:
                    setattr(item, field, value)
            if values.clear_estimate:
                item.estimate_points = None
            if values.method_ids is not None:
                self._check_methods(session, values.method_ids)
                session.execute(delete(backlog_item_method).where(
                    backlog_item_method.c.item_id == item_id))
                self._link_methods(session, item_id, values.method_ids)
            item.updated_at = utc_now()
            if item.estimate_points != old_estimate:
                self._record(session, item, item.status, item.updated_at, by)
        return Outcome(self.get_item(item_id), _changed(item_id))

    # -- ordering -------------------------------------------------------------------------------

    def move_items(self, item_ids: Sequence[str], after_item_id: str | None) -> Outcome[list[ItemPlacement]]:
        """Place the items, keeping their relative order, right after ``after_item_id``
        (None: at the top). Returns where they were."""
        if not item_ids:
            return Outcome([], _changed())
        with self._store.write() as session:
            items = self._items(session, item_ids)
            project_id = items[0].project_id
            previous = [_placement(item) for item in items]
            moving = set(item_ids)
            if after_item_id in moving:
                raise ValidationFailed.single("after_item_id", "invalid",
                                              "cannot place items after one of themselves")
            low: str | None = None
            if after_item_id is not None:
                anchor = session.get(BacklogItem, after_item_id)
                if anchor is None or anchor.project_id != project_id:
                    raise NotFound("backlog item", after_item_id)
                low = anchor.rank
            following = select(BacklogItem.rank).where(
                BacklogItem.project_id == project_id, BacklogItem.id.not_in(moving)
            )
            if low is not None:
                following = following.where(BacklogItem.rank > low)
            high = session.scalar(following.order_by(BacklogItem.rank).limit(1))
            ordered = sorted(items, key=lambda item: item.rank)
            for item, rank in zip(ordered, ranks_between(low, high, len(ordered)), strict=True):
                item.rank = rank
                item.updated_at = utc_now()
            session.flush()
            if any(len(item.rank) > MAX_RANK_LENGTH for item in ordered):
                self._spread_ranks(session, project_id)
        return Outcome(previous, _changed(*item_ids))

    def move_to_end(self, item_ids: Sequence[str], *, top: bool) -> Outcome[list[ItemPlacement]]:
        """Move items to the very top or bottom of their project's backlog."""
        if not item_ids:
            return Outcome([], _changed())
        if top:
            return self.move_items(item_ids, None)
        with self._store.read() as session:
            project_id = self._items(session, item_ids[:1])[0].project_id
            last = session.scalar(
                select(BacklogItem.id)
                .where(BacklogItem.project_id == project_id, BacklogItem.id.not_in(set(item_ids)))
                .order_by(BacklogItem.rank.desc()).limit(1)
            )
        return self.move_items(item_ids, last)

    def _spread_ranks(self, session: Session, project_id: str) -> None:
        """Give every item of the project a fresh, evenly spaced rank (rarely needed)."""
        ids = session.scalars(
            select(BacklogItem.id).where(BacklogItem.project_id == project_id)
            .order_by(BacklogItem.rank)
        ).all()
        for item_id, rank in zip(ids, initial_ranks(len(ids)), strict=True):
            session.execute(update(BacklogItem).where(BacklogItem.id == item_id).values(rank=rank))

    # -- iteration and status -------------------------------------------------------------------

    def assign_iteration(self, item_ids: Sequence[str], iteration_id: str | None,
                         by: str = "") -> Outcome[list[ItemPlacement]]:
        """Move items into an iteration (None: back to the backlog). Returns where they were."""
        with self._store.write() as session:
            items = self._items(session, item_ids)
            if items:
                self._check_iteration(session, items[0].project_id, iteration_id)
            previous = [_placement(item) for item in items]
            now = utc_now()
            for item in items:
                if item.iteration_id != iteration_id:
                    item.iteration_id = iteration_id
                    item.updated_at = now
                    self._record(session, item, item.status, now, by)
        return Outcome(previous, _changed(*item_ids) | Change.of(EntityKind.ITERATION))

    def set_status(self, item_ids: Sequence[str], status: ItemStatus,
                   by: str = "") -> Outcome[list[ItemPlacement]]:
        with self._store.write() as session:
            items = self._items(session, item_ids)
            previous = [_placement(item) for item in items]
            now = utc_now()
            for item in items:
                if item.status is not status:
                    old = item.status
                    item.status = status
                    item.done_on = self._today() if status is ItemStatus.DONE else None
                    item.updated_at = now
                    self._record(session, item, old, now, by)
        return Outcome(previous, _changed(*item_ids) | Change.of(EntityKind.ITERATION))

    def restore_placements(self, placements: Iterable[ItemPlacement],
                           by: str = "") -> Outcome[list[ItemPlacement]]:
        """Put items back where they were (undo of a move, assignment or status change)."""
        placements = list(placements)
        with self._store.write() as session:
            items = {item.id: item for item in self._items(session, [p.item_id for p in placements])}
            current = [_placement(items[p.item_id]) for p in placements]
            now = utc_now()
            for placement in placements:
                item = items[placement.item_id]
                item.rank = placement.rank
                moved = item.iteration_id != placement.iteration_id
                old_status = item.status
                item.iteration_id = placement.iteration_id
                if old_status is not placement.status:
                    item.status = placement.status
                item.done_on = placement.done_on
                if moved or old_status is not placement.status:
                    item.updated_at = now
                    self._record(session, item, old_status, now, by)
        return Outcome(current, _changed(*(p.item_id for p in placements))
                       | Change.of(EntityKind.ITERATION))

    # -- deleting -------------------------------------------------------------------------------

    def delete_items(self, item_ids: Sequence[str]) -> Outcome[list[ItemSnapshot]]:
        with self._store.write() as session:
            items = self._items(session, item_ids)
            snapshots = []
            for item in items:
                row = {column.key: getattr(item, column.key) for column in BacklogItem.__table__.columns}
                methods = tuple(session.scalars(select(backlog_item_method.c.method_id).where(
                    backlog_item_method.c.item_id == item.id)))
                history = tuple(
                    {column.key: getattr(change, column.key)
                     for column in ItemStatusChange.__table__.columns}
                    for change in session.scalars(select(ItemStatusChange).where(
                        ItemStatusChange.item_id == item.id))
                )
                snapshots.append(ItemSnapshot(item=row, method_ids=methods, history=history))
                session.delete(item)
        return Outcome(snapshots, _changed(*item_ids) | Change.of(EntityKind.ITERATION))

    def restore_items(self, snapshots: Sequence[ItemSnapshot]) -> Outcome[list[str]]:
        """Put deleted items back exactly as they were (undo of delete)."""
        with self._store.write() as session:
            for snapshot in snapshots:
                session.execute(insert(BacklogItem), [snapshot.item])
                if snapshot.method_ids:
                    session.execute(insert(backlog_item_method), [
                        {"item_id": snapshot.item["id"], "method_id": method_id}
                        for method_id in snapshot.method_ids])
                if snapshot.history:
                    session.execute(insert(ItemStatusChange), list(snapshot.history))
        ids = [snapshot.item["id"] for snapshot in snapshots]
        return Outcome(ids, _changed(*ids) | Change.of(EntityKind.ITERATION))

    # -- board limits ---------------------------------------------------------------------------

    def wip_limits(self, project_id: str) -> list[WipLimit]:
        with self._store.read() as session:
            limits = dict(session.execute(
                select(BoardColumnLimit.status, BoardColumnLimit.wip_limit)
                .where(BoardColumnLimit.project_id == project_id)).all())
        return [WipLimit(status=status, wip_limit=limits.get(status)) for status in ItemStatus]

    def set_wip_limit(self, project_id: str, status: ItemStatus,
                      limit: int | None) -> Outcome[WipLimit]:
        if limit is not None and not 1 <= limit <= 999:
            raise ValidationFailed.single("wip_limit", "out_of_range", "must be between 1 and 999",
                                          min=1, max=999)
        with self._store.write() as session:
            row = session.scalar(select(BoardColumnLimit).where(
                BoardColumnLimit.project_id == project_id, BoardColumnLimit.status == status))
            if limit is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(BoardColumnLimit(project_id=project_id, status=status, wip_limit=limit))
            else:
                row.wip_limit = limit
        return Outcome(WipLimit(status=status, wip_limit=limit), Change.of(EntityKind.PROJECT, project_id))

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _items(session: Session, item_ids: Sequence[str]) -> list[BacklogItem]:
        wanted = list(dict.fromkeys(item_ids))
        found = {item.id: item for item in session.scalars(
            select(BacklogItem).where(BacklogItem.id.in_(wanted)))}
        missing = [item_id for item_id in wanted if item_id not in found]
        if missing:
            raise NotFound("backlog item", missing[0])
        if len({item.project_id for item in found.values()}) > 1:
            raise ValidationFailed.single("item_ids", "mixed_projects",
                                          "items of several projects cannot be changed together")
        return [found[item_id] for item_id in wanted]

    @staticmethod
    def _check_iteration(session: Session, project_id: str, iteration_id: str | None) -> None:
        if iteration_id is None:
            return
        iteration = session.get(Iteration, iteration_id)
        if iteration is None or iteration.project_id != project_id:
            raise ValidationFailed.single("iteration_id", "unknown", "no such iteration in the project")

    @staticmethod
    def _check_methods(session: Session, method_ids: Sequence[str]) -> None:
        if not method_ids:
            return
        known = set(session.scalars(select(Method.id).where(Method.id.in_(method_ids))))
        if set(method_ids) - known:
            raise ValidationFailed.single("method_ids", "unknown", "no such working method")

    @staticmethod
    def _link_methods(session: Session, item_id: str, method_ids: Sequence[str]) -> None:
        if method_ids:
            session.execute(insert(backlog_item_method), [
                {"item_id": item_id, "method_id": method_id}
                for method_id in dict.fromkeys(method_ids)])

    @staticmethod
    def _rank_for_new(session: Session, values: BacklogItemCreate) -> str:
        if values.after_item_id is not None:
            anchor = session.get(BacklogItem, values.after_item_id)
            if anchor is None or anchor.project_id != values.project_id:
                raise ValidationFailed.single("after_item_id", "unknown", "no such item")
            following = session.scalar(
                select(BacklogItem.rank).where(BacklogItem.project_id == values.project_id,
                                               BacklogItem.rank > anchor.rank)
                .order_by(BacklogItem.rank).limit(1))
            return rank_between(anchor.rank, following)
        if values.at_top:
            first = session.scalar(select(func.min(BacklogItem.rank)).where(
                BacklogItem.project_id == values.project_id))
            return rank_between(None, first)
        last = session.scalar(select(func.max(BacklogItem.rank)).where(
            BacklogItem.project_id == values.project_id))
        return rank_between(last, None)

    @staticmethod
    def _record(session: Session, item: BacklogItem, old: ItemStatus | None, when: datetime,
                by: str) -> None:
        session.add(ItemStatusChange(
            item_id=item.id, changed_at=when, changed_by=by, from_status=old,
            to_status=item.status, iteration_id=item.iteration_id,
            estimate_points=item.estimate_points, created_at=when, updated_at=when,
        ))


_READ_FIELDS = frozenset(BacklogItemRead.model_fields)


def _trusted(schema: type[BacklogItemRead], values: dict[str, Any]) -> BacklogItemRead:
    """A read schema from values our own tables guarantee, without validating each field.

    The same as ``model_construct`` with every field given, at a fraction of its cost.
    """
    instance = schema.__new__(schema)
    object.__setattr__(instance, "__dict__", values)
    object.__setattr__(instance, "__pydantic_fields_set__", _READ_FIELDS)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


def _placement(item: BacklogItem) -> ItemPlacement:
    return ItemPlacement(item_id=item.id, rank=item.rank, iteration_id=item.iteration_id,
                         status=item.status, done_on=item.done_on)
