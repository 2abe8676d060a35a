"""What stands in front of the function, as CloudFormation will deploy it: the web firewall, TLS, the
concurrency cap, and what API Gateway, X-Ray and the firewall record about a request."""

import json
import re
from typing import Any

import pytest

from symptom_overlap.api.resolver import MAX_BODY_BYTES
from tests.infra.cloudformation import REPO_ROOT, TranslatedTemplate

pytestmark = pytest.mark.sam

WAF_CONDITION = "WafEnabled"
WEB_ACL_NAME = {"Fn::Sub": "${AWS::StackName}-api"}
# What each access-log field may read: nothing that holds the query string, a path a client fills in,
# the body, headers or the caller's address.
ALLOWED_ACCESS_LOG_VARIABLES = {
    "context.requestId",
    "context.identity.apiKeyId",
    "context.requestTimeEpoch",
    "context.httpMethod",
    "context.resourcePath",
    "context.status",
    "context.error.responseType",
    "context.wafResponseCode",
    "context.responseLatency",
    "context.integrationLatency",
    "context.responseLength",
}


def _web_acl(translated: TranslatedTemplate) -> dict[str, Any]:
    _, web_acl = translated.single("AWS::WAFv2::WebACL")
    return web_acl


def _rules(translated: TranslatedTemplate) -> dict[str, dict[str, Any]]:
    return {rule["Name"]: rule for rule in _web_acl(translated)["Properties"]["Rules"]}


def test_the_firewall_is_on_by_default_and_guards_the_api_stage(translated: TranslatedTemplate) -> None:
    # Given the firewall's resources
    waf_resources = {
        logical_id: resource
        for logical_id, resource in translated.resources.items()
        if resource["Type"].startswith("AWS::WAFv2::") or resource["Properties"].get("Namespace") == "AWS/WAFV2"
    }
    acl_id, web_acl = translated.single("AWS::WAFv2::WebACL")
    _, association = translated.single("AWS::WAFv2::WebACLAssociation")
    rest_api_id, _ = translated.single("AWS::ApiGateway::RestApi")
    stage_id, _ = translated.single("AWS::ApiGateway::Stage")

    # Then all of them exist exactly when EnableWaf is true, which is the default
    assert {resource.get("Condition") for resource in waf_resources.values()} == {WAF_CONDITION}
    assert len(waf_resources) == 4  # web ACL, association, two alarms
    assert translated.document["Conditions"][WAF_CONDITION] == {"Fn::Equals": [{"Ref": "EnableWaf"}, "true"]}
    assert translated.document["Parameters"]["EnableWaf"]["Default"] == "true"
    # And the regional web ACL is attached to this API's stage, allowing what no rule blocks
    assert web_acl["Properties"]["Scope"] == "REGIONAL"
    assert web_acl["Properties"]["DefaultAction"] == {"Allow": {}}
    assert association["Properties"] == {
        "ResourceArn": {
            "Fn::Sub": f"arn:${{AWS::Partition}}:apigateway:${{AWS::Region}}::/restapis/${{{rest_api_id}}}"
            f"/stages/${{{stage_id}}}"
        },
        "WebACLArn": {"Fn::GetAtt": [acl_id, "Arn"]},
    }


def test_one_address_is_rate_limited_with_a_429_that_says_when_to_retry(translated: TranslatedTemplate) -> None:
    rule = _rules(translated)["RateLimitPerIp"]
    assert rule["Statement"] == {
        "RateBasedStatement": {
            "AggregateKeyType": "IP",
            "EvaluationWindowSec": 300,
            "Limit": {"Ref": "WafRateLimitPerIp"},
        }
    }
    response = rule["Action"]["Block"]["CustomResponse"]
    assert response["ResponseCode"] == 429
    assert {"Name": "Retry-After", "Value": "60"} in response["ResponseHeaders"]
    body = _web_acl(translated)["Properties"]["CustomResponseBodies"][response["CustomResponseBodyKey"]]
    assert json.loads(body["Content"])["error"]["code"] == "rate_limited"


