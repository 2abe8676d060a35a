"""DynamoDB misbehaving: throttling, server errors and timeouts, injected below the retry logic.

A botocore 'before-send' hook answers instead of DynamoDB, so the client's real retry policy runs
(botocore's Stubber would skip it); the tests count attempts and time the whole request.
"""

import time
from collections.abc import Callable
from typing import Any

import pytest
from botocore.awsrequest import AWSResponse
from botocore.compat import HTTPHeaders
from botocore.exceptions import ConnectTimeoutError, ReadTimeoutError

from symptom_overlap import wiring
from symptom_overlap.adapters.dynamodb import KnowledgeTable, dynamodb_client
from symptom_overlap.settings import get_settings
from symptom_overlap.wiring import reset_knowledge_cache
from tests.integration.conftest import Invoke, load_event


class FakeRawResponse:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Any:
        yield self._body


def _error_response(status: int, code: str) -> Callable[..., AWSResponse]:
    body = f'{{"__type": "com.amazonaws.dynamodb.v20120810#{code}", "message": "injected"}}'.encode()

    def respond(**_: Any) -> AWSResponse:
        headers = HTTPHeaders()
        headers["x-amzn-ErrorType"] = code
        return AWSResponse("https://dynamodb.local", status, headers, FakeRawResponse(body))

    return respond


def _raising(error: Exception) -> Callable[..., None]:
    def fail(**_: Any) -> None:
        raise error

    return fail


@pytest.fixture
def inject(published: KnowledgeTable) -> Callable[[Callable[..., Any]], list[str]]:
    """Install a fault on the functions' DynamoDB client; returns the list of attempts it saw."""
    settings = get_settings()
    client = dynamodb_client(
        settings.dynamodb_connect_timeout, settings.dynamodb_read_timeout, settings.dynamodb_total_attempts
    )

    def install(fault: Callable[..., Any]) -> list[str]:
        attempts: list[str] = []

        def counted(**kwargs: Any) -> Any:
            attempts.append(kwargs["request"].url)
            return fault(**kwargs)

        client.meta.events.register_first("before-send.dynamodb", counted)
        return attempts

    return install


@pytest.mark.parametrize(
    "fault",
    [
        _error_response(400, "ThrottlingException"),
        _error_response(400, "ProvisionedThroughputExceededException"),
        _error_response(500, "InternalServerError"),
        _raising(ReadTimeoutError(endpoint_url="https://dynamodb.local")),
        _raising(ConnectTimeoutError(endpoint_url="https://dynamodb.local")),
    ],
    ids=["throttling", "throughput", "server-error", "read-timeout", "connect-timeout"],
)
def test_a_failing_store_gives_a_bounded_503(
    inject: Callable[[Callable[..., Any]], list[str]], invoke: Invoke, fault: Callable[..., Any]
) -> None:
    # Given every DynamoDB call fails this way, on a cold function
    attempts = inject(fault)
    # When a request arrives
    started = time.monotonic()
    response = invoke(load_event("get_symptoms"))
    elapsed = time.monotonic() - started
    # Then the configured attempts are made, no more, and the client gets a 503 within 5 s
    assert len(attempts) == get_settings().dynamodb_total_attempts
    assert response.status == 503
    assert response.body["error"]["code"] == "service_unavailable"
    assert int(response.headers["Retry-After"]) > 0
    assert elapsed < 5


def test_a_transient_throttle_is_retried_and_the_request_succeeds(
    inject: Callable[[Callable[..., Any]], list[str]], invoke: Invoke
) -> None:
    # Given DynamoDB throttles once, then recovers
    throttle = _error_response(400, "ThrottlingException")
    calls: list[int] = []

    def once(**kwargs: Any) -> AWSResponse | None:
        calls.append(1)
        return throttle(**kwargs) if len(calls) == 1 else None

    inject(once)
    # Then the retry policy absorbs it
    assert invoke(load_event("get_symptoms")).status == 200


def test_a_warm_function_answers_from_its_cache_flagged_stale_then_stops_past_the_limit(
    inject: Callable[[Callable[..., Any]], list[str]],
    invoke: Invoke,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Given a warm function that re-checks the store on every request
    monkeypatch.setenv("KNOWLEDGE_REFRESH_SECONDS", "0")
    monkeypatch.setenv("KNOWLEDGE_MAX_STALE_SECONDS", "2")
    reset_knowledge_cache()
    assert "X-Knowledge-Stale" not in invoke(load_event("get_symptoms")).headers
    # When DynamoDB starts throttling
    inject(_error_response(400, "ThrottlingException"))
    capsys.readouterr()
    stale = invoke(load_event("get_symptoms"))
    # Then the cached version answers, flagged and counted as stale
    assert stale.status == 200
    assert stale.headers["X-Knowledge-Stale"] == "true"
    assert '"StaleKnowledgeServed":[1.0]' in capsys.readouterr().out
    # And past the maximum staleness the function stops answering from it
    later = wiring.monotonic() + 2.1
    monkeypatch.setattr(wiring, "monotonic", lambda: later)
    assert invoke(load_event("get_symptoms")).status == 503


def test_past_the_stale_window_a_hung_store_gives_fast_503s_without_the_stale_flag(
    inject: Callable[[Callable[..., Any]], list[str]], invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a warm function that re-checks the store on every request, with a one-second stale window
    monkeypatch.setenv("KNOWLEDGE_REFRESH_SECONDS", "0")
    monkeypatch.setenv("KNOWLEDGE_MAX_STALE_SECONDS", "1")
    reset_knowledge_cache()
    assert invoke(load_event("get_symptoms")).status == 200
    # And a store that hangs: every attempt waits, then times out
    hang_seconds = 0.5

    def hang(**_: Any) -> None:
        time.sleep(hang_seconds)
        raise ReadTimeoutError(endpoint_url="https://dynamodb.local")

    attempts = inject(hang)
    assert invoke(load_event("get_symptoms")).headers["X-Knowledge-Stale"] == "true"
    monkeypatch.setattr(wiring, "monotonic", lambda: time.monotonic() + 1.1)  # past the stale window
    # When the first request past the stale window finds the store still down
    started = time.monotonic()
    first = invoke(load_event("get_symptoms"))
    assert first.status == 503
    assert time.monotonic() - started >= hang_seconds * get_settings().dynamodb_total_attempts
    attempts_so_far = len(attempts)
    # Then the requests after it, within Retry-After, answer 503 at once without asking the store
    for _ in range(5):
        response = invoke(load_event("get_symptoms"))
        assert len(attempts) == attempts_so_far  # answered without waiting on the store (not timed: CI is noisy)
        assert response.status == 503
        assert response.body["error"]["code"] == "service_unavailable"
        assert int(response.headers["Retry-After"]) == get_settings().retry_after_seconds
        # And no 503 claims a stale answer
        assert "X-Knowledge-Stale" not in response.headers
    assert "X-Knowledge-Stale" not in first.headers
    assert len(attempts) == attempts_so_far
