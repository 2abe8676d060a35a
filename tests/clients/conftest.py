"""Clients generated once per session into temporary folders, and a local gateway to run them against."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.clients.generation import PYTHON_PACKAGE, generate_python_client, generate_typescript_types
from tests.e2e.gateway import GatewayProcess, running_gateway


@pytest.fixture(scope="session")
def python_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The generated package, imported from its folder by location (no sys.path edit)."""
    package = generate_python_client(tmp_path_factory.mktemp("python-client"))
    spec = importlib.util.spec_from_file_location(
        PYTHON_PACKAGE, package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[PYTHON_PACKAGE] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        for name in [name for name in sys.modules if name.split(".")[0] == PYTHON_PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def typescript_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("typescript-client")
    generate_typescript_types(folder)
    return folder


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    with running_gateway(tmp_path_factory.mktemp("gateway")) as process:
        yield process
