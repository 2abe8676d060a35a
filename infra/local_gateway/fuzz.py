"""Runs schemathesis against the local API: every check, seed and examples from schemathesis.toml.

    python -m local_gateway.fuzz        (make fuzz)

The gateway runs on a free port with one valid API key (so invalid keys are refused, as in AWS)
and a throttle high enough not to interfere; it is stopped afterwards whatever happens.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from local_gateway.process import ROOT, running_gateway

API_KEY = "schemathesis-key"


def main() -> int:
    environment = {
        "LOCAL_API_KEY": API_KEY,
        "PARAMETER_OVERRIDES": "ThrottleRateLimit=100000 ThrottleBurstLimit=100000",
    }
    with running_gateway(environment) as url:
        print(f"fuzzing {url} with schemathesis", flush=True)
        command = [str(Path(sys.executable).with_name("st")), "run", f"{url}/openapi.json", "--checks", "all"]
        return subprocess.run([*command, "-H", f"x-api-key: {API_KEY}"], cwd=ROOT, check=False).returncode  # noqa: S603


if __name__ == "__main__":
    sys.exit(main())
