"""The environment variables each function sees locally: the template's, with local values for !Ref."""

from __future__ import annotations

from local_gateway.template import Function, Template


def local_physical_ids(template: Template) -> dict[str, str]:
    """Local names for the resources a function's environment may !Ref: the tables."""
    return {logical_id: f"local-{logical_id}" for logical_id in template.tables()}


def global_environment(template: Template, physical_ids: dict[str, str]) -> dict[str, str]:
    """Globals.Function.Environment: what every function shares, and so what module imports may read."""
    variables = template.globals.get("Function", {}).get("Environment", {}).get("Variables", {})
    return _resolve_all(template, "Globals", variables, physical_ids)


def function_environment(template: Template, function: Function, physical_ids: dict[str, str]) -> dict[str, str]:
    """Globals merged with the function's own variables, as Lambda would set them."""
    return _resolve_all(template, function.logical_id, function.environment, physical_ids)


def _resolve_all(
    template: Template, owner: str, variables: dict[str, object], physical_ids: dict[str, str]
) -> dict[str, str]:
    resolved = {}
    for name, value in variables.items():
        try:
            resolved[name] = template.resolve(value, physical_ids)
        except ValueError as error:
            raise ValueError(f"{owner}: environment variable {name}: {error}") from error
    return resolved
