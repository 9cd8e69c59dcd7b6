"""Writes for assemblies: booking, waiting list, cancelling, capacity, attendance and retention.

Every change to who holds a place takes a lock on the session row first (select_for_update on
PostgreSQL; on SQLite the settings open every transaction with BEGIN IMMEDIATE, which serialises
writers). Seats are numbered 1..capacity and a unique (session, seat_number) constraint backs the
rule in the database: two people can never hold the same seat, whatever the code above does.
"""

from __future__ import annotations

import base64
import binascii
import enum
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from assemblies.models import Session, Signup, SignupStatus
from assemblies.models.signups import new_nonce
from fitforfuture.audit import AuditAction, audit_record
from fitforfuture.cache import purge_all_pages

CANCEL_SALT = "assemblies.cancel"
RESEND_SALT = "assemblies.resend"
RESEND_MAX_AGE = 60 * 60


class SessionNotBookable(Exception):
    """The session is over, closed or unknown: nobody can sign up now."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class CapacityError(Exception):
    """A capacity change that would take places away from people who have them."""


class Outcome(enum.StrEnum):
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    ALREADY_BOOKED = "already_booked"


@dataclass(frozen=True)
class Person:
    """What someone told us when signing up."""

    name: str
    email: str
    phone: str = ""
    town: str = ""
    needs_step_free: bool = False
    needs_hearing_loop: bool = False
    needs_interpreter: bool = False
    interpreter_language: str = ""
    needs_bsl: bool = False
    other_access_needs: str = ""
    dietary_needs: str = ""
    consent: bool = False


@dataclass(frozen=True)
class SignupResult:
    signup: Signup
    outcome: Outcome


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def _emails():
    # Imported late: tasks import the models, and the models are loaded by Django first.
    from assemblies import tasks

    return tasks


def _after_commit(task, **kwargs) -> None:
    """Queue an email once the booking is committed: never for a booking that was rolled back,
    and without holding the session lock while the task backend works."""
    transaction.on_commit(partial(task.enqueue, **kwargs), robust=True)


def _reminder_after_commit(signup: Signup) -> None:
    transaction.on_commit(partial(_emails().schedule_reminder, signup=signup), robust=True)


def _lock(session_id: int) -> Session:
    return Session.objects.select_for_update().select_related("assembly").get(pk=session_id)


def _next_position(session: Session) -> int:
    return (Signup.objects.filter(session=session).aggregate(top=Max("position"))["top"] or 0) + 1


def _free_seats(session: Session) -> list[int]:
    taken = set(Signup.objects.filter(session=session, seat_number__isnull=False).values_list("seat_number", flat=True))
    return [seat for seat in range(1, session.capacity + 1) if seat not in taken]


def _fill_free_seats(session: Session) -> list[Signup]:
    """Give free seats to the people at the front of the waiting list. Caller holds the session lock."""
    free = _free_seats(session)
    if not free:
        return []
    promoted = list(
        Signup.objects.filter(session=session, status=SignupStatus.WAITING).order_by("position")[: len(free)]
    )
    now = timezone.now()
    for signup, seat in zip(promoted, free, strict=False):
        signup.status = SignupStatus.CONFIRMED
        signup.seat_number = seat
        signup.promoted_at = now
        signup.save(update_fields=["status", "seat_number", "promoted_at"])
        _after_commit(_emails().send_signup_email, signup_id=signup.pk, kind="promoted")
        _reminder_after_commit(signup)
    return promoted


def _check_bookable(session: Session) -> None:
    if session.is_past:
        raise SessionNotBookable("past")
    if not session.signup_open:
        raise SessionNotBookable("closed")
    if not session.assembly.live:
        raise SessionNotBookable("unknown")


def signup_create(*, session: Session, person: Person) -> SignupResult:
    """Book a place, or a place on the waiting list when the session is full.

    The same email address (in any case, with any spaces around it) is only booked once per
    session: a second attempt returns the existing sign-up with Outcome.ALREADY_BOOKED.
    """
    if not person.consent:
        raise ValueError("A sign-up needs the person's consent to keep their details.")
    email = normalise_email(person.email)
    with transaction.atomic():
        locked = _lock(session.pk)
        existing = (
            Signup.objects.filter(session=locked, email=email).exclude(status=SignupStatus.CANCELLED).first()
            if email
            else None
        )
        if existing is not None:
            return SignupResult(existing, Outcome.ALREADY_BOOKED)
        _check_bookable(locked)
        free = _free_seats(locked)
        signup = Signup.objects.create(
            session=locked,
            status=SignupStatus.CONFIRMED if free else SignupStatus.WAITING,
            seat_number=free[0] if free else None,
            position=_next_position(locked),
            name=person.name.strip(),
            email=email,
            phone=person.phone.strip(),
            town=person.town,
            needs_step_free=person.needs_step_free,
            needs_hearing_loop=person.needs_hearing_loop,
            needs_interpreter=person.needs_interpreter or bool(person.interpreter_language.strip()),
            interpreter_language=person.interpreter_language.strip(),
            needs_bsl=person.needs_bsl,
            other_access_needs=person.other_access_needs.strip(),
            dietary_needs=person.dietary_needs.strip(),
            consented_at=timezone.now(),
        )
        outcome = Outcome.CONFIRMED if free else Outcome.WAITING
        _after_commit(_emails().send_signup_email, signup_id=signup.pk, kind=str(outcome))
        if free:
            _reminder_after_commit(signup)
    purge_all_pages()
    return SignupResult(signup, outcome)


def signup_resend_confirmation(*, signup: Signup) -> None:
    """Send the person's latest email again: their place, or their place on the waiting list."""
    if signup.status == SignupStatus.CANCELLED or not signup.email:
        return
    kind = "waiting" if signup.status == SignupStatus.WAITING else "confirmed"
    _emails().send_signup_email.enqueue(signup_id=signup.pk, kind=kind)


