"""The reference web client, as a person uses it, in a real headless Chromium against the local API."""

from __future__ import annotations

import json

from playwright.sync_api import expect

from tests.browser.web import RICH_TEXT, SCREENSHOTS, TYPED_TEXT, WebPage, pretty


def test_a_typed_text_interview_runs_to_the_result_with_the_overlap_picture(web: WebPage) -> None:
    page = web.page
    # Given the page, which starts with the safety check
    web.open()
    expect(page.locator("#start-title")).to_have_text("Could it be vitamin B12 deficiency rather than ALS?")
    red_flags = [item for item in web.api_get("/v1/symptoms")["items"] if item["red_flag"]]
    expect(page.locator("#red-flag-list li")).to_have_count(len(red_flags))
    expect(page.get_by_text("Breathless while resting")).to_be_visible()
    expect(page.locator("#none-of-these")).to_be_visible()
    web.screenshot("start")

    # When the person has none of the warning signs and describes their symptoms in their own words
    web.none_of_these()
    web.describe(RICH_TEXT)

    # Then what the text was understood as is shown, removably, before any question
    web.wait_for_step("questions")
    chips = web.chips()
    for understood in (
        "Pins and needles or tingling: yes",
        "Weak legs: yes",
        "Muscle twitching: yes",
        "Taking metformin: yes",
    ):
        assert any(" ".join(chip.split()).startswith(understood) for chip in chips), chips
    expect(page.locator("#question-list fieldset").first).to_be_visible()
    web.screenshot("interview")

    # When one misreading is removed
    before = web.responses()
    page.get_by_role("button", name="Remove “Taking metformin: yes”").click()
    web.wait_for_responses(before + 1)
    assert not any(chip.startswith("Taking metformin") for chip in web.chips())

    # And they answer "don't know" round after round, until the page stops asking
    rounds = web.answer_until_result("unknown")
    assert 1 <= rounds <= 5

    # Then the result shows the picture, the leaning in words, triage, tests and the disclaimer
    picture = page.locator("#overlap-picture svg[role=img]")
    expect(picture).to_be_visible()
    assert picture.get_attribute("data-layout") == "wide"
    description = picture.locator("desc")
    expect(description).to_contain_text("Shared by both: Weak legs.")
    expect(description).to_contain_text("Points to B12 deficiency: Numbness; Pins and needles or tingling.")
    expect(description).to_contain_text("Argues against ALS: Numbness; Pins and needles or tingling.")
    expect(picture.locator("text", has_text="Weak legs")).to_have_count(1)
    expect(page.locator("#leaning-words")).to_have_text("Your answers look more like vitamin B12 deficiency than ALS.")
    expect(page.locator("#leaning-summary")).not_to_be_empty()
    expect(page.locator("#triage-words")).to_have_text("Please book an appointment with your doctor.")
    expect(page.locator("#tests-list li").first).to_contain_text("B12")
    expect(page.locator("#result-disclaimer")).to_contain_text("not a diagnosis")
    expect(page.locator("#told-us")).to_contain_text(RICH_TEXT)
    expect(page.locator("#result-title")).to_be_focused()
    web.screenshot("result")
    page.evaluate("window.scrollTo(0, 0)")
    web.screenshot("result-top", full_page=False)  # the README's picture (docs/images/web-result.png)
    page.locator(".overlap-figure").screenshot(path=str(SCREENSHOTS / "overlap.png"))

    # And every API call went to the same origin, with the key "local", and carried no cookie
    api = web.api_requests()
    assert api, "the page called the API"
    for request in api:
        assert request.headers.get("x-api-key") == "local"
        assert "cookie" not in request.headers
    posts = [json.loads(request.post_data or "{}") for request in api if request.url.endswith("/v1/assessments")]
    assert posts[0]["text"] == RICH_TEXT
    assert all("text" not in body for body in posts[1:]), "the text is sent once, then travels as evidence"
    sent = {item["id"]: item["state"] for item in posts[1]["evidence"]}
    assert sent["tingling"] == "present", pretty(posts[1])
    assert sent["breathless_at_rest"] == "absent", pretty(posts[1])
    assert "metformin_use" not in sent, "a removed chip is not sent again"

    # And nothing was stored in the browser
    web.assert_nothing_stored()


