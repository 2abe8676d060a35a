"""Runs `python -m local_gateway` as a separate process for tools (fuzzing, load tests)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SERVING = re.compile(r"^Serving (http://127\.0\.0\.1:\d+)", re.MULTILINE)


@contextmanager
def running_gateway(environment: dict[str, str], timeout: float = 60) -> Iterator[str]:
    """Start the gateway on a free port with these extra variables; yield its URL; always stop it."""
    with tempfile.TemporaryDirectory() as logs:
        stdout_path = Path(logs) / "gateway.out"
        with stdout_path.open("wb") as stdout, open(os.devnull, "wb") as quiet:
            gateway = subprocess.Popen(
                [sys.executable, "-m", "local_gateway"],
                cwd=ROOT,
                env={**os.environ, "PORT": "0", **environment},
                stdout=stdout,
                stderr=quiet,
            )
        try:
            deadline = time.monotonic() + timeout
            while (found := _SERVING.search(stdout_path.read_text(errors="replace"))) is None:
                if gateway.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the local gateway did not start:\n{stdout_path.read_text(errors='replace')}")
                time.sleep(0.1)
            yield found.group(1)
        finally:
            gateway.terminate()
            gateway.wait(timeout=10)
