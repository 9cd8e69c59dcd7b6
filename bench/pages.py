"""Page benchmark: how fast does this project serve pages to anonymous visitors?

What is measured
----------------
Everything runs on 127.0.0.1 in throw-away directories; nothing in the project's own
database is touched (collectstatic writes to the temporary directory too).

* The project: a fresh SQLite database (``migrate`` + ``load_demo_content``), served by
  gunicorn (2 sync workers) with the production settings and the local-memory cache, so
  pages come from the anonymous page cache (``fitforfuture/cache.py``) once warm. Measured
  on the home page ``/`` and on the first news item linked from ``/news/``.
* The baseline: a plain Wagtail site from ``wagtail start`` with no caching, DEBUG off,
  served the same way. Measured on its home page (the stock welcome page) and on a
  content page whose rich-text body is the text of the project's news item, so both
  render the same words (the baseline's templates are lighter, which favours it).
* The ceiling: a stylesheet of the project served by whitenoise from the project's
  gunicorn, i.e. the fastest the same stack answers without rendering anything.

Each target gets a warm-up (2 s, discarded: fills the page cache in every worker), then
a fixed measurement window (8 s, capped at a number of requests) from 8 threads, each
with its own ``http.client`` connection (kept alive when the server allows it; gunicorn's
sync workers close after each response, so connections are re-opened). Every response
must be a 200; anything else counts as an error. The client shares the machine's CPUs
with the servers (and with anything else running), so the absolute figures are lower
than on separate hosts: read the ratios rather than the raw numbers.

Table columns: ``cache hit`` is the share of responses carrying ``X-Page-Cache: hit``
(expected 100% for project pages, 0% elsewhere); ``client cpu`` is the CPU the load
generator used, in cores. Python threads share one core, so near 1.0 the client, not
the server, was the limit and that target's figure is a lower bound.

How to read the ratios
----------------------
* project / baseline (target >= 5x): what the page cache buys over rendering every
  request, on the same machine, under the same server set-up.
* project / static file (target >= 0.5x): how close a cached page comes to the cheapest
  response the stack can give. Near 1x means page serving costs little more than a file
  (above 1x is possible: the stylesheet is a bigger response than a cached page).

Results are printed as a table and written to ``bench/results/pages.json``. The exit
status is non-zero only when something failed (set-up, or a response other than 200),
never for missing a target.

Run from the project root: ``.venv/bin/python bench/pages.py`` (or ``make bench``).
"""

from __future__ import annotations

import html
import http.client
import json
import math
import os
import re
import secrets
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

PROJECT_DIR = Path(__file__).resolve().parent.parent
RESULTS_FILE = PROJECT_DIR / "bench" / "results" / "pages.json"
BIN_DIR = Path(sys.executable).parent
HOST = "127.0.0.1"

WARMUP_SECONDS = 2.0
MEASURE_SECONDS = 8.0
CONCURRENCY = 8
MAX_REQUESTS = 200_000
REQUEST_TIMEOUT = 10.0
SETUP_BUDGET_SECONDS = 360.0  # every set-up command together, whatever happens
STARTUP_TIMEOUT = 60.0
WORKERS = 2

CACHED_VS_BASELINE_TARGET = 5.0
CACHED_VS_STATIC_TARGET = 0.5
REQUEST_HEADERS = {"Accept": "text/html,text/css,*/*", "Accept-Encoding": "gzip, br", "User-Agent": "fff-bench"}
# Set by the caller's shell, these would change what is measured: the benchmark chooses them itself.
SCRUBBED_ENV = (
    "ALLOW_LOCAL_MEMORY_CACHE",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "DB_CONN_MAX_AGE",
    "DJANGO_SETTINGS_MODULE",
    "PAGE_CACHE_SECONDS",
    "REDIS_URL",
    "SECRET_KEY",
    "SECURE_SSL_REDIRECT",
    "STATIC_ROOT",
)


class SetupError(Exception):
    """The benchmark could not prepare or start something; the message says what and why."""


# --------------------------------------------------------------------------- processes


