"""Engagement leads export every response as CSV or XLSX: one row per response, one column per
question, safe to open in a spreadsheet, read in constant memory and always audited."""

import csv
import datetime
import io
import json
import random
import zoneinfo
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook
from openpyxl.utils.datetime import to_excel

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations import services
from consultations.exports import ABOUT_YOU_HEADER, LEADING_HEADER, export_header, export_rows
from consultations.factories import AnswerFactory, ConsultationPageFactory, ResponseFactory, question_block
from consultations.models import Answer, Channel, ExportJob, ExportStatus, Response
from consultations.tests.helpers import make_response, read_csv
from fitforfuture.exports import ExcelDays, neutralise, neutralise_row, write_csv, write_xlsx
from fitforfuture.models import AuditEvent

FORMULAS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tcmd", "\rcmd"]


def csv_export(client, consultation) -> list[dict]:
    response = client.get(reverse("consultations_admin:export_csv", args=[consultation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return read_csv(b"".join(response.streaming_content))


def xlsx_export(client, consultation):
    """Ask for the workbook, follow the job page to its download link, and read the file."""
    asked = client.post(reverse("consultations_admin:export_xlsx", args=[consultation.pk]))
    job_page = client.get(asked["Location"])
    link = BeautifulSoup(job_page.content, "html.parser").find("a", string="Download the file")
    download = client.get(link["href"])
    assert download.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content)), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def questions_by_kind(consultation):
    return {question.kind: question for question in consultation.questionnaire.questions}


@pytest.fixture
def two_responses(consultation, lead):
    online = make_response(consultation)
    paper = services.response_enter(
        consultation=consultation,
        answers={questions_by_kind(consultation)["free_text"].field_name: "Written on a paper form."},
        about={"name": "Bob Paper"},
        channel=Channel.PAPER,
        received_on=online.submitted_at.date(),
        entered_by=lead,
    )
    return online, paper


def test_csv_has_one_row_per_response_and_one_column_per_question_or_option(client, consultation, two_responses):
    online, paper = two_responses
    q = questions_by_kind(consultation)
    rows = {row["Reference"]: row for row in csv_export(client, consultation)}

    assert set(rows) == {online.reference, paper.reference}
    first = rows[online.reference]
    assert first["Channel"] == "Online"
    assert first[q["single_choice"].text] == "Doddington Hospital"
    assert first[f"{q['multiple_choice'].text}: Travel time"] == "Yes"
    assert first[f"{q['multiple_choice'].text}: Being seen quickly"] == ""
    assert first[f"{q['multiple_choice'].text}: Tests such as X-rays"] == "Yes"
    assert first[q["likert"].text] == "Agree"
    assert [first[f"{q['ranking'].text}: {label}"] for label in ("Quality", "Affordability", "Access")] == [
        "1",
        "2",
        "3",
    ]
    assert first[q["free_text"].text] == "Please keep Doddington open."
    assert first[q["yes_no"].text] == "Yes"
    assert first[q["postcode"].text] == "PE13"
    assert first["Name"] == "Ada Resident"
    assert first["Age band"] == "65 to 74"
    assert first["Answering as"] == "As an individual"
    assert first["Entered by"] == ""

    second = rows[paper.reference]
    assert second["Channel"] == "Paper form"
    assert second["Entered by"] == paper.entered_by.username
    assert second["Received on"] == paper.received_on.isoformat()
    assert second[q["single_choice"].text] == ""
    assert second[q["free_text"].text] == "Written on a paper form."


def as_csv_text(value, *, date_only: bool = False) -> str:
    """A cell read back from the XLSX as the CSV has it: dates are real dates in the XLSX."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return f"{value:%Y-%m-%d}" if date_only else f"{value:%Y-%m-%d %H:%M}"
    return str(value)


def test_xlsx_holds_the_same_rows_as_the_csv(client, consultation, two_responses):
    csv_rows = {row["Reference"]: row for row in csv_export(client, consultation)}
    xlsx_rows = {row["Reference"]: row for row in xlsx_export(client, consultation)}
    assert set(xlsx_rows) == set(csv_rows)
    for reference, row in xlsx_rows.items():
        as_text = {key: as_csv_text(value, date_only=key == "Received on") for key, value in row.items()}
        assert as_text == csv_rows[reference]


@pytest.mark.parametrize(
    "text", ["1900-03-01", "2016-03-27 00:59", "2026-03-29 01:00", "2026-12-01", "2026-12-31 23:59", "2099-02-28 12:30"]
)
def test_date_text_becomes_the_number_spreadsheets_keep_a_date_as(text):
    assert ExcelDays()(text) == pytest.approx(to_excel(datetime.datetime.fromisoformat(text)), abs=1e-9)


def test_xlsx_dates_are_real_dates_shown_as_in_the_csv(client, consultation, two_responses):
    online, paper = two_responses
    xlsx_export(client, consultation)
    job = ExportJob.objects.get()
    with job.file.open("rb") as built:
        sheet = load_workbook(io.BytesIO(built.read())).active
    header = [cell.value for cell in sheet[1]]
    submitted, received = header.index("Submitted at") + 1, header.index("Received on") + 1
    by_reference = {sheet.cell(row=row, column=1).value: row for row in range(2, sheet.max_row + 1)}

    online_submitted = sheet.cell(row=by_reference[online.reference], column=submitted)
    assert online_submitted.is_date and online_submitted.number_format == "yyyy-mm-dd hh:mm"
    assert online_submitted.value == timezone.localtime(online.submitted_at).replace(
        second=0, microsecond=0, tzinfo=None
    )
    paper_received = sheet.cell(row=by_reference[paper.reference], column=received)
    assert paper_received.is_date and paper_received.number_format == "yyyy-mm-dd"
    assert paper_received.value.date() == paper.received_on
    assert sheet.cell(row=by_reference[online.reference], column=received).value is None


def test_possible_campaign_responses_are_marked_in_the_export(client, lead, consultation):
    text = "Save our minor injury unit in Doddington, it matters to us all."
    make_response(consultation, text=text)
    make_response(consultation, text=text)
    assert [row["Possible campaign"] for row in csv_export(client, consultation)] == ["Yes", "Yes"]


@pytest.fixture
def formula_responses(consultation):
    """Text that spreadsheet software would run as a formula, stored exactly as typed."""
    free_text = questions_by_kind(consultation)["free_text"]
    for value in FORMULAS:
        response = ResponseFactory(consultation=consultation, name=value, organisation_name='=HYPERLINK("x")')
        AnswerFactory(response=response, question_id=free_text.id, text=value)
    return free_text


def test_csv_cells_that_start_like_a_formula_are_neutralised(client, lead, consultation, formula_responses):
    rows = csv_export(client, consultation)
    assert sorted(row[formula_responses.text] for row in rows) == sorted(f"'{value}" for value in FORMULAS)
    assert {row["Name"] for row in rows} == {f"'{value}" for value in FORMULAS}
    assert {row["Organisation"] for row in rows} == {'\'=HYPERLINK("x")'}


def test_xlsx_cells_that_start_like_a_formula_are_text_not_formulas(client, lead, consultation, formula_responses):
    asked = client.post(reverse("consultations_admin:export_xlsx", args=[consultation.pk]))
    job = ExportJob.objects.get(pk=asked["Location"].rstrip("/").split("/")[-1])
    with job.file.open("rb") as built:
        sheet = load_workbook(io.BytesIO(built.read())).active
    header = [cell.value for cell in sheet[1]]
    column = header.index(formula_responses.text) + 1
    cells = [sheet.cell(row=row, column=column) for row in range(2, sheet.max_row + 1)]
    assert all(cell.data_type == "s" for cell in cells)
    # A carriage return is stored as OOXML's _x000D_ escape, which spreadsheet software reads back as \r.
    values = [cell.value.replace("_x000D_", "\r") for cell in cells]
    assert sorted(values) == sorted(f"'{value}" for value in FORMULAS)


def test_csv_export_is_recorded_in_the_audit_log_with_its_row_count(client, lead, consultation, two_responses):
    csv_export(client, consultation)
    event = AuditEvent.objects.filter(action="export").get()
    assert event.actor == lead
    assert event.row_count == 2
    assert consultation.slug in event.subject
    assert "csv" in event.detail
    assert event.via == "admin"


def test_xlsx_export_is_recorded_in_the_audit_log_with_its_row_count(client, lead, consultation, two_responses):
    xlsx_export(client, consultation)
    event = AuditEvent.objects.filter(action="export").get()
    assert (event.actor, event.row_count, event.via) == (lead, 2, "task")
    assert "xlsx" in event.detail
    downloaded = AuditEvent.objects.filter(action="view", detail__contains="Downloaded").get()
    assert downloaded.actor == lead


def test_the_audit_log_page_lists_exports_and_filters_by_action(client, lead, consultation, two_responses):
    csv_export(client, consultation)
    page = client.get(reverse("consultations_admin:audit_log"), {"action": "export"})
    rows = BeautifulSoup(page.content, "html.parser").select("table.listing tbody tr")
    assert len(rows) == 1
    cells = [cell.get_text(strip=True) for cell in rows[0].find_all("td")]
    assert cells[1:] == [lead.username, "Exported", f"responses: {consultation.slug}", "Format: csv", "2", "admin"]


def test_job_page_says_the_file_is_being_prepared_until_it_is_ready(client, lead, consultation, two_responses):
    job = ExportJob.objects.create(consultation=consultation, requested_by=lead)
    page = client.get(reverse("consultations_admin:export", args=[job.pk]))
    assert "being prepared" in page.content.decode()
    assert client.get(reverse("consultations_admin:export_download", args=[job.pk])).status_code == 404

    services.export_job_build(job=job)
    page = BeautifulSoup(client.get(reverse("consultations_admin:export", args=[job.pk])).content, "html.parser")
    assert page.find("a", string="Download the file")["href"] == reverse(
        "consultations_admin:export_download", args=[job.pk]
    )
    assert job.row_count == 2


def test_prepared_files_are_kept_outside_public_media_with_no_url(client, lead, consultation, two_responses):
    job = services.export_job_request(consultation=consultation, requested_by=lead)
    path = Path(job.file.path)
    assert path.is_relative_to(settings.PRIVATE_EXPORTS_ROOT)
    assert not path.is_relative_to(settings.MEDIA_ROOT)
    with pytest.raises(ValueError):
        job.file.url  # noqa: B018


def test_prepared_files_are_deleted_after_the_retention_period(client, lead, consultation, two_responses, settings):
    settings.EXPORT_FILE_DAYS = 7
    old = services.export_job_request(consultation=consultation, requested_by=lead)
    recent = services.export_job_request(consultation=consultation, requested_by=lead)
    ExportJob.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=8))
    path = Path(old.file.path)

    assert services.export_files_delete_expired(dry_run=True) == 1
    assert path.exists()
    assert services.export_files_delete_expired() == 1
    assert services.export_files_delete_expired() == 0

    old.refresh_from_db()
    assert (old.status, old.file.name, path.exists()) == (ExportStatus.EXPIRED, "", False)
    assert client.get(reverse("consultations_admin:export_download", args=[old.pk])).status_code == 404
    assert (
        "deleted after the retention period"
        in client.get(reverse("consultations_admin:export", args=[old.pk])).content.decode()
    )
    assert Path(ExportJob.objects.get(pk=recent.pk).file.path).exists()


def test_a_failed_export_says_so_on_its_page(client, lead, consultation, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "write_xlsx", lambda *args, **kwargs: broken())
    job = services.export_job_request(consultation=consultation, requested_by=lead)
    assert job.status == ExportStatus.FAILED
    page = client.get(reverse("consultations_admin:export", args=[job.pk]))
    assert "could not be prepared" in page.content.decode()


# -- constant memory -----------------------------------------------------------------------


@pytest.fixture
def many_responses(consultation):
    """250 responses with answers, made in bulk (fast) rather than one by one."""
    q = questions_by_kind(consultation)
    responses = Response.objects.bulk_create(
        Response(consultation=consultation, submitted_at=consultation.opens_at, reference=f"FFF-TEST-{n:04d}")
        for n in range(250)
    )
    Answer.objects.bulk_create(
        answer
        for response in responses
        for answer in (
            Answer(response=response, question_id=q["single_choice"].id, option_id=q["single_choice"].options[1].id),
            Answer(response=response, question_id=q["free_text"].id, text=f"Comment number {response.reference}"),
        )
    )
    return responses


@pytest.mark.parametrize("chunk_size", [7, 50, 2000])
def test_export_reads_every_response_and_its_answers_in_one_query(consultation, many_responses, chunk_size):
    with CaptureQueriesContext(connection) as queries:
        rows = list(export_rows(consultation=consultation, chunk_size=chunk_size))
    assert len(rows) == 250
    # One to fix the rows covered, then one query (read in chunks) for the responses and their answers.
    assert len(queries) == 2


def test_csv_download_of_250_responses_runs_a_bounded_number_of_queries(
    client, lead, consultation, many_responses, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        response = client.get(reverse("consultations_admin:export_csv", args=[consultation.pk]))
        rows = read_csv(b"".join(response.streaming_content))
    assert len(rows) == 250
    assert rows[0]["Reference"] == "FFF-TEST-0000"


def test_csv_is_streamed_row_by_row(client, lead, consultation, many_responses):
    response = client.get(reverse("consultations_admin:export_csv", args=[consultation.pk]))
    assert response.streaming
    assert "no-store" in response["Cache-Control"]


# -- management command --------------------------------------------------------------------


def test_command_writes_csv_to_standard_output_and_is_audited(consultation, two_responses):
    out, err = io.StringIO(), io.StringIO()
    call_command("export_responses", consultation.slug, "--format", "csv", stdout=out, stderr=err)
    rows = read_csv(out.getvalue())
    assert {row["Reference"] for row in rows} == {response.reference for response in two_responses}
    assert "Exported 2 responses" in err.getvalue()
    event = AuditEvent.objects.filter(action="export").get()
    assert (event.via, event.row_count, event.actor_name) == ("command", 2, "system")


def test_command_writes_xlsx_to_a_file(consultation, two_responses, tmp_path):
    target = tmp_path / "responses.xlsx"
    call_command(
        "export_responses", consultation.slug, "--format", "xlsx", "--output", str(target), stderr=io.StringIO()
    )
    workbook = load_workbook(target, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    assert rows[0][:3] == ("Reference", "Channel", "Submitted at")
    assert {row[0] for row in rows[1:]} == {response.reference for response in two_responses}
    assert AuditEvent.objects.filter(action="export", via="command", row_count=2, detail__contains="xlsx").exists()


def test_command_writes_csv_to_a_file(consultation, two_responses, tmp_path):
    target = tmp_path / "responses.csv"
    call_command("export_responses", consultation.slug, "--output", str(target), stderr=io.StringIO())
    assert len(read_csv(target.read_text(encoding="utf-8"))) == 2


def test_command_refuses_an_unknown_consultation(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="no consultation"):
        call_command("export_responses", "no-such-consultation")


# -- the database pivot --------------------------------------------------------------------


def row_read_answer_by_answer(questionnaire, response) -> list:
    """What an export row must hold, worked out from the response's answers one by one."""
    answers = list(response.answers.order_by("id"))
    cells = []
    for question in questionnaire.questions:
        given = [answer for answer in answers if answer.question_id == question.id]
        if question.kind == "multiple_choice":
            picked = {answer.option_id for answer in given}
            cells += ["Yes" if option.id in picked else "" for option in question.options]
        elif question.kind == "ranking":
            ranks = {answer.option_id: answer.rank for answer in given if answer.option_id and answer.rank is not None}
            cells += [ranks.get(option.id, "") for option in question.options]
        elif question.options:
            cells.append("; ".join(question.option_label(answer.option_id) for answer in given if answer.option_id))
        else:
            cells.append("\n".join(answer.text for answer in given if answer.text))
    return [
        response.reference,
        response.get_channel_display(),
        timezone.localtime(response.submitted_at).strftime("%Y-%m-%d %H:%M"),
        response.received_on.isoformat() if response.received_on else "",
        response.entered_by.username if response.entered_by else "",
        "Yes" if response.possible_campaign else "",
        *cells,
        response.get_respondent_type_display(),
        response.organisation_name,
        response.name,
        response.email,
        response.age_band,
        response.sex,
        response.ethnicity,
        response.disability,
        response.carer,
        response.postcode_district,
        response.staff_notes,
    ]


ODD_TEXTS = [
    "Please keep Doddington open.",
    "مرحبا، أرجو إبقاء الوحدة مفتوحة",  # right to left
    "Hospital 🏥 near me 👍",
    "zero\u200bwidth\u200djoiner",
    'Quotes "like this", commas, and\nnew lines',
    "<script>alert('x')</script>",
    '=HYPERLINK("http://example.com")',
]


@pytest.fixture
def varied_responses(consultation, lead):
    """Responses answering every kind of question in many ways, including the odd ones."""
    q = questions_by_kind(consultation)
    chance = random.Random(4)
    start = datetime.datetime(2026, 3, 28, 23, 0, tzinfo=datetime.UTC)
    responses = []
    for n in range(60):
        response = ResponseFactory(
            consultation=consultation,
            channel=chance.choice(Channel.values),
            submitted_at=start + datetime.timedelta(minutes=n * 37, seconds=n, microseconds=n * 1000),
            received_on=datetime.date(2026, 3, 1 + n % 28) if n % 3 else None,
            entered_by=lead if n % 4 == 0 else None,
            possible_campaign=n % 5 == 0,
            respondent_type=chance.choice(["", "individual", "organisation"]),
            organisation_name=chance.choice(["", "Wisbech Carers' Group", "-minus first"]),
            name=chance.choice(["", "Ada Resident", "@handle"]),
            age_band=chance.choice(["", "65 to 74", "16 to 24"]),
            postcode_district=chance.choice(["", "PE13", "CB6"]),
            staff_notes=chance.choice(["", "Keyed in from a paper form.", "+44 phone call"]),
        )
        responses.append(response)
        for question in consultation.questionnaire.questions:
            if chance.random() < 0.15:
                continue  # not answered
            if question.kind == "multiple_choice":
                for option in chance.sample(question.options, chance.randint(0, len(question.options))):
                    AnswerFactory(response=response, question_id=question.id, option_id=option.id)
            elif question.kind == "ranking":
                for rank, option in enumerate(chance.sample(question.options, len(question.options)), start=1):
                    AnswerFactory(response=response, question_id=question.id, option_id=option.id, rank=rank)
            elif question.options:
                AnswerFactory(response=response, question_id=question.id, option_id=chance.choice(question.options).id)
            else:
                AnswerFactory(response=response, question_id=question.id, text=chance.choice(ODD_TEXTS))

    # The odd cases, on the first four responses (their random answers replaced).
    first, second, third, fourth = responses[:4]
    Answer.objects.filter(response__in=responses[:4]).delete()  # the first has no answers at all
    single, text = q["single_choice"], q["free_text"]
    AnswerFactory(response=second, question_id=single.id, option_id=single.options[0].id)
    AnswerFactory(response=second, question_id=single.id, option_id=single.options[2].id)
    AnswerFactory(response=second, question_id=text.id, text="First comment.")
    AnswerFactory(response=second, question_id=text.id, text="")
    AnswerFactory(response=second, question_id=text.id, text="A second comment.")
    AnswerFactory(response=third, question_id=single.id, option_id="no-longer-an-option")
    AnswerFactory(response=third, question_id="a-question-from-elsewhere", option_id="x", text="Ignored")
    AnswerFactory(response=third, question_id=q["multiple_choice"].id, option_id="no-longer-an-option")
    AnswerFactory(response=fourth, question_id=q["ranking"].id, option_id=q["ranking"].options[0].id, rank=None)
    AnswerFactory(response=fourth, question_id=q["likert"].id, option_id="agree", text="Text on a choice is ignored")
    AnswerFactory(response=fourth, question_id=q["postcode"].id, option_id="x", text="PE14")
    return responses


def test_the_database_pivot_gives_the_rows_read_answer_by_answer_for_every_kind_of_question(
    consultation, varied_responses
):
    rows = list(export_rows(consultation=consultation, chunk_size=16))
    expected = [row_read_answer_by_answer(consultation.questionnaire, response) for response in varied_responses]
    assert rows == expected


def test_several_answers_to_one_question_share_its_cell_in_the_order_given(consultation, varied_responses):
    q = questions_by_kind(consultation)
    header = export_header(consultation.questionnaire)
    rows = {row[0]: dict(zip(header, row, strict=True)) for row in export_rows(consultation=consultation)}
    first, second, third, fourth = (rows[response.reference] for response in varied_responses[:4])

    question_cells = slice(len(LEADING_HEADER), -len(ABOUT_YOU_HEADER))
    assert set(list(first.values())[question_cells]) == {""}
    assert second[q["single_choice"].text] == "Doddington Hospital; Princess of Wales Hospital, Ely"
    assert second[q["free_text"].text] == "First comment.\nA second comment."
    assert third[q["single_choice"].text] == "no-longer-an-option"
    assert set(list(third.values())[question_cells]) == {"", "no-longer-an-option"}
    assert fourth[q["likert"].text] == "Agree"
    assert fourth[q["postcode"].text] == "PE14"
    assert fourth[f"{q['ranking'].text}: Quality"] == ""


def test_answers_to_a_retired_question_keep_their_column(consultation_index):
    blocks = [
        question_block("single_choice", "Which unit?", options=["Doddington Hospital", "Ely"], retired=True),
        question_block("free_text", "Anything else?"),
    ]
    page = ConsultationPageFactory(parent=consultation_index, slug="retired", questions=json.dumps(blocks))
    old, now = page.questionnaire.questions
    response = ResponseFactory(consultation=page)
    AnswerFactory(response=response, question_id=old.id, option_id=old.options[0].id)
    AnswerFactory(response=response, question_id=now.id, text="Still here.")

    header = export_header(page.questionnaire)
    [row] = export_rows(consultation=page)
    assert dict(zip(header, row, strict=True))["Which unit? (retired)"] == "Doddington Hospital"
    assert row == row_read_answer_by_answer(page.questionnaire, response)


@pytest.mark.parametrize(
    "zone", ["Europe/London", "UTC", "Asia/Kolkata", "America/St_Johns", "Australia/Lord_Howe", "Pacific/Chatham"]
)
def test_submitted_at_is_the_local_minute_in_any_time_zone_and_across_clock_changes(consultation, zone):
    moments = [
        # Clocks change in London (March, October), on Lord Howe Island (by 30 minutes, April, October)
        # and in Newfoundland (November); times either side of each change, to the second.
        datetime.datetime(2026, 3, 29, hour, minute, second, tzinfo=datetime.UTC)
        for hour in (0, 1, 2)
        for minute in (0, 29, 30, 59)
        for second in (0, 59)
    ] + [
        datetime.datetime(2026, 10, 25, 0, 59, 59, 999999, tzinfo=datetime.UTC),
        datetime.datetime(2026, 10, 25, 1, 0, tzinfo=datetime.UTC),
        datetime.datetime(2026, 10, 25, 1, 30, tzinfo=datetime.UTC),
        datetime.datetime(2026, 4, 4, 14, 59, tzinfo=datetime.UTC),
        datetime.datetime(2026, 4, 4, 15, 0, tzinfo=datetime.UTC),
        datetime.datetime(2026, 4, 4, 15, 31, tzinfo=datetime.UTC),
        datetime.datetime(2026, 10, 3, 15, 30, tzinfo=datetime.UTC),
        datetime.datetime(2026, 11, 1, 3, 45, tzinfo=datetime.UTC),
        datetime.datetime(2026, 11, 1, 4, 15, tzinfo=datetime.UTC),
    ]
    for moment in moments:
        ResponseFactory(consultation=consultation, submitted_at=moment)
    local = zoneinfo.ZoneInfo(zone)
    with timezone.override(local):
        exported = [row[2] for row in export_rows(consultation=consultation)]
    assert exported == [moment.astimezone(local).strftime("%Y-%m-%d %H:%M") for moment in moments]


# -- writing the rows: neutralised cell by cell, text stays text, numbers stay numbers ------------

AWKWARD_CELLS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\tcmd",
    "\rcmd",
    "\ncmd",
    "\0=1",
    "a\0b",
    "plain text",
    "",
    None,
    True,
    False,
    3,
    2.5,
    datetime.date(2026, 3, 29),
    "Café 🏥 مرحبا",
]


