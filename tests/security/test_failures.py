"""When things fail: the database goes away mid-submission, a worker is killed mid-task, migrations run.

Nothing a resident sent is lost, nothing is stored or sent twice.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.db import InterfaceError, OperationalError, connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from assemblies.models import Signup
from assemblies.services import signup_create
from assemblies.tests.conftest import person
from consultations import services
from consultations.models import Answer, Response
from home.factories import StandardPageFactory
from tests.security import FORM_ENCODED, answer, fill, form_encoded, post_form

PROJECT_DIR = Path(__file__).resolve().parents[2]
COMMENT = "Please keep Doddington open in the evenings."


def soup_of(page):
    return BeautifulSoup(page.content, "html.parser")


def up_to_sending(client, consultation) -> tuple[str, list]:
    """Answer everything and stop on the page with the final "send" form: its address and what it sends."""
    free_text = next(q for q in consultation.questionnaire.asked if q.kind == "free_text")
    values = {free_text.field_name: [COMMENT]}
    pages = answer(
        client, consultation, values, until=lambda form: form.find(attrs={"name": "submission_token"}) is not None
    )
    last = pages[-1]
    assert last.status_code == 200
    return last.wsgi_request.get_full_path(), fill(post_form(last), values)


def send_again(client, page):
    """Press "Send again" on the kind page: post its form exactly as it is."""
    form = post_form(page)
    assert form.find("button").get_text(strip=True) == "Send again"
    return client.post(form["action"], form_encoded(fill(form, {})), content_type=FORM_ENCODED)


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_database_errors_while_storing_a_response_give_a_kind_page_and_sending_again_stores_it_once(
    consultation, monkeypatch, error
):
    client = Client()
    url, data = up_to_sending(client, consultation)
    token = dict(data)["submission_token"]

    def database_gone(**kwargs):
        raise error("could not connect to server: Connection refused")

    monkeypatch.setattr(services, "response_create", database_gone)
    failed = client.post(url, form_encoded(data), content_type=FORM_ENCODED)
    assert failed.status_code == 503
    assert failed["Retry-After"]
    assert "no-store" in failed["Cache-Control"]
    assert soup_of(failed).h1.get_text(strip=True) == "Sorry, we could not save what you sent yet"
    assert soup_of(failed).find("input", attrs={"name": "submission_token"})["value"] == token
    assert not Response.objects.exists()

    monkeypatch.undo()
    sent = send_again(client, failed)
    assert sent.status_code == 302
    assert client.get(sent["Location"]).status_code == 200
    assert send_again(client, failed).status_code == 302  # pressed twice: still one response
    stored = Response.objects.get()
    assert stored.idempotency_token == token
    assert Answer.objects.filter(response=stored, text=COMMENT).exists()


def test_a_database_error_after_the_view_saving_the_session_also_gets_the_kind_page(session, monkeypatch):
    from django.contrib.sessions.backends.db import SessionStore

    client = Client(raise_request_exception=False)  # the error happens outside the view: Django's 500 handler
    signup_url = session.assembly.session_url(session, "signup")
    details = {"name": "Sam Smith", "email": "sam@example.org", "town": "ely", "consent": "on", "website": ""}

    def database_gone(self, *args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(SessionStore, "save", database_gone)
    failed = client.post(signup_url, details)
    assert failed.status_code == 503
    assert soup_of(failed).find("input", attrs={"name": "email"})["value"] == "sam@example.org"

    monkeypatch.undo()
    again = send_again(client, failed)  # the place was booked before the session failed: it is not booked twice
    assert again.status_code < 500
    assert Signup.objects.filter(email="sam@example.org").count() == 1


def test_a_get_while_the_database_is_down_gets_the_kind_page_without_a_form(home_page, monkeypatch):
    page = StandardPageFactory(parent=home_page, title="Our plan", slug="our-plan")

    def database_gone(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(type(page), "serve", database_gone)
    shown = Client().get(page.url)
    assert shown.status_code == 503
    assert soup_of(shown).h1.get_text(strip=True) == "Sorry, this service is not working right now"
    assert soup_of(shown).find("form", method="post") is None


UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 1},
    }
}


def test_with_redis_unreachable_residents_can_still_answer_and_sign_up(consultation, session, settings):
    settings.CACHES = UNREACHABLE_REDIS
    settings.DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    client = Client()
    url, data = up_to_sending(client, consultation)
    sent = client.post(url, form_encoded(data), content_type=FORM_ENCODED)
    assert sent.status_code == 302
    assert Response.objects.filter(idempotency_token=dict(data)["submission_token"]).count() == 1
    booked = client.post(
        session.assembly.session_url(session, "signup"),
        {"name": "Sam Smith", "email": "sam@example.org", "town": "ely", "consent": "on"},
    )
    assert booked.status_code == 302
    assert Signup.objects.filter(email="sam@example.org").count() == 1


@pytest.fixture
def unreachable_database():
    """Point the connection at a database that cannot be reached, as when the server goes away; then back."""
    settings_dict = connection.settings_dict
    saved = dict(settings_dict)

    def break_it():
        connection.close()
        if connection.vendor == "sqlite":
            settings_dict["NAME"] = "/nonexistent-directory/unreachable.sqlite3"
        else:
            settings_dict.update(HOST="127.0.0.1", PORT="9", OPTIONS={**saved["OPTIONS"], "connect_timeout": 2})

    def mend_it():
        connection.close()
        settings_dict.clear()
        settings_dict.update(saved)

    yield break_it, mend_it
    mend_it()


@pytest.mark.django_db(transaction=True)
def test_a_real_lost_database_connection_during_sending_loses_nothing_and_stores_once(
    consultation, unreachable_database
):
    break_it, mend_it = unreachable_database
    client = Client()
    url, data = up_to_sending(client, consultation)
    token = dict(data)["submission_token"]

    break_it()
    failed = client.post(url, form_encoded(data), content_type=FORM_ENCODED)
    mend_it()

    assert failed.status_code == 503
    assert soup_of(failed).find("input", attrs={"name": "submission_token"})["value"] == token
    assert not Response.objects.exists()
    sent = send_again(client, failed)
    assert sent.status_code == 302
    assert send_again(client, failed).status_code == 302
    assert Response.objects.filter(idempotency_token=token).count() == 1
    assert Answer.objects.filter(text=COMMENT).count() == 1


# --------------------------------------------------------------------------- a worker killed mid-task

WORKER_SETTINGS = """
import os

