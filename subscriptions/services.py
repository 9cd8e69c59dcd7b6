"""Writes for email alerts: asking, confirming, unsubscribing and sending each alert once.

Asking twice never makes a second row and never tells the person asking whether an address
is already on the list: the page says the same thing, and only the owner of the address
learns more, by email.
"""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from home import optin
from home.models import SubscriptionStatus
from home.tasks import send_email_now, send_templated_email
from subscriptions import selectors
from subscriptions.models import AlertKind, Event, SentAlert, Subscription


class AlreadyPublished(Exception):
    """The response is already published: there is nothing to wait for."""


def _links(subscription: Subscription) -> dict[str, str]:
    links = {
        "confirm_url": optin.absolute_url(reverse("subscriptions:confirm", args=[subscription.confirm_token])),
        "unsubscribe_url": optin.absolute_url(
            reverse("subscriptions:unsubscribe", args=[subscription.unsubscribe_token])
        ),
    }
    if subscription.kind == AlertKind.NEAR_ME:
        # The link every email carries: whoever has it may change what the alert is about.
        links["manage_url"] = optin.absolute_url(reverse("subscriptions:manage", args=[subscription.unsubscribe_token]))
    return links


def _ask(*, email: str, lookup: dict, choose) -> Subscription:
    """Find or make the one row for this address and alert, and email its owner what happens next."""
    now = timezone.now()
    try:
        with transaction.atomic():
            subscription = Subscription.objects.select_for_update().filter(email=email, **lookup).first()
            if subscription is None:
                subscription = Subscription(email=email, requested_at=now, **lookup)
                subscription.save()
                choose(subscription)
            elif subscription.status != SubscriptionStatus.CONFIRMED:
                optin.restart_confirmation(record=subscription, now=now)
                subscription.save()
                choose(subscription)
    except IntegrityError:  # the same address asked twice at the same moment: use the first row
        subscription = Subscription.objects.get(email=email, **lookup)
    if not optin.may_email_address(scope="alerts", email=email):
        return subscription
    context = {**_links(subscription), "days": optin.confirmation_days()}
    if subscription.status == SubscriptionStatus.CONFIRMED:
        send_templated_email.enqueue(
            to=email,
            subject="You already get these emails from Fit for the Future",
            template="subscriptions/email/already",
            context=_email_context(subscription, context),
        )
    else:
        send_templated_email.enqueue(
            to=email,
            subject="Please confirm your email alert",
            template="subscriptions/email/confirm",
            context=_email_context(subscription, context),
        )
    return subscription


def _email_context(subscription: Subscription, context: dict) -> dict:
    """Plain values only: the context is stored with the queued task."""
    return {
        **context,
        "kind": subscription.kind,
        "consultation_title": subscription.consultation.title if subscription.consultation_id else "",
        "choices": alert_choices_described(subscription=subscription),
    }


def alert_choices_described(*, subscription: Subscription) -> list[str]:
    """What this alert will tell someone about, in words, for emails and pages."""
    from assemblies.models import Town

    if subscription.kind == AlertKind.RESPONSE:
        return [f"When we publish what we heard about '{subscription.consultation.title}'"]
    lines = []
    if subscription.new_consultations:
        topics = [topic.title for topic in subscription.topics.all()]
        lines.append("New consultations" + (f" about {_and_list(topics)}" if topics else " on any topic"))
    if subscription.new_sessions:
        towns = dict(Town.choices)
        chosen = [towns[value] for value in subscription.towns if value in towns]
        lines.append("New assembly sessions" + (f" in {_and_list(chosen)}" if chosen else " in any town"))
    return lines


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def response_alert_request(*, email: str, consultation) -> Subscription:
    """'Tell me when the response to this consultation is published.'"""
    from consultations.models import Status

    if consultation.status == Status.PUBLISHED:
        raise AlreadyPublished
    return _ask(email=email, lookup={"kind": AlertKind.RESPONSE, "consultation": consultation}, choose=lambda sub: None)


def _choose(subscription: Subscription, *, new_consultations: bool, new_sessions: bool, topics, towns) -> None:
    subscription.new_consultations = new_consultations
    subscription.new_sessions = new_sessions
    subscription.towns = list(towns)
    subscription.save(update_fields=["new_consultations", "new_sessions", "towns"])
    subscription.topics.set(topics)


def near_me_alert_request(
    *, email: str, new_consultations: bool, new_sessions: bool, topics, towns: list[str]
) -> Subscription:
    """'Tell me about new consultations and assemblies near me.' Choices are saved only until
    confirmed: after that, asking again cannot change them (anyone may type an address in); the
    owner changes them with the link in their emails (near_me_choices_change)."""

    def choose(subscription: Subscription) -> None:
        _choose(
            subscription, new_consultations=new_consultations, new_sessions=new_sessions, topics=topics, towns=towns
        )

    return _ask(email=email, lookup={"kind": AlertKind.NEAR_ME, "consultation": None}, choose=choose)


def near_me_subscription_for_link(*, token: str) -> Subscription | None:
    """The "near me" alert whose emails carry this link, or None."""
    return Subscription.objects.filter(unsubscribe_token=token, kind=AlertKind.NEAR_ME).first()


