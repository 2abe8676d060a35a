"""Runs `python -m local_gateway` as `make run` does, and talks to it over real HTTP."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "local"  # the local gateway's default key, as `make run` serves it
_SERVING = re.compile(r"^Serving (http://127\.0\.0\.1:\d+)", re.MULTILINE)
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class GatewayProcess:
    process: subprocess.Popen[bytes]
    url: str
    log_dir: Path
    startup_seconds: float

    def stdout(self) -> str:
        return (self.log_dir / "stdout.log").read_text(encoding="utf-8", errors="replace")

    def stderr(self) -> str:
        return (self.log_dir / "stderr.log").read_text(encoding="utf-8", errors="replace")

    def access_line(self, request_id: str, timeout: float = 5.0) -> str:
        """The gateway writes its access line just after the response, so wait for it briefly."""
        deadline = time.monotonic() + timeout
        while True:
            lines = [line for line in self.stderr().splitlines() if f"request_id={request_id}" in line]
            if lines or time.monotonic() > deadline:
                assert len(lines) == 1, f"expected one access line for {request_id}, got {lines}"
                return lines[0]
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@contextmanager
def running_gateway(log_dir: Path, environment: dict[str, str] | None = None) -> Iterator[GatewayProcess]:
    """A started gateway for a fixture; always stopped afterwards."""
    process = start_gateway(log_dir, environment)
    try:
        yield process
    finally:
        process.stop()


def start_gateway(log_dir: Path, environment: dict[str, str] | None = None, timeout: float = 60) -> GatewayProcess:
    """Start on a free port (PORT=0) and return once the gateway prints the URL it serves."""
    env = {name: value for name, value in os.environ.items() if name != "AWS_ENDPOINT_URL_DYNAMODB"}
    env.update({"PORT": "0", **(environment or {})})
    started = time.monotonic()
    with (log_dir / "stdout.log").open("wb") as stdout, (log_dir / "stderr.log").open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "local_gateway"], cwd=ROOT, env=env, stdout=stdout, stderr=stderr
        )
    gateway = GatewayProcess(process, url="", log_dir=log_dir, startup_seconds=0.0)
    try:
        while (found := _SERVING.search(gateway.stdout())) is None:
            if process.poll() is not None or time.monotonic() - started > timeout:
                raise RuntimeError(f"the gateway did not start:\n{gateway.stdout()}\n{gateway.stderr()}")
            time.sleep(0.05)
    except BaseException:
        gateway.stop()
        raise
    gateway.url = found.group(1)
    gateway.startup_seconds = time.monotonic() - started
    return gateway


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Message
    body: bytes
    seconds: float

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def request_id(self) -> str:
        value = self.headers.get("X-Request-Id")
        assert value, "every response carries X-Request-Id"
        return str(value)


class Client:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        content_type: str | None = None,
        api_key: str | None = API_KEY,
        extra_headers: dict[str, str] | None = None,
    ) -> Reply:
        headers = {"Content-Type": content_type} if content_type else {}
        headers.update(extra_headers or {})
        if api_key is not None:
            headers["x-api-key"] = api_key
        request = urllib.request.Request(self.base_url + path, data=body, headers=headers, method=method)
        started = time.monotonic()
        try:
            with _NO_PROXY.open(request, timeout=10) as response:
                return Reply(response.status, response.headers, response.read(), time.monotonic() - started)
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.headers, error.read(), time.monotonic() - started)

    def get(self, path: str, api_key: str | None = API_KEY, headers: dict[str, str] | None = None) -> Reply:
        return self.request("GET", path, api_key=api_key, extra_headers=headers)

    def post_json(self, path: str, payload: object) -> Reply:
        return self.request("POST", path, json.dumps(payload).encode(), "application/json")


def assert_error(reply: Reply, status: int, code: str) -> dict[str, Any]:
    assert reply.status == status, reply.body
    assert reply.headers["Content-Type"].startswith("application/json")
    error: dict[str, Any] = reply.json()["error"]
    assert error["code"] == code
    assert error["message"]
    assert error["request_id"] == reply.request_id
    return error
