"""The reference web client (web/), served keyless by the local gateway for GET and HEAD.

`/` is web/index.html and `/<path>` is web/<path> when that file exists; every other path falls
through to the API's routes, so no API route is ever shadowed. Files are read on each request, so
an edit shows on the next reload. In AWS no function serves these: docs/web.md says how to host them.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from local_gateway.responses import HttpResponse

WEB_ROOT = Path(__file__).resolve().parents[2] / "web"

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}

# The page talks to its own origin only and loads nothing from anywhere else (docs/web.md).
SECURITY_HEADERS = [
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-cache"),
]


def static_response(method: str, raw_path: str, root: Path = WEB_ROOT) -> HttpResponse | None:
    """The file for a GET or HEAD of raw_path (no query string), or None to let the API answer."""
    if method not in ("GET", "HEAD"):
        return None
    file = _file_for(raw_path, root)
    if file is None:
        return None
    headers = [("Content-Type", CONTENT_TYPES[file.suffix]), *SECURITY_HEADERS]
    return HttpResponse(200, headers, file.read_bytes())


def _file_for(raw_path: str, root: Path) -> Path | None:
    """A regular file inside root with a known type; None for anything else, traversal included."""
    path = unquote(raw_path)
    if path == "/":
        path = "/index.html"
    parts = path.split("/")[1:]
    if not path.startswith("/") or any(part in ("", ".", "..") or part.startswith(".") for part in parts):
        return None
    if "\\" in path or "\x00" in path:
        return None
    candidate = root.joinpath(*parts)
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(root.resolve()) or not resolved.is_file():
        return None
    return resolved if resolved.suffix in CONTENT_TYPES else None
