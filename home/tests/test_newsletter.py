"""Newsletter sign-up with double opt-in and one-click unsubscribe."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.utils import timezone

from home.models import NewsletterSubscription, SubscriptionStatus


def link_in(message, pattern):
    return re.search(pattern, message.body).group(0).replace("http://testserver", "")


@pytest.fixture
def signed_up(client, home_page):
    response = client.post("/newsletter/", {"email": " Resident@Example.org "})
    assert response.status_code == 302
    return NewsletterSubscription.objects.get()


def test_signup_sends_a_confirmation_link_and_waits_for_it(client, signed_up):
    assert signed_up.email == "resident@example.org"
    assert signed_up.status == SubscriptionStatus.PENDING
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["resident@example.org"]
    assert mail.outbox[0].alternatives, "the email has an HTML part as well as plain text"
    check = client.get("/newsletter/check-your-email/")
    assert b"resident@example.org" in check.content


def test_confirmation_link_asks_for_a_press_then_subscribes(client, signed_up):
    confirm_path = link_in(mail.outbox[0], r"http://testserver/newsletter/confirm/[^/\s]+/")
    page = client.get(confirm_path)
    assert page.status_code == 200
    signed_up.refresh_from_db()
    assert signed_up.status == SubscriptionStatus.PENDING, "opening the link alone does not subscribe"
    client.post(confirm_path)
    signed_up.refresh_from_db()
    assert signed_up.status == SubscriptionStatus.CONFIRMED
    welcome = mail.outbox[-1]
    assert welcome.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_expired_confirmation_link_gives_a_clear_page(client, signed_up):
    signed_up.requested_at = timezone.now() - timedelta(days=30)
    signed_up.save()
    response = client.get(f"/newsletter/confirm/{signed_up.confirm_token}/")
    assert response.status_code == 404
    assert b"This link has expired" in response.content


def test_one_click_unsubscribe_deletes_the_address(client, signed_up):
    client.post(f"/newsletter/confirm/{signed_up.confirm_token}/")
    unsubscribe_path = link_in(mail.outbox[-1], r"http://testserver/newsletter/unsubscribe/[^/\s]+/")
    response = client.post(unsubscribe_path)
    assert b"You have unsubscribed" in response.content
    assert not NewsletterSubscription.objects.exists()
    again = client.post(unsubscribe_path)
    assert b"not on our list" in again.content


def test_signing_up_twice_keeps_one_subscription(client, signed_up):
    client.post("/newsletter/", {"email": "resident@example.org"})
    assert NewsletterSubscription.objects.count() == 1
    assert len(mail.outbox) == 2


def test_bad_email_keeps_what_was_typed_and_links_the_error_summary(client, home_page):
    response = client.post("/newsletter/", {"email": "not an email"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.string.startswith("Error:")
    summary_link = soup.select_one(".nhsuk-error-summary__list a")
    assert summary_link["href"] == "#id_email"
    field = soup.find(id="id_email")
    assert field["value"] == "not an email"
    assert "nhsuk-input--error" in field["class"]
    assert "id_email-error" in field["aria-describedby"]
    assert not NewsletterSubscription.objects.exists()


def test_honeypot_filled_by_a_bot_stores_nothing(client, home_page):
    response = client.post("/newsletter/", {"email": "bot@example.org", "website": "http://spam"})
    assert response.status_code == 302
    assert not NewsletterSubscription.objects.exists()
    assert mail.outbox == []


def test_too_many_signups_from_one_address_get_a_clear_page(client, home_page, settings):
    for number in range(10):
        client.post("/newsletter/", {"email": f"person{number}@example.org"})
    response = client.post("/newsletter/", {"email": "one.more@example.org"})
    assert response.status_code == 429
    assert b"Too many attempts" in response.content
