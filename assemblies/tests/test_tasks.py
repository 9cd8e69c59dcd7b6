"""Emails about places: calendar invites, and reminders that are sent once however often the task runs."""

from datetime import timedelta

import pytest
from icalendar import Calendar

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from assemblies import services
from assemblies.factories import SessionFactory
from assemblies.models import Signup
from assemblies.tasks import schedule_reminder, send_signup_email, send_signup_reminder
from assemblies.tests.conftest import person


@pytest.fixture
def soon(assembly):
    """A session the day after tomorrow: its two-day reminder is due now."""
    return SessionFactory(assembly=assembly, starts_at=timezone.now() + timedelta(days=1, hours=20), capacity=5)


def test_confirmation_has_a_valid_calendar_invite_in_plain_text_and_html(session):
    signup = services.signup_create(session=session, person=person(1)).signup
    send_signup_email.call(signup_id=signup.pk, kind="confirmed")
    message = mail.outbox[-1]
    html = message.alternatives[0][0]
    assert "Hello Resident 1" in message.body and "Ely Library" in html
    calendar = Calendar.from_ical(message.attachments[0][1])
    event = next(iter(calendar.walk("VEVENT")))
    assert event.decoded("dtstart") == session.starts_at
    assert "Ely Library" in str(event["location"])
    assert "/cancel/" in str(event["description"])


def test_a_reminder_task_run_twice_sends_one_email(soon):
    signup = services.signup_create(session=soon, person=person(1)).signup
    mail.outbox = []
    assert send_signup_reminder.call(signup_id=signup.pk) is True
    assert send_signup_reminder.call(signup_id=signup.pk) is False
    assert len(mail.outbox) == 1 and mail.outbox[0].subject.startswith("Reminder")
    signup.refresh_from_db()
    assert signup.reminder_sent_at is not None


def test_no_reminder_for_cancelled_places(soon):
    signup = services.signup_create(session=soon, person=person(1)).signup
    services.signup_cancel(signup=signup)
    mail.outbox = []
    assert send_signup_reminder.call(signup_id=signup.pk) is False
    assert not mail.outbox


def test_reminders_command_queues_only_what_is_due_and_only_once(soon, session):
    services.signup_create(session=soon, person=person(1))
    services.signup_create(session=session, person=person(2))
    mail.outbox = []
    call_command("send_assembly_reminders", stdout=open("/dev/null", "w"))
    call_command("send_assembly_reminders", stdout=open("/dev/null", "w"))
    assert [message.to for message in mail.outbox] == [["resident1@example.org"]]


def test_reminders_are_queued_to_run_before_the_session_when_the_backend_can_wait(session, monkeypatch):
    from assemblies import tasks

    queued = []

    class DeferringBackend:
        supports_defer = True

    class FakeReminderTask:
        def using(self, *, run_after):
            queued.append(run_after)
            return self

        def enqueue(self, **kwargs):
            queued.append(kwargs)

    monkeypatch.setattr(tasks, "default_task_backend", DeferringBackend())
    monkeypatch.setattr(tasks, "send_signup_reminder", FakeReminderTask())
    signup = Signup(pk=1, session=session)
    assert schedule_reminder(signup=signup) is True
    assert queued == [session.starts_at - timedelta(days=2), {"signup_id": 1}]