def run_command(args: list[str], *, cwd: Path, env: dict[str, str], label: str, deadline: float) -> None:
    """Run one set-up command to completion before `deadline` (monotonic), failing loudly with its output."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            args, cwd=cwd, env=env, capture_output=True, text=True, timeout=max(1.0, deadline - started), check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise SetupError(f"{label}: set-up time budget used up while running {' '.join(args)}") from exc
    if done.returncode != 0:
        raise SetupError(
            f"{label} failed (exit {done.returncode}): {' '.join(args)}\n"
            f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}"
        )
    print(f"  {label}: {time.monotonic() - started:.1f} s", flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def clean_env(**overrides: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in SCRUBBED_ENV}
    env.update(overrides)
    return env


def random_secret(length: int = 60) -> str:
    alphabet = string.ascii_letters + string.digits + "-_!@#%^*()"
    return "".join(secrets.choice(alphabet) for _ in range(length))


@dataclass
class Server:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        """Stop gunicorn and its workers: the whole process group, politely then firmly."""
        if self.process.poll() is not None:
            return
        for sig, grace in ((signal.SIGTERM, 15.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.process.wait(timeout=grace)
                return
            except subprocess.TimeoutExpired:
                continue


def start_gunicorn(name: str, app: str, *, cwd: Path, env: dict[str, str], log_dir: Path) -> Server:
    port = free_port()
    log_path = log_dir / f"{name}-gunicorn.log"
    args = [str(BIN_DIR / "gunicorn"), app, "--workers", str(WORKERS), "--bind", f"{HOST}:{port}"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            args,
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return Server(name=name, process=process, port=port, log_path=log_path)


def wait_until_serving(server: Server) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise SetupError(f"{server.name}: gunicorn exited with {server.process.returncode}\n{server.log_tail()}")
        try:
            fetch(server.port, "/")
            return
        except OSError:
            time.sleep(0.2)
    raise SetupError(f"{server.name}: gunicorn not answering after {STARTUP_TIMEOUT:.0f} s\n{server.log_tail()}")


# --------------------------------------------------------------------------- HTTP helpers


@dataclass
class Reply:
    status: int
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


def fetch(port: int, path: str) -> Reply:
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path, headers={"User-Agent": "fff-bench"})
        response = conn.getresponse()
        return Reply(response.status, response.read())
    finally:
        conn.close()


def fetch_ok(server: Server, path: str) -> Reply:
    reply = fetch(server.port, path)
    if reply.status != 200:
        raise SetupError(f"{server.name} {path}: HTTP {reply.status}\n{reply.text[:2000]}\n{server.log_tail()}")
    return reply


class LinkCollector(HTMLParser):
    """Collects anchor targets and stylesheet links of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[str] = []
        self.stylesheets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        href = values.get("href")
        if not href:
            return
        if tag == "a":
            self.anchors.append(urlsplit(href).path)
        elif tag == "link" and "stylesheet" in (values.get("rel") or "").split():
            self.stylesheets.append(urlsplit(href).path)


class MainTextExtractor(HTMLParser):
    """The headings, paragraphs and list items inside <main>, as (tag, text) in order."""

    BLOCKS = frozenset({"h1", "h2", "h3", "p", "li"})

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[tuple[str, str]] = []
        self._in_main = False
        self._open: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "main":
            self._in_main = True
        elif self._in_main and tag in self.BLOCKS:
            self._open.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "main":
            self._in_main = False
        elif self._open and self._open[-1][0] == tag:
            name, parts = self._open.pop()
            text = " ".join("".join(parts).split())
            if text:
                self.blocks.append((name, text))

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][1].append(data)


def links_of(page: Reply) -> LinkCollector:
    collector = LinkCollector()
    collector.feed(page.text)
    return collector


def first_news_item(news_index: Reply) -> str:
    for path in links_of(news_index).anchors:
        if re.fullmatch(r"/news/[\w-]+/", path) and not path.startswith("/news/feed/"):
            return path
    raise SetupError("no news item linked from /news/ (is the demo content loaded?)")


def first_stylesheet(page: Reply) -> str:
    for path in links_of(page).stylesheets:
        if path.startswith("/static/"):
            return path
    raise SetupError("no /static/ stylesheet linked from the project's home page")


