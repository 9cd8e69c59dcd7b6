"""Double opt-in shared by every email list (the newsletter and the alerts in subscriptions/).

An address is only used once its owner opens the link we send and presses a button (a GET
alone never confirms: mail scanners open links). Every later email carries one-click
unsubscribe headers (RFC 8058), and unsubscribing deletes the row.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from home.models.newsletter import DoubleOptIn, SubscriptionStatus, new_token

# Confirmation emails to one address per hour, whoever asks: a stranger cannot flood an inbox.
CONFIRMATIONS_PER_ADDRESS = 3


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def unsubscribe_headers(*, url: str) -> dict[str, str]:
    """The headers that let mail programs show an 'Unsubscribe' button that works in one click."""
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def confirmation_days() -> int:
    return settings.NEWSLETTER_CONFIRM_DAYS


def confirmation_expired(*, record: DoubleOptIn, now=None) -> bool:
    """True for a pending record whose confirmation link is older than the confirmation window."""
    if record.status != SubscriptionStatus.PENDING:
        return False
    return (now or timezone.now()) > record.requested_at + timedelta(days=confirmation_days())


def restart_confirmation(*, record: DoubleOptIn, now) -> None:
    """Make an unconfirmed record wait for a new link (the old link stops working). Caller saves."""
    record.status = SubscriptionStatus.PENDING
    record.requested_at = now
    record.confirm_token = new_token()


def confirm(*, record: DoubleOptIn, now=None) -> bool:
    """Confirm a pending record. True only for the call that confirmed it, so a double press sends one welcome."""
    now = now or timezone.now()
    confirmed = (
        type(record)
        .objects.filter(pk=record.pk)
        .exclude(status=SubscriptionStatus.CONFIRMED)
        .update(status=SubscriptionStatus.CONFIRMED, confirmed_at=now)
    )
    record.refresh_from_db(fields=["status", "confirmed_at"])
    return bool(confirmed)


def may_email_address(*, scope: str, email: str) -> bool:
    """Count one confirmation email to this address; False once the hourly allowance is used up."""
    key = f"optin:{scope}:{hashlib.sha256(email.encode()).hexdigest()}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count <= CONFIRMATIONS_PER_ADDRESS
