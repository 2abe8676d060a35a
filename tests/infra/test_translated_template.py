"""What CloudFormation deploys: template.yaml after the SAM transform (see sam_translate.py)."""

import json
import re
from collections import defaultdict
from typing import Any

import pytest

from tests.infra.cloudformation import TranslatedTemplate, as_list, integrated_function

pytestmark = pytest.mark.sam

API_FUNCTION = "ApiFunction"
TABLE_ARN = {"Fn::GetAtt": ["KnowledgeTable", "Arn"]}
API_FUNCTION_ACTIONS = {"dynamodb:getitem", "dynamodb:query"}
# IAM action names are case-insensitive; compared in lower case.
DYNAMODB_READ_ACTIONS = API_FUNCTION_ACTIONS | {
    "dynamodb:batchgetitem",
    "dynamodb:conditioncheckitem",
    "dynamodb:describetable",
    "dynamodb:partiqlselect",
    "dynamodb:scan",
    "dynamodb:transactgetitems",
}
# What SAM attaches to every function role here: CloudWatch Logs writes, and X-Ray for Tracing: Active.
FUNCTION_MANAGED_POLICIES = {
    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess",
}
MAX_COMPRESSION_SIZE = 10_485_760  # API Gateway's upper bound for MinimumCompressionSize


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _normalised(path: str) -> str:
    """/v1/conditions/<condition_id> (app) and /v1/conditions/{id} (API Gateway) -> /v1/conditions/{}."""
    return re.sub(r"<[a-z_]+>|\{[A-Za-z0-9_]+\}", "{}", path)


def _routes_by_function(translated: TranslatedTemplate) -> dict[str, set[tuple[str, str]]]:
    rest_api_id, _ = translated.single("AWS::ApiGateway::RestApi")
    routes: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for method, path, operation in translated.api_operations(rest_api_id):
        routes[integrated_function(operation)].add((method, _normalised(path)))
    return dict(routes)


def test_every_function_is_python313_arm64_with_active_tracing(translated: TranslatedTemplate) -> None:
    # Given the Lambda functions of the translated template
    functions = translated.of_type("AWS::Lambda::Function")
    assert set(functions) == {API_FUNCTION, "KnowledgeSeedFunction"}

    # When their runtime, architecture and tracing are read
    settings = {
        logical_id: (
            function["Properties"]["Runtime"],
            function["Properties"]["Architectures"],
            function["Properties"].get("TracingConfig"),
        )
        for logical_id, function in functions.items()
    }

    # Then every one runs Python 3.13 on Graviton with X-Ray tracing on
    assert settings == {logical_id: ("python3.13", ["arm64"], {"Mode": "Active"}) for logical_id in functions}


def test_every_function_uses_the_arm64_python313_shared_layer(translated: TranslatedTemplate) -> None:
    # Given the one layer version of the stack
    layer_id, layer = translated.single("AWS::Lambda::LayerVersion")

    # When the functions' layers are read
    layers = {
        logical_id: function["Properties"].get("Layers")
        for logical_id, function in translated.of_type("AWS::Lambda::Function").items()
    }

    # Then each function loads that layer, which is published for the same runtime and architecture
    assert layers == {logical_id: [{"Ref": layer_id}] for logical_id in layers}
    assert layer["Properties"]["CompatibleRuntimes"] == ["python3.13"]
    assert layer["Properties"]["CompatibleArchitectures"] == ["arm64"]


def test_every_function_has_a_log_group_with_retention(translated: TranslatedTemplate) -> None:
    # Given the log groups, by name
    log_groups = {
        _canonical(log_group["Properties"].get("LogGroupName")): log_group["Properties"]
        for log_group in translated.of_type("AWS::Logs::LogGroup").values()
    }

    for function_id in translated.of_type("AWS::Lambda::Function"):
        # When the function's default log group (/aws/lambda/<function name>) is looked up
        log_group = log_groups.get(_canonical({"Fn::Sub": f"/aws/lambda/${{{function_id}}}"}))

        # Then the stack declares it, so logs expire after the configured retention
        assert log_group is not None, f"no AWS::Logs::LogGroup named /aws/lambda/${{{function_id}}}"
        assert log_group.get("RetentionInDays") == {"Ref": "LogRetentionDays"}, function_id


