"""Reads for email alerts: which events are new, who should hear about them, and counts for staff."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count
from django.utils import timezone

from home.models import SubscriptionStatus
from subscriptions.models import AlertKind, Event, SentAlert, Subscription

# Events older than this are not news any more: a late run, or a first run on an old site,
# does not email people about things that happened long ago.
NEWS_WINDOW = timedelta(days=7)


@dataclass(frozen=True)
class Due:
    subscription_id: int
    event: str


def event_key(*, event: str, pk: int) -> str:
    return f"{event}:{pk}"


def event_parse(*, key: str) -> tuple[str, int] | None:
    event, _, pk = key.partition(":")
    if event not in Event.values or not pk.isdigit():
        return None
    return event, int(pk)


def _moment(*, starts: datetime, published: datetime | None) -> datetime:
    """When something became news: when it started, or when it was put on the site if that was later."""
    return max(starts, published) if published else starts


def consultations_newly_open(*, now: datetime) -> list:
    from wagtail.models import Locale

    from consultations.models import ConsultationPage

    # One email per consultation: translations of it are the same news.
    pages = (
        ConsultationPage.objects.live()
        .public()
        .filter(opens_at__lte=now, closes_at__gt=now, locale=Locale.get_default())
        .defer_streamfields()
        .prefetch_related("topics")
    )
    return [
        page for page in pages if _moment(starts=page.opens_at, published=page.first_published_at) > now - NEWS_WINDOW
    ]


def consultations_published(*, now: datetime) -> list:
    from consultations.models import ConsultationPage

    return list(
        ConsultationPage.objects.live()
        .public()
        .filter(closes_at__lte=now, response_published_on__lte=timezone.localdate(now))
        .defer_streamfields()
    )


def sessions_newly_added(*, now: datetime) -> list:
    from assemblies.models import Session

    sessions = Session.objects.filter(
        starts_at__gt=now, created_at__gt=now - NEWS_WINDOW, assembly__live=True
    ).select_related("assembly")
    return [
        session
        for session in sessions
        if _moment(starts=session.created_at, published=session.assembly.first_published_at) > now - NEWS_WINDOW
    ]


def alerts_due(*, now: datetime | None = None) -> list[Due]:
    """Every (subscriber, event) email that should go out and has not gone yet. No query per subscriber."""
    now = now or timezone.now()
    confirmed = Subscription.objects.filter(status=SubscriptionStatus.CONFIRMED)
    due: list[Due] = []

    published = {page.pk for page in consultations_published(now=now)}
    for pk, consultation_id in confirmed.filter(kind=AlertKind.RESPONSE, consultation_id__in=published).values_list(
        "pk", "consultation_id"
    ):
        due.append(Due(pk, event_key(event=Event.PUBLISHED, pk=consultation_id)))

    near_me = list(
        confirmed.filter(kind=AlertKind.NEAR_ME)
        .prefetch_related("topics")
        .only("pk", "confirmed_at", "towns", "new_consultations", "new_sessions")
    )
    if near_me:
        for page in consultations_newly_open(now=now):
            moment = _moment(starts=page.opens_at, published=page.first_published_at)
            page_topics = {topic.pk for topic in page.topics.all()}
            for subscription in near_me:
                wanted = {topic.pk for topic in subscription.topics.all()}
                if (
                    subscription.new_consultations
                    and subscription.confirmed_at <= moment
                    and (not wanted or wanted & page_topics)
                ):
                    due.append(Due(subscription.pk, event_key(event=Event.OPENED, pk=page.pk)))
        for session in sessions_newly_added(now=now):
            moment = _moment(starts=session.created_at, published=session.assembly.first_published_at)
            for subscription in near_me:
                if (
                    subscription.new_sessions
                    and subscription.confirmed_at <= moment
                    and (not subscription.towns or session.town in subscription.towns)
                ):
                    due.append(Due(subscription.pk, event_key(event=Event.SESSION, pk=session.pk)))

    if not due:
        return []
    sent = set(
        SentAlert.objects.filter(subscription_id__in={item.subscription_id for item in due}).values_list(
            "subscription_id", "event"
        )
    )
    return [item for item in due if (item.subscription_id, item.event) not in sent]


def subscriber_counts() -> dict:
    """How many people get each kind of alert: numbers only, for staff who may not see addresses."""
    from assemblies.models import Town

    by_status = {
        (row["kind"], row["status"]): row["n"]
        for row in Subscription.objects.order_by().values("kind", "status").annotate(n=Count("id"))
    }
    by_consultation = list(
        Subscription.objects.filter(kind=AlertKind.RESPONSE, status=SubscriptionStatus.CONFIRMED)
        .order_by()
        .values("consultation__title")
        .annotate(n=Count("id"))
        .order_by("-n", "consultation__title")
    )
    near_me = list(
        Subscription.objects.filter(kind=AlertKind.NEAR_ME, status=SubscriptionStatus.CONFIRMED).values_list(
            "towns", flat=True
        )
    )
    towns = [
        {"label": label, "n": sum(1 for chosen in near_me if not chosen or value in chosen)}
        for value, label in Town.choices
    ]
    return {
        "kinds": [
            {
                "label": label,
                "confirmed": by_status.get((value, SubscriptionStatus.CONFIRMED), 0),
                "pending": by_status.get((value, SubscriptionStatus.PENDING), 0),
            }
            for value, label in AlertKind.choices
        ],
        "by_consultation": by_consultation,
        "by_town": towns,
    }


def subscriptions_for_staff() -> list[Subscription]:
    return list(Subscription.objects.select_related("consultation").prefetch_related("topics").order_by("email"))
