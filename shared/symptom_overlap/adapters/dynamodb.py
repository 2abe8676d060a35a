"""DynamoDB storage of knowledge-base versions; the only module that talks to boto3.

Layout (see symptom_overlap.knowledge.records): each version is one partition
``pk = VERSION#<version>`` loaded with one Query; the item ``pk = POINTER, sk = ACTIVE`` names
the live version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from symptom_overlap.knowledge.errors import KnowledgeBaseNotPublished, KnowledgeStoreUnavailable
from symptom_overlap.knowledge.models import KnowledgeBase
from symptom_overlap.knowledge.records import (
    POINTER_PARTITION,
    POINTER_SORT_KEY,
    Record,
    from_records,
    to_records,
    version_partition,
)

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


@cache
def dynamodb_client(connect_timeout: float, read_timeout: float, total_attempts: int) -> DynamoDBClient:
    """Created on first use, never at import. The endpoint follows AWS_ENDPOINT_URL_DYNAMODB if set.

    Bounded retries and timeouts keep a dead or slow DynamoDB from hanging a request.
    """
    config = Config(
        retries={"mode": "standard", "total_max_attempts": total_attempts},
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
    )
    return boto3.client("dynamodb", config=config)


class KnowledgeTable:
    """Reads and writes knowledge-base versions in one DynamoDB table."""

    def __init__(self, table_name: str, client: Callable[[], DynamoDBClient]) -> None:
        self._table_name = table_name
        self._client = client

    def active_version(self) -> str:
        with _store_errors():
            item = (
                self._client()
                .get_item(
                    TableName=self._table_name,
                    Key={"pk": {"S": POINTER_PARTITION}, "sk": {"S": POINTER_SORT_KEY}},
                    ConsistentRead=True,
                )
                .get("Item")
            )
        if not item:
            raise KnowledgeBaseNotPublished("no active knowledge-base version")
        return str(item["version"]["S"])

    def load_version(self, version: str) -> KnowledgeBase:
        records = [
            Record(sort_key=item["sk"]["S"], payload=item["payload"]["S"])
            for item in self._query_partition(version_partition(version))
        ]
        return from_records(version, records)

    def write_version(self, knowledge_base: KnowledgeBase, on_progress: Callable[[int, int], None]) -> None:
        """Write every record of a version. Readers cannot see it until it is activated."""
        partition = version_partition(knowledge_base.version)
        records = to_records(knowledge_base)
        batch_size = 25  # the BatchWriteItem maximum
        for start in range(0, len(records), batch_size):
            batch = records[start : start + batch_size]
            requests: list[Any] = [{"PutRequest": {"Item": _item(partition, record)}} for record in batch]
            self._write_batch(requests)
            on_progress(min(start + batch_size, len(records)), len(records))

    def activate(self, version: str) -> None:
        with _store_errors():
            self._client().put_item(
                TableName=self._table_name,
                Item={
                    "pk": {"S": POINTER_PARTITION},
                    "sk": {"S": POINTER_SORT_KEY},
                    "version": {"S": version},
                },
            )

    def _write_batch(self, requests: list[Any]) -> None:
        pending = {self._table_name: requests}
        while pending:
            with _store_errors():
                response = self._client().batch_write_item(RequestItems=pending)
            pending = response.get("UnprocessedItems") or {}

    def _query_partition(self, partition: str) -> Iterator[dict[str, Any]]:
        start_key: dict[str, Any] | None = None
        while True:
            arguments: dict[str, Any] = {
                "TableName": self._table_name,
                "KeyConditionExpression": "pk = :pk",
                "ExpressionAttributeValues": {":pk": {"S": partition}},
                "ConsistentRead": True,
            }
            if start_key:
                arguments["ExclusiveStartKey"] = start_key
            with _store_errors():
                page = self._client().query(**arguments)
            yield from page.get("Items", [])
            start_key = page.get("LastEvaluatedKey")
            if not start_key:
                return


@contextmanager
def _store_errors() -> Iterator[None]:
    """Translate every driver failure into one error the API answers with 503."""
    try:
        yield
    except ClientError as error:  # throttling, server errors and misconfiguration alike
        code = error.response.get("Error", {}).get("Code", "unknown")
        raise KnowledgeStoreUnavailable(f"knowledge store answered {code}") from error
    except BotoCoreError as error:  # connection refused, timeouts, DNS failures
        raise KnowledgeStoreUnavailable("knowledge store is unreachable") from error


def _item(partition: str, record: Record) -> dict[str, Any]:
    return {"pk": {"S": partition}, "sk": {"S": record.sort_key}, "payload": {"S": record.payload}}
