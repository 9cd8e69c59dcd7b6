"""Sign-up benchmark: many people booking one assembly session at the same moment.

What is measured
----------------
The project is served by gunicorn (bench/pages.py's helpers: 2 sync workers, production
settings) on 127.0.0.1, once on a throw-away SQLite file and once on a throw-away PostgreSQL
database on 127.0.0.1:5432 (user postgres; created and dropped here; skipped if PostgreSQL does
not answer). Each gets ``migrate`` + ``load_demo_content``; one demo session is given
CAPACITY places.

PEOPLE sign-ups are then posted to that session's form from CONCURRENCY client threads, each
person with their own address in X-Forwarded-For (TRUSTED_PROXY_COUNT=1, as behind a proxy), so
the per-address limit applies per person as in real life. Every post must answer 302 (booked
or put on the waiting list). Emails are queued by the database task backend (no worker runs).

Printed per database: sign-ups per second, p50/p99 latency, and the confirmed and waiting
counts read back from the database against the capacity: exactly CAPACITY confirmed,
PEOPLE - CAPACITY waiting, every seat held once. The exit status is non-zero if any request
failed or the counts are not exact.

Run from the project root: ``.venv/bin/python bench/signups.py``.
"""

from __future__ import annotations

import http.client
import re
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.pages import (
    HOST,
    PROJECT_DIR,
    REQUEST_TIMEOUT,
    SETUP_BUDGET_SECONDS,
    SetupError,
    clean_env,
    fetch_ok,
    percentile,
    random_secret,
    run_command,
    start_gunicorn,
    wait_until_serving,
)

PEOPLE = 300
CAPACITY = 80
CONCURRENCY = 16
RUN_BUDGET_SECONDS = 180.0
POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
CSRF_COOKIE = "__Host-csrftoken"

SETUP_SCRIPT = f"""
from assemblies.models import Session
session = Session.objects.filter(assembly__slug="have-your-say").order_by("starts_at").first()
Session.objects.filter(pk=session.pk).update(capacity={CAPACITY})
print(session.pk, session.assembly.url + session.assembly.reverse_subpage("signup", args=[session.pk]))
"""
COUNT_SCRIPT = """
from django.db.models import Count
from assemblies.models import Signup
signups = Signup.objects.filter(session_id={session_id})
by_status = dict(signups.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
seats = list(signups.exclude(seat_number=None).values_list("seat_number", flat=True))
print(by_status.get("confirmed", 0), by_status.get("waiting", 0), len(seats), len(set(seats)), max(seats or [0]))
"""


@dataclass
class Result:
    database: str
    seconds: float
    latencies: list[float]
    errors: list[str]
    confirmed: int
    waiting: int
    seats: int
    distinct_seats: int
    top_seat: int

    @property
    def exact(self) -> bool:
        return (
            self.confirmed == CAPACITY
            and self.waiting == PEOPLE - CAPACITY
            and self.seats == self.distinct_seats == CAPACITY
            and self.top_seat == CAPACITY
        )


