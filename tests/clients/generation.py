"""Generates clients from the committed docs/openapi.json with the generators app developers use:
openapi-python-client (pinned in requirements/dev.txt) and openapi-typescript (pinned in package.json
here, installed into this folder's node_modules on first use)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from local_gateway.openapi import DOCUMENT_PATH

HERE = Path(__file__).resolve().parent
NODE_BIN = HERE / "node_modules" / ".bin"
PYTHON_PACKAGE = "symptom_overlap_client"


def _run(command: list[str], cwd: Path) -> str:
    # The virtual environment's tools (ruff, which the generator runs on its output) come first on PATH.
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def generate_python_client(folder: Path) -> Path:
    """The generated package's folder, to import as PYTHON_PACKAGE with ``folder`` on sys.path."""
    generator = Path(sys.executable).with_name("openapi-python-client")
    output = folder / PYTHON_PACKAGE
    _run(
        [str(generator), "generate", "--path", str(DOCUMENT_PATH), "--output-path", str(output), "--meta", "none"],
        cwd=folder,
    )
    return output


def install_typescript_tools() -> None:
    """npm ci from package-lock.json, once: node_modules then stays until the lock file changes."""
    npm = shutil.which("npm")
    if npm is None:
        raise AssertionError("npm is needed for the TypeScript client check (it is on the project's machines)")
    installed = HERE / "node_modules" / ".package-lock.json"
    lock = HERE / "package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        _run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=HERE)


def generate_typescript_types(folder: Path) -> Path:
    install_typescript_tools()
    output = folder / "api.d.ts"
    _run([str(NODE_BIN / "openapi-typescript"), str(DOCUMENT_PATH), "-o", str(output)], cwd=folder)
    return output


def type_check(folder: Path, source: str) -> str:
    """tsc --strict on one TypeScript file beside the generated types; raises with tsc's output if it fails."""
    checked = folder / "check.ts"
    checked.write_text(source, encoding="utf-8")
    return _run([str(NODE_BIN / "tsc"), "--noEmit", "--strict", "--skipLibCheck", str(checked)], cwd=folder)
