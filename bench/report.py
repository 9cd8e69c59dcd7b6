"""Report benchmark: the 'You said, we did' report, its PDF and the coding workbench at scale.

What is measured
----------------
A throw-away database (SQLite in a temporary directory by default, or PostgreSQL with
``--database-url``; never the project's own) gets ``migrate`` + ``load_demo_content
--responses 0`` and one consultation of 12 questions (4 single choice, 4 Likert, 2 yes/no,
2 free text) with ``--rows`` N responses (default 100,000), i.e. 12 Answer rows each, and
a codebook of 6 themes with 5,000 coded answers. Writing the rows is not timed.

Then, in this process, through the Django test client:

* the report page, signed in as a councillor (so no page cache): the first request
  ("cold") and the median of 5 more ("warm"), with the number of SQL queries, at 1,000
  responses and at N responses (the query count must not change);
* the PDF of the report (WeasyPrint), at N responses;
* the coding workbench as an engagement lead: the first page and a page deep in the list
  of N free-text answers, with suggestions for uncoded answers;
* the baseline, in the same run: the same per-question counts made by a Python loop over
  every answer row (what the report would cost without GROUP BY in the database).

Targets: cold report < 2 s, query count independent of N, PDF < 10 s, workbench < 300 ms.
Timings on a shared 2-core machine are noisy: the ratios matter more than the seconds.

Run from the project root: ``.venv/bin/python bench/report.py [--rows N] [--database-url URL]``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_DIR))

QUESTIONS = [
    *[("single_choice", f"Single choice question {n}", ["First", "Second", "Third", "Fourth"]) for n in range(1, 5)],
    *[("likert", f"Likert statement {n}", None) for n in range(1, 5)],
    *[("yes_no", f"Yes or no question {n}", None) for n in range(1, 3)],
    *[("free_text", f"Free text question {n}", None) for n in range(1, 3)],
]
WORDS = [
    "travel to Wisbech takes too long by bus",
    "please keep Doddington open it is local",
    "the wait at Ely was four hours",
    "we need X-rays in the same place",
    "not enough nurses at the weekend",
    "parking at the hospital is hard",
    "support at home after discharge matters",
    "hold more public meetings in bigger venues",
]
THEMES = ["Travel", "Keeping services local", "Waiting", "Tests and X-rays", "Staff", "Having your say"]
CODED = 5000
BATCH = 5000


def setup_environment(database_url: str | None, workdir: Path) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "fitforfuture.settings.dev"
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{workdir / 'report-bench.sqlite3'}"
    os.environ["PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.conf import settings

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["*"]


def build_database(rows: int) -> dict:
    from django.core.management import call_command

    print("Setting up: migrate and demo content (not timed)", flush=True)
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_content", "--responses", "0", "--skip-index", verbosity=0)
    small = add_consultation("report-bench-small", 1000)
    large = add_consultation("report-bench", rows)
    return {"small": small, "large": large}


def question_block(number: int, kind: str, text: str, options) -> dict:
    value = {"question": text, "hint": "", "required": False, "retired": False}
    if options:
        value["options"] = [
            {"type": "item", "value": label, "id": f"opt-{number}-{index}"} for index, label in enumerate(options)
        ]
    if kind == "free_text":
        value["max_length"] = 1500
    return {"type": kind, "value": value, "id": f"q-{number}"}


def add_consultation(slug: str, count: int):
    import uuid
    from datetime import timedelta

    from django.db import connection, transaction
    from django.utils import timezone

    from consultations.models import Answer, Coding, ConsultationIndexPage, ConsultationPage, Response, Theme

    now = timezone.now()
    prefix = uuid.uuid4().hex[:6]
    blocks = [question_block(n, *spec) for n, spec in enumerate(QUESTIONS, start=1)]
    for item in blocks:  # question and option ids unique to this consultation
        item["id"] = f"{prefix}-{item['id']}"
        for option in item["value"].get("options", []):
            option["id"] = f"{prefix}-{option['id']}"
    page = ConsultationPage(
        title=f"Report benchmark ({count:,} responses)",
        slug=slug,
        opens_at=now - timedelta(days=60),
        closes_at=now - timedelta(days=1),
        questions=json.dumps(blocks),
    )
    ConsultationIndexPage.objects.first().add_child(instance=page)
    page.save_revision().publish()
    page = ConsultationPage.objects.get(pk=page.pk)
    questions = page.questionnaire.questions
    districts = ["PE13", "PE15", "CB6", "CB7", "PE29", "PE1", "CB1"]
    bands = ["18 to 24", "35 to 44", "55 to 64", "65 to 74", "75 or over"]
    channels = ["online", "online", "online", "paper", "event", "email"]
    print(f"Writing {count:,} responses x {len(questions)} answers for {slug} (not timed)", flush=True)
    started = time.perf_counter()
    for start in range(0, count, BATCH):
        size = min(BATCH, count - start)
        with transaction.atomic():
            made = Response.objects.bulk_create(
                [
                    Response(
                        consultation=page,
                        reference=f"R{prefix}{start + i:09d}",
                        channel=channels[(start + i) % len(channels)],
                        submitted_at=now - timedelta(days=2, seconds=start + i),
                        age_band=bands[(start + i) % len(bands)],
                        postcode_district=districts[(start + i) % len(districts)],
                    )
                    for i in range(size)
                ]
            )
            if made[0].pk is None:
                made = list(Response.objects.filter(consultation=page).order_by("pk")[start : start + size])
            answers = []
            for offset, response in enumerate(made):
                i = start + offset
                for q, question in enumerate(questions):
                    if question.options:
                        option = question.options[(i * 7 + q * 3) % len(question.options)]
                        answers.append((response.pk, question.id, option.id, None, "", ""))
                    else:
                        text = f"{WORDS[(i + q) % len(WORDS)]} ({i})"
                        answers.append((response.pk, question.id, "", None, text, ""))
            columns = "response_id, question_id, option_id, rank, text, text_fingerprint"
            sql = f"INSERT INTO {Answer._meta.db_table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s)"
            with connection.cursor() as cursor:
                cursor.executemany(sql, answers)
    themes = [Theme.objects.create(consultation=page, name=name, sort_order=n) for n, name in enumerate(THEMES)]
    free_ids = [q.id for q in questions if q.kind == "free_text"]
    coded = Answer.objects.filter(question_id__in=free_ids).order_by("pk").values_list("pk", "text")[:CODED]
    Coding.objects.bulk_create(
        [Coding(answer_id=pk, theme=themes[WORDS.index(text.split(" (")[0]) % len(themes)]) for pk, text in coded],
        batch_size=2000,
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"  written in {time.perf_counter() - started:.0f} s", flush=True)
    return page


def timed(function, repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times


def measure_report(client, page) -> dict:
    from django.db import connection

    url = page.url + "report/"
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # Counted at the cursor, so that the request's own connection handling cannot reset the tally.
    with connection.execute_wrapper(count):
        started = time.perf_counter()
        response = client.get(url)
        cold = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    warm = statistics.median(timed(lambda: client.get(url), repeat=5))
    return {"cold": cold, "warm": warm, "queries": len(queries)}


def python_loop_baseline(page) -> float:
    """The same per-question option counts, counted in Python over every answer row."""
    from consultations.models import Answer

    questions = page.questionnaire.questions
    closed = {q.id for q in questions if q.options}
    started = time.perf_counter()
    counts: Counter = Counter()
    rows = Answer.objects.filter(response__consultation=page).values_list("question_id", "option_id")
    for question_id, option_id in rows.iterator(chunk_size=5000):
        if question_id in closed:
            counts[(question_id, option_id)] += 1
    elapsed = time.perf_counter() - started
    assert sum(counts.values()) == page.responses.count() * len(closed)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000, help="responses in the large consultation")
    parser.add_argument("--database-url", default=None, help="a PostgreSQL database to fill (it is wiped first)")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="report-bench-") as workdir:
        if options.database_url and options.database_url.startswith("postgres"):
            reset_postgres(options.database_url)
        setup_environment(options.database_url, Path(workdir))
        pages = build_database(options.rows)

        from django.test import Client

        from home.factories import UserFactory

        councillor, lead = Client(), Client()
        councillor.force_login(UserFactory(username="bench-councillor", groups=["Councillors"]))
        lead.force_login(UserFactory(username="bench-lead", groups=["Engagement leads"]))

        # The first request of a process loads settings, menus and the report's templates, and fills
        # per-process caches (content types, site root paths): not the cost of any one report.
        from consultations.models import ConsultationPage

        councillor.get("/")
        warm_up = ConsultationPage.objects.exclude(pk__in=[page.pk for page in pages.values()]).first()
        if warm_up is not None:
            councillor.get(warm_up.url + "report/")
        small = measure_report(councillor, pages["small"])
        large = measure_report(councillor, pages["large"])
        pdf_url = pages["large"].url + "report/pdf/"
        pdf_first = timed(lambda: councillor.get(pdf_url))[0]  # includes loading fonts: once per process
        pdf_seconds = statistics.median(timed(lambda: councillor.get(pdf_url), repeat=3))
        pdf = councillor.get(pdf_url)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")

        coding_url = f"/admin/responses/{pages['large'].pk}/coding/"
        lead.get(coding_url)  # the first request of a process builds the suggestion model
        workbench_first = statistics.median(timed(lambda: lead.get(coding_url), repeat=5))
        deep = coding_url + "?p=1000"
        assert lead.get(deep).status_code == 200
        workbench_deep = statistics.median(timed(lambda: lead.get(deep), repeat=5))
        uncoded = coding_url + "?state=uncoded&p=500"
        lead.get(uncoded)
        workbench_uncoded = statistics.median(timed(lambda: lead.get(uncoded), repeat=5))
        baseline = python_loop_baseline(pages["large"])

    rows = options.rows
    vendor = "PostgreSQL" if options.database_url else "SQLite"
    print()
    print(f"Report benchmark on {vendor}, {rows:,} responses x 12 questions")
    print(
        f"  report page at 1,000 responses: cold {small['cold']:.3f} s, warm {small['warm']:.3f} s, "
        f"{small['queries']} queries"
    )
    print(
        f"  report page at {rows:,} responses: cold {large['cold']:.3f} s, warm {large['warm']:.3f} s, "
        f"{large['queries']} queries   (target: cold < 2 s)"
    )
    print(
        f"  query count independent of responses: {'yes' if small['queries'] == large['queries'] else 'NO'} "
        f"({small['queries']} vs {large['queries']})"
    )
    print(
        f"  PDF at {rows:,} responses: first in the process {pdf_first:.2f} s, then {pdf_seconds:.2f} s   "
        f"(target < 10 s), {len(pdf.content) / 1024:.0f} KB"
    )
    print(
        f"  coding workbench, first page of {rows * 2:,} answers: {workbench_first * 1000:.0f} ms; "
        f"page 1,000: {workbench_deep * 1000:.0f} ms; uncoded page 500 with suggestions: "
        f"{workbench_uncoded * 1000:.0f} ms   (target < 300 ms)"
    )
    print(f"  baseline, counting the same answers in a Python loop: {baseline:.2f} s")
    print(
        f"  ratio: Python-loop baseline / report page (cold) = {baseline / large['cold']:.1f}x; "
        f"report cold at {rows:,} / at 1,000 = {large['cold'] / small['cold']:.1f}x"
    )
    return 0


def reset_postgres(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")


if __name__ == "__main__":
    sys.exit(main())
