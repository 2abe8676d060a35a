"""Keeps the active knowledge base in memory, re-checking the active pointer at most every N seconds."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from symptom_overlap.knowledge.errors import KnowledgeStoreUnavailable, KnowledgeVersionInvalid
from symptom_overlap.knowledge.models import KnowledgeBase


class KnowledgeSource(Protocol):
    def active_version(self) -> str: ...

    def load_version(self, version: str) -> KnowledgeBase: ...


class KnowledgeCache:
    """Warm requests within the refresh interval make no call to the source.

    If a refresh fails (store unavailable, or the new version is corrupt) while a version is
    cached, the cached version keeps serving and the next attempt waits for another interval,
    so an outage does not slow every request and a bad version never replaces a good one.
    """

    def __init__(
        self,
        source: KnowledgeSource,
        refresh_seconds: float,
        on_refresh_failure: Callable[[Exception], None] = lambda error: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._source = source
        self._refresh_seconds = refresh_seconds
        self._clock = clock
        self._on_refresh_failure = on_refresh_failure
        self._knowledge_base: KnowledgeBase | None = None
        self._checked_at = 0.0

    def current(self) -> KnowledgeBase:
        now = self._clock()
        cached = self._knowledge_base
        if cached is not None and now - self._checked_at < self._refresh_seconds:
            return cached
        try:
            version = self._source.active_version()
            if cached is None or cached.version != version:
                cached = self._source.load_version(version)
        except (KnowledgeStoreUnavailable, KnowledgeVersionInvalid) as error:
            self._on_refresh_failure(error)
            if cached is None:
                raise
            self._checked_at = now
            return cached
        self._knowledge_base = cached
        self._checked_at = now
        return cached
