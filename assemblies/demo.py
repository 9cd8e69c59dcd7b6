"""Demo assemblies from the source documents, for `load_demo_content`.

History (from the STP engagement appendix): the Public Involvement Assemblies of July 2015
(80 people at five locations) and March 2016 (around 90 people in Cambridge, Ely, Huntingdon,
Peterborough and Wisbech), and the Saturday Cafes of June/July 2015 in the same five towns.
The documents give no venues or exact dates, so none are invented: the upcoming series has a
session in each town on dates counted from today (so that sign-up works), with the venue
"to be confirmed" for staff to fill in. Idempotent: what exists is kept.
"""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from assemblies.models import AccessInfo, AssemblyIndexPage, AssemblyPage, Session, Town

FIVE_TOWNS = "Cambridge, Ely, Huntingdon, Peterborough and Wisbech"
HISTORY = [
    {
        "slug": "july-2015",
        "title": "Public Involvement Assemblies, July 2015",
        "held_on": datetime.date(2015, 7, 1),
        "places": "Five locations across Cambridgeshire and Peterborough",
        "intro": "An introduction to the System Transformation Programme.",
        "outcome": (
            "<p>80 people came to assemblies in five locations. They heard an introduction to the "
            "System Transformation Programme.</p><p>We asked people to work together and think about the "
            "pressures on health and care services over the next five years. We asked them which services "
            "were important to them. Their answers are in our plan.</p>"
        ),
    },
    {
        "slug": "saturday-cafes-2015",
        "title": "Saturday Cafes, June and July 2015",
        "held_on": datetime.date(2015, 6, 1),
        "places": FIVE_TOWNS,
        "intro": "Drop-in sessions to watch a presentation and talk to the team.",
        "outcome": (
            "<p>The Saturday Cafes were drop-in sessions in Cambridge, Ely, Wisbech, Huntingdon and "
            "Peterborough. People could watch a presentation and have a conversation with a member of "
            "the team.</p>"
        ),
    },
    {
        "slug": "march-2016",
        "title": "Public Involvement Assemblies, March 2016",
        "held_on": datetime.date(2016, 3, 1),
        "places": FIVE_TOWNS,
        "intro": "We showed people our Evidence for Change.",
        "outcome": (
            "<p>Around 90 people came to the five assemblies. They commented on the Evidence for Change "
            "and gave feedback on the evaluation criteria and the design principles.</p>"
            "<p>We wrote down every comment and sorted them into clinical themes. We shared them with "
            "each clinical working group to use in their planning. A 'You said, we did' document "
            "reported how we used the comments and what changed as a result.</p>"
        ),
    },
]
UPCOMING = {
    "slug": "have-your-say",
    "title": "Public Involvement Assemblies: have your say on the plan",
    "intro": "Meet us in your town to hear about the plan for health and care services and tell us what you think.",
    "covers": (
        "<p>We will explain the plan for health and care services in Cambridgeshire and Peterborough, "
        "answer your questions and ask what matters most to you.</p>"
    ),
}
# Days from today, and the time each session starts: evenings, two hours long.
UPCOMING_SESSIONS = [
    (Town.CAMBRIDGE, 21),
    (Town.ELY, 23),
    (Town.HUNTINGDON, 28),
    (Town.PETERBOROUGH, 30),
    (Town.WISBECH, 35),
]
UPCOMING_CAPACITY = 30


def _session_times(days: int) -> tuple[datetime.datetime, datetime.datetime]:
    day = timezone.localdate() + datetime.timedelta(days=days)
    starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(18, 30)))
    return starts, starts + datetime.timedelta(hours=2)


def _ensure_page(index: AssemblyIndexPage, spec: dict, report) -> AssemblyPage:
    page = AssemblyPage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if page is None:
        page = AssemblyPage(**spec)
        index.add_child(instance=page)
        page.save_revision().publish()
        report.add(f"assembly {page.title}")
    return page


def _link_open_consultations(assembly: AssemblyPage, report) -> None:
    """The upcoming sessions talk about the demo consultations that are open."""
    from consultations.models import ConsultationPage

    if assembly.consultations.exists():
        return
    linked = ConsultationPage.objects.filter(
        slug__in=["minor-injury-units", "stroke-rehabilitation"], locale=Locale.get_default()
    )
    if linked:
        assembly.consultations.set(linked)
        assembly.save_revision().publish()
        report.add("assembly consultations")


def build_demo_assemblies(report) -> None:
    """Add the demo assemblies under /assemblies/ if they are missing."""
    index = AssemblyIndexPage.objects.first()
    if index is None:
        return
    for spec in HISTORY:
        _ensure_page(index, spec, report)
    upcoming = _ensure_page(index, UPCOMING, report)
    _link_open_consultations(upcoming, report)
    now = timezone.now()
    towns_booked = set(upcoming.sessions.filter(starts_at__gt=now).values_list("town", flat=True))
    for town, days in UPCOMING_SESSIONS:
        if town in towns_booked:
            continue
        starts, ends = _session_times(days)
        Session.objects.create(
            assembly=upcoming,
            town=town,
            starts_at=starts,
            ends_at=ends,
            capacity=UPCOMING_CAPACITY,
            step_free_access=AccessInfo.UNKNOWN,
            hearing_loop=AccessInfo.UNKNOWN,
        )
        report.add(f"assembly session {town}")
