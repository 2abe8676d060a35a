"""The optional S3 + CloudFront stack for the web client (infra/web-hosting/template.yaml)."""

from typing import Any

import yaml

from local_gateway.static_site import SECURITY_HEADERS
from tests.infra.cloudformation import REPO_ROOT, run, tool

WEB_TEMPLATE = REPO_ROOT / "infra" / "web-hosting" / "template.yaml"


def _load() -> dict[str, Any]:
    class Loader(yaml.SafeLoader):
        pass

    def intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
        if isinstance(node, yaml.ScalarNode):
            return {suffix: loader.construct_scalar(node)}
        if isinstance(node, yaml.SequenceNode):
            return {suffix: loader.construct_sequence(node)}
        return {suffix: loader.construct_mapping(node)}  # type: ignore[arg-type]

    Loader.add_multi_constructor("!", intrinsic)
    loaded: dict[str, Any] = yaml.load(WEB_TEMPLATE.read_text(), Loader=Loader)
    return loaded


def test_cfn_lint_reports_nothing() -> None:
    cfn_lint = tool("cfn-lint")
    result = run([str(cfn_lint), "--format", "parseable", "--", str(WEB_TEMPLATE)])
    assert (result.returncode, result.stdout, result.stderr) == (0, "", ""), result.stdout + result.stderr


def test_the_bucket_is_private_and_read_only_through_cloudfront() -> None:
    resources = _load()["Resources"]
    block = resources["SiteBucket"]["Properties"]["PublicAccessBlockConfiguration"]
    assert block == dict.fromkeys(
        ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"), True
    )
    statements = resources["SiteBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    allows = [statement for statement in statements if statement["Effect"] == "Allow"]
    assert [(s["Principal"], s["Action"]) for s in allows] == [
        ({"Service": "cloudfront.amazonaws.com"}, "s3:GetObject")
    ]
    origin = resources["Distribution"]["Properties"]["DistributionConfig"]["Origins"][0]
    assert origin["OriginAccessControlId"] == {"GetAtt": "OriginAccessControl.Id"}


def test_the_page_is_https_only_with_the_local_gateways_headers_plus_the_api_origin() -> None:
    resources = _load()["Resources"]
    behaviour = resources["Distribution"]["Properties"]["DistributionConfig"]["DefaultCacheBehavior"]
    assert behaviour["ViewerProtocolPolicy"] == "redirect-to-https"
    assert behaviour["AllowedMethods"] == ["GET", "HEAD"]
    headers = resources["SecurityHeaders"]["Properties"]["ResponseHeadersPolicyConfig"]["SecurityHeadersConfig"]
    local = dict(SECURITY_HEADERS)
    expected = local["Content-Security-Policy"].replace("connect-src 'self'", "connect-src 'self' ${ApiOrigin}")
    assert headers["ContentSecurityPolicy"]["ContentSecurityPolicy"] == {"Sub": expected}
    assert headers["ReferrerPolicy"]["ReferrerPolicy"] == local["Referrer-Policy"]
