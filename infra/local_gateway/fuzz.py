"""Runs schemathesis against the local API: every check, seed and examples from schemathesis.toml.

    python -m local_gateway.fuzz        (make fuzz)

The gateway runs on a free port with one valid API key (so invalid keys are refused, as in AWS)
and a throttle high enough not to interfere; it is stopped afterwards whatever happens.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "schemathesis-key"
_SERVING = re.compile(r"^Serving (http://127\.0\.0\.1:\d+)", re.MULTILINE)


def main() -> int:
    environment = {
        **os.environ,
        "PORT": "0",
        "LOCAL_API_KEY": API_KEY,
        "PARAMETER_OVERRIDES": "ThrottleRateLimit=100000 ThrottleBurstLimit=100000",
    }
    with tempfile.TemporaryDirectory() as logs:
        stdout_path = Path(logs) / "gateway.out"
        with stdout_path.open("wb") as stdout, open(os.devnull, "wb") as quiet:
            gateway = subprocess.Popen(
                [sys.executable, "-m", "local_gateway"], cwd=ROOT, env=environment, stdout=stdout, stderr=quiet
            )
        try:
            url = _wait_for_url(stdout_path, gateway)
            print(f"fuzzing {url} with schemathesis", flush=True)
            command = [str(Path(sys.executable).with_name("st")), "run", f"{url}/openapi.json", "--checks", "all"]
            return subprocess.run([*command, "-H", f"x-api-key: {API_KEY}"], cwd=ROOT, check=False).returncode  # noqa: S603
        finally:
            gateway.terminate()
            gateway.wait(timeout=10)


def _wait_for_url(stdout_path: Path, gateway: subprocess.Popen[bytes], timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while (found := _SERVING.search(stdout_path.read_text(errors="replace"))) is None:
        if gateway.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the local gateway did not start:\n{stdout_path.read_text(errors='replace')}")
        time.sleep(0.1)
    return found.group(1)


if __name__ == "__main__":
    sys.exit(main())
