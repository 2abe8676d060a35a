"""The architecture's rules, checked on the source (docs/decisions.md, docs/architecture.md)."""

import ast
from pathlib import Path

import pytest

from local_gateway.runtime import load_handler
from local_gateway.template import load_template

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "shared" / "symptom_overlap"
PYTHON_FILES = [
    path
    for folder in ("functions", "shared", "infra", "tests")
    for path in (ROOT / folder).rglob("*.py")
    if "__pycache__" not in path.parts
]
AWS_LIBRARIES = {"boto3", "botocore", "aws_lambda_powertools"}


def _imported_top_level_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module.split(".")[0])
    return modules


def test_no_module_edits_sys_path() -> None:
    offenders = []
    for path in PYTHON_FILES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "path" and getattr(node.value, "id", "") == "sys":
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


@pytest.mark.parametrize("layer", ["domain", "knowledge"])
def test_domain_and_knowledge_are_pure(layer: str) -> None:
    impure = {
        str(path.relative_to(ROOT)): sorted(_imported_top_level_modules(path) & AWS_LIBRARIES)
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {path: modules for path, modules in impure.items() if modules} == {}


def test_only_the_adapters_import_boto3() -> None:
    importers = {
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if _imported_top_level_modules(path) & {"boto3", "botocore"}
    }
    assert importers == {"shared/symptom_overlap/adapters/dynamodb.py"}


def test_no_code_imports_the_xray_sdk_or_the_tracer() -> None:
    # Tracing is switched on by the platform (Tracing: Active); the SDK costs cold-start time.
    offenders = []
    for path in PYTHON_FILES:
        source = path.read_text(encoding="utf-8")
        if "aws_xray_sdk" in _imported_top_level_modules(path) or "Tracer(" in source:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == [str(Path(__file__).relative_to(ROOT))]


def test_handler_modules_are_thin() -> None:
    sizes = {path.parent.name: len(path.read_text().splitlines()) for path in (ROOT / "functions").glob("*/app.py")}
    assert sizes
    assert all(lines <= 60 for lines in sizes.values()), sizes


def test_importing_every_handler_touches_no_aws(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given no configuration at all and sockets disabled (by this suite's conftest)
    for name in ("TABLE_NAME", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(name, raising=False)
    # When every handler module is imported, as Lambda does at cold start
    handlers = [load_handler(function) for function in load_template().functions()]
    # Then nothing failed: no client, no network call, no settings read at import
    assert len(handlers) == len(list((ROOT / "functions").glob("*/app.py")))
