from typing import Any

import boto3
import pytest

from kbtool.__main__ import main
from symptom_overlap.adapters.dynamodb import KnowledgeTable, dynamodb_client
from symptom_overlap.knowledge.errors import (
    KnowledgeBaseNotPublished,
    KnowledgeStoreUnavailable,
    KnowledgeVersionConflict,
    KnowledgeVersionInvalid,
)
from symptom_overlap.knowledge.records import version_partition
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
    db = boto3.client("dynamodb")
    record = db.query(
        TableName=published.table_name,
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": version_partition("broken")}},
    )["Items"][1]
    db.put_item(TableName=published.table_name, Item={**record, "payload": {"S": '{"id": "truncated'}})
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
    assert dynamodb_calls == ["GetItem", "Query"]
    # When warm requests follow within the refresh interval, on every route
    for _ in range(5):
        invoke(load_event("get_symptoms"))
        invoke(load_event("get_condition"))
        invoke(load_event("post_assessment"))
    # Then none of them calls DynamoDB
    assert dynamodb_calls == ["GetItem", "Query"]


def test_the_cli_publishes_lists_diffs_and_rolls_back(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase, capsys: pytest.CaptureFixture[str]
) -> None:
    knowledge_table.publish(_variant(bundled, "older"), _quiet)
    knowledge_table.activate("older", expected_active=None)
    table = ["--table", knowledge_table.table_name]

    assert main([*table, "publish"]) == 0
    published = capsys.readouterr().out
    assert "wrote 25/" in published  # progress, batch by batch
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


class _ThrottledBatches:
    """The real client, except that batch writes come back unprocessed the first `throttled` times."""

    def __init__(self, throttled: int) -> None:
        self._real = boto3.client("dynamodb")
        self.remaining = throttled

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def batch_write_item(self, RequestItems: dict[str, Any]) -> dict[str, Any]:
        if self.remaining > 0:
            self.remaining -= 1
            return {"UnprocessedItems": RequestItems}
        return dict(self._real.batch_write_item(RequestItems=RequestItems))


def test_unprocessed_batch_items_are_retried_with_backoff(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase
) -> None:
    # Given DynamoDB leaves a batch unprocessed twice (throttling)
    client, sleeps = _ThrottledBatches(throttled=2), list[float]()
    table = KnowledgeTable(knowledge_table.table_name, client=lambda: client, sleep=sleeps.append)  # type: ignore[arg-type,return-value]
    # When the knowledge base is published
    table.publish_and_activate(bundled, _quiet)
    # Then the batch was retried after growing pauses, and the version is complete
    assert sleeps == [0.05, 0.1]
    assert table.load_version(table.active_version()) == bundled


def test_a_batch_that_never_goes_through_fails_without_activating(
    knowledge_table: KnowledgeTable, bundled: KnowledgeBase
) -> None:
    client, sleeps = _ThrottledBatches(throttled=1_000), list[float]()
    table = KnowledgeTable(knowledge_table.table_name, client=lambda: client, sleep=sleeps.append)  # type: ignore[arg-type,return-value]
    with pytest.raises(KnowledgeStoreUnavailable, match="unprocessed"):
        table.publish_and_activate(bundled, _quiet)
    assert len(sleeps) == 9
    assert max(sleeps) == 2.0
    with pytest.raises(KnowledgeBaseNotPublished):
        table.active_version()
