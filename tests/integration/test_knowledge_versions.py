import gzip
import json
import re

import boto3
import pytest

from kbtool.__main__ import main
from symptom_overlap.adapters import dynamodb as dynamodb_adapter
from symptom_overlap.adapters.dynamodb import RECORDS_SORT_KEY, KnowledgeTable, dynamodb_client
from symptom_overlap.knowledge.errors import (
    KnowledgeBaseNotPublished,
    KnowledgeVersionConflict,
    KnowledgeVersionInvalid,
)
from symptom_overlap.knowledge.records import to_records, version_partition
from symptom_overlap.knowledge.schema import KnowledgeBase
from symptom_overlap.settings import get_settings
from tests.integration.conftest import Invoke, load_event


def _quiet(written: int, total: int) -> None:
    pass


def _variant(knowledge_base: KnowledgeBase, version: str) -> KnowledgeBase:
    """The same knowledge with one visible change, under another version id."""
    first = knowledge_base.evidence[0].model_copy(update={"label": f"{knowledge_base.evidence[0].label} ({version})"})
    return knowledge_base.model_copy(update={"version": version, "evidence": (first, *knowledge_base.evidence[1:])})


def test_publish_activate_and_rollback(knowledge_table: KnowledgeTable, bundled: KnowledgeBase) -> None:
    # Given two published versions, the second activated after the first
    knowledge_table.publish_and_activate(bundled, _quiet)
    newer = _variant(bundled, "newer")
    knowledge_table.publish(newer, _quiet)
    knowledge_table.activate("newer", expected_active=bundled.version)
    assert knowledge_table.load_version(knowledge_table.active_version()) == newer
    # When the operator rolls back
    pointer = knowledge_table.rollback()
    # Then the first version is live again, with nothing left to roll back to
    assert pointer.version == knowledge_table.active_version() == bundled.version
    with pytest.raises(KnowledgeVersionConflict, match="no earlier active version"):
        knowledge_table.rollback()
    assert {v.version for v in knowledge_table.published_versions()} == {bundled.version, "newer"}


def test_a_version_id_cannot_be_reused_for_other_content(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase
) -> None:
    assert knowledge_table.publish(bundled, _quiet) is True
    assert knowledge_table.publish(bundled, _quiet) is False  # the same content again is harmless
    changed = _variant(bundled, bundled.version)
    with pytest.raises(KnowledgeVersionConflict, match="already published with different content"):
        knowledge_table.publish(changed, _quiet)


def test_activation_refuses_unpublished_versions_and_stale_expectations(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase
) -> None:
    knowledge_table.publish_and_activate(bundled, _quiet)
    knowledge_table.publish(_variant(bundled, "b"), _quiet)
    with pytest.raises(KnowledgeVersionConflict, match="not published"):
        knowledge_table.activate("never-published", expected_active=bundled.version)
    # Another operator activated something in between: the stale expectation is refused
    with pytest.raises(KnowledgeVersionConflict, match="changed meanwhile"):
        knowledge_table.activate("b", expected_active="some-other-version")
    assert knowledge_table.active_version() == bundled.version


