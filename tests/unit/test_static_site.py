"""The local gateway's static site: which paths give which files, and which give nothing."""

from pathlib import Path

import pytest

from local_gateway.static_site import WEB_ROOT, static_response


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "web"
    (root / "vendor").mkdir(parents=True)
    (root / "index.html").write_text("<!doctype html><title>home</title>")
    (root / "app.js").write_text("export {};")
    (root / "vendor" / "style.css").write_text("body{}")
    (root / ".hidden.js").write_text("secret")
    (root / "notes.md").write_text("not a web asset")
    (tmp_path / "outside.js").write_text("outside")
    (root / "link.js").symlink_to(tmp_path / "outside.js")
    return root


@pytest.mark.parametrize(
    ("path", "body", "content_type"),
    [
        ("/", b"<!doctype html><title>home</title>", "text/html; charset=utf-8"),
        ("/index.html", b"<!doctype html><title>home</title>", "text/html; charset=utf-8"),
        ("/app.js", b"export {};", "text/javascript; charset=utf-8"),
        ("/vendor/style.css", b"body{}", "text/css; charset=utf-8"),
        ("/%61pp.js", b"export {};", "text/javascript; charset=utf-8"),
    ],
)
def test_files_under_the_root_are_served_with_their_type(site: Path, path: str, body: bytes, content_type: str) -> None:
    response = static_response("GET", path, site)
    assert response is not None
    assert response.status == 200
    assert response.body == body
    headers = dict(response.headers)
    assert headers["Content-Type"] == content_type
    assert "connect-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path",
    [
        "/../outside.js",
        "/%2e%2e/outside.js",
        "/vendor/../../outside.js",
        "/vendor/%2E%2E/%2e%2e/outside.js",
        "/..%2foutside.js",
        "/link.js",  # a symlink out of the root
        "/.hidden.js",
        "/notes.md",  # not a type the site serves
        "/vendor",  # a directory
        "/vendor/",
        "//app.js",
        "/app.js%00.html",
        "/missing.js",
        "/v1/symptoms",
        "",
    ],
)
def test_nothing_outside_the_root_or_of_unknown_type_is_served(site: Path, path: str) -> None:
    assert static_response("GET", path, site) is None


def test_head_is_answered_and_other_methods_fall_through_to_the_api(site: Path) -> None:
    assert static_response("HEAD", "/", site) is not None
    assert static_response("POST", "/", site) is None
    assert static_response("OPTIONS", "/app.js", site) is None


def test_the_repository_web_client_has_an_index_page() -> None:
    response = static_response("GET", "/", WEB_ROOT)
    assert response is not None
    assert b"<!doctype html>" in response.body.lower()
