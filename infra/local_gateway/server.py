"""The HTTP side of the local API Gateway: request -> route -> API key check -> proxy event -> response."""

from __future__ import annotations

import gzip
import socketserver
import sys
import time
import traceback
import uuid
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

from local_gateway.docs_pages import DOCS_PATH, SPEC_PATH
from local_gateway.events import build_proxy_event
from local_gateway.gateway_responses import GatewayResponses
from local_gateway.invoker import HandlerFailed, Invoker
from local_gateway.responses import HttpResponse, from_proxy_response
from local_gateway.routing import Match, RouteTable
from local_gateway.static_site import static_response
from local_gateway.throttling import Throttle

MAX_BODY_BYTES = 10 * 1024 * 1024  # API Gateway's payload limit
LOCAL_API_KEY_ID = "local-api-key"  # the id of the one local key, as API Gateway passes a key's id
FORBIDDEN_MESSAGE = "A valid x-api-key header is required."


class GatewayServer(ThreadingHTTPServer):
    """Binds on construction, so a port in use is reported before anything else starts; serves once
    ``invoker`` is set."""

    daemon_threads = True
    # Connections waiting to be accepted: socketserver's default of 5 reset clients at 16 at once.
    request_queue_size = 1024

    def __init__(
        self,
        address: tuple[str, int],
        routes: RouteTable,
        throttle: Throttle,
        gateway_responses: GatewayResponses,
        api_key: str,
    ) -> None:
        self.routes = routes
        self.invoker: Invoker | None = None
        self.throttle = throttle
        self.gateway_responses = gateway_responses
        self.api_key = api_key
        self.pages: dict[str, HttpResponse] = {}  # served as they are, without an API key (local docs)
        self.minimum_compression_size: int | None = None  # bytes; None: never compress
        super().__init__(address, GatewayRequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name with getfqdn, which can stall start-up for seconds.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def accepts_key(self, api_key: str) -> bool:
        """Only the one local key, as API Gateway accepts only the keys of its usage plans."""
        return api_key == self.api_key

    @property
    def url(self) -> str:
        return f"http://{self.server_name}:{self.server_port}"


class GatewayRequestHandler(BaseHTTPRequestHandler):
    server: GatewayServer
    protocol_version = "HTTP/1.1"  # keep-alive, and no 1 s stall on clients that send Expect: 100-continue
    timeout = 30  # seconds an idle or slow client may hold a connection (API Gateway allows 29)

    def __getattr__(self, name: str) -> Any:
        # Every method, including unusual ones (TRACE, QUERY), is routed as API Gateway routes ANY;
        # http.server would answer 501 itself.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def _handle(self) -> None:
        started = time.perf_counter()
        request_id = str(uuid.uuid4())
        raw_path = self.path.partition("?")[0]
        function_name, response = self._respond(request_id, raw_path)
        self._send(response, request_id)
        latency_ms = (time.perf_counter() - started) * 1000
        # The path without its query string, and never a body: both may carry symptoms.
        sys.stderr.write(
            f"{self.client_address[0]} {self.command} {raw_path} {response.status} "
            f"{latency_ms:.1f}ms request_id={request_id} function={function_name}\n"
        )

    def _respond(self, request_id: str, raw_path: str) -> tuple[str, HttpResponse]:
        body = self._read_body(request_id)
        if isinstance(body, HttpResponse):
            return "-", body
        page = self._page(raw_path) or static_response(self.command, raw_path)  # docs and the web client, keyless
        if page is not None:
            return "-", page
        match = self.server.routes.match(self.command, _segments(raw_path))
        if match is None:  # what API Gateway answers for a path no resource covers
            return "-", self._gateway_error(
                "MISSING_AUTHENTICATION_TOKEN", 403, "Missing Authentication Token", request_id
            )
        api_key = (self.headers.get("x-api-key") or "").strip()
        if match.endpoint.api_key_required and not self.server.accepts_key(api_key):
            return "-", self._gateway_error("API_KEY", 403, FORBIDDEN_MESSAGE, request_id, code="forbidden")
        if match.endpoint.api_key_required and not self.server.throttle.allow(api_key):
            message = "Too many requests; slow down and retry."
            return "-", self._gateway_error("THROTTLED", 429, message, request_id, code="throttled")
        return match.endpoint.function.logical_id, self._invoke(match, raw_path, body, request_id)

    def _page(self, raw_path: str) -> HttpResponse | None:
        """The local documentation: HEAD as GET, and /docs?format=json the document, as Powertools' Swagger does."""
        if self.command not in ("GET", "HEAD") or raw_path not in self.server.pages:
            return None
        if raw_path == DOCS_PATH and ("format", "json") in parse_qsl(self.path.partition("?")[2]):
            return self.server.pages[SPEC_PATH]
        return self.server.pages[raw_path]

    def _gateway_error(
        self, kind: str, status: int, message: str, request_id: str, code: str = "client_error"
    ) -> HttpResponse:
        return self.server.gateway_responses.render(kind, status, code, message, request_id)

    def _read_body(self, request_id: str) -> bytes | HttpResponse:
        """Read the whole body before answering, so the next request on the connection starts cleanly."""
        length = self.headers.get("Content-Length") or "0"
        problem = None
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            problem = ("DEFAULT_4XX", HTTPStatus.LENGTH_REQUIRED, "Send the body with a Content-Length.")
        elif not length.isdigit():
            problem = ("DEFAULT_4XX", HTTPStatus.BAD_REQUEST, "Content-Length is not a number.")
        elif int(length) > MAX_BODY_BYTES:
            problem = ("REQUEST_TOO_LARGE", HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "The body is larger than 10 MB.")
        if problem is None:
            return self.rfile.read(int(length))
        self.close_connection = True  # the unread body would otherwise be taken for the next request
        kind, status, message = problem
        return self._gateway_error(kind, status.value, message, request_id)

    def _invoke(self, match: Match, raw_path: str, body: bytes, request_id: str) -> HttpResponse:
        endpoint = match.endpoint
        event = build_proxy_event(
            method=self.command,
            path=unquote(raw_path),
            resource=endpoint.resource,
            path_parameters=match.path_parameters,
            headers=list(self.headers.items()),
            query=parse_qsl(self.path.partition("?")[2], keep_blank_values=True),
            body=body,
            request_id=request_id,
            source_ip=self.client_address[0],
            api_key_id=LOCAL_API_KEY_ID,
        )
        invoker = self.server.invoker
        if invoker is None:
            raise RuntimeError("the gateway serves only once its invoker is set")
        try:
            return from_proxy_response(invoker.invoke(endpoint.function, event, request_id))
        except Exception as error:  # API Gateway answers a failed or malformed invocation with 502
            if isinstance(error, HandlerFailed):
                what = str(error)  # the type and place, from the container
            else:
                frame = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
                what = type(error).__name__ + (f" at {frame.filename}:{frame.lineno}" if frame else "")
            # Only the type and place: exception messages can quote the request.
            sys.stderr.write(f"{endpoint.function.logical_id} failed: {what}\n")
            return self._gateway_error("DEFAULT_5XX", 502, "Internal server error", request_id, code="gateway_error")

    def _send(self, response: HttpResponse, request_id: str) -> None:
        response = self._compressed(response)
        self.send_response(response.status)
        for name, value in response.headers:
            if name.lower() not in ("content-length", "connection", "transfer-encoding"):
                self.send_header(name, value)
        self.send_header("x-amzn-RequestId", request_id)
        self.send_header("Content-Length", str(len(response.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _compressed(self, response: HttpResponse) -> HttpResponse:
        """Gzip a body of at least the API's MinimumCompressionSize for clients that accept it."""
        minimum = self.server.minimum_compression_size
        accepts_gzip = "gzip" in (self.headers.get("Accept-Encoding") or "").lower()
        if minimum is None or not accepts_gzip or len(response.body) < minimum:
            return response
        headers = [(name, value) for name, value in response.headers if name.lower() != "content-encoding"]
        headers += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        return HttpResponse(response.status, headers, gzip.compress(response.body))

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Silenced: _handle writes the access line, without the query string."""

    def log_message(self, format: str, *args: Any) -> None:
        # http.server reports malformed requests here, quoting the request line and so its query string.
        sys.stderr.write(f"{self.client_address[0]} rejected a malformed HTTP request\n")

    def version_string(self) -> str:
        return "local-gateway"


def _segments(raw_path: str) -> list[str]:
    """URL-decoded path segments; a %2F inside a segment stays inside it."""
    stripped = raw_path[1:] if raw_path.startswith("/") else raw_path
    return [unquote(segment) for segment in stripped.split("/")] if stripped else []
