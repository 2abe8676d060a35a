"""Creates the template's tables in the local DynamoDB and publishes the knowledge base into them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import boto3
from botocore.config import Config

from kbtool.source import load_knowledge_base
from local_gateway.template import Template, dynamodb_create_table_arguments
from symptom_overlap.adapters.dynamodb import KnowledgeTable
from symptom_overlap.knowledge.errors import KnowledgeBaseNotPublished

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient


def startup_client() -> DynamoDBClient:
    """Short timeouts and two attempts, so a dead endpoint fails start-up checks in about a second."""
    config = Config(
        connect_timeout=1,
        read_timeout=5,
        retries={"mode": "standard", "total_max_attempts": 2},
    )
    return boto3.client("dynamodb", config=config)


def create_missing_tables(client: DynamoDBClient, template: Template, physical_ids: dict[str, str]) -> None:
    for logical_id, properties in template.tables().items():
        name = physical_ids[logical_id]
        if _table_exists(client, name):
            print(f"table {name} exists")
            continue
        client.create_table(**dynamodb_create_table_arguments(properties, name))
        client.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
        print(f"created table {name}")


def _table_exists(client: DynamoDBClient, name: str) -> bool:
    try:
        client.describe_table(TableName=name)
    except client.exceptions.ResourceNotFoundException:
        return False
    return True


def seed_knowledge_base(client: DynamoDBClient, table_name: str) -> None:
    """Publish the YAML knowledge base unless the table already has an active version."""
    table = KnowledgeTable(table_name, client=lambda: client)
    try:
        print(f"knowledge base {table.active_version()} is active in {table_name}; not seeding")
        return
    except KnowledgeBaseNotPublished:
        pass
    knowledge_base = load_knowledge_base()

    def progress(written: int, total: int) -> None:
        print(f"  wrote {written}/{total} records", flush=True)

    print(f"publishing knowledge base {knowledge_base.version} to {table_name}")
    table.publish_and_activate(knowledge_base, progress)
