"""Alert emails: one per subscriber and event, sent by the command and its tasks, never twice."""

from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from assemblies.factories import AssemblyIndexPageFactory, AssemblyPageFactory, SessionFactory
from consultations.factories import ConsultationPageFactory
from consultations.models import ConsultationTopic
from consultations.tests.test_reports import publish_results
from home.models import SubscriptionStatus
from subscriptions import services
from subscriptions.factories import NearMeSubscriptionFactory, ResponseSubscriptionFactory
from subscriptions.models import SentAlert, Subscription
from subscriptions.selectors import alerts_due

pytestmark = pytest.mark.django_db


def run_command() -> str:
    from io import StringIO

    out = StringIO()
    call_command("send_subscription_alerts", stdout=out)
    return out.getvalue()


def sent_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


@pytest.fixture
def stroke(db):
    return ConsultationTopic.objects.create(title="Stroke", slug="stroke")


@pytest.fixture
def newly_open(consultation_index, stroke):
    page = ConsultationPageFactory(
        parent=consultation_index,
        title="Stroke services",
        slug="stroke-services",
        opens_at=timezone.now() - timedelta(minutes=5),
    )
    page.topics.add(stroke)
    return page


def test_a_newly_opened_consultation_is_emailed_once_even_when_the_command_runs_twice(newly_open):
    subscriber = NearMeSubscriptionFactory(email="resident@example.org")
    assert "Queued 1 alerts" in run_command()
    assert "Queued 0 alerts" in run_command()
    emails = sent_to("resident@example.org")
    assert len(emails) == 1
    assert emails[0].subject == "New consultation: Stroke services"
    assert "http://testserver/consultations/stroke-services/" in emails[0].body
    assert emails[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert SentAlert.objects.filter(subscription=subscriber, event=f"opened:{newly_open.pk}").count() == 1


def test_the_send_task_itself_refuses_to_send_the_same_alert_twice(newly_open):
    subscriber = NearMeSubscriptionFactory()
    event = f"opened:{newly_open.pk}"
    assert services.alert_send(subscription_id=subscriber.pk, event=event) is True
    assert services.alert_send(subscription_id=subscriber.pk, event=event) is False
    assert len(mail.outbox) == 1


def test_consultation_alerts_follow_the_chosen_topics(newly_open, stroke):
    other = ConsultationTopic.objects.create(title="Maternity", slug="maternity")
    wants_stroke = NearMeSubscriptionFactory(email="stroke@example.org")
    wants_stroke.topics.add(stroke)
    wants_maternity = NearMeSubscriptionFactory(email="maternity@example.org")
    wants_maternity.topics.add(other)
    NearMeSubscriptionFactory(email="everything@example.org")
    NearMeSubscriptionFactory(email="sessions-only@example.org", new_consultations=False)
    run_command()
    assert sorted(message.to[0] for message in mail.outbox) == ["everything@example.org", "stroke@example.org"]


def test_nobody_is_told_about_a_consultation_that_opened_before_they_signed_up_or_long_ago(
    consultation_index, newly_open
):
    NearMeSubscriptionFactory(email="late@example.org", confirmed_at=timezone.now())
    ConsultationPageFactory(parent=consultation_index, opens_at=timezone.now() - timedelta(days=30))
    NearMeSubscriptionFactory(email="early@example.org", confirmed_at=timezone.now() - timedelta(days=60))
    run_command()
    assert [message.to[0] for message in mail.outbox] == ["early@example.org"]
    assert "Stroke services" in mail.outbox[0].subject


def test_unconfirmed_addresses_get_no_alerts(newly_open):
    NearMeSubscriptionFactory(email="pending@example.org", status=SubscriptionStatus.PENDING, confirmed_at=None)
    run_command()
    assert mail.outbox == []


def test_a_published_response_is_emailed_once_and_then_the_address_is_deleted(consultation_index):
    consultation = ConsultationPageFactory(parent=consultation_index, title="Minor injury units")
    ResponseSubscriptionFactory(email="waiting@example.org", consultation=consultation)
    run_command()
    assert mail.outbox == [], "nothing is sent before the response is published"
    publish_results(consultation)
    run_command()
    run_command()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "We have published what we heard: Minor injury units"
    assert consultation.url in mail.outbox[0].body.replace("http://testserver", "")
    assert not Subscription.objects.filter(email="waiting@example.org").exists()


def test_a_new_assembly_session_is_emailed_to_people_who_chose_its_town(home_page):
    NearMeSubscriptionFactory(email="wisbech@example.org", towns=["wisbech"])
    NearMeSubscriptionFactory(email="ely@example.org", towns=["ely"])
    NearMeSubscriptionFactory(email="anywhere@example.org", towns=[])
    assembly = AssemblyPageFactory(parent=AssemblyIndexPageFactory(parent=home_page), title="Winter assembly")
    SessionFactory(assembly=assembly, town="wisbech", venue="Wisbech Library")
    run_command()
    run_command()
    assert sorted(message.to[0] for message in mail.outbox) == ["anywhere@example.org", "wisbech@example.org"]
    assert mail.outbox[0].subject == "New Public Involvement Assembly in Wisbech"
    assert "Wisbech Library" in mail.outbox[0].body


def test_a_failed_send_gives_the_claim_back_for_the_next_run(newly_open, monkeypatch):
    subscriber = NearMeSubscriptionFactory()

    def broken(**kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr(services, "send_email_now", broken)
    with pytest.raises(ConnectionError):
        services.alert_send(subscription_id=subscriber.pk, event=f"opened:{newly_open.pk}")
    assert not SentAlert.objects.exists()
    monkeypatch.undo()
    assert [due.subscription_id for due in alerts_due()] == [subscriber.pk]
    run_command()
    assert len(mail.outbox) == 1


def test_the_command_forgets_addresses_nobody_confirmed_in_time(home_page):
    NearMeSubscriptionFactory(
        email="old@example.org",
        status=SubscriptionStatus.PENDING,
        confirmed_at=None,
        requested_at=timezone.now() - timedelta(days=30),
    )
    NearMeSubscriptionFactory(email="new@example.org", status=SubscriptionStatus.PENDING, confirmed_at=None)
    assert "Removed 1 alerts nobody confirmed" in run_command()
    assert list(Subscription.objects.values_list("email", flat=True)) == ["new@example.org"]


def test_a_translated_copy_of_a_new_consultation_is_not_a_second_email(newly_open):
    from wagtail.models import Locale

    polish, _ = Locale.objects.get_or_create(language_code="pl")
    newly_open.copy_for_translation(polish, copy_parents=True).save_revision().publish()
    NearMeSubscriptionFactory(email="resident@example.org")
    run_command()
    assert len(mail.outbox) == 1


def test_publishing_a_consultation_queues_a_scan_for_its_opening_and_publication_dates(consultation_index, settings):
    from django_tasks_db.models import DBTaskResult

    from subscriptions.wagtail_hooks import schedule_alert_scans

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    opens = timezone.now() + timedelta(days=3)
    page = ConsultationPageFactory(
        parent=consultation_index,
        opens_at=opens,
        closes_at=opens + timedelta(days=30),
        response_published_on=(opens + timedelta(days=60)).date(),
    )
    schedule_alert_scans(None, page)
    scans = DBTaskResult.objects.filter(task_path="subscriptions.tasks.send_due_alerts").order_by("run_after")
    assert [scan.run_after for scan in scans][0] == opens
    assert scans.count() == 2
