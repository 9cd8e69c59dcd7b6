"""Writes of the publishing site: newsletter double opt-in and unsubscribe."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from home import optin
from home.models import NewsletterSubscription, SubscriptionStatus
from home.tasks import send_templated_email


def newsletter_subscribe(*, email: str) -> NewsletterSubscription:
    """Ask to subscribe an address. Sends a confirmation link; already subscribed people are told so."""
    now = timezone.now()
    with transaction.atomic():
        subscription, created = NewsletterSubscription.objects.select_for_update().get_or_create(
            email=email, defaults={"requested_at": now}
        )
        if not created and subscription.status != SubscriptionStatus.CONFIRMED:
            optin.restart_confirmation(record=subscription, now=now)
            subscription.unsubscribed_at = None
            subscription.save()
    if subscription.status == SubscriptionStatus.CONFIRMED:
        template, subject = "home/email/newsletter_already", "You already get the Fit for the Future newsletter"
    else:
        template, subject = "home/email/newsletter_confirm", "Confirm your newsletter sign-up"
    if not optin.may_email_address(scope="newsletter", email=email):
        return subscription
    context = {
        "confirm_url": optin.absolute_url(reverse("newsletter_confirm", args=[subscription.confirm_token])),
        "unsubscribe_url": optin.absolute_url(reverse("newsletter_unsubscribe", args=[subscription.unsubscribe_token])),
        "days": optin.confirmation_days(),
    }
    send_templated_email.enqueue(to=email, subject=subject, template=template, context=context)
    return subscription


def newsletter_subscription_for_confirm_token(*, token: str) -> NewsletterSubscription | None:
    """The pending subscription this link confirms, or None if the link is unknown or too old."""
    subscription = NewsletterSubscription.objects.filter(confirm_token=token).first()
    if subscription is None or optin.confirmation_expired(record=subscription):
        return None
    return subscription


def newsletter_confirm(*, subscription: NewsletterSubscription) -> NewsletterSubscription:
    if optin.confirm(record=subscription):
        unsubscribe_url = optin.absolute_url(reverse("newsletter_unsubscribe", args=[subscription.unsubscribe_token]))
        send_templated_email.enqueue(
            to=subscription.email,
            subject="You are signed up to the Fit for the Future newsletter",
            template="home/email/newsletter_welcome",
            context={"unsubscribe_url": unsubscribe_url},
            headers=optin.unsubscribe_headers(url=unsubscribe_url),
        )
    return subscription


def newsletter_unsubscribe(*, token: str) -> bool:
    """Unsubscribe by the token in an email. The address is erased: we keep nothing we do not need."""
    deleted, _ = NewsletterSubscription.objects.filter(unsubscribe_token=token).delete()
    return bool(deleted)
