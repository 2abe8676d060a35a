"""DynamoDB storage of knowledge-base versions; the only module that talks to botocore (or boto3).

Layout (see symptom_overlap.knowledge.records):
- ``pk = VERSION#<version>, sk = RECORDS``: every record of one immutable version, gzip-compressed JSON in
  one item, so that one GetItem loads it. Versions published before 2026-11-30 hold one item per record
  in that partition instead; they are still read (with a Query), so that a rollback can reach them.
- ``pk = VERSIONS, sk = <version>``: written once a version is complete (its content hash and size).
- ``pk = POINTER, sk = ACTIVE``: the live version and the versions that were live before it.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, cast

import botocore.session
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from botocore.loaders import JSONFileLoader, Loader
from pydantic import BaseModel, ConfigDict

from symptom_overlap.knowledge.errors import (
    KnowledgeBaseNotPublished,
    KnowledgeStoreUnavailable,
    KnowledgeVersionConflict,
    KnowledgeVersionInvalid,
)
from symptom_overlap.knowledge.records import (
    POINTER_PARTITION,
    POINTER_SORT_KEY,
    REGISTRY_PARTITION,
    Record,
    content_hash,
    from_records,
    to_records,
    version_partition,
)
from symptom_overlap.knowledge.schema import KnowledgeBase

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

RECORDS_SORT_KEY = "RECORDS"
# DynamoDB's item limit is 400 KB; the knowledge base compresses to about 57 KB (2026-11-30.5).
MAX_RECORDS_BYTES = 350_000
HISTORY_LIMIT = 20


@cache
def dynamodb_client(connect_timeout: float, read_timeout: float, total_attempts: int) -> DynamoDBClient:
    """Created on first use, never at import. The endpoint follows AWS_ENDPOINT_URL_DYNAMODB if set.

    Bounded retries and timeouts keep a dead or slow DynamoDB from hanging a request. A botocore
    client, the same one boto3 would build: importing boto3 would also load s3transfer and
    multiprocessing into every Init (docs/decisions.md: "The DynamoDB client from botocore").
    """
    config = Config(
        retries={"mode": "standard", "total_max_attempts": total_attempts},
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
    )
    session = botocore.session.get_session()
    session.register_component("data_loader", dynamodb_data_loader(session.get_config_variable("data_path")))
    return cast("DynamoDBClient", session.create_client("dynamodb", config=config))


def dynamodb_data_loader(data_path: str | None) -> Loader:
    """botocore's model data for DynamoDB, read with less work; ``data_path`` is AWS_DATA_PATH, as botocore reads it."""
    extra_paths = None
    if data_path:
        extra_paths = [os.path.expanduser(os.path.expandvars(path)) for path in data_path.split(os.pathsep)]
    return _DynamoDBDataLoader(extra_paths, file_loader=_PlainJSONFileLoader())


class _DynamoDBDataLoader(Loader):
    """botocore's data loader for a session that makes only a DynamoDB client.

    Before loading a service's model, botocore lists every service it has (over 400 folders, each
    checked for files): about 13 ms of the first request's CPU, for an answer that is always
    DynamoDB here (docs/decisions.md: "The DynamoDB client made with less").
    """

    def list_available_services(self, type_name: str) -> list[str]:
        return ["dynamodb"]


class _PlainJSONFileLoader(JSONFileLoader):
    """botocore's model files decoded into dicts, which keep order as its OrderedDicts do.

    Decoding into OrderedDicts takes about 2.5 times as long: 20 ms of CPU for the 1.2 MB endpoints
    file every client creation reads, 8 ms with dicts.
    """

    def load_file(self, file_path: str) -> Any:
        for extension, opened in ((".json", open), (".json.gz", gzip.open)):
            if os.path.isfile(file_path + extension):
                with opened(file_path + extension, "rb") as file:
                    return json.loads(file.read().decode("utf-8"))
        return super().load_file(file_path)  # any other form a later botocore may know


