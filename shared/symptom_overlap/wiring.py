"""The composition root: settings, the DynamoDB client, the knowledge-base cache and its metrics.

Everything is created on first use, never at import, and once per container.
"""

from __future__ import annotations

from functools import cache
from time import monotonic as monotonic  # module attribute: tests move time by replacing it

from aws_lambda_powertools.metrics import MetricUnit

from symptom_overlap.adapters.dynamodb import KnowledgeTable, dynamodb_client
from symptom_overlap.knowledge.cache import KnowledgeCache
from symptom_overlap.knowledge.schema import KnowledgeBase
from symptom_overlap.observability import logger, metrics
from symptom_overlap.settings import get_settings


def current_knowledge_base() -> KnowledgeBase:
    cache = _knowledge_cache()
    knowledge_base = cache.current()
    if cache.stale:
        metrics.add_metric(name="StaleKnowledgeServed", unit=MetricUnit.Count, value=1)
    return knowledge_base


def knowledge_status() -> tuple[str, bool]:
    """The active knowledge-base version and whether it is stale, for the health check: read through the
    cache like any request (no DynamoDB call while it is fresh), without counting as a stale answer."""
    cache = _knowledge_cache()
    return cache.current().version, cache.stale


def serving_stale_knowledge() -> bool:
    """Whether this container's last answer came from a version the store could not confirm."""
    return _knowledge_cache().stale


def knowledge_table() -> KnowledgeTable:
    settings = get_settings()
    return KnowledgeTable(
        settings.table_name,
        client=lambda: dynamodb_client(
            settings.dynamodb_connect_timeout,
            settings.dynamodb_read_timeout,
            settings.dynamodb_total_attempts,
        ),
    )


@cache
def _knowledge_cache() -> KnowledgeCache:
    settings = get_settings()
    return KnowledgeCache(
        knowledge_table(),
        refresh_seconds=settings.knowledge_refresh_seconds,
        max_stale_seconds=settings.knowledge_max_stale_seconds,
        # Clients are told to retry after this long; asking the store sooner would only slow every 503.
        outage_backoff_seconds=settings.retry_after_seconds,
        on_refresh_failure=_record_refresh_failure,
        clock=lambda: monotonic(),  # looked up per call, so tests can move time without sleeping
    )


def _record_refresh_failure(error: Exception) -> None:
    logger.warning("knowledge base refresh failed", extra={"error_type": type(error).__name__})
    metrics.add_metric(name="KnowledgeBaseLoadFailures", unit=MetricUnit.Count, value=1)


def reset_knowledge_cache() -> None:
    """For tests: forget the cached knowledge base and settings."""
    _knowledge_cache.cache_clear()
    get_settings.cache_clear()
