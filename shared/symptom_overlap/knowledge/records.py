"""How a knowledge-base version is laid out as storage records, independent of any database.

A version is a set of records that share one partition, so a single query loads it:
one ``META`` record with the item count, then one record per evidence definition, condition,
red-flag rule, background frequency, alternative explanation, question premise and reference,
keyed ``<KIND>#<position>#<id>``.
The active-version pointer is a separate record.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict

from symptom_overlap.knowledge.errors import KnowledgeVersionInvalid
from symptom_overlap.knowledge.schema import (
    Alternative,
    BackgroundFrequency,
    ConditionProfile,
    EvidenceDefinition,
    KnowledgeBase,
    QuestionPremise,
    RedFlagRule,
    Reference,
)

POINTER_PARTITION = "POINTER"
POINTER_SORT_KEY = "ACTIVE"
META_SORT_KEY = "META"
# One item per completely written version, so versions can be listed with one query.
REGISTRY_PARTITION = "VERSIONS"

# Sort-key prefix -> (KnowledgeBase field, model). The order is the order records are written.
_SECTIONS: dict[str, tuple[str, type[BaseModel]]] = {
    "REFERENCE": ("references", Reference),
    "EVIDENCE": ("evidence", EvidenceDefinition),
    "CONDITION": ("conditions", ConditionProfile),
    "RULE": ("red_flag_rules", RedFlagRule),
    "BACKGROUND": ("background", BackgroundFrequency),
    "ALTERNATIVE": ("alternatives", Alternative),
    "PREMISE": ("question_premises", QuestionPremise),
}


class Record(BaseModel):
    """One stored item: its sort key within the version partition and its JSON payload."""

    model_config = ConfigDict(frozen=True)

    sort_key: str
    payload: str


def version_partition(version: str) -> str:
    return f"VERSION#{version}"


def content_hash(records: list[Record]) -> str:
    """Identifies a version's content, so re-publishing the same version is harmless and a changed one is not."""
    digest = hashlib.sha256()
    for record in sorted(records, key=lambda record: record.sort_key):
        digest.update(record.sort_key.encode())
        digest.update(record.payload.encode())
    return digest.hexdigest()


def to_records(knowledge_base: KnowledgeBase) -> list[Record]:
    records: list[Record] = []
    for prefix, (field, _model) in _SECTIONS.items():
        for position, item in enumerate(getattr(knowledge_base, field)):
            # The position keeps the reviewed order, since a query returns records sorted by key.
            sort_key = f"{prefix}#{position:04d}#{item.id}"
            records.append(Record(sort_key=sort_key, payload=item.model_dump_json()))
    meta = {"version": knowledge_base.version, "item_count": len(records)}
    return [Record(sort_key=META_SORT_KEY, payload=json.dumps(meta)), *records]


def from_records(version: str, records: list[Record]) -> KnowledgeBase:
    """Rebuild and validate a version; raise KnowledgeVersionInvalid if it is partial or corrupt."""
    sections: dict[str, list[Any]] = {field: [] for field, _model in _SECTIONS.values()}
    meta: dict[str, Any] | None = None
    try:
        for record in sorted(records, key=lambda record: record.sort_key):
            if record.sort_key == META_SORT_KEY:
                meta = json.loads(record.payload)
                continue
            prefix = record.sort_key.partition("#")[0]
            if prefix not in _SECTIONS:
                raise KnowledgeVersionInvalid(f"version {version}: unexpected record {record.sort_key!r}")
            sections[_SECTIONS[prefix][0]].append(json.loads(record.payload))
        if meta is None:
            raise KnowledgeVersionInvalid(f"version {version}: no META record")
        item_count = sum(len(items) for items in sections.values())
        if meta.get("item_count") != item_count or meta.get("version") != version:
            raise KnowledgeVersionInvalid(
                f"version {version}: META expects {meta.get('item_count')} items, found {item_count}"
            )
        return KnowledgeBase.model_validate({"version": version, **sections})
    except ValueError as error:  # includes pydantic's ValidationError and JSON decoding errors
        raise KnowledgeVersionInvalid(f"version {version}: {error}") from error
