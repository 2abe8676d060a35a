"""`sam build` of the real template, for the Lambda target (python3.13 on arm64)."""

import json
import os
import shutil
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.infra.cloudformation import REPO_ROOT, sam_cli_environment, tool

ELF_MACHINE_AARCH64 = 183
PYTHON_313 = os.environ.get("PYENV_VERSION", "3.13.0")
FUNCTIONS = ("ApiFunction", "KnowledgeSeedFunction")
# Run by python3.13: what importlib checks before it uses a hash-based .pyc instead of the source.
CHECK_BYTECODE = """
import importlib.util, json, sys
from pathlib import Path

checked, problems = [], []
for root in sys.argv[1:]:
    for source in sorted(Path(root).rglob("*.py")):
        checked.append(str(source.relative_to(root)))
        pyc = Path(importlib.util.cache_from_source(str(source)))
        data = pyc.read_bytes() if pyc.is_file() else b""
        flags = int.from_bytes(data[4:8], "little")
        if not data:
            problems.append(f"{source}: no {pyc.name}")
        elif data[:4] != importlib.util.MAGIC_NUMBER:
            problems.append(f"{source}: not this Python's bytecode")
        elif not flags & 0b01:
            problems.append(f"{source}: timestamp-based, invalid once the zip dates it 1980")
        elif data[8:16] != importlib.util.source_hash(source.read_bytes()):
            problems.append(f"{source}: compiled from other source")
print(json.dumps({"checked": checked, "problems": problems}))
"""


@dataclass(frozen=True)
class SamBuild:
    build_dir: Path
    python: str
    environment: dict[str, str]


def _build_environment() -> tuple[str, dict[str, str]]:
    """SAM's builds need python3.13 on PATH; pyenv provides it on these machines."""
    environment = {**sam_cli_environment(), "PYENV_VERSION": PYTHON_313}
    python = shutil.which("python3.13", path=environment.get("PATH"))
    usable = (
        python is not None
        and subprocess.run([python, "--version"], env=environment, capture_output=True, check=False).returncode == 0
    )
    if python is None or not usable:
        pytest.skip("no python3.13 on PATH: `sam build` for the python3.13 runtime needs it (see README)")
    return python, environment


@pytest.fixture(scope="module")
def sam_build(tmp_path_factory: pytest.TempPathFactory) -> SamBuild:
    """The template built by SAM once for this module's tests."""
    python, environment = _build_environment()
    build_dir = tmp_path_factory.mktemp("sam") / "build"
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
    return SamBuild(build_dir, python, environment)


def _elf_machine(path: Path) -> int:
    header = path.read_bytes()[:20]
    assert header[:4] == b"\x7fELF", f"{path} is not an ELF file"
    machine: int = struct.unpack_from("<H", header, 18)[0]
    return machine


def _shipped_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_sam_build_gives_aarch64_binaries_and_handler_only_functions(sam_build: SamBuild) -> None:
    # Given the template built by SAM for python3.13 on arm64
    build_dir = sam_build.build_dir

    # Then every compiled extension in the layer is for aarch64
    extensions = list((build_dir / "SharedLayer" / "python").rglob("*.so"))
    assert extensions, "expected compiled extensions (pydantic_core) in the layer"
    assert {path.name: _elf_machine(path) for path in extensions} == {
        path.name: ELF_MACHINE_AARCH64 for path in extensions
    }
    # And the project package is in the layer while each function carries only its handler (and its bytecode)
    assert (build_dir / "SharedLayer" / "python" / "symptom_overlap" / "domain" / "assessment.py").is_file()
    # And Powertools' packages of every resolver and every event class import their names on first use
    for package in ("event_handler", "utilities/data_classes"):
        init = build_dir / "SharedLayer" / "python" / "aws_lambda_powertools" / package / "__init__.py"
        assert "each name is imported on first use" in init.read_text(encoding="utf-8")
    for function in FUNCTIONS[:1]:
        assert _shipped_files(build_dir / function) == ["__pycache__", "app.py"]
    assert _shipped_files(build_dir / "KnowledgeSeedFunction") == ["__pycache__", "app.py", "knowledge_base.json"]


def test_sam_build_ships_valid_hash_based_bytecode_for_every_module(sam_build: SamBuild) -> None:
    # Given the layer and the functions as `sam build` leaves them
    roots = [sam_build.build_dir / "SharedLayer" / "python", *(sam_build.build_dir / name for name in FUNCTIONS)]

    # When python3.13 checks each module's .pyc as importlib would
    result = subprocess.run(
        [sam_build.python, "-c", CHECK_BYTECODE, *map(str, roots)],
        env=sam_build.environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(result.stdout)

    # Then every module, of the project package and of its dependencies, has bytecode Lambda will use
    assert report["problems"] == []
    top_level = {Path(module).parts[0] for module in report["checked"]}
    assert {"symptom_overlap", "pydantic", "pydantic_core", "aws_lambda_powertools", "app.py"} <= top_level
    assert "typing_extensions.py" in top_level
