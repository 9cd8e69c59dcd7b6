"""Responses from every channel, and their answers, one row per answer for fast reports."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_noop


class Channel(models.TextChoices):
    ONLINE = "online", "Online"
    PAPER = "paper", "Paper form"
    EVENT = "event", "Event or assembly"
    EMAIL = "email", "Email"
    LETTER = "letter", "Letter"
    PHONE = "phone", "Phone"


class RespondentType(models.TextChoices):
    # Marked for the answering form's translations; stored and exported in English.
    INDIVIDUAL = "individual", gettext_noop("As an individual")
    ORGANISATION = "organisation", gettext_noop("On behalf of an organisation")


REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I, so it can be read out on the phone


def new_reference() -> str:
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"FFF-{body[:4]}-{body[4:]}"


class Response(models.Model):
    consultation = models.ForeignKey(
        "consultations.ConsultationPage", on_delete=models.PROTECT, related_name="responses"
    )
    reference = models.CharField(max_length=16, unique=True, default=new_reference)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.ONLINE, db_index=True)
    submitted_at = models.DateTimeField(db_index=True)
    received_on = models.DateField(null=True, blank=True, help_text="For post, email or phone: the day it arrived.")
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    idempotency_token = models.CharField(max_length=64, unique=True, null=True, blank=True)

    # About you (all optional). Personal data is anonymised by the retention command.
    respondent_type = models.CharField(max_length=15, choices=RespondentType.choices, blank=True)
    organisation_name = models.CharField(max_length=200, blank=True)
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True, help_text="Only if they asked for a copy of their answers.")
    age_band = models.CharField(max_length=20, blank=True, db_index=True)
    sex = models.CharField(max_length=30, blank=True)
    ethnicity = models.CharField(max_length=60, blank=True)
    disability = models.CharField(max_length=30, blank=True)
    carer = models.CharField(max_length=30, blank=True)
    postcode_district = models.CharField(max_length=5, blank=True, db_index=True)

    possible_campaign = models.BooleanField(
        default=False, help_text="Has free text identical to another response. Flagged, never deleted."
    )
    anonymised_at = models.DateTimeField(null=True, blank=True)
    staff_notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        permissions = [
            ("export_response", "Can export responses"),
        ]
        indexes = [models.Index(fields=["consultation", "channel"])]

    def __str__(self) -> str:
        return self.reference


class Answer(models.Model):
    """One answer: an option picked (with its rank or scale point), or some text."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=36, db_index=True)
    option_id = models.CharField(max_length=36, blank=True)
    rank = models.PositiveSmallIntegerField(null=True, blank=True)
    text = models.TextField(blank=True)
    text_fingerprint = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        indexes = [models.Index(fields=["question_id", "option_id"])]

    def __str__(self) -> str:
        return f"{self.question_id}: {self.option_id or self.text[:40]}"


class Draft(models.Model):
    """Answers saved part-way, so someone can come back by the link we email them."""

    consultation = models.ForeignKey("consultations.ConsultationPage", on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64, unique=True)
    email = models.EmailField()
    data = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Draft for {self.consultation_id}"