class PublishedVersion(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    published_at: str
    item_count: int
    content_hash: str


class ActivePointer(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    history: tuple[str, ...] = ()  # previously active versions, most recent last
    activated_at: str


class KnowledgeTable:
    """Reads, publishes and activates knowledge-base versions in one DynamoDB table."""

    def __init__(self, table_name: str, client: Callable[[], DynamoDBClient]) -> None:
        self.table_name = table_name
        self._client = client

    # Reading: all the API functions need.

    def active_version(self) -> str:
        return self.active_pointer().version

    def active_pointer(self) -> ActivePointer:
        item = self._get(POINTER_PARTITION, POINTER_SORT_KEY)
        if not item:
            raise KnowledgeBaseNotPublished("no active knowledge-base version")
        return ActivePointer(
            version=item["version"]["S"],
            history=tuple(value["S"] for value in item.get("history", {}).get("L", [])),
            activated_at=item["activated_at"]["S"],
        )

    def load_version(self, version: str) -> KnowledgeBase:
        return from_records(version, self._version_records(version))

    # Publishing: the operator CLI and the deploy-time seeding function.

    def published_versions(self) -> list[PublishedVersion]:
        return [
            PublishedVersion(
                version=item["sk"]["S"],
                published_at=item["published_at"]["S"],
                item_count=int(item["item_count"]["N"]),
                content_hash=item["content_hash"]["S"],
            )
            for item in self._query(REGISTRY_PARTITION)
        ]

    def publish(self, knowledge_base: KnowledgeBase, on_progress: Callable[[int, int], None]) -> bool:
        """Write a whole version, then register it. False if this exact content is already published.

        A version id is immutable: publishing different content under an existing id is refused.
        Readers cannot see the version until it is activated.
        """
        records = to_records(knowledge_base)
        digest = content_hash(records)
        existing = self._get(REGISTRY_PARTITION, knowledge_base.version)
        if existing:
            if existing["content_hash"]["S"] == digest:
                return False
            raise KnowledgeVersionConflict(
                f"version {knowledge_base.version} is already published with different content; "
                "give the new content a new version id"
            )
        packed = _pack(records)
        if len(packed) > MAX_RECORDS_BYTES:
            raise KnowledgeVersionConflict(
                f"version {knowledge_base.version} compresses to {len(packed):,} bytes, over the "
                f"{MAX_RECORDS_BYTES:,} one DynamoDB item may hold; split the knowledge base before publishing"
            )
        with _store_errors():
            self._client().put_item(
                TableName=self.table_name,
                Item={
                    "pk": {"S": version_partition(knowledge_base.version)},
                    "sk": {"S": RECORDS_SORT_KEY},
                    "records": {"B": packed},
                },
            )
        on_progress(len(records), len(records))
        with _store_errors():
            self._client().put_item(
                TableName=self.table_name,
                Item={
                    "pk": {"S": REGISTRY_PARTITION},
                    "sk": {"S": knowledge_base.version},
                    "published_at": {"S": _now()},
                    "item_count": {"N": str(len(records))},
                    "content_hash": {"S": digest},
                },
            )
        return True

    def activate(self, version: str, expected_active: str | None) -> ActivePointer:
        """Make a published version live. ``expected_active`` guards against a concurrent change."""
        if not self._get(REGISTRY_PARTITION, version):
            raise KnowledgeVersionConflict(f"version {version} is not published (or not completely)")
        current = self._pointer_or_none()
        if (current.version if current else None) != expected_active:
            raise KnowledgeVersionConflict("the active version changed meanwhile; look again and retry")
        history = (*current.history, current.version)[-HISTORY_LIMIT:] if current else ()
        return self._move_pointer(ActivePointer(version=version, history=history, activated_at=_now()), current)

    def publish_and_activate(
        self, knowledge_base: KnowledgeBase, on_progress: Callable[[int, int], None]
    ) -> ActivePointer:
        """Publish (if not already published) and make the version live (if it is not already)."""
        self.publish(knowledge_base, on_progress)
        current = self._pointer_or_none()
        if current is not None and current.version == knowledge_base.version:
            return current
        return self.activate(knowledge_base.version, expected_active=current.version if current else None)

    def rollback(self) -> ActivePointer:
        """Re-activate the version that was live before the current one."""
        current = self.active_pointer()
        if not current.history:
            raise KnowledgeVersionConflict(f"{current.version} has no earlier active version to roll back to")
        previous = ActivePointer(version=current.history[-1], history=current.history[:-1], activated_at=_now())
        return self._move_pointer(previous, current)

    def _move_pointer(self, new: ActivePointer, current: ActivePointer | None) -> ActivePointer:
        condition: dict[str, Any] = (
            {"ConditionExpression": "attribute_not_exists(pk)"}
            if current is None
            else {
                "ConditionExpression": "activated_at = :seen",
                "ExpressionAttributeValues": {":seen": {"S": current.activated_at}},
            }
        )
        with _store_errors():
            try:
                self._client().put_item(
                    TableName=self.table_name,
                    Item={
                        "pk": {"S": POINTER_PARTITION},
                        "sk": {"S": POINTER_SORT_KEY},
                        "version": {"S": new.version},
                        "history": {"L": [{"S": version} for version in new.history]},
                        "activated_at": {"S": new.activated_at},
                    },
                    **condition,
                )
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                    raise KnowledgeVersionConflict("the active version changed meanwhile; look again") from error
                raise
        return new

    def _pointer_or_none(self) -> ActivePointer | None:
        try:
            return self.active_pointer()
        except KnowledgeBaseNotPublished:
            return None

    def _version_records(self, version: str) -> list[Record]:
        item = self._get(version_partition(version), RECORDS_SORT_KEY)
        if item is not None:
            return _unpack(item["records"]["B"])
        # A version published before the records were packed into one item: one item per record.
        return [
            Record(sort_key=item["sk"]["S"], payload=item["payload"]["S"])
            for item in self._query(version_partition(version))
        ]

    def _get(self, partition: str, sort_key: str) -> dict[str, Any] | None:
        with _store_errors():
            item: dict[str, Any] | None = (
                self._client()
                .get_item(
                    TableName=self.table_name,
                    Key={"pk": {"S": partition}, "sk": {"S": sort_key}},
                    ConsistentRead=True,
                )
                .get("Item")
            )
        return item

    def _query(self, partition: str) -> Iterator[dict[str, Any]]:
        start_key: dict[str, Any] | None = None
        while True:
            arguments: dict[str, Any] = {
                "TableName": self.table_name,
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
    except BotoCoreError as error:  # connection refused, timeouts, DNS failures, missing credentials
        raise KnowledgeStoreUnavailable(f"knowledge store is unreachable ({type(error).__name__})") from error


def _pack(records: list[Record]) -> bytes:
    pairs = [[record.sort_key, record.payload] for record in records]
    return gzip.compress(json.dumps(pairs, separators=(",", ":")).encode("utf-8"), mtime=0)


def _unpack(packed: bytes) -> list[Record]:
    """The records of a packed item; a damaged item is a corrupt version, like a damaged record."""
    try:
        pairs = json.loads(gzip.decompress(packed))
        return [Record(sort_key=sort_key, payload=payload) for sort_key, payload in pairs]
    except (OSError, EOFError, ValueError, TypeError) as error:
        raise KnowledgeVersionInvalid(f"the version's records cannot be read ({type(error).__name__})") from error


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
