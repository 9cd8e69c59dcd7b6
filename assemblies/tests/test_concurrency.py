"""Never overbooked: 300 people signing up at once for 80 places, on SQLite (threads on one
database file) and on PostgreSQL (threads, each with its own connection).

The test runs outside a test transaction so that every thread sees committed data, the way
gunicorn workers do; it removes what it made at the end.
"""

import threading
from collections import Counter

import pytest

from django.conf import settings
from django.core import mail
from django.db import connection, connections

from wagtail.models import Page, Site

from assemblies.factories import AssemblyPageFactory, SessionFactory
from assemblies.models import Session, Signup, SignupStatus
from assemblies.services import Outcome, Person, signup_create

PEOPLE = 300
PLACES = 80
ROUNDS = 3
# PostgreSQL allows 100 clients by default, shared with anything else running: at most this many
# sign-ups hold a connection at once, like the connections of a pool of app servers. SQLite has
# no such limit, so there all 300 run at the same moment.
POSTGRES_CONNECTIONS = 40


CONFIGURED_DATABASE = str(settings.DATABASES["default"]["NAME"])


@pytest.fixture
def db(django_db_setup, django_db_blocker):
    """Replaces pytest-django's `db` here: the test database, without a wrapping transaction,
    so what one thread commits the others see. (Named `db` so that pytest-django creates the
    test database even when this is the only test run.)"""
    if str(connection.settings_dict["NAME"]) == CONFIGURED_DATABASE:
        pytest.fail(f"Refusing to write to {CONFIGURED_DATABASE}: the test database is not set up.")
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def committed(db):
    """An assembly page committed to the test database, removed again at the end."""
    # Inside a site, so that the links in the emails have an address: under the default site's
    # root if there is one, else as the root of a site made for this test.
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    parent = site.root_page if site else Page.get_first_root_node()
    assembly = AssemblyPageFactory(parent=parent, slug="concurrency-test", title="Concurrency test")
    own_site = None
    if site is None:
        own_site = Site.objects.create(hostname="testserver", port=80, root_page=assembly, is_default_site=True)
    yield assembly
    Signup.objects.filter(session__assembly=assembly).delete()
    Session.objects.filter(assembly=assembly).delete()
    if own_site is not None:
        own_site.delete()
    Page.objects.get(pk=assembly.pk).delete()


def sign_up_all_at_once(session, round_number: int) -> tuple[list, list]:
    outcomes, errors = [], []
    start = threading.Barrier(PEOPLE)
    connection_slots = threading.BoundedSemaphore(POSTGRES_CONNECTIONS if connection.vendor == "postgresql" else PEOPLE)

    def one_person(n: int) -> None:
        start.wait()
        with connection_slots:
            try:
                result = signup_create(
                    session=session,
                    person=Person(name=f"Person {n}", email=f"round{round_number}-person{n}@example.org", consent=True),
                )
                outcomes.append(result.outcome)
            except Exception as error:  # every error is a failure of the test, reported below
                errors.append(repr(error))
            finally:
                connections.close_all()

    threads = [threading.Thread(target=one_person, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return outcomes, errors


def test_three_hundred_people_at_once_fill_eighty_places_and_queue_the_rest(committed):
    for round_number in range(ROUNDS):
        mail.outbox = []
        session = SessionFactory(assembly=committed, capacity=PLACES)
        outcomes, errors = sign_up_all_at_once(session, round_number)

        assert errors == [], f"round {round_number} on {connection.vendor}: {errors[:5]}"
        assert Counter(outcomes) == {Outcome.CONFIRMED: PLACES, Outcome.WAITING: PEOPLE - PLACES}
        signups = Signup.objects.filter(session=session)
        assert signups.filter(status=SignupStatus.CONFIRMED).count() == PLACES
        assert signups.filter(status=SignupStatus.WAITING).count() == PEOPLE - PLACES
        seats = list(signups.exclude(seat_number=None).values_list("seat_number", flat=True))
        assert sorted(seats) == list(range(1, PLACES + 1)), "every seat taken exactly once"
        positions = list(signups.values_list("position", flat=True))
        assert sorted(positions) == list(range(1, PEOPLE + 1)), "one place in the queue each"
        assert signups.values("email").distinct().count() == PEOPLE
        waiting_positions = list(
            signups.filter(status=SignupStatus.WAITING).order_by("position").values_list("position", flat=True)
        )
        assert min(waiting_positions) > max(signups.exclude(seat_number=None).values_list("position", flat=True))
        assert len(mail.outbox) == PEOPLE, "everyone got one email: a place or the waiting list"
