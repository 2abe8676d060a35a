"""The usage plan's throttle, as API Gateway applies it: a token bucket per API key."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class Throttle:
    def __init__(self, rate_per_second: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._rate = rate_per_second
        self._burst = burst
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)
        self._lock = threading.Lock()

    def allow(self, api_key: str) -> bool:
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(api_key, (float(self._burst), now))
            tokens = min(float(self._burst), tokens + (now - last) * self._rate)
            allowed = tokens >= 1
            self._buckets[api_key] = (tokens - 1 if allowed else tokens, now)
            return allowed
