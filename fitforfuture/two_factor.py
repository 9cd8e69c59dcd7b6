"""Two-factor authentication for staff in the admin: an authenticator app (TOTP) plus backup codes.

django-otp keeps the devices and checks the codes, and slows down guessing: after each wrong
code the next try must wait twice as long (1, 2, 4, 8 ... seconds). This module holds the
rules around it: who must use it (`ADMIN_2FA_REQUIRED`), setting it up, checking a code,
backup codes and a superuser resetting someone's device. The middleware at the end sends
staff who have not given a code to the right page before any other admin page.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

import segno
from django_otp import login as otp_login
from django_otp import verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.conf import settings
from django.core import checks
from django.db import transaction
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone

from fitforfuture.audit import AuditAction, audit_record

APP_DEVICE_NAME = "Authenticator app"
BACKUP_DEVICE_NAME = "Backup codes"
BACKUP_CODE_COUNT = 10
BACKUP_CODE_DIGITS = 10
APP_CODE_DIGITS = 6
ADMIN_PATH_PREFIXES = ("/admin/", "/django-admin/")

# Pages a signed-in member of staff may open before giving a code.
ALWAYS_ALLOWED = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_icons",
    "two_factor_setup",
    "two_factor_verify",
}


def is_required() -> bool:
    return bool(getattr(settings, "ADMIN_2FA_REQUIRED", False))


@checks.register(checks.Tags.security, deploy=True)
def check_two_factor_required(app_configs, **kwargs):
    """`check --deploy` warns when staff could reach personal data with a password alone."""
    if is_required():
        return []
    return [
        checks.Warning(
            "ADMIN_2FA_REQUIRED is off: staff can sign in to the admin with a password alone.",
            hint="Leave ADMIN_2FA_REQUIRED unset (or true) in production.",
            id="fitforfuture.W001",
        )
    ]


def is_staff_user(user) -> bool:
    """Anyone who can open the admin at all."""
    return bool(
        user.is_authenticated and (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))
    )


def app_device(*, user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def has_device(*, user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def backup_codes_left(*, user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


# -- setting up ------------------------------------------------------------------------------


def setup_device(*, user) -> TOTPDevice:
    """The authenticator app being set up: the same secret until it is confirmed, so a page
    reload does not make someone scan again."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False, name=APP_DEVICE_NAME).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def secret_for_typing(*, device: TOTPDevice) -> str:
    """The secret in base32, in groups of four, for people who cannot scan the QR code."""
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(*, device: TOTPDevice) -> str:
    """The set-up link as an inline SVG QR code, drawn on the server (no image service)."""
    qr = segno.make(device.config_url, error="m")
    # No fixed size: it scales to the width of the page, from a phone up.
    return qr.svg_inline(border=2, omitsize=True, dark="#0b0c0c", light="#ffffff", title="QR code for your app")


def make_backup_codes(*, user) -> list[str]:
    """Replace any backup codes with a fresh set and return them (shown once, never stored in clear
    anywhere else)."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
        # Digits only, so the same numeric keypad works for app codes and backup codes.
        codes = [
            str(secrets.randbelow(10**BACKUP_CODE_DIGITS)).zfill(BACKUP_CODE_DIGITS) for _ in range(BACKUP_CODE_COUNT)
        ]
        StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def format_backup_code(code: str) -> str:
    return f"{code[:5]} {code[5:]}"


# -- checking a code -------------------------------------------------------------------------


@dataclass(frozen=True)
class CodeCheck:
    device: object | None = None
    wait_seconds: int = 0

    @property
    def ok(self) -> bool:
        return self.device is not None


def _clean(code: str) -> str:
    return "".join(ch for ch in (code or "") if ch.isalnum()).lower()


def _wait_seconds(device) -> int:
    allowed, info = device.verify_is_allowed()
    if allowed or not info or "locked_until" not in info:
        return 0
    return max(1, math.ceil((info["locked_until"] - timezone.now()).total_seconds()))


def check_code(*, device, code: str) -> CodeCheck:
    """Check a code against one device. A device that is cooling down after wrong codes says how
    long to wait, and the code is not even tried (so guessing cannot go faster)."""
    wait = _wait_seconds(device)
    if wait:
        return CodeCheck(wait_seconds=wait)
    verified = verify_token(device.user, device.persistent_id, _clean(code))
    if verified is None:
        return CodeCheck()
    return CodeCheck(device=verified)


def check_sign_in_code(*, user, code: str) -> CodeCheck:
    """A code from the authenticator app (6 digits) or one backup code (10 digits)."""
    cleaned = _clean(code)
    if len(cleaned) == APP_CODE_DIGITS:
        device = app_device(user=user)
    else:
        device = StaticDevice.objects.devices_for_user(user, confirmed=True).first()
    if device is None:
        return CodeCheck()
    return check_code(device=device, code=cleaned)


def confirm_setup(*, request, device: TOTPDevice, code: str) -> tuple[CodeCheck, list[str]]:
    """Confirm the new authenticator app with a code from it. On success the app replaces any
    older one, backup codes are made, and this session counts as verified."""
    result = check_code(device=device, code=code)
    if not result.ok:
        return result, []
    user = device.user
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = make_backup_codes(user=user)
    otp_login(request, device)
    return result, codes


def sign_in_verified(*, request, device) -> None:
    """Mark this session as having given a code."""
    otp_login(request, device)


# -- recovery --------------------------------------------------------------------------------


def reset_devices(*, user, actor, via: str = "command") -> int:
    """Remove someone's authenticator app and backup codes (lost phone). They set up a new one
    when they next sign in. Audited."""
    with transaction.atomic():
        removed = TOTPDevice.objects.filter(user=user).delete()[0]
        removed += StaticDevice.objects.filter(user=user).delete()[0]
        audit_record(
            actor=actor,
            action=AuditAction.CHANGE,
            subject=f"two-factor: {user.get_username()}"[:255],
            detail="Authenticator app and backup codes removed; a new app must be set up at the next sign-in.",
            via=via,
        )
    return removed


# -- enforcement -----------------------------------------------------------------------------


def _view_name(request) -> str:
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return ""


def required_step(request) -> str | None:
    """'verify' or 'setup' when this admin request must first go through two-factor, else None."""
    if not request.path_info.startswith(ADMIN_PATH_PREFIXES):
        return None
    user = request.user
    if not is_staff_user(user) or user.is_verified():
        return None
    if _view_name(request) in ALWAYS_ALLOWED:
        return None
    if has_device(user=user):
        return "verify"
    return "setup" if is_required() else None


class AdminTwoFactorMiddleware:
    """After sign-in, staff give a code (or set up the app) before any other admin page.

    Must come after django_otp.middleware.OTPMiddleware, which tells whether this session has
    given a code. With ADMIN_2FA_REQUIRED off, only people who chose to set it up are asked."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = required_step(request)
        if step is None:
            return self.get_response(request)
        target = reverse("two_factor_verify" if step == "verify" else "two_factor_setup")
        return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
