"""Tree rules for assembly pages, and the database constraints that back the booking rules."""

import pytest

from django.db import IntegrityError, transaction

from assemblies.factories import SignupFactory
from assemblies.models import AssemblyIndexPage, AssemblyPage, SignupStatus
from home.models import HomePage, StandardPage


def test_assembly_index_lives_under_the_home_page_only(home_page):
    assert AssemblyIndexPage.can_create_at(home_page)
    assert AssemblyIndexPage in HomePage.allowed_subpage_models()
    assert AssemblyIndexPage not in StandardPage.allowed_subpage_models()


def test_assemblies_live_under_the_assembly_index_only(assembly_index):
    assert AssemblyPage.can_create_at(assembly_index)
    assert AssemblyPage.allowed_parent_page_models() == [AssemblyIndexPage]
    assert AssemblyPage.allowed_subpage_models() == []


def test_database_refuses_two_people_in_one_seat(session):
    SignupFactory(session=session, seat_number=1, position=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        SignupFactory(session=session, seat_number=1, position=2)


def test_database_refuses_a_second_active_booking_for_the_same_email(session):
    SignupFactory(session=session, email="a@example.org", seat_number=1, position=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        SignupFactory(session=session, email="a@example.org", seat_number=2, position=2)


def test_database_refuses_a_waiting_signup_that_holds_a_seat(session):
    with pytest.raises(IntegrityError), transaction.atomic():
        SignupFactory(session=session, status=SignupStatus.WAITING, seat_number=1, position=1)


def test_database_refuses_a_confirmed_signup_without_a_seat(session):
    with pytest.raises(IntegrityError), transaction.atomic():
        SignupFactory(session=session, status=SignupStatus.CONFIRMED, seat_number=None, position=1)


def test_deleting_an_assembly_takes_its_sessions_but_never_anyones_signup(assembly_index):
    from django.db.models import ProtectedError

    from assemblies.factories import AssemblyPageFactory, SessionFactory
    from assemblies.models import Session

    empty = AssemblyPageFactory(parent=assembly_index)
    SessionFactory(assembly=empty)
    empty.delete()
    assert not Session.objects.exists()
    booked = AssemblyPageFactory(parent=assembly_index)
    SignupFactory(session=SessionFactory(assembly=booked))
    with pytest.raises(ProtectedError), transaction.atomic():
        booked.delete()
