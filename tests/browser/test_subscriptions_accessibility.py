"""Email alerts and the delivery progress page in Chromium: every page meets WCAG 2.2 AA as far
as axe-core can tell, in each state a resident can reach (errors, check your email, confirm,
confirmed, change the choices, unsubscribe, unsubscribed).

Uses the demo content served by the harness in tests/browser/conftest.py. Alerts asked for here
stay in the demo database: each visit uses its own email address.
"""

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from wagtail.models import Locale

from consultations.models import ConsultationPage
from subscriptions import services
from subscriptions.models import Subscription
from tests.browser.conftest import DESKTOP, PHONE, assert_no_axe_violations

pytestmark = pytest.mark.browser

NEAR_ME = "/subscribe/"
CONSULTATION = "/consultations/minor-injury-units/"


def near_me_with_error(page: Page) -> None:
    page.goto(NEAR_ME)
    page.get_by_role("button", name="Email me").click()
    expect(page).to_have_title(re.compile("^Error: "))


def near_me_sent(page: Page) -> None:
    page.goto(NEAR_ME)
    page.get_by_label("New consultations", exact=True).check()
    page.get_by_label("Wisbech").check()
    page.get_by_label("Email address").fill("axe-near-me@example.org")
    page.get_by_role("button", name="Email me").click()
    expect(page).to_have_title(re.compile("^Check your email"))


def results_alert_with_error(page: Page) -> None:
    page.goto(CONSULTATION)
    page.locator("#alert_email").fill("not an email")
    page.get_by_role("button", name="Email me").click()
    expect(page).to_have_title(re.compile("^Error: "))


def _pending(email: str) -> Subscription:
    consultation = ConsultationPage.objects.get(slug="minor-injury-units", locale=Locale.get_default())
    Subscription.objects.filter(email=email).delete()
    return services.response_alert_request(email=email, consultation=consultation)


def confirm_page(page: Page) -> None:
    subscription = _pending("axe-confirm@example.org")
    page.goto(f"/subscribe/confirm/{subscription.confirm_token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your email alert")


def confirmed(page: Page) -> None:
    confirm_page(page)
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your email alert is set up")


def unsubscribe_page(page: Page) -> None:
    subscription = _pending("axe-unsubscribe@example.org")
    page.goto(f"/subscribe/unsubscribe/{subscription.unsubscribe_token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Stop these emails")


def _near_me(email: str) -> Subscription:
    Subscription.objects.filter(email=email).delete()
    return services.near_me_alert_request(
        email=email, new_consultations=True, new_sessions=True, topics=[], towns=["wisbech"]
    )


def change_choices(page: Page) -> None:
    page.goto(f"/subscribe/change/{_near_me('axe-change@example.org').unsubscribe_token}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Change what we email you about")


def change_choices_with_error(page: Page) -> None:
    change_choices(page)
    for box in ("New consultations", "New Public Involvement Assembly sessions"):
        page.get_by_label(box, exact=True).uncheck()
    page.get_by_role("button", name="Save my choices").click()
    expect(page).to_have_title(re.compile("^Error: "))


def choices_saved(page: Page) -> None:
    change_choices(page)
    page.get_by_label("Ely").check()
    page.get_by_role("button", name="Save my choices").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your choices are saved")


def unsubscribed(page: Page) -> None:
    unsubscribe_page(page)
    page.get_by_role("button", name="Unsubscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You have unsubscribed")


VISITS: list[tuple[str, Callable[[Page], None], dict]] = [
    ("near-me-form", lambda page: page.goto(NEAR_ME), PHONE),
    ("near-me-form-desktop", lambda page: page.goto(NEAR_ME), DESKTOP),
    ("near-me-form-with-errors", near_me_with_error, PHONE),
    ("check-your-email", near_me_sent, PHONE),
    ("consultation-page-with-results-alert", lambda page: page.goto(CONSULTATION), PHONE),
    ("results-alert-with-error", results_alert_with_error, PHONE),
    ("confirm", confirm_page, PHONE),
    ("confirmed", confirmed, PHONE),
    ("link-expired", lambda page: page.goto("/subscribe/confirm/not-a-real-link/"), PHONE),
    ("unsubscribe", unsubscribe_page, PHONE),
    ("unsubscribed", unsubscribed, PHONE),
    ("change-choices", change_choices, PHONE),
    ("change-choices-with-error", change_choices_with_error, PHONE),
    ("choices-saved", choices_saved, PHONE),
    ("delivery-progress", lambda page: page.goto("/delivery-progress/"), PHONE),
    ("delivery-progress-desktop", lambda page: page.goto("/delivery-progress/"), DESKTOP),
]


@pytest.mark.parametrize(("name", "visit", "viewport"), VISITS, ids=[name for name, _, _ in VISITS])
def test_alerts_and_delivery_pages_have_no_axe_violations(open_page, name, visit, viewport):
    page = open_page(viewport)
    visit(page)
    assert_no_axe_violations(page)