def test_a_red_flag_turns_the_page_into_an_emergency_message(web: WebPage) -> None:
    page = web.page
    web.open()
    # When the person ticks "breathless while resting" in the safety check
    page.get_by_label("Breathless while resting").check()
    page.locator("#checklist-continue").click()

    # Then the page is an emergency message: an alert, at the top, with the focus, and nothing else
    web.wait_for_step("emergency")
    emergency = page.locator("#emergency")
    expect(emergency).to_have_attribute("role", "alert")
    expect(emergency).to_be_focused()
    expect(emergency.get_by_role("heading", level=1)).to_have_text("Call an ambulance now")
    expect(emergency).to_contain_text("emergency number")
    expect(emergency).to_contain_text("short of breath while sitting still")
    for step in ("start", "describe", "questions", "result"):
        expect(page.locator(f"#step-{step}")).to_be_hidden()
    first = page.locator("main").evaluate("main => main.querySelector('h1:not([hidden])').closest('section').id")
    assert first == "emergency"
    box = emergency.bounding_box()
    assert box is not None
    assert box["y"] < 200, "the emergency is at the top of the page"
    web.screenshot("emergency")

    # And a mistaken tick can be undone
    page.locator("#emergency-back").click()
    web.wait_for_step("start")
    expect(page.locator("#emergency")).to_have_count(0)


def test_an_emergency_found_in_the_typed_text_stops_the_interview(web: WebPage) -> None:
    page = web.page
    web.open()
    web.none_of_these()
    page.locator("#free-text").fill("For a week I have been short of breath even sitting still.")
    page.locator("#describe-submit").click()
    web.wait_for_step("emergency")
    expect(page.locator("#emergency")).to_be_focused()
    expect(page.locator("#question-list fieldset")).to_have_count(0)


def test_text_that_is_not_understood_is_said_kindly_and_can_be_corrected(web: WebPage) -> None:
    page = web.page
    web.open()
    web.none_of_these()
    # When the person writes something with no symptom the service knows
    web.describe("blorp zing the quick brown fox")

    # Then they stay where they are, with their words, and are told kindly
    web.wait_for_step("describe")
    message = page.locator("#not-understood")
    expect(message).to_be_visible()
    expect(message).to_have_attribute("role", "alert")
    expect(message).to_be_focused()
    expect(message).to_contain_text("We did not understand that")
    expect(page.locator("#free-text")).to_have_value("blorp zing the quick brown fox")
    web.screenshot("not-understood")

    # And picking a symptom from the list lets the interview go on
    page.locator("#picker-input").fill("tingl")
    page.get_by_role("option", name="Pins and needles or tingling").click()
    expect(page.locator("#picked-chips li")).to_have_count(1)
    before = web.responses()
    page.locator("#describe-submit").click()
    web.wait_for_responses(before + 1)
    web.wait_for_step("questions")
    assert any(chip.startswith("Pins and needles") for chip in web.chips())


def test_the_whole_interview_works_by_keyboard_alone(web: WebPage) -> None:
    page = web.page
    keys = page.keyboard
    web.open()
    # The first Tab reaches the skip link
    keys.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()

    # Safety check: "None of these", then Continue
    web.tab_to("#none-of-these")
    keys.press("Space")
    expect(page.locator("#none-of-these")).to_be_checked()
    web.tab_to("#checklist-continue")
    keys.press("Enter")
    web.wait_for_step("describe")
    expect(page.locator("#describe-title")).to_be_focused()

    # Own words, then a symptom chosen from the list with the arrow keys
    web.tab_to("#free-text")
    keys.type("My hands feel weak and my feet tingle.")
    web.tab_to("#picker-input")
    keys.type("cramp")
    expect(page.get_by_role("option").first).to_be_visible()
    keys.press("ArrowDown")
    expect(page.locator("#picker-input")).to_have_attribute("aria-activedescendant", "picker-option-0")
    keys.press("Enter")
    expect(page.locator("#picked-chips li")).to_have_count(1)
    expect(page.locator("#picker-input")).to_be_focused()
    before = web.responses()
    web.tab_to("#describe-submit")
    keys.press("Enter")
    web.wait_for_responses(before + 1)
    web.wait_for_step("questions")
    expect(page.locator("#questions-title")).to_be_focused()

    # A chip is removed with the keyboard
    chips_before = len(web.chips())
    before = web.responses()
    web.tab_to("#understood-chips li:first-child button")
    keys.press("Enter")
    web.wait_for_responses(before + 1)
    assert len(web.chips()) == chips_before - 1
    expect(page.locator("#understood-chips li:first-child button")).to_be_focused()  # the next one

    # Each question is answered with Tab and the arrow keys (the radios' own keyboard model)
    questions = page.locator("#question-list fieldset")
    for index in range(questions.count()):
        web.tab_to(f"#question-list fieldset:nth-child({index + 1}) input[value=present]")
        keys.press("ArrowRight")  # "Yes" -> "No", which also selects it
        expect(questions.nth(index).locator("input[value=absent]")).to_be_checked()
    before = web.responses()
    web.tab_to("#questions-submit")
    keys.press("Enter")
    web.wait_for_responses(before + 1)

    # Results on request, and the print button is reachable
    if page.locator("body").get_attribute("data-step") == "questions":
        web.tab_to("#show-results")
        keys.press("Enter")
    web.wait_for_step("result")
    expect(page.locator("#result-title")).to_be_focused()
    web.tab_to("#print-button")
    outline = web.focused().evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none", "the focused control shows where the focus is"


