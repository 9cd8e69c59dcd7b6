"""Writes of the publishing site: newsletter double opt-in and unsubscribe."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from home.models import NewsletterSubscription, SubscriptionStatus
from home.models.newsletter import new_token
from home.tasks import send_templated_email


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def newsletter_subscribe(*, email: str) -> NewsletterSubscription:
    """Ask to subscribe an address. Sends a confirmation link; already subscribed people are told so."""
    now = timezone.now()
    with transaction.atomic():
        subscription, created = NewsletterSubscription.objects.select_for_update().get_or_create(
            email=email, defaults={"requested_at": now}
        )
        if not created and subscription.status != SubscriptionStatus.CONFIRMED:
            subscription.status = SubscriptionStatus.PENDING
            subscription.requested_at = now
            subscription.confirm_token = new_token()
            subscription.unsubscribed_at = None
            subscription.save()
    if subscription.status == SubscriptionStatus.CONFIRMED:
        template, subject = "home/email/newsletter_already", "You already get the Fit for the Future newsletter"
    else:
        template, subject = "home/email/newsletter_confirm", "Confirm your newsletter sign-up"
    context = {
        "confirm_url": _absolute(reverse("newsletter_confirm", args=[subscription.confirm_token])),
        "unsubscribe_url": _absolute(reverse("newsletter_unsubscribe", args=[subscription.unsubscribe_token])),
        "days": settings.NEWSLETTER_CONFIRM_DAYS,
    }
    send_templated_email.enqueue(to=email, subject=subject, template=template, context=context)
    return subscription


def newsletter_subscription_for_confirm_token(*, token: str) -> NewsletterSubscription | None:
    """The pending subscription this link confirms, or None if the link is unknown or too old."""
    subscription = NewsletterSubscription.objects.filter(confirm_token=token).first()
    if subscription is None:
        return None
    if subscription.status == SubscriptionStatus.PENDING:
        expires = subscription.requested_at + timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS)
        if timezone.now() > expires:
            return None
    return subscription


def newsletter_confirm(*, subscription: NewsletterSubscription) -> NewsletterSubscription:
    if subscription.status != SubscriptionStatus.CONFIRMED:
        subscription.status = SubscriptionStatus.CONFIRMED
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["status", "confirmed_at"])
        unsubscribe_url = _absolute(reverse("newsletter_unsubscribe", args=[subscription.unsubscribe_token]))
        send_templated_email.enqueue(
            to=subscription.email,
            subject="You are signed up to the Fit for the Future newsletter",
            template="home/email/newsletter_welcome",
            context={"unsubscribe_url": unsubscribe_url},
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
    return subscription


def newsletter_unsubscribe(*, token: str) -> bool:
    """Unsubscribe by the token in an email. The address is erased: we keep nothing we do not need."""
    subscription = NewsletterSubscription.objects.filter(unsubscribe_token=token).first()
    if subscription is None:
        return False
    subscription.delete()
    return True
