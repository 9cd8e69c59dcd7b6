"""The demo site is built from the source documents, and building it twice changes nothing."""

import pytest

from django.core.management import call_command

from wagtail.models import Locale, Page, Revision

from assemblies.models import AssemblyIndexPage
from consultations.models import ConsultationIndexPage
from fitforfuture.models import SiteSettings
from home.demo import seed_content
from home.models import FAQ, EngagementActivity, FAQTopic, HomePage, LibraryDocument, NewsPage, StandardPage


def site_counts() -> dict:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "news": NewsPage.objects.count(),
        "faqs": FAQ.objects.count(),
        "activities": EngagementActivity.objects.count(),
        "documents": LibraryDocument.objects.count(),
    }


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content loaded once for this module, and removed again afterwards."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
        first = site_counts()
        call_command("load_demo_content", verbosity=0)
        second = site_counts()
        yield {"first": first, "second": second}
        from assemblies.models import Session, Signup
        from consultations.models import Response

        for model in (Signup, Session, Response):
            model.objects.all().delete()
        for home in HomePage.objects.order_by("-depth", "-path"):  # every language's home page
            home.delete()
        from consultations.models import ConsultationTopic, WorkingGroup

        for model in (
            FAQ,
            FAQTopic,
            EngagementActivity,
            LibraryDocument,
            SiteSettings,
            ConsultationTopic,
            WorkingGroup,
        ):
            model.objects.all().delete()


@pytest.mark.django_db
def test_loading_demo_content_twice_gives_the_same_site(demo_site):
    assert demo_site["first"] == demo_site["second"]
    assert demo_site["first"]["pages"] > 20


@pytest.mark.django_db
def test_demo_site_has_every_section_residents_start_from(demo_site, client):
    for path in [
        "/",
        "/our-plan/",
        "/news/",
        "/faqs/",
        "/publications/",
        "/who-we-have-talked-to/",
        "/consultations/",
        "/assemblies/",
        "/privacy/",
        "/accessibility/",
        "/cookies/",
    ]:
        assert client.get(path).status_code == 200, path
    # One in English; the demo also translates it into Polish (see consultations/demo_translations.py).
    assert ConsultationIndexPage.objects.live().filter(locale=Locale.get_default()).count() == 1
    assert AssemblyIndexPage.objects.live().count() == 1


@pytest.mark.django_db
def test_demo_plan_pages_cover_the_ten_point_plan_and_criteria(demo_site, client):
    slugs = set(StandardPage.objects.values_list("slug", flat=True))
    assert {
        "our-plan",
        "ten-point-plan",
        "priorities",
        "workstreams",
        "partners",
        "phases",
        "how-we-judge-options",
        "the-money",
        "delivery-progress",
    } <= slugs
    criteria = client.get("/our-plan/how-we-judge-options/").content.decode()
    for name, weight in [
        ("Quality", "30"),
        ("Affordability", "25"),
        ("Sustainability", "22.4"),
        ("Deliverability", "22.6"),
    ]:
        assert name in criteria and weight in criteria


@pytest.mark.django_db
def test_demo_activity_log_holds_every_row_of_the_appendix_table(demo_site):
    assert EngagementActivity.objects.count() == len(seed_content.ACTIVITY_LOG)
    assert EngagementActivity.objects.filter(activity__startswith="Public Involvement Assemblies").count() == 2


@pytest.mark.django_db
def test_demo_home_page_shows_the_case_for_change_in_numbers(demo_site, client):
    text = client.get("/").content.decode()
    assert "£543m" in text and "£250m" in text
    assert "At home is best" in text


@pytest.mark.django_db
def test_site_search_finds_stroke(demo_site, client):
    response = client.get("/search/", {"q": "stroke"})
    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count >= 1
    assert response.context["faqs"], "an FAQ about stroke should be found"


@pytest.mark.django_db
def test_demo_consultations_have_coded_responses_themes_and_actions(demo_site):
    from consultations.models import Action, Coding, ConsultationPage, Quote, Theme

    for slug in ("minor-injury-units", "stroke-rehabilitation", "evidence-for-change"):
        page = ConsultationPage.objects.get(slug=slug, locale=Locale.get_default())
        assert page.responses.exists(), slug
        assert Theme.objects.filter(consultation=page, working_group__isnull=False).exists(), slug
        assert Coding.objects.filter(theme__consultation=page).exists(), slug
        assert Quote.objects.filter(theme__consultation=page).exists(), slug
    evidence = ConsultationPage.objects.get(slug="evidence-for-change")
    assert evidence.status == "published"
    assert evidence.responses.count() == 90, "around 90 people commented at the March 2016 assemblies"
    assert set(evidence.responses.values_list("channel", flat=True)) == {"event"}
    assert (
        Action.objects.filter(theme__consultation=evidence).count()
        == Theme.objects.filter(consultation=evidence).count()
    )


@pytest.mark.django_db
def test_the_published_demo_report_and_you_said_we_did_page_are_complete(demo_site, client):
    report = client.get("/consultations/evidence-for-change/report/")
    assert report.status_code == 200
    html = report.content.decode()
    for section in ("Who answered", "Answers to each question", "themes", "You said, we did", "How we did this"):
        assert section in html
    assert html.count("<svg") >= 4, "channel, district, age and the ranking question"
    pdf = client.get("/consultations/evidence-for-change/report/pdf/")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    page = client.get("/you-said-we-did/")
    assert page.status_code == 200
    assert "We put all your comments in one document" in page.content.decode()


@pytest.mark.django_db
def test_demo_reports_of_open_consultations_are_for_staff_only(demo_site, client):
    from home.factories import UserFactory

    assert client.get("/consultations/minor-injury-units/report/").status_code == 404
    client.force_login(UserFactory(groups=["Councillors"]))
    assert client.get("/consultations/minor-injury-units/report/").status_code == 200
    assert client.get("/consultations/orthopaedics/report/").status_code == 200


@pytest.mark.django_db
def test_more_demo_responses_can_be_asked_for(demo_site):
    from consultations.models import ConsultationPage, Response

    open_pages = ConsultationPage.objects.filter(slug__in=["minor-injury-units", "stroke-rehabilitation"])
    before = Response.objects.filter(consultation__in=open_pages).count()
    call_command("load_demo_content", "--responses", "40", "--skip-index", verbosity=0)
    assert Response.objects.filter(consultation__in=open_pages).count() == before + 40
    channels = set(Response.objects.filter(consultation__in=open_pages).values_list("channel", flat=True))
    assert {"online", "paper", "event"} <= channels
