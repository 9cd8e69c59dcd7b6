"""Read-only queries for consultations."""

from django.db.models import Q
from django.utils import timezone

from consultations.models import ConsultationPage, Response, Status


def consultations_listed(*, status: str | None = None, topic=None) -> list[ConsultationPage]:
    """Live consultations, open ones first, then forthcoming, then the rest newest first."""
    pages = ConsultationPage.objects.live().public().defer_streamfields().prefetch_related("topics")
    if topic is not None:
        pages = pages.filter(topics=topic)
    now = timezone.now()
    today = timezone.localdate()
    if status == Status.OPEN:
        pages = pages.filter(opens_at__lte=now, closes_at__gt=now)
    elif status == Status.FORTHCOMING:
        pages = pages.filter(opens_at__gt=now)
    elif status == Status.CLOSED:
        pages = pages.filter(closes_at__lte=now, response_published_on__isnull=True)
    elif status == Status.UNDER_ANALYSIS:
        pages = pages.filter(closes_at__lte=now, response_published_on__gt=today)
    elif status == Status.PUBLISHED:
        pages = pages.filter(Q(closes_at__lte=now) & Q(response_published_on__lte=today))
    order = {Status.OPEN: 0, Status.FORTHCOMING: 1}
    return sorted(pages, key=lambda page: (order.get(page.status_at(now), 2), -page.closes_at.timestamp()))


def consultations_open(*, limit: int = 3) -> list[ConsultationPage]:
    now = timezone.now()
    return list(
        ConsultationPage.objects.live()
        .public()
        .defer_streamfields()
        .filter(opens_at__lte=now, closes_at__gt=now)
        .order_by("closes_at")[:limit]
    )


def response_for_token(*, consultation: ConsultationPage, token: str) -> Response | None:
    return Response.objects.filter(consultation=consultation, idempotency_token=token).first()