def page_as_rich_text(page: Reply) -> tuple[str, str]:
    """The title and the main text of a page, as a title and Wagtail rich-text HTML."""
    extractor = MainTextExtractor()
    extractor.feed(page.text)
    titles = [text for tag, text in extractor.blocks if tag == "h1"]
    parts = []
    for tag, text in extractor.blocks:
        if tag != "h1":
            wrapper = "h2" if tag in ("h2", "h3") else "p"
            parts.append(f"<{wrapper}>{html.escape(text)}</{wrapper}>")
    body = "".join(parts)
    if len(body) < 1000:  # The page's markup changed under us: fall back to ~3 KB of paragraphs.
        sentence = "Local health and care services are planning how to meet the needs of a growing population. "
        body = "".join(f"<p>{sentence * 6}</p>" for _ in range(5))
    return (titles[0] if titles else "News item"), body


# --------------------------------------------------------------------------- the project


def prepare_project(workdir: Path, deadline: float) -> dict[str, str]:
    """A fresh project database with the demo content, and collected static files."""
    env = clean_env(
        DJANGO_SETTINGS_MODULE="fitforfuture.settings.production",
        SECRET_KEY=random_secret(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        # Each gunicorn worker keeps its own page cache: fine for one machine under test.
        ALLOW_LOCAL_MEMORY_CACHE="true",
        STATIC_ROOT=str(workdir / "static"),
    )
    steps = {
        "project: migrate": ["migrate", "--noinput"],
        "project: load_demo_content": ["load_demo_content"],
        "project: collectstatic": ["collectstatic", "--noinput"],
    }
    for label, command in steps.items():
        run_command([sys.executable, "manage.py", *command], cwd=PROJECT_DIR, env=env, label=label, deadline=deadline)
    return env


# --------------------------------------------------------------------------- the baseline

BASELINE_SETTINGS = '''\
"""Benchmark settings: the stock production settings with DEBUG off and no caching."""
import os

from .production import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["benchcontent", *INSTALLED_APPS]  # noqa: F405
# Pages only link to static files, which are not measured here: no collectstatic needed.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
'''

BASELINE_APP_FILES = {
    "benchcontent/__init__.py": "",
    "benchcontent/management/__init__.py": "",
    "benchcontent/management/commands/__init__.py": "",
    "benchcontent/models.py": """\
from wagtail.fields import RichTextField
from wagtail.models import Page


class ContentPage(Page):
    body = RichTextField(blank=True)
""",
    "benchcontent/templates/benchcontent/content_page.html": """\
{% extends "base.html" %}
{% load wagtailcore_tags %}
{% block content %}
<main>
  <h1>{{ page.title }}</h1>
  {{ page.body|richtext }}
</main>
{% endblock content %}
""",
    "benchcontent/management/commands/seed_bench_page.py": """\
import json

from django.core.management.base import BaseCommand
from wagtail.models import Site

from benchcontent.models import ContentPage


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("content_json")

    def handle(self, content_json, **options):
        with open(content_json) as source:
            content = json.load(source)
        home = Site.objects.get(is_default_site=True).root_page
        home.add_child(instance=ContentPage(title=content["title"], slug="news-item", body=content["body"]))
""",
}
BASELINE_PAGE_PATH = "/news-item/"


@dataclass
class Baseline:
    site_dir: Path
    env: dict[str, str]

    def manage(self, *args: str, label: str, deadline: float) -> None:
        command = [sys.executable, "manage.py", *args]
        run_command(command, cwd=self.site_dir, env=self.env, label=f"baseline: {label}", deadline=deadline)


def build_baseline(workdir: Path, deadline: float) -> Baseline:
    """A stock `wagtail start` site, migrated, with a rich-text page type added."""
    baseline = Baseline(
        site_dir=workdir / "baseline",
        env=clean_env(DJANGO_SETTINGS_MODULE="baseline.settings.bench", SECRET_KEY=random_secret()),
    )
    baseline.site_dir.mkdir()
    wagtail_start = [str(BIN_DIR / "wagtail"), "start", "baseline", str(baseline.site_dir)]
    run_command(wagtail_start, cwd=workdir, env=baseline.env, label="baseline: wagtail start", deadline=deadline)
    (baseline.site_dir / "baseline" / "settings" / "bench.py").write_text(BASELINE_SETTINGS)
    for relative, content in BASELINE_APP_FILES.items():
        target = baseline.site_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    baseline.manage("makemigrations", "benchcontent", label="makemigrations", deadline=deadline)
    baseline.manage("migrate", "--noinput", label="migrate", deadline=deadline)
    return baseline


def add_baseline_page(baseline: Baseline, title: str, body: str, deadline: float) -> None:
    """Publish the content page (at BASELINE_PAGE_PATH) with the given title and rich-text body."""
    content_file = baseline.site_dir / "bench-content.json"
    content_file.write_text(json.dumps({"title": title, "body": body}))
    baseline.manage("seed_bench_page", str(content_file), label="add page", deadline=deadline)


# --------------------------------------------------------------------------- load generator


@dataclass
class Target:
    name: str
    server: Server
    path: str


@dataclass
class Sample:
    """What one load thread saw."""

    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    cache_hits: int = 0
    bytes_read: int = 0

    @property
    def requests(self) -> int:
        return len(self.latencies) + sum(self.errors.values())


def hammer(port: int, path: str, stop_at: float, max_requests: int, sample: Sample) -> None:
    """One connection's worth of load: GET `path` back to back until the deadline or the cap."""
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        while sample.requests < max_requests and time.perf_counter() < stop_at:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers=REQUEST_HEADERS)
                response = conn.getresponse()
                body = response.read()
            except (OSError, http.client.HTTPException) as exc:
                sample.errors[type(exc).__name__] += 1
                conn.close()
                continue
            if response.status != 200:
                sample.errors[f"HTTP {response.status}"] += 1
                continue
            sample.latencies.append(time.perf_counter() - started)
            sample.bytes_read += len(body)
            sample.cache_hits += response.getheader("X-Page-Cache") == "hit"
    finally:
        conn.close()


