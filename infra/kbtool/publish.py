"""Publishes a validated knowledge base to the table and makes it the active version."""

from __future__ import annotations

from collections.abc import Callable

from symptom_overlap.adapters.dynamodb import KnowledgeTable
from symptom_overlap.knowledge.models import KnowledgeBase


def publish(
    table: KnowledgeTable,
    knowledge_base: KnowledgeBase,
    activate: bool = True,
    on_progress: Callable[[int, int], None] = lambda written, total: None,
) -> None:
    """Write the whole version first; only then move the active pointer, so readers never see half."""
    table.write_version(knowledge_base, on_progress)
    if activate:
        table.activate(knowledge_base.version)
