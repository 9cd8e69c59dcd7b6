"""The admin page 'Data requests' in Chromium: find a person by email, with a linked error for a
mistyped address; checked with axe."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, assert_no_axe_violations, sign_in_as

pytestmark = pytest.mark.browser


def test_an_engagement_lead_looks_up_a_person_by_email(open_page, engagement_lead):
    page = open_page(DESKTOP)
    sign_in_as(page, engagement_lead)
    page.goto("/admin/data-requests/")
    assert_no_axe_violations(page)

    email = page.get_by_label("Email address of the person")
    email.fill("nobody@")
    page.get_by_role("button", name="Find their data").click()
    expect(page.locator("#id_email-error")).to_contain_text("Enter an email address in the correct format")
    expect(page.get_by_label("Email address of the person")).to_have_value("nobody@")
    assert_no_axe_violations(page)

    page.get_by_label("Email address of the person").fill("nobody@example.org")
    page.get_by_role("button", name="Find their data").click()
    expect(page.get_by_role("heading", name="What we hold about nobody@example.org")).to_be_visible()
    expect(page.get_by_text("Nothing is held under this email address.")).to_be_visible()
    assert_no_axe_violations(page)
