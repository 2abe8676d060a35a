from dataclasses import dataclass, field

import pytest

from symptom_overlap.knowledge.cache import KnowledgeCache
from symptom_overlap.knowledge.errors import KnowledgeStoreUnavailable, KnowledgeVersionInvalid
from symptom_overlap.knowledge.schema import KnowledgeBase


@dataclass
class FakeSource:
    """An in-memory knowledge source that counts calls and can be told to fail."""

    versions: dict[str, KnowledgeBase]
    active: str
    failure: Exception | None = None
    calls: list[str] = field(default_factory=list)

    def active_version(self) -> str:
        self.calls.append("active_version")
        if self.failure:
            raise self.failure
        return self.active

    def load_version(self, version: str) -> KnowledgeBase:
        self.calls.append(f"load_version:{version}")
        return self.versions[version]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def two_versions(small_knowledge_base: KnowledgeBase) -> dict[str, KnowledgeBase]:
    return {
        "v1": small_knowledge_base.model_copy(update={"version": "v1"}),
        "v2": small_knowledge_base.model_copy(update={"version": "v2"}),
    }


def test_warm_requests_within_the_interval_make_no_calls(two_versions: dict[str, KnowledgeBase]) -> None:
    # Given a cache that has loaded the active version
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, clock=clock)
    assert cache.current().version == "v1"
    calls_after_cold_start = len(source.calls)
    # When more requests arrive within the refresh interval
    clock.now += 59
    for _ in range(10):
        cache.current()
    # Then the source is not called again
    assert len(source.calls) == calls_after_cold_start == 2


def test_after_the_interval_only_the_pointer_is_checked_when_unchanged(
    two_versions: dict[str, KnowledgeBase],
) -> None:
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, clock=clock)
    cache.current()
    clock.now += 61
    cache.current()
    assert source.calls == ["active_version", "load_version:v1", "active_version"]


def test_a_new_active_version_is_picked_up_after_the_interval(two_versions: dict[str, KnowledgeBase]) -> None:
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, clock=clock)
    cache.current()
    source.active = "v2"
    assert cache.current().version == "v1"
    clock.now += 61
    assert cache.current().version == "v2"


@pytest.mark.parametrize("failure", [KnowledgeStoreUnavailable("down"), KnowledgeVersionInvalid("corrupt")])
def test_a_failed_refresh_keeps_serving_the_cached_version(
    two_versions: dict[str, KnowledgeBase], failure: Exception
) -> None:
    # Given a warm cache
    failures: list[Exception] = []
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, clock=clock, on_refresh_failure=failures.append)
    cache.current()
    # When the store fails at the next refresh
    source.failure = failure
    clock.now += 61
    # Then the last good version keeps serving, the failure is reported,
    # and the next attempt waits for another interval
    assert cache.current().version == "v1"
    assert failures == [failure]
    calls = len(source.calls)
    cache.current()
    assert len(source.calls) == calls


def test_with_nothing_cached_a_store_failure_propagates(two_versions: dict[str, KnowledgeBase]) -> None:
    source = FakeSource(two_versions, "v1", failure=KnowledgeStoreUnavailable("down"))
    cache = KnowledgeCache(source, refresh_seconds=60, clock=FakeClock())
    with pytest.raises(KnowledgeStoreUnavailable):
        cache.current()


def test_an_unreachable_store_marks_the_served_version_stale_until_it_answers(
    two_versions: dict[str, KnowledgeBase],
) -> None:
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, max_stale_seconds=600, clock=clock)
    cache.current()
    assert not cache.stale
    source.failure = KnowledgeStoreUnavailable("down")
    clock.now += 61
    assert cache.current().version == "v1"
    assert cache.stale
    source.failure = None
    clock.now += 61
    cache.current()
    assert not cache.stale


def test_past_the_maximum_staleness_the_error_propagates(two_versions: dict[str, KnowledgeBase]) -> None:
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, max_stale_seconds=600, clock=clock)
    cache.current()
    source.failure = KnowledgeStoreUnavailable("down")
    clock.now += 599
    assert cache.current().version == "v1"
    clock.now += 61  # 660 s since the store last answered
    with pytest.raises(KnowledgeStoreUnavailable):
        cache.current()


def test_a_corrupt_new_version_is_not_staleness(two_versions: dict[str, KnowledgeBase]) -> None:
    # The store answers; only the new version is bad: the last good one serves without a time limit
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, max_stale_seconds=600, clock=clock)
    cache.current()
    source.failure = KnowledgeVersionInvalid("corrupt")
    clock.now += 10_000
    assert cache.current().version == "v1"
    assert not cache.stale


def test_past_the_stale_window_the_known_outage_fails_fast_until_the_backoff_ends(
    two_versions: dict[str, KnowledgeBase],
) -> None:
    # Given a warm cache whose store went down longer ago than the stale window
    source, clock = FakeSource(two_versions, "v1"), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=0, max_stale_seconds=600, outage_backoff_seconds=5, clock=clock)
    cache.current()
    source.failure = KnowledgeStoreUnavailable("down")
    clock.now += 300
    assert cache.current().version == "v1"
    assert cache.stale
    clock.now += 301
    with pytest.raises(KnowledgeStoreUnavailable):
        cache.current()
    calls = len(source.calls)
    # When more requests arrive within the backoff
    for _ in range(10):
        clock.now += 0.4
        with pytest.raises(KnowledgeStoreUnavailable):
            cache.current()
    # Then none of them asks the store, and none is flagged stale (nothing is served)
    assert len(source.calls) == calls
    assert not cache.stale
    # And after the backoff one request asks again, and the recovered store serves at once
    source.failure = None
    clock.now += 1.1
    assert cache.current().version == "v1"
    assert len(source.calls) == calls + 1
    assert not cache.stale


def test_a_cold_cache_that_found_the_store_down_fails_fast_within_the_backoff(
    two_versions: dict[str, KnowledgeBase],
) -> None:
    source, clock = FakeSource(two_versions, "v1", failure=KnowledgeStoreUnavailable("down")), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, outage_backoff_seconds=5, clock=clock)
    with pytest.raises(KnowledgeStoreUnavailable):
        cache.current()
    clock.now += 4.9
    with pytest.raises(KnowledgeStoreUnavailable):
        cache.current()
    assert source.calls == ["active_version"]
    clock.now += 0.2
    with pytest.raises(KnowledgeStoreUnavailable):
        cache.current()
    assert source.calls == ["active_version", "active_version"]


def test_a_corrupt_version_with_nothing_cached_is_not_an_outage(two_versions: dict[str, KnowledgeBase]) -> None:
    # The store answers; once the version is fixed the next request must see it, without a backoff
    source, clock = FakeSource(two_versions, "v1", failure=KnowledgeVersionInvalid("corrupt")), FakeClock()
    cache = KnowledgeCache(source, refresh_seconds=60, outage_backoff_seconds=5, clock=clock)
    with pytest.raises(KnowledgeVersionInvalid):
        cache.current()
    source.failure = None
    assert cache.current().version == "v1"
