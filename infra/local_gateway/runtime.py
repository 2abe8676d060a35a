"""Loads Lambda handlers from their CodeUri and calls them with a Lambda-like context."""

from __future__ import annotations

import importlib.util
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from local_gateway.template import Function

Handler = Callable[[dict[str, Any], Any], dict[str, Any]]


@dataclass
class LocalLambdaContext:
    """The attributes of the Lambda context object that handlers and Powertools read."""

    function_name: str
    memory_limit_in_mb: int = 512
    timeout_seconds: float = 15.0
    aws_request_id: str = ""
    function_version: str = "$LATEST"
    log_group_name: str = ""
    log_stream_name: str = "local"
    _started: float = field(default_factory=time.monotonic)

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:local:000000000000:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        remaining = self.timeout_seconds - (time.monotonic() - self._started)
        return max(0, int(remaining * 1000))


def load_handler(function: Function) -> Handler:
    """The handler function named by the template, from its module (see load_handler_module)."""
    handler: Handler = getattr(load_handler_module(function), function.handler.rpartition(".")[2])
    return handler


def load_handler_module(function: Function) -> ModuleType:
    """Import the handler module from the function's CodeUri, as the Lambda runtime does.

    Each function's module gets its own name, so two functions may both call their file app.py.
    """
    module_name = function.handler.rpartition(".")[0]
    source = function.code_uri / f"{module_name.replace('.', '/')}.py"
    spec = importlib.util.spec_from_file_location(f"lambda_function_{function.logical_id}", source)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load handler {function.handler} from {function.code_uri}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def context_for(function: Function, request_id: str) -> LocalLambdaContext:
    return LocalLambdaContext(
        function_name=function.logical_id,
        memory_limit_in_mb=int(function.properties.get("MemorySize", 128)),
        timeout_seconds=float(function.properties.get("Timeout", 3)),
        aws_request_id=request_id,
        log_group_name=f"/aws/lambda/{function.logical_id}",
    )