def test_the_api_function_may_only_read_the_knowledge_table(translated: TranslatedTemplate) -> None:
    # Given the role the API function runs with
    role_id = translated.role_of(API_FUNCTION)

    # When its permission statements are flattened into (action, resource) grants
    statements = translated.statements_of_role(role_id)
    grants = {
        (action.lower(), _canonical(resource))
        for statement in statements
        for action in as_list(statement.get("Action", []))
        for resource in as_list(statement.get("Resource", []))
    }

    # Then it may only GetItem and Query, on exactly the knowledge table, and nothing else
    assert all(statement["Effect"] == "Allow" for statement in statements)
    assert all({"NotAction", "NotResource"}.isdisjoint(statement) for statement in statements)
    assert grants == {(action, _canonical(TABLE_ARN)) for action in API_FUNCTION_ACTIONS}
    assert set(translated.properties(role_id)["ManagedPolicyArns"]) == FUNCTION_MANAGED_POLICIES


SEED_ROLE = "KnowledgeSeedFunctionRole"


def test_only_the_seeding_function_writes_and_only_to_the_knowledge_table(translated: TranslatedTemplate) -> None:
    # Given the seeding function's role
    statements = translated.statements_of_role(SEED_ROLE)
    # When its DynamoDB actions are read
    grants = [
        (action.lower(), resource)
        for statement in statements
        for action in as_list(statement.get("Action", []))
        if action.lower().startswith("dynamodb:")
        for resource in as_list(statement.get("Resource", []))
    ]
    # Then it may read and write items of the knowledge table, and nothing else
    assert {action for action, _resource in grants} == {
        "dynamodb:getitem",
        "dynamodb:query",
        "dynamodb:putitem",
    }
    assert {_canonical(resource) for _action, resource in grants} == {_canonical(TABLE_ARN)}


def test_no_other_role_grants_dynamodb_writes_or_wildcards(translated: TranslatedTemplate) -> None:
    # Given every permission statement of every role in the stack
    roles = translated.of_type("AWS::IAM::Role")
    assert roles

    # When each one is checked for writes to DynamoDB and for wildcards
    violations = []
    for role_id in roles:
        for statement in translated.statements_of_role(role_id):
            if {"NotAction", "NotResource"} & set(statement):
                violations.append(f"{role_id}: NotAction/NotResource in {statement}")
            for action in as_list(statement.get("Action", [])):
                if "*" in action:
                    violations.append(f"{role_id}: wildcard action {action}")
                elif (
                    action.lower().startswith("dynamodb:")
                    and action.lower() not in DYNAMODB_READ_ACTIONS
                    and role_id != SEED_ROLE
                ):
                    violations.append(f"{role_id}: DynamoDB action {action} is not read-only")
            violations += [
                f"{role_id}: wildcard resource"
                for resource in as_list(statement.get("Resource", []))
                if resource == "*"
            ]

    # Then there are none
    assert violations == []


def test_every_api_operation_requires_an_api_key(translated: TranslatedTemplate) -> None:
    # Given the OpenAPI body SAM generates for the REST API
    rest_api_id, rest_api = translated.single("AWS::ApiGateway::RestApi")
    body = rest_api["Properties"]["Body"]
    operations = list(translated.api_operations(rest_api_id))
    assert operations

    # When each operation's security requirement is read
    without_key = [
        (method, path)
        for method, path, operation in operations
        if operation.get("security") != [{"api_key": []}] and method != "OPTIONS"  # CORS preflights: no credentials
    ]

    # Then every operation requires the API key, sent in the x-api-key header
    assert without_key == []
    assert body["securityDefinitions"]["api_key"] == {"type": "apiKey", "name": "x-api-key", "in": "header"}
    assert body.get("x-amazon-apigateway-api-key-source", "HEADER") == "HEADER"
    assert rest_api["Properties"].get("ApiKeySourceType", "HEADER") == "HEADER"


@pytest.mark.parametrize(
    ("response_type", "status", "code"),
    [
        ("API_KEY", "403", "forbidden"),
        ("WAF_FILTERED", "403", "blocked"),
        ("THROTTLED", "429", "throttled"),
        ("QUOTA_EXCEEDED", "429", "quota_exceeded"),
        ("DEFAULT_4XX", None, "client_error"),
        ("DEFAULT_5XX", None, "gateway_error"),
    ],
)
def test_api_gateway_answers_use_the_error_envelope(
    translated: TranslatedTemplate, response_type: str, status: str | None, code: str
) -> None:
    # Given the gateway responses SAM puts into the REST API's OpenAPI body
    _rest_api_id, rest_api = translated.single("AWS::ApiGateway::RestApi")
    responses = rest_api["Properties"]["Body"]["x-amazon-apigateway-gateway-responses"]

    # When API Gateway answers on its own (bad key, throttling, its own errors)
    response = responses[response_type]
    template = response["responseTemplates"]["application/json"]

    # Then the body is the envelope, with the request id, and the status is the documented one
    assert response.get("statusCode") == status
    assert f'"code": "{code}"' in template
    assert '"request_id": "$context.requestId"' in template


