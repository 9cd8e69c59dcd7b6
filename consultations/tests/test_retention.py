"""Personal data in responses is removed after the retention period; the answers stay."""

import json
from datetime import timedelta

import pytest

from django.core.management import call_command
from django.utils import timezone

from consultations.demo import miu_questions
from consultations.models import Answer, ConsultationIndexPage, ConsultationPage, Draft, Response
from consultations.services import response_create
from fitforfuture.models import AuditEvent


@pytest.fixture
def old_consultation(home_page, settings):
    settings.CONSULTATION_RETENTION_DAYS = 365
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    page = ConsultationPage(
        title="Minor injury units",
        slug="minor-injury-units",
        opens_at=timezone.now() - timedelta(days=500),
        closes_at=timezone.now() - timedelta(days=400),
        questions=json.dumps(miu_questions()),
    )
    index.add_child(instance=page)
    return page


def test_retention_anonymises_old_responses_but_keeps_their_answers(old_consultation):
    question = old_consultation.questionnaire.asked[4]
    response, _ = response_create(
        consultation=old_consultation,
        answers={question.field_name: "Keep it open"},
        about={"name": "Ann Example", "respondent_type": "organisation", "organisation_name": "Ely Patients"},
        email="ann@example.org",
    )
    Draft.objects.create(
        consultation=old_consultation, token="t", email="x@example.org", expires_at=timezone.now() - timedelta(days=1)
    )
    call_command("apply_retention", verbosity=0)
    response.refresh_from_db()
    assert (response.name, response.email, response.organisation_name) == ("", "", "")
    assert response.anonymised_at is not None
    assert Answer.objects.get(response=response).text == "Keep it open"
    assert not Draft.objects.exists()
    assert AuditEvent.objects.filter(action="anonymise").exists()


def test_retention_leaves_recent_responses_alone(old_consultation):
    old_consultation.closes_at = timezone.now() - timedelta(days=10)
    old_consultation.save_revision().publish()
    response, _ = response_create(consultation=old_consultation, answers={}, about={"name": "Bo"})
    call_command("apply_retention", "--dry-run", verbosity=0)
    call_command("apply_retention", verbosity=0)
    assert Response.objects.get(pk=response.pk).name == "Bo"
