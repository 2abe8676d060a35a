"""The CLI's commands. Each prints what it did; errors propagate to the CLI, which reports them."""

from __future__ import annotations

import os
from pathlib import Path

from kbtool.diff import diff_knowledge_bases
from kbtool.source import load_knowledge_base
from symptom_overlap.adapters.dynamodb import ActivePointer, KnowledgeTable, dynamodb_client
from symptom_overlap.knowledge.errors import KnowledgeBaseNotPublished
from symptom_overlap.knowledge.schema import KnowledgeBase

SOURCE = "source"


def open_table(table_name: str, endpoint: str | None) -> KnowledgeTable:
    if endpoint:
        os.environ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint
    # Operators can wait longer than API callers: more attempts and a longer read timeout.
    return KnowledgeTable(table_name, client=lambda: dynamodb_client(2.0, 10.0, 5))


def validate(source: Path) -> KnowledgeBase:
    knowledge_base = load_knowledge_base(source)
    conditions = ", ".join(condition.id for condition in knowledge_base.conditions)
    print(
        f"knowledge base {knowledge_base.version} is valid: {len(knowledge_base.evidence)} evidence ids, "
        f"conditions {conditions}, {len(knowledge_base.red_flag_rules)} red-flag rules, "
        f"{len(knowledge_base.references)} references"
    )
    return knowledge_base


BUNDLE_PATH = Path(__file__).resolve().parents[2] / "functions" / "seed" / "knowledge_base.json"


def bundle_json(source: Path) -> str:
    """The validated knowledge base as the JSON the seeding function deploys."""
    return load_knowledge_base(source).model_dump_json(indent=1) + "\n"


def bundle(source: Path, destination: Path = BUNDLE_PATH) -> None:
    destination.write_text(bundle_json(source), encoding="utf-8")
    print(f"wrote {destination}")


def list_versions(table: KnowledgeTable) -> None:
    pointer = _pointer(table)
    versions = table.published_versions()
    if not versions:
        print("no version is published")
    for version in versions:
        marker = "active" if pointer and version.version == pointer.version else ""
        print(f"{version.version:<24} published {version.published_at}  {version.item_count:>4} items  {marker}")
    if pointer and pointer.history:
        print(f"rollback would activate {pointer.history[-1]}")


def diff(table: KnowledgeTable, source: Path, old: str, new: str) -> None:
    lines = diff_knowledge_bases(_load(table, source, old), _load(table, source, new))
    print("\n".join(lines) if lines else f"{old} and {new} have the same content")


def publish(table: KnowledgeTable, source: Path, activate_it: bool) -> None:
    knowledge_base = validate(source)

    def progress(written: int, total: int) -> None:
        print(f"  wrote {written}/{total} records", flush=True)

    print(f"publishing {knowledge_base.version}")
    if not table.publish(knowledge_base, progress):
        print(f"{knowledge_base.version} was already published with this content")
    if activate_it:
        activate(table, knowledge_base.version)


def activate(table: KnowledgeTable, version: str) -> None:
    pointer = _pointer(table)
    if pointer and pointer.version == version:
        print(f"{version} is already active")
        return
    table.activate(version, expected_active=pointer.version if pointer else None)
    print(f"{version} is now active (was {pointer.version if pointer else 'none'})")


def rollback(table: KnowledgeTable) -> None:
    before = table.active_version()
    after = table.rollback()
    print(f"rolled back: {after.version} is now active (was {before})")


def _pointer(table: KnowledgeTable) -> ActivePointer | None:
    try:
        return table.active_pointer()
    except KnowledgeBaseNotPublished:
        return None


def _load(table: KnowledgeTable, source: Path, version: str) -> KnowledgeBase:
    return load_knowledge_base(source) if version == SOURCE else table.load_version(version)