def manage_output(env: dict[str, str], script: str, deadline: float) -> str:
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=max(1.0, deadline - time.monotonic()),
        check=False,
    )
    if done.returncode != 0:
        raise SetupError(f"manage.py shell failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout.strip().splitlines()[-1]


def project_env(workdir: Path, database_url: str) -> dict[str, str]:
    return clean_env(
        DJANGO_SETTINGS_MODULE="fitforfuture.settings.production",
        SECRET_KEY=random_secret(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        ALLOW_LOCAL_MEMORY_CACHE="true",
        STATIC_ROOT=str(workdir / "static"),
        TRUSTED_PROXY_COUNT="1",
    )


def prepare(env: dict[str, str], label: str, deadline: float) -> tuple[int, str]:
    for step, command in (("migrate", ["migrate", "--noinput"]), ("load_demo_content", ["load_demo_content"])):
        run_command(
            [sys.executable, "manage.py", *command],
            cwd=PROJECT_DIR,
            env=env,
            label=f"{label}: {step}",
            deadline=deadline,
        )
    session_id, signup_path = manage_output(env, SETUP_SCRIPT, deadline).split()
    return int(session_id), signup_path


class Client:
    """One client thread's connection details: a CSRF cookie and token from the sign-up form."""

    def __init__(self, port: int, path: str):
        self.port, self.path = port, path
        conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request("GET", path, headers={"User-Agent": "fff-bench"})
            response = conn.getresponse()
            body = response.read().decode()
            cookies = response.headers.get_all("Set-Cookie") or []
        finally:
            conn.close()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
        cookie = next((c.split(";", 1)[0] for c in cookies if c.startswith(CSRF_COOKIE + "=")), None)
        if response.status != 200 or not token or not cookie:
            raise SetupError(f"sign-up form {path}: HTTP {response.status}, no CSRF token or cookie")
        self.token, self.cookie = token.group(1), cookie

    def sign_up(self, n: int) -> tuple[float, str | None]:
        body = urlencode(
            {
                "csrfmiddlewaretoken": self.token,
                "name": f"Bench Person {n}",
                "email": f"bench-{n}@example.org",
                "town": "ely",
                "consent": "on",
                "website": "",
            }
        )
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": self.cookie,
            "User-Agent": "fff-bench",
            "X-Forwarded-For": f"10.{n // 65536 % 256}.{n // 256 % 256}.{n % 256}",
        }
        started = time.perf_counter()
        conn = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request("POST", self.path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            status = response.status
        except OSError as error:
            return time.perf_counter() - started, f"person {n}: {error!r}"
        finally:
            conn.close()
        elapsed = time.perf_counter() - started
        return elapsed, None if status == 302 else f"person {n}: HTTP {status}"


def run_one(label: str, database_url: str, workdir: Path, servers: ExitStack) -> Result:
    deadline = time.monotonic() + SETUP_BUDGET_SECONDS
    env = project_env(workdir, database_url)
    session_id, signup_path = prepare(env, label, deadline)
    run_command(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=PROJECT_DIR,
        env=env,
        label=f"{label}: collectstatic",
        deadline=deadline,
    )
    server = start_gunicorn(label, "fitforfuture.wsgi:application", cwd=PROJECT_DIR, env=env, log_dir=workdir)
    servers.callback(server.stop)
    wait_until_serving(server)
    fetch_ok(server, "/assemblies/")
    clients = [Client(server.port, signup_path) for _ in range(CONCURRENCY)]
    local = threading.local()
    counter = iter(range(len(clients)))
    lock = threading.Lock()

    def person(n: int) -> tuple[float, str | None]:
        if not hasattr(local, "client"):
            with lock:
                local.client = clients[next(counter)]
        if time.monotonic() > run_deadline:
            return 0.0, f"person {n}: not sent, run time budget used up"
        return local.client.sign_up(n)

    print(f"  {label}: {PEOPLE} sign-ups to session {session_id} ({CAPACITY} places), {CONCURRENCY} at a time")
    run_deadline = time.monotonic() + RUN_BUDGET_SECONDS
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        outcomes = list(pool.map(person, range(PEOPLE)))
    seconds = time.perf_counter() - started
    server.stop()
    counts = [
        int(value) for value in manage_output(env, COUNT_SCRIPT.format(session_id=session_id), deadline + 60).split()
    ]
    return Result(
        label,
        seconds,
        sorted(latency for latency, error in outcomes if error is None),
        [error for _, error in outcomes if error],
        *counts,
    )


def postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3):
            return True
    except Exception:
        return False


def with_postgres(run) -> Result:
    import psycopg

    name = f"fff_bench_signups_{secrets.token_hex(4)}"
    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        return run(f"postgres://postgres@127.0.0.1:5432/{name}")
    finally:
        with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def report(results: list[Result]) -> None:
    print()
    header = (
        f"{'database':<12}{'sign-ups/s':>12}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}  "
        f"{'confirmed/capacity':<20}{'waiting':<16}exact"
    )
    print(header)
    print("-" * len(header))
    for row in results:
        ok = len(row.latencies)
        rate = ok / row.seconds if row.seconds else 0.0
        p50 = percentile(row.latencies, 50) * 1000 if row.latencies else 0.0
        p99 = percentile(row.latencies, 99) * 1000 if row.latencies else 0.0
        print(
            f"{row.database:<12}{rate:>12.1f}{p50:>10.1f}{p99:>10.1f}{len(row.errors):>8}  "
            f"{f'{row.confirmed}/{CAPACITY}':<20}{f'{row.waiting}/{PEOPLE - CAPACITY}':<16}"
            f"{'yes' if row.exact else 'NO'}"
        )
        for error in row.errors[:5]:
            print(f"    {error}")


def main() -> int:
    results = []
    try:
        with tempfile.TemporaryDirectory(prefix="fff-bench-signups-") as tmp:
            workdir = Path(tmp)
            with ExitStack() as servers:
                (workdir / "sqlite").mkdir()
                results.append(
                    run_one("sqlite", f"sqlite:///{workdir / 'sqlite' / 'bench.sqlite3'}", workdir / "sqlite", servers)
                )
            if postgres_available():
                (workdir / "postgres").mkdir()
                with ExitStack() as servers:
                    results.append(with_postgres(lambda url: run_one("postgresql", url, workdir / "postgres", servers)))
            else:
                print("PostgreSQL is not answering on 127.0.0.1:5432: PostgreSQL run skipped")
    except SetupError as exc:
        print(f"\nBenchmark set-up failed: {exc}", file=sys.stderr)
        return 2
    report(results)
    failed = [row for row in results if row.errors or not row.exact]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
