"""The API function in process, against moto's in-process DynamoDB, with the table schema from template.yaml.

One moto backend serves the whole session. The bundled knowledge base is published once, to a table
that tests only read (`published`); a test that writes gets a fresh table of its own (`knowledge_table`).
"""

from __future__ import annotations

import copy
import itertools
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
from symptom_overlap.knowledge.schema import KnowledgeBase
from symptom_overlap.wiring import reset_knowledge_cache

EVENTS_DIR = Path(__file__).resolve().parents[1] / "events"
SHARED_TABLE = "knowledge-shared"
_table_numbers = itertools.count()


@dataclass
class ApiResponse:
    status: int
    headers: dict[str, str]
    body: Any


Invoke = Callable[[dict[str, Any]], ApiResponse]


def load_event(name: str, **overrides: Any) -> dict[str, Any]:
    """A stored API Gateway event from tests/events, with top-level fields replaced."""
    event: dict[str, Any] = json.loads((EVENTS_DIR / f"{name}.json").read_text(encoding="utf-8"))
    event.update(copy.deepcopy(overrides))
    return event


def as_response(raw: dict[str, Any]) -> ApiResponse:
    headers = {name: values[-1] for name, values in (raw.get("multiValueHeaders") or {}).items()}
    headers.update(raw.get("headers") or {})
    return ApiResponse(status=raw["statusCode"], headers=headers, body=json.loads(raw["body"] or "null"))


@pytest.fixture(scope="session")
def template() -> Template:
    return load_template()


@pytest.fixture(scope="session")
def api_function(template: Template) -> Function:
    [function] = [f for f in template.functions() if f.routes]
    return function


def _environment(template: Template, function: Function, table_name: str) -> dict[str, str]:
    variables = {
        name: template.resolve(value, {"KnowledgeTable": table_name}) for name, value in function.environment.items()
    }
    return {
        **variables,
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }


@pytest.fixture(scope="session")
def aws(template: Template, api_function: Function) -> Iterator[None]:
    """moto for the whole session, with the environment the template gives the API function."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in _environment(template, api_function, SHARED_TABLE).items():
            patch.setenv(name, value)
        patch.delenv("AWS_ENDPOINT_URL_DYNAMODB", raising=False)
        patch.delenv("AWS_PROFILE", raising=False)
        with mock_aws():
            yield


@pytest.fixture(scope="session")
def bundled() -> KnowledgeBase:
    return load_knowledge_base()


def _create_table(template: Template, name: str) -> KnowledgeTable:
    boto3.client("dynamodb").create_table(**dynamodb_create_table_arguments(template.tables()["KnowledgeTable"], name))
    return KnowledgeTable(name, client=lambda: dynamodb_client(1.0, 1.0, 2))


@pytest.fixture(scope="session")
def shared_table(aws: None, template: Template, bundled: KnowledgeBase) -> KnowledgeTable:
    table = _create_table(template, SHARED_TABLE)
    table.publish_and_activate(bundled, lambda written, total: None)
    return table


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Each test starts as a cold container: no cached settings, client or knowledge base."""
    reset_knowledge_cache()
    dynamodb_client.cache_clear()
    yield
    reset_knowledge_cache()
    dynamodb_client.cache_clear()


@pytest.fixture
def published(shared_table: KnowledgeTable, fresh_caches: None) -> KnowledgeTable:
    """The bundled knowledge base, published and active. Read it only."""
    return shared_table


@pytest.fixture
def knowledge_table(
    aws: None, template: Template, fresh_caches: None, monkeypatch: pytest.MonkeyPatch
) -> KnowledgeTable:
    """An empty table of this test's own, which the API function reads."""
    name = f"knowledge-{next(_table_numbers)}"
    monkeypatch.setenv("TABLE_NAME", name)
    return _create_table(template, name)


@pytest.fixture(scope="session")
def handler(aws: None, api_function: Function) -> Handler:
    return load_handler(api_function)


@pytest.fixture
def invoke(handler: Handler, api_function: Function) -> Invoke:
    def call(event: dict[str, Any]) -> ApiResponse:
        return as_response(handler(event, context_for(api_function, event["requestContext"]["requestId"])))

    return call
