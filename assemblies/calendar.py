"""iCalendar (.ics) files for a session, so people can put it in their calendar in one tap."""

from __future__ import annotations

from icalendar import Calendar, Event, vText

from django.conf import settings
from django.utils import timezone

PRODID = "-//Fit for the Future//Public Involvement Assemblies//EN"


def _absolute(url: str) -> str:
    return url if url.startswith("http") else settings.SITE_URL.rstrip("/") + url


def session_ics(*, session, cancel_url: str = "") -> bytes:
    """One event for the session. A personal copy (with a cancel link) gets its own UID per sign-up."""
    assembly = session.assembly
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("calscale", "GREGORIAN")
    event = Event()
    domain = settings.SITE_URL.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "fitforfuture.org.uk"
    event.add("uid", f"assembly-session-{session.pk}@{domain}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", f"{assembly.title}: {session.get_town_display()}")
    location = ", ".join(
        part for part in [session.venue, *[line.strip() for line in session.address.splitlines()]] if part
    )
    event["location"] = vText(location or session.get_town_display())
    session_url = _absolute(assembly.url + assembly.reverse_subpage("session", args=[session.pk]))
    description = [f"Details: {session_url}"]
    if cancel_url:
        description.append(f"If you cannot come, cancel your place: {cancel_url}")
    event.add("description", "\n".join(description))
    event.add("url", session_url)
    event.add("status", "CONFIRMED")
    calendar.add_component(event)
    return calendar.to_ical()
