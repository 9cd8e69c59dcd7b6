"""Subject access and erasure by email address, as commands and as the admin page 'Data requests',
and retention covering every personal field."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django_tasks_db.models import DBTaskResult

from django.apps import apps
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session as BrowserSession
from django.core.management import CommandError, call_command
from django.db import models
from django.utils import timezone

from assemblies.factories import AssemblyIndexPageFactory, AssemblyPageFactory, SessionFactory, SignupFactory
from assemblies.models import Signup, SignupStatus
from consultations import services as consultation_services
from consultations.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from consultations.models import Answer, Draft, Response
from consultations.tests.helpers import full_answers
from fitforfuture import data_protection
from fitforfuture.models import AuditEvent
from home.factories import NewsletterSubscriptionFactory, UserFactory
from home.models import NewsletterSubscription, SubscriptionStatus

EMAIL = "Ada.Resident@Example.org"
OTHER = "someone.else@example.org"


def email_task(*, to: str, status: str = "SUCCESSFUL", finished_days_ago: int = 0) -> DBTaskResult:
    now = timezone.now()
    return DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [], "kwargs": {"to": to, "subject": "Your answers", "template": "x", "context": {}}},
        task_path="home.tasks.send_templated_email",
        backend_name="default",
        run_after=now,
        finished_at=now - timedelta(days=finished_days_ago) if status in {"SUCCESSFUL", "FAILED"} else None,
    )


@pytest.fixture
def held(home_page):
    """One resident (EMAIL) in every place the site keeps people, and someone else beside them."""
    consultation = ConsultationPageFactory(parent=ConsultationIndexPageFactory(parent=home_page), title="Stroke")
    response, _ = consultation_services.response_create(
        consultation=consultation,
        answers=full_answers(consultation, text="The bus to Ely takes too long."),
        about={"respondent_type": "individual", "name": "Ada Resident", "age_band": "65 to 74"},
        email=EMAIL.lower(),
        staff_notes="Rang to check her postcode",
    )
    other_response, _ = consultation_services.response_create(
        consultation=consultation, answers=full_answers(consultation), about={"name": "Bob"}, email=OTHER
    )
    draft = Draft.objects.create(
        consultation=consultation,
        token="t" * 40,
        email=EMAIL.upper(),
        data={"q": "half an answer"},
        expires_at=timezone.now() + timedelta(days=3),
    )
    assembly = AssemblyPageFactory(parent=AssemblyIndexPageFactory(parent=home_page))
    upcoming = SessionFactory(assembly=assembly, capacity=1)
    signup = SignupFactory(
        session=upcoming,
        seat_number=1,
        position=1,
        name="Ada Resident",
        email=EMAIL.lower(),
        phone="01353 000000",
        needs_bsl=True,
        needs_interpreter=True,
        interpreter_language="Polish",
        other_access_needs="A chair near the door",
        dietary_needs="No nuts",
    )
    waiting = SignupFactory(
        session=upcoming, status=SignupStatus.WAITING, seat_number=None, position=2, email=OTHER, name="Bob"
    )
    subscription = NewsletterSubscriptionFactory(email=EMAIL.lower())
    NewsletterSubscriptionFactory(email=OTHER)
    task = email_task(to=EMAIL.lower())
    # A sign-up's "check your email" page keeps the address in the browser session for a while;
    # another browser's session holds someone else's.
    session = SessionStore()
    session["alerts_email"] = EMAIL.lower()
    session["consultation:1"] = {"answers": {"q": "typed part-way"}, "token": "secret-submission-token"}
    session.create()
    other_session = SessionStore()
    other_session["newsletter_email"] = OTHER
    other_session.create()
    alert = None
    if apps.is_installed("subscriptions"):
        alert = apps.get_model("subscriptions", "Subscription").objects.create(
            email=EMAIL.lower(), kind="near_me", new_consultations=True, requested_at=timezone.now()
        )
    return {
        "alert": alert,
        "response": response,
        "other_response": other_response,
        "draft": draft,
        "signup": signup,
        "waiting": waiting,
        "subscription": subscription,
        "task": task,
        "session": session.session_key,
        "other_session": other_session.session_key,
    }


def held_count(held) -> int:
    return 7 if held["alert"] else 6


def test_subject_access_finds_everything_held_under_an_address_whatever_its_case(held):
    records = data_protection.person_records(email=EMAIL)
    assert records.counts == {
        "consultation responses": 1,
        "saved drafts": 1,
        "assembly sign-ups": 1,
        "newsletter subscriptions": 1,
        "email alerts": 1 if held["alert"] else 0,
        "emails queued or sent": 1,
        "browser sessions": 1,
    }


def test_subject_access_command_writes_json_of_everything_held(held, tmp_path):
    output = tmp_path / "copy.json"
    call_command("subject_access", EMAIL, "--output", str(output))
    data = json.loads(output.read_text(encoding="utf-8"))
    (response,) = data["consultation_responses"]
    assert response["reference"] == held["response"].reference
    assert response["name"] == "Ada Resident"
    assert response["staff_notes"] == "Rang to check her postcode"
    assert ["The bus to Ely takes too long."] in [row["answer"] for row in response["answers"]]
    (signup,) = data["assembly_signups"]
    assert signup["phone"] == "01353 000000"
    assert "Interpreter (Polish)" in signup["access_needs"]
    assert data["saved_drafts"][0]["answers_so_far"] == {"q": "half an answer"}
    assert data["newsletter"][0]["email"] == EMAIL.lower()
    assert data["emails"][0]["subject"] == "Your answers"
    assert len(data["email_alerts"]) == (1 if held["alert"] else 0)
    assert "Bob" not in output.read_text(encoding="utf-8")
    (session,) = data["browser_sessions"]
    assert session["holds"]["alerts_email"] == EMAIL.lower()
    assert session["holds"]["consultation:1"]["answers"] == {"q": "typed part-way"}
    # Secret links and tokens are not part of the copy.
    assert held["subscription"].unsubscribe_token not in output.read_text(encoding="utf-8")
    assert "secret-submission-token" not in output.read_text(encoding="utf-8")


def test_subject_access_is_audited_without_the_address(held, capsys):
    call_command("subject_access", EMAIL)
    event = AuditEvent.objects.get(action="subject_access")
    assert event.subject == data_protection.email_fingerprint(EMAIL)
    assert event.subject == data_protection.email_fingerprint(EMAIL.lower())
    assert "example.org" not in event.subject + event.detail
    assert event.row_count == held_count(held)
    assert event.via == "command"


def test_subject_access_refuses_something_that_is_not_an_address(db):
    with pytest.raises(CommandError, match="not an email address"):
        call_command("subject_access", "not-an-address")


def test_erase_dry_run_counts_and_changes_nothing(held, capsys):
    call_command("erase_person", EMAIL, "--dry-run")
    assert "consultation responses: would erase 1" in capsys.readouterr().out
    assert data_protection.person_records(email=EMAIL).total == held_count(held)
    assert AuditEvent.objects.get().detail.startswith("Dry run")


def test_erase_removes_the_person_but_keeps_answers_and_counts(held, capsys):
    answers_before = Answer.objects.filter(response=held["response"]).count()
    call_command("erase_person", EMAIL)

    response = Response.objects.get(pk=held["response"].pk)
    assert (response.name, response.email, response.organisation_name, response.staff_notes) == ("", "", "", "")
    assert response.anonymised_at is not None
    assert response.age_band == "65 to 74"
    assert Answer.objects.filter(response=response).count() == answers_before

    signup = Signup.objects.get(pk=held["signup"].pk)
    assert signup.name == "Anonymised"
    for name in ("email", "phone", "interpreter_language", "other_access_needs", "dietary_needs"):
        assert getattr(signup, name) == "", name
    assert signup.needs_bsl is True  # ticked needs stay, as counts
    assert signup.status == SignupStatus.CANCELLED
    assert signup.cancel_nonce != held["signup"].cancel_nonce

    assert not Draft.objects.filter(pk=held["draft"].pk).exists()
    assert not NewsletterSubscription.objects.filter(email__iexact=EMAIL).exists()
    assert not DBTaskResult.objects.filter(pk=held["task"].pk).exists()
    if held["alert"]:
        assert not type(held["alert"]).objects.filter(pk=held["alert"].pk).exists()
    assert not BrowserSession.objects.filter(session_key=held["session"]).exists()
    assert data_protection.person_records(email=EMAIL).total == 0


def test_erasing_someone_with_a_place_gives_it_to_the_waiting_list(held):
    data_protection.erase_person(email=EMAIL, actor=None, via="command")
    held["waiting"].refresh_from_db()
    assert held["waiting"].status == SignupStatus.CONFIRMED


def test_erasure_leaves_everyone_else_alone(held):
    data_protection.erase_person(email=EMAIL, actor=None, via="command")
    other = Response.objects.get(pk=held["other_response"].pk)
    assert other.email == OTHER
    assert other.name == "Bob"
    assert NewsletterSubscription.objects.filter(email=OTHER).exists()
    assert BrowserSession.objects.filter(session_key=held["other_session"]).exists()


def test_erasure_does_not_read_expired_sessions_nor_ones_without_the_address(held):
    BrowserSession.objects.filter(session_key=held["session"]).update(expire_date=timezone.now() - timedelta(seconds=1))
    assert data_protection.person_records(email=EMAIL).browser_sessions == []
    assert data_protection.person_records(email="nobody@example.org").total == 0


def test_sessions_are_kept_in_the_database_where_erasure_can_find_them(settings):
    # Another engine (signed cookies, the cache) would hold addresses that erasure cannot reach.
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"


def test_erasure_is_audited_by_fingerprint_not_address(held):
    data_protection.erase_person(email=EMAIL, actor=None, via="command")
    event = AuditEvent.objects.get(action="erase")
    assert event.subject == data_protection.email_fingerprint(EMAIL)
    assert "@" not in event.subject + event.detail
    assert "consultation responses: 1" in event.detail


# -- the admin page ---------------------------------------------------------------------------

URL = "/admin/data-requests/"


def signed_in(client, group):
    user = UserFactory(groups=[group])
    client.force_login(user)
    return user


def test_an_engagement_lead_finds_a_person_and_sees_what_is_held(client, held):
    lead = signed_in(client, "Engagement leads")
    page = client.post(URL, {"email": EMAIL, "action": "find"})
    assert page.status_code == 200
    text = BeautifulSoup(page.content, "html.parser").get_text(" ")
    assert held["response"].reference in text
    assert "01353 000000" in text
    assert "1 browser session still holds this address" in text
    assert "It ends by" in text
    event = AuditEvent.objects.get(action="subject_access")
    assert event.actor == lead
    assert "Looked up in the admin" in event.detail


def test_an_engagement_lead_downloads_a_copy(client, held):
    signed_in(client, "Engagement leads")
    download = client.post(URL, {"email": EMAIL, "action": "download"})
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert json.loads(download.content)["summary"]["assembly sign-ups"] == 1


def test_erasing_from_the_admin_asks_to_confirm_first(client, held):
    signed_in(client, "Engagement leads")
    ask = client.post(URL, {"email": EMAIL, "action": "erase"})
    assert ask.status_code == 200
    assert b"Yes, erase their data" in ask.content
    assert b"end 1 browser session that holds the email address" in ask.content
    assert data_protection.person_records(email=EMAIL).total == held_count(held)

    done = client.post(URL, {"email": EMAIL, "action": "erase", "confirm": "yes"})
    assert done.status_code == 200
    assert b"Data erased" in done.content
    assert data_protection.person_records(email=EMAIL).total == 0
    assert AuditEvent.objects.filter(action="erase", via="admin").count() == 1


def test_a_mistyped_address_gets_a_clear_error_and_keeps_what_was_typed(client, db, home_page):
    signed_in(client, "Engagement leads")
    page = client.post(URL, {"email": "ada@", "action": "find"})
    assert page.status_code == 400
    html = BeautifulSoup(page.content, "html.parser")
    field = html.find("input", {"name": "email"})
    assert field["value"] == "ada@"
    assert "Enter an email address in the correct format" in html.find(id="id_email-error").get_text()
    assert "id_email-error" in field["aria-describedby"]


@pytest.mark.parametrize("group", ["Editors", "Councillors"])
def test_editors_and_councillors_cannot_use_data_requests(client, held, group):
    signed_in(client, group)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"email": EMAIL, "action": "erase", "confirm": "yes"}).status_code == 403
    assert data_protection.person_records(email=EMAIL).total == held_count(held)


# -- retention --------------------------------------------------------------------------------


def test_retention_clears_every_personal_field(held, settings):
    settings.CONSULTATION_RETENTION_DAYS = 0
    settings.ASSEMBLY_RETENTION_DAYS = 0
    settings.TASK_RESULT_DAYS = 7
    settings.NEWSLETTER_CONFIRM_DAYS = 7
    consultation = held["response"].consultation
    type(consultation).objects.filter(pk=consultation.pk).update(closes_at=timezone.now() - timedelta(days=1))
    session = held["signup"].session
    type(session).objects.filter(pk=session.pk).update(
        starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now() - timedelta(days=1)
    )
    Draft.objects.filter(pk=held["draft"].pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    NewsletterSubscription.objects.filter(pk=held["subscription"].pk).update(
        status=SubscriptionStatus.PENDING, requested_at=timezone.now() - timedelta(days=8)
    )
    DBTaskResult.objects.filter(pk=held["task"].pk).update(finished_at=timezone.now() - timedelta(days=8))
    if held["alert"]:
        type(held["alert"]).objects.filter(pk=held["alert"].pk).update(requested_at=timezone.now() - timedelta(days=8))
    pending_email = email_task(to=EMAIL.lower(), status="READY")

    call_command("apply_retention")

    erased = {
        "consultations.Response": Response.objects.filter(pk=held["response"].pk),
        "assemblies.Signup": Signup.objects.filter(pk=held["signup"].pk),
    }
    for label, rows in erased.items():
        row = rows.get()
        for name in data_protection.PERSONAL_FIELDS[label]:
            assert getattr(row, name) in ("", "Anonymised"), f"{label}.{name} kept after retention"
    assert not Draft.objects.filter(pk=held["draft"].pk).exists()
    assert not NewsletterSubscription.objects.filter(pk=held["subscription"].pk).exists()
    assert not DBTaskResult.objects.filter(pk=held["task"].pk).exists()
    assert DBTaskResult.objects.filter(pk=pending_email.pk).exists()  # not sent yet: kept
    if held["alert"]:
        assert not type(held["alert"]).objects.filter(pk=held["alert"].pk).exists()


def test_retention_keeps_confirmed_subscribers_and_recent_email_records(held):
    recent = email_task(to=OTHER, finished_days_ago=1)
    call_command("apply_retention")
    assert NewsletterSubscription.objects.filter(pk=held["subscription"].pk).exists()
    assert DBTaskResult.objects.filter(pk=recent.pk).exists()


def test_retention_deletes_expired_browser_sessions_which_can_hold_typed_answers(db):
    store = SessionStore()
    store["answers"] = {"q": "typed part-way"}
    store.create()
    BrowserSession.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() - timedelta(minutes=1)
    )
    call_command("apply_retention")
    assert not BrowserSession.objects.filter(session_key=store.session_key).exists()


# Models that hold an email address that is not a resident's.
NOT_A_RESIDENT = {"fitforfuture.SiteSettings"}


def test_every_model_with_an_email_address_is_covered_by_data_protection():
    project_apps = {"fitforfuture", "home", "consultations", "assemblies", "subscriptions"}
    holding_email = {
        model._meta.label
        for model in apps.get_models()
        if model._meta.app_label in project_apps
        and any(isinstance(field, models.EmailField) for field in model._meta.get_fields())
    }
    missing = holding_email - set(data_protection.PERSONAL_FIELDS) - NOT_A_RESIDENT
    assert not missing, f"Add {sorted(missing)} to fitforfuture.data_protection (access, erasure, retention)"


def test_the_privacy_notice_names_what_is_collected_and_how_to_ask_for_a_copy_or_erasure():
    from home.demo import seed_content

    notice = next(page for page in seed_content.PAGES if page["slug"] == "privacy")
    words = [
        BeautifulSoup(block["value"], "html.parser").get_text(" ")
        if block["type"] == "rich_text"
        else block["value"]["text"]
        for block in notice["body"]
    ]
    text = " ".join(words).lower()
    collected = [
        "email address",  # every form
        "your name",  # consultation responses and sign-ups
        "organisation",
        "equality questions",
        "first part of your postcode",
        "answers so far",  # saved drafts
        "phone number",
        "access needs",
        "interpreter",
        "dietary needs",
        "whether you came",
        "email alerts",
        "add a short note",  # staff notes on responses entered for someone
    ]
    assert [words for words in collected if words not in text] == []
    assert "asking for a copy, or for us to delete your information" in text
    assert "we keep only numbers" in text  # sign-ups are anonymised, not deleted
