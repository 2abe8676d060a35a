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
    """Counts and times DynamoDB API calls through botocore's events, on boto3's default session.

    Registered after Init and before the first request: clients copy the session's handlers when
    they are created, and the handlers create theirs on first use.
    """

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._started = 0.0
        boto3: Any = sys.modules.get("boto3")
        if boto3 is None:
            return
        if boto3.DEFAULT_SESSION is None:
            boto3.setup_default_session()
        events = boto3.DEFAULT_SESSION.events
        events.register("before-call.dynamodb", self._before)
        events.register("after-call.dynamodb", self._after)
        events.register("after-call-error.dynamodb", self._after)

    def _before(self, **_: Any) -> None:
        self.count += 1
        self._started = time.perf_counter()

    def _after(self, **_: Any) -> None:
        self.seconds += time.perf_counter() - self._started


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
    calls = DynamoDBCalls()  # creates boto3's default session, which the first request would otherwise create
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
