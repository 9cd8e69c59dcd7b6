"""Writes for consultations: storing responses exactly once, drafts, edit protection, retention."""

import hashlib
import re
import secrets
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop

from consultations import exports, selectors
from consultations.models import (
    Answer,
    Channel,
    ConsultationPage,
    Draft,
    ExportFormat,
    ExportJob,
    ExportStatus,
    Response,
)
from consultations.questionnaire import Question, Questionnaire
from fitforfuture.audit import AuditAction, audit_record
from fitforfuture.exports import read_elsewhere, write_csv, write_xlsx
from fitforfuture.languages import content_language
from home.tasks import send_templated_email

CAMPAIGN_MIN_LENGTH = 30
ABOUT_YOU_FIELDS = (
    "respondent_type",
    "organisation_name",
    "name",
    "age_band",
    "sex",
    "ethnicity",
    "disability",
    "carer",
)


def text_fingerprint(text: str, *, consultation_id: int) -> str:
    """The same for texts sent to one consultation that differ only in case, spacing or
    punctuation (for campaign detection); different for the same text sent to another one, so
    finding a consultation's repeated texts needs the fingerprint index alone."""
    folded = re.sub(r"[\W_]+", " ", text.casefold()).strip()
    if len(folded) < CAMPAIGN_MIN_LENGTH:
        return ""
    return hashlib.sha256(f"{consultation_id}:{folded}".encode()).hexdigest()


def answers_from_cleaned(*, question: Question, data: dict) -> list[Answer]:
    """Answer rows (unsaved, without a response) for one question, from cleaned form data."""
    name = question.field_name
    if question.kind in {"single_choice", "likert", "yes_no"}:
        value = data.get(name)
        return [Answer(question_id=question.id, option_id=value)] if value else []
    if question.kind == "multiple_choice":
        return [Answer(question_id=question.id, option_id=value) for value in data.get(name) or []]
    if question.kind == "ranking":
        rows = []
        for option in question.options:
            rank = data.get(f"{name}__{option.id}")
            if rank:
                rows.append(Answer(question_id=question.id, option_id=option.id, rank=int(rank)))
        return rows
    text = (data.get(name) or "").strip()
    if not text:
        return []
    return [Answer(question_id=question.id, text=text)]


def answer_rows(*, questionnaire: Questionnaire, data: dict, response: Response) -> list[Answer]:
    """The Answer rows (unsaved) of a response, in question order, free texts fingerprinted."""
    rows = []
    for question in questionnaire.questions:
        for answer in answers_from_cleaned(question=question, data=data):
            answer.response = response
            if question.kind == "free_text":
                answer.text_fingerprint = text_fingerprint(answer.text, consultation_id=response.consultation_id)
            rows.append(answer)
    return rows


def response_create(
    *,
    consultation: ConsultationPage,
    answers: dict,
    about: dict | None = None,
    channel: str = Channel.ONLINE,
    token: str | None = None,
    entered_by=None,
    email: str = "",
    received_on=None,
    staff_notes: str = "",
) -> tuple[Response, bool]:
    """Store a response exactly once. The same token always gives back the first response stored.

    The unique token column decides, so there is no read before the write: a token seen before
    fails the insert, and the response stored with it is returned.
    """
    about = about or {}
    questionnaire = consultation.questionnaire
    district = about.get("postcode") or next(
        (
            answers.get(q.field_name)
            for q in questionnaire.questions
            if q.kind == "postcode" and answers.get(q.field_name)
        ),
        "",
    )
    response = Response(
        # A translation's answers join the English consultation's: one dataset, one report.
        consultation=consultation.source_consultation,
        channel=channel,
        submitted_at=timezone.now(),
        received_on=received_on,
        entered_by=entered_by,
        idempotency_token=token or None,
        email=email,
        staff_notes=staff_notes,
        postcode_district=district,
        **{key: about.get(key, "") or "" for key in ABOUT_YOU_FIELDS},
    )
    # Everything is made ready before the transaction, which holds SQLite's one write lock.
    rows = answer_rows(questionnaire=questionnaire, data=answers, response=response)
    try:
        with transaction.atomic():
            response.save(force_insert=True)
            Answer.objects.bulk_create(rows)
    except IntegrityError:
        # Sent before, or two identical submissions raced: the first one stored is the response.
        existing = Response.objects.filter(idempotency_token=token).first() if token else None
        if existing is None:
            raise
        return existing, False
    _flag_campaigns(response=response, fingerprints={row.text_fingerprint for row in rows} - {""})
    if email:
        _email_resident(
            consultation=consultation,
            to=email,
            subject=gettext_noop("Your answers to: %(title)s"),
            template="consultations/email/receipt",
            context={
                "consultation_title": consultation.title,
                "reference": response.reference,
                "summary": [
                    {"question": row["question"].text, "answers": row["answers"]}
                    for row in answers_summary(questionnaire=questionnaire, answers=answers)
                ],
            },
        )
    return response, True


