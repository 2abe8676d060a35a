"""Caching of what is derived from a knowledge base (scoring tables, the parser's lexicon)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from symptom_overlap.knowledge.schema import KnowledgeBase

Derived = TypeVar("Derived")


def per_version(build: Callable[[KnowledgeBase], Derived]) -> Callable[[KnowledgeBase], Derived]:
    """Build once per knowledge-base version, keeping only the latest: only the live one is used."""
    cached: dict[str, Derived] = {}

    @wraps(build)
    def derived(knowledge_base: KnowledgeBase) -> Derived:
        if knowledge_base.version not in cached:
            value = build(knowledge_base)
            cached.clear()
            cached[knowledge_base.version] = value
        return cached[knowledge_base.version]

    return derived
