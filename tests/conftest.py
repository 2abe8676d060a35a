"""Fixtures shared by every suite."""

from __future__ import annotations

import os

# Powertools reads these when the single Logger/Metrics objects are created at import, which in
# Lambda always follows the environment. This root conftest loads before any test imports them.
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "SymptomOverlapTests")
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "tests")

import pytest

from symptom_overlap.knowledge.schema import KnowledgeBase
from tests.knowledge_fixtures import small_knowledge_base_data


@pytest.fixture
def small_knowledge_base() -> KnowledgeBase:
    return KnowledgeBase.model_validate(small_knowledge_base_data())
