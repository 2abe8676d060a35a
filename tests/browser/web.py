"""A person's moves on the web client, for the browser tests. Every wait is on the page, never a sleep."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page, Request, expect

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "build" / "screenshots"
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
WIDE = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

TYPED_TEXT = "My feet have had pins and needles for months. No twitching."
RICH_TEXT = "For months my feet tingle and feel numb and my legs are weak. I take metformin. My muscles twitch too."


@dataclass
class WebPage:
    page: Page
    base_url: str
    page_errors: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)

    # ------------------------------------------------------------------ getting around

    def api_get(self, path: str) -> Any:
        """What the public API answers, fetched as the page would (same origin, the local key)."""
        response = self.page.request.get(self.base_url + path, headers={"x-api-key": "local"})
        assert response.ok, response.status
        return response.json()

    def open(self) -> None:
        self.page.goto(self.base_url + "/")
        expect(self.page.locator("body[data-ready=true]")).to_have_count(1)
        expect(self.page.locator("#step-start")).to_be_visible()

    def responses(self) -> int:
        return int(self.page.locator("body").get_attribute("data-responses") or 0)

    def wait_for_responses(self, count: int) -> None:
        expect(self.page.locator(f'body[data-responses="{count}"][data-busy="false"]')).to_have_count(1)

    def wait_for_step(self, step: str) -> None:
        expect(self.page.locator(f'body[data-step="{step}"]')).to_have_count(1)
        if step == "emergency":
            expect(self.page.locator("#emergency")).to_be_visible()
        else:
            expect(self.page.locator(f"#step-{step}")).to_be_visible()

    def none_of_these(self) -> None:
        self.page.locator("#none-of-these").check()
        self.page.locator("#checklist-continue").click()
        self.wait_for_step("describe")

    def describe(self, text: str) -> None:
        before = self.responses()
        self.page.locator("#free-text").fill(text)
        self.page.locator("#describe-submit").click()
        self.wait_for_responses(before + 1)

    def answer_round(self, answer: str = "absent") -> None:
        before = self.responses()
        for label in self.page.locator(f'#question-list label[for$="-{answer}"]').all():
            label.click()
        self.page.locator("#questions-submit").click()
        self.wait_for_responses(before + 1)

    def answer_until_result(self, answer: str = "absent", rounds_at_most: int = 13) -> int:
        rounds = 0
        while self.page.locator("body").get_attribute("data-step") == "questions":
            assert rounds < rounds_at_most, "the interview never ended"
            self.answer_round(answer)
            rounds += 1
        self.wait_for_step("result")
        return rounds

    def chips(self, container: str = "#understood-chips") -> list[str]:
        return [text.strip() for text in self.page.locator(f"{container} li").all_inner_texts()]

    def focused(self) -> Locator:
        return self.page.locator("*:focus")

    def tab_to(self, selector: str, presses_at_most: int = 80, backwards: bool = False) -> None:
        """Press Tab until the element matching selector has the focus."""
        target = self.page.locator(selector)
        for _ in range(presses_at_most):
            if target.evaluate("element => element === document.activeElement"):
                return
            self.page.keyboard.press("Shift+Tab" if backwards else "Tab")
        raise AssertionError(f"{selector} never received the focus by keyboard")

    def screenshot(self, name: str, full_page: bool = True) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    # ------------------------------------------------------------------ checks

    def serious_accessibility_violations(self) -> list[dict[str, Any]]:
        """axe-core's violations of impact serious or critical on the page as it is now."""
        assert AXE.exists(), f"{AXE} is missing: run `npm ci --prefix tests/browser` (make test does)"
        self.page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluated by the driver: the page's CSP stays on
        results = self.page.evaluate(
            "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
            "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
        )
        return [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "targets": [node["target"] for node in violation["nodes"]],
            }
            for violation in results["violations"]
            if violation["impact"] in ("serious", "critical")
        ]

    def assert_nothing_stored(self) -> None:
        assert self.page.context.cookies() == []
        stored = self.page.evaluate(
            "async () => ({local: localStorage.length, session: sessionStorage.length, cookie: document.cookie,"
            " databases: (await indexedDB.databases()).length, caches: (await caches.keys()).length})"
        )
        assert stored == {"local": 0, "session": 0, "cookie": "", "databases": 0, "caches": 0}, stored

    def api_requests(self) -> list[Request]:
        return [request for request in self.requests if urlsplit(request.url).path.startswith("/v1/")]

    def assert_clean(self) -> None:
        """No script errors, and no request to anywhere but the page's own origin."""
        assert self.page_errors == [], self.page_errors
        origin = urlsplit(self.base_url)
        foreign = [r.url for r in self.requests if urlsplit(r.url)[:2] != origin[:2] and not r.url.startswith("data:")]
        assert foreign == [], foreign
        errors = [line for line in self.console if line.startswith("error")]
        assert errors == [], errors


def pretty(value: object) -> str:
    return json.dumps(value, indent=2)