def load(port: int, path: str, seconds: float) -> tuple[list[Sample], float]:
    """Run CONCURRENCY load threads for `seconds`; the samples and the wall time taken."""
    samples = [Sample() for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    stop_at = started + seconds
    per_thread_cap = MAX_REQUESTS // CONCURRENCY
    threads = [
        threading.Thread(target=hammer, args=(port, path, stop_at, per_thread_cap, sample), daemon=True)
        for sample in samples
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 2 * REQUEST_TIMEOUT)
    return samples, time.perf_counter() - started


def percentile(sorted_values: list[float], pct: float) -> float:
    if not sorted_values:  # Nothing succeeded: the errors column tells the story.
        return 0.0
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass
class Measurement:
    target: str
    url: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int
    error_kinds: dict[str, int]
    cache_hit_ratio: float
    mean_bytes: float
    client_cpu: float  # CPU the load generator itself used, in cores; near 1.0 means the client was the limit


def measure(target: Target) -> Measurement:
    print(f"  {target.name}: {target.path} ...", end="", flush=True)
    load(target.server.port, target.path, WARMUP_SECONDS)
    cpu_before = time.process_time()
    samples, seconds = load(target.server.port, target.path, MEASURE_SECONDS)
    client_cpu = (time.process_time() - cpu_before) / seconds
    latencies = sorted(value for sample in samples for value in sample.latencies)
    errors: Counter[str] = sum((sample.errors for sample in samples), Counter())
    requests = sum(sample.requests for sample in samples)
    ok = len(latencies)
    result = Measurement(
        target=target.name,
        url=f"http://{HOST}:{target.server.port}{target.path}",
        requests=requests,
        seconds=round(seconds, 3),
        rps=round(requests / seconds, 1),
        p50_ms=round(percentile(latencies, 50) * 1000, 2),
        p99_ms=round(percentile(latencies, 99) * 1000, 2),
        errors=sum(errors.values()),
        error_kinds=dict(errors),
        cache_hit_ratio=round(sum(sample.cache_hits for sample in samples) / ok, 3) if ok else 0.0,
        mean_bytes=round(sum(sample.bytes_read for sample in samples) / ok, 1) if ok else 0.0,
        client_cpu=round(client_cpu, 2),
    )
    print(f" {result.rps:.0f} req/s")
    return result


# --------------------------------------------------------------------------- report


@dataclass
class Ratio:
    label: str
    numerator: str
    denominator: str
    value: float
    target: float

    @property
    def verdict(self) -> str:
        return "meets target" if self.value >= self.target else "below target"


def ratios(results: dict[str, Measurement]) -> list[Ratio]:
    pairs = [
        ("project home / baseline home", "project home", "baseline home", CACHED_VS_BASELINE_TARGET),
        ("project news / baseline page", "project news", "baseline page", CACHED_VS_BASELINE_TARGET),
        ("project news / static file", "project news", "static file", CACHED_VS_STATIC_TARGET),
        ("project home / static file", "project home", "static file", CACHED_VS_STATIC_TARGET),
    ]
    return [
        Ratio(label, top, bottom, round(results[top].rps / results[bottom].rps, 2) if results[bottom].rps else 0, goal)
        for label, top, bottom, goal in pairs
    ]


def print_report(results: list[Measurement], computed: list[Ratio]) -> None:
    columns = ("requests", "req/s", "p50 ms", "p99 ms", "errors", "cache hit", "client cpu")
    header = f"{'target':<15}" + "".join(f" {column:>10}" for column in columns)
    print()
    print(header)
    print("-" * len(header))
    for row in results:
        print(
            f"{row.target:<15} {row.requests:>10} {row.rps:>10.1f} {row.p50_ms:>10.2f} {row.p99_ms:>10.2f} "
            f"{row.errors:>10} {row.cache_hit_ratio:>10.0%} {row.client_cpu:>10.2f}"
        )
    print()
    for ratio in computed:
        print(f"{ratio.label:<30} {ratio.value:>6.2f}x  (target >= {ratio.target:g}x)  {ratio.verdict}")
    for row in results:
        if row.error_kinds:
            print(f"errors on {row.target}: {row.error_kinds}")


def write_json(results: list[Measurement], computed: list[Ratio], extra: dict[str, object]) -> None:
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": {
            "warmup_seconds": WARMUP_SECONDS,
            "measure_seconds": MEASURE_SECONDS,
            "concurrency": CONCURRENCY,
            "max_requests": MAX_REQUESTS,
            "gunicorn_workers": WORKERS,
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
        },
        **extra,
        "targets": [vars(row) for row in results],
        "ratios": [{**vars(ratio), "verdict": ratio.verdict} for ratio in computed],
    }
    RESULTS_FILE.write_text(json.dumps(document, indent=2) + "\n")
    print(f"\nFigures written to {RESULTS_FILE.relative_to(PROJECT_DIR)}")


