"""The per-app key CLI against moto's API Gateway: apps, keys, rotation and revocation without a deploy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import boto3
import pytest
from moto import mock_aws

from keytool.__main__ import main
from keytool.keys import ApiKeys, AppLimits, KeyAdminError

if TYPE_CHECKING:
    from mypy_boto3_apigateway import APIGatewayClient

STAGE = "prod"
LIMITS = AppLimits(rate_per_second=5.0, burst=10, quota=1000, quota_period="DAY")


@dataclass
class Stage:
    client: APIGatewayClient
    rest_api_id: str
    first_app_key_id: str
    other_api_key_id: str  # a key of another API on the same account

    def keys(self) -> ApiKeys:
        return ApiKeys(self.client, self.rest_api_id, STAGE)

    def key(self, key_id: str) -> tuple[bool, str]:
        key = self.client.get_api_key(apiKey=key_id, includeValue=True)
        return key["enabled"], key["value"]

    def argv(self, *command: str) -> list[str]:
        return ["--rest-api-id", self.rest_api_id, "--stage", STAGE, *command]


def _deployed_api(client: APIGatewayClient, name: str) -> str:
    rest_api_id = client.create_rest_api(name=name)["id"]
    root = client.get_resources(restApiId=rest_api_id)["items"][0]["id"]
    client.put_method(restApiId=rest_api_id, resourceId=root, httpMethod="GET", authorizationType="NONE")
    client.put_integration(restApiId=rest_api_id, resourceId=root, httpMethod="GET", type="MOCK")
    client.create_deployment(restApiId=rest_api_id, stageName=STAGE)
    return rest_api_id


def _app_with_key(client: APIGatewayClient, rest_api_id: str, name: str) -> str:
    """An app as the stack creates its first one: a usage plan on the stage and one enrolled key."""
    plan = client.create_usage_plan(name=name, apiStages=[{"apiId": rest_api_id, "stage": STAGE}])
    key = client.create_api_key(name=f"{name}-stack", enabled=True)
    client.create_usage_plan_key(usagePlanId=plan["id"], keyId=key["id"], keyType="API_KEY")
    return key["id"]


@pytest.fixture
def stage(monkeypatch: pytest.MonkeyPatch) -> Iterator[Stage]:
    """A deployed API with the stack's first app, next to another API whose apps are not ours."""
    for name, value in {
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        client = boto3.client("apigateway")
        rest_api_id = _deployed_api(client, "symptom-overlap")
        other_api_key_id = _app_with_key(client, _deployed_api(client, "someone-else"), "other-api-app")
        yield Stage(client, rest_api_id, _app_with_key(client, rest_api_id, "first-app"), other_api_key_id)


def test_a_new_app_gets_its_own_usage_plan_on_the_stage_and_an_enabled_key(stage: Stage) -> None:
    # When an operator creates an app
    issued = stage.keys().create_app("android", LIMITS)

    # Then it has its own plan on this API's stage with its limits, holding exactly the new key, which works
    [plan] = [
        plan
        for plan in stage.client.get_usage_plans()["items"]
        if plan["name"] == "android" and plan["apiStages"][0]["apiId"] == stage.rest_api_id
    ]
    assert plan["apiStages"] == [{"apiId": stage.rest_api_id, "stage": STAGE}]
    assert plan["throttle"] == {"rateLimit": 5.0, "burstLimit": 10}
    assert plan["quota"] == {"limit": 1000, "period": "DAY"}
    assert [key["id"] for key in stage.client.get_usage_plan_keys(usagePlanId=plan["id"])["items"]] == [issued.key_id]
    assert stage.key(issued.key_id) == (True, issued.value)


def test_list_shows_this_stages_apps_and_keys_only(stage: Stage) -> None:
    stage.keys().create_app("ios", LIMITS)
    apps = {app.name: app for app in stage.keys().apps()}
    assert set(apps) == {"first-app", "ios"}  # not the other API's app
    assert apps["ios"].limits == LIMITS
    assert apps["first-app"].limits is None  # the fixture's plan sets no limits
    assert [key.key_id for key in apps["first-app"].keys] == [stage.first_app_key_id]
    assert all(key.enabled for app in apps.values() for key in app.keys)


@pytest.mark.parametrize("name", ["first-app", "Bad Name", "", "x" * 64])
def test_an_existing_or_malformed_app_name_is_refused(stage: Stage, name: str) -> None:
    apps_before = stage.keys().apps()
    with pytest.raises(KeyAdminError):
        stage.keys().create_app(name, LIMITS)
    assert stage.keys().apps() == apps_before


def test_rotation_adds_a_key_and_keeps_the_old_one_until_it_is_revoked(stage: Stage) -> None:
    # When the first app's key is rotated for a planned change
    issued, revoked = stage.keys().rotate("first-app")
    # Then both keys work while the app's users update, and the new one is in the app's plan
    assert revoked == []
    assert stage.key(issued.key_id)[0] is True
    assert stage.key(stage.first_app_key_id)[0] is True
    [app] = [app for app in stage.keys().apps() if app.name == "first-app"]
    assert {key.key_id for key in app.keys} == {stage.first_app_key_id, issued.key_id}
    # And revoking the old one afterwards leaves the new one working
    assert stage.keys().revoke(stage.first_app_key_id) == "first-app"
    assert (stage.key(stage.first_app_key_id)[0], stage.key(issued.key_id)[0]) == (False, True)


def test_rotation_after_a_leak_revokes_the_apps_previous_keys_at_once(stage: Stage) -> None:
    issued, revoked = stage.keys().rotate("first-app", revoke_previous=True)
    assert revoked == [stage.first_app_key_id]
    assert (stage.key(stage.first_app_key_id)[0], stage.key(issued.key_id)[0]) == (False, True)


def test_a_leaked_key_is_revoked_without_touching_other_apps(stage: Stage) -> None:
    # Given two more apps, each with its own key
    android = stage.keys().create_app("android", LIMITS)
    ios = stage.keys().create_app("ios", LIMITS)
    others_before = [app for app in stage.keys().apps() if app.name != "android"]

    # When android's key leaks and is revoked
    assert stage.keys().revoke(android.key_id) == "android"

    # Then that key is disabled (API Gateway answers 403 to it), still listed for the record
    assert stage.key(android.key_id)[0] is False
    [android_app] = [app for app in stage.keys().apps() if app.name == "android"]
    assert [(key.key_id, key.enabled) for key in android_app.keys] == [(android.key_id, False)]
    # And every other app's plan, limits and keys are exactly as they were
    assert [app for app in stage.keys().apps() if app.name != "android"] == others_before
    assert stage.key(ios.key_id)[0] is True


def test_a_key_of_another_api_is_not_revoked(stage: Stage) -> None:
    with pytest.raises(KeyAdminError):
        stage.keys().revoke(stage.other_api_key_id)
    assert stage.key(stage.other_api_key_id)[0] is True


def test_the_command_line_creates_lists_rotates_and_revokes(stage: Stage, capsys: pytest.CaptureFixture[str]) -> None:
    # create prints the new key's id and value once
    assert main(stage.argv("create", "web", "--rate", "2", "--burst", "4", "--quota", "50", "--period", "WEEK")) == 0
    created = capsys.readouterr().out
    [key_id] = [line.split()[-1] for line in created.splitlines() if line.startswith("app web: new key")]
    value = stage.key(key_id)[1]
    assert f"value: {value}" in created
    # list names apps, limits and key ids, never a key's value
    assert main(stage.argv("list")) == 0
    listed = capsys.readouterr().out
    assert "web (usage plan" in listed
    assert "2/s, burst 4, 50 per WEEK" in listed
    assert key_id in listed
    assert value not in listed
    # rotate --revoke-previous and revoke report what they revoked
    assert main(stage.argv("rotate", "web", "--revoke-previous")) == 0
    assert f"revoked {key_id}" in capsys.readouterr().out
    assert main(stage.argv("revoke", stage.first_app_key_id)) == 0
    assert "of first-app" in capsys.readouterr().out
    # an operator mistake is a clear error, exit code 2
    assert main(stage.argv("rotate", "no-such-app")) == 2
    assert "no app 'no-such-app'" in capsys.readouterr().err
