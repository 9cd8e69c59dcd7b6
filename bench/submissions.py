"""Submission benchmark: many residents answering the minor injury units consultation at once.

What is measured
----------------
RESPONSES full responses are posted by CONCURRENCY client threads, on a throw-away SQLite file
and on a throw-away PostgreSQL database (127.0.0.1:5432, user postgres; skipped if it does not
answer), to two sites served the same way (bench/pages.py's helpers: gunicorn, 2 sync workers,
production settings, 127.0.0.1, one site at a time):

* ours: this project (``migrate`` + ``load_demo_content``, local-memory cache,
  TRUSTED_PROXY_COUNT=1), answering ``/consultations/minor-injury-units/`` as a resident does.
  The MIU questionnaire is short (7 questions), so residents get it on one page: every question,
  the optional "about you" questions (left blank here) and the consent statement. Three requests
  per response: GET respond/1/ (the form, with its own submission token), POST respond/1/ with
  the answers and consent (stores the response, 302 to the confirmation), GET the confirmation
  page (200, showing the reference number). No session is used. Each resident has their own
  X-Forwarded-For address, so the per-address limit (20 responses an hour) applies per resident,
  as in real life.
* baseline: a plain ``wagtail start`` site with a ``wagtail.contrib.forms`` form page
  (AbstractEmailForm, no email address, so nothing is sent) with equivalent fields: a radio, a
  set of checkboxes, a five-point radio scale, a textarea and a postcode text field. Two
  requests per submission: GET the form, POST it (answered by the thank-you page).

The answers are built from the forms' own HTML (input names and values), never from Django.
A response counts when every step gave the expected status (302 for our POST, 200 for GETs
and for the baseline's thank-you page) and ends on the confirmation: our confirmation page with
a reference number, the baseline's thank-you page. Latency is the wall time of one whole response.

After each run the rows are counted with sqlite3/psql: ours must hold exactly RESPONSES new rows
in consultations_response (besides the demo content's example responses, counted before the
run), one per idempotency token; the baseline exactly RESPONSES form submissions. Then
DOUBLE_POSTS more residents send the form's POST twice with the same token (half one after the
other, half at the same moment): that must add one row per resident.

How to read the ratios
----------------------
``ours / baseline`` compares completed responses per second (target >= 2x). Our flow costs
three requests per response against the baseline's two (we redirect after the POST, so a
refresh or the back button cannot send the answers again; the baseline answers the POST with
its thank-you page), so it is the ratio that matters to residents but the harder one to meet.
``per request`` compares requests per second, i.e. the server's speed per page it answers,
regardless of how many pages each flow needs. The client threads share the machine's CPUs with
the servers: read the ratios rather than raw figures.

The exit status is 2 if set-up failed, 1 if a response was lost or stored twice, else 0 (never
for missing the target).

Run from the project root: ``.venv/bin/python bench/submissions.py [--responses N]``.
"""

from __future__ import annotations

import argparse
import http.client
import re
import secrets
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.pages import (
    BIN_DIR,
    HOST,
    PROJECT_DIR,
    REQUEST_TIMEOUT,
    SETUP_BUDGET_SECONDS,
    Baseline,
    Server,
    SetupError,
    clean_env,
    percentile,
    random_secret,
    run_command,
    start_gunicorn,
    wait_until_serving,
)
from bench.signups import CSRF_COOKIE, POSTGRES_ADMIN_URL, postgres_available, project_env

RESPONSES = 2000
CONCURRENCY = 16
DOUBLE_POSTS = 50
RUN_BUDGET_SECONDS = 900.0
TARGET_RATIO = 2.0
CONSULTATION = "/consultations/minor-injury-units/"
BASELINE_FORM = "/survey/"
OURS_REQUESTS, BASELINE_REQUESTS = 3, 2
QUESTION_PREFIX = "q_"  # our question fields; the "about you" ones are left blank, as many leave them
LANDING_MARKER = 'data-bench="landing"'
REFERENCE = re.compile(r"<strong>FFF-[A-Z2-9]{4}-[A-Z2-9]{4}</strong>")
POSTCODES = ["PE13 1AB", "CB7 4DL", "PE15 8AB", "CB6 1AA", "PE14 9EE"]
SKIPPED_INPUTS = {"hidden", "submit", "button", "email", "reset", "image"}

