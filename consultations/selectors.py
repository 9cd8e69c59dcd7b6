"""Read-only queries for consultations."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Locale

from consultations.models import ConsultationPage, Response, Status


def _source_consultations():
    """Live consultations in the source language: each one once, however many translations it has."""
    return ConsultationPage.objects.live().public().filter(locale=Locale.get_default()).defer_streamfields()


def in_visitor_language(pages: list[ConsultationPage]) -> list[ConsultationPage]:
    """Each consultation swapped for its live translation in the visitor's language, where there is one."""
    active = Locale.get_active()
    if not pages or active.pk == Locale.get_default().pk:
        return pages
    translated = {
        page.translation_key: page
        for page in ConsultationPage.objects.live()
        .public()
        .filter(locale=active, alias_of__isnull=True, translation_key__in=[page.translation_key for page in pages])
        .defer_streamfields()
        .prefetch_related("topics")
    }
    return [translated.get(page.translation_key, page) for page in pages]


def consultations_listed(*, status: str | None = None, topic=None) -> list[ConsultationPage]:
    """Live consultations, open ones first, then forthcoming, then the rest newest first."""
    pages = _source_consultations().prefetch_related("topics")
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
    listed = sorted(pages, key=lambda page: (order.get(page.status_at(now), 2), -page.closes_at.timestamp()))
    return in_visitor_language(listed)


def consultations_open(*, limit: int = 3) -> list[ConsultationPage]:
    now = timezone.now()
    return in_visitor_language(
        list(_source_consultations().filter(opens_at__lte=now, closes_at__gt=now).order_by("closes_at")[:limit])
    )


def response_for_token(*, consultation: ConsultationPage, token: str) -> Response | None:
    """The response sent with this token on this consultation or a translation of it, in one query."""
    return (
        Response.objects.filter(idempotency_token=token, consultation__translation_key=consultation.translation_key)
        .only("consultation_id", "reference", "idempotency_token", "submitted_at")
        .first()
    )
