"""The local gateway serves the web client at / without an API key, and the API is unchanged beside it."""

from tests.e2e.gateway import Client, assert_error


def test_the_page_is_served_at_the_root_without_a_key(api: Client) -> None:
    reply = api.get("/", api_key=None)
    assert reply.status == 200
    assert reply.headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'<script type="module" src="app.js">' in reply.body
    policy = reply.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "connect-src 'self'" in policy
    assert reply.headers["Referrer-Policy"] == "no-referrer"
    assert "Set-Cookie" not in reply.headers


def test_head_gives_the_headers_without_a_body(api: Client) -> None:
    get = api.get("/app.js", api_key=None)
    head = api.request("HEAD", "/app.js", api_key=None)
    assert head.status == 200
    assert head.body == b""
    assert head.headers["Content-Type"] == "text/javascript; charset=utf-8"
    assert head.headers["Content-Length"] == str(len(get.body))


def test_traversal_and_unknown_files_reach_the_api_not_the_disk(api: Client) -> None:
    for path in ("/../pyproject.toml", "/%2e%2e/template.yaml", "/web/../Makefile", "/missing.js"):
        reply = api.get(path)
        assert_error(reply, 404, "not_found")
    assert api.get("/v1/symptoms", api_key=None).status == 403  # the API still needs its key
