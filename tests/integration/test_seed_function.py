import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from kbtool.source import load_knowledge_base
from local_gateway.runtime import Handler, context_for, load_handler
from local_gateway.template import Function, Template
from symptom_overlap.adapters.dynamodb import KnowledgeTable


class CloudFormationStandIn:
    """Receives the custom resource's answer, as CloudFormation's pre-signed S3 URL would."""

    def __init__(self) -> None:
        self.responses: list[dict[str, Any]] = []
        received = self.responses

        class Receive(BaseHTTPRequestHandler):
            def do_PUT(self) -> None:
                received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Receive)
        self.url = f"http://127.0.0.1:{self.server.server_port}/response"


@pytest.fixture(scope="module")
def seed_function(template: Template) -> Function:
    [function] = [f for f in template.functions() if f.logical_id == "KnowledgeSeedFunction"]
    return function


@pytest.fixture(scope="module")
def seed(aws: None, seed_function: Function) -> Handler:
    return load_handler(seed_function)


@pytest.fixture
def cloudformation() -> Iterator[CloudFormationStandIn]:
    stand_in = CloudFormationStandIn()
    thread = threading.Thread(target=stand_in.server.serve_forever, daemon=True)
    thread.start()
    yield stand_in
    stand_in.server.shutdown()
    stand_in.server.server_close()


def _event(request_type: str, response_url: str) -> dict[str, Any]:
    return {
        "RequestType": request_type,
        "ResponseURL": response_url,
        "StackId": "arn:aws:cloudformation:eu-west-1:000000000000:stack/test/1",
        "RequestId": f"request-{request_type}",
        "LogicalResourceId": "KnowledgeBaseSeed",
        "ResourceType": "Custom::KnowledgeBaseSeed",
        "ResourceProperties": {"ServiceToken": "arn", "BundleVersion": "1"},
    }


def test_create_publishes_and_activates_the_bundled_version(
    knowledge_table: KnowledgeTable,
    seed: Handler,
    seed_function: Function,
    cloudformation: CloudFormationStandIn,
) -> None:
    # When CloudFormation creates the seeding resource, and later updates it
    context = context_for(seed_function, "seed")
    seed(_event("Create", cloudformation.url), context)
    seed(_event("Update", cloudformation.url), context)
    # Then the bundled version is live, and CloudFormation heard of success both times
    version = load_knowledge_base().version
    assert knowledge_table.active_version() == version
    assert [r["Status"] for r in cloudformation.responses] == ["SUCCESS", "SUCCESS"]
    assert cloudformation.responses[0]["Data"] == {"ActiveVersion": version}
    assert cloudformation.responses[0]["PhysicalResourceId"] == cloudformation.responses[1]["PhysicalResourceId"]


def test_delete_leaves_the_table_alone(
    knowledge_table: KnowledgeTable,
    seed: Handler,
    seed_function: Function,
    cloudformation: CloudFormationStandIn,
) -> None:
    seed(_event("Delete", cloudformation.url), context_for(seed_function, "d"))
    assert [r["Status"] for r in cloudformation.responses] == ["SUCCESS"]
    assert knowledge_table.published_versions() == []


def test_a_failure_is_reported_to_cloudformation(
    aws: None,
    fresh_caches: None,
    seed: Handler,
    seed_function: Function,
    cloudformation: CloudFormationStandIn,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a DynamoDB that cannot be reached
    monkeypatch.setenv("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9")
    monkeypatch.setenv("DYNAMODB_TOTAL_ATTEMPTS", "1")
    # When CloudFormation creates the resource
    seed(_event("Create", cloudformation.url), context_for(seed_function, "f"))
    # Then it is told of the failure (instead of waiting an hour for an answer)
    [response] = cloudformation.responses
    assert response["Status"] == "FAILED"
    assert response["Reason"].startswith("KnowledgeStoreUnavailable")