def _email_resident(*, consultation: ConsultationPage, to: str, subject: str, template: str, context: dict) -> None:
    """Email someone about a consultation in the language of the page they answered (its
    questions and answers are in it already); `subject` may name the consultation as %(title)s."""
    language = content_language(consultation)
    with translation.override(language):
        subject = gettext(subject) % {"title": consultation.title}
    send_templated_email.enqueue(to=to, subject=subject, template=template, context=context, language=language)


def _flag_campaigns(*, response: Response, fingerprints: set[str]) -> None:
    """Mark the response, and every earlier one not marked yet, that shares a long free text.

    Run once the response is stored, outside its transaction: first a read by the fingerprint
    index alone (fingerprints are per consultation), which finds nothing for nearly every
    response, then, only when a text is repeated, one UPDATE touching rows not marked before.
    Neither grows with a consultation's responses or a campaign's size. Two identical texts
    sent at once are both marked: whichever is stored second finds the first. The only
    response holding any of the other texts of a repeated one is this one (or those texts
    would be repeated too), so every row marked shares some text with another response.
    """
    if not fingerprints:
        return
    answers = Answer.objects.filter(text_fingerprint__in=fingerprints)
    others = answers.exclude(response_id=response.pk)
    if not others.exists():
        return
    Response.objects.filter(
        Exists(others),
        pk__in=answers.values("response_id"),
        possible_campaign=False,
    ).update(possible_campaign=True)
    response.possible_campaign = True


def answers_summary(*, questionnaire: Questionnaire, answers: dict) -> list[dict]:
    """Question and answer text, in order, for the check-answers page and the receipt email."""
    summary = []
    for question in questionnaire.asked:
        rows = answers_from_cleaned(question=question, data=answers)
        if question.kind == "ranking":
            ordered = sorted(rows, key=lambda row: row.rank)
            shown = [f"{row.rank}. {question.option_label(row.option_id)}" for row in ordered]
        elif question.kind in {"single_choice", "likert", "yes_no", "multiple_choice"}:
            shown = [question.option_label(row.option_id) for row in rows]
        else:
            shown = [row.text for row in rows]
        summary.append({"question": question, "answers": shown})
    return summary


def questionnaire_check_edit(*, consultation: ConsultationPage) -> None:
    """Refuse an edit that would drop a question or option that already has answers."""
    if not consultation.pk:
        return
    answered = (
        Answer.objects.filter(response__consultation_id=consultation.pk)
        .values("question_id", "option_id")
        .annotate(total=Count("id"))
    )
    if not answered:
        return
    questionnaire = Questionnaire.from_stream(consultation.questions)
    present = questionnaire.by_id()
    previous = Questionnaire.from_page(ConsultationPage.objects.get(pk=consultation.pk)).by_id()
    problems = []
    for row in answered:
        question = present.get(row["question_id"])
        old = previous.get(row["question_id"])
        label = old.text if old else "a question"
        if question is None:
            problems.append(
                f"'{label}' has {row['total']} answers, so it cannot be removed. Tick 'Retired' to stop asking it."
            )
        elif row["option_id"] and question.kind in {"single_choice", "multiple_choice", "ranking"}:
            if row["option_id"] not in {option.id for option in question.options}:
                option = old.option_label(row["option_id"]) if old else row["option_id"]
                problems.append(
                    f"The option '{option}' of '{label}' has {row['total']} answers, so it cannot be removed."
                )
    if problems:
        raise ValidationError({"questions": sorted(set(problems))})


def draft_save(*, consultation: ConsultationPage, email: str, data: dict) -> Draft:
    """Keep answers so far and email a link to come back to them."""
    expires = min(consultation.closes_at, timezone.now() + timedelta(days=settings.CONSULTATION_DRAFT_DAYS))
    draft = Draft.objects.create(
        consultation=consultation, token=secrets.token_urlsafe(32), email=email, data=data, expires_at=expires
    )
    link = settings.SITE_URL.rstrip("/") + consultation.url + consultation.reverse_subpage("resume", args=[draft.token])
    _email_resident(
        consultation=consultation,
        to=email,
        subject=gettext_noop("Come back to your answers: %(title)s"),
        template="consultations/email/draft",
        context={"consultation_title": consultation.title, "link": link, "expires": expires.isoformat()},
    )
    return draft


def draft_take(*, consultation: ConsultationPage, token: str) -> dict | None:
    """The saved answers for a link, or None if the link is unknown or expired. The draft is then removed."""
    draft = Draft.objects.filter(consultation=consultation, token=token, expires_at__gt=timezone.now()).first()
    if draft is None:
        return None
    data = draft.data
    draft.delete()
    return data


