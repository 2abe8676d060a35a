"""`sam build` of the real template, for the Lambda target (python3.13 on arm64)."""

import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from tests.infra.cloudformation import REPO_ROOT, sam_cli_environment, tool

ELF_MACHINE_AARCH64 = 183
PYTHON_313 = os.environ.get("PYENV_VERSION", "3.13.0")


def _build_environment() -> dict[str, str]:
    """SAM's Python builder needs python3.13 on PATH; pyenv provides it on these machines."""
    environment = {**sam_cli_environment(), "PYENV_VERSION": PYTHON_313}
    python = shutil.which("python3.13", path=environment.get("PATH"))
    usable = (
        python is not None
        and subprocess.run([python, "--version"], env=environment, capture_output=True, check=False).returncode == 0
    )
    if not usable:
        pytest.skip("no python3.13 on PATH: `sam build` for the python3.13 runtime needs it (see README)")
    return environment


def _elf_machine(path: Path) -> int:
    header = path.read_bytes()[:20]
    assert header[:4] == b"\x7fELF", f"{path} is not an ELF file"
    machine: int = struct.unpack_from("<H", header, 18)[0]
    return machine


def test_sam_build_gives_aarch64_binaries_and_handler_only_functions(tmp_path: Path) -> None:
    # Given the template and Python 3.13
    environment = _build_environment()
    build_dir = tmp_path / "build"

    # When SAM builds it
    result = subprocess.run(
        [str(tool("sam")), "build", "--build-dir", str(build_dir), "--template", "template.yaml"],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    # Then every compiled extension in the layer is for aarch64
    extensions = list((build_dir / "SharedLayer" / "python").rglob("*.so"))
    assert extensions, "expected compiled extensions (pydantic_core) in the layer"
    assert {path.name: _elf_machine(path) for path in extensions} == {
        path.name: ELF_MACHINE_AARCH64 for path in extensions
    }
    # And the project package is in the layer while each function carries only its handler
    assert (build_dir / "SharedLayer" / "python" / "symptom_overlap" / "domain" / "assessment.py").is_file()
    assert sorted(p.name for p in (build_dir / "ApiFunction").iterdir()) == ["app.py"]
    assert sorted(p.name for p in (build_dir / "KnowledgeSeedFunction").iterdir()) == ["app.py", "knowledge_base.json"]
