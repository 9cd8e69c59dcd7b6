"""Staff: Engagement leads see how many people get alerts, and the addresses only with an audit entry."""

import pytest

from django.urls import reverse

from fitforfuture.audit import AuditAction
from fitforfuture.models import AuditEvent
from home.factories import UserFactory
from subscriptions.factories import NearMeSubscriptionFactory, ResponseSubscriptionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribers(home_page):
    NearMeSubscriptionFactory(email="wisbech@example.org", towns=["wisbech"])
    NearMeSubscriptionFactory(email="anywhere@example.org")


def sign_in(client, group):
    client.force_login(UserFactory(groups=[group]))


def test_engagement_leads_see_counts_without_addresses(client, subscribers):
    sign_in(client, "Engagement leads")
    page = client.get(reverse("subscriptions_counts"))
    assert page.status_code == 200
    text = page.content.decode()
    assert "New consultations and assembly sessions" in text
    assert "wisbech@example.org" not in text
    assert not AuditEvent.objects.exists(), "counts are not personal data"


def test_engagement_leads_looking_at_addresses_is_audited(client, subscribers):
    sign_in(client, "Engagement leads")
    page = client.get(reverse("subscriptions_addresses"))
    assert b"wisbech@example.org" in page.content
    event = AuditEvent.objects.get()
    assert (event.action, event.subject, event.row_count) == (AuditAction.VIEW, "email alerts: addresses", 2)


@pytest.mark.parametrize("group", ["Editors", "Councillors"])
def test_editors_and_councillors_see_neither_counts_nor_addresses(client, subscribers, group):
    sign_in(client, group)
    for name in ("subscriptions_counts", "subscriptions_addresses"):
        response = client.get(reverse(name))
        assert response.status_code == 403
        assert b"example.org" not in response.content


def test_every_factory_builds_a_saved_alert(consultation_index):
    from consultations.factories import ConsultationPageFactory

    assert NearMeSubscriptionFactory().pk
    assert ResponseSubscriptionFactory(consultation=ConsultationPageFactory(parent=consultation_index)).pk
