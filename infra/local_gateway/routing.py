"""The template's Api events as a route table that picks a route the way API Gateway REST does.

Of the routes whose resource path and method fit a request, the most specific wins, compared
segment by segment from the left: a literal segment beats {param}, which beats {proxy+}; on the
same resource a specific method beats ANY.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from local_gateway.template import Function, Intrinsic, Template

ANY = "ANY"
_LITERAL, _PARAMETER, _GREEDY = 0, 1, 2


@dataclass(frozen=True)
class Endpoint:
    method: str  # upper case, or ANY
    resource: str  # the template path, e.g. /v1/conditions/{id}
    function: Function
    api_key_required: bool


@dataclass(frozen=True)
class Match:
    endpoint: Endpoint
    path_parameters: dict[str, str]


class RouteTable:
    def __init__(self, endpoints: Sequence[Endpoint]) -> None:
        seen: set[tuple[str, str]] = set()
        for endpoint in endpoints:
            key = (endpoint.method, endpoint.resource)
            if key in seen:
                raise ValueError(f"two Api events declare {endpoint.method} {endpoint.resource}")
            seen.add(key)
        self.endpoints = tuple(endpoints)

    @classmethod
    def from_template(cls, template: Template, functions: Sequence[Function]) -> RouteTable:
        return cls(
            [
                Endpoint(
                    method=str(event["Properties"]["Method"]).upper(),
                    resource=str(event["Properties"]["Path"]),
                    function=function,
                    api_key_required=_api_key_required(template, event["Properties"]),
                )
                for function in functions
                for event in function.properties.get("Events", {}).values()
                if event["Type"] == "Api"
            ]
        )

    def match(self, method: str, segments: Sequence[str]) -> Match | None:
        """``segments`` are the URL-decoded path segments, e.g. ["v1", "conditions", "als"]."""
        candidates = []
        for endpoint in self.endpoints:
            if endpoint.method not in (method, ANY):
                continue
            matched = _match_resource(endpoint.resource, segments)
            if matched is not None:
                ranks, parameters = matched
                candidates.append(((ranks, endpoint.method == ANY), Match(endpoint, parameters)))
        if not candidates:
            return None
        return min(candidates, key=lambda candidate: candidate[0])[1]


def _match_resource(resource: str, segments: Sequence[str]) -> tuple[tuple[int, ...], dict[str, str]] | None:
    """The specificity rank of each resource segment and the path parameters, or None."""
    parts = [part for part in resource.split("/") if part]
    ranks: list[int] = []
    parameters: dict[str, str] = {}
    for index, part in enumerate(parts):
        if part.startswith("{") and part.endswith("+}"):
            rest = "/".join(segments[index:])
            if not rest:
                return None
            parameters[part[1:-2]] = rest
            return (*ranks, _GREEDY), parameters
        if index >= len(segments):
            return None
        if part.startswith("{") and part.endswith("}"):
            if not segments[index]:
                return None
            parameters[part[1:-1]] = segments[index]
            ranks.append(_PARAMETER)
        elif part == segments[index]:
            ranks.append(_LITERAL)
        else:
            return None
    if len(parts) != len(segments):
        return None
    return tuple(ranks), parameters


def _api_key_required(template: Template, event_properties: dict[str, Any]) -> bool:
    """The event's Auth.ApiKeyRequired if set, else its Api's (merged over Globals.Api), else False."""
    event_auth = event_properties.get("Auth") or {}
    if "ApiKeyRequired" in event_auth:
        return _true(event_auth["ApiKeyRequired"])
    api_auth = dict(template.globals.get("Api", {}).get("Auth") or {})
    rest_api = event_properties.get("RestApiId")
    if isinstance(rest_api, Intrinsic) and rest_api.name == "Ref":
        api_auth.update(template.resources[rest_api.value]["Properties"].get("Auth") or {})
    return _true(api_auth.get("ApiKeyRequired", False))


def _true(value: object) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")
