"""The local gateway's containers: each function's handler runs in warm worker processes of its own, with
its environment, one event at a time per container and several containers side by side."""

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from local_gateway.invoker import ContainerCrashed, HandlerFailed, Invoker
from local_gateway.template import Function

HANDLER = """
import os, time

def handler(event, context):
    if event.get("crash"):
        os._exit(3)
    if event.get("raise"):
        raise ValueError("the canary words a request carried")
    time.sleep(event.get("sleep", 0))
    return {"statusCode": 200, "body": event["echo"], "pid": os.getpid(),
            "colour": os.environ.get("COLOUR"), "request_id": context.aws_request_id}
"""


@pytest.fixture
def function(tmp_path: Path) -> Function:
    (tmp_path / "app.py").write_text(HANDLER, encoding="utf-8")
    return Function("EchoFunction", tmp_path, "app.handler", environment={}, routes=(), properties={"Timeout": 5})


@pytest.fixture
def invoker(function: Function) -> Iterator[Invoker]:
    invoker = Invoker([function], {"EchoFunction": {"COLOUR": "teal"}}, max_containers=4)
    yield invoker
    invoker.shutdown()


def _call(invoker: Invoker, function: Function, echo: str, sleep: float = 0) -> dict[str, Any]:
    return invoker.invoke(function, {"echo": echo, "sleep": sleep}, f"request-{echo}")


def test_a_container_has_its_functions_environment_and_context(invoker: Invoker, function: Function) -> None:
    response = _call(invoker, function, "one")
    assert (response["body"], response["colour"], response["request_id"]) == ("one", "teal", "request-one")


def test_a_warm_container_is_reused_for_requests_one_after_another(invoker: Invoker, function: Function) -> None:
    assert len({_call(invoker, function, str(n))["pid"] for n in range(5)}) == 1


def test_independent_requests_run_side_by_side_each_with_its_own_event(invoker: Invoker, function: Function) -> None:
    # Given four requests that each take two seconds
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(lambda n: _call(invoker, function, f"event-{n}", sleep=2), range(4)))
    elapsed = time.monotonic() - started
    # Then they ran in several containers at once (one lock would take 8 s), each with its own event
    # (a warm container that frees up may take a request before a cold one has started, as in Lambda)
    assert [response["body"] for response in responses] == [f"event-{n}" for n in range(4)]
    assert len({response["pid"] for response in responses}) >= 3
    assert elapsed < 6, elapsed


def test_a_crashed_container_is_a_failed_invocation_and_the_next_one_works(
    invoker: Invoker, function: Function
) -> None:
    with pytest.raises(ContainerCrashed):
        invoker.invoke(function, {"crash": True}, "request-crash")
    assert _call(invoker, function, "after")["body"] == "after"


def test_a_handler_that_cannot_be_imported_fails_at_start(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text("raise ImportError('broken on purpose')\n", encoding="utf-8")
    broken = Function("Broken", tmp_path, "app.handler", environment={}, routes=(), properties={})
    with pytest.raises(ContainerCrashed, match="Broken"):
        Invoker([broken], {"Broken": {}}, max_containers=1)


def test_a_handler_error_names_only_its_type_and_place_and_the_container_stays_warm(
    invoker: Invoker, function: Function
) -> None:
    before = _call(invoker, function, "before")["pid"]
    with pytest.raises(HandlerFailed) as raised:
        invoker.invoke(function, {"raise": True}, "request-raise")
    assert str(raised.value).startswith("ValueError at ")
    assert "canary" not in str(raised.value)
    assert _call(invoker, function, "after")["pid"] == before
