"""The layer build's rewrite of Powertools' package __init__ modules: the same names, imported on first use."""

import ast
import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import aws_lambda_powertools
import pytest

ROOT = Path(__file__).resolve().parents[2]
POWERTOOLS = Path(aws_lambda_powertools.__file__).parent
# Run with the rewritten copy first on the path: each lazy package's names against the modules they come from.
CHECK = """
import importlib, json, sys

results = {}
lazy = json.loads(sys.argv[1])
packages = {package_name: importlib.import_module(package_name) for package_name in lazy}
for package_name, origins in lazy.items():
    package = packages[package_name]
    loaded = sorted(name for name in sys.modules if name.startswith(package_name + "."))
    results[package_name] = {"loaded_before_use": loaded, "all": list(package.__all__)}
for package_name, origins in lazy.items():
    results[package_name]["same_objects"] = all(
        getattr(packages[package_name], name) is getattr(importlib.import_module(module, package_name), attribute)
        for name, (module, attribute) in origins.items()
    )
import aws_lambda_powertools.utilities.data_classes.event_source
from aws_lambda_powertools.utilities.data_classes import event_source
results["event_source_is_the_decorator"] = callable(event_source) and not hasattr(event_source, "__path__")
print(json.dumps(results))
"""


def _artifacts() -> ModuleType:
    spec = importlib.util.spec_from_file_location("artifacts", ROOT / "infra" / "lambda_build" / "artifacts.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _origins(init: Path) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """What the original __init__ imports, name -> (module, attribute), and its __all__."""
    origins, all_names = {}, []
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                origins[alias.asname or alias.name] = ("." * node.level + node.module, alias.name)
        elif isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "__all__":
            all_names = list(ast.literal_eval(node.value))
    return origins, all_names


def test_the_lazy_packages_give_the_same_names_and_load_nothing_before_use(tmp_path: Path) -> None:
    # Given a copy of the pinned Powertools with the build's rewrite applied
    artifacts = _artifacts()
    shutil.copytree(POWERTOOLS, tmp_path / "aws_lambda_powertools", ignore=shutil.ignore_patterns("__pycache__"))
    originals = {package: _origins(POWERTOOLS.parent / package) for package in artifacts.LAZY_PACKAGES}
    for package in artifacts.LAZY_PACKAGES:
        artifacts.make_lazy(tmp_path / package)

    # When each package is imported from the copy, then each of its original names looked up
    lazy = {
        package.removesuffix("/__init__.py").replace("/", "."): origins for package, (origins, _) in originals.items()
    }
    finished = subprocess.run(
        [sys.executable, "-c", CHECK, json.dumps(lazy)],
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    results = json.loads(finished.stdout)

    # Then every name is the very object the original imported, __all__ is unchanged, and importing a
    # package loads none of its resolvers or event classes until one is used
    for package, (_, all_names) in originals.items():
        result = results[package.removesuffix("/__init__.py").replace("/", ".")]
        assert result["same_objects"]
        assert result["all"] == all_names
    assert results["aws_lambda_powertools.event_handler"]["loaded_before_use"] == []
    assert results["aws_lambda_powertools.utilities.data_classes"]["loaded_before_use"] == [
        "aws_lambda_powertools.utilities.data_classes.event_source"  # see below
    ]
    # And a name that is also a module's name is still the name, not the module
    assert results["event_source_is_the_decorator"]


def test_a_package_init_with_anything_but_imports_fails_the_build(tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text('"""A package."""\n\nfrom .a import b\n\nREGISTRY = {}\n__all__ = ["b"]\n', encoding="utf-8")

    with pytest.raises(SystemExit, match="line 5 is not a plain import"):
        _artifacts().make_lazy(init)
