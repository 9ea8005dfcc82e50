"""Tree of organisation → steering cluster → project for the navigation pane."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from improve_desktop.services.schemas import OrganisationNode, ProjectNode
from improve_desktop.ui.formatting import project_status_text

Index = QModelIndex | QPersistentModelIndex

NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 1
NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class NodeKind(StrEnum):
    ORGANISATION = "organisation"
    CLUSTER = "cluster"
    PROJECT = "project"


@dataclass(eq=False)
class _Node:
    kind: NodeKind
    id: str
    label: str
    tooltip: str = ""
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class NavigationModel(QAbstractItemModel):
    """Read-only tree; rebuilt from the service's navigation tree with ``set_tree``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(NodeKind.ORGANISATION, "", "")

    def set_tree(self, tree: list[OrganisationNode]) -> None:
        self.beginResetModel()
        root = _Node(NodeKind.ORGANISATION, "", "")
        for org in tree:
            org_node = _Node(NodeKind.ORGANISATION, org.organisation.id, org.organisation.name,
                             org.organisation.locality, root)
            root.children.append(org_node)
            for cluster in org.clusters:
                cluster_node = _Node(NodeKind.CLUSTER, cluster.cluster.id, cluster.cluster.name,
                                     cluster.cluster.description, org_node)
                org_node.children.append(cluster_node)
                cluster_node.children += [self._project(p, cluster_node) for p in cluster.projects]
            org_node.children += [self._project(p, org_node) for p in org.projects_without_cluster]
        self._root = root
        self.endResetModel()

    @staticmethod
    def _project(project: ProjectNode, parent: _Node) -> _Node:
        return _Node(NodeKind.PROJECT, project.id, f"{project.code} – {project.name}",
                     project_status_text(project.status), parent)

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or None
        if role == NODE_KIND_ROLE:
            return node.kind.value
        if role == NODE_ID_ROLE:
            return node.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def find(self, kind: NodeKind, node_id: str) -> QModelIndex:
        """The index of the node with this kind and id, or an invalid index."""
        stack = [(self._root, QModelIndex())]
        while stack:
            node, index = stack.pop()
            for row, child in enumerate(node.children):
                child_index = self.index(row, 0, index)
                if child.kind is kind and child.id == node_id:
                    return child_index
                stack.append((child, child_index))
        return QModelIndex()

    def first_project(self) -> QModelIndex:
        stack = [(self._root, QModelIndex())]
        while stack:
            node, index = stack.pop(0)
            for row, child in enumerate(node.children):
                child_index = self.index(row, 0, index)
                if child.kind is NodeKind.PROJECT:
                    return child_index
                stack.append((child, child_index))
        return QModelIndex()
