"""Handlers in process, against moto's in-process DynamoDB, with the table schema from template.yaml."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto import mock_aws

from kbtool.source import load_knowledge_base
from local_gateway.runtime import Handler, context_for, load_handler
from local_gateway.template import Function, Template, dynamodb_create_table_arguments, load_template
from symptom_overlap.adapters.dynamodb import KnowledgeTable, dynamodb_client
from symptom_overlap.api.knowledge import reset_knowledge_cache

EVENTS_DIR = Path(__file__).resolve().parents[1] / "events"
TABLE_NAME = "knowledge-integration"


@dataclass
class ApiResponse:
    status: int
    headers: dict[str, str]
    body: Any


Invoke = Callable[[str, dict[str, Any]], ApiResponse]


def load_event(name: str, **overrides: Any) -> dict[str, Any]:
    """A stored API Gateway event from tests/events, with top-level fields replaced."""
    event: dict[str, Any] = json.loads((EVENTS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    event.update(copy.deepcopy(overrides))
    return event


@pytest.fixture(scope="session")
def template() -> Template:
    return load_template()


@pytest.fixture(scope="session")
def functions(template: Template) -> dict[str, Function]:
    return {function.logical_id: function for function in template.functions()}


@pytest.fixture(scope="session")
def handlers(functions: dict[str, Function]) -> dict[str, Handler]:
    return {logical_id: load_handler(function) for logical_id, function in functions.items()}


@pytest.fixture
def function_environment(monkeypatch: pytest.MonkeyPatch, template: Template, functions: dict[str, Function]) -> None:
    """The environment the template gives the functions, pointing at the test table."""
    for name, value in functions["AssessmentFunction"].environment.items():
        monkeypatch.setenv(name, template.resolve(value, {"KnowledgeTable": TABLE_NAME}))
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.delenv("AWS_ENDPOINT_URL_DYNAMODB", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Each test starts as a cold container: no cached settings, client or knowledge base."""
    reset_knowledge_cache()
    dynamodb_client.cache_clear()
    yield
    reset_knowledge_cache()
    dynamodb_client.cache_clear()


@pytest.fixture
def knowledge_table(function_environment: None, fresh_caches: None, template: Template) -> Iterator[KnowledgeTable]:
    with mock_aws():
        boto3.client("dynamodb").create_table(
            **dynamodb_create_table_arguments(template.tables()["KnowledgeTable"], TABLE_NAME)
        )
        yield KnowledgeTable(TABLE_NAME, client=lambda: dynamodb_client(1.0, 1.0, 2))


@pytest.fixture
def published(knowledge_table: KnowledgeTable) -> KnowledgeTable:
    knowledge_table.publish_and_activate(load_knowledge_base(), lambda written, total: None)
    return knowledge_table


@pytest.fixture
def invoke(handlers: dict[str, Handler], functions: dict[str, Function]) -> Invoke:
    def call(logical_id: str, event: dict[str, Any]) -> ApiResponse:
        request_id = event["requestContext"]["requestId"]
        raw = handlers[logical_id](event, context_for(functions[logical_id], request_id))
        headers = {name: values[-1] for name, values in (raw.get("multiValueHeaders") or {}).items()}
        headers.update(raw.get("headers") or {})
        return ApiResponse(status=raw["statusCode"], headers=headers, body=json.loads(raw["body"] or "null"))

    return call
