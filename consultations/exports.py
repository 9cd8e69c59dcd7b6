"""Responses as spreadsheet rows: one row per response, one column per question (or per option).

Rows are read in chunks with `.iterator()` and the answers of each chunk in one more query,
so an export of 100,000 responses holds no more than one chunk in memory at a time.
Writing the rows out (CSV, XLSX) and the audit trail are in fitforfuture.exports and
consultations.services.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from django.db.models import Max, QuerySet
from django.utils import timezone

from consultations.models import Answer, Channel, ConsultationPage, RespondentType, Response
from consultations.questionnaire import Question, Questionnaire

CHUNK_SIZE = 2000

RESPONSE_FIELDS = (
    "id",
    "reference",
    "channel",
    "submitted_at",
    "received_on",
    "entered_by__username",
    "possible_campaign",
    "respondent_type",
    "organisation_name",
    "name",
    "email",
    "age_band",
    "sex",
    "ethnicity",
    "disability",
    "carer",
    "postcode_district",
    "staff_notes",
)
LEADING_HEADER = ["Reference", "Channel", "Submitted at", "Received on", "Entered by", "Possible campaign"]
ABOUT_YOU_HEADER = [
    "Answering as",
    "Organisation",
    "Name",
    "Email",
    "Age band",
    "Sex",
    "Ethnic group",
    "Disability or long-term condition",
    "Carer",
    "Postcode district",
    "Staff notes",
]
CHANNEL_LABELS = dict(Channel.choices)
RESPONDENT_LABELS = dict(RespondentType.choices)

# One cell from the answers a response gave to one question: {"option ids": ..., "ranks": ..., "text": ...}
CellReader = Callable[[dict], Any]


@dataclass(frozen=True)
class ExportColumn:
    question_id: str
    heading: str
    read: CellReader


def _question_columns(question: Question) -> list[ExportColumn]:
    heading = f"{question.text} (retired)" if question.retired else question.text
    if question.kind == "multiple_choice":
        return [
            ExportColumn(
                question.id,
                f"{heading}: {option.label}",
                lambda given, option_id=option.id: "Yes" if option_id in given["options"] else "",
            )
            for option in question.options
        ]
    if question.kind == "ranking":
        return [
            ExportColumn(
                question.id,
                f"{heading}: {option.label}",
                lambda given, option_id=option.id: given["ranks"].get(option_id, ""),
            )
            for option in question.options
        ]
    if question.options:
        labels = {option.id: option.label for option in question.options}
        return [
            ExportColumn(
                question.id,
                heading,
                lambda given: "; ".join(labels.get(option_id, option_id) for option_id in given["options"]),
            )
        ]
    return [ExportColumn(question.id, heading, lambda given: "\n".join(given["texts"]))]


def export_columns(questionnaire: Questionnaire) -> list[ExportColumn]:
    """Every question ever asked (retired ones too, their answers are kept), in questionnaire order."""
    return [column for question in questionnaire.questions for column in _question_columns(question)]


def export_header(questionnaire: Questionnaire) -> list[str]:
    return [*LEADING_HEADER, *(column.heading for column in export_columns(questionnaire)), *ABOUT_YOU_HEADER]


def export_queryset(*, consultation: ConsultationPage) -> QuerySet:
    """The responses an export covers, fixed at the moment it starts so the audited row count is exact."""
    responses = Response.objects.filter(consultation=consultation)
    last_id = responses.aggregate(last=Max("id"))["last"] or 0
    return responses.filter(id__lte=last_id).order_by("id")


def _chunks(rows: Iterable, size: int) -> Iterator[list]:
    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield chunk


def _answers_by_response(response_ids: list[int]) -> dict[int, dict[str, dict]]:
    given: dict[int, dict[str, dict]] = defaultdict(
        lambda: defaultdict(lambda: {"options": [], "ranks": {}, "texts": []})
    )
    answers = (
        Answer.objects.filter(response_id__in=response_ids)
        .order_by("id")
        .values_list("response_id", "question_id", "option_id", "rank", "text")
    )
    for response_id, question_id, option_id, rank, text in answers:
        cell = given[response_id][question_id]
        if option_id:
            cell["options"].append(option_id)
            if rank is not None:
                cell["ranks"][option_id] = rank
        if text:
            cell["texts"].append(text)
    return given


def _when(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def export_rows(
    *, consultation: ConsultationPage, responses: QuerySet | None = None, chunk_size: int = CHUNK_SIZE
) -> Iterator[list[Any]]:
    """Rows matching export_header(): one query per chunk of responses plus one for their answers."""
    columns = export_columns(consultation.questionnaire)
    nothing: dict[str, dict] = defaultdict(lambda: {"options": [], "ranks": {}, "texts": []})
    if responses is None:
        responses = export_queryset(consultation=consultation)
    stream = responses.values_list(*RESPONSE_FIELDS).iterator(chunk_size=chunk_size)
    for chunk in _chunks(stream, chunk_size):
        given = _answers_by_response([row[0] for row in chunk])
        for (
            response_id,
            reference,
            channel,
            submitted_at,
            received_on,
            entered_by,
            possible_campaign,
            respondent_type,
            *about,
        ) in chunk:
            answers = given.get(response_id, nothing)
            yield [
                reference,
                CHANNEL_LABELS.get(channel, channel),
                _when(submitted_at),
                received_on.isoformat() if received_on else "",
                entered_by or "",
                "Yes" if possible_campaign else "",
                *(column.read(answers[column.question_id]) for column in columns),
                RESPONDENT_LABELS.get(respondent_type, respondent_type),
                *about,
            ]


def export_filename(*, consultation: ConsultationPage, file_format: str) -> str:
    return f"{consultation.slug}-responses-{timezone.localdate():%Y-%m-%d}.{file_format}"
