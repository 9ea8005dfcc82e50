"""Reads for review packs that the planning services do not offer (Qt-free, read-only)."""

from __future__ import annotations

from sqlalchemy import select

from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.lookup import require
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.store.engine import Store
from improve_desktop.store.models import ItemStatusChange, Iteration


class ReviewService:
    """What a review needs to say about an iteration after it was closed."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def carried_over(self, iteration_id: str) -> list[BacklogItemRead]:
        """Items that were unfinished when the iteration closed and were moved out of it.

        Closing writes one history row per carried item at the moment of the close, naming
        where the item went (the next iteration or none, the backlog); these are those items,
        in backlog rank order, as they are now.
        """
        with self._store.read() as session:
            row = require(session, Iteration, iteration_id, "iteration")
            if row.closed_at is None:
                return []
            in_it = select(ItemStatusChange.item_id).where(
                ItemStatusChange.iteration_id == iteration_id
            )
            moved = session.scalars(
                select(ItemStatusChange.item_id).where(
                    ItemStatusChange.changed_at == row.closed_at,
                    ItemStatusChange.item_id.in_(in_it),
                    (ItemStatusChange.iteration_id != iteration_id)
                    | ItemStatusChange.iteration_id.is_(None),
                )
            ).all()
        items = BacklogService(self._store).get_items(sorted(set(moved)))
        return sorted(items, key=lambda item: item.rank)
