"""Calls the functions' handlers like Lambda does: each in warm containers of its own.

A container is a worker process that imported its function's handler with the function's environment
and then takes one event at a time, as a Lambda execution environment does. Powertools keeps the
current event in class attributes shared by every resolver in a process, so independent requests can
only run side by side in separate processes: each function gets a pool of up to ``max_containers``
of them, started on demand (a cold start, as in Lambda) and reused while warm.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from local_gateway.runtime import Handler, context_for, load_handler
from local_gateway.template import Function

DEFAULT_MAX_CONTAINERS = 4

_container: tuple[Function, Handler] | None = None  # in a worker process: its function and handler


class ContainerCrashed(Exception):
    """A container died mid-invocation (as a Lambda runtime crash); API Gateway would answer 502."""


class FunctionPool:
    """The warm containers of one function."""

    def __init__(self, function: Function, environment: Mapping[str, str], max_containers: int) -> None:
        self._function = function
        self._environment = dict(environment)
        self._max_containers = max_containers
        self._lock = threading.Lock()
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self._max_containers,
            # spawn, not fork: the gateway has threads (HTTP, moto) whose locks a fork would copy mid-use.
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_container,
            initargs=(self._function, self._environment),
        )

    def invoke(self, event: dict[str, Any], request_id: str) -> dict[str, Any]:
        response: dict[str, Any] = self._run(_invoke_in_container, event, request_id)
        return response

    def start_one(self) -> None:
        """Start a container now and wait until its handler is imported."""
        self._run(_container_ready)

    def _run(self, call: Callable[..., Any], *arguments: Any) -> Any:
        executor = self._executor
        try:
            return executor.submit(call, *arguments).result()
        except BrokenProcessPool as error:
            with self._lock:  # replace the pool once, whichever request noticed first
                if self._executor is executor:
                    self._executor = self._new_executor()
            raise ContainerCrashed(self._function.logical_id) from error

    def shutdown(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


class Invoker:
    """One pool per function. The first container of each starts here, so a handler that fails to import
    stops the gateway at start-up rather than on the first request."""

    def __init__(
        self,
        functions: Sequence[Function],
        environments: Mapping[str, Mapping[str, str]],
        max_containers: int = DEFAULT_MAX_CONTAINERS,
    ) -> None:
        self._pools: dict[str, FunctionPool] = {}
        try:
            for function in functions:
                pool = FunctionPool(function, environments[function.logical_id], max_containers)
                self._pools[function.logical_id] = pool
                pool.start_one()
        except BaseException:
            self.shutdown()
            raise

    def invoke(self, function: Function, event: dict[str, Any], request_id: str) -> dict[str, Any]:
        return self._pools[function.logical_id].invoke(event, request_id)

    def shutdown(self) -> None:
        for pool in self._pools.values():
            pool.shutdown()


def _start_container(function: Function, environment: Mapping[str, str]) -> None:
    """In the worker: the function's environment, then its handler's import (a cold start)."""
    global _container  # one handler per worker process, as one per Lambda execution environment
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the gateway, which stops its containers
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # log lines appear as they are written, as in Lambda
    os.environ.update(environment)
    _container = (function, load_handler(function))


def _invoke_in_container(event: dict[str, Any], request_id: str) -> dict[str, Any]:
    if _container is None:
        raise RuntimeError("the container has no handler")
    function, handler = _container
    return handler(event, context_for(function, request_id))


def _container_ready() -> bool:
    return _container is not None
