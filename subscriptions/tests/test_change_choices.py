"""Changing what a "near me" alert is about, with the link in its emails."""

import pytest
from bs4 import BeautifulSoup

from django.core import mail

from consultations.models import ConsultationTopic
from subscriptions.models import Subscription
from subscriptions.tests.conftest import CHANGE_LINK, CONFIRM_LINK, link_in
from subscriptions.tests.test_signup import ask_near_me

pytestmark = pytest.mark.django_db


@pytest.fixture
def confirmed(client, home_page):
    ConsultationTopic.objects.create(title="Urgent care", slug="urgent-care")
    ask_near_me(client)
    client.post(link_in(mail.outbox[-1], CONFIRM_LINK))
    return Subscription.objects.get()


def checked(page, name: str) -> list[str]:
    soup = BeautifulSoup(page.content, "html.parser")
    return [box["value"] for box in soup.find_all("input", attrs={"name": name}) if box.has_attr("checked")]


def test_every_near_me_email_links_to_a_page_that_shows_the_choices_made(client, confirmed):
    welcome = mail.outbox[-1]
    assert welcome.subject == "Your email alert is set up"
    page = client.get(link_in(welcome, CHANGE_LINK))
    assert page.status_code == 200
    assert checked(page, "wants") == ["consultations", "sessions"]
    assert checked(page, "towns") == ["wisbech"]
    assert BeautifulSoup(page.content, "html.parser").find("input", attrs={"name": "email"}) is None


def test_new_choices_are_used_at_once(client, confirmed):
    topic = ConsultationTopic.objects.get()
    saved = client.post(link_in(mail.outbox[-1], CHANGE_LINK), {"wants": ["consultations"], "topics": [topic.pk]})
    assert saved.status_code == 200
    text = BeautifulSoup(saved.content, "html.parser").get_text(" ")
    assert "Your choices are saved" in text and "New consultations about Urgent care" in text
    confirmed.refresh_from_db()
    assert (confirmed.new_consultations, confirmed.new_sessions) == (True, False)
    assert list(confirmed.topics.all()) == [topic]
    assert Subscription.objects.count() == 1


def test_choosing_nothing_is_explained_and_keeps_the_other_choices(client, confirmed):
    page = client.post(link_in(mail.outbox[-1], CHANGE_LINK), {"towns": ["ely"]})
    assert page.status_code == 200
    soup = BeautifulSoup(page.content, "html.parser")
    assert soup.select_one(".nhsuk-error-summary a").get_text(strip=True) == "Choose what you want to hear about"
    assert checked(page, "towns") == ["ely"], "what was ticked is still ticked"
    confirmed.refresh_from_db()
    assert confirmed.towns == ["wisbech"]


def test_asking_again_for_an_address_already_on_the_list_emails_its_owner_the_change_link(client, confirmed):
    ask_near_me(client, towns=["ely"])
    already = mail.outbox[-1]
    assert already.subject == "You already get these emails from Fit for the Future"
    assert link_in(already, CHANGE_LINK) == link_in(mail.outbox[-2], CHANGE_LINK)


def test_a_made_up_or_deleted_link_changes_nothing(client, confirmed):
    link = link_in(mail.outbox[-1], CHANGE_LINK)
    assert client.get("/subscribe/change/not-a-real-link/").status_code == 404
    Subscription.objects.all().delete()
    assert client.post(link, {"wants": ["consultations"]}).status_code == 404


def test_the_unsubscribe_page_offers_to_change_the_choices_instead(client, confirmed):
    from subscriptions.tests.conftest import UNSUBSCRIBE_LINK

    page = BeautifulSoup(client.get(link_in(mail.outbox[-1], UNSUBSCRIBE_LINK)).content, "html.parser")
    assert page.find("a", string="change what we email you about")["href"] == link_in(mail.outbox[-1], CHANGE_LINK)
