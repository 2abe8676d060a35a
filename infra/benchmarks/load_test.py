"""Load test of the local API: concurrent clients mixing every route for a fixed time.

    .venv/bin/python infra/benchmarks/load_test.py [--seconds 30] [--clients 8]   (make load-test CLIENTS=16)

Every response is checked: a connection reset or refused is a reset, a request that gets no answer in
time is lost, a 5xx is a failure, and an answer whose body does not have the shape its route promises
is corrupted. Exits non-zero on any. The gateway runs with make run's defaults except the usage plan's
throttle, which is lifted so that the gateway itself is measured.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from local_gateway.process import running_gateway

API_KEY = os.environ.get("LOCAL_API_KEY") or "local"  # the key make run's gateway accepts
ASSESSMENT = {
    "evidence": [{"id": "tingling", "state": "present"}, {"id": "fasciculations", "state": "absent"}],
    "text": "my feet are numb and I'm wobbly in the dark, no trouble swallowing",
}


@dataclass(frozen=True)
class Call:
    name: str
    method: str
    path: str
    body: dict[str, Any] | None
    expected_status: int
    valid: Callable[[Any], bool]


CALLS = [
    Call("symptoms", "GET", "/v1/symptoms", None, 200, lambda b: len(b["items"]) >= 69),
    Call("search", "GET", "/v1/symptoms?q=pins", None, 200, lambda b: any(i["id"] == "tingling" for i in b["items"])),
    Call("conditions", "GET", "/v1/conditions", None, 200, lambda b: len(b["items"]) == 2),
    Call("health", "GET", "/v1/health", None, 200, lambda b: b["status"] == "ok"),
    Call("condition", "GET", "/v1/conditions/als", None, 200, lambda b: b["id"] == "als" and b["cited_references"]),
    Call("assessment", "POST", "/v1/assessments", ASSESSMENT, 200,
         lambda b: len(b["conditions"]) == 2 and b["disclaimer"]),
    Call("parse", "POST", "/v1/parse", {"text": "no numbness or tingling"}, 200, lambda b: len(b["evidence"]) == 2),
    Call("unknown id", "POST", "/v1/assessments", {"evidence": [{"id": "made_up", "state": "present"}]}, 422,
         lambda b: b["error"]["code"] == "unknown_evidence"),
    Call("wrong method", "DELETE", "/v1/symptoms", None, 405, lambda b: b["error"]["code"] == "method_not_allowed"),
]  # fmt: skip


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    server_errors: int = 0
    resets: int = 0
    lost: int = 0
    corrupted: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(base_url: str, index: int, stop_at: float, tally: Tally) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    turn = index
    while time.monotonic() < stop_at:
        call = CALLS[turn % len(CALLS)]
        turn += 1
        data = json.dumps(call.body).encode() if call.body is not None else None
        headers = {"x-api-key": API_KEY, **({"Content-Type": "application/json"} if data else {})}
        url = base_url + call.path  # always the local gateway's http://127.0.0.1 address
        request = urllib.request.Request(url, data=data, headers=headers, method=call.method)  # noqa: S310
        started = time.perf_counter()
        try:
            with opener.open(request, timeout=10) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, body = error.code, error.read()
        except (ConnectionError, http.client.RemoteDisconnected):
            with tally.lock:
                tally.resets += 1
            continue
        except urllib.error.URLError as error:
            with tally.lock:
                if isinstance(error.reason, ConnectionError):
                    tally.resets += 1
                else:
                    tally.lost += 1
            continue
        except OSError:
            with tally.lock:
                tally.lost += 1
            continue
        elapsed = (time.perf_counter() - started) * 1000
        with tally.lock:
            tally.latencies_ms.append(elapsed)
            if status >= 500:
                tally.server_errors += 1
            elif status != call.expected_status or not _valid(call, body):
                tally.corrupted.append(f"{call.name}: {status}")


def _valid(call: Call, body: bytes) -> bool:
    try:
        return bool(call.valid(json.loads(body)))
    except (ValueError, KeyError, TypeError):
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    arguments = parser.parse_args()
    environment = {"PARAMETER_OVERRIDES": "ThrottleRateLimit=100000 ThrottleBurstLimit=100000"}
    with running_gateway(environment) as url:
        tally = Tally()
        stop_at = time.monotonic() + arguments.seconds
        threads = [threading.Thread(target=client, args=(url, i, stop_at, tally)) for i in range(arguments.clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        duration = time.monotonic() - started
    latencies = sorted(tally.latencies_ms)
    total = len(latencies) + tally.lost + tally.resets
    print(f"{arguments.clients} clients, {duration:.1f} s, {total} requests over {len(CALLS)} kinds of call")
    print(f"  throughput {len(latencies) / duration:.0f} req/s")
    print(f"  latency p50 {statistics.median(latencies):.1f} ms, p99 {latencies[int(0.99 * len(latencies))]:.1f} ms")
    failures = f"5xx {tally.server_errors}, lost {tally.lost}, corrupted {len(tally.corrupted)}"
    print(f"  connection resets {tally.resets}, {failures}")
    return 1 if tally.server_errors or tally.resets or tally.lost or tally.corrupted else 0


if __name__ == "__main__":
    raise SystemExit(main())
