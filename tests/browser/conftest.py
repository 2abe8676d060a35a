"""Browser tests of the web client (web/): the system's headless Chromium against the local gateway.

Chromium comes from Debian (`apt-get install chromium`, which .ci/run does when it is missing) and
axe-core from npm (`make test` runs `npm ci` here); Playwright never downloads a browser.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, Request, sync_playwright

from tests.browser.web import PHONE, SCREENSHOTS, WIDE, WebPage
from tests.e2e.gateway import GatewayProcess, running_gateway

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def web_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    # Only the key "local" is accepted, so the page is proven to send exactly that key.
    with running_gateway(tmp_path_factory.mktemp("web-gateway"), {"LOCAL_API_KEY": "local"}) as process:
        yield process


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium, as .ci/run does)")
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def _open(browser: Browser, gateway: GatewayProcess, viewport: dict[str, int]) -> Iterator[WebPage]:
    context = browser.new_context(viewport=viewport, device_scale_factor=1, locale="en-GB")  # type: ignore[arg-type]
    page: Page = context.new_page()
    web = WebPage(page, gateway.url)
    page.on("pageerror", lambda error: web.page_errors.append(str(error)))
    page.on("console", lambda message: web.console.append(f"{message.type}: {message.text}"))

    def record(request: Request) -> None:
        web.requests.append(request)

    page.on("request", record)
    try:
        yield web
        web.assert_clean()
    finally:
        context.close()


@pytest.fixture
def web(browser: Browser, web_gateway: GatewayProcess) -> Iterator[WebPage]:
    """The client on a desktop-sized screen, checked afterwards for errors and foreign requests."""
    yield from _open(browser, web_gateway, WIDE)


@pytest.fixture
def phone(browser: Browser, web_gateway: GatewayProcess) -> Iterator[WebPage]:
    """The client on a phone-sized screen (390 x 844)."""
    yield from _open(browser, web_gateway, PHONE)
