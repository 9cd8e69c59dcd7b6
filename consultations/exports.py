"""Responses as spreadsheet rows: one row per response, one column per question (or per option).

The database does the pivot: a single query returns one row per response, its answers gathered
into one JSON array (SQLite json_group_array, PostgreSQL json_agg), read with `.iterator()`
(a server-side cursor on PostgreSQL), so an export of 100,000 responses holds one fetched chunk
in memory at a time. Each row is then built as a flat list in one pass over its answers.
Writing the rows out (CSV, XLSX, formula-injection neutralising) and the audit trail are in
fitforfuture.exports and consultations.services.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from django.db import NotSupportedError
from django.db.models import Aggregate, Case, F, Func, Max, OuterRef, QuerySet, Subquery, TextField, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from consultations.models import Answer, Channel, ConsultationPage, RespondentType, Response
from consultations.questionnaire import Question, Questionnaire

CHUNK_SIZE = 2000

ABOUT_YOU_FIELDS = (
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
# The date columns, as write_xlsx(dates=...) takes them: real dates in XLSX, shown as in the CSV.
XLSX_DATES = {
    LEADING_HEADER.index("Submitted at"): "yyyy-mm-dd hh:mm",
    LEADING_HEADER.index("Received on"): "yyyy-mm-dd",
}
CHANNEL_LABELS = dict(Channel.choices)
RESPONDENT_LABELS = dict(RespondentType.choices)

# How an answer fills its question's cells.
LABEL = "label"  # single choice, Likert, yes/no: the option's label ("; " between several)
TEXT = "text"  # free text, postcode: the text ("\n" between several)
TICK = "tick"  # multiple choice: "Yes" in the picked option's column
RANK = "rank"  # ranking: the rank in the option's column


@dataclass(frozen=True)
class ExportColumn:
    question_id: str
    heading: str


def _question_columns(question: Question) -> list[ExportColumn]:
    heading = f"{question.text} (retired)" if question.retired else question.text
    if question.kind in ("multiple_choice", "ranking"):
        return [ExportColumn(question.id, f"{heading}: {option.label}") for option in question.options]
    return [ExportColumn(question.id, heading)]


def export_columns(questionnaire: Questionnaire) -> list[ExportColumn]:
    """Every question ever asked (retired ones too, their answers are kept), in questionnaire order."""
    return [column for question in questionnaire.questions for column in _question_columns(question)]


def export_header(questionnaire: Questionnaire) -> list[str]:
    return [*LEADING_HEADER, *(column.heading for column in export_columns(questionnaire)), *ABOUT_YOU_HEADER]


# Where the answers to one question go in a row: (mode, the question's column for LABEL and TEXT,
# option id -> label for LABEL or option id -> column for TICK and RANK). Columns count from 0
# among the question columns.
Target = tuple[str, int, dict]


def _targets(questionnaire: Questionnaire) -> tuple[dict[str, Target], int]:
    """For each question id, where its answers go; and the number of question columns."""
    targets: dict[str, Target] = {}
    index = 0
    for question in questionnaire.questions:
        if question.kind in ("multiple_choice", "ranking"):
            columns = {option.id: index + offset for offset, option in enumerate(question.options)}
            mode = TICK if question.kind == "multiple_choice" else RANK
            targets.setdefault(question.id, (mode, index, columns))
            index += len(question.options)
        else:
            labels = {option.id: option.label for option in question.options}
            targets.setdefault(question.id, (LABEL if question.options else TEXT, index, labels))
            index += 1
    return targets, index


def export_queryset(*, consultation: ConsultationPage) -> QuerySet:
    """The responses an export covers, fixed at the moment it starts so the audited row count is exact."""
    responses = Response.objects.filter(consultation=consultation)
    last_id = responses.aggregate(last=Max("id"))["last"] or 0
    return responses.filter(id__lte=last_id).order_by("id")


# -- the query: one row per response, its answers as one JSON array ---------------------------


class AnswerList(Aggregate):
    """A response's answers as JSON text: [[question id, option id, rank, text], ...] in the order given."""

    name = "AnswerList"

    def __init__(self):
        fields = (F("question_id"), F("option_id"), F("rank"), F("text"), F("id"))
        super().__init__(*fields, output_field=TextField())

    def _compiled(self, compiler, connection) -> tuple[list[str], list]:
        parts, params = [], []
        for expression in self.source_expressions:
            sql, expression_params = compiler.compile(expression)
            parts.append(sql)
            params.extend(expression_params)
        return parts, params

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(f"Response exports need SQLite or PostgreSQL, not {connection.vendor}.")

    def as_sqlite(self, compiler, connection, **extra_context):
        (question, option, rank, text, order), params = self._compiled(compiler, connection)
        # Aggregates take ORDER BY from SQLite 3.44; before that the rows come in the order of the
        # response_id index, which is id order within one response.
        ordered = f" ORDER BY {order}" if connection.Database.sqlite_version_info >= (3, 44) else ""
        return f"json_group_array(json_array({question}, {option}, {rank}, {text}){ordered})", params

    def as_postgresql(self, compiler, connection, **extra_context):
        (question, option, rank, text, order), params = self._compiled(compiler, connection)
        return f"json_agg(json_build_array({question}, {option}, {rank}, {text}) ORDER BY {order})::text", params


