import pytest
from pydantic import ValidationError

from symptom_overlap.api.resolver import allowed_methods, create_app, route_name
from symptom_overlap.settings import Settings


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/v1/symptoms", ["GET", "HEAD"]),
        ("/v1/conditions/als", ["GET", "HEAD"]),
        ("/v1/health", ["GET", "HEAD"]),
        ("/v1/assessments", ["POST"]),
        ("/v1/conditions/als/extra", []),
        ("/v2/symptoms", []),
    ],
)
def test_allowed_methods_come_from_the_resolver_routes(path: str, allowed: list[str]) -> None:
    assert allowed_methods(create_app(), path) == allowed


def test_logs_name_the_route_template_never_the_raw_path() -> None:
    app = create_app()
    assert route_name(app, "GET", "/v1/conditions/anything a client typed") == "/v1/conditions/<condition_id>"
    assert route_name(app, "DELETE", "/v1/symptoms") == "unmatched"


def test_settings_come_from_environment_names() -> None:
    settings = Settings.model_validate({"TABLE_NAME": "kb", "KNOWLEDGE_REFRESH_SECONDS": "5"})
    assert (settings.table_name, settings.knowledge_refresh_seconds) == ("kb", 5.0)
    assert settings.dynamodb_total_attempts == 2


def test_settings_require_a_table_name() -> None:
    with pytest.raises(ValidationError, match="TABLE_NAME"):
        Settings.model_validate({})
