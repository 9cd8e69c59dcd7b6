"""Staff: Engagement leads see attendees, access needs, the register and exports; nobody else does."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from assemblies import services
from assemblies.models import Signup, SignupStatus
from assemblies.tests.conftest import person
from fitforfuture.audit import AuditAction
from fitforfuture.models import AuditEvent
from home.factories import UserFactory


@pytest.fixture
def booked(session):
    services.session_change_capacity(session=session, capacity=4)
    services.signup_create(session=session, person=person(1, needs_step_free=True, needs_bsl=True))
    services.signup_create(session=session, person=person(2, needs_step_free=True))
    services.signup_create(session=session, person=person(3, name='=HYPERLINK("http://evil")', needs_step_free=True))
    return session


def login_as(client, group):
    user = UserFactory(groups=[group] if group else [])
    if not group:
        user.is_superuser = True
        user.save()
    client.force_login(user)
    return user


def test_engagement_leads_see_attendees_and_an_access_needs_summary(client, booked):
    login_as(client, "Engagement leads")
    response = client.get(reverse("assemblies_attendees", args=[booked.pk]))
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(id="access-summary").get_text(strip=True) == "3 need step-free access, 1 BSL."
    assert "resident1@example.org" in soup.get_text()
    assert AuditEvent.objects.filter(action=AuditAction.VIEW, subject=f"sign-ups: session {booked.pk}").exists()


@pytest.mark.parametrize("group", ["Editors", "Councillors"])
def test_editors_and_councillors_never_see_signups(client, booked, group):
    login_as(client, group)
    for url in (
        reverse("assemblies_attendees", args=[booked.pk]),
        reverse("assemblies_register", args=[booked.pk]),
        reverse("assemblies_export", args=[booked.pk, "csv"]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"resident1@example.org" not in response.content
    assert client.get("/admin/assembly_sessions/").status_code in (302, 403)


def test_engagement_leads_manage_sessions_in_the_admin(client, booked):
    login_as(client, "Engagement leads")
    response = client.get("/admin/assembly_sessions/")
    assert response.status_code == 200 and b"Attendees" in response.content


def test_csv_export_is_safe_to_open_in_a_spreadsheet_and_audited(client, booked):
    login_as(client, "Engagement leads")
    response = client.get(reverse("assemblies_export", args=[booked.pk, "csv"]))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Position", "Status", "Name"]
    assert rows[3][2] == '\'=HYPERLINK("http://evil")'
    event = AuditEvent.objects.get(action=AuditAction.EXPORT)
    assert event.row_count == 3 and event.actor_name.startswith("staff")


def test_xlsx_export_has_every_signup(client, booked):
    login_as(client, "Engagement leads")
    response = client.get(reverse("assemblies_export", args=[booked.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert sheet.max_row == 4
    signed_up = [cell.value for cell in sheet[1]].index("Signed up") + 1
    first = Signup.objects.get(session=booked, position=1)
    cell = sheet.cell(row=2, column=signed_up)
    assert cell.is_date and cell.number_format == "yyyy-mm-dd hh:mm"
    assert cell.value == timezone.localtime(first.created_at).replace(second=0, microsecond=0, tzinfo=None)


def test_register_ticks_people_off_and_adds_walk_ins(client, booked):
    login_as(client, "Engagement leads")
    url = reverse("assemblies_register", args=[booked.pk])
    first = Signup.objects.get(email="resident1@example.org")
    client.post(url, {"action": "register", "attended": [str(first.pk)]})
    client.post(url, {"action": "walk_in", "walkin-name": "Pat Walker", "walkin-needs_step_free": "on"})
    first.refresh_from_db()
    assert first.status == SignupStatus.ATTENDED
    walk_in = Signup.objects.get(is_walk_in=True)
    assert walk_in.name == "Pat Walker" and walk_in.status == SignupStatus.ATTENDED


def test_capacity_below_the_people_booked_is_refused_in_the_admin_with_a_message(client, booked):
    login_as(client, "Engagement leads")
    url = f"/admin/assembly_sessions/edit/{booked.pk}/"
    form = BeautifulSoup(client.get(url).content, "html.parser").find("form", id="w-editor-form")
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            data[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            data[name] = field.get_text()
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    data["capacity"] = "1"
    response = client.post(url, data)
    assert response.status_code == 200
    assert b"3 people already have a place" in response.content
    booked.refresh_from_db()
    assert booked.capacity == 4


def test_export_command_writes_csv_and_xlsx_and_audits_each(booked, tmp_path):
    csv_file, xlsx_file = tmp_path / "s.csv", tmp_path / "s.xlsx"
    call_command("export_signups", str(booked.pk), "--format", "csv", "--output", str(csv_file), stderr=io.StringIO())
    call_command("export_signups", str(booked.pk), "--format", "xlsx", "--output", str(xlsx_file), stderr=io.StringIO())
    assert "'=HYPERLINK" in csv_file.read_text(encoding="utf-8-sig")
    assert load_workbook(xlsx_file).active.max_row == 4
    assert AuditEvent.objects.filter(action=AuditAction.EXPORT, via="command").count() == 2


def test_export_command_says_clearly_when_the_session_does_not_exist(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no session with id 424242"):
        call_command("export_signups", "424242")


def test_apply_retention_reports_counts_and_writes_one_audit_event(db):
    out = io.StringIO()
    call_command("apply_retention", stdout=out)
    assert "assembly sign-ups: anonymised 0" in out.getvalue()
    assert AuditEvent.objects.filter(action=AuditAction.ANONYMISE, via="command").count() == 1
