"""Unit tests exercise pure code only: any attempt to open a socket fails the test."""

from collections.abc import Iterator

import pytest
import urllib3  # noqa: F401  (it probes IPv6 with a local socket when first imported; not a network call)
from pytest_socket import disable_socket, enable_socket


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    disable_socket()
    yield
    enable_socket()
