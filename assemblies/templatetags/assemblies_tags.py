"""Template helpers for assemblies: the upcoming-sessions list on the home page, times in NHS style."""

from django import template
from django.utils import timezone

from assemblies import selectors
from fitforfuture.templatetags.fitforfuture_tags import friendly_time

register = template.Library()


@register.inclusion_tag("assemblies/includes/upcoming_sessions.html", takes_context=True)
def upcoming_assemblies(context, limit: int = 5, heading_level: int = 2) -> dict:
    """The next few sessions, live from the database, for the home page."""
    return {
        "sessions": selectors.sessions_upcoming(limit=limit),
        "heading_level": heading_level,
        "request": context.get("request"),
    }


# One way of writing times across the site: '6:30pm', '10am', 'midday', 'midnight'.
register.filter("nhs_time", friendly_time)


@register.filter
def nhs_date(value) -> str:
    """A date the way NHS.UK writes it: 'Wednesday 10 June 2026'."""
    if not value:
        return ""
    local = timezone.localtime(value) if hasattr(value, "hour") and timezone.is_aware(value) else value
    return f"{local:%A} {local.day} {local:%B %Y}"


@register.filter
def places_left(session) -> int:
    return selectors.places_left(session=session)