# --------------------------------------------------------------------------- the baseline site

BASELINE_SETTINGS = '''\
"""Benchmark settings: stock production settings, DEBUG off, the database of DATABASE_URL."""
import os

import dj_database_url

from .production import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["benchforms", *INSTALLED_APPS]  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# The same database settings as the project's (fitforfuture/settings/base.py), for a fair race.
DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
'''

BASELINE_APP_FILES = {
    "benchforms/__init__.py": "",
    "benchforms/management/__init__.py": "",
    "benchforms/management/commands/__init__.py": "",
    "benchforms/models.py": """\
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(AbstractEmailForm):
    pass
""",
    "benchforms/templates/benchforms/form_page.html": """\
{% extends "base.html" %}
{% load wagtailcore_tags %}
{% block content %}
<main>
  <h1>{{ page.title }}</h1>
  <form action="{% pageurl page %}" method="post">
    {% csrf_token %}
    {{ form.as_p }}
    <input type="submit" value="Send">
  </form>
</main>
{% endblock content %}
""",
    "benchforms/templates/benchforms/form_page_landing.html": """\
{% extends "base.html" %}
{% block content %}<main data-bench="landing"><h1>Thank you</h1></main>{% endblock content %}
""",
    "benchforms/management/commands/seed_bench_form.py": """\
from django.core.management.base import BaseCommand
from wagtail.models import Site

from benchforms.models import FormField, FormPage

UNITS = ["Doddington Hospital", "North Cambridgeshire Hospital, Wisbech", "Princess of Wales Hospital, Ely",
         "More than one of these", "None of these"]
MATTERS = ["How far I have to travel", "Being seen quickly", "Being safe and getting good care",
           "Having tests, such as X-rays, in the same place", "The same good care for everyone"]
SCALE = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]
FIELDS = [
    ("Which minor injury unit have you used?", "radio", UNITS, True),
    ("What matters most to you?", "checkboxes", MATTERS, False),
    ("How much do you agree with urgent care hubs?", "radio", SCALE, True),
    ("Anything else you want to tell us?", "multiline", [], False),
    ("Postcode", "singleline", [], False),
]


class Command(BaseCommand):
    def handle(self, **options):
        home = Site.objects.get(is_default_site=True).root_page
        fields = [
            FormField(sort_order=n, label=label, field_type=kind, choices="\\n".join(choices), required=required)
            for n, (label, kind, choices, required) in enumerate(FIELDS)
        ]
        page = FormPage(title="Minor injury units", slug="survey", form_fields=fields)
        home.add_child(instance=page)
""",
}


def build_baseline(workdir: Path, deadline: float) -> Path:
    """A stock `wagtail start` site with the form-page app added; migrated later, per database."""
    site_dir = workdir / "baseline"
    site_dir.mkdir()
    env = clean_env(SECRET_KEY=random_secret())
    wagtail_start = [str(BIN_DIR / "wagtail"), "start", "baseline", str(site_dir)]
    run_command(wagtail_start, cwd=workdir, env=env, label="baseline: wagtail start", deadline=deadline)
    (site_dir / "baseline" / "settings" / "bench.py").write_text(BASELINE_SETTINGS)
    for relative, content in BASELINE_APP_FILES.items():
        target = site_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    env.update(DJANGO_SETTINGS_MODULE="baseline.settings.bench", DATABASE_URL=f"sqlite:///{workdir / 'unused.db'}")
    Baseline(site_dir, env).manage("makemigrations", "benchforms", label="makemigrations", deadline=deadline)
    return site_dir


# --------------------------------------------------------------------------- HTTP with a cookie jar


@dataclass
class Page:
    status: int
    location: str
    text: str


