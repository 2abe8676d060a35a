"""Chooses the DynamoDB the handlers talk to: the developer's, or moto's server started in process."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_DYNAMODB"  # boto3 reads it, so the handlers follow it unchanged
DEFAULT_REGION = "eu-west-1"


@dataclass(frozen=True)
class DynamoDBEndpoint:
    url: str
    embedded: bool


@contextmanager
def dynamodb_endpoint() -> Iterator[DynamoDBEndpoint]:
    """Use AWS_ENDPOINT_URL_DYNAMODB if set; otherwise start moto on a free port and stop it on exit."""
    os.environ.setdefault("AWS_DEFAULT_REGION", DEFAULT_REGION)
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")  # never wait for instance metadata
    external = os.environ.get(ENDPOINT_VARIABLE)
    if external:
        if not (os.environ.get("AWS_ACCESS_KEY_ID") or os.environ.get("AWS_PROFILE")):
            _use_dummy_credentials()
        yield DynamoDBEndpoint(external, embedded=False)
        return

    # Imported here: moto is slow to import and only this branch needs it.
    from moto.server import ThreadedMotoServer

    # Only warnings: werkzeug would otherwise log every DynamoDB call next to the gateway's access lines.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    _use_dummy_credentials()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        url = f"http://{host}:{port}"
        os.environ[ENDPOINT_VARIABLE] = url
        yield DynamoDBEndpoint(url, embedded=True)
    finally:
        server.stop()


def _use_dummy_credentials() -> None:
    """Credentials a local DynamoDB accepts; a named profile would otherwise take precedence."""
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        os.environ.pop(name, None)
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"  # noqa: S105 (not a secret: moto accepts anything)