def near_me_choices_change(
    *, subscription: Subscription, new_consultations: bool, new_sessions: bool, topics, towns: list[str]
) -> Subscription:
    """New choices from the alert's owner (they followed the link in one of its emails): used at once."""
    with transaction.atomic():
        _choose(
            subscription, new_consultations=new_consultations, new_sessions=new_sessions, topics=topics, towns=towns
        )
    return subscription


def subscription_for_confirm_token(*, token: str) -> Subscription | None:
    """The alert this link confirms, or None if the link is unknown or too old."""
    subscription = Subscription.objects.select_related("consultation").filter(confirm_token=token).first()
    if subscription is None or optin.confirmation_expired(record=subscription):
        return None
    return subscription


def subscription_confirm(*, subscription: Subscription) -> Subscription:
    if optin.confirm(record=subscription):
        links = _links(subscription)
        send_templated_email.enqueue(
            to=subscription.email,
            subject="Your email alert is set up",
            template="subscriptions/email/welcome",
            context=_email_context(subscription, links),
            headers=optin.unsubscribe_headers(url=links["unsubscribe_url"]),
        )
    return subscription


def subscription_unsubscribe(*, token: str) -> bool:
    """Stop an alert. The row (and so the address) is deleted; nothing about the person is kept."""
    deleted, _ = Subscription.objects.filter(unsubscribe_token=token).delete()
    return bool(deleted)


def unconfirmed_remove(*, now: datetime | None = None) -> int:
    """Delete alerts nobody confirmed in time: we promised to forget those addresses."""
    from datetime import timedelta

    now = now or timezone.now()
    cutoff = now - timedelta(days=optin.confirmation_days())
    deleted, _ = Subscription.objects.filter(status=SubscriptionStatus.PENDING, requested_at__lt=cutoff).delete()
    return deleted


# -- sending ---------------------------------------------------------------------------


def _event_email(*, subscription: Subscription, event: str, pk: int, now: datetime) -> dict | None:
    """Subject, template and context of one alert, or None if the event is no longer true."""
    from assemblies.models import Session
    from consultations.models import ConsultationPage, Status

    links = _links(subscription)
    if event == Event.SESSION:
        session = Session.objects.select_related("assembly").filter(pk=pk, starts_at__gt=now).first()
        if session is None or not session.assembly.live:
            return None
        local = timezone.localtime(session.starts_at)
        return {
            "subject": f"New Public Involvement Assembly in {session.get_town_display()}",
            "template": "subscriptions/email/new_session",
            "context": {
                **links,
                "assembly_title": session.assembly.title,
                "town": session.get_town_display(),
                "venue": session.venue,
                "when": f"{local:%A %-d %B %Y}",
                "url": optin.absolute_url(session.url),
            },
        }
    page = ConsultationPage.objects.live().public().filter(pk=pk).first()
    if page is None:
        return None
    wanted = Status.OPEN if event == Event.OPENED else Status.PUBLISHED
    if page.status_at(now) != wanted:
        return None
    if event == Event.OPENED:
        return {
            "subject": f"New consultation: {page.title}",
            "template": "subscriptions/email/consultation_open",
            "context": {
                **links,
                "title": page.title,
                "intro": page.intro,
                "closes": f"{timezone.localtime(page.closes_at):%-d %B %Y}",
                "url": optin.absolute_url(page.url),
            },
        }
    return {
        "subject": f"We have published what we heard: {page.title}",
        "template": "subscriptions/email/response_published",
        "context": {**links, "title": page.title, "url": optin.absolute_url(page.url + "report/")},
    }


def alert_send(*, subscription_id: int, event: str, now: datetime | None = None) -> bool:
    """Send one alert. Runs any number of times, at once or in parallel; the email goes at most once.

    The SentAlert row is the claim: its unique key lets only one run insert it, and only
    that run sends. If sending fails the claim is given back, so the next run can try again.
    """
    now = now or timezone.now()
    parsed = selectors.event_parse(key=event)
    subscription = (
        Subscription.objects.select_related("consultation")
        .filter(pk=subscription_id, status=SubscriptionStatus.CONFIRMED)
        .first()
    )
    if parsed is None or subscription is None:
        return False
    kind, pk = parsed
    if (kind == Event.PUBLISHED) != (subscription.kind == AlertKind.RESPONSE):
        return False
    email = _event_email(subscription=subscription, event=kind, pk=pk, now=now)
    if email is None:
        return False
    try:
        with transaction.atomic():
            claim = SentAlert.objects.create(subscription=subscription, event=event, sent_at=now)
    except IntegrityError:
        return False
    headers = optin.unsubscribe_headers(url=email["context"]["unsubscribe_url"])
    if subscription.kind == AlertKind.RESPONSE:
        headers = {}  # the alert is deleted once sent: there is nothing left to unsubscribe from
    try:
        send_email_now(
            to=subscription.email,
            subject=email["subject"],
            template=email["template"],
            context=email["context"],
            headers=headers,
        )
    except Exception:
        claim.delete()
        raise
    if subscription.kind == AlertKind.RESPONSE:
        subscription.delete()  # its only job is done: forget the address
    return True
