"""Template helpers for assemblies: the upcoming-sessions list on the home page, times in NHS style."""

from django import template
from django.utils import timezone

from assemblies import selectors

register = template.Library()


@register.inclusion_tag("assemblies/includes/upcoming_sessions.html", takes_context=True)
def upcoming_assemblies(context, limit: int = 5, heading_level: int = 2) -> dict:
    """The next few sessions, live from the database, for the home page."""
    return {
        "sessions": selectors.sessions_upcoming(limit=limit),
        "heading_level": heading_level,
        "request": context.get("request"),
    }


@register.filter
def nhs_time(value) -> str:
    """A time the way NHS.UK writes it: '6:30pm', '10am', 'midday'."""
    if not value:
        return ""
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    if local.hour == 12 and local.minute == 0:
        return "midday"
    hour = local.hour % 12 or 12
    suffix = "am" if local.hour < 12 else "pm"
    return f"{hour}{suffix}" if local.minute == 0 else f"{hour}:{local.minute:02d}{suffix}"


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
