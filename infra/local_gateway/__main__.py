"""`python -m local_gateway`: serve template.yaml's API on 127.0.0.1:${PORT:-3000} against a local DynamoDB."""

from __future__ import annotations

import os
import signal
import sys
import time
from contextlib import ExitStack

from botocore.exceptions import BotoCoreError, ClientError

from kbtool.source import KnowledgeSourceError
from local_gateway.docs_pages import DOCS_PATH, documentation_pages
from local_gateway.embedded_dynamodb import DynamoDBEndpoint, dynamodb_endpoint
from local_gateway.environment import function_environment, global_environment, local_physical_ids
from local_gateway.gateway_responses import GatewayResponses
from local_gateway.invoker import DEFAULT_MAX_CONTAINERS, Invoker
from local_gateway.provisioning import create_missing_tables, seed_knowledge_base, startup_client
from local_gateway.routing import RouteTable
from local_gateway.server import GatewayServer
from local_gateway.template import Template, load_template, parse_parameter_overrides
from local_gateway.throttling import Throttle
from symptom_overlap.knowledge.errors import KnowledgeBaseError

DEFAULT_API_KEY = "local"


def main() -> int:
    started = time.perf_counter()
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop on SIGTERM as on Ctrl-C
    port = _port()
    template = _template()
    physical_ids = local_physical_ids(template)
    functions = template.functions()
    routes = RouteTable.from_template(template, functions)
    environments = {f.logical_id: function_environment(template, f, physical_ids) for f in functions}
    shared_environment = global_environment(template, physical_ids)
    throttle = Throttle(
        rate_per_second=float(template.parameter_value("ThrottleRateLimit")),
        burst=int(template.parameter_value("ThrottleBurstLimit")),
    )
    api_key = os.environ.get("LOCAL_API_KEY") or DEFAULT_API_KEY
    try:
        # First, so a port in use is one line before DynamoDB, seeding or any container starts.
        server = GatewayServer(("127.0.0.1", port), routes, throttle, GatewayResponses.from_template(template), api_key)
    except OSError as error:
        print(f"cannot serve on 127.0.0.1:{port}: {error.strerror}; set PORT to another port", file=sys.stderr)
        return 1
    try:
        with server, ExitStack() as stack:
            endpoint = stack.enter_context(dynamodb_endpoint())
            # Before any container starts: settings are read once, on first use.
            os.environ.update(shared_environment)
            # No EMF metric line after every request (Powertools 3.37 still prints one per 100 requests).
            os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")
            if not _prepare_dynamodb(endpoint, template, physical_ids, shared_environment["TABLE_NAME"]):
                return 1
            server.invoker = Invoker(functions, environments, _max_containers())
            stack.callback(server.invoker.shutdown)
            server.pages = documentation_pages(server.url)
            server.minimum_compression_size = _minimum_compression_size(template)
            _announce(server, routes, endpoint, time.perf_counter() - started)
            server.serve_forever()
    except KeyboardInterrupt:
        print("local gateway stopped", flush=True)
    return 0


def _prepare_dynamodb(
    endpoint: DynamoDBEndpoint, template: Template, physical_ids: dict[str, str], knowledge_table: str
) -> bool:
    """Create tables and seed the knowledge base. False if the knowledge-base sources are invalid.

    An unreachable external DynamoDB is reported in one line and not fatal: requests then answer 503,
    as the deployed API would. With the embedded server every failure is a bug, so it propagates.
    """
    source = "embedded moto server" if endpoint.embedded else "AWS_ENDPOINT_URL_DYNAMODB"
    print(f"DynamoDB: {endpoint.url} ({source})", flush=True)
    client = startup_client()
    try:
        create_missing_tables(client, template, physical_ids)
        seed_knowledge_base(client, knowledge_table)
    except KnowledgeSourceError as error:
        print("the knowledge-base sources in infra/knowledge_base are invalid:", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in error.problems), file=sys.stderr)
        return False
    except (BotoCoreError, ClientError, KnowledgeBaseError) as error:
        if endpoint.embedded:
            raise
        reason = " ".join(f"{type(error).__name__}: {error}".split())
        print(
            f"DynamoDB at {endpoint.url} is unavailable ({reason}); serving anyway, "
            "requests that need the knowledge base will answer 503.",
            flush=True,
        )
    return True


def _template() -> Template:
    """template.yaml, with PARAMETER_OVERRIDES='Name=value …' applied as sam would."""
    try:
        return load_template(parameter_overrides=parse_parameter_overrides(os.environ.get("PARAMETER_OVERRIDES", "")))
    except ValueError as error:
        raise SystemExit(f"PARAMETER_OVERRIDES: {error}") from error


def _minimum_compression_size(template: Template) -> int | None:
    apis = [r["Properties"] for r in template.resources.values() if r["Type"] == "AWS::Serverless::Api"]
    sizes = [int(api["MinimumCompressionSize"]) for api in apis if "MinimumCompressionSize" in api]
    return min(sizes) if sizes else None


def _max_containers() -> int:
    value = os.environ.get("LOCAL_CONTAINERS", str(DEFAULT_MAX_CONTAINERS))
    if not value.isdigit() or int(value) < 1:
        raise SystemExit(f"LOCAL_CONTAINERS must be a positive number of containers per function, not {value!r}")
    return int(value)


def _port() -> int:
    value = os.environ.get("PORT", "3000")
    if not value.isdigit() or int(value) > 65535:
        raise SystemExit(f"PORT must be a port number (0 picks a free one), not {value!r}")
    return int(value)


def _announce(server: GatewayServer, routes: RouteTable, endpoint: DynamoDBEndpoint, seconds: float) -> None:
    for route in routes.endpoints:
        key = " (API key)" if route.api_key_required else ""
        print(f"  {route.method:<6} {route.resource:<24} -> {route.function.logical_id}{key}")
    print(f"API key: {server.api_key} (set LOCAL_API_KEY to choose another; any other key gets 403)")
    print(f"Serving {server.url} (started in {seconds:.1f} s; Ctrl-C to stop)")
    print(f"Try: curl -s -H 'x-api-key: {server.api_key}' {server.url}/v1/symptoms", flush=True)
    print(f"API documentation (Swagger UI): {server.url}{DOCS_PATH}", flush=True)
    print(f"Web client: {server.url}/", flush=True)


if __name__ == "__main__":
    sys.exit(main())
