"""Calls the functions' handlers like Lambda does: each in warm containers of its own.

A container is a worker process that imported its function's handler with the function's environment
and then takes one event at a time over a pipe, as a Lambda execution environment does. Powertools
keeps the current event in class attributes shared by every resolver in a process, so independent
requests can only run side by side in separate processes: each function gets up to ``max_containers``
of them, started on demand (a cold start, as in Lambda) and reused while warm, the warmest first.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import queue
import signal
import sys
import threading
import traceback
from collections.abc import Mapping, Sequence
from multiprocessing.connection import Connection
from typing import Any

from local_gateway.runtime import context_for, load_handler
from local_gateway.template import Function

DEFAULT_MAX_CONTAINERS = 4
INTEGRATION_TIMEOUT_SECONDS = 29  # API Gateway's: no request waits longer for a free container
# spawn, not fork: the gateway has threads (HTTP, moto) whose locks a fork would copy mid-use.
_PROCESSES = multiprocessing.get_context("spawn")


class ContainerCrashed(Exception):
    """A container could not start or died mid-invocation; API Gateway would answer 502."""


class HandlerFailed(Exception):
    """The handler raised; the message names only the exception type and where it was raised."""


class Container:
    """One worker process running one function's handler."""

    def __init__(self, function: Function, environment: Mapping[str, str]) -> None:
        self.function = function
        self._connection, child = _PROCESSES.Pipe()
        self._process = _PROCESSES.Process(
            target=_serve, args=(child, function, dict(environment)), name=f"container-{function.logical_id}"
        )
        self._process.daemon = True  # never outlives the gateway
        self._process.start()
        child.close()
        try:
            self._receive()  # the handler is imported: the cold start is over
        except HandlerFailed as error:
            self.stop()
            raise ContainerCrashed(f"{function.logical_id} did not start: {error}") from None

    def invoke(self, event: dict[str, Any], request_id: str) -> dict[str, Any]:
        try:
            self._connection.send((event, request_id))
        except (BrokenPipeError, ConnectionResetError, OSError) as error:
            raise ContainerCrashed(self.function.logical_id) from error
        response: dict[str, Any] = self._receive()
        return response

    def _receive(self) -> Any:
        try:
            outcome, payload = self._connection.recv()
        except (EOFError, ConnectionResetError, OSError) as error:
            self.stop()
            raise ContainerCrashed(self.function.logical_id) from error
        if outcome == "failed":
            raise HandlerFailed(payload)
        return payload

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._connection.close()


class FunctionPool:
    """The warm containers of one function; at most ``max_containers`` at once."""

    def __init__(self, function: Function, environment: Mapping[str, str], max_containers: int) -> None:
        self._function = function
        self._environment = dict(environment)
        self._idle: queue.LifoQueue[Container] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(max_containers)  # one per container, running or idle
        self._all: set[Container] = set()
        self._lock = threading.Lock()

    def invoke(self, event: dict[str, Any], request_id: str) -> dict[str, Any]:
        container = self._acquire()
        try:
            response = container.invoke(event, request_id)
        except ContainerCrashed:
            self._discard(container)
            raise
        except BaseException:
            self._idle.put(container)
            raise
        self._idle.put(container)
        return response

    def start_one(self) -> None:
        """Start a container now (a handler that cannot be imported fails here, at gateway start)."""
        if self._slots.acquire(blocking=False):
            self._idle.put(self._start())

    def _acquire(self) -> Container:
        """A free container. When none is free, another starts in the background (up to the limit) and
        the request takes whichever is free first: often the warm one, a few milliseconds later."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        if self._slots.acquire(blocking=False):
            threading.Thread(target=self._start_in_background, name="container-start", daemon=True).start()
        try:
            return self._idle.get(timeout=INTEGRATION_TIMEOUT_SECONDS)
        except queue.Empty:
            raise ContainerCrashed(f"{self._function.logical_id}: no container was free in time") from None

    def _start(self) -> Container:
        """A new container, in a slot already taken."""
        try:
            container = Container(self._function, self._environment)
        except BaseException:
            self._slots.release()
            raise
        with self._lock:
            self._all.add(container)
        return container

    def _start_in_background(self) -> None:
        try:
            container = self._start()
        except ContainerCrashed as error:
            sys.stderr.write(f"a container did not start: {error}\n")
            return
        self._idle.put(container)

    def _discard(self, container: Container) -> None:
        with self._lock:
            self._all.discard(container)
        self._slots.release()

    def shutdown(self) -> None:
        with self._lock:
            containers, self._all = list(self._all), set()
        for container in containers:
            container.stop()


class Invoker:
    """One pool per function; the first container of each starts here."""

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


def _serve(connection: Connection, function: Function, environment: dict[str, str]) -> None:
    """The container's main loop: the function's environment, its handler's import, then one event at a time."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the gateway, which stops its containers
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=True)  # log lines appear as they are written, as in Lambda
    os.environ.update(environment)
    try:
        handler = load_handler(function)
    except BaseException as error:
        traceback.print_exc()  # the developer's import error, in full, on the gateway's stderr
        connection.send(("failed", _where(error)))
        return
    connection.send(("ready", None))
    while True:
        try:
            event, request_id = connection.recv()
        except (EOFError, OSError):
            return  # the gateway has gone
        try:
            response = handler(event, context_for(function, request_id))
        except Exception as error:  # as the Lambda runtime reports an unhandled error
            connection.send(("failed", _where(error)))
            continue
        connection.send(("ok", response))


def _where(error: BaseException) -> str:
    """The exception's type and where it was raised, never its message: messages can quote the request."""
    frames = traceback.extract_tb(error.__traceback__)
    place = f" at {frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{type(error).__name__}{place}"
