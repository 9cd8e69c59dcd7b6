"""Factories for assemblies: pages, sessions and sign-ups (sign-ups normally come from services)."""

import datetime

import factory
import wagtail_factories

from django.utils import timezone

from assemblies import models


def in_days(days: int, hour: int = 18, minute: int = 30) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


class AssemblyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Public Involvement Assemblies"
    slug = "assemblies"
    intro = "Come to a meeting near you."

    class Meta:
        model = models.AssemblyIndexPage


class AssemblyPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Public Involvement Assembly {n}")
    intro = "Hear about the plan and tell us what matters to you."
    covers = "<p>The plan for health and care services.</p>"

    class Meta:
        model = models.AssemblyPage


class SessionFactory(factory.django.DjangoModelFactory):
    assembly = factory.SubFactory(AssemblyPageFactory)
    town = models.Town.ELY
    venue = models.sessions.VENUE_TO_BE_CONFIRMED
    starts_at = factory.LazyFunction(lambda: in_days(14))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    capacity = 30

    class Meta:
        model = models.Session


class SignupFactory(factory.django.DjangoModelFactory):
    """A confirmed sign-up written straight to the table; use services.signup_create to test booking rules."""

    session = factory.SubFactory(SessionFactory)
    status = models.SignupStatus.CONFIRMED
    seat_number = factory.Sequence(lambda n: n + 1)
    position = factory.Sequence(lambda n: n + 1)
    name = factory.Sequence(lambda n: f"Resident {n}")
    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    town = models.Town.ELY
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Signup