class UTCMinute(Func):
    """A date and time as UTC text 'YYYY-MM-DD HH:MM' (made local in Python: see LocalHours)."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(f"Response exports need SQLite or PostgreSQL, not {connection.vendor}.")

    def as_sqlite(self, compiler, connection, **extra_context):
        # Django keeps SQLite date-times as UTC text 'YYYY-MM-DD HH:MM:SS[.ffffff]'.
        return super().as_sql(compiler, connection, template="substr(%(expressions)s, 1, 16)", **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        template = "to_char(%(expressions)s AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')"
        return super().as_sql(compiler, connection, template=template, **extra_context)


class ISODate(Func):
    """A date as 'YYYY-MM-DD' text, '' when there is none."""

    output_field = TextField()

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(f"Response exports need SQLite or PostgreSQL, not {connection.vendor}.")

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="coalesce(%(expressions)s, '')", **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        template = "coalesce(to_char(%(expressions)s, 'YYYY-MM-DD'), '')"
        return super().as_sql(compiler, connection, template=template, **extra_context)


def pivot_queryset(responses: QuerySet) -> QuerySet:
    """The responses as tuples: reference, channel, submitted (UTC minute), received on, entered by,
    possible campaign ("Yes" or ""), respondent type, the about-you fields, and the answers as JSON."""
    answers = (
        Answer.objects.filter(response_id=OuterRef("id"))
        .order_by()
        .values("response_id")
        .annotate(items=AnswerList())
        .values("items")
    )
    return responses.order_by("id").values_list(
        "reference",
        "channel",
        UTCMinute("submitted_at"),
        ISODate("received_on"),
        Coalesce(F("entered_by__username"), Value(""), output_field=TextField()),
        Case(When(possible_campaign=True, then=Value("Yes")), default=Value(""), output_field=TextField()),
        "respondent_type",
        *ABOUT_YOU_FIELDS,
        Subquery(answers, output_field=TextField()),
    )


class LocalHours(dict):
    """UTC 'YYYY-MM-DD HH' -> the local 'YYYY-MM-DD HH' of that whole hour, worked out once per hour.

    The value is None for an hour whose local minutes are not those of UTC (an offset that is not
    whole hours, or a change of offset within the hour): those are worked out minute by minute.
    """

    def __init__(self, zone):
        super().__init__()
        self.zone = zone

    def __missing__(self, utc_hour: str) -> str | None:
        start = datetime.fromisoformat(f"{utc_hour}:00").replace(tzinfo=UTC)
        first, last = start.astimezone(self.zone), (start + timedelta(minutes=59)).astimezone(self.zone)
        offset = first.utcoffset()
        whole_hours = offset == last.utcoffset() and offset.total_seconds() % 3600 == 0
        local = self[utc_hour] = first.strftime("%Y-%m-%d %H") if whole_hours else None
        if len(self) > 10_000:  # constant memory, however long the export
            self.clear()
        return local

    def local(self, utc_minute: str) -> str:
        """UTC 'YYYY-MM-DD HH:MM' as local 'YYYY-MM-DD HH:MM'."""
        hour = self[utc_minute[:13]]
        if hour is not None:
            return hour + utc_minute[13:]
        moment = datetime.fromisoformat(utc_minute).replace(tzinfo=UTC)
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")


def export_rows(
    *, consultation: ConsultationPage, responses: QuerySet | None = None, chunk_size: int = CHUNK_SIZE
) -> Iterator[list[Any]]:
    """Rows matching export_header(), from one query read in chunks of `chunk_size` responses."""
    targets, width = _targets(consultation.questionnaire)
    if responses is None:
        responses = export_queryset(consultation=consultation)
    local_time = LocalHours(timezone.get_current_timezone()).local
    channels, respondents = CHANNEL_LABELS, RESPONDENT_LABELS
    blank = [""] * width
    loads = orjson.loads
    stream = pivot_queryset(responses).iterator(chunk_size=chunk_size)
    for reference, channel, submitted, received, entered_by, campaign, respondent, *about, items in stream:
        cells = blank.copy()
        for question_id, option_id, rank, text in loads(items) if items else ():
            target = targets.get(question_id)
            if target is None:  # an answer to a question no longer in the questionnaire
                continue
            mode, index, lookup = target
            if mode == LABEL:
                if option_id:
                    label = lookup.get(option_id, option_id)
                    before = cells[index]
                    cells[index] = f"{before}; {label}" if before else label
            elif mode == TEXT:
                if text:
                    before = cells[index]
                    cells[index] = f"{before}\n{text}" if before else text
            elif option_id:
                column = lookup.get(option_id)
                if column is not None:
                    if mode == TICK:
                        cells[column] = "Yes"
                    elif rank is not None:
                        cells[column] = rank
        yield [
            reference,
            channels.get(channel, channel),
            local_time(submitted) if submitted else "",
            received,
            entered_by,
            campaign,
            *cells,
            respondents.get(respondent, respondent),
            *about,
        ]


def export_filename(*, consultation: ConsultationPage, file_format: str) -> str:
    return f"{consultation.slug}-responses-{timezone.localdate():%Y-%m-%d}.{file_format}"