def test_a_row_is_neutralised_exactly_as_each_cell_on_its_own():
    assert neutralise_row(AWKWARD_CELLS) == [neutralise(cell) for cell in AWKWARD_CELLS]
    assert neutralise_row(["=1+1", "a\0b", "-", "safe"]) == ["'=1+1", "ab", "'-", "safe"]


def test_csv_writes_every_cell_neutralised(tmp_path):
    target = tmp_path / "cells.csv"
    with target.open("w", encoding="utf-8", newline="") as output:
        count = write_csv(output, ["=header", "Plain"], [AWKWARD_CELLS, ["x"]])
    assert count == 2
    with target.open(encoding="utf-8-sig", newline="") as written:
        header, first, second = list(csv.reader(written))
    assert header == ["'=header", "Plain"]
    assert first == ["" if cell is None else str(cell) for cell in (neutralise(cell) for cell in AWKWARD_CELLS)]
    assert second == ["x"]


def test_xlsx_writes_text_as_text_numbers_as_numbers_and_leaves_empty_cells_empty(tmp_path):
    target = tmp_path / "cells.xlsx"
    assert write_xlsx(str(target), ["=header", "Plain"], [AWKWARD_CELLS], sheet="Cells") == 1
    sheet = load_workbook(target).active
    header = [cell.value for cell in sheet[1]][:2]
    cells = [sheet.cell(row=2, column=column) for column in range(1, len(AWKWARD_CELLS) + 1)]
    assert header == ["'=header", "Plain"]
    expected = [neutralise(cell) for cell in AWKWARD_CELLS]
    # A carriage return is stored as OOXML's _x000D_ escape, which spreadsheet software reads back as \r.
    values = [cell.value.replace("_x000D_", "\r") if cell.data_type == "s" else cell.value for cell in cells]
    assert values == [None if value == "" else value for value in expected]
    assert all(
        cell.data_type == "s" for cell, value in zip(cells, expected, strict=True) if value and isinstance(value, str)
    )
    assert [cell.value for cell in cells if cell.data_type == "n" and cell.value is not None] == [3, 2.5]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_command_reads_committed_rows_in_a_second_process_and_writes_them_all(
    consultation, varied_responses, tmp_path, monkeypatch, one_thread, file_format
):
    from multiprocessing.context import ForkProcess

    started = []
    start = ForkProcess.start
    monkeypatch.setattr(ForkProcess, "start", lambda process: started.append(process.name) or start(process))
    expected = [neutralise_row(row) for row in export_rows(consultation=consultation)]
    target = tmp_path / f"responses.{file_format}"

    call_command(
        "export_responses", consultation.slug, "--format", file_format, "--output", str(target), stderr=io.StringIO()
    )

    assert started == ["export-rows"]
    if file_format == "csv":
        with target.open(encoding="utf-8-sig", newline="") as written:
            rows = list(csv.reader(written))[1:]
        assert rows == [[str(cell) for cell in row] for row in expected]
    else:
        workbook = load_workbook(target, read_only=True)
        header, *rows = workbook.active.iter_rows(values_only=True)
        dates_only = [name == "Received on" for name in header]
        rows = [
            [
                as_csv_text(cell, date_only=date_only) if cell is None or isinstance(cell, datetime.datetime) else cell
                for cell, date_only in zip(row, dates_only, strict=True)
            ]
            for row in rows
        ]
        workbook.close()
        assert rows == expected
    assert AuditEvent.objects.filter(action="export", via="command", row_count=len(expected)).exists()
