"""Answers CloudFormation custom-resource requests: one PUT of a JSON document to a pre-signed URL."""

from __future__ import annotations

import json
import urllib.request
from typing import Any, Literal


def send_custom_resource_response(
    event: dict[str, Any],
    status: Literal["SUCCESS", "FAILED"],
    physical_resource_id: str,
    reason: str = "",
    data: dict[str, str] | None = None,
) -> None:
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason or status,
            "PhysicalResourceId": physical_resource_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": data or {},
        }
    ).encode()
    url = event["ResponseURL"]
    if not url.startswith(("https://", "http://127.0.0.1")):
        raise ValueError("custom-resource response URL must be https")
    request = urllib.request.Request(  # noqa: S310 (scheme checked above)
        url, data=body, method="PUT", headers={"Content-Type": "", "Content-Length": str(len(body))}
    )
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (scheme checked above)
        response.read()
