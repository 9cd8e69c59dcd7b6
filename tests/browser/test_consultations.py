"""A resident answers consultations in Chromium at phone width.

Short questionnaires (the demo ones: minor injury units, stroke) are answered on one page; a
long one page by page. Every step of each journey (the form, an error, about you, check answers,
confirmation) meets WCAG 2.2 AA as far as axe-core can tell, and the answers are stored once.
"""

import json
import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from django.utils import timezone

from consultations.demo import miu_questions
from consultations.factories import page_break, question_block
from consultations.models import ConsultationIndexPage, ConsultationPage, Response
from tests.browser.conftest import assert_no_axe_violations, tab_to

pytestmark = pytest.mark.browser

START = "/consultations/minor-injury-units/"


def press(page: Page, selector: str, key: str = "Enter") -> None:
    """Tab to an element and press a key on it, then wait for any page load it starts."""
    tab_to(page, selector)
    page.keyboard.press(key)
    page.wait_for_load_state()


@pytest.fixture
def long_consultation(demo_server) -> str:
    """A consultation with too many questions for one page (the MIU ones and a third page)."""
    index = ConsultationIndexPage.objects.filter(url_path__endswith="/consultations/").first()
    page = ConsultationPage.objects.filter(slug="minor-injury-units-in-depth").first()
    if page is None:
        extra = [
            page_break("A little more"),
            question_block("yes_no", "Have you called NHS 111 in the last year?"),
            question_block("free_text", "What would make it easier to get care near where you live?"),
        ]
        page = ConsultationPage(
            title="Minor injury units in depth",
            slug="minor-injury-units-in-depth",
            intro="More questions about the minor injury units.",
            opens_at=timezone.now() - timedelta(days=1),
            closes_at=timezone.now() + timedelta(days=30),
            questions=json.dumps([*miu_questions(), *extra]),
        )
        index.add_child(instance=page)
    return page.url


def test_a_short_questionnaire_is_answered_on_one_page_accessibly_and_stored_once(page: Page):
    before = Response.objects.count()
    page.goto(START)
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Have your say").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your views")
    expect(page.get_by_role("heading", name="About you")).to_be_visible()
    expect(page.get_by_label("I agree")).to_be_visible()
    assert_no_axe_violations(page)

    # Send without the required answers or consent: a linked error summary, focused; typing kept.
    comments = "Please keep Doddington open in the evenings."
    page.get_by_label(re.compile("Is there anything else")).fill(comments)
    page.get_by_role("button", name="Send my answers").click()
    expect(page).to_have_title(re.compile("^Error: "))
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_count(3)  # two required questions and consent
    expect(page.get_by_label(re.compile("Is there anything else"))).to_have_value(comments)
    assert_no_axe_violations(page)
    summary.get_by_role("link").first.click()
    expect(page.get_by_label("Doddington Hospital")).to_be_focused()

    page.get_by_label("Doddington Hospital").check()
    page.get_by_label("How far I have to travel").check()
    page.get_by_label("Agree", exact=True).check()
    page.get_by_label(re.compile("What is your postcode")).fill("PE15 0AB")
    page.get_by_label("65 to 74").check()
    page.get_by_label("I agree").check()
    page.get_by_role("button", name="Send my answers").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Your answers have been sent")
    assert_no_axe_violations(page)
    reference = page.locator(".nhsuk-panel__body strong").inner_text()
    assert Response.objects.count() == before + 1
    stored = Response.objects.get(reference=reference)
    assert stored.postcode_district == "PE15"
    assert stored.age_band == "65 to 74"
    assert stored.answers.filter(text=comments).exists()

    # The back button, then "Send" pressed again: still one response, and the same confirmation.
    page.go_back()
    page.wait_for_load_state()
    send = page.get_by_role("button", name="Send my answers")
    if send.count():
        send.click()
        page.wait_for_load_state()
    assert Response.objects.count() == before + 1
    if page.locator(".nhsuk-panel__body strong").count():
        assert page.locator(".nhsuk-panel__body strong").inner_text() == reference


def test_stroke_consultation_can_be_answered_on_one_page_by_keyboard_alone_at_phone_width(page: Page):
    before = Response.objects.count()
    page.goto("/consultations/stroke-rehabilitation/")
    press(page, "a.nhsuk-button")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your views")
    assert_no_axe_violations(page)

    # "Yes" to the first question, "Agree" (the second option) to the required statement.
    tab_to(page, "input[type=radio][value=yes]")
    page.keyboard.press("Space")
    tab_to(page, "input[type=radio][value=strongly-agree]")
    page.keyboard.press("ArrowDown")
    expect(page.locator("input[type=radio][value=agree]")).to_be_checked()
    tab_to(page, "textarea")
    page.keyboard.type("More support at home after a stroke, please.")

    # Sent without consent: the error summary takes focus, and its link leads to the box.
    press(page, "button[name=send]")
    expect(page).to_have_title(re.compile("^Error: "))
    expect(page.locator(".nhsuk-error-summary")).to_be_focused()
    assert_no_axe_violations(page)
    press(page, ".nhsuk-error-summary a")
    expect(page.locator("input[name=consent]")).to_be_focused()
    page.keyboard.press("Space")
    expect(page.locator("textarea")).to_have_value("More support at home after a stroke, please.")
    press(page, "button[name=send]")

    expect(page.get_by_role("heading", level=1)).to_have_text("Your answers have been sent")
    assert_no_axe_violations(page)
    assert Response.objects.count() == before + 1


def test_a_long_questionnaire_is_answered_step_by_step_accessibly_and_stored_once(page: Page, long_consultation):
    before = Response.objects.count()
    page.goto(long_consultation)
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Have your say").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your views")
    expect(page.get_by_text("Page 1 of 3")).to_be_visible()
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

    expect(page.get_by_role("heading", level=1)).to_have_text("A little more")
    assert_no_axe_violations(page)
    page.get_by_label("No", exact=True).check()
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