def test_a_phone_sized_screen_gets_the_whole_interview_without_sideways_scrolling(phone: WebPage) -> None:
    page = phone.page
    phone.open()
    phone.screenshot("start-phone")
    phone.none_of_these()
    phone.describe(TYPED_TEXT)
    phone.wait_for_step("questions")
    phone.screenshot("interview-phone")
    phone.answer_round("absent")
    if page.locator("body").get_attribute("data-step") == "questions":
        page.locator("#show-results").click()
    phone.wait_for_step("result")
    picture = page.locator("#overlap-picture svg")
    assert picture.get_attribute("data-layout") == "narrow"
    box = picture.bounding_box()
    assert box is not None
    assert box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot("result-phone")


def test_the_print_view_carries_the_result_and_what_was_entered_only(web: WebPage) -> None:
    page = web.page
    web.open()
    web.none_of_these()
    web.describe(TYPED_TEXT)
    web.wait_for_step("questions")
    page.locator("#show-results").click()
    web.wait_for_step("result")

    page.emulate_media(media="print")
    expect(page.locator(".print-header")).to_be_visible()
    expect(page.locator("#print-date")).to_contain_text("Prepared on")
    expect(page.locator("#overlap-picture svg")).to_be_visible()
    expect(page.locator("#told-us")).to_contain_text(TYPED_TEXT)
    for hidden in ("#print-button", ".site-header", ".site-footer", "#step-questions", "#step-start"):
        expect(page.locator(hidden)).to_be_hidden()
    web.screenshot("print")
    page.pdf(path=str(SCREENSHOTS / "for-your-doctor.pdf"), format="A4")
    page.emulate_media(media="screen")
    expect(page.locator("#print-button")).to_be_visible()


def test_no_serious_accessibility_violations_in_any_state(web: WebPage, phone: WebPage) -> None:
    found: dict[str, list[dict[str, object]]] = {}
    for client, size in ((web, "wide"), (phone, "phone")):
        page = client.page
        client.open()
        found[f"start/{size}"] = client.serious_accessibility_violations()
        client.none_of_these()
        page.locator("#picker-input").fill("numb")
        expect(page.get_by_role("option").first).to_be_visible()
        found[f"describe/{size}"] = client.serious_accessibility_violations()
        client.describe(TYPED_TEXT)
        client.wait_for_step("questions")
        found[f"questions/{size}"] = client.serious_accessibility_violations()
        page.locator("#show-results").click()
        client.wait_for_step("result")
        found[f"result/{size}"] = client.serious_accessibility_violations()
        page.locator("#start-again").click()
        client.wait_for_step("start")
        page.get_by_label("Coughing or choking when drinking or eating").check()
        page.get_by_label("Breathless while resting").check()
        page.locator("#checklist-continue").click()
        client.wait_for_step("emergency")
        found[f"emergency/{size}"] = client.serious_accessibility_violations()
    assert {state: v for state, v in found.items() if v} == {}, pretty(found)
