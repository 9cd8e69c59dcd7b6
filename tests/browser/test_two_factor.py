"""Two-factor sign-in in Chromium: set up the app, get backup codes, sign in again with a code.
Every page is checked with axe and used with the keyboard alone."""

import re

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Page, expect

from home.factories import UserFactory
from tests.browser.conftest import DESKTOP, assert_no_axe_violations, sign_in_to_admin

pytestmark = pytest.mark.browser

USERNAME = "two-factor-editor"
PASSWORD = "correct horse battery staple"


def current_code(user) -> str:
    device = TOTPDevice.objects.get(user=user)
    return f"{TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token():06d}"


def far_future_code(user) -> str:
    device = TOTPDevice.objects.get(user=user)
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + 1000 * device.step
    return f"{totp.token():06d}"


@pytest.fixture
def editor(settings):
    settings.ADMIN_2FA_REQUIRED = True
    user = UserFactory(username=USERNAME, groups=["Editors"])
    yield user
    user.delete()


def sign_in(page: Page) -> None:
    sign_in_to_admin(page, USERNAME, PASSWORD)


def test_staff_set_up_two_factor_and_sign_in_with_a_code(open_page, editor):
    page = open_page(DESKTOP)
    sign_in(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor authentication")
    expect(page.locator(".two-factor-qr svg")).to_be_visible()
    assert_no_axe_violations(page)

    code = page.get_by_label("Code from your app")
    expect(code).to_be_focused()
    page.keyboard.type(far_future_code(editor))
    page.keyboard.press("Enter")
    expect(page.locator("#id_code-error")).to_contain_text("That code is not right")
    expect(code).to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)

    # A person takes longer than the one-second wait after a wrong code; the test does not.
    TOTPDevice.objects.filter(user=editor).update(throttling_failure_timestamp=None)
    code.fill(current_code(editor))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your backup codes")
    expect(page.locator(".two-factor-codes li")).to_have_count(10)
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Continue").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.context.clear_cookies()
    # The code just used cannot be used twice: wait for the next one by using the one after it.
    device = TOTPDevice.objects.get(user=editor)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)
    sign_in(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your security code")
    assert_no_axe_violations(page)
    security_code = page.get_by_label("Security code")
    expect(security_code).to_be_focused()
    page.keyboard.type(current_code(editor))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/$"))
