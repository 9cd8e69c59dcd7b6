"""Assemblies in Chromium: every public assemblies page meets WCAG 2.2 AA as far as axe-core can
tell, and a place can be booked at phone width with the keyboard alone.

Uses the demo content (five upcoming sessions, one per town) served by the harness in
tests/browser/conftest.py. Sign-ups made here stay in the demo database: each test uses its own
email address, and the waiting-list test fills the last session only.
"""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from assemblies import services
from assemblies.models import Session, Signup, SignupStatus
from tests.browser.conftest import DESKTOP, PHONE, assert_no_axe_violations, tab_to

pytestmark = pytest.mark.browser

LISTING = "/assemblies/"
FIRST_SESSION = "main .app-session a.nhsuk-card__link"


def open_first_session(page: Page) -> None:
    page.goto(LISTING)
    page.locator(FIRST_SESSION).first.click()
    page.wait_for_load_state()


def open_signup_form(page: Page) -> None:
    open_first_session(page)
    page.get_by_role("button", name=re.compile("Sign up for this session|Join the waiting list")).click()
    page.wait_for_load_state()


def fill_and_send(page: Page, email: str) -> None:
    page.get_by_label("Full name").fill("Alex Example")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Ely", exact=True).check()
    page.get_by_label("Step-free access (no steps or stairs)").check()
    page.get_by_label(re.compile("^I agree")).check()
    page.get_by_role("button", name=re.compile("Book my place|Join the waiting list")).click()
    page.wait_for_load_state()


def signup_with_error(page: Page) -> None:
    open_signup_form(page)
    page.get_by_role("button", name=re.compile("Book my place|Join the waiting list")).click()
    page.wait_for_load_state()
    expect(page).to_have_title(re.compile("^Error: "))


def booked(page: Page) -> None:
    open_signup_form(page)
    fill_and_send(page, "axe-booked@example.org")
    expect(page.get_by_role("heading", level=1)).to_have_text("You have a place")


def cancel_page(page: Page) -> None:
    open_signup_form(page)
    fill_and_send(page, "axe-cancel@example.org")
    signup = Signup.objects.select_related("session__assembly").get(email="axe-cancel@example.org")
    assembly = signup.session.assembly
    page.goto(assembly.url + assembly.reverse_subpage("cancel", args=[services.cancel_token(signup=signup)]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Cancel your place")


def cancelled(page: Page) -> None:
    cancel_page(page)
    page.get_by_role("button", name="Yes, cancel my place").click()
    page.wait_for_load_state()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your place is cancelled")


def waiting_list(page: Page) -> None:
    """Fill the last session, then sign up to it: the waiting-list confirmation."""
    session = Session.objects.filter(starts_at__isnull=False).order_by("-starts_at").first()
    if not Signup.objects.filter(session=session, status=SignupStatus.CONFIRMED).exists():
        services.signup_create(
            session=session, person=services.Person(name="Full Up", email="full-up@example.org", consent=True)
        )
    held = Signup.objects.filter(session=session).exclude(seat_number=None).count()
    services.session_change_capacity(session=session, capacity=held)
    page.goto(session.assembly.session_url(session, "signup"))
    fill_and_send(page, "axe-waiting@example.org")
    expect(page.get_by_role("heading", level=1)).to_have_text("You are on the waiting list")


def tampered_cancel_link(page: Page) -> None:
    page.goto(LISTING)
    link = page.locator(FIRST_SESSION).first.get_attribute("href")
    page.goto(re.sub(r"sessions/\d+/$", "cancel/not-a-real-link/", link))


VISITS: list[tuple[str, Callable[[Page], None], dict]] = [
    ("listing", lambda page: page.goto(LISTING), PHONE),
    ("listing-desktop", lambda page: page.goto(LISTING), DESKTOP),
    ("listing-one-town", lambda page: page.goto(LISTING + "?town=ely"), PHONE),
    ("session", open_first_session, PHONE),
    ("signup-form", open_signup_form, PHONE),
    ("signup-form-with-errors", signup_with_error, PHONE),
    ("booked", booked, PHONE),
    ("cancel", cancel_page, PHONE),
    ("cancelled", cancelled, PHONE),
    ("waiting-list", waiting_list, PHONE),
    ("cancel-link-that-does-not-work", tampered_cancel_link, PHONE),
    ("past-assembly", lambda page: page.goto(LISTING + "march-2016/"), PHONE),
]


@pytest.mark.parametrize(("name", "visit", "viewport"), VISITS, ids=[name for name, _, _ in VISITS])
def test_assemblies_page_has_no_axe_violations(open_page, name, visit, viewport):
    page = open_page(viewport)
    visit(page)
    assert_no_axe_violations(page)


def test_a_place_can_be_booked_by_keyboard_alone_at_phone_width(page: Page):
    page.goto(LISTING)
    tab_to(page, FIRST_SESSION)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sessions/\d+/$"))
    tab_to(page, "a.nhsuk-button")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sign-up/$"))

    tab_to(page, "#id_name")
    page.keyboard.type("Kim Keyboard")
    tab_to(page, "#id_email")
    page.keyboard.type("kim.keyboard@example.org")
    tab_to(page, "#id_town_0")
    page.keyboard.press("Space")
    tab_to(page, "#id_access_needs_1")
    page.keyboard.press("Space")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    tab_to(page, "main button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/booked/$"))

    expect(page.get_by_role("heading", level=1)).to_have_text("You have a place")
    signup = Signup.objects.get(email="kim.keyboard@example.org")
    assert signup.needs_hearing_loop and signup.town == "cambridge"
