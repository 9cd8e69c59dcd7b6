"""A backup of a populated site restores every page, response and upload."""

import json
from datetime import timedelta

import pytest

from django.utils import timezone

from wagtail.models import Page

from consultations.demo import miu_questions
from consultations.models import ConsultationIndexPage, ConsultationPage, Response
from consultations.services import response_create
from fitforfuture.backups import backup_create, backup_restore
from home.factories import LibraryDocumentFactory, NewsletterSubscriptionFactory, StandardPageFactory
from home.models import LibraryDocument, NewsletterSubscription


@pytest.fixture
def populated_site(home_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    StandardPageFactory(parent=home_page, title="Our plan")
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    consultation = ConsultationPage(
        title="Minor injury units",
        slug="minor-injury-units",
        opens_at=timezone.now() - timedelta(days=1),
        closes_at=timezone.now() + timedelta(days=9),
        questions=json.dumps(miu_questions()),
    )
    index.add_child(instance=consultation)
    question = consultation.questionnaire.asked[4]
    for number in range(3):
        response_create(consultation=consultation, answers={question.field_name: f"Comment {number}"})
    NewsletterSubscriptionFactory()
    LibraryDocumentFactory(title="STP summary")
    return {
        "pages": Page.objects.count(),
        "responses": Response.objects.count(),
        "subscribers": NewsletterSubscription.objects.count(),
        "documents": LibraryDocument.objects.count(),
    }


def current_counts():
    return {
        "pages": Page.objects.count(),
        "responses": Response.objects.count(),
        "subscribers": NewsletterSubscription.objects.count(),
        "documents": LibraryDocument.objects.count(),
    }


@pytest.mark.django_db(transaction=True)
def test_backup_then_restore_brings_back_every_page_response_and_upload(populated_site, tmp_path, settings):
    backup = backup_create(directory=tmp_path / "backups")
    document_file = settings.MEDIA_ROOT / LibraryDocument.objects.get().file.name

    Response.objects.all().delete()
    NewsletterSubscription.objects.all().delete()
    document_file.unlink()
    assert current_counts() != populated_site

    backup_restore(source=backup)
    assert current_counts() == populated_site
    assert document_file.exists()
    assert sorted(Response.objects.values_list("answers__text", flat=True)) == ["Comment 0", "Comment 1", "Comment 2"]
