"""Factories for email alerts: rows written straight to the table (use services to test the rules)."""

from datetime import timedelta

import factory

from django.utils import timezone

from home.models import SubscriptionStatus
from subscriptions import models


class NearMeSubscriptionFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"alerts{n}@example.org")
    kind = models.AlertKind.NEAR_ME
    status = SubscriptionStatus.CONFIRMED
    new_consultations = True
    new_sessions = True
    requested_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=2))
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    class Meta:
        model = models.Subscription


class ResponseSubscriptionFactory(NearMeSubscriptionFactory):
    """Pass consultation=... (a ConsultationPage)."""

    kind = models.AlertKind.RESPONSE
    new_consultations = False
    new_sessions = False