# --------------------------------------------------------------------------- main


def benchmark(workdir: Path, servers: ExitStack) -> list[Measurement]:
    print("Setting up (throw-away databases in a temporary directory; project and baseline side by side)")
    deadline = time.monotonic() + SETUP_BUDGET_SECONDS
    with ThreadPoolExecutor(max_workers=1) as pool:
        baseline_build = pool.submit(build_baseline, workdir, deadline)
        project_env = prepare_project(workdir, deadline)
        baseline = baseline_build.result()

    project = start_gunicorn(
        "project", "fitforfuture.wsgi:application", cwd=PROJECT_DIR, env=project_env, log_dir=workdir
    )
    servers.callback(project.stop)
    wait_until_serving(project)
    home = fetch_ok(project, "/")
    news_path = first_news_item(fetch_ok(project, "/news/"))
    static_path = first_stylesheet(home)
    title, body = page_as_rich_text(fetch_ok(project, news_path))

    add_baseline_page(baseline, title, body, deadline)
    baseline_server = start_gunicorn(
        "baseline", "baseline.wsgi:application", cwd=baseline.site_dir, env=baseline.env, log_dir=workdir
    )
    servers.callback(baseline_server.stop)
    wait_until_serving(baseline_server)

    targets = [
        Target("project home", project, "/"),
        Target("project news", project, news_path),
        Target("baseline home", baseline_server, "/"),
        Target("baseline page", baseline_server, BASELINE_PAGE_PATH),
        Target("static file", project, static_path),
    ]
    for target in targets:
        fetch_ok(target.server, target.path)
    print(f"Measuring: {WARMUP_SECONDS:g} s warm-up + {MEASURE_SECONDS:g} s per target, {CONCURRENCY} connections")
    return [measure(target) for target in targets]


def main() -> int:
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="fff-bench-") as tmp, ExitStack() as servers:
            results = benchmark(Path(tmp), servers)
    except SetupError as exc:
        print(f"\nBenchmark set-up failed: {exc}", file=sys.stderr)
        return 2
    by_name = {row.target: row for row in results}
    computed = ratios(by_name)
    print_report(results, computed)
    write_json(results, computed, {"total_seconds": round(time.perf_counter() - started, 1)})
    failed = sum(row.errors for row in results)
    if failed:
        print(f"\n{failed} request(s) failed: see the errors column", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
