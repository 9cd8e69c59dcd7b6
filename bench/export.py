"""Export benchmark: how fast, and in how much memory, are a consultation's responses exported?

What is measured
----------------
Everything runs in a throw-away directory; the project's own database is not touched.

* The project: a fresh SQLite database (``migrate`` + ``load_demo_content``) with two extra
  consultations of 12 questions each (4 single choice, 4 Likert, 2 yes/no, 2 free text):
  one with 10,000 responses and one with ``--rows`` N responses (default 100,000), i.e.
  12 Answer rows per response. The rows are written with raw SQL inserts; generating
  them is not timed.
* Our export: ``manage.py export_responses <slug> --format csv|xlsx --output FILE``, each
  run in a fresh subprocess. Seconds are the subprocess's wall time (Django start-up
  included); peak MB is that subprocess's maximum resident set size (``os.wait4``).
  CSV is exported at 10,000 and at N rows (constant memory: target the same +- 20 MB),
  XLSX at N rows.
* The raw reference: ``sqlite3 -csv`` (the CLI) dumping the same N responses, pivoted to
  one row per response with one column per question, from the same database file.
  Target: our CSV export <= 5x the raw dump's time.
* The baseline: a ``wagtail start`` site (bench/pages.py's ``build_baseline``) with a
  ``wagtail.contrib.forms`` form page of 12 equivalent fields and N ``FormSubmission``
  rows (the same answers, as form_data JSON). Wagtail's own submissions export
  (``/admin/forms/submissions/<id>/?export=csv|xlsx``) is requested through the Django
  test client by a logged-in superuser in a fresh subprocess, and the response written
  to a file. Targets: our CSV >= 4x faster, our XLSX >= 2x faster than the baseline's.

Every export is run ``--rounds`` times (default 3). A round runs each of them once, one at a
time, in the opposite order to the round before, so that a change in the machine's other load
falls on both sides alike; each export keeps its best wall time (and least CPU time, largest
peak memory). CPU time (user + system of the subprocess, from ``os.wait4``) is printed too, with
the same ratios in CPU time for information: it is much less sensitive to the other load.
Our command reads the rows in a second process while the first writes the file
(fitforfuture.exports.read_elsewhere): ``os.wait4`` counts that process too, in CPU time and
in peak memory (the larger of the two), so on two cores our CPU time exceeds our wall time.

The CSV files are read back: ours, the raw dump and the baseline's must each hold
exactly N data rows. The exit status is non-zero only when set-up failed or a row count
is wrong, never for missing a target. The machine's other work (2 cores, shared) shows
in the absolute figures: read the ratios.

Run from the project root: ``.venv/bin/python bench/export.py [--rows N] [--rounds R]``.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.pages import (
    PROJECT_DIR,
    Baseline,
    SetupError,
    build_baseline,
    clean_env,
    random_secret,
    run_command,
)

DEFAULT_ROWS = 100_000
DEFAULT_ROUNDS = 3
SMALL_ROWS = 10_000
SETUP_BUDGET_SECONDS = 900.0
EXPORT_TIMEOUT_SECONDS = 600.0
SMALL_SLUG = "bench-export-small"
LARGE_SLUG = "bench-export-large"
BASELINE_USER = "bench"

MEMORY_TOLERANCE_MB = 20.0
RAW_TARGET = 5.0  # ours / raw, at most
CSV_TARGET = 4.0  # baseline / ours, at least
XLSX_TARGET = 2.0  # baseline / ours, at least

# Shared by both seed scripts (prepended to each): the 12 questions and the answer picked for row i.
QUESTIONS_SOURCE = r"""
PLACES = ["Doddington Hospital", "North Cambridgeshire Hospital, Wisbech", "Princess of Wales Hospital, Ely",
          "More than one of these", "None of these"]
LIKERT = [("strongly-agree", "Strongly agree"), ("agree", "Agree"), ("neither", "Neither agree nor disagree"),
          ("disagree", "Disagree"), ("strongly-disagree", "Strongly disagree")]