def responses_anonymise_after_retention(*, now=None, dry_run: bool = False) -> int:
    """Remove names, emails and organisation details from responses to consultations closed
    longer than CONSULTATION_RETENTION_DAYS. The answers stay, for reports."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.CONSULTATION_RETENTION_DAYS)
    expired = Response.objects.filter(consultation__closes_at__lt=cutoff, anonymised_at__isnull=True)
    if dry_run:
        return expired.count()
    return expired.update(name="", email="", organisation_name="", staff_notes="", anonymised_at=now)


def drafts_delete_expired(*, now=None, dry_run: bool = False) -> int:
    """Delete saved part-answers whose link has expired."""
    now = now or timezone.now()
    expired = Draft.objects.filter(expires_at__lt=now)
    if dry_run:
        return expired.count()
    deleted, _ = expired.delete()
    return deleted


# A confirmation link carries its reference, signed, so the page shows it straight away without
# a database lookup; after a day the link is checked against the stored responses instead (so a
# response erased since then is no longer confirmed).
CONFIRMATION_SALT = "consultations.confirmation"
CONFIRMATION_LINK_SECONDS = 24 * 3600


def confirmation_code(*, response: Response) -> str:
    """The last part of a response's confirmation link: its reference and when it was sent,
    signed, in the letters a page address may hold. The same response always gets the same link."""
    sent = signing.b62_encode(int(response.submitted_at.timestamp()))
    signed = signing.Signer(salt=CONFIRMATION_SALT).sign(f"{response.consultation_id}~{response.reference}~{sent}")
    return signing.b64_encode(signed.encode()).decode()


def confirmation_reference(*, consultation: ConsultationPage, code: str) -> str | None:
    """The reference a confirmation link stands for on this consultation, or None.

    A link to a response sent in the last day is trusted for its signature; an older one is
    checked against the stored responses, and a link holding a submission token (as links did
    before) is looked up by it.
    """
    try:
        signed = signing.b64_decode(code.encode()).decode()
        consultation_id, reference, sent = signing.Signer(salt=CONFIRMATION_SALT).unsign(signed).split("~")
        age = time.time() - signing.b62_decode(sent)
    except (signing.BadSignature, ValueError):  # ValueError: not base64, not text, not our three parts
        response = selectors.response_for_token(consultation=consultation, token=code)
        return response.reference if response is not None else None
    if consultation_id != str(consultation.source_consultation.pk):
        return None
    if (
        age <= CONFIRMATION_LINK_SECONDS
        or Response.objects.filter(consultation_id=consultation_id, reference=reference).exists()
    ):
        return reference
    return None


# -- staff side: responses entered in the admin, exports -------------------------------------


def _audit_subject(consultation: ConsultationPage) -> str:
    return f"responses: {consultation.slug}"


def response_enter(
    *,
    consultation: ConsultationPage,
    answers: dict,
    about: dict,
    channel: str,
    entered_by,
    received_on: date | None = None,
    email: str = "",
    staff_notes: str = "",
    token: str | None = None,
) -> Response:
    """A paper, event, email, letter or phone response keyed in by staff, recorded in the audit trail.

    The token (one per form shown) makes a double click or a resent form store the response once.
    """
    if channel == Channel.ONLINE:
        raise ValidationError({"channel": "Online responses come through the website, not the admin."})
    response, created = response_create(
        consultation=consultation,
        answers=answers,
        about=about,
        channel=channel,
        token=token,
        entered_by=entered_by,
        email=email,
        received_on=received_on,
        staff_notes=staff_notes,
    )
    if not created:
        return response
    audit_record(
        actor=entered_by,
        action=AuditAction.CREATE,
        subject=_audit_subject(consultation),
        detail=f"Entered {response.reference} ({response.get_channel_display()})",
        row_count=1,
    )
    return response


def event_comments_enter(
    *,
    consultation: ConsultationPage,
    question: Question,
    comments: list[str],
    entered_by,
    received_on: date | None = None,
    staff_notes: str = "",
    token: str | None = None,
) -> list[Response]:
    """Comments written down at an event: each one stored as its own response with channel 'event'.

    With a token (one per form shown), sending the same form again stores nothing new.
    """
    if question.kind != "free_text":
        raise ValidationError({"question": "Comments can only be entered against a free-text question."})
    entered = []
    with transaction.atomic():
        for number, comment in enumerate(comments, start=1):
            if not comment.strip():
                continue
            response, created = response_create(
                consultation=consultation,
                answers={question.field_name: comment},
                channel=Channel.EVENT,
                token=f"{token}-{number}" if token else None,
                entered_by=entered_by,
                received_on=received_on,
                staff_notes=staff_notes,
            )
            if created:
                entered.append(response)
    if entered:
        audit_record(
            actor=entered_by,
            action=AuditAction.CREATE,
            subject=_audit_subject(consultation),
            detail=f"Entered {len(entered)} event comments for '{question.text}'",
            row_count=len(entered),
        )
    return entered


def response_viewed(*, response: Response, actor) -> None:
    """Record that a member of staff opened a response with its personal data."""
    audit_record(
        actor=actor,
        action=AuditAction.VIEW,
        subject=_audit_subject(response.consultation),
        detail=f"Viewed {response.reference}",
        row_count=1,
    )


def responses_export_start(
    *, consultation: ConsultationPage, actor, file_format: str, via: str = "admin", detail: str = ""
) -> tuple[list[str], Iterator[list], int]:
    """Header and rows of an export, with the export already in the audit trail (exact row count)."""
    responses = exports.export_queryset(consultation=consultation)
    count = responses.count()
    audit_record(
        actor=actor,
        action=AuditAction.EXPORT,
        subject=_audit_subject(consultation),
        detail=f"Format: {file_format}" + (f"; {detail}" if detail else ""),
        row_count=count,
        via=via,
    )
    header = exports.export_header(consultation.questionnaire)
    return header, exports.export_rows(consultation=consultation, responses=responses), count


def responses_export(
    *,
    consultation: ConsultationPage,
    file_format: str,
    target: IO | str,
    actor=None,
    via: str = "admin",
    detail: str = "",
) -> int:
    """Write every response of a consultation to a CSV (text stream) or XLSX (binary file or path).

    For a file (the command, the background job) the rows are read by a second process while
    this one writes them; a download streamed by the web server reads them itself.
    """
    header, rows, _ = responses_export_start(
        consultation=consultation, actor=actor, file_format=file_format, via=via, detail=detail
    )
    rows = read_elsewhere(rows)
    if file_format == ExportFormat.XLSX:
        return write_xlsx(target, header, rows, sheet="Responses", dates=exports.XLSX_DATES)
    return write_csv(target, header, rows)


def export_job_request(*, consultation: ConsultationPage, requested_by, file_format: str = ExportFormat.XLSX):
    """Ask for an export file to be prepared in the background; the job says when it is ready."""
    from consultations.tasks import build_export

    job = ExportJob.objects.create(consultation=consultation, requested_by=requested_by, format=file_format)
    build_export.enqueue(job_id=job.pk)
    job.refresh_from_db()
    return job


def export_job_build(*, job: ExportJob) -> ExportJob:
    """Write the export file of a job into private storage (the XLSX workbook never whole in memory)."""
    if job.status != ExportStatus.PENDING:
        return job
    consultation = job.consultation
    filename = exports.export_filename(consultation=consultation, file_format=job.format)
    try:
        with tempfile.TemporaryDirectory(prefix="fff-export-") as folder:
            path = Path(folder) / filename
            if job.format == ExportFormat.XLSX:
                count = responses_export(
                    consultation=consultation,
                    file_format=job.format,
                    target=str(path),
                    actor=job.requested_by,
                    via="task",
                )
            else:
                with path.open("w", encoding="utf-8", newline="") as target:
                    count = responses_export(
                        consultation=consultation,
                        file_format=job.format,
                        target=target,
                        actor=job.requested_by,
                        via="task",
                    )
            with path.open("rb") as built:
                job.file.save(filename, File(built), save=False)
    except Exception as error:
        job.status = ExportStatus.FAILED
        job.error = f"{type(error).__name__}: {error}"[:2000]
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "error", "finished_at"])
        raise
    job.status = ExportStatus.READY
    job.row_count = count
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "row_count", "file", "finished_at"])
    return job


def export_job_downloaded(*, job: ExportJob, actor) -> None:
    """Record that a prepared export file left the system."""
    audit_record(
        actor=actor,
        action=AuditAction.VIEW,
        subject=_audit_subject(job.consultation),
        detail=f"Downloaded the prepared {job.get_format_display()} export (job {job.pk})",
        row_count=job.row_count,
    )


def export_files_delete_expired(*, now=None, dry_run: bool = False) -> int:
    """Delete prepared export files older than settings.EXPORT_FILE_DAYS (a step of apply_retention)."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.EXPORT_FILE_DAYS)
    expired = ExportJob.objects.filter(created_at__lt=cutoff).exclude(status=ExportStatus.EXPIRED)
    if dry_run:
        return expired.count()
    count = 0
    for job in expired.iterator():
        if job.file:
            job.file.delete(save=False)
        job.status = ExportStatus.EXPIRED
        job.save(update_fields=["file", "status"])
        count += 1
    return count