RETRYABLE_GATEWAY_RESPONSES = {"THROTTLED": "1", "QUOTA_EXCEEDED": "3600", "DEFAULT_5XX": "5"}


def test_api_gateway_answers_carry_the_request_id_and_when_to_retry(translated: TranslatedTemplate) -> None:
    # Given every gateway response the stack customises
    _rest_api_id, rest_api = translated.single("AWS::ApiGateway::RestApi")
    responses = rest_api["Properties"]["Body"]["x-amazon-apigateway-gateway-responses"]
    assert set(RETRYABLE_GATEWAY_RESPONSES) < set(responses)

    for response_type, response in responses.items():
        # When its headers are read
        headers = {
            name.removeprefix("gatewayresponse.header."): value
            for name, value in response.get("responseParameters", {}).items()
        }
        # Then, like the function's answers, it names the request and may be neither cached nor sniffed
        assert headers.pop("X-Request-Id") == "context.requestId", response_type
        assert headers.pop("Cache-Control") == "'no-store'", response_type
        assert headers.pop("X-Content-Type-Options") == "'nosniff'", response_type
        # And the retryable ones (throttling, quota, the gateway's own 5xx) say after how many seconds
        retry_after = RETRYABLE_GATEWAY_RESPONSES.get(response_type)
        assert headers == ({"Retry-After": f"'{retry_after}'"} if retry_after else {}), response_type


def test_the_first_app_has_its_own_key_and_usage_plan_from_the_parameters(translated: TranslatedTemplate) -> None:
    # Given the stack's one usage plan, the first app's (infra/keytool adds the other apps' without a deploy)
    plan_id, plan = translated.single("AWS::ApiGateway::UsagePlan")
    rest_api_id, _ = translated.single("AWS::ApiGateway::RestApi")
    stage_id, _ = translated.single("AWS::ApiGateway::Stage")

    # When its limits are read
    properties = plan["Properties"]

    # Then the app's name, throttle and quota come from the parameters, and it meters this API's stage
    assert properties["UsagePlanName"] == {"Ref": "FirstAppName"}
    assert properties["Throttle"] == {
        "RateLimit": {"Ref": "ThrottleRateLimit"},
        "BurstLimit": {"Ref": "ThrottleBurstLimit"},
    }
    assert properties["Quota"] == {"Limit": {"Ref": "QuotaLimit"}, "Period": {"Ref": "QuotaPeriod"}}
    assert properties["ApiStages"] == [{"ApiId": {"Ref": rest_api_id}, "Stage": {"Ref": stage_id}}]
    # And the stack's one API key is enrolled in that plan alone
    key_id, _ = translated.single("AWS::ApiGateway::ApiKey")
    _, plan_key = translated.single("AWS::ApiGateway::UsagePlanKey")
    assert plan_key["Properties"] == {
        "KeyId": {"Ref": key_id},
        "KeyType": "API_KEY",
        "UsagePlanId": {"Ref": plan_id},
    }


def test_no_app_can_take_the_whole_stage(translated: TranslatedTemplate) -> None:
    # The stage's throttle (all apps together) defaults above one app's, so one app or one leaked key cannot
    # make everyone else's requests fail with 429
    parameters = translated.document["Parameters"]
    assert int(parameters["StageThrottleRateLimit"]["Default"]) > int(parameters["ThrottleRateLimit"]["Default"])
    assert int(parameters["StageThrottleBurstLimit"]["Default"]) > int(parameters["ThrottleBurstLimit"]["Default"])


def test_stage_has_access_logging_and_throttling(translated: TranslatedTemplate) -> None:
    # Given the API's stage
    _, stage = translated.single("AWS::ApiGateway::Stage")
    properties = stage["Properties"]

    # When its access log destination is resolved
    destination = properties["AccessLogSetting"]["DestinationArn"]
    log_group_id, attribute = destination["Fn::GetAtt"]

    # Then access logs go to a log group of this stack that has a retention
    assert attribute == "Arn"
    assert translated.resources[log_group_id]["Type"] == "AWS::Logs::LogGroup"
    assert translated.properties(log_group_id)["RetentionInDays"] == {"Ref": "LogRetentionDays"}
    # And each log line is one JSON object that identifies the request
    log_format = json.loads(properties["AccessLogSetting"]["Format"])
    assert {"requestId", "apiKeyId", "status", "resourcePath"} <= set(log_format)
    # And the stage is throttled, all apps together, from the stage parameters
    assert properties["MethodSettings"] == [
        {
            "ResourcePath": "/*",
            "HttpMethod": "*",
            "ThrottlingRateLimit": {"Ref": "StageThrottleRateLimit"},
            "ThrottlingBurstLimit": {"Ref": "StageThrottleBurstLimit"},
            "LoggingLevel": "OFF",
            "DataTraceEnabled": False,
        }
    ]