def test_bodies_over_the_api_limit_are_refused_before_any_function_runs(translated: TranslatedTemplate) -> None:
    # Given the size rule and how much of a body API Gateway forwards to the firewall
    web_acl = _web_acl(translated)["Properties"]
    statement = _rules(translated)["BodyOver64KB"]["Statement"]["SizeConstraintStatement"]
    inspected = web_acl["AssociationConfig"]["RequestBody"]["API_GATEWAY"]["DefaultSizeInspectionLimit"]

    # Then a body over the API's own limit (in bytes) is blocked with a 413, and a body the firewall cannot
    # see whole counts as over: the inspected part is exactly the limit
    assert statement["FieldToMatch"] == {"Body": {"OversizeHandling": "MATCH"}}
    assert (statement["ComparisonOperator"], statement["Size"]) == ("GT", MAX_BODY_BYTES)
    assert int(re.fullmatch(r"KB_(\d+)", inspected).group(1)) * 1024 == MAX_BODY_BYTES  # type: ignore[union-attr]
    assert _rules(translated)["BodyOver64KB"]["Action"]["Block"]["CustomResponse"]["ResponseCode"] == 413


def test_aws_managed_rules_for_apis_run_without_blocking_valid_bodies(translated: TranslatedTemplate) -> None:
    # Given the managed rule groups in the web ACL
    managed = {
        name: rule["Statement"]["ManagedRuleGroupStatement"]
        for name, rule in _rules(translated).items()
        if "ManagedRuleGroupStatement" in rule["Statement"]
    }
    # Then AWS's baseline and known-bad-input groups (Log4j, deserialisation) run and may block
    assert set(managed) == {"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet"}
    assert all(group["VendorName"] == "AWS" for group in managed.values())
    assert all(_rules(translated)[name]["OverrideAction"] == {"None": {}} for name in managed)
    # And the baseline's own 8 KB body rule only counts, since valid requests can be larger (our rule enforces 64 KB)
    assert managed["AWSManagedRulesCommonRuleSet"]["RuleActionOverrides"] == [
        {"Name": "SizeRestrictions_BODY", "ActionToUse": {"Count": {}}}
    ]


def test_firewall_blocks_are_measured_and_alarmed(translated: TranslatedTemplate) -> None:
    # Given the web ACL, its rules' metric names and the firewall alarms
    web_acl = _web_acl(translated)["Properties"]
    metric_names = {rule["Name"]: rule["VisibilityConfig"]["MetricName"] for rule in web_acl["Rules"]}
    alarms = [
        alarm["Properties"]
        for alarm in translated.of_type("AWS::CloudWatch::Alarm").values()
        if alarm["Properties"]["Namespace"] == "AWS/WAFV2"
    ]

    # Then every rule and the web ACL publish metrics, under the names the alarms use
    assert web_acl["Name"] == web_acl["VisibilityConfig"]["MetricName"] == WEB_ACL_NAME
    assert all(rule["VisibilityConfig"]["CloudWatchMetricsEnabled"] is True for rule in web_acl["Rules"])
    # And blocks by all rules together, and by the per-IP rate rule, raise an alarm
    watched = {
        next(d["Value"] for d in alarm["Dimensions"] if d["Name"] == "Rule"): alarm
        for alarm in alarms
        if alarm["MetricName"] == "BlockedRequests"
    }
    assert set(watched) == {"ALL", metric_names["RateLimitPerIp"]}
    for alarm in watched.values():
        dimensions = {d["Name"]: d["Value"] for d in alarm["Dimensions"]}
        assert dimensions["WebACL"] == WEB_ACL_NAME
        assert dimensions["Region"] == {"Ref": "AWS::Region"}
        assert alarm["Statistic"] == "Sum"
    assert watched["ALL"]["Threshold"] == {"Ref": "WafBlockedRequestsAlarmThreshold"}


