"""Unit tests exercise pure code only: any attempt to open a socket fails the test."""

from collections.abc import Iterator

import pytest
import urllib3  # noqa: F401  (it probes IPv6 with a local socket when first imported; not a network call)
from pytest_socket import disable_socket, enable_socket

from kbtool.source import load_knowledge_base
from symptom_overlap.knowledge.schema import KnowledgeBase


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    disable_socket()
    yield
    enable_socket()


@pytest.fixture(scope="session")
def knowledge_base() -> KnowledgeBase:
    """The reviewed knowledge base; a module that tests a mechanism on its own small one overrides this."""
    return load_knowledge_base()


@pytest.fixture(scope="session")
def real_knowledge_base() -> KnowledgeBase:
    """The reviewed knowledge base, for modules whose ``knowledge_base`` is a small mechanism one."""
    return load_knowledge_base()
