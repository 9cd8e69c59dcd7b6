"""Booking rules: places, the waiting list, cancelling, capacity, the register and retention."""

from datetime import timedelta

import pytest

from django.core import mail
from django.utils import timezone

from assemblies import services
from assemblies.factories import SessionFactory
from assemblies.models import Signup, SignupStatus
from assemblies.services import CapacityError, Outcome, SessionNotBookable
from assemblies.tests.conftest import person
from fitforfuture.models import AuditEvent


@pytest.fixture
def book(django_capture_on_commit_callbacks):
    def _book(session, n, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return services.signup_create(session=session, person=person(n, **changes))

    return _book


def test_first_people_get_places_and_the_rest_join_the_waiting_list_in_order(session, book):
    outcomes = [book(session, n).outcome for n in range(1, 5)]
    assert outcomes == [Outcome.CONFIRMED, Outcome.CONFIRMED, Outcome.WAITING, Outcome.WAITING]
    waiting = Signup.objects.filter(session=session, status=SignupStatus.WAITING).order_by("position")
    assert [signup.email for signup in waiting] == ["resident3@example.org", "resident4@example.org"]


def test_same_email_in_any_case_or_spacing_is_booked_only_once(session, book):
    first = book(session, 1)
    again = book(session, 2, email="  RESIDENT1@Example.ORG ")
    assert again.outcome == Outcome.ALREADY_BOOKED
    assert again.signup.pk == first.signup.pk
    assert Signup.objects.filter(session=session).count() == 1


def test_past_and_closed_sessions_take_no_signups(assembly, book):
    past = SessionFactory(assembly=assembly, starts_at=timezone.now() - timedelta(days=1))
    closed = SessionFactory(assembly=assembly, signup_open=False)
    with pytest.raises(SessionNotBookable) as past_error:
        book(past, 1)
    with pytest.raises(SessionNotBookable) as closed_error:
        book(closed, 1)
    assert (past_error.value.reason, closed_error.value.reason) == ("past", "closed")


def test_cancelling_a_place_promotes_the_first_on_the_waiting_list_and_emails_them(
    session, book, django_capture_on_commit_callbacks
):
    first = book(session, 1).signup
    book(session, 2)
    third = book(session, 3).signup
    book(session, 4)
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        cancelled, promoted = services.signup_cancel(signup=first)
    assert cancelled and [signup.pk for signup in promoted] == [third.pk]
    third.refresh_from_db()
    assert third.status == SignupStatus.CONFIRMED and third.seat_number == 1
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert "now have a place" in subjects["resident3@example.org"]
    assert "cancelled" in subjects["resident1@example.org"]


def test_cancelling_twice_changes_nothing_the_second_time(session, book):
    signup = book(session, 1).signup
    assert services.signup_cancel(signup=signup)[0] is True
    assert services.signup_cancel(signup=signup) == (False, [])


def test_more_places_promote_from_the_waiting_list(session, book):
    for n in range(1, 6):
        book(session, n)
    promoted = services.session_change_capacity(session=session, capacity=4)
    assert [signup.email for signup in promoted] == ["resident3@example.org", "resident4@example.org"]
    assert Signup.objects.filter(session=session, status=SignupStatus.WAITING).count() == 1
    assert AuditEvent.objects.filter(subject=f"session {session.pk}").exists()


def test_fewer_places_than_people_booked_is_refused_and_nobody_loses_a_place(session, book):
    book(session, 1)
    book(session, 2)
    with pytest.raises(CapacityError, match="2 people already have a place"):
        services.session_change_capacity(session=session, capacity=1)
    assert Signup.objects.filter(session=session, status=SignupStatus.CONFIRMED).count() == 2


def test_fewer_places_move_people_into_free_seats_below_the_new_number(session, book):
    services.session_change_capacity(session=session, capacity=5)
    signups = [book(session, n).signup for n in range(1, 6)]
    for signup in signups[:3]:
        services.signup_cancel(signup=signup)
    services.session_change_capacity(session=session, capacity=2)
    seats = sorted(
        Signup.objects.filter(session=session).exclude(seat_number=None).values_list("seat_number", flat=True)
    )
    assert seats == [1, 2]


def test_register_ticks_people_off_and_walk_ins_do_not_take_a_bookable_place(session, book):
    signup = book(session, 1).signup
    services.attendance_mark(signup=signup, attended=True)
    signup.refresh_from_db()
    assert signup.status == SignupStatus.ATTENDED and signup.seat_number == 1
    services.attendance_mark(signup=signup, attended=False)
    signup.refresh_from_db()
    assert signup.status == SignupStatus.CONFIRMED
    walk_in = services.walk_in_add(session=session, name="Pat Walker")
    assert walk_in.is_walk_in and walk_in.status == SignupStatus.ATTENDED and walk_in.seat_number is None
    assert book(session, 2).outcome == Outcome.CONFIRMED


def test_a_tampered_cancel_link_finds_nobody(session, book):
    signup = book(session, 1).signup
    token = services.cancel_token(signup=signup)
    assert services.signup_for_cancel_token(token=token).pk == signup.pk
    assert services.signup_for_cancel_token(token=token[:-2] + "xx") is None
    assert services.signup_for_cancel_token(token="not-a-token") is None


def test_retention_anonymises_signups_long_after_the_session(assembly, settings):
    settings.ASSEMBLY_RETENTION_DAYS = 30
    old = SessionFactory(assembly=assembly, starts_at=timezone.now() - timedelta(days=40))
    old_signup = Signup.objects.create(
        session=old,
        status=SignupStatus.ATTENDED,
        position=1,
        name="Old Resident",
        email="old@example.org",
        phone="07700 900123",
        dietary_needs="Vegan",
        needs_step_free=True,
    )
    recent = SessionFactory(assembly=assembly)
    recent_signup = Signup.objects.create(
        session=recent, status=SignupStatus.CONFIRMED, seat_number=1, position=1, name="New", email="new@example.org"
    )
    assert services.signups_anonymise_after_retention(dry_run=True) == 1
    assert services.signups_anonymise_after_retention() == 1
    old_signup.refresh_from_db()
    recent_signup.refresh_from_db()
    assert (old_signup.name, old_signup.email, old_signup.phone, old_signup.dietary_needs) == ("Anonymised", "", "", "")
    assert old_signup.needs_step_free, "counts for reports are kept"
    assert recent_signup.email == "new@example.org"
