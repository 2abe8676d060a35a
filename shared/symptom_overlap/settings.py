"""All configuration, read once from environment variables into one validated model."""

from __future__ import annotations

import os
from functools import cache

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    """Environment variables the functions read. Names match the template's Environment section."""

    model_config = ConfigDict(frozen=True, populate_by_name=True, extra="ignore")

    table_name: str = Field(alias="TABLE_NAME", min_length=1)
    knowledge_refresh_seconds: float = Field(alias="KNOWLEDGE_REFRESH_SECONDS", default=60.0, ge=0)
    knowledge_max_stale_seconds: float = Field(alias="KNOWLEDGE_MAX_STALE_SECONDS", default=3600.0, ge=0)
    dynamodb_connect_timeout: float = Field(alias="DYNAMODB_CONNECT_TIMEOUT_SECONDS", default=1.0, gt=0)
    dynamodb_read_timeout: float = Field(alias="DYNAMODB_READ_TIMEOUT_SECONDS", default=1.0, gt=0)
    dynamodb_total_attempts: int = Field(alias="DYNAMODB_TOTAL_ATTEMPTS", default=2, ge=1, le=5)
    retry_after_seconds: int = Field(alias="RETRY_AFTER_SECONDS", default=5, ge=1)
    cors_allowed_origin: str = Field(alias="CORS_ALLOWED_ORIGIN", default="")  # empty: CORS off


@cache
def get_settings() -> Settings:
    """Validated on first use (cold start); tests call ``get_settings.cache_clear()``."""
    return Settings.model_validate(dict(os.environ))
