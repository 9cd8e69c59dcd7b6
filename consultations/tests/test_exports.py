"""Engagement leads export every response as CSV or XLSX: one row per response, one column per
question, safe to open in a spreadsheet, read in constant memory and always audited."""

import datetime
import io
import math
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from openpyxl import load_workbook

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations import services
from consultations.exports import export_rows
from consultations.factories import AnswerFactory, ResponseFactory
from consultations.models import Answer, Channel, ExportJob, ExportStatus, Response
from consultations.tests.helpers import make_response, read_csv
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


def test_xlsx_holds_the_same_rows_as_the_csv(client, consultation, two_responses):
    csv_rows = {row["Reference"]: row for row in csv_export(client, consultation)}
    xlsx_rows = {row["Reference"]: row for row in xlsx_export(client, consultation)}
    assert set(xlsx_rows) == set(csv_rows)
    for reference, row in xlsx_rows.items():
        assert {key: "" if value is None else str(value) for key, value in row.items()} == csv_rows[reference]


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


def test_export_reads_answers_once_per_chunk_not_once_per_response(consultation, many_responses):
    chunk_size = 50
    with CaptureQueriesContext(connection) as queries:
        rows = list(export_rows(consultation=consultation, chunk_size=chunk_size))
    assert len(rows) == 250
    # One to fix the rows covered, one for the responses, then one for the answers of each chunk.
    assert len(queries) <= 2 + math.ceil(250 / chunk_size)


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
