"""The public routes, in one place: handlers register them, the fallback answers 404/405 from them,
and a test checks them against template.yaml."""

import re

SYMPTOMS = "/v1/symptoms"
CONDITIONS = "/v1/conditions"
CONDITION = "/v1/conditions/<condition_id>"
ASSESSMENTS = "/v1/assessments"
PARSE = "/v1/parse"

ALLOWED_METHODS: dict[str, tuple[str, ...]] = {
    SYMPTOMS: ("GET",),
    CONDITIONS: ("GET",),
    CONDITION: ("GET",),
    ASSESSMENTS: ("POST",),
    PARSE: ("POST",),
}


def allowed_methods(path: str) -> tuple[str, ...] | None:
    """The methods a known route accepts, or None when no route has this path."""
    for route, methods in ALLOWED_METHODS.items():
        if _route_pattern(route).fullmatch(path):
            return methods
    return None


def _route_pattern(route: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"<[a-z_]+>", "[^/]+", route))