from fitforfuture.settings.test import *  # noqa: F403
from fitforfuture.settings.test import DATABASES

DATABASES["default"]["NAME"] = os.environ["WORKER_DATABASE_NAME"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "slow_mail.SlowFileBackend"
EMAIL_FILE_PATH = os.environ["MAIL_DIR"]
"""
SLOW_MAIL = '''
import os
import time
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend


class SlowFileBackend(EmailBackend):
    """Says it has started (a file), waits MAIL_DELAY seconds as a slow mail server would, then writes."""

    def send_messages(self, messages):
        Path(os.environ["MAIL_STARTED"]).touch()
        time.sleep(float(os.environ.get("MAIL_DELAY", "0")))
        return super().send_messages(messages)
'''


def start_worker(tmp_path: Path, *, delay: float, batch: bool) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "worker_settings",
        "PYTHONPATH": f"{tmp_path}{os.pathsep}{PROJECT_DIR}",
        "WORKER_DATABASE_NAME": str(connection.settings_dict["NAME"]),
        "MAIL_DIR": str(tmp_path / "mail"),
        "MAIL_STARTED": str(tmp_path / "mail-started"),
        "MAIL_DELAY": str(delay),
    }
    command = [sys.executable, "manage.py", "task_worker", "--interval", "0.2", *(["--batch"] if batch else [])]
    return subprocess.Popen(
        command, cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )


def emails_written(mail_dir: Path) -> list[str]:
    """The subject of every email the file backend wrote."""
    return [
        line.removeprefix("Subject: ")
        for written in sorted(mail_dir.glob("*.log"))
        for line in written.read_text().splitlines()
        if line.startswith("Subject: ")
    ]


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_while_sending_loses_no_task_and_the_restarted_worker_sends_the_email_once(
    consultation, tmp_path, settings
):
    from django_tasks_db.models import DBTaskResult

    (tmp_path / "worker_settings.py").write_text(WORKER_SETTINGS)
    (tmp_path / "slow_mail.py").write_text(SLOW_MAIL)
    (tmp_path / "mail").mkdir()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    free_text = next(q for q in consultation.questionnaire.asked if q.kind == "free_text")
    services.response_create(
        consultation=consultation, answers={free_text.field_name: COMMENT}, email="resident@example.org"
    )
    task = DBTaskResult.objects.get()
    assert mail.outbox == []

    first = start_worker(tmp_path, delay=120, batch=False)
    try:
        deadline = time.monotonic() + 90
        while not (tmp_path / "mail-started").exists():
            assert first.poll() is None, first.stdout.read().decode()
            assert time.monotonic() < deadline, "the worker never started sending"
            time.sleep(0.1)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait(timeout=30)
    task.refresh_from_db()
    assert task.status == "RUNNING"  # what the killed worker left behind
    assert emails_written(tmp_path / "mail") == []

    second = start_worker(tmp_path, delay=0, batch=True)
    output, _ = second.communicate(timeout=120)
    assert second.returncode == 0, output.decode()
    task.refresh_from_db()
    assert task.status == "SUCCESSFUL"
    assert emails_written(tmp_path / "mail") == [f"Your answers to: {consultation.title}"]

    third = start_worker(tmp_path, delay=0, batch=True)  # and once more: nothing is left to send
    third.communicate(timeout=120)
    assert emails_written(tmp_path / "mail") == [f"Your answers to: {consultation.title}"]


# --------------------------------------------------------------------------- migrations on a populated database

# Fixed points in the past that every later migration must carry the data through, whatever
# migrations are added after them.
OLDER_STATE = [("consultations", "0004_staff_permissions"), ("assemblies", "0002_sessions_and_signups")]


def counts() -> dict[str, object]:
    return {
        "responses": sorted(Response.objects.values_list("reference", "idempotency_token", "email")),
        "answers": sorted(Answer.objects.values_list("response__reference", "question_id", "option_id", "text")),
        "signups": sorted(Signup.objects.values_list("email", "status", "seat_number")),
    }


@pytest.mark.django_db(transaction=True)
def test_migrating_a_populated_database_back_and_forward_again_keeps_every_response_and_sign_up(consultation, session):
    questions = {q.kind: q for q in consultation.questionnaire.asked}
    for n in range(3):
        services.response_create(
            consultation=consultation,
            answers={
                questions["free_text"].field_name: f"{COMMENT} ({n})",
                questions["single_choice"].field_name: questions["single_choice"].options[n % 3].id,
                questions["multiple_choice"].field_name: [questions["multiple_choice"].options[0].id],
            },
            token=f"token-{n}",
            email=f"resident{n}@example.org",
        )
    for n in range(4):
        signup_create(session=session, person=person(n))
    before = counts()
    assert len(before["responses"]) == 3 and len(before["signups"]) == 4

    executor = MigrationExecutor(connection)
    executor.migrate(OLDER_STATE)
    executor = MigrationExecutor(connection)  # a fresh graph, as a new `migrate` run has
    leaves = executor.loader.graph.leaf_nodes()
    assert executor.migration_plan(leaves), "nothing to migrate forward: the older state is not older"
    executor.migrate(leaves)

    assert counts() == before
    assert not MigrationExecutor(connection).migration_plan(leaves)
