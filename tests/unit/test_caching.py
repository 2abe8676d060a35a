"""Who may keep an answer: the catalog privately, with validators; everything else no-store; nosniff always."""

from typing import Any

import pytest

from symptom_overlap.api.caching import with_cache_headers


def _event(method: str, if_none_match: str | None = None) -> dict[str, Any]:
    headers = {"If-None-Match": if_none_match} if if_none_match else {}
    return {"httpMethod": method, "headers": headers}


def _response(status: int, body: str = '{"items": []}') -> dict[str, Any]:
    return {"statusCode": status, "body": body, "multiValueHeaders": {"Content-Type": ["application/json"]}}


def test_a_catalog_answer_may_be_kept_by_the_client_only() -> None:
    # When a cacheable route answers a GET
    response = with_cache_headers(_event("GET"), _response(200), cacheable_route=True)
    # Then the app's own cache may keep it for five minutes, a shared cache never, and it can be revalidated
    headers = response["multiValueHeaders"]
    assert headers["Cache-Control"] == ["private, max-age=300"]
    assert headers["ETag"][0].startswith('"')
    assert headers["X-Content-Type-Options"] == ["nosniff"]


def test_a_current_copy_gets_a_304_that_keeps_the_private_lifetime() -> None:
    etag = with_cache_headers(_event("GET"), _response(200), cacheable_route=True)["multiValueHeaders"]["ETag"][0]
    response = with_cache_headers(_event("GET", if_none_match=etag), _response(200), cacheable_route=True)
    assert (response["statusCode"], response["body"]) == (304, "")
    assert response["multiValueHeaders"]["Cache-Control"] == ["private, max-age=300"]
    assert "Content-Type" not in response["multiValueHeaders"]


@pytest.mark.parametrize(
    ("method", "status", "cacheable_route"),
    [
        ("POST", 200, False),  # an assessment or a parse
        ("GET", 200, False),  # a GET outside the catalog, e.g. a health check
        ("GET", 404, True),  # a catalog error
        ("GET", 503, True),
        ("POST", 422, False),
    ],
)
def test_every_other_answer_must_not_be_stored(method: str, status: int, cacheable_route: bool) -> None:
    response = with_cache_headers(_event(method), _response(status), cacheable_route=cacheable_route)
    headers = response["multiValueHeaders"]
    assert headers["Cache-Control"] == ["no-store"]
    assert headers["X-Content-Type-Options"] == ["nosniff"]
    assert "ETag" not in headers
    assert response["statusCode"] == status


def test_headers_already_set_are_kept() -> None:
    response = _response(503)
    response["multiValueHeaders"]["Retry-After"] = ["5"]
    headers = with_cache_headers(_event("GET"), response, cacheable_route=True)["multiValueHeaders"]
    assert headers["Retry-After"] == ["5"]
    assert headers["Content-Type"] == ["application/json"]
