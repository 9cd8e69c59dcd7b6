"""Journeys a resident makes with the keyboard alone, in Chromium at phone width."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import focused_element, tab_to

pytestmark = pytest.mark.browser

# The demo site's main menu, in order.
MENU = ["/our-plan/", "/consultations/", "/assemblies/", "/news/", "/faqs/", "/publications/", "/delivery-progress/"]


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_the_main_content(page: Page):
    page.goto("/our-plan/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    expect(skip_link).to_be_in_viewport()

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#maincontent$"))
    main = page.locator("#maincontent")
    expect(main).to_be_focused()
    expect(main).to_be_in_viewport()
    expect(main.get_by_role("heading", level=1)).to_be_in_viewport()


def test_newsletter_signup_by_keyboard_shows_linked_error_then_succeeds(page: Page, mailoutbox):
    page.goto("/newsletter/")
    email = page.get_by_role("textbox", name="Email address")

    tab_to(page, "#id_email")
    page.keyboard.type("not-an-email")
    page.keyboard.press("Enter")

    error_summary = page.locator(".nhsuk-error-summary")
    expect(error_summary).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Error: "))
    error_link = error_summary.get_by_role("link")
    expect(error_link).to_have_text("Enter an email address in the correct format, like name@example.com")
    expect(error_link).to_have_attribute("href", "#id_email")
    expect(email).to_have_value("not-an-email")
    expect(email).to_have_attribute("aria-describedby", re.compile(r"\bid_email-error\b"))
    expect(page.locator("#id_email-error")).to_contain_text("Enter an email address in the correct format")
    assert mailoutbox == []

    page.keyboard.press("Tab")
    expect(error_link).to_be_focused()
    page.keyboard.press("Enter")
    expect(email).to_be_focused()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("Resident@Example.com")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/newsletter/check-your-email/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    expect(page.locator("main")).to_contain_text("resident@example.com")
    assert len(mailoutbox) == 1, [message.subject for message in mailoutbox]
    confirmation = mailoutbox[0]
    assert confirmation.to == ["resident@example.com"]
    assert confirmation.subject == "Confirm your newsletter sign-up"
    assert "/newsletter/confirm/" in confirmation.body


def test_header_search_by_keyboard_lists_results_about_stroke(page: Page):
    page.goto("/")

    stops = tab_to(page, "#search-field")
    assert len(stops) <= 2, f"the search field should come straight after the skip link and logo, not after {stops}"
    page.keyboard.type("stroke")
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/search/\?q=stroke$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    results = page.locator("main .nhsuk-list li")
    expect(results.first).to_be_visible()
    mentions = [text for text in results.all_inner_texts() if "stroke" in text.lower()]
    assert mentions, f"no result mentions stroke: {results.all_inner_texts()}"


def test_faq_answers_open_with_enter_and_space(page: Page):
    page.goto("/faqs/")
    questions = page.locator("details.nhsuk-details")
    assert questions.count() >= 2

    tab_to(page, "details summary")
    first = questions.nth(0)
    expect(first.locator("summary")).to_be_focused()
    expect(first.locator(".nhsuk-details__text")).to_be_hidden()
    page.keyboard.press("Enter")
    expect(first).to_have_attribute("open", "")
    expect(first.locator(".nhsuk-details__text")).to_be_visible()

    # Links inside the open answer come next; then the second question.
    tab_to(page, "details:not([open]) summary")
    second = page.locator("details:has(summary:focus)")
    expect(second.locator(".nhsuk-details__text")).to_be_hidden()
    page.keyboard.press("Space")
    expect(second).to_have_attribute("open", "")
    expect(second.locator(".nhsuk-details__text")).to_be_visible()
    expect(second.locator(".nhsuk-details__text")).not_to_be_empty()

    page.keyboard.press("Enter")
    expect(second.locator(".nhsuk-details__text")).to_be_hidden()


def test_phone_menu_reaches_every_section_by_keyboard_through_more(page: Page):
    page.goto("/")
    toggle = page.locator(".nhsuk-header__menu-toggle")

    reached = []
    opened_more = False
    for _ in range(30):
        page.keyboard.press("Tab")
        focused = page.locator(":focus")
        if focused.evaluate("e => !e.closest('.nhsuk-header__navigation')"):
            if reached or opened_more:
                break  # left the menu
            continue  # not there yet: skip link, logo, search
        if focused.evaluate("e => e.matches('.nhsuk-header__menu-toggle')"):
            expect(toggle).to_have_attribute("aria-expanded", "false")
            page.keyboard.press("Enter")
            expect(toggle).to_have_attribute("aria-expanded", "true")
            opened_more = True
            continue
        expect(focused).to_be_visible()
        reached.append(focused.get_attribute("href"))

    assert reached == MENU, f"menu links reached by Tab: {reached} (last focus: {focused_element(page)})"

    # Following a menu link by keyboard opens that section.
    page.keyboard.press("Shift+Tab")
    expect(page.locator(":focus")).to_have_attribute("href", MENU[-1])
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(MENU[-1]) + "$"))


def test_phone_menu_more_list_closes_with_escape(page: Page):
    page.goto("/")
    toggle = page.locator(".nhsuk-header__menu-toggle")
    if not toggle.is_visible():
        pytest.skip("every menu link fits at phone width: there is no More list")

    tab_to(page, ".nhsuk-header__menu-toggle")
    page.keyboard.press("Enter")
    more_list = page.locator(".nhsuk-header__menu-list")
    expect(more_list).to_be_visible()
    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(more_list).to_be_hidden()