def test_rest_api_compresses_large_responses(translated: TranslatedTemplate) -> None:
    # Given the REST API
    _, rest_api = translated.single("AWS::ApiGateway::RestApi")

    # When its compression threshold is read
    threshold = rest_api["Properties"].get("MinimumCompressionSize")

    # Then compression is on, with a threshold API Gateway accepts
    assert isinstance(threshold, int)
    assert 0 <= threshold <= MAX_COMPRESSION_SIZE


def test_knowledge_table_is_on_demand_encrypted_recoverable_and_protected(
    translated: TranslatedTemplate,
) -> None:
    # Given the one DynamoDB table
    table_id, table = translated.single("AWS::DynamoDB::Table")

    # When its properties are read
    properties = table["Properties"]

    # Then it is on-demand, encrypted, point-in-time recoverable and retained
    assert table_id == TABLE_ARN["Fn::GetAtt"][0]
    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    assert properties["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"] is True
    assert properties["SSESpecification"]["SSEEnabled"] is True
    assert (table["DeletionPolicy"], table["UpdateReplacePolicy"]) == ("Retain", "Retain")
    # And deletion protection follows its parameter, which defaults to on
    assert properties["DeletionProtectionEnabled"] == {"Ref": "TableDeletionProtection"}
    assert translated.document["Parameters"]["TableDeletionProtection"]["Default"] == "true"


def test_every_path_goes_to_the_one_api_function(translated: TranslatedTemplate) -> None:
    # When the API's operations are grouped by the function they invoke
    routes = _routes_by_function(translated)

    # Then the API function takes every method on every path, and keyless OPTIONS for CORS preflights:
    # its resolver alone decides routes, 404 and 405, so template and code cannot drift
    assert routes == {API_FUNCTION: {("ANY", "/{proxy+}"), ("OPTIONS", "/{proxy+}")}}


def test_outputs_give_the_api_url_and_the_api_key_id(translated: TranslatedTemplate) -> None:
    # Given the stack outputs
    outputs = translated.outputs
    rest_api_id, _ = translated.single("AWS::ApiGateway::RestApi")
    key_id, key = translated.single("AWS::ApiGateway::ApiKey")
    stage_id, _ = translated.single("AWS::ApiGateway::Stage")

    # When the URL and key outputs are read
    api_url = outputs["ApiUrl"]["Value"]["Fn::Sub"]
    api_key_id = outputs["ApiKeyId"]["Value"]
    # (and the API and stage infra/keytool needs)
    assert outputs["RestApiId"]["Value"] == {"Ref": rest_api_id}
    assert outputs["StageName"]["Value"] == {"Ref": stage_id}

    # Then they point at this API's stage and at its enabled key
    assert api_url.startswith(f"https://${{{rest_api_id}}}.execute-api.${{AWS::Region}}.")
    assert api_url.endswith("/${Stage}")
    assert api_key_id == {"Ref": key_id}
    assert key["Properties"]["Enabled"] is True


def test_only_cors_preflights_go_without_an_api_key(translated: TranslatedTemplate) -> None:
    rest_api_id, _ = translated.single("AWS::ApiGateway::RestApi")
    keyless = {
        (method, integrated_function(operation))
        for method, _path, operation in translated.api_operations(rest_api_id)
        if operation.get("security") != [{"api_key": []}]
    }
    assert keyless == {("OPTIONS", API_FUNCTION)}


def test_alarms_watch_errors_latency_throttles_and_knowledge_loading(translated: TranslatedTemplate) -> None:
    alarms = {
        alarm["Properties"]["MetricName"]: alarm["Properties"]
        for alarm in translated.of_type("AWS::CloudWatch::Alarm").values()
    }
    assert set(alarms) == {"5XXError", "Latency", "Throttles", "KnowledgeBaseLoadFailures", "BlockedRequests"}
    assert alarms["Latency"]["ExtendedStatistic"] == "p99"
    for alarm in translated.of_type("AWS::CloudWatch::Alarm").values():
        assert alarm["Properties"]["AlarmActions"] == {
            "Fn::If": ["HasAlarmTopic", [{"Ref": "AlarmTopicArn"}], {"Ref": "AWS::NoValue"}]
        }