def test_a_corrupt_version_is_rejected_and_the_last_good_one_keeps_serving(
    knowledge_table: KnowledgeTable,
    bundled: KnowledgeBase,
    invoke: Invoke,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Given a warm function that re-checks the pointer on every request
    published = knowledge_table
    published.publish_and_activate(bundled, _quiet)
    monkeypatch.setenv("KNOWLEDGE_REFRESH_SECONDS", "0")
    assert invoke(load_event("get_symptoms")).body["knowledge_base_version"] == bundled.version
    # When a new version is activated and then one of its records is corrupted in the table
    broken = _variant(bundled, "broken")
    published.publish(broken, _quiet)
    _damage_a_record(published.table_name, "broken")
    published.activate("broken", expected_active=bundled.version)
    with pytest.raises(KnowledgeVersionInvalid):
        published.load_version("broken")
    # Then requests keep being answered from the last good version
    capsys.readouterr()
    response = invoke(load_event("get_symptoms"))
    assert response.status == 200
    assert response.body["knowledge_base_version"] == bundled.version
    # And the failure is logged and counted
    failures = [r for r in caplog.records if r.getMessage() == "knowledge base refresh failed"]
    assert [getattr(r, "error_type", None) for r in failures] == ["KnowledgeVersionInvalid"]
    assert '"KnowledgeBaseLoadFailures":[1.0]' in capsys.readouterr().out


@pytest.fixture
def dynamodb_calls(published: KnowledgeTable) -> list[str]:
    """Every DynamoDB operation the functions' client makes, by name."""
    settings = get_settings()
    client = dynamodb_client(
        settings.dynamodb_connect_timeout, settings.dynamodb_read_timeout, settings.dynamodb_total_attempts
    )
    calls: list[str] = []
    client.meta.events.register("before-call.dynamodb", lambda model, **_: calls.append(model.name))
    return calls


def test_warm_requests_make_no_dynamodb_calls(dynamodb_calls: list[str], invoke: Invoke) -> None:
    # Given a cold function's first request, which loads the knowledge base
    invoke(load_event("get_symptoms"))
    assert dynamodb_calls == ["GetItem", "GetItem"]  # the active pointer, then the version's one item
    # When warm requests follow within the refresh interval, on every route
    for _ in range(5):
        invoke(load_event("get_symptoms"))
        invoke(load_event("get_condition"))
        invoke(load_event("post_assessment"))
    # Then none of them calls DynamoDB
    assert dynamodb_calls == ["GetItem", "GetItem"]  # the active pointer, then the version's one item


def test_the_cli_publishes_lists_diffs_and_rolls_back(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge_table.publish(_variant(bundled, "older"), _quiet)
    knowledge_table.activate("older", expected_active=None)
    table = ["--table", knowledge_table.table_name]

    assert main([*table, "publish"]) == 0
    published = capsys.readouterr().out
    assert re.search(r"wrote (\d+)/\1 records", published)  # progress: one packed item holds them all
    assert f"{bundled.version} is now active (was older)" in published

    assert main([*table, "list"]) == 0
    listed = capsys.readouterr().out
    assert "active" in listed
    assert "rollback would activate older" in listed

    assert main([*table, "diff", "older", "source"]) == 0
    assert f"~ evidence.{bundled.evidence[0].id}: label" in capsys.readouterr().out

    assert main([*table, "rollback"]) == 0
    assert knowledge_table.active_version() == "older"

    assert main([*table, "activate", "missing"]) == 2
    assert "not published" in capsys.readouterr().err


def _damage_a_record(table_name: str, version: str) -> None:
    """Truncate one record's payload inside the version's packed item, as a bad write or edit would."""
    db = boto3.client("dynamodb")
    key = {"pk": {"S": version_partition(version)}, "sk": {"S": RECORDS_SORT_KEY}}
    item = db.get_item(TableName=table_name, Key=key)["Item"]
    pairs = json.loads(gzip.decompress(item["records"]["B"]))
    pairs[1][1] = '{"id": "truncated'
    db.put_item(TableName=table_name, Item={**key, "records": {"B": gzip.compress(json.dumps(pairs).encode())}})


def test_a_version_is_one_item_that_one_get_loads(knowledge_table: KnowledgeTable, bundled: KnowledgeBase) -> None:
    knowledge_table.publish(bundled, _quiet)
    db = boto3.client("dynamodb")
    items = db.query(
        TableName=knowledge_table.table_name,
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": version_partition(bundled.version)}},
    )["Items"]
    assert [item["sk"]["S"] for item in items] == [RECORDS_SORT_KEY]
    assert knowledge_table.load_version(bundled.version) == bundled


def test_a_damaged_packed_item_is_a_corrupt_version(knowledge_table: KnowledgeTable, bundled: KnowledgeBase) -> None:
    knowledge_table.publish(bundled, _quiet)
    key = {"pk": {"S": version_partition(bundled.version)}, "sk": {"S": RECORDS_SORT_KEY}}
    boto3.client("dynamodb").put_item(TableName=knowledge_table.table_name, Item={**key, "records": {"B": b"not gzip"}})
    with pytest.raises(KnowledgeVersionInvalid, match="cannot be read"):
        knowledge_table.load_version(bundled.version)


def test_a_version_published_one_item_per_record_still_loads(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase
) -> None:
    # Given a version written in the layout used before records were packed (one item per record)
    db = boto3.client("dynamodb")
    for record in to_records(bundled):
        item = {"pk": {"S": version_partition(bundled.version)}, "sk": {"S": record.sort_key}}
        db.put_item(TableName=knowledge_table.table_name, Item={**item, "payload": {"S": record.payload}})
    # Then it still loads, so that a rollback can reach it
    assert knowledge_table.load_version(bundled.version) == bundled


def test_a_version_too_large_for_one_item_is_refused_before_anything_is_written(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dynamodb_adapter, "MAX_RECORDS_BYTES", 1_000)
    with pytest.raises(KnowledgeVersionConflict, match="one DynamoDB item"):
        knowledge_table.publish_and_activate(bundled, _quiet)
    assert knowledge_table.published_versions() == []
    with pytest.raises(KnowledgeBaseNotPublished):
        knowledge_table.active_version()
