"""A resident answers the minor injury units consultation in Chromium at phone width.

Every step of the journey (questions, an error, about you, check answers, confirmation)
meets WCAG 2.2 AA as far as axe-core can tell, and the answers are stored once.
"""

import re

import pytest
from playwright.sync_api import Page, expect

from consultations.models import Response
from tests.browser.conftest import assert_no_axe_violations, tab_to

pytestmark = pytest.mark.browser

START = "/consultations/minor-injury-units/"


def test_answering_a_consultation_step_by_step_is_accessible_and_stored_once(page: Page):
    before = Response.objects.count()
    page.goto(START)
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Have your say").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your views")
    assert_no_axe_violations(page)

    # Continue without the required answers: a linked error summary, focused.
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_title(re.compile("^Error: "))
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_focused()
    assert_no_axe_violations(page)
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Doddington Hospital")).to_be_focused()

    page.get_by_label("Doddington Hospital").check()
    page.get_by_label("How far I have to travel").check()
    page.get_by_label("Agree", exact=True).check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your comments")
    assert_no_axe_violations(page)
    page.get_by_label(re.compile("Is there anything else")).fill("Please keep Doddington open in the evenings.")
    page.get_by_label(re.compile("What is your postcode")).fill("PE15 0AB")
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("About you")
    assert_no_axe_violations(page)
    page.get_by_label("65 to 74").check()
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you send them")
    assert_no_axe_violations(page)
    page.get_by_label("I agree").check()
    page.get_by_role("button", name="Send my answers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your answers have been sent")
    assert_no_axe_violations(page)
    reference = page.locator(".nhsuk-panel__body strong").inner_text()
    assert Response.objects.count() == before + 1
    stored = Response.objects.get(reference=reference)
    assert stored.postcode_district == "PE15"
    assert stored.age_band == "65 to 74"

    # The back button and a second press of "Send" do not store it again.
    page.go_back()
    page.wait_for_load_state()
    assert Response.objects.count() == before + 1


def press(page: Page, selector: str, key: str = "Enter") -> None:
    """Tab to an element and press a key on it, then wait for any page load it starts."""
    tab_to(page, selector)
    page.keyboard.press(key)
    page.wait_for_load_state()


def test_stroke_consultation_can_be_answered_by_keyboard_alone_at_phone_width(page: Page):
    before = Response.objects.count()
    page.goto("/consultations/stroke-rehabilitation/")
    press(page, "a.nhsuk-button")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your views")

    # "Yes" to the first question, "Agree" (the second option) to the required statement.
    tab_to(page, "input[type=radio][value=yes]")
    page.keyboard.press("Space")
    tab_to(page, "input[type=radio][value=strongly-agree]")
    page.keyboard.press("ArrowDown")
    expect(page.locator("input[type=radio][value=agree]")).to_be_checked()
    press(page, "button[name=continue]")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your comments")
    tab_to(page, "textarea")
    page.keyboard.type("More support at home after a stroke, please.")
    press(page, "button[name=continue]")

    expect(page.get_by_role("heading", level=1)).to_have_text("About you")
    press(page, "main button[type=submit]")

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you send them")
    tab_to(page, "input[name=consent]")
    page.keyboard.press("Space")
    press(page, "main button[type=submit]")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your answers have been sent")
    assert Response.objects.count() == before + 1
