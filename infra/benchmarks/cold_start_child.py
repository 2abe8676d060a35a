"""One Lambda execution environment for cold_start.py, which starts it with python3.13 -P.

    cold_start_child.py baseline
    cold_start_child.py init HANDLER
    cold_start_child.py first HANDLER EVENTS_FILE      (EVENTS_FILE: {"name": event}, one event)
    cold_start_child.py warm HANDLER EVENTS_FILE CALLS (every event, CALLS times each)

Imports the standard library and then only what PYTHONPATH holds (the layer, the function and the
runtime's boto3), as Lambda does. Prints one line "RESULT {json}" and ends with os._exit(0): Lambda
freezes or kills an environment, it never runs interpreter teardown.
"""

import importlib
import json
import os
import sys
import time
from typing import Any

STARTED = time.perf_counter()


class Context:
    """The attributes of Lambda's context object that Powertools reads."""

    function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME", "benchmark")
    function_version = "$LATEST"
    invoked_function_arn = f"arn:aws:lambda:eu-west-1:000000000000:function:{function_name}"
    memory_limit_in_mb = int(os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512"))
    log_group_name = f"/aws/lambda/{function_name}"
    log_stream_name = "benchmark"

    def __init__(self, request_id: str) -> None:
        self.aws_request_id = request_id

    def get_remaining_time_in_millis(self) -> int:
        return 15_000


class DynamoDBCalls:
    """Counts and times DynamoDB API calls made by any botocore client, boto3's or botocore's own.

    Installed after Init and before the first request, on the class every client derives from, so
    that it sees clients however and whenever they are created; each API call is counted once,
    whatever retries it makes.
    """

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        client_module: Any = sys.modules.get("botocore.client")
        if client_module is None:  # a client made later would go uncounted: better no figure than a wrong 0
            raise SystemExit("botocore.client was not imported at Init: DynamoDB calls cannot be counted")
        make_api_call = client_module.BaseClient._make_api_call
        calls = self

        def counted(client: Any, operation_name: str, api_params: Any) -> Any:
            if client.meta.service_model.service_name != "dynamodb":
                return make_api_call(client, operation_name, api_params)
            calls.count += 1
            started = time.perf_counter()
            try:
                return make_api_call(client, operation_name, api_params)
            finally:
                calls.seconds += time.perf_counter() - started

        client_module.BaseClient._make_api_call = counted


def _milliseconds(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _load_handler(name: str) -> Any:
    module_name, _, function_name = name.rpartition(".")
    return getattr(importlib.import_module(module_name), function_name)


def _invoke(handler: Any, event: dict[str, Any], request_id: str) -> int:
    response = handler(event, Context(request_id))
    status: int = response["statusCode"]
    return status


def _first(handler: Any, events: dict[str, dict[str, Any]]) -> dict[str, Any]:
    ((name, event),) = events.items()
    started = time.perf_counter()
    calls = DynamoDBCalls()
    status = _invoke(handler, event, "first")
    return {
        "scenario": name,
        "status": status,
        "first_request_ms": _milliseconds(time.perf_counter() - started),
        "dynamodb_calls": calls.count,
        "dynamodb_ms": _milliseconds(calls.seconds),
    }


def _warm(handler: Any, events: dict[str, dict[str, Any]], calls_each: int) -> dict[str, Any]:
    calls = DynamoDBCalls()
    statuses = {name: _invoke(handler, event, f"first-{name}") for name, event in events.items()}
    dynamodb_calls_before = calls.count
    latencies, cpu_times = {}, {}
    for name, event in events.items():
        timings, cpu_timings = [], []
        for number in range(calls_each):
            started, started_cpu = time.perf_counter(), time.process_time()
            status = _invoke(handler, event, f"{name}-{number}")
            timings.append(time.perf_counter() - started)
            cpu_timings.append(time.process_time() - started_cpu)
            if status != statuses[name]:
                raise SystemExit(f"{name}: status {status} after {statuses[name]}")
        latencies[name] = [_milliseconds(seconds) for seconds in timings]
        cpu_times[name] = [_milliseconds(seconds) for seconds in cpu_timings]
    return {
        "statuses": statuses,
        "latencies_ms": latencies,
        "cpu_ms": cpu_times,
        "warm_dynamodb_calls": calls.count - dynamodb_calls_before,
    }


def main() -> None:
    mode, *arguments = sys.argv[1:]
    result: dict[str, Any] = {"mode": mode}
    if mode == "baseline":
        import boto3  # the baseline's whole work

        imported, imported_cpu = time.perf_counter(), time.process_time()
        boto3.client("dynamodb")
        result["import_boto3_ms"] = _milliseconds(imported - STARTED)
        result["client_ms"] = _milliseconds(time.perf_counter() - imported)
        result["client_cpu_ms"] = _milliseconds(time.process_time() - imported_cpu)
    else:
        handler = _load_handler(arguments[0])
        result["init_ms"] = _milliseconds(time.perf_counter() - STARTED)
        if mode in ("first", "warm"):
            with open(arguments[1], encoding="utf-8") as file:
                events = json.load(file)
            if mode == "first":
                result.update(_first(handler, events))
            else:
                result.update(_warm(handler, events, int(arguments[2])))
    result["in_process_ms"] = _milliseconds(time.perf_counter() - STARTED)
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
