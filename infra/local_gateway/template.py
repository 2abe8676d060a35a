"""Reads template.yaml: the functions, their API routes and environment, and the tables.

The loader understands CloudFormation's short-form tags (!Ref, !Sub, !GetAtt, …) and resolves
the few intrinsics the local run needs; everything else stays as a tagged value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

TEMPLATE_PATH = Path(__file__).resolve().parents[2] / "template.yaml"

_TAGS = (
    "Ref", "Sub", "GetAtt", "Join", "Select", "Split", "If", "Equals", "Not", "And", "Or",
    "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition", "Transform",
)  # fmt: skip


@dataclass(frozen=True)
class Intrinsic:
    """A CloudFormation intrinsic function, e.g. Intrinsic("Ref", "KnowledgeTable")."""

    name: str
    value: Any


class _CloudFormationLoader(yaml.SafeLoader):
    pass


def _construct_intrinsic(tag: str) -> Any:
    def construct(loader: yaml.SafeLoader, node: yaml.Node) -> Intrinsic:
        value: Any
        if isinstance(node, yaml.ScalarNode):
            value = loader.construct_scalar(node)
            if tag == "GetAtt":
                value = value.split(".", 1)
        elif isinstance(node, yaml.SequenceNode):
            value = loader.construct_sequence(node, deep=True)
        else:
            value = loader.construct_mapping(node, deep=True)  # type: ignore[arg-type]
        return Intrinsic(tag, value)

    return construct


for _tag in _TAGS:
    _CloudFormationLoader.add_constructor(f"!{_tag}", _construct_intrinsic(_tag))


@dataclass(frozen=True)
class Route:
    method: str  # upper case, or ANY
    path: str  # API Gateway resource path, e.g. /v1/conditions/{id}


@dataclass(frozen=True)
class Function:
    logical_id: str
    code_uri: Path
    handler: str  # module.function, relative to code_uri
    environment: dict[str, Any]
    routes: tuple[Route, ...]
    properties: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Template:
    resources: dict[str, Any]
    parameters: dict[str, Any]
    globals: dict[str, Any]
    root: Path
    parameter_overrides: dict[str, str] = field(default_factory=dict)

    def functions(self) -> list[Function]:
        function_globals = self.globals.get("Function", {})
        global_environment = function_globals.get("Environment", {}).get("Variables", {})
        functions = []
        for logical_id, resource in self.resources.items():
            if resource["Type"] != "AWS::Serverless::Function":
                continue
            properties = {**function_globals, **resource["Properties"]}
            environment = {
                **global_environment,
                **resource["Properties"].get("Environment", {}).get("Variables", {}),
            }
            routes = tuple(
                Route(method=str(event["Properties"]["Method"]).upper(), path=event["Properties"]["Path"])
                for event in resource["Properties"].get("Events", {}).values()
                if event["Type"] == "Api"
            )
            functions.append(
                Function(
                    logical_id=logical_id,
                    code_uri=self.root / properties["CodeUri"],
                    handler=properties["Handler"],
                    environment=environment,
                    routes=routes,
                    properties=properties,
                )
            )
        return functions

    def tables(self) -> dict[str, dict[str, Any]]:
        """Logical id -> Properties of every DynamoDB table."""
        return {
            logical_id: resource["Properties"]
            for logical_id, resource in self.resources.items()
            if resource["Type"] == "AWS::DynamoDB::Table"
        }

    def parameter_value(self, name: str) -> Any:
        """The override given for a parameter, else its default (as `sam --parameter-overrides`)."""
        if name in self.parameter_overrides:
            return self.parameter_overrides[name]
        return self.parameters[name].get("Default")

    def resolve(self, value: Any, physical_ids: dict[str, str]) -> str:
        """Resolve a value using parameter defaults and the given physical resource ids."""
        if not isinstance(value, Intrinsic):
            return str(value)
        if value.name == "Ref":
            if value.value in physical_ids:
                return physical_ids[value.value]
            if value.value in self.parameters:
                return str(self.parameter_value(value.value))
        if value.name == "Sub" and isinstance(value.value, str):
            return re.sub(
                r"\$\{([^}!]+)\}",
                lambda m: self.resolve(Intrinsic("Ref", m.group(1)), physical_ids),
                value.value,
            )
        raise ValueError(f"cannot resolve {value.name} {value.value!r} locally")


def load_template(path: Path = TEMPLATE_PATH, parameter_overrides: dict[str, str] | None = None) -> Template:
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=_CloudFormationLoader)  # noqa: S506 (safe loader)
    parameters = document.get("Parameters", {})
    unknown = sorted(set(parameter_overrides or {}) - set(parameters))
    if unknown:
        raise ValueError(f"unknown template parameters: {', '.join(unknown)}")
    return Template(
        resources=document["Resources"],
        parameters=parameters,
        globals=document.get("Globals", {}),
        root=path.parent,
        parameter_overrides=dict(parameter_overrides or {}),
    )


def parse_parameter_overrides(text: str) -> dict[str, str]:
    """'Name=value Other=value', the form `sam deploy --parameter-overrides` takes."""
    overrides = {}
    for pair in text.split():
        name, separator, value = pair.partition("=")
        if not separator or not name:
            raise ValueError(f"expected Name=value, got {pair!r}")
        overrides[name] = value
    return overrides


def dynamodb_create_table_arguments(properties: dict[str, Any], table_name: str) -> dict[str, Any]:
    """CreateTable arguments for a table declared in the template, so local schemas cannot drift."""
    arguments: dict[str, Any] = {
        "TableName": table_name,
        "KeySchema": properties["KeySchema"],
        "AttributeDefinitions": properties["AttributeDefinitions"],
        "BillingMode": properties.get("BillingMode", "PROVISIONED"),
    }
    for optional in ("GlobalSecondaryIndexes", "LocalSecondaryIndexes"):
        if optional in properties:
            arguments[optional] = properties[optional]
    return arguments
