"""Per-app API keys: one usage plan per client app on this API's stage, holding that app's keys.

An app is a usage plan attached to the API's stage; its name is the app's name. Keys are created
enabled and enrolled in their app's plan; revoking a key disables it (it stays listed, for the record),
so a leaked key stops working at once while every other app's keys and limits stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from mypy_boto3_apigateway import APIGatewayClient
    from mypy_boto3_apigateway.type_defs import UsagePlanTypeDef

QuotaPeriod = Literal["DAY", "WEEK", "MONTH"]
APP_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")  # as the template's FirstAppName
APP_TAG = "symptom-overlap:app"


class KeyAdminError(Exception):
    """A request the operator has to correct; nothing was changed."""


@dataclass(frozen=True)
class AppLimits:
    rate_per_second: float
    burst: int
    quota: int
    quota_period: QuotaPeriod


@dataclass(frozen=True)
class AppKey:
    key_id: str
    name: str
    enabled: bool
    created: datetime | None


@dataclass(frozen=True)
class App:
    name: str
    usage_plan_id: str
    limits: AppLimits | None  # None: the plan sets no throttle or no quota
    keys: tuple[AppKey, ...]


@dataclass(frozen=True)
class IssuedKey:
    app: str
    key_id: str
    value: str


class ApiKeys:
    """The apps and keys of one REST API stage."""

    def __init__(
        self,
        client: APIGatewayClient,
        rest_api_id: str,
        stage: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client = client
        self._rest_api_id = rest_api_id
        self._stage = stage
        self._clock = clock

    def apps(self) -> list[App]:
        """Every app (usage plan) on this stage, with its limits and keys, by name."""
        return sorted((self._app(plan) for plan in self._plans()), key=lambda app: app.name)

    def create_app(self, name: str, limits: AppLimits) -> IssuedKey:
        """A new app: its usage plan on this stage with these limits, and its first key."""
        if not APP_NAME.match(name):
            raise KeyAdminError(f"app names are 1-63 lower-case letters, digits and hyphens: {name!r}")
        if any(plan.get("name") == name for plan in self._plans()):
            raise KeyAdminError(f"app {name!r} already exists on this stage; use rotate to give it a new key")
        plan = self._client.create_usage_plan(
            name=name,
            description=f"Usage plan of the client app {name}.",
            apiStages=[{"apiId": self._rest_api_id, "stage": self._stage}],
            throttle={"rateLimit": limits.rate_per_second, "burstLimit": limits.burst},
            quota={"limit": limits.quota, "period": limits.quota_period},
            tags={APP_TAG: name},
        )
        return self._issue_key(name, plan["id"])

    def rotate(self, name: str, revoke_previous: bool = False) -> tuple[IssuedKey, list[str]]:
        """A new key for an existing app. The app's other keys keep working (while its users update) unless
        ``revoke_previous``, for a leak. Returns the new key and the ids of the keys revoked."""
        plan = self._plan_named(name)
        previous = [key.key_id for key in self._keys_of(plan["id"]) if key.enabled]
        issued = self._issue_key(name, plan["id"])
        if revoke_previous:
            for key_id in previous:
                self._disable(key_id)
        return issued, previous if revoke_previous else []

    def revoke(self, key_id: str) -> str:
        """Disable one key of this stage's apps; returns its app's name. Other keys are not touched."""
        plans = {plan["id"]: plan for plan in self._plans()}
        owners = [
            plan
            for plan in self._paginate_plans(key_id)
            if plan["id"] in plans  # a key of another API or stage is not this tool's to revoke
        ]
        if not owners:
            raise KeyAdminError(f"key {key_id} belongs to no app of API {self._rest_api_id} stage {self._stage}")
        self._disable(key_id)
        return str(owners[0].get("name", owners[0]["id"]))

    def _issue_key(self, app: str, usage_plan_id: str) -> IssuedKey:
        created = self._clock().strftime("%Y%m%dT%H%M%SZ")
        key = self._client.create_api_key(
            name=f"{app}-{created}",
            description=f"API key of the client app {app}, issued {created}.",
            enabled=True,
            tags={APP_TAG: app},
        )
        self._client.create_usage_plan_key(usagePlanId=usage_plan_id, keyId=key["id"], keyType="API_KEY")
        return IssuedKey(app=app, key_id=key["id"], value=key["value"])

    def _disable(self, key_id: str) -> None:
        self._client.update_api_key(
            apiKey=key_id, patchOperations=[{"op": "replace", "path": "/enabled", "value": "false"}]
        )

    def _plans(self) -> list[UsagePlanTypeDef]:
        return [
            plan
            for plan in self._paginate_plans()
            if any(
                stage.get("apiId") == self._rest_api_id and stage.get("stage") == self._stage
                for stage in plan.get("apiStages", [])
            )
        ]

    def _paginate_plans(self, key_id: str | None = None) -> list[UsagePlanTypeDef]:
        paginator = self._client.get_paginator("get_usage_plans")
        pages = paginator.paginate(keyId=key_id) if key_id else paginator.paginate()
        return [plan for page in pages for plan in page.get("items", [])]

    def _plan_named(self, name: str) -> UsagePlanTypeDef:
        for plan in self._plans():
            if plan.get("name") == name:
                return plan
        raise KeyAdminError(f"no app {name!r} on this stage; `list` shows the apps")

    def _keys_of(self, usage_plan_id: str) -> list[AppKey]:
        pages = self._client.get_paginator("get_usage_plan_keys").paginate(usagePlanId=usage_plan_id)
        keys = []
        for page in pages:
            for plan_key in page.get("items", []):
                key = self._client.get_api_key(apiKey=plan_key["id"], includeValue=False)
                keys.append(
                    AppKey(
                        key_id=key["id"],
                        name=key.get("name", ""),
                        enabled=key.get("enabled", False),
                        created=key.get("createdDate"),
                    )
                )
        return sorted(keys, key=lambda key: (key.created or datetime.min.replace(tzinfo=UTC), key.key_id))

    def _app(self, plan: UsagePlanTypeDef) -> App:
        throttle, quota = plan.get("throttle"), plan.get("quota")
        limits = (
            AppLimits(
                rate_per_second=throttle.get("rateLimit", 0.0),
                burst=throttle.get("burstLimit", 0),
                quota=quota.get("limit", 0),
                quota_period=quota.get("period", "MONTH"),
            )
            if throttle and quota
            else None
        )
        return App(
            name=plan.get("name", plan["id"]),
            usage_plan_id=plan["id"],
            limits=limits,
            keys=tuple(self._keys_of(plan["id"])),
        )