class Browser:
    """One resident: a cookie jar and an address of their own, one connection per request."""

    def __init__(self, port: int, address: str, csrf_cookie: str):
        self.port, self.address, self.csrf_cookie = port, address, csrf_cookie
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, data: list[tuple[str, str]] | None = None) -> Page:
        headers = {"User-Agent": "fff-bench", "X-Forwarded-For": self.address}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", errors="replace")
        finally:
            conn.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return Page(response.status, urlsplit(response.getheader("Location") or "").path, text)

    def expect(self, method: str, path: str, status: int, data: list[tuple[str, str]] | None = None) -> Page:
        page = self.request(method, path, data)
        if page.status != status:
            raise FlowError(f"{method} {path}: HTTP {page.status}, expected {status}")
        return page

    def csrf(self, page: Page) -> list[tuple[str, str]]:
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        if not match or self.csrf_cookie not in self.cookies:
            raise FlowError("no CSRF token or cookie")
        return [("csrfmiddlewaretoken", match.group(1))]


class FlowError(Exception):
    """One resident's flow went wrong; the message says at which step."""


# --------------------------------------------------------------------------- answers from the forms' HTML


@dataclass
class FormSpec:
    """The answerable fields of a form's HTML: radio and checkbox groups, selects, text boxes."""

    radios: dict[str, list[str]] = field(default_factory=dict)
    checkboxes: dict[str, list[str]] = field(default_factory=dict)
    selects: dict[str, list[str]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    textareas: list[str] = field(default_factory=list)

    def only(self, prefix: str) -> FormSpec:
        """The fields whose names start with `prefix`."""
        return FormSpec(
            radios={name: values for name, values in self.radios.items() if name.startswith(prefix)},
            checkboxes={name: values for name, values in self.checkboxes.items() if name.startswith(prefix)},
            selects={name: values for name, values in self.selects.items() if name.startswith(prefix)},
            texts=[name for name in self.texts if name.startswith(prefix)],
            textareas=[name for name in self.textareas if name.startswith(prefix)],
        )

    def answers(self, n: int) -> list[tuple[str, str]]:
        """Valid answers for resident `n`, varied between residents."""
        data = [(name, values[n % len(values)]) for name, values in self.radios.items()]
        for name, values in self.checkboxes.items():
            data += [(name, value) for value in sorted({values[n % len(values)], values[(n + 2) % len(values)]})]
        by_question: dict[str, list[str]] = {}
        for name in self.selects:  # ranking: q_<id>__<option id>, one distinct place each
            by_question.setdefault(name.split("__")[0], []).append(name)
        for names in by_question.values():
            data += [(name, str((i + n) % len(names) + 1)) for i, name in enumerate(names)]
        data += [(name, POSTCODES[n % len(POSTCODES)]) for name in self.texts]
        data += [(name, f"Resident {n}: please keep the unit open in the evenings.") for name in self.textareas]
        return data


class FormReader(HTMLParser):
    """Reads the fields of the POST form(s) of a page into a FormSpec."""

    def __init__(self) -> None:
        super().__init__()
        self.spec = FormSpec()
        self._in_form = False
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        name = values.get("name", "")
        if tag == "form":
            self._in_form = values.get("method", "").lower() == "post"
        elif not self._in_form or (not name and tag != "option"):
            return
        elif tag == "input" and name != "website":
            kind = values.get("type", "text").lower()
            if kind == "radio":
                self.spec.radios.setdefault(name, []).append(values.get("value", ""))
            elif kind == "checkbox":
                self.spec.checkboxes.setdefault(name, []).append(values.get("value", ""))
            elif kind not in SKIPPED_INPUTS:
                self.spec.texts.append(name)
        elif tag == "textarea":
            self.spec.textareas.append(name)
        elif tag == "select":
            self._select = name
            self.spec.selects[name] = []
        elif tag == "option" and self._select and values.get("value"):
            self.spec.selects[self._select].append(values["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False
        elif tag == "select":
            self._select = None


def read_form(page: Page) -> FormSpec:
    reader = FormReader()
    reader.feed(page.text)
    return reader.spec


# --------------------------------------------------------------------------- the two flows


def address(n: int) -> str:
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


@dataclass
class OursFlow:
    """Our consultation as residents get it: one page, one POST, then the confirmation."""

    port: int
    questions: FormSpec
    requests: int = OURS_REQUESTS

    def url(self, rest: str) -> str:
        return CONSULTATION + rest

    def answer_up_to_final_post(self, n: int) -> tuple[Browser, list[tuple[str, str]]]:
        """The form, shown to resident `n`; the data of the POST that sends it."""
        browser = Browser(self.port, address(n), CSRF_COOKIE)
        form = browser.expect("GET", self.url("respond/1/"), 200)
        token = re.search(r'name="submission_token" value="([^"]+)"', form.text)
        if not token:
            raise FlowError("no submission_token on the form")
        sent = [("submission_token", token.group(1)), ("consent", "on"), ("website", "")]
        return browser, browser.csrf(form) + self.questions.answers(n) + sent

    def final_post(self, browser: Browser, data: list[tuple[str, str]]) -> str:
        page = browser.expect("POST", self.url("respond/1/"), 302, data)
        if "/respond/done/" not in page.location:
            raise FlowError(f"the POST went to {page.location!r}, not the confirmation")
        return page.location

    def submit(self, n: int) -> None:
        browser, data = self.answer_up_to_final_post(n)
        page = browser.expect("GET", self.final_post(browser, data), 200)  # the redirect, followed
        if not REFERENCE.search(page.text):
            raise FlowError("the confirmation page shows no reference number")


@dataclass
class BaselineFlow:
    """The plain Wagtail form page: GET the form, POST it, get the thank-you page."""

    port: int
    form: FormSpec
    requests: int = BASELINE_REQUESTS

    def submit(self, n: int) -> None:
        browser = Browser(self.port, address(n), "csrftoken")
        csrf = browser.csrf(browser.expect("GET", BASELINE_FORM, 200))
        landing = browser.expect("POST", BASELINE_FORM, 200, csrf + self.form.answers(n))
        if LANDING_MARKER not in landing.text:
            raise FlowError("the form came back instead of the thank-you page (invalid answers?)")


# --------------------------------------------------------------------------- load and counts


@dataclass
class Run:
    database: str
    target: str
    requests_per_submission: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    rows: int = 0
    distinct_tokens: int | None = None
    double_post_rows: int | None = None

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    @property
    def request_rate(self) -> float:
        return self.rate * self.requests_per_submission


def timed(submit: Callable[[int], None], n: int, deadline: float) -> tuple[float, str | None]:
    if time.monotonic() > deadline:
        return 0.0, f"resident {n}: not sent, run time budget used up"
    started = time.perf_counter()
    try:
        submit(n)
    except (FlowError, OSError, http.client.HTTPException) as error:
        return time.perf_counter() - started, f"resident {n}: {error}"
    return time.perf_counter() - started, None


def hammer(run: Run, submit: Callable[[int], None], residents: range) -> None:
    print(f"  {run.database} {run.target}: {len(residents)} submissions, {CONCURRENCY} at a time ...", flush=True)
    deadline = time.monotonic() + RUN_BUDGET_SECONDS
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        outcomes = list(pool.map(lambda n: timed(submit, n, deadline), residents))
    run.seconds = time.perf_counter() - started
    run.latencies = sorted(latency for latency, error in outcomes if error is None)
    run.errors = [error for _, error in outcomes if error]


def double_posts(flow: OursFlow, residents: range) -> list[str]:
    """Each resident sends the final POST twice: the first half in turn, the second half at once."""
    errors: list[str] = []
    half = residents.start + len(residents) // 2
    for n in residents:
        try:
            browser, data = flow.answer_up_to_final_post(n)
            if n < half:
                flow.final_post(browser, data)
                flow.final_post(browser, data)
            else:
                with ThreadPoolExecutor(max_workers=2) as pool:
                    for done in [pool.submit(flow.final_post, browser, data) for _ in range(2)]:
                        done.result()
        except (FlowError, OSError, http.client.HTTPException) as error:
            errors.append(f"double-post resident {n}: {error}")
    return errors


def query(database_url: str, sql: str) -> list[int]:
    """One row of integers, read with the sqlite3 or psql command-line client."""
    if database_url.startswith("sqlite:///"):
        args = ["sqlite3", "-cmd", ".timeout 20000", database_url.removeprefix("sqlite:///"), sql]
    else:
        args = ["psql", database_url.replace("postgres://", "postgresql://", 1), "-tA", "-F", " ", "-c", sql]
    done = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise SetupError(f"{args[0]} failed: {done.stderr}")
    return [int(value) for value in done.stdout.replace("|", " ").split()]


COUNT_OURS = "SELECT count(*), count(DISTINCT idempotency_token) FROM consultations_response"
COUNT_BASELINE = "SELECT count(*) FROM wagtailforms_formsubmission"


# --------------------------------------------------------------------------- one database, both sites


def serve(label: str, app: str, cwd: Path, env: dict[str, str], workdir: Path, servers: ExitStack) -> Server:
    server = start_gunicorn(label, app, cwd=cwd, env=env, log_dir=workdir)
    servers.callback(server.stop)
    wait_until_serving(server)
    return server


def run_ours(database: str, url: str, workdir: Path, responses: int) -> Run:
    deadline = time.monotonic() + SETUP_BUDGET_SECONDS
    env = project_env(workdir, url)
    steps = [["migrate", "--noinput"], ["load_demo_content"]]
    if not (workdir / "static" / "staticfiles.json").exists():  # collected once, shared by both databases
        steps.append(["collectstatic", "--noinput", "-v0"])
    for step in steps:
        command = [sys.executable, "manage.py", *step]
        run_command(command, cwd=PROJECT_DIR, env=env, label=f"{database} ours: {step[0]}", deadline=deadline)
    run = Run(database, "ours", OURS_REQUESTS)
    with ExitStack() as servers:
        server = serve(f"{database}-ours", "fitforfuture.wsgi:application", PROJECT_DIR, env, workdir, servers)
        probe = Browser(server.port, "192.0.2.1", CSRF_COOKIE)
        form = read_form(probe.expect("GET", CONSULTATION + "respond/1/", 200))
        questions = form.only(QUESTION_PREFIX)
        if not (questions.radios and questions.checkboxes and questions.texts and questions.textareas):
            raise SetupError(f"unexpected MIU form (not all questions on one page?): {form}")
        flow = OursFlow(server.port, questions)
        demo_rows, demo_tokens = query(url, COUNT_OURS)  # the demo content's own example responses
        hammer(run, flow.submit, range(responses))
        rows, tokens = query(url, COUNT_OURS)
        run.rows, run.distinct_tokens = rows - demo_rows, tokens - demo_tokens
        run.errors += double_posts(flow, range(responses, responses + DOUBLE_POSTS))
        run.double_post_rows = query(url, COUNT_OURS)[0] - rows
        if server.process.poll() is not None:
            run.errors.append(f"gunicorn died:\n{server.log_tail()}")
    return run


def run_baseline(database: str, url: str, site_dir: Path, workdir: Path, responses: int) -> Run:
    deadline = time.monotonic() + SETUP_BUDGET_SECONDS
    env = clean_env(DJANGO_SETTINGS_MODULE="baseline.settings.bench", SECRET_KEY=random_secret(), DATABASE_URL=url)
    baseline = Baseline(site_dir, env)
    baseline.manage("migrate", "--noinput", label=f"{database} migrate", deadline=deadline)
    baseline.manage("seed_bench_form", label=f"{database} add form page", deadline=deadline)
    run = Run(database, "baseline", BASELINE_REQUESTS)
    with ExitStack() as servers:
        server = serve(f"{database}-baseline", "baseline.wsgi:application", site_dir, env, workdir, servers)
        form = read_form(Browser(server.port, "192.0.2.1", "csrftoken").expect("GET", BASELINE_FORM, 200))
        if not (form.radios and form.checkboxes and form.texts and form.textareas):
            raise SetupError(f"unexpected baseline form: {form}")
        hammer(run, BaselineFlow(server.port, form).submit, range(responses))
        run.rows = query(url, COUNT_BASELINE)[0]
    return run


@contextmanager
def postgres_database(label: str) -> Iterator[str]:
    import psycopg

    name = f"fff_bench_submissions_{label}_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgres://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def benchmark(workdir: Path, responses: int) -> list[Run]:
    site_dir = build_baseline(workdir, time.monotonic() + SETUP_BUDGET_SECONDS)
    runs = []
    for label in ("ours", "baseline"):
        (workdir / f"sqlite-{label}").mkdir()
    runs.append(run_ours("sqlite", f"sqlite:///{workdir / 'sqlite-ours' / 'db.sqlite3'}", workdir, responses))
    baseline_url = f"sqlite:///{workdir / 'sqlite-baseline' / 'db.sqlite3'}"
    runs.append(run_baseline("sqlite", baseline_url, site_dir, workdir, responses))
    if not postgres_available():
        print("PostgreSQL is not answering on 127.0.0.1:5432: PostgreSQL runs skipped")
        return runs
    with postgres_database("ours") as url:
        runs.append(run_ours("postgresql", url, workdir, responses))
    with postgres_database("baseline") as url:
        runs.append(run_baseline("postgresql", url, site_dir, workdir, responses))
    return runs


# --------------------------------------------------------------------------- report


def problems(run: Run, responses: int) -> list[str]:
    """Lost or duplicated responses: the failures that make the exit status non-zero."""
    found = []
    if run.rows != responses:
        found.append(f"{run.database} {run.target}: {run.rows} rows stored for {responses} submissions")
    if run.distinct_tokens is not None and run.distinct_tokens != run.rows:
        found.append(f"{run.database} {run.target}: {run.rows} rows but {run.distinct_tokens} distinct tokens")
    if run.double_post_rows is not None and run.double_post_rows != DOUBLE_POSTS:
        found.append(f"{run.database} {run.target}: {DOUBLE_POSTS} double-posts stored {run.double_post_rows} rows")
    return found


def report(runs: list[Run], responses: int) -> None:
    columns = ("done", "subm/s", "req/subm", "req/s", "p50 ms", "p99 ms", "errors", "rows", "tokens", "dbl rows")
    header = f"{'database':<11}{'site':<9}" + "".join(f"{column:>9}" for column in columns)
    print(f"\n{responses} submissions per run, {CONCURRENCY} clients; {DOUBLE_POSTS} double-posts after ours")
    print(header)
    print("-" * len(header))
    for run in runs:
        p50, p99 = (percentile(run.latencies, pct) * 1000 for pct in (50, 99))
        tokens = "-" if run.distinct_tokens is None else str(run.distinct_tokens)
        doubles = "-" if run.double_post_rows is None else f"{run.double_post_rows}/{DOUBLE_POSTS}"
        print(
            f"{run.database:<11}{run.target:<9}{len(run.latencies):>9}{run.rate:>9.1f}{run.requests_per_submission:>9}"
            f"{run.request_rate:>9.1f}{p50:>9.0f}{p99:>9.0f}{len(run.errors):>9}{run.rows:>9}{tokens:>9}{doubles:>9}"
        )
    print(
        f"\nOurs takes {OURS_REQUESTS} requests per response (GET the one-page form, POST it, GET the"
        f" confirmation); the baseline {BASELINE_REQUESTS} (GET+POST, answered by its thank-you page)."
    )
    by_key = {(run.database, run.target): run for run in runs}
    for database in dict.fromkeys(run.database for run in runs):
        ours, base = by_key.get((database, "ours")), by_key.get((database, "baseline"))
        if not ours or not base or not base.rate:
            continue
        ratio = ours.rate / base.rate
        verdict = "meets target" if ratio >= TARGET_RATIO else "below target"
        print(
            f"{database:<11} ours/baseline responses/s {ratio:5.2f}x (target >= {TARGET_RATIO:g}x) {verdict};"
            f" per request {ours.request_rate / base.request_rate:5.2f}x"
        )
    for run in runs:
        for error in run.errors[:5]:
            print(f"  {run.database} {run.target}: {error}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=RESPONSES, help=f"submissions per run (default {RESPONSES})")
    responses = parser.parse_args().responses
    try:
        with tempfile.TemporaryDirectory(prefix="fff-bench-submissions-") as tmp:
            runs = benchmark(Path(tmp), responses)
    except SetupError as exc:
        print(f"\nBenchmark set-up failed: {exc}", file=sys.stderr)
        return 2
    report(runs, responses)
    found = [problem for run in runs for problem in problems(run, responses)]
    for problem in found:
        print(f"LOST OR DUPLICATED: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
