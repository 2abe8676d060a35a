"""Keeps the active knowledge base in memory, re-checking the active pointer at most every N seconds."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from symptom_overlap.knowledge.errors import KnowledgeStoreUnavailable, KnowledgeVersionInvalid
from symptom_overlap.knowledge.schema import KnowledgeBase


class KnowledgeSource(Protocol):
    def active_version(self) -> str: ...

    def load_version(self, version: str) -> KnowledgeBase: ...


class KnowledgeCache:
    """Warm requests within the refresh interval make no call to the source.

    If a refresh fails (store unavailable, or the new version is corrupt) while a version is
    cached, the cached version keeps serving and the next attempt waits for another interval,
    so an outage does not slow every request and a bad version never replaces a good one.
    While the store is unreachable the cached version is *stale*; past ``max_stale_seconds``
    since the store last answered, it is no longer served and the error propagates.

    Once the store is known to be down with nothing left to serve (nothing cached, or past the stale
    window), requests fail at once for ``outage_backoff_seconds`` instead of each waiting for the
    client's retries; then one request asks the store again.
    """

    def __init__(
        self,
        source: KnowledgeSource,
        refresh_seconds: float,
        max_stale_seconds: float = float("inf"),
        outage_backoff_seconds: float = 0.0,
        on_refresh_failure: Callable[[Exception], None] = lambda error: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._source = source
        self._refresh_seconds = refresh_seconds
        self._clock = clock
        self._on_refresh_failure = on_refresh_failure
        self._max_stale_seconds = max_stale_seconds
        self._outage_backoff_seconds = outage_backoff_seconds
        self._unavailable_until = float("-inf")  # no call to the store before then: it is known to be down
        self._knowledge_base: KnowledgeBase | None = None
        self._checked_at = 0.0
        self._answered_at = 0.0  # when the store last answered
        self.stale = False  # whether the last current() served a version the store could not confirm

    def current(self) -> KnowledgeBase:
        now = self._clock()
        cached = self._knowledge_base
        if cached is not None and now - self._checked_at < self._refresh_seconds:
            return cached  # stale stays as the last check left it
        self.stale = False  # until a stale version is served below: a 503 is not a stale answer
        if now < self._unavailable_until:
            raise KnowledgeStoreUnavailable("the store was unreachable at the last check")
        try:
            version = self._source.active_version()
            if cached is None or cached.version != version:
                cached = self._source.load_version(version)
        except (KnowledgeStoreUnavailable, KnowledgeVersionInvalid) as error:
            self._on_refresh_failure(error)
            unreachable = isinstance(error, KnowledgeStoreUnavailable)
            if cached is None or (unreachable and now - self._answered_at > self._max_stale_seconds):
                if unreachable:
                    self._unavailable_until = now + self._outage_backoff_seconds
                raise
            self._answered_at = self._answered_at if unreachable else now
            self.stale = unreachable
            self._checked_at = now
            return cached
        self._knowledge_base = cached
        self._checked_at = self._answered_at = now
        self.stale = False
        return cached