YES_NO = [("yes", "Yes"), ("no", "No")]
TEXTS = [
    "The unit in Ely is the only one I can reach by bus; please keep it open in the evenings.",
    "Waiting times were long, but the nurse was kind and explained everything clearly.",
    "I would rather travel further if it means being seen by the right specialist first time.",
    "Parking is impossible at weekends. Café closed. Signs to the unit were confusing.",
    "My father is a carer and cannot leave my mother alone for more than an hour or two.",
    "No opinion on the options, but please publish what you heard and what you decided.",
]
# (kind, text, options): 4 single choice, 4 Likert, 2 yes/no, 2 free text
QUESTIONS = (
    [("single_choice", f"Question {n}: which unit did you use?", PLACES) for n in range(1, 5)]
    + [("likert", f"Question {n}: the proposal would work for people like me.", None) for n in range(5, 9)]
    + [("yes_no", f"Question {n}: have you used a minor injury unit this year?", None) for n in range(9, 11)]
    + [("free_text", f"Question {n}: anything else you would like to tell us?", None) for n in range(11, 13)]
)


def pick(i, q, count):
    return (i * 7 + q * 3 + i // 11) % count


def answer_text(i, q):
    return f"{TEXTS[pick(i, q, len(TEXTS))]} (respondent {i})"
"""

PROJECT_SEED = (
    QUESTIONS_SOURCE
    + r"""
import json
import os
import uuid
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone

from consultations.models import Answer, ConsultationIndexPage, ConsultationPage, Response

RESPONSE_COLUMNS = (
    "id, consultation_id, reference, channel, submitted_at, received_on, entered_by_id, idempotency_token, "
    "respondent_type, organisation_name, name, email, age_band, sex, ethnicity, disability, carer, "
    "postcode_district, possible_campaign, anonymised_at, staff_notes"
)
ANSWER_COLUMNS = "response_id, question_id, option_id, rank, text, text_fingerprint"
CHANNELS = ["online", "online", "online", "paper", "event", "email", "letter", "phone"]
AGE_BANDS = ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+", ""]
DISTRICTS = ["PE13", "PE14", "PE15", "CB6", "CB7", "PE16"]
BATCH = 5000


def block(kind, text, options):
    value = {"question": text, "hint": "", "required": False}
    if options:
        value["options"] = [{"type": "item", "value": label, "id": str(uuid.uuid4())} for label in options]
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def add_consultation(slug):
    now = timezone.now()
    page = ConsultationPage(
        title=f"Benchmark consultation {slug}",
        slug=slug,
        opens_at=now - timedelta(days=30),
        closes_at=now + timedelta(days=30),
        questions=json.dumps([block(*question) for question in QUESTIONS]),
    )
    ConsultationIndexPage.objects.first().add_child(instance=page)
    page.save_revision().publish()
    return ConsultationPage.objects.get(pk=page.pk)


def insert_responses(page, count, first_id):
    questions = page.questionnaire.questions
    started = timezone.now() - timedelta(days=20)
    response_sql = f"INSERT INTO {Response._meta.db_table} ({RESPONSE_COLUMNS}) VALUES ({', '.join(['%s'] * 21)})"
    answer_sql = f"INSERT INTO {Answer._meta.db_table} ({ANSWER_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s)"
    with connection.cursor() as cursor:
        for start in range(0, count, BATCH):
            responses, answers = [], []
            for i in range(start, min(count, start + BATCH)):
                response_id = first_id + i
                channel = CHANNELS[i % len(CHANNELS)]
                submitted = (started + timedelta(seconds=i * 13)).strftime("%Y-%m-%d %H:%M:%S")
                received = submitted[:10] if channel in ("paper", "email", "letter", "phone") else None
                responses.append((
                    response_id, page.pk, f"B{response_id:012d}", channel, submitted, received, None, None,
                    "individual", "", "", "", AGE_BANDS[i % len(AGE_BANDS)], "", "", "", "",
                    DISTRICTS[i % len(DISTRICTS)], 0, None, "",
                ))
                for q, question in enumerate(questions):
                    if question.options:
                        option = question.options[pick(i, q, len(question.options))]
                        answers.append((response_id, question.id, option.id, None, "", ""))
                    else:
                        answers.append((response_id, question.id, "", None, answer_text(i, q), ""))
            with transaction.atomic():
                cursor.executemany(response_sql, responses)
                cursor.executemany(answer_sql, answers)


next_id = (Response.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
for spec in os.environ["BENCH_SPECS"].split(","):
    slug, count = spec.split(":")
    page = add_consultation(slug)
    insert_responses(page, int(count), next_id)
    next_id += int(count)
    print("PAGE", slug, page.pk, [question.id for question in page.questionnaire.questions])
"""
)

BASELINE_SEED = (
    QUESTIONS_SOURCE
    + r"""
import json
import os
from datetime import UTC, datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

from benchforms.models import FormField, FormPage

BATCH = 5000
FIELD_TYPES = {"single_choice": "dropdown", "likert": "radio", "yes_no": "radio", "free_text": "multiline"}


def labels_of(kind, options):
    if kind == "likert":
        return [label for _, label in LIKERT]
    if kind == "yes_no":
        return [label for _, label in YES_NO]
    return options or []


def add_form(slug):
    page = FormPage(title=f"Benchmark form {slug}", slug=slug)
    for order, (kind, text, options) in enumerate(QUESTIONS):
        page.form_fields.add(FormField(
            sort_order=order, label=text, field_type=FIELD_TYPES[kind], required=False,
            choices="\n".join(labels_of(kind, options)),
        ))
    Site.objects.get(is_default_site=True).root_page.add_child(instance=page)
    page.save_revision().publish()
    return FormPage.objects.get(pk=page.pk)


def insert_submissions(page, count):
    names = [field.clean_name for field in page.get_form_fields()]
    choices = [labels_of(kind, options) for kind, _, options in QUESTIONS]
    started = datetime.now(UTC) - timedelta(days=20)
    sql = f"INSERT INTO {FormSubmission._meta.db_table} (form_data, page_id, submit_time) VALUES (%s, %s, %s)"
    with connection.cursor() as cursor:
        for start in range(0, count, BATCH):
            rows = []
            for i in range(start, min(count, start + BATCH)):
                data = {
                    name: (choices[q][pick(i, q, len(choices[q]))] if choices[q] else answer_text(i, q))
                    for q, name in enumerate(names)
                }
                submitted = (started + timedelta(seconds=i * 13)).strftime("%Y-%m-%d %H:%M:%S")
                rows.append((json.dumps(data), page.pk, submitted))
            with transaction.atomic():
                cursor.executemany(sql, rows)


get_user_model().objects.create_superuser("bench", "bench@example.com", "bench-not-a-secret")
for spec in os.environ["BENCH_SPECS"].split(","):
    slug, count = spec.split(":")
    page = add_form(slug)
    insert_submissions(page, int(count))
    print("PAGE", slug, page.pk)
"""
)

BASELINE_FORMS_SETTINGS = """\
from .bench import *  # noqa: F403

INSTALLED_APPS = ["benchforms", *INSTALLED_APPS]  # noqa: F405
"""

BASELINE_FORMS_FILES = {
    "benchforms/__init__.py": "",
    "benchforms/models.py": """\
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractForm, AbstractFormField


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractForm):
    pass
""",
    # Wagtail's own export view, asked for by a superuser through the test client; the body goes to a file.
    "bench_export.py": f"""\
import sys

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402

page_id, file_format, output = sys.argv[1:4]
client = Client(HTTP_HOST="localhost")
client.force_login(get_user_model().objects.get(username="{BASELINE_USER}"))
if file_format == "none":  # start-up only: Django set up, user logged in, nothing exported
    sys.exit(0)
response = client.get(f"/admin/forms/submissions/{{page_id}}/", {{"export": file_format}})
if response.status_code != 200:
    sys.exit(f"HTTP {{response.status_code}}")
with open(output, "wb") as target:
    if response.streaming:
        for chunk in response.streaming_content:
            target.write(chunk)
    else:
        target.write(response.content)
""",
}


# --------------------------------------------------------------------------- running things


@dataclass
class Run:
    what: str
    rows: int
    seconds: float
    peak_mb: float
    output: Path
    cpu_seconds: float = 0.0


@dataclass
class Job:
    """One export to measure: run as `args` in `cwd` with `env`, writing `output`, exiting with `expect`."""

    what: str
    rows: int
    args: list[str]
    cwd: Path
    env: dict[str, str]
    output: Path
    expect: int = 0


def run_output(args: list[str], *, cwd: Path, env: dict[str, str], label: str, deadline: float) -> str:
    """Run a set-up command to completion and return its standard output (fails loudly with its output)."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            args, cwd=cwd, env=env, capture_output=True, text=True, timeout=max(1.0, deadline - started), check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise SetupError(f"{label}: set-up time budget used up") from exc
    if done.returncode != 0:
        raise SetupError(f"{label} failed (exit {done.returncode})\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    print(f"  {label}: {time.monotonic() - started:.1f} s", flush=True)
    return done.stdout


def measured(
    what: str, rows: int, args: list[str], *, cwd: Path, env: dict[str, str], output: Path, expect: int = 0
) -> Run:
    """Run one export in a fresh subprocess: its wall time, its own CPU time and peak resident memory (os.wait4)."""
    print(f"  {what} ({rows:,} rows) ...", end="", flush=True)
    stdout_path = output.with_suffix(output.suffix + ".stdout")
    stderr_path = output.with_suffix(output.suffix + ".stderr")
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        status, usage = wait_with_usage(process.pid, started + EXPORT_TIMEOUT_SECONDS)
        seconds = time.perf_counter() - started
    process.returncode = status
    if status != expect:
        tail = stderr_path.read_text(errors="replace")[-3000:]
        raise SetupError(f"{what}: exit {status}: {' '.join(args)}\n{tail}")
    cpu = usage.ru_utime + usage.ru_stime
    run = Run(what, rows, round(seconds, 2), round(usage.ru_maxrss / 1024, 1), output, round(cpu, 2))
    print(f" {run.seconds:.2f} s, cpu {run.cpu_seconds:.2f} s, {run.peak_mb:.0f} MB", flush=True)
    return run


def best_of(runs: list[Run]) -> Run:
    """The fastest wall time and the least CPU time of the rounds; the largest peak memory."""
    first = runs[0]
    return Run(
        first.what,
        first.rows,
        min(run.seconds for run in runs),
        max(run.peak_mb for run in runs),
        first.output,
        min(run.cpu_seconds for run in runs),
    )


def wait_with_usage(pid: int, deadline: float) -> tuple[int, resource.struct_rusage]:
    """Wait for `pid` (killing it after `deadline`, perf_counter): its exit code and resource usage."""
    while True:
        done_pid, status, usage = os.wait4(pid, os.WNOHANG)
        if done_pid == pid:
            return os.waitstatus_to_exitcode(status), usage
        if time.perf_counter() > deadline:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            return -signal.SIGKILL, usage
        time.sleep(0.02)


def csv_data_rows(path: Path) -> int:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return sum(1 for _ in csv.reader(source)) - 1  # minus the header


# --------------------------------------------------------------------------- set-up


def project_env(workdir: Path) -> dict[str, str]:
    return clean_env(
        DJANGO_SETTINGS_MODULE="fitforfuture.settings.production",
        SECRET_KEY=random_secret(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{workdir / 'project.sqlite3'}",
        ALLOW_LOCAL_MEMORY_CACHE="true",
        STATIC_ROOT=str(workdir / "static"),
    )


def prepare_project(workdir: Path, rows: int, deadline: float) -> tuple[dict[str, str], dict[str, int]]:
    """Fresh project database with the demo content, plus the two benchmark consultations and their responses."""
    env = project_env(workdir)
    for label, command in {"migrate": ["migrate", "--noinput"], "load_demo_content": ["load_demo_content"]}.items():
        manage = [sys.executable, "manage.py", *command]
        run_command(manage, cwd=PROJECT_DIR, env=env, label=f"project: {label}", deadline=deadline)
    seed_env = {**env, "BENCH_SPECS": f"{SMALL_SLUG}:{SMALL_ROWS},{LARGE_SLUG}:{rows}"}
    seed = [sys.executable, "manage.py", "shell", "-c", PROJECT_SEED]
    stdout = run_output(seed, cwd=PROJECT_DIR, env=seed_env, label="project: seed responses", deadline=deadline)
    return env, page_ids(stdout)


def prepare_baseline(workdir: Path, rows: int, deadline: float) -> tuple[Baseline, dict[str, int]]:
    """The `wagtail start` site of bench/pages.py, plus a form-builder app, a superuser and the submissions."""
    baseline = build_baseline(workdir, deadline)
    (baseline.site_dir / "baseline" / "settings" / "bench_forms.py").write_text(BASELINE_FORMS_SETTINGS)
    for relative, content in BASELINE_FORMS_FILES.items():
        (baseline.site_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        (baseline.site_dir / relative).write_text(content)
    baseline.env["DJANGO_SETTINGS_MODULE"] = "baseline.settings.bench_forms"
    baseline.manage("makemigrations", "benchforms", label="makemigrations benchforms", deadline=deadline)
    baseline.manage("migrate", "--noinput", label="migrate benchforms", deadline=deadline)
    seed_env = {**baseline.env, "BENCH_SPECS": f"{SMALL_SLUG}:{SMALL_ROWS},{LARGE_SLUG}:{rows}"}
    seed = [sys.executable, "manage.py", "shell", "-c", BASELINE_SEED]
    stdout = run_output(
        seed, cwd=baseline.site_dir, env=seed_env, label="baseline: seed submissions", deadline=deadline
    )
    return baseline, page_ids(stdout)


def page_ids(stdout: str) -> dict[str, int]:
    found = {match[1]: int(match[2]) for match in re.finditer(r"^PAGE (\S+) (\d+)", stdout, re.MULTILINE)}
    if set(found) != {SMALL_SLUG, LARGE_SLUG}:
        raise SetupError(f"seed script did not report its pages:\n{stdout[-2000:]}")
    return found


def raw_query(consultation_id: int, question_order: list[str]) -> str:
    """One row per response, one column per question (option id or text), like the export's shape."""
    columns = ",\n".join(
        f"max(CASE WHEN a.question_id = '{qid}' THEN coalesce(nullif(a.option_id, ''), a.text) END) AS q{n}"
        for n, qid in enumerate(question_order, start=1)
    )
    return (
        "SELECT r.reference, r.channel, r.submitted_at, r.received_on, r.possible_campaign,\n"
        f"{columns},\n"
        "r.respondent_type, r.organisation_name, r.name, r.email, r.age_band, r.sex, r.ethnicity,\n"
        "r.disability, r.carer, r.postcode_district, r.staff_notes\n"
        "FROM consultations_response r JOIN consultations_answer a ON a.response_id = r.id\n"
        f"WHERE r.consultation_id = {consultation_id} GROUP BY r.id ORDER BY r.id;"
    )


def large_question_ids(db_path: Path, consultation_id: int) -> list[str]:
    """The question ids of the large consultation, in the order they were first answered."""
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        first = connection.execute(
            "SELECT id FROM consultations_response WHERE consultation_id = ? ORDER BY id LIMIT 1", (consultation_id,)
        ).fetchone()
        answered = connection.execute(
            "SELECT question_id FROM consultations_answer WHERE response_id = ? ORDER BY id", (first[0],)
        )
        return [row[0] for row in answered]


# --------------------------------------------------------------------------- benchmark


def benchmark(workdir: Path, rows: int, rounds: int) -> list[Run]:
    print(f"Setting up ({rows:,} responses x 12 questions; generating data is not timed)")
    deadline = time.monotonic() + SETUP_BUDGET_SECONDS
    with ThreadPoolExecutor(max_workers=1) as pool:
        baseline_job = pool.submit(prepare_baseline, workdir, rows, deadline)
        env, pages = prepare_project(workdir, rows, deadline)
        baseline, forms = baseline_job.result()

    manage = [sys.executable, "manage.py", "export_responses"]
    jobs: list[Job] = []
    # Start-up alone: an unknown slug makes the command stop (exit 1) right after Django is set up.
    output = workdir / "ours-startup.csv"
    command = [*manage, "no-such-consultation", "--output", str(output)]
    jobs.append(Job("ours start-up", 0, command, PROJECT_DIR, env, output, expect=1))
    for slug, count in ((SMALL_SLUG, SMALL_ROWS), (LARGE_SLUG, rows)):
        output = workdir / f"ours-{count}.csv"
        command = [*manage, slug, "--format", "csv", "--output", str(output)]
        jobs.append(Job("ours CSV", count, command, PROJECT_DIR, env, output))
    output = workdir / f"ours-{rows}.xlsx"
    command = [*manage, LARGE_SLUG, "--format", "xlsx", "--output", str(output)]
    jobs.append(Job("ours XLSX", rows, command, PROJECT_DIR, env, output))

    db_path = workdir / "project.sqlite3"
    query = raw_query(pages[LARGE_SLUG], large_question_ids(db_path, pages[LARGE_SLUG]))
    output = workdir / f"raw-{rows}.csv"
    shell = f'sqlite3 -csv -header {db_path} "$BENCH_QUERY" > {output}'
    jobs.append(Job("raw sqlite3 -csv", rows, ["sh", "-c", shell], workdir, {**env, "BENCH_QUERY": query}, output))

    script = [sys.executable, "bench_export.py"]
    output = workdir / "baseline-startup.none"
    jobs.append(
        Job("Wagtail start-up", 0, [*script, "0", "none", str(output)], baseline.site_dir, baseline.env, output)
    )
    for name, slug, count, file_format in (
        ("Wagtail CSV", SMALL_SLUG, SMALL_ROWS, "csv"),
        ("Wagtail CSV", LARGE_SLUG, rows, "csv"),
        ("Wagtail XLSX", LARGE_SLUG, rows, "xlsx"),
    ):
        output = workdir / f"baseline-{count}.{file_format}"
        command = [*script, str(forms[slug]), file_format, str(output)]
        jobs.append(Job(name, count, command, baseline.site_dir, baseline.env, output))

    # The machine is shared: the same load falls on both sides only if their runs take turns. Every
    # round runs every export once, in the opposite order to the round before; each export keeps its best.
    print(f"Measuring ({rounds} rounds; each export in a fresh subprocess, one at a time)")
    tried: list[list[Run]] = [[] for _ in jobs]
    for number in range(rounds):
        print(f" round {number + 1} of {rounds}")
        order = range(len(jobs)) if number % 2 == 0 else reversed(range(len(jobs)))
        for index in order:
            job = jobs[index]
            run = measured(job.what, job.rows, job.args, cwd=job.cwd, env=job.env, output=job.output, expect=job.expect)
            tried[index].append(run)
    return [best_of(runs) for runs in tried]


# --------------------------------------------------------------------------- report


@dataclass
class Verdict:
    label: str
    value: str
    target: str
    met: bool


def find(runs: list[Run], what: str, rows: int) -> Run:
    return next(run for run in runs if run.what == what and run.rows == rows)


def ratio_verdict(label: str, slow: float, fast: float, target: float, *, at_most: bool = False) -> Verdict:
    """`slow` / `fast` against a target (at least, or at most when `at_most`)."""
    value = slow / fast if fast > 0 else float("inf")
    met = value <= target if at_most else value >= target
    return Verdict(label, f"{value:.2f}x", f"{'<=' if at_most else '>='} {target:g}x", met)


def verdicts(runs: list[Run], rows: int) -> list[Verdict]:
    ours_csv, ours_small = find(runs, "ours CSV", rows), find(runs, "ours CSV", SMALL_ROWS)
    ours_xlsx, raw = find(runs, "ours XLSX", rows), find(runs, "raw sqlite3 -csv", rows)
    wagtail_csv, wagtail_xlsx = find(runs, "Wagtail CSV", rows), find(runs, "Wagtail XLSX", rows)
    ours_start, wagtail_start = find(runs, "ours start-up", 0).seconds, find(runs, "Wagtail start-up", 0).seconds
    growth = ours_csv.peak_mb - ours_small.peak_mb
    net = " net of start-up"
    return [
        Verdict(
            f"ours CSV peak memory, {rows:,} vs {SMALL_ROWS:,} rows",
            f"{growth:+.1f} MB",
            f"+-{MEMORY_TOLERANCE_MB:g} MB",
            abs(growth) <= MEMORY_TOLERANCE_MB,
        ),
        ratio_verdict("ours CSV / raw sqlite3 -csv", ours_csv.seconds, raw.seconds, RAW_TARGET, at_most=True),
        ratio_verdict("Wagtail CSV / ours CSV", wagtail_csv.seconds, ours_csv.seconds, CSV_TARGET),
        ratio_verdict("Wagtail XLSX / ours XLSX", wagtail_xlsx.seconds, ours_xlsx.seconds, XLSX_TARGET),
        ratio_verdict(
            "ours CSV / raw sqlite3 -csv" + net, ours_csv.seconds - ours_start, raw.seconds, RAW_TARGET, at_most=True
        ),
        ratio_verdict(
            "Wagtail CSV / ours CSV" + net,
            wagtail_csv.seconds - wagtail_start,
            ours_csv.seconds - ours_start,
            CSV_TARGET,
        ),
        ratio_verdict(
            "Wagtail XLSX / ours XLSX" + net,
            wagtail_xlsx.seconds - wagtail_start,
            ours_xlsx.seconds - ours_start,
            XLSX_TARGET,
        ),
    ]


def print_report(runs: list[Run], rows: int) -> None:
    header = f"{'what':<18} {'rows':>9} {'seconds':>9} {'cpu s':>9} {'peak MB':>9}"
    print()
    print(header)
    print("-" * len(header))
    for run in runs:
        print(f"{run.what:<18} {run.rows:>9,} {run.seconds:>9.2f} {run.cpu_seconds:>9.2f} {run.peak_mb:>9.1f}")
    print()
    for verdict in verdicts(runs, rows):
        outcome = "meets target" if verdict.met else "below target"
        print(f"{verdict.label:<46} {verdict.value:>9}  (target {verdict.target})  {outcome}")
    raw, wagtail_csv = find(runs, "raw sqlite3 -csv", rows), find(runs, "Wagtail CSV", rows)
    ceiling = wagtail_csv.seconds / raw.seconds if raw.seconds else float("inf")
    budget, startup = wagtail_csv.seconds / CSV_TARGET, find(runs, "ours start-up", 0).seconds
    print(f"For scale: Wagtail CSV / raw sqlite3 -csv is {ceiling:.2f}x. {CSV_TARGET:g}x faster than Wagtail's CSV")
    print(f"export is {budget:.2f} s in all, start-up included; the sqlite3 command-line tool (C, no Django)")
    print(f"takes {raw.seconds:.2f} s to dump the same rows, and our Django start-up alone {startup:.2f} s.")
    print("For information, the same ratios in CPU time (user + system) of each subprocess:")
    ours_csv, ours_xlsx = find(runs, "ours CSV", rows), find(runs, "ours XLSX", rows)
    wagtail_xlsx = find(runs, "Wagtail XLSX", rows)
    for label, slow, fast in (
        ("ours CSV / raw sqlite3 -csv", ours_csv, raw),
        ("Wagtail CSV / ours CSV", wagtail_csv, ours_csv),
        ("Wagtail XLSX / ours XLSX", wagtail_xlsx, ours_xlsx),
        ("Wagtail CSV / raw sqlite3 -csv", wagtail_csv, raw),
    ):
        value = slow.cpu_seconds / fast.cpu_seconds if fast.cpu_seconds > 0 else float("inf")
        print(f"  {label + ', CPU time':<44} {value:>9.2f}x")
    print("seconds: wall time of the whole subprocess, Django start-up included, the best of the rounds;")
    print("cpu s: its user + system CPU time, the least of the rounds; peak MB: its max RSS, the largest.")
    print("Time ratios: the first three (whole subprocess) are the measure; 'net of start-up' subtracts each")
    print("side's start-up run (Django set up and nothing exported) and is given for information.")


def check_row_counts(runs: list[Run]) -> list[str]:
    """Every CSV must hold exactly its number of data rows; our XLSX must report it."""
    problems = []
    for run in runs:
        if run.rows == 0:  # start-up runs export nothing
            continue
        if run.output.suffix == ".csv":
            found = csv_data_rows(run.output)
        else:
            stderr = run.output.with_suffix(run.output.suffix + ".stderr").read_text(errors="replace")
            match = re.search(r"Exported (\d+) responses", stderr)
            if match is None:  # Wagtail's XLSX: not read back (openpyxl would take longer than the export)
                continue
            found = int(match[1])
        if found != run.rows:
            problems.append(f"{run.what}: {found:,} data rows, expected {run.rows:,}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, help=f"responses to export (default {DEFAULT_ROWS})")
    parser.add_argument(
        "--rounds", type=int, default=DEFAULT_ROUNDS, help=f"times each export is run (default {DEFAULT_ROUNDS})"
    )
    arguments = parser.parse_args()
    rows, rounds = arguments.rows, arguments.rounds
    if rows < 1:
        parser.error("--rows must be at least 1")
    if rounds < 1:
        parser.error("--rounds must be at least 1")
    started = time.perf_counter()
    print("Load average (1, 5, 15 min) at the start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    try:
        with tempfile.TemporaryDirectory(prefix="fff-bench-export-") as tmp:
            runs = benchmark(Path(tmp), rows, rounds)
            problems = check_row_counts(runs)
    except SetupError as exc:
        print(f"\nBenchmark set-up failed: {exc}", file=sys.stderr)
        return 2
    print_report(runs, rows)
    print(f"\nRow counts: {'all exact' if not problems else '; '.join(problems)}")
    print(f"Total time: {time.perf_counter() - started:.0f} s")
    print("Load average (1, 5, 15 min) at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
