"""Two-factor authentication for the admin: staff set up an authenticator app, then give a code
after their password before any admin page. Required in production, optional elsewhere."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.management import CommandError, call_command
from django.utils import timezone

from fitforfuture import two_factor
from fitforfuture.models import AuditEvent
from home.factories import UserFactory

SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"


def code_for(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + steps_ahead * device.step
    return f"{totp.token():06d}"


def wrong_code_for(device: TOTPDevice) -> str:
    # A code from far in the future is a well-formed code that is certainly not valid now.
    return code_for(device, steps_ahead=1000)


def enrolled_user(**kwargs):
    user = UserFactory(**kwargs)
    device = TOTPDevice.objects.create(user=user, name=two_factor.APP_DEVICE_NAME, confirmed=True)
    return user, device


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def required(settings):
    settings.ADMIN_2FA_REQUIRED = True


def test_staff_without_an_app_are_sent_to_set_it_up_before_any_admin_page(client, home_page, required):
    client.force_login(UserFactory(groups=["Editors"]))
    for url in ("/admin/", "/admin/pages/", "/admin/responses/", "/admin/data-requests/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP + "?next=")


def test_staff_with_an_app_must_give_a_code_before_any_admin_page(client, home_page, required):
    user, _ = enrolled_user(groups=["Engagement leads"])
    client.force_login(user)
    response = client.get("/admin/responses/")
    assert response.status_code == 302
    assert response["Location"] == VERIFY + "?next=%2Fadmin%2Fresponses%2F"


def test_signing_in_with_a_password_leads_to_the_code_page(client, home_page, required):
    enrolled_user(username="lead", groups=["Engagement leads"])
    signed_in = client.post("/admin/login/", {"username": "lead", "password": "correct horse battery staple"})
    assert signed_in.status_code == 302
    dashboard = client.get(signed_in["Location"])
    assert dashboard.status_code == 302
    assert dashboard["Location"].startswith(VERIFY)


def test_the_right_code_lets_staff_into_the_admin(client, home_page, required):
    user, device = enrolled_user(groups=["Editors"])
    client.force_login(user)
    response = client.post(VERIFY, {"code": code_for(device), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200


def test_a_wrong_code_gives_a_clear_error_linked_to_the_field(client, home_page, required):
    user, device = enrolled_user(groups=["Editors"])
    client.force_login(user)
    response = client.post(VERIFY, {"code": wrong_code_for(device), "next": "/admin/"})
    assert response.status_code == 400
    html = page(response)
    field = html.find("input", {"name": "code"})
    error = html.find(id=f"{field['id']}-error")
    assert "That code is not right" in error.get_text()
    assert f"{field['id']}-error" in field["aria-describedby"].split()
    assert field["aria-invalid"] == "true"
    assert "That code is not right" in html.find(role="alert").get_text()
    assert html.title.get_text().startswith("Error:")
    assert client.get("/admin/").status_code == 302


def test_an_empty_code_asks_for_the_code(client, home_page, required):
    user, _ = enrolled_user(groups=["Editors"])
    client.force_login(user)
    response = client.post(VERIFY, {"code": "  ", "next": "/admin/"})
    assert response.status_code == 400
    assert "Enter the code" in page(response).find(id="id_code-error").get_text()


def test_the_code_field_suits_one_time_codes(client, home_page, required):
    user, _ = enrolled_user(groups=["Editors"])
    client.force_login(user)
    html = page(client.get(VERIFY))
    field = html.find("input", {"name": "code"})
    assert field["autocomplete"] == "one-time-code"
    assert field["inputmode"] == "numeric"
    assert html.find("label", {"for": field["id"]}).get_text(strip=True) == "Security code"
    assert "login" in html.body["class"]


def test_wrong_codes_slow_down_further_tries(client, home_page, required):
    user, device = enrolled_user(groups=["Editors"])
    client.force_login(user)
    client.post(VERIFY, {"code": wrong_code_for(device)})
    device.refresh_from_db()
    assert device.throttling_failure_count == 1

    # Five wrong codes in a row: the next try must wait 16 seconds, even with the right code.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=5, throttling_failure_timestamp=timezone.now()
    )
    refused = client.post(VERIFY, {"code": code_for(device), "next": "/admin/"})
    assert refused.status_code == 400
    assert "Too many wrong codes. Wait" in page(refused).find(id="id_code-error").get_text()
    assert client.get("/admin/").status_code == 302

    # Once the wait is over, the right code works again.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_timestamp=timezone.now() - timedelta(minutes=1))
    assert client.post(VERIFY, {"code": code_for(device), "next": "/admin/"}).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_enrolment_shows_a_qr_code_and_the_secret_then_a_code_turns_it_on(client, home_page, required):
    user = UserFactory(groups=["Councillors"])
    client.force_login(user)
    form_page = client.get(SETUP + "?next=/admin/reports/")
    assert form_page.status_code == 200
    html = page(form_page)
    assert html.find("svg") is not None
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = html.find(id="two-factor-secret").get_text().replace(" ", "")
    assert secret == two_factor.secret_for_typing(device=device).replace(" ", "")

    # Reloading keeps the same secret, so nobody has to scan twice.
    client.get(SETUP)
    assert TOTPDevice.objects.filter(user=user).count() == 1

    done = client.post(SETUP, {"code": code_for(device), "next": "/admin/reports/"})
    assert done.status_code == 200
    codes = [item.get_text(strip=True) for item in page(done).select(".two-factor-codes li")]
    assert len(codes) == two_factor.BACKUP_CODE_COUNT
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_enrolment_with_a_wrong_code_says_so_and_leaves_it_off(client, home_page, required):
    user = UserFactory(groups=["Editors"])
    client.force_login(user)
    client.get(SETUP)
    device = TOTPDevice.objects.get(user=user)
    response = client.post(SETUP, {"code": "12"})
    assert response.status_code == 400
    assert "Enter the 6-digit code" in page(response).find(id="id_code-error").get_text()
    response = client.post(SETUP, {"code": wrong_code_for(device)})
    assert "That code is not right" in page(response).find(id="id_code-error").get_text()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get("/admin/").status_code == 302


def test_a_password_alone_cannot_replace_the_app(client, home_page, required):
    user, _ = enrolled_user(groups=["Editors"])
    client.force_login(user)
    response = client.get(SETUP)
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=user).count() == 1


def test_a_backup_code_works_once(client, home_page, required):
    user, _ = enrolled_user(groups=["Editors"])
    codes = two_factor.make_backup_codes(user=user)
    client.force_login(user)
    spaced = two_factor.format_backup_code(codes[0])
    assert client.post(VERIFY, {"code": spaced, "next": "/admin/"}).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert StaticToken.objects.filter(device__user=user).count() == two_factor.BACKUP_CODE_COUNT - 1

    client.logout()
    client.force_login(user)
    reused = client.post(VERIFY, {"code": codes[0], "next": "/admin/"})
    assert reused.status_code == 400


def test_verified_staff_can_make_new_backup_codes(client, home_page, required):
    user, device = enrolled_user(groups=["Editors"])
    old = two_factor.make_backup_codes(user=user)
    client.force_login(user)
    client.post(VERIFY, {"code": code_for(device)})
    response = client.post("/admin/two-factor/")
    new = [item.get_text(strip=True).replace(" ", "") for item in page(response).select(".two-factor-codes li")]
    assert len(new) == two_factor.BACKUP_CODE_COUNT
    assert not StaticToken.objects.filter(token__in=old).exists()


def test_with_two_factor_optional_staff_without_an_app_go_straight_in(client, home_page, settings):
    settings.ADMIN_2FA_REQUIRED = False
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get("/admin/").status_code == 200
    assert client.get(SETUP).status_code == 200


def test_with_two_factor_optional_staff_who_set_it_up_are_still_asked(client, home_page, settings):
    settings.ADMIN_2FA_REQUIRED = False
    user, _ = enrolled_user(groups=["Editors"])
    client.force_login(user)
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_the_public_site_never_asks_for_a_code(client, home_page, required):
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get("/").status_code == 200


def test_production_requires_two_factor_unless_turned_off_and_then_deploy_checks_warn():
    from fitforfuture.tests.test_settings import run_manage

    env = {"SECRET_KEY": "k" * 60, "ALLOWED_HOSTS": "fitforfuture.example", "REDIS_URL": "redis://127.0.0.1:6379/0"}
    shown = run_manage("shell", "-c", "from django.conf import settings; print(settings.ADMIN_2FA_REQUIRED)", **env)
    assert shown.stdout.strip().splitlines()[-1] == "True", shown.stderr
    off = run_manage("check", "--deploy", "--fail-level", "WARNING", ADMIN_2FA_REQUIRED="false", **env)
    assert off.returncode != 0
    assert "fitforfuture.W001" in off.stdout + off.stderr


def test_a_superuser_can_reset_someones_lost_phone_and_it_is_audited(db):
    admin = UserFactory(username="admin", is_superuser=True)
    user, _ = enrolled_user(username="editor")
    two_factor.make_backup_codes(user=user)
    call_command("reset_two_factor", "editor", "--by", "admin")
    assert not two_factor.has_device(user=user)
    assert two_factor.backup_codes_left(user=user) == 0
    event = AuditEvent.objects.get(subject="two-factor: editor")
    assert event.actor == admin
    assert event.via == "command"


def test_only_a_superuser_can_reset_two_factor(db):
    UserFactory(username="lead", groups=["Engagement leads"])
    enrolled_user(username="editor")
    with pytest.raises(CommandError, match="not an active superuser"):
        call_command("reset_two_factor", "editor", "--by", "lead")
    assert TOTPDevice.objects.filter(user__username="editor").exists()
