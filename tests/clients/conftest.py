"""Clients generated once per session into temporary folders, and a local gateway to run them against."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.clients.generation import PYTHON_PACKAGE, generate_python_client, generate_typescript_types
from tests.e2e.gateway import GatewayProcess, running_gateway


@pytest.fixture(scope="session")
def python_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("python-client")
    generate_python_client(folder)
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PYTHON_PACKAGE)
    finally:
        sys.path.remove(str(folder))
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
