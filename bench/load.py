"""Load benchmark: residents reading, answering consultations and signing up, all at once, on real services.

What is measured
----------------
The project runs as in production, on 127.0.0.1: gunicorn (bench/pages.py's helpers, 2 sync
workers, production settings), a throw-away PostgreSQL database (127.0.0.1:5432, user postgres,
created and dropped here) with ``migrate`` + ``load_demo_content``, and Redis (127.0.0.1:6379,
database REDIS_DB, emptied first) for the page cache and the per-address rate limits. Emails
are queued by the database task backend; no worker runs, so none is sent.

CONCURRENCY client threads then run a mixed workload for --seconds (default 60). Each turn a
thread picks one kind of visit, by weight:

* ``page``: one GET of the home page, the consultations list, a consultation, the news list
  or the FAQs (anonymous: mostly served from the page cache);
* ``submission``: a whole response to an open consultation (English or a translation),
  walked as a browser walks it: follow the "answer" link, fill in each form the pages show,
  send it, follow the redirect, until the confirmation page with its reference number;
* ``sign-up``: GET an assembly session's sign-up form and POST it (booked or waiting list).

Every visit is a new resident with a cookie jar and an X-Forwarded-For address of their own
(TRUSTED_PROXY_COUNT=1), so the per-address limits apply per resident, as behind a CDN.
A visit counts when every step gave the expected status. Latency is the wall time of the whole
visit (a submission is several requests).

After the run the database is read back: every reference a resident was shown must be in
consultations_response, once; every email address that was booked must be in assemblies_signup,
once. Rows stored for a visit that failed on the client side (a timeout after the server
committed) are reported as "stored, not confirmed": not lost, not duplicates.

The exit status is 2 if set-up failed, 1 if anything accepted was lost or stored twice (or
PostgreSQL or Redis is not answering), else 0. Request errors are reported, not failed on.

Run from the project root: ``.venv/bin/python bench/load.py [--seconds 60]``.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import random
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.pages import (
    PROJECT_DIR,
    REQUEST_TIMEOUT,
    SETUP_BUDGET_SECONDS,
    SetupError,
    percentile,
    run_command,
    start_gunicorn,
    wait_until_serving,
)
from bench.signups import CSRF_COOKIE, POSTGRES_ADMIN_URL, manage_output, postgres_available, project_env
from bench.submissions import Browser, FlowError, Page

DEFAULT_SECONDS = 60.0
CONCURRENCY = 12
WEIGHTS = {"page": 70, "submission": 20, "sign-up": 10}
REDIS_DB = 11
MAX_STEPS = 12
POSTCODES = ["PE13 1AB", "CB7 4DL", "PE15 8AB", "CB6 1AA", "PE14 9EE"]

SITE_SCRIPT = """
from assemblies.models import Session
from consultations.models import ConsultationPage
from home.models import FAQPage
from django.utils import timezone
open_now = [page for page in ConsultationPage.objects.live().specific() if page.is_open]
sessions = [s for s in Session.objects.filter(starts_at__gt=timezone.now()).order_by("starts_at") if s.is_bookable]
Session.objects.filter(pk__in=[s.pk for s in sessions]).update(capacity=100000)
faq = FAQPage.objects.live().first()
print(" ".join([
    ",".join(page.url for page in open_now),
    ",".join(f"{s.pk}={s.assembly.session_url(s, 'signup')}" for s in sessions[:3]),
    faq.url if faq else "/",
]))
"""
COUNT_SCRIPT = """
import json
from django.db.models import Count
from assemblies.models import Signup
from consultations.models import Response
online = Response.objects.exclude(idempotency_token=None)  # sent through the site (demo responses have none)
print(json.dumps({
    "references": list(online.values_list("reference", flat=True)),
    "tokens": online.values("idempotency_token").distinct().count(),
    "responses": online.count(),
    "signups": dict(
        Signup.objects.filter(session_id__in=[%s]).values("email").annotate(n=Count("pk")).values_list("email", "n")
    ),
}))
"""


class Resident(Browser):
    """One person of the load: a cookie jar and an address of their own, a new connection per request."""

    def __init__(self, port: int, address: str):
        super().__init__(port, address, CSRF_COOKIE)


class PostForm(HTMLParser):
    """The first POST form inside <main>: its action and what a careful resident sends from it."""

    def __init__(self, rng: random.Random):
        super().__init__()
        self.rng = rng
        self.found = False
        self.action = ""
        self.hidden: list[tuple[str, str]] = []
        self.radios: dict[str, list[str]] = {}
        self.checkboxes: dict[str, list[str]] = {}
        self.selects: dict[str, list[str]] = {}
        self.texts: list[tuple[str, dict[str, str]]] = []
        self.textareas: list[str] = []
        self._main = self._inside = False
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        name = values.get("name", "")
        if tag == "main":
            self._main = True
        elif tag == "form" and self._main and not self.found and values.get("method", "").lower() == "post":
            self.found = self._inside = True
            self.action = values.get("action", "")
        elif not self._inside:
            return
        elif tag == "input" and name:
            kind = values.get("type", "text").lower()
            if kind == "hidden":
                self.hidden.append((name, values.get("value", "")))
            elif kind == "radio":
                self.radios.setdefault(name, []).append(values.get("value", ""))
            elif kind == "checkbox":
                self.checkboxes.setdefault(name, []).append(values.get("value", ""))
            elif kind not in {"submit", "button", "reset", "image"}:
                self.texts.append((name, values))
        elif tag == "textarea" and name:
            self.textareas.append(name)
        elif tag == "select" and name:
            self._select = name
            self.selects[name] = []
        elif tag == "option" and self._select and values.get("value"):
            self.selects[self._select].append(values["value"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._inside = False
        elif tag == "select":
            self._select = None
        elif tag == "main":
            self._main = False

    def data(self, n: int) -> list[tuple[str, str]]:
        """Valid answers: a random choice for questions (q_...), the first option for anything else."""
        sent = list(self.hidden)
        for name, options in self.radios.items():
            sent.append((name, self.rng.choice(options) if name.startswith("q_") else options[0]))
        for name, options in self.checkboxes.items():
            if name == "consent":
                sent.append((name, options[0] or "on"))
            elif name.startswith("q_"):
                sent += [(name, value) for value in sorted(set(self.rng.sample(options, min(2, len(options)))))]
        rankings: dict[str, list[str]] = {}
        for name in self.selects:
            rankings.setdefault(name.split("__")[0], []).append(name)
        for names in rankings.values():
            places = list(range(1, len(names) + 1))
            self.rng.shuffle(places)
            sent += [(name, str(place)) for name, place in zip(names, places, strict=True)]
        for name, attrs in self.texts:
            if "postal-code" in attrs.get("autocomplete", "") or "postcode" in name:
                sent.append((name, self.rng.choice(POSTCODES)))
        sent += [(name, f"Resident {n}: please keep the unit open in the evenings.") for name in self.textareas]
        return sent


def post_form(page: Page, rng: random.Random) -> PostForm | None:
    form = PostForm(rng)
    form.feed(page.text)
    return form if form.found else None


# --------------------------------------------------------------------------- the three kinds of visit


@dataclass
class Site:
    port: int
    consultations: list[str]
    signups: list[str]
    session_ids: list[int]
    pages: list[str]


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, Counter[str]] = field(default_factory=dict)
    references: list[str] = field(default_factory=list)
    booked: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            if error is None:
                self.latencies.setdefault(kind, []).append(seconds)
            else:
                self.errors.setdefault(kind, Counter())[error] += 1


# The reference shown on the confirmation page, in whatever language the page is (FFF-ABCD-EF23).
REFERENCE = re.compile(r"<strong>(FFF-[A-Z0-9]{4}-[A-Z0-9]{4})</strong>")


def submit_response(site: Site, n: int, rng: random.Random) -> str:
    """A whole response; the reference number the resident was shown."""
    resident = Resident(site.port, address(n))
    url = rng.choice(site.consultations)
    # The consultation's own link to answer (not a translation's, under /pl/ and so on).
    start = re.search(rf'<a[^>]+href="({re.escape(url)}respond[^"]*)"', resident.expect("GET", url, 200).text)
    if not start:
        raise FlowError(f"no link to answer on {url}")
    url = urljoin(url, start.group(1))
    page = resident.expect("GET", url, 200)
    for _ in range(MAX_STEPS):
        if page.status in (301, 302, 303):
            url = page.location
            page = resident.expect("GET", url, 200)
            continue
        found = REFERENCE.search(page.text)
        if found:
            return found.group(1)
        form = post_form(page, rng)
        if form is None:
            raise FlowError(f"{url}: neither a form nor a reference")
        page = resident.request("POST", urljoin(url, form.action) if form.action else url, form.data(n))
        if page.status not in (301, 302, 303):
            raise FlowError(f"POST {url}: HTTP {page.status}, the form came back")
    raise FlowError(f"no confirmation after {MAX_STEPS} steps")


def sign_up(site: Site, n: int, rng: random.Random) -> str:
    """A sign-up; the email address booked."""
    resident = Resident(site.port, address(n))
    url = rng.choice(site.signups)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', resident.expect("GET", url, 200).text)
    if not token:
        raise FlowError("no CSRF token on the sign-up form")
    email = f"load-{n}-{secrets.token_hex(3)}@example.org"
    data = [
        ("csrfmiddlewaretoken", token.group(1)),
        ("name", f"Load Resident {n}"),
        ("email", email),
        ("town", "ely"),
        ("consent", "on"),
        ("website", ""),
    ]
    booked = resident.expect("POST", url, 302, data)
    if "/booked/" not in booked.location:
        raise FlowError(f"sign-up went to {booked.location!r}")
    return email


def view_page(site: Site, n: int, rng: random.Random) -> None:
    Resident(site.port, address(n)).expect("GET", rng.choice(site.pages), 200)


def address(n: int) -> str:
    return f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}"


def worker(site: Site, tally: Tally, stop_at: float, seed: int, numbers) -> None:
    rng = random.Random(seed)
    kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
    while time.monotonic() < stop_at:
        kind = rng.choices(kinds, weights)[0]
        n = next(numbers)
        started = time.perf_counter()
        try:
            if kind == "page":
                view_page(site, n, rng)
            elif kind == "submission":
                reference = submit_response(site, n, rng)
                with tally.lock:
                    tally.references.append(reference)
            else:
                email = sign_up(site, n, rng)
                with tally.lock:
                    tally.booked.append(email)
            tally.record(kind, time.perf_counter() - started, None)
        except (FlowError, OSError, http.client.HTTPException) as error:
            tally.record(kind, time.perf_counter() - started, str(error)[:160] or type(error).__name__)


# --------------------------------------------------------------------------- set-up, run, check


def flush_redis(url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=3).flushdb()
    except redis.RedisError as error:
        raise SetupError(f"Redis is not answering at {url}: {error}") from error


def create_database() -> str:
    import psycopg

    name = f"fff_bench_load_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return name


def drop_database(name: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def prepare(env: dict[str, str]) -> tuple[list[str], list[str], list[int], str]:
    deadline = time.monotonic() + SETUP_BUDGET_SECONDS
    for step in (["migrate", "--noinput"], ["load_demo_content"], ["collectstatic", "--noinput", "-v0"]):
        command = [sys.executable, "manage.py", *step]
        run_command(command, cwd=PROJECT_DIR, env=env, label=step[0], deadline=deadline)
    consultations, sessions, faq = manage_output(env, SITE_SCRIPT, deadline).split(" ")
    if not consultations or not sessions:
        raise SetupError("the demo content has no open consultation or no bookable session")
    pairs = [item.split("=", 1) for item in sessions.split(",")]
    return consultations.split(","), [url for _, url in pairs], [int(pk) for pk, _ in pairs], faq


def run(seconds: float, workdir: Path) -> int:
    redis_url = f"redis://127.0.0.1:6379/{REDIS_DB}"
    flush_redis(redis_url)
    name = create_database()
    try:
        env = project_env(workdir, f"postgres://postgres@127.0.0.1:5432/{name}")
        env.pop("ALLOW_LOCAL_MEMORY_CACHE", None)
        env["REDIS_URL"] = redis_url
        print(f"Setting up: database {name}, Redis {redis_url}")
        consultations, signups, session_ids, faq = prepare(env)
        with ExitStack() as servers:
            server = start_gunicorn("load", "fitforfuture.wsgi:application", cwd=PROJECT_DIR, env=env, log_dir=workdir)
            servers.callback(server.stop)
            wait_until_serving(server)
            pages = ["/", "/consultations/", consultations[0], "/news/", faq]
            site = Site(server.port, consultations, signups, session_ids, pages)
            tally = Tally()
            shared = itertools.count()  # resident numbers, unique across threads
            print(f"Running: {CONCURRENCY} clients for {seconds:g} s, weights {WEIGHTS}")
            started = time.monotonic()
            threads = [
                threading.Thread(target=worker, args=(site, tally, started + seconds, seed, shared), daemon=True)
                for seed in range(CONCURRENCY)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=seconds + 10 * REQUEST_TIMEOUT)
            elapsed = time.monotonic() - started
            if server.process.poll() is not None:
                print(f"gunicorn died:\n{server.log_tail()}", file=sys.stderr)
        counted = json.loads(manage_output(env, COUNT_SCRIPT % ",".join(map(str, session_ids)), time.monotonic() + 120))
    finally:
        drop_database(name)
    return report(tally, counted, elapsed)


def report(tally: Tally, counted: dict, elapsed: float) -> int:
    columns = ("done", "per s", "p50 ms", "p99 ms", "errors")
    print(f"\n{'kind':<12}" + "".join(f"{column:>10}" for column in columns))
    print("-" * 62)
    for kind in WEIGHTS:
        latencies = sorted(tally.latencies.get(kind, []))
        errors = sum(tally.errors.get(kind, Counter()).values())
        p50, p99 = (percentile(latencies, pct) * 1000 for pct in (50, 99))
        print(f"{kind:<12}{len(latencies):>10}{len(latencies) / elapsed:>10.1f}{p50:>10.0f}{p99:>10.0f}{errors:>10}")
    for kind, errors in tally.errors.items():
        for message, count in errors.most_common(3):
            print(f"  {kind} error x{count}: {message}")

    stored = Counter(counted["references"])
    accepted = Counter(tally.references)
    lost_responses = [ref for ref in accepted if ref not in stored]
    twice_shown = [ref for ref, n in accepted.items() if n > 1]
    unconfirmed = len(set(stored) - set(accepted))
    duplicate_tokens = counted["responses"] - counted["tokens"]
    signups = counted["signups"]
    lost_signups = [email for email in tally.booked if email not in signups]
    double_signups = [email for email, n in signups.items() if n > 1]
    print(f"\nAfter {elapsed:.0f} s, read back from PostgreSQL:")
    print(
        f"  responses: {len(accepted)} confirmed to residents, {len(stored)} stored; lost {len(lost_responses)},"
        f" same reference shown twice {len(twice_shown)}, rows sharing a token {duplicate_tokens},"
        f" stored, not confirmed {unconfirmed}"
    )
    print(
        f"  sign-ups: {len(tally.booked)} booked, {sum(signups.values())} stored; lost {len(lost_signups)},"
        f" stored twice {len(double_signups)}"
    )
    failed = lost_responses or twice_shown or duplicate_tokens or lost_signups or double_signups
    print("Zero lost, zero duplicates." if not failed else "LOST OR DUPLICATED RECORDS: see above.")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=DEFAULT_SECONDS, help="how long to run the workload")
    seconds = parser.parse_args().seconds
    if not postgres_available():
        print("PostgreSQL is not answering on 127.0.0.1:5432: the load benchmark needs it", file=sys.stderr)
        return 1
    try:
        with tempfile.TemporaryDirectory(prefix="fff-bench-load-") as tmp:
            return run(seconds, Path(tmp))
    except (SetupError, subprocess.SubprocessError) as exc:
        print(f"\nBenchmark set-up failed: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