def signup_cancel(*, signup: Signup, actor=None) -> tuple[bool, list[Signup]]:
    """Cancel a place; the first on the waiting list gets it at once. Returns (cancelled now, promoted)."""
    with transaction.atomic():
        locked = _lock(signup.session_id)
        current = Signup.objects.get(pk=signup.pk)
        if current.status == SignupStatus.CANCELLED:
            return False, []
        had_seat = current.seat_number is not None
        current.status = SignupStatus.CANCELLED
        current.seat_number = None
        current.cancelled_at = timezone.now()
        current.save(update_fields=["status", "seat_number", "cancelled_at"])
        if current.email:
            _after_commit(_emails().send_signup_email, signup_id=current.pk, kind="cancelled")
        promoted = _fill_free_seats(locked) if had_seat and not locked.is_past else []
        if actor is not None:
            audit_record(
                actor=actor,
                action=AuditAction.CHANGE,
                subject=f"sign-up {current.pk}: session {locked.pk}",
                detail="Cancelled by staff",
            )
    purge_all_pages()
    return True, promoted


def session_change_capacity(*, session: Session, capacity: int, actor=None) -> list[Signup]:
    """Change how many places a session has. More places promote from the waiting list;
    fewer places than people already booked are refused: nobody is ever silently un-booked."""
    if capacity < 1:
        raise CapacityError("A session needs at least 1 place.")
    with transaction.atomic():
        locked = _lock(session.pk)
        holders = list(Signup.objects.filter(session=locked, seat_number__isnull=False).order_by("seat_number"))
        if capacity < len(holders):
            raise CapacityError(
                f"{len(holders)} people already have a place, so the session needs at least {len(holders)} places. "
                "To make it smaller, cancel some places first."
            )
        # Seats above the new capacity move down into free seats, one at a time, so the
        # unique seat constraint holds at every step.
        taken = {signup.seat_number for signup in holders}
        free_low = iter(seat for seat in range(1, capacity + 1) if seat not in taken)
        for signup in holders:
            if signup.seat_number > capacity:
                signup.seat_number = next(free_low)
                signup.save(update_fields=["seat_number"])
        old = locked.capacity
        locked.capacity = capacity
        locked.save(update_fields=["capacity"])
        promoted = _fill_free_seats(locked) if not locked.is_past else []
        if old != capacity:
            audit_record(
                actor=actor,
                action=AuditAction.CHANGE,
                subject=f"session {locked.pk}",
                detail=f"Places changed from {old} to {capacity}; {len(promoted)} promoted from the waiting list",
            )
    session.capacity = capacity
    purge_all_pages()
    return promoted


