"""What ships: a python3.13 arm64 layer built from shared/, and functions that carry only their handler."""

import re
from pathlib import Path

from packaging.tags import Tag
from packaging.utils import canonicalize_name, parse_wheel_filename

from local_gateway.template import Template
from tests.infra.cloudformation import REPO_ROOT, pip_command, run

LAYER_REQUIREMENTS = REPO_ROOT / "shared" / "requirements.txt"
# The Lambda python3.13 runtime on Graviton: CPython 3.13, Linux, aarch64.
LAMBDA_PLATFORM = [
    "--platform",
    "manylinux2014_aarch64",
    "--implementation",
    "cp",
    "--python-version",
    "3.13",
]
_PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==", re.MULTILINE)
# CPython's stable ABI: a cp3X-abi3 wheel runs on any CPython 3.Y with Y >= X.
LAMBDA_PYTHON_MINOR = 13
_STABLE_ABI_INTERPRETER = re.compile(r"^cp3(?P<minor>\d+)$")


def _runs_on_lambda(tag: Tag) -> bool:
    if (tag.abi, tag.platform) == ("none", "any"):
        return tag.interpreter in {"py3", "py313", "cp313"}
    if not (tag.platform.startswith(("manylinux", "linux")) and tag.platform.endswith("_aarch64")):
        return False
    if tag.abi == "abi3":
        stable = _STABLE_ABI_INTERPRETER.match(tag.interpreter)
        return stable is not None and int(stable.group("minor")) <= LAMBDA_PYTHON_MINOR
    return (tag.interpreter, tag.abi) == ("cp313", "cp313")


def _make_dry_run(target: str) -> str:
    """The commands `sam build` (BuildMethod: makefile) would run for a resource, without running them."""
    result = run(["make", "--dry-run", "--no-print-directory", target, "ARTIFACTS_DIR=/artifacts"])
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_layer_is_built_for_python313_arm64_from_shared(template: Template) -> None:
    # Given the layer as declared in template.yaml
    layer = template.resources["SharedLayer"]

    # When its build settings are read
    metadata, properties = layer["Metadata"], layer["Properties"]

    # Then `sam build` builds shared/ (and its requirements.txt) for arm64 through the Makefile's
    # build-SharedLayer target, which resolves cp313 aarch64 wheels with the shared build script
    assert layer["Type"] == "AWS::Serverless::LayerVersion"
    build = (metadata["BuildMethod"], metadata["BuildArchitecture"], metadata["ContextPath"])
    assert build == ("makefile", "arm64", ".")
    assert properties["ContentUri"] == "shared/"
    assert properties["CompatibleRuntimes"] == ["python3.13"]
    assert (REPO_ROOT / properties["ContentUri"] / "requirements.txt").is_file()
    command = _make_dry_run("build-SharedLayer")
    assert 'infra/lambda_build/artifacts.py layer --source . --target "/artifacts/python"' in command
    assert "--platform manylinux2014_aarch64" in command
    assert command.startswith("python3.13 ")


def test_every_function_is_built_by_the_shared_build_script(template: Template) -> None:
    for function in template.functions():
        # Given a function as declared in template.yaml
        metadata = template.resources[function.logical_id]["Metadata"]

        # When `sam build` would build it
        command = _make_dry_run(f"build-{function.logical_id}")

        # Then the Makefile's generic target copies its CodeUri folder and compiles it with python3.13
        assert (metadata["BuildMethod"], metadata["ContextPath"]) == ("makefile", "."), function.logical_id
        assert command.startswith("python3.13 "), function.logical_id
        assert 'infra/lambda_build/artifacts.py function --source . --target "/artifacts"' in command


DATA_FILES = {"KnowledgeSeedFunction": ("knowledge_base.json",)}


def test_each_function_ships_only_its_handler_module(template: Template) -> None:
    # Given the functions declared in template.yaml
    functions = template.functions()
    assert functions

    for function in functions:
        # When the files of its CodeUri folder are listed (sam build skips __pycache__)
        files = {path.name for path in function.code_uri.iterdir() if path.name != "__pycache__"}

        # Then the folder holds the handler's module, app.py, and nothing else: the code is in the layer
        # (the seeding function also carries the knowledge base it deploys, as data)
        module, _, _ = function.handler.rpartition(".")
        expected = {"app.py", *DATA_FILES.get(function.logical_id, ())}
        assert (module, files) == ("app", expected), function.logical_id


def test_layer_requirements_resolve_to_cp313_aarch64_wheels(tmp_path: Path) -> None:
    # Given the layer's pinned requirements
    pinned = {canonicalize_name(match["name"]) for match in _PIN.finditer(LAYER_REQUIREMENTS.read_text())}
    assert pinned

    # When pip downloads them as binary wheels for the Lambda platform
    result = run(
        [
            *pip_command(),
            "download",
            "--quiet",
            "--disable-pip-version-check",
            "--only-binary=:all:",
            *LAMBDA_PLATFORM,
            "--dest",
            str(tmp_path),
            "-r",
            str(LAYER_REQUIREMENTS),
        ],
        timeout=90,
    )

    # Then every pin resolves to a wheel that is pure Python or built for CPython 3.13 on aarch64
    assert result.returncode == 0, result.stderr
    wheels = {path.name: parse_wheel_filename(path.name) for path in tmp_path.glob("*.whl")}
    assert {name for name, _, _, _ in wheels.values()} == pinned
    not_for_lambda = sorted(
        filename for filename, (_, _, _, tags) in wheels.items() if not any(map(_runs_on_lambda, tags))
    )
    assert not_for_lambda == []
