"""Editors publish consultations but never see responses; Engagement leads see and export them;
Councillors see no personal data and cannot export. Every admin URL for responses is checked
for every group."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from consultations import services
from consultations.models import ExportJob, ExportStatus
from consultations.tests.helpers import make_response

NAME = "Ada Resident"
EMAIL = "ada@example.org"


@pytest.fixture
def response(consultation):
    return make_response(consultation, about={"respondent_type": "individual", "name": NAME, "age_band": "65 to 74"})


@pytest.fixture
def ready_job(consultation, response):
    return services.export_job_request(consultation=consultation, requested_by=None)


@pytest.fixture
def admin_urls(consultation, response, ready_job):
    return {
        "responses by consultation": reverse("consultations_admin:index"),
        "responses of one consultation": reverse("consultations_admin:responses", args=[consultation.pk]),
        "one response": reverse("consultations_admin:response", args=[consultation.pk, response.pk]),
        "enter a response": reverse("consultations_admin:enter", args=[consultation.pk]),
        "enter event comments": reverse("consultations_admin:event_comments", args=[consultation.pk]),
        "CSV export": reverse("consultations_admin:export_csv", args=[consultation.pk]),
        "prepared exports": reverse("consultations_admin:exports"),
        "one prepared export": reverse("consultations_admin:export", args=[ready_job.pk]),
        "download of a prepared export": reverse("consultations_admin:export_download", args=[ready_job.pk]),
        "audit log": reverse("consultations_admin:audit_log"),
    }


URL_NAMES = [
    "responses by consultation",
    "responses of one consultation",
    "one response",
    "enter a response",
    "enter event comments",
    "CSV export",
    "prepared exports",
    "one prepared export",
    "download of a prepared export",
    "audit log",
]


def content_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("url_name", URL_NAMES)
def test_engagement_leads_reach_every_response_page(client, lead, admin_urls, url_name):
    response = client.get(admin_urls[url_name])
    assert response.status_code == 200
    content_of(response)


@pytest.mark.parametrize("group", ["Editors", "Councillors", None])
@pytest.mark.parametrize("url_name", URL_NAMES)
def test_other_staff_are_turned_away_from_every_response_page(client, login, admin_urls, group, url_name, response):
    login(group)
    page = client.get(admin_urls[url_name])
    assert page.status_code in (302, 403)
    if page.status_code == 302:
        assert page["Location"] in ("/admin/", f"/admin/login/?next={admin_urls[url_name]}")
    body = content_of(page)
    assert NAME.encode() not in body
    assert response.reference.encode() not in body


@pytest.mark.parametrize("url_name", URL_NAMES)
def test_anonymous_visitors_are_sent_to_sign_in(client, admin_urls, url_name):
    page = client.get(admin_urls[url_name])
    assert page.status_code == 302
    assert "/admin/login/" in page["Location"]


@pytest.mark.parametrize("group", ["Editors", "Councillors", None])
def test_only_engagement_leads_can_ask_for_an_xlsx_export(client, login, consultation, response, group):
    login(group)
    page = client.post(reverse("consultations_admin:export_xlsx", args=[consultation.pk]))
    assert page.status_code in (302, 403)
    assert not ExportJob.objects.exists()


def test_engagement_leads_can_ask_for_an_xlsx_export(client, lead, consultation, response):
    page = client.post(reverse("consultations_admin:export_xlsx", args=[consultation.pk]))
    job = ExportJob.objects.get()
    assert page["Location"] == reverse("consultations_admin:export", args=[job.pk])
    assert job.status == ExportStatus.READY


@pytest.mark.parametrize("group", ["Editors", "Councillors"])
def test_other_staff_cannot_enter_responses(client, login, consultation, group):
    login(group)
    page = client.post(reverse("consultations_admin:enter", args=[consultation.pk]), {"channel": "paper"})
    assert page.status_code in (302, 403)
    assert consultation.responses.count() == 0


def test_editors_publish_consultation_pages_but_see_no_responses(client, login, consultation, response):
    editor = login("Editors")
    assert consultation.permissions_for_user(editor).can_publish()
    assert not editor.has_perm("consultations.view_response")
    assert not editor.has_perm("consultations.export_response")
    for url in (
        "/admin/",
        f"/admin/pages/{consultation.pk}/edit/",
        f"/admin/pages/{consultation.get_parent().pk}/",
    ):
        page = client.get(url)
        assert page.status_code == 200
        assert NAME.encode() not in page.content
        assert response.reference.encode() not in page.content
        assert reverse("consultations_admin:index").encode() not in page.content


def test_councillors_see_no_personal_data_and_cannot_export(client, login, consultation, response):
    councillor = login("Councillors")
    assert not councillor.has_perm("consultations.view_response")
    assert not councillor.has_perm("consultations.export_response")
    assert not councillor.has_perm("fitforfuture.view_auditevent")
    page = client.get("/admin/")
    assert page.status_code == 200
    assert NAME.encode() not in page.content
    assert reverse("consultations_admin:index").encode() not in page.content


def test_engagement_leads_find_responses_and_the_audit_log_in_the_menu(client, lead):
    page = client.get("/admin/")
    assert reverse("consultations_admin:index").encode() in page.content
    assert reverse("consultations_admin:audit_log").encode() in page.content


def test_groups_hold_exactly_the_response_permissions_of_their_role(db):
    def codenames(name):
        return set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label__in=["consultations", "fitforfuture"])
            .exclude(content_type__model__in=["sitesettings", "consultationtopic"])
            .values_list("codename", flat=True)
        )

    you_said_we_did = {
        f"{verb}_{model}"
        for model in ("theme", "coding", "quote", "action", "workinggroup", "populationfigure")
        for verb in ("add", "change", "delete", "view")
    }
    assert codenames("Engagement leads") == {
        "view_response",
        "add_response",
        "change_response",
        "export_response",
        "view_auditevent",
        "handle_data_request",  # subject access and erasure (fitforfuture.data_protection)
        "view_report",
        *you_said_we_did,
    }
    assert codenames("Editors") == set()
    # Councillors read reports (aggregated figures) and nothing about any person.
    assert codenames("Councillors") == {"view_report"}
