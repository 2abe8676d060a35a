"""Helpers for the infra tests: where the SAM CLI lives, and reading the translated template."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = REPO_ROOT / "template.yaml"
TRANSLATE_SCRIPT = Path(__file__).with_name("sam_translate.py")
# The SAM CLI, checkov and cfn-lint share one tools environment (see the Makefile); TOOLS_VENV points elsewhere.
TOOLS_VENV = Path(os.environ.get("TOOLS_VENV", REPO_ROOT / ".venv-tools"))

# Swagger operation keys SAM writes under each path; ANY is an API Gateway extension.
SWAGGER_METHODS = {
    "get": "GET",
    "put": "PUT",
    "post": "POST",
    "delete": "DELETE",
    "options": "OPTIONS",
    "head": "HEAD",
    "patch": "PATCH",
    "x-amazon-apigateway-any-method": "ANY",
}
_INTEGRATION_TARGET = re.compile(r"/functions/\$\{(?P<function>[A-Za-z0-9]+)\.Arn\}/invocations$")


def tool(name: str) -> Path:
    """A binary of the tools environment; fails the test (never skips) when it is missing."""
    binary = TOOLS_VENV / "bin" / name
    if not binary.is_file():
        pytest.fail(
            f"{binary} not found: the tools environment is missing. Run `make install` "
            "(it creates .venv-tools from requirements/tools.txt), then rerun the infra tests.",
            pytrace=False,
        )
    return binary


def sam_cli_environment() -> dict[str, str]:
    return {**os.environ, "SAM_CLI_TELEMETRY": "0"}


def run(command: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a command from the repository root; callers assert on its return code."""
    return subprocess.run(
        command,
        check=False,
        cwd=REPO_ROOT,
        env=sam_cli_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def pip_command() -> list[str]:
    return [sys.executable, "-m", "pip"]


@dataclass(frozen=True)
class TranslatedTemplate:
    """template.yaml after the AWS::Serverless-2016-10-31 transform, as CloudFormation will deploy it."""

    document: dict[str, Any]

    @property
    def resources(self) -> dict[str, dict[str, Any]]:
        resources: dict[str, dict[str, Any]] = self.document["Resources"]
        return resources

    @property
    def outputs(self) -> dict[str, dict[str, Any]]:
        outputs: dict[str, dict[str, Any]] = self.document.get("Outputs", {})
        return outputs

    def of_type(self, resource_type: str) -> dict[str, dict[str, Any]]:
        """Logical id -> resource, for every resource of this type."""
        return {
            logical_id: resource for logical_id, resource in self.resources.items() if resource["Type"] == resource_type
        }

    def single(self, resource_type: str) -> tuple[str, dict[str, Any]]:
        """The one resource of this type (fails when there are none or several)."""
        matches = self.of_type(resource_type)
        assert len(matches) == 1, f"expected one {resource_type}, found {sorted(matches)}"
        return next(iter(matches.items()))

    def properties(self, logical_id: str) -> dict[str, Any]:
        properties: dict[str, Any] = self.resources[logical_id].get("Properties", {})
        return properties

    def role_of(self, function_id: str) -> str:
        """Logical id of the IAM role a Lambda function runs with."""
        role = self.properties(function_id)["Role"]
        assert isinstance(role, dict), f"{function_id} role is not a role of this stack: {role!r}"
        assert "Fn::GetAtt" in role, f"{function_id} role is not a role of this stack: {role!r}"
        role_id, attribute = role["Fn::GetAtt"]
        assert attribute == "Arn"
        return str(role_id)

    def statements_of_role(self, role_id: str) -> list[dict[str, Any]]:
        """Every permission statement attached to a role: inline policies and AWS::IAM::Policy resources."""
        documents = [policy["PolicyDocument"] for policy in self.properties(role_id).get("Policies", [])]
        documents += [
            policy["Properties"]["PolicyDocument"]
            for policy in self.of_type("AWS::IAM::Policy").values()
            if {"Ref": role_id} in policy["Properties"].get("Roles", [])
        ]
        return [statement for document in documents for statement in as_list(document["Statement"])]

    def api_operations(self, rest_api_id: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """(METHOD, path, swagger operation) for every operation of a REST API's generated body."""
        for path, operations in self.properties(rest_api_id)["Body"]["paths"].items():
            for key, operation in operations.items():
                if key in SWAGGER_METHODS:
                    yield SWAGGER_METHODS[key], path, operation


def integrated_function(operation: Mapping[str, Any]) -> str:
    """Logical id of the Lambda function a swagger operation proxies to."""
    integration = operation["x-amazon-apigateway-integration"]
    assert integration["type"] == "aws_proxy", integration
    match = _INTEGRATION_TARGET.search(integration["uri"]["Fn::Sub"])
    assert match, f"not a Lambda proxy integration: {integration['uri']!r}"
    return match.group("function")


def as_list(value: Any) -> list[Any]:
    """IAM and CloudFormation accept a single item where a list is expected."""
    return value if isinstance(value, list) else [value]


def translate_template(parameter_values: Mapping[str, str]) -> TranslatedTemplate:
    """Run the SAM translator on template.yaml in the SAM CLI's environment (see sam_translate.py)."""
    python = tool("python")
    result = run([str(python), str(TRANSLATE_SCRIPT), str(TEMPLATE), json.dumps(dict(parameter_values))])
    if result.returncode != 0:
        pytest.fail(f"SAM translation of {TEMPLATE.name} failed:\n{result.stderr}", pytrace=False)
    return TranslatedTemplate(json.loads(result.stdout))
