import json

import pytest

from symptom_overlap.knowledge.errors import KnowledgeVersionInvalid
from symptom_overlap.knowledge.records import META_SORT_KEY, Record, from_records, to_records
from symptom_overlap.knowledge.schema import KnowledgeBase


def test_a_version_survives_the_round_trip_through_records(small_knowledge_base: KnowledgeBase) -> None:
    # Given a knowledge base laid out as records
    records = to_records(small_knowledge_base)
    # When it is rebuilt from them, in any order
    rebuilt = from_records(small_knowledge_base.version, list(reversed(records)))
    # Then nothing is lost
    assert rebuilt == small_knowledge_base


def test_a_partial_version_is_rejected(small_knowledge_base: KnowledgeBase) -> None:
    # Given a version whose last record never arrived
    records = to_records(small_knowledge_base)[:-1]
    # Then loading it fails instead of serving half a knowledge base
    with pytest.raises(KnowledgeVersionInvalid, match="META expects"):
        from_records(small_knowledge_base.version, records)


def test_a_version_without_meta_is_rejected(small_knowledge_base: KnowledgeBase) -> None:
    records = [r for r in to_records(small_knowledge_base) if r.sort_key != META_SORT_KEY]
    with pytest.raises(KnowledgeVersionInvalid, match="no META record"):
        from_records(small_knowledge_base.version, records)


def test_a_corrupt_record_is_rejected(small_knowledge_base: KnowledgeBase) -> None:
    records = to_records(small_knowledge_base)
    corrupt = [
        Record(sort_key=r.sort_key, payload="{not json") if r.sort_key.startswith("EVIDENCE#") else r for r in records
    ]
    with pytest.raises(KnowledgeVersionInvalid):
        from_records(small_knowledge_base.version, corrupt)


def test_a_record_that_fails_validation_is_rejected(small_knowledge_base: KnowledgeBase) -> None:
    records = to_records(small_knowledge_base)
    tampered = []
    for record in records:
        if record.sort_key.startswith("CONDITION#"):
            payload = json.loads(record.payload)
            payload["associations"][0]["frequency"] = 7
            record = Record(sort_key=record.sort_key, payload=json.dumps(payload))
        tampered.append(record)
    with pytest.raises(KnowledgeVersionInvalid):
        from_records(small_knowledge_base.version, tampered)