def test_the_firewall_keeps_no_request_samples_and_no_logs(translated: TranslatedTemplate) -> None:
    # Sampled requests and firewall logs would keep URLs (with ?q=) and headers (with the x-api-key)
    web_acl = _web_acl(translated)["Properties"]
    configs = [web_acl["VisibilityConfig"], *(rule["VisibilityConfig"] for rule in web_acl["Rules"])]
    assert all(config["SampledRequestsEnabled"] is False for config in configs)
    assert translated.of_type("AWS::WAFv2::LoggingConfiguration") == {}


def test_the_api_accepts_tls_1_2_or_later_only(translated: TranslatedTemplate) -> None:
    # Given the REST API and the policy parameter it uses
    _, rest_api = translated.single("AWS::ApiGateway::RestApi")
    properties = rest_api["Properties"]
    parameter = translated.document["Parameters"]["TlsSecurityPolicy"]

    # Then its default (execute-api) endpoint uses an enhanced policy, whose every choice needs TLS 1.2 or 1.3
    # (the legacy TLS_1_0 is what a regional endpoint gets when no policy is set)
    assert properties["EndpointConfiguration"] == {"Types": ["REGIONAL"]}
    assert properties["SecurityPolicy"] == {"Ref": "TlsSecurityPolicy"}
    assert properties["EndpointAccessMode"] == "STRICT"
    assert parameter["Default"] in parameter["AllowedValues"]
    assert all(re.fullmatch(r"SecurityPolicy_TLS13_1_[23]_\w+", policy) for policy in parameter["AllowedValues"])


def test_no_search_term_reaches_x_ray_or_any_api_gateway_log(translated: TranslatedTemplate) -> None:
    # Given the API's stage
    _, stage = translated.single("AWS::ApiGateway::Stage")
    properties = stage["Properties"]

    # Then API Gateway does not trace (its segments record the URL with the query string, and the client IP)
    assert properties.get("TracingEnabled", False) is False
    # And writes no execution logs (at INFO they hold the URL and query string; data tracing, the body)
    assert all(setting.get("LoggingLevel", "OFF") == "OFF" for setting in properties.get("MethodSettings", []))
    assert all(setting.get("DataTraceEnabled", False) is False for setting in properties.get("MethodSettings", []))
    # And its access log reads only variables that cannot hold the query, the body, headers or the caller's IP
    variables = set(re.findall(r"\$([A-Za-z.]+)", properties["AccessLogSetting"]["Format"]))
    assert variables <= ALLOWED_ACCESS_LOG_VARIABLES, variables - ALLOWED_ACCESS_LOG_VARIABLES
    # And no API Gateway canary or stage variable turns tracing or logging back on
    assert "CanarySetting" not in properties


def test_the_api_function_has_its_concurrency_reserved_and_capped(translated: TranslatedTemplate) -> None:
    # Keyless CORS preflights reach the function: a cap bounds what a flood can take from the account
    function = translated.properties("ApiFunction")
    assert function["ReservedConcurrentExecutions"] == {
        "Fn::If": ["ReservesApiConcurrency", {"Ref": "ApiReservedConcurrency"}, {"Ref": "AWS::NoValue"}]
    }
    assert translated.document["Conditions"]["ReservesApiConcurrency"] == {
        "Fn::Not": [{"Fn::Equals": [{"Ref": "ApiReservedConcurrency"}, "0"]}]
    }
    assert int(translated.document["Parameters"]["ApiReservedConcurrency"]["Default"]) > 0


def test_the_functions_add_nothing_to_lambdas_own_traces() -> None:
    # Lambda's active tracing records its own segments only; an X-Ray SDK or Powertools Tracer in the code
    # could add subsegments with request details, so neither is pinned nor used
    layer_pins = (REPO_ROOT / "shared" / "requirements.txt").read_text(encoding="utf-8").lower()
    assert "xray" not in layer_pins
    sources = [*(REPO_ROOT / "shared" / "symptom_overlap").rglob("*.py"), *(REPO_ROOT / "functions").rglob("*.py")]
    assert sources
    assert not [path for path in sources if re.search(r"\bTracer\b|xray", path.read_text(encoding="utf-8"))]
