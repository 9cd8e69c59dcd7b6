"""Asking for email alerts: double opt-in, repeats, bad addresses, bots, unsubscribing."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.utils import timezone

from consultations.factories import ConsultationPageFactory
from consultations.models import ConsultationTopic
from consultations.tests.test_reports import publish_results
from home.models import SubscriptionStatus
from subscriptions.models import AlertKind, Subscription
from subscriptions.tests.conftest import CONFIRM_LINK, UNSUBSCRIBE_LINK, link_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(consultation_index):
    return ConsultationPageFactory(parent=consultation_index, title="Minor injury units", slug="minor-injury-units")


@pytest.fixture
def topics(db):
    return [
        ConsultationTopic.objects.create(title="Urgent care", slug="urgent-care"),
        ConsultationTopic.objects.create(title="Stroke", slug="stroke"),
    ]


def ask_near_me(client, **changes):
    data = {"wants": ["consultations", "sessions"], "towns": ["wisbech"], "email": "Resident@Example.org "}
    data.update(changes)
    return client.post("/subscribe/", data)


def test_the_consultation_page_has_a_results_alert_form_that_keeps_the_page_cacheable(client, consultation):
    page = client.get(consultation.url)
    soup = BeautifulSoup(page.content, "html.parser")
    form = soup.find("form", action=f"/subscribe/consultation/{consultation.pk}/")
    assert form is not None and form.find("input", {"name": "email"})
    assert not form.find("input", {"name": "csrfmiddlewaretoken"}), "no token, so the page can be shared by the cache"
    assert page.get("X-Page-Cache") == "miss"


def test_the_results_alert_form_is_gone_once_the_results_are_published(client, consultation):
    publish_results(consultation)
    page = client.get(consultation.url)
    assert b"/subscribe/consultation/" not in page.content


def test_asking_for_a_results_alert_sends_a_link_that_confirms_only_after_a_press(client, consultation):
    response = client.post(f"/subscribe/consultation/{consultation.pk}/", {"email": " Resident@Example.org "})
    assert response.status_code == 302 and response["Location"] == "/subscribe/check-your-email/"
    subscription = Subscription.objects.get()
    assert (subscription.email, subscription.kind, subscription.consultation_id) == (
        "resident@example.org",
        AlertKind.RESPONSE,
        consultation.pk,
    )
    assert b"resident@example.org" in client.get("/subscribe/check-your-email/").content
    assert len(mail.outbox) == 1 and "Minor injury units" in mail.outbox[0].body

    confirm_path = link_in(mail.outbox[0], CONFIRM_LINK)
    page = client.get(confirm_path)
    assert page.status_code == 200 and b"Confirm" in page.content
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.PENDING, "opening the link alone does not confirm"

    client.post(confirm_path)
    client.post(confirm_path)
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.CONFIRMED
    assert len(mail.outbox) == 2, "pressing twice sends one welcome"
    assert mail.outbox[1].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail.outbox[1].extra_headers["List-Unsubscribe"].startswith("<http://testserver/subscribe/unsubscribe/")


def test_asking_for_news_near_me_saves_the_choices_and_confirms_them(client, home_page, topics):
    response = ask_near_me(client, topics=[topics[1].pk])
    assert response.status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.kind == AlertKind.NEAR_ME and subscription.towns == ["wisbech"]
    assert list(subscription.topics.all()) == [topics[1]]
    assert "New consultations about Stroke" in mail.outbox[0].body
    assert "New assembly sessions in Wisbech" in mail.outbox[0].body
    page = client.post(link_in(mail.outbox[0], CONFIRM_LINK))
    assert b"Your email alert is set up" in page.content
    subscription.refresh_from_db()
    assert subscription.status == SubscriptionStatus.CONFIRMED


def test_asking_again_makes_no_second_row_and_the_page_says_the_same(client, home_page):
    first = ask_near_me(client)
    client.post(link_in(mail.outbox[0], CONFIRM_LINK))
    again = ask_near_me(client, towns=["ely"])
    assert Subscription.objects.count() == 1
    assert first["Location"] == again["Location"], "nobody can tell from the page whether an address is on the list"
    assert Subscription.objects.get().towns == ["wisbech"], "a confirmed alert is not changed by someone else asking"
    assert mail.outbox[-1].subject == "You already get these emails from Fit for the Future"


def test_asking_again_before_confirming_sends_a_new_link_and_the_old_one_stops_working(client, home_page):
    ask_near_me(client)
    ask_near_me(client, towns=["ely"])
    assert Subscription.objects.count() == 1 and Subscription.objects.get().towns == ["ely"]
    old, new = link_in(mail.outbox[0], CONFIRM_LINK), link_in(mail.outbox[1], CONFIRM_LINK)
    assert old != new
    assert client.get(old).status_code == 404
    assert client.get(new).status_code == 200


def test_one_address_gets_at_most_three_confirmation_emails_an_hour(client, home_page):
    for _ in range(5):
        ask_near_me(client)
    assert len(mail.outbox) == 3
    assert Subscription.objects.count() == 1


def test_a_bad_email_is_shown_back_with_a_linked_error(client, consultation):
    response = client.post(f"/subscribe/consultation/{consultation.pk}/", {"email": "not an email"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.string.startswith("Error:")
    assert soup.select_one(".nhsuk-error-summary__list a")["href"] == "#id_email"
    assert soup.find(id="id_email")["value"] == "not an email"
    assert not Subscription.objects.exists() and mail.outbox == []


def test_the_near_me_form_keeps_choices_when_the_email_is_missing(client, home_page):
    response = ask_near_me(client, email="", wants=["sessions"])
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.string.startswith("Error:")
    assert "Enter your email address" in soup.select_one(".nhsuk-error-summary").get_text()
    assert soup.find("input", {"name": "wants", "value": "sessions"}).has_attr("checked")
    assert soup.find("input", {"name": "towns", "value": "wisbech"}).has_attr("checked")


def test_the_near_me_form_needs_something_to_hear_about(client, home_page):
    response = ask_near_me(client, wants=[])
    assert b"Choose what you want to hear about" in response.content
    assert not Subscription.objects.exists()


def test_a_filled_honeypot_stores_nothing_and_sends_nothing(client, consultation):
    response = client.post(
        f"/subscribe/consultation/{consultation.pk}/", {"email": "bot@example.org", "website": "http://spam"}
    )
    assert response.status_code == 302
    assert not Subscription.objects.exists() and mail.outbox == []


def test_too_many_requests_from_one_address_get_a_clear_page(client, home_page):
    for number in range(10):
        ask_near_me(client, email=f"person{number}@example.org")
    response = ask_near_me(client, email="one.more@example.org")
    assert response.status_code == 429
    assert b"Too many attempts" in response.content


def test_asking_for_results_that_are_already_published_points_to_them(client, consultation):
    publish_results(consultation)
    response = client.post(f"/subscribe/consultation/{consultation.pk}/", {"email": "resident@example.org"})
    assert b"The results are already published" in response.content
    assert not Subscription.objects.exists()


def test_an_unknown_consultation_is_a_404(client, home_page):
    assert client.get("/subscribe/consultation/999999/").status_code == 404


def test_one_click_unsubscribe_deletes_the_row_and_the_address(client, home_page):
    ask_near_me(client)
    client.post(link_in(mail.outbox[0], CONFIRM_LINK))
    unsubscribe_path = link_in(mail.outbox[-1], UNSUBSCRIBE_LINK)
    assert client.get(unsubscribe_path).status_code == 200
    assert Subscription.objects.exists(), "opening the link alone does not unsubscribe"
    response = client.post(unsubscribe_path, {"List-Unsubscribe": "One-Click"})
    assert b"we have deleted your email address" in response.content
    assert not Subscription.objects.filter(email="resident@example.org").exists()
    assert not Subscription.objects.exists()
    again = client.post(unsubscribe_path)
    assert b"not on our list" in again.content


def test_an_expired_confirmation_link_gives_a_clear_page(client, home_page):
    ask_near_me(client)
    Subscription.objects.update(requested_at=timezone.now() - timedelta(days=30))
    response = client.get(link_in(mail.outbox[0], CONFIRM_LINK))
    assert response.status_code == 404
    assert b"This link has expired" in response.content


def test_staff_reading_a_report_before_publication_can_ask_for_the_results_email(client, consultation):
    from home.factories import UserFactory

    client.force_login(UserFactory(groups=["Councillors"]))
    page = client.get(consultation.url + "report/")
    assert page.status_code == 200
    assert f'action="/subscribe/consultation/{consultation.pk}/"'.encode() in page.content
