"""Background tasks for assemblies: every email about a place, and the reminder before the session.

Run by the task worker (`make worker`, i.e. `python manage.py db_worker`). A reminder is queued
with `run_after` when the backend can defer tasks; `python manage.py send_assembly_reminders`
sends any that are due, for set-ups without a deferring backend (and as a safety net).
"""

from __future__ import annotations

from datetime import timedelta

from django_tasks import default_task_backend, task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone

from assemblies.calendar import session_ics
from assemblies.models import Signup, SignupStatus

SUBJECTS = {
    "confirmed": "You have a place at the Public Involvement Assembly",
    "waiting": "You are on the waiting list for the Public Involvement Assembly",
    "promoted": "Good news: you now have a place at the Public Involvement Assembly",
    "reminder": "Reminder: Public Involvement Assembly on {date}",
    "cancelled": "Your place at the Public Involvement Assembly is cancelled",
}
WITH_CALENDAR = {"confirmed", "promoted", "reminder"}


def _absolute(url: str) -> str:
    return url if url.startswith("http") else settings.SITE_URL.rstrip("/") + url


def email_context(*, signup: Signup) -> dict:
    from assemblies import selectors, services

    session = signup.session
    assembly = session.assembly
    cancel_url = _absolute(
        assembly.url + assembly.reverse_subpage("cancel", args=[services.cancel_token(signup=signup)])
    )
    waiting_ahead = 0
    if signup.status == SignupStatus.WAITING:
        waiting_ahead = Signup.objects.filter(
            session=session, status=SignupStatus.WAITING, position__lt=signup.position
        ).count()
    return {
        "signup": signup,
        "session": session,
        "assembly": assembly,
        "session_url": _absolute(assembly.session_url(session)),
        "calendar_url": _absolute(assembly.session_url(session, "calendar")),
        "cancel_url": cancel_url,
        "waiting_number": waiting_ahead + 1,
        "places_left": selectors.places_left(session=session),
        "site_url": settings.SITE_URL.rstrip("/"),
    }


def _send(*, signup: Signup, kind: str) -> None:
    context = email_context(signup=signup)
    local_start = timezone.localtime(signup.session.starts_at)
    subject = SUBJECTS[kind].format(date=f"{local_start:%A %-d %B}")
    text = render_to_string(f"assemblies/email/{kind}.txt", context)
    html = render_to_string(f"assemblies/email/{kind}.html", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, to=[signup.email], from_email=settings.DEFAULT_FROM_EMAIL
    )
    message.attach_alternative(html, "text/html")
    if kind in WITH_CALENDAR:
        ics = session_ics(session=signup.session, cancel_url=context["cancel_url"])
        message.attach("assembly.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")
    message.send()


@task()
def send_signup_email(*, signup_id: int, kind: str) -> bool:
    """Email someone about their place: confirmed, waiting, promoted or cancelled."""
    signup = Signup.objects.select_related("session__assembly").filter(pk=signup_id).first()
    if signup is None or not signup.email or signup.anonymised_at:
        return False
    _send(signup=signup, kind=kind)
    return True


@task()
def send_signup_reminder(*, signup_id: int) -> bool:
    """The reminder before a session. Runs any number of times; sends at most once.

    The conditional UPDATE claims the reminder: only one run can change reminder_sent_at
    from empty, and only that run sends.
    """
    signup = Signup.objects.select_related("session__assembly").filter(pk=signup_id).first()
    if signup is None or not signup.email:
        return False
    session = signup.session
    now = timezone.now()
    if session.starts_at <= now:
        return False
    due_at = session.starts_at - timedelta(days=session.reminder_days)
    if now < due_at:
        # The session moved later since this was queued: try again at the new time.
        schedule_reminder(signup=signup)
        return False
    claimed = Signup.objects.filter(pk=signup.pk, reminder_sent_at__isnull=True, status=SignupStatus.CONFIRMED).update(
        reminder_sent_at=now
    )
    if not claimed:
        return False
    try:
        _send(signup=signup, kind="reminder")
    except Exception:
        # Not sent: give the claim back so a retry (or the reminders command) can send it.
        Signup.objects.filter(pk=signup.pk, reminder_sent_at=now).update(reminder_sent_at=None)
        raise
    return True


def schedule_reminder(*, signup: Signup) -> bool:
    """Queue the reminder for `reminder_days` before the session, if that is still in the future."""
    session = signup.session
    run_after = session.starts_at - timedelta(days=session.reminder_days)
    if run_after <= timezone.now() or not default_task_backend.supports_defer:
        return False
    send_signup_reminder.using(run_after=run_after).enqueue(signup_id=signup.pk)
    return True


def reminders_due(*, now=None) -> list[int]:
    """Sign-ups whose reminder is due and not yet sent (for the reminders command)."""
    from assemblies.models import Session

    now = now or timezone.now()
    due_sessions = [
        session.pk
        for session in Session.objects.filter(starts_at__gt=now).only("pk", "starts_at", "reminder_days")
        if session.starts_at - timedelta(days=session.reminder_days) <= now
    ]
    return list(
        Signup.objects.filter(session__in=due_sessions, status=SignupStatus.CONFIRMED, reminder_sent_at__isnull=True)
        .exclude(email="")
        .values_list("pk", flat=True)
    )
