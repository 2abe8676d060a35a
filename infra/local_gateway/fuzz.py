"""Runs schemathesis against the local API as `make run` serves it: every check, with the seed, examples,
rate limit and Content-Type variants of schemathesis.toml.

    python -m local_gateway.fuzz                        (make fuzz) start a gateway with make run's defaults
    python -m local_gateway.fuzz http://127.0.0.1:3000  fuzz a gateway that is already running

The key is LOCAL_API_KEY, else `local`, as `make run` uses; invalid keys are refused as in AWS. The
usage plan's throttle stays on: schemathesis waits for the Retry-After of every 429 (rate-limit auto).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from local_gateway.process import ROOT, running_gateway


def fuzz(url: str, api_key: str) -> int:
    print(f"fuzzing {url} with schemathesis", flush=True)
    command = [str(Path(sys.executable).with_name("st")), "run", f"{url}/openapi.json", "--checks", "all"]
    return subprocess.run([*command, "-H", f"x-api-key: {api_key}"], cwd=ROOT, check=False).returncode  # noqa: S603


def main() -> int:
    api_key = os.environ.get("LOCAL_API_KEY") or "local"
    if len(sys.argv) > 1:
        return fuzz(sys.argv[1].rstrip("/"), api_key)
    with running_gateway({}) as url:
        return fuzz(url, api_key)


if __name__ == "__main__":
    sys.exit(main())