def attendance_mark(*, signup: Signup, attended: bool) -> Signup:
    """Tick someone off on the register (or untick them). Their seat, if any, stays theirs."""
    with transaction.atomic():
        _lock(signup.session_id)
        current = Signup.objects.get(pk=signup.pk)
        if current.status == SignupStatus.CANCELLED:
            return current
        if attended:
            current.status = SignupStatus.ATTENDED
            current.attended_at = current.attended_at or timezone.now()
        elif current.status == SignupStatus.ATTENDED:
            current.status = SignupStatus.CONFIRMED if current.seat_number else SignupStatus.WAITING
            current.attended_at = None
        current.save(update_fields=["status", "attended_at"])
    return current


def walk_in_add(*, session: Session, name: str, person: Person | None = None) -> Signup:
    """Someone who came without booking. They do not take a bookable seat."""
    person = person or Person(name=name, email="")
    with transaction.atomic():
        locked = _lock(session.pk)
        return Signup.objects.create(
            session=locked,
            status=SignupStatus.ATTENDED,
            seat_number=None,
            position=_next_position(locked),
            name=name.strip(),
            email="",
            phone=person.phone.strip(),
            town=person.town,
            needs_step_free=person.needs_step_free,
            needs_hearing_loop=person.needs_hearing_loop,
            needs_bsl=person.needs_bsl,
            is_walk_in=True,
            attended_at=timezone.now(),
        )


# Links in emails -------------------------------------------------------------------------------


def _url_safe(signed: str) -> str:
    # Wagtail page routes only match letters, digits, "_" and "-" in a path segment; a signed
    # value also has ":" in it, so the whole thing is base64-encoded once more.
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def _from_url_safe(token: str) -> str:
    return base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()


def cancel_token(*, signup: Signup) -> str:
    return _url_safe(signing.dumps([signup.pk, signup.cancel_nonce], salt=CANCEL_SALT))


def signup_for_cancel_token(*, token: str) -> Signup | None:
    """The sign-up a cancel link is for, or None if the link was changed or is no longer valid."""
    try:
        signup_id, nonce = signing.loads(_from_url_safe(token), salt=CANCEL_SALT)
    except (signing.BadSignature, ValueError, TypeError, UnicodeDecodeError, binascii.Error):
        return None
    signup = Signup.objects.select_related("session__assembly").filter(pk=signup_id).first()
    if signup is None or signup.cancel_nonce != nonce:
        return None
    return signup


def resend_token(*, signup: Signup) -> str:
    return signing.dumps(signup.pk, salt=RESEND_SALT)


def signup_for_resend_token(*, token: str) -> Signup | None:
    try:
        signup_id = signing.loads(token, salt=RESEND_SALT, max_age=RESEND_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return Signup.objects.select_related("session__assembly").filter(pk=signup_id).first()


# Retention -------------------------------------------------------------------------------------


def signups_anonymise_after_retention(*, now=None, dry_run: bool = False) -> int:
    """Remove names, contact details and free text from sign-ups to sessions that ended more than
    ASSEMBLY_RETENTION_DAYS ago. Counts (who came, access needs ticked) stay for reports."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.ASSEMBLY_RETENTION_DAYS)
    due = Signup.objects.filter(session__ends_at__lt=cutoff, anonymised_at__isnull=True)
    if dry_run:
        return due.count()
    # One fresh nonce for the batch is enough: the signed link also carries the sign-up's id.
    return due.update(
        name="Anonymised",
        email="",
        phone="",
        interpreter_language="",
        other_access_needs="",
        dietary_needs="",
        cancel_nonce=new_nonce(),
        anonymised_at=now,
    )
