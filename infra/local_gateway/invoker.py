"""Calls the functions' handlers in process, one event at a time, each with its own environment."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from local_gateway.runtime import Handler, context_for, load_handler
from local_gateway.template import Function


class Invoker:
    """Like one warm Lambda container per function, except that all functions share one process.

    Lambda gives a container one event at a time and Powertools resolvers keep the current event
    in module state, so every invocation holds one lock. Module imports happen here, up front, with
    only the shared (Globals) environment set: that is all a function's settings may read at import.
    """

    def __init__(self, functions: Sequence[Function], environments: Mapping[str, Mapping[str, str]]) -> None:
        self._environments = environments
        self._lock = threading.Lock()
        self._handlers: dict[str, Handler] = {function.logical_id: load_handler(function) for function in functions}

    def invoke(self, function: Function, event: dict[str, Any], request_id: str) -> dict[str, Any]:
        with self._lock, _environment(self._environments[function.logical_id]):
            return self._handlers[function.logical_id](event, context_for(function, request_id))


@contextmanager
def _environment(variables: Mapping[str, str]) -> Iterator[None]:
    """Set the variables for the duration of one call, then restore exactly what was there."""
    saved = {name: os.environ.get(name) for name in variables}
    os.environ.update(variables)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
