"""Newsletter subscriptions with double opt-in. The email address is personal data."""

import secrets

from django.db import models


def new_token() -> str:
    return secrets.token_urlsafe(32)


class SubscriptionStatus(models.TextChoices):
    PENDING = "pending", "Waiting for confirmation"
    CONFIRMED = "confirmed", "Subscribed"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"


class DoubleOptIn(models.Model):
    """What every email list keeps: a link to confirm the address and a link to leave (see home.optin)."""

    status = models.CharField(max_length=20, choices=SubscriptionStatus.choices, default=SubscriptionStatus.PENDING)
    confirm_token = models.CharField(max_length=64, unique=True, default=new_token)
    unsubscribe_token = models.CharField(max_length=64, unique=True, default=new_token)
    requested_at = models.DateTimeField()
    confirmed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class NewsletterSubscription(DoubleOptIn):
    email = models.EmailField(unique=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = "newsletter subscription"

    def __str__(self) -> str:
        return f"{self.email} ({self.get_status_display()})"
