"""The demo assemblies: history from the documents, and bookable sessions in the five towns."""

from django.utils import timezone

from assemblies.demo import build_demo_assemblies
from assemblies.models import AssemblyPage, Session, Town
from home.demo.build import DemoReport


def test_demo_builds_history_and_a_future_session_in_each_town_once(assembly_index):
    first = DemoReport()
    build_demo_assemblies(first)
    again = DemoReport()
    build_demo_assemblies(again)
    assert first.created and not again.created
    titles = set(AssemblyPage.objects.values_list("title", flat=True))
    assert {"Public Involvement Assemblies, July 2015", "Public Involvement Assemblies, March 2016"} <= titles
    sessions = Session.objects.all()
    assert sorted(sessions.values_list("town", flat=True)) == sorted(Town.values)
    assert all(session.starts_at > timezone.now() and session.is_bookable for session in sessions)


def test_demo_upcoming_assembly_links_the_open_consultations(client, db):
    from django.core.management import call_command

    from assemblies.models import AssemblyPage

    call_command("load_demo_content", "--skip-index", verbosity=0)
    upcoming = next(page for page in AssemblyPage.objects.all() if page.sessions.exists())
    assert {page.slug for page in upcoming.linked_consultations} == {"minor-injury-units", "stroke-rehabilitation"}
    session = upcoming.sessions.first()
    text = client.get(upcoming.session_url(session)).content.decode()
    assert "/consultations/minor-injury-units/" in text
