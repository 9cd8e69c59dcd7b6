"""Reads for assemblies: upcoming sessions with places left, past assemblies, attendee summaries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from assemblies.models import AssemblyPage, Session, Signup, SignupStatus, Town


def _with_counts(sessions: QuerySet) -> QuerySet:
    return sessions.select_related("assembly").annotate(
        seats_taken=Count("signups", filter=Q(signups__seat_number__isnull=False)),
        waiting_count=Count("signups", filter=Q(signups__status=SignupStatus.WAITING)),
    )


def _published(sessions: QuerySet) -> QuerySet:
    live_assemblies = AssemblyPage.objects.live().public().values("pk")
    return sessions.filter(assembly__in=live_assemblies)


def places_left(*, session: Session) -> int:
    """Places nobody holds yet (never below 0). Uses the annotation when the session came from a selector."""
    taken = getattr(session, "seats_taken", None)
    if taken is None:
        taken = Signup.objects.filter(session=session, seat_number__isnull=False).count()
    return max(session.capacity - taken, 0)


def sessions_upcoming(*, town: str | None = None, limit: int | None = None) -> list[Session]:
    """Sessions still to come, soonest first, with `seats_taken` and `waiting_count` counted."""
    sessions = _published(Session.objects.filter(starts_at__gt=timezone.now()))
    if town:
        sessions = sessions.filter(town=town)
    sessions = _with_counts(sessions).order_by("starts_at", "town")
    return list(sessions[:limit] if limit else sessions)


def sessions_upcoming_by_town(*, town: str | None = None) -> list[dict]:
    """Upcoming sessions grouped by town, in the order of the town list; towns with none are left out."""
    by_town: dict[str, list[Session]] = {}
    for session in sessions_upcoming(town=town):
        by_town.setdefault(session.town, []).append(session)
    return [
        {"town": value, "label": label, "sessions": by_town[value]} for value, label in Town.choices if value in by_town
    ]


def sessions_for_assembly(*, assembly: AssemblyPage) -> list[Session]:
    return list(_with_counts(Session.objects.filter(assembly=assembly)).order_by("starts_at", "town"))


def session_public(*, assembly: AssemblyPage, session_id: int) -> Session | None:
    """A session of this assembly, with its counts; None for an id that is unknown or belongs elsewhere."""
    return _with_counts(Session.objects.filter(assembly=assembly, pk=session_id)).first()


def assemblies_past(*, index) -> list[AssemblyPage]:
    """Assemblies with nothing left to sign up for, newest first: history with what happened."""
    now = timezone.now()
    pages = list(
        AssemblyPage.objects.live()
        .public()
        .child_of(index)
        .annotate(upcoming=Count("sessions", filter=Q(sessions__starts_at__gt=now)), last=Max("sessions__starts_at"))
        .filter(upcoming=0)
    )
    for page in pages:
        page.when = page.held_on or (timezone.localtime(page.last).date() if page.last else None)
    return sorted(pages, key=lambda page: (page.when is not None, page.when or date.min), reverse=True)


@dataclass(frozen=True)
class AccessSummary:
    step_free: int
    hearing_loop: int
    bsl: int
    interpreters: dict[str, int]
    other: int
    dietary: int

    @property
    def sentence(self) -> str:
        """E.g. '3 need step-free access, 1 BSL'. Empty when nobody told us of a need."""
        parts = []
        if self.step_free:
            parts.append(f"{self.step_free} need step-free access")
        if self.hearing_loop:
            parts.append(f"{self.hearing_loop} hearing loop")
        if self.bsl:
            parts.append(f"{self.bsl} BSL")
        for language, count in sorted(self.interpreters.items()):
            parts.append(f"{count} {language} interpreter" if language else f"{count} interpreter (language not given)")
        if self.other:
            parts.append(f"{self.other} other access needs")
        if self.dietary:
            parts.append(f"{self.dietary} dietary needs")
        return ", ".join(parts)


def attendees(*, session: Session) -> list[Signup]:
    """Everyone who has or is waiting for a place, or came: the list staff prepare the venue from."""
    return list(
        Signup.objects.filter(session=session).exclude(status=SignupStatus.CANCELLED).order_by("status", "position")
    )


def access_needs_summary(*, session: Session) -> AccessSummary:
    """Access needs of people with a place (or who came), for preparing the venue."""
    coming = Signup.objects.filter(session=session, status__in=[SignupStatus.CONFIRMED, SignupStatus.ATTENDED])
    totals = coming.aggregate(
        step_free=Count("pk", filter=Q(needs_step_free=True)),
        hearing_loop=Count("pk", filter=Q(needs_hearing_loop=True)),
        bsl=Count("pk", filter=Q(needs_bsl=True)),
        other=Count("pk", filter=~Q(other_access_needs="")),
        dietary=Count("pk", filter=~Q(dietary_needs="")),
    )
    languages = Counter(
        language.strip().capitalize()
        for language in coming.filter(needs_interpreter=True).values_list("interpreter_language", flat=True)
    )
    return AccessSummary(interpreters=dict(languages), **totals)


def session_counts(*, session: Session) -> dict[str, int]:
    counts = dict(
        Signup.objects.filter(session=session).values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    return {status: counts.get(status, 0) for status in SignupStatus.values}


EXPORT_HEADER = [
    "Position",
    "Status",
    "Name",
    "Email",
    "Phone",
    "Lives in",
    "Step-free access",
    "Hearing loop",
    "BSL interpreter",
    "Interpreter",
    "Interpreter language",
    "Other access needs",
    "Dietary needs",
    "Walk-in",
    "Signed up",
    "Came",
]
# The date column, as write_xlsx(dates=...) takes it: a real date and time in XLSX, shown as in the CSV.
XLSX_DATES = {EXPORT_HEADER.index("Signed up"): "yyyy-mm-dd hh:mm"}


def signups_export_rows(*, session: Session):
    """Rows for the sign-up export, one per person, in order of arrival (a generator, for streaming)."""
    towns = dict(Town.choices)
    statuses = dict(SignupStatus.choices)
    for signup in Signup.objects.filter(session=session).order_by("position").iterator(chunk_size=500):
        yield [
            signup.position,
            statuses.get(signup.status, signup.status),
            signup.name,
            signup.email,
            signup.phone,
            towns.get(signup.town, "Somewhere else" if signup.town == "other" else signup.town),
            signup.needs_step_free,
            signup.needs_hearing_loop,
            signup.needs_bsl,
            signup.needs_interpreter,
            signup.interpreter_language,
            signup.other_access_needs,
            signup.dietary_needs,
            signup.is_walk_in,
            timezone.localtime(signup.created_at).strftime("%Y-%m-%d %H:%M"),
            signup.status == SignupStatus.ATTENDED,
        ]


def sessions_admin() -> QuerySet:
    """Every session for the staff list, with counts, newest first."""
    return _with_counts(Session.objects.all()).order_by("-starts_at")
