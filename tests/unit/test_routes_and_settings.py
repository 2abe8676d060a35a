import pytest
from pydantic import ValidationError

from symptom_overlap.api import routes
from symptom_overlap.api.settings import Settings


@pytest.mark.parametrize(
    ("path", "allowed"),
    [
        ("/v1/symptoms", ("GET",)),
        ("/v1/conditions/als", ("GET",)),
        ("/v1/assessments", ("POST",)),
        ("/v1/conditions/als/extra", None),
        ("/v2/symptoms", None),
    ],
)
def test_allowed_methods_by_path(path: str, allowed: tuple[str, ...] | None) -> None:
    assert routes.allowed_methods(path) == allowed


def test_settings_come_from_environment_names() -> None:
    settings = Settings.model_validate({"TABLE_NAME": "kb", "KNOWLEDGE_REFRESH_SECONDS": "5"})
    assert (settings.table_name, settings.knowledge_refresh_seconds) == ("kb", 5.0)
    assert settings.dynamodb_total_attempts == 2


def test_settings_require_a_table_name() -> None:
    with pytest.raises(ValidationError, match="TABLE_NAME"):
        Settings.model_validate({})
