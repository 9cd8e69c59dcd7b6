"""Admin pages for two-factor authentication: set up the app, give a code, manage backup codes.

Thin: the rules are in fitforfuture.two_factor. The pages look like the admin sign-in page.
"""

from urllib.parse import urlencode

from django import forms
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from fitforfuture import two_factor


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Code",
        max_length=20,
        error_messages={"required": "Enter the code"},
    )

    def clean_code(self):
        code = "".join(ch for ch in self.cleaned_data["code"] if ch.isalnum())
        if not code:
            raise forms.ValidationError("Enter the code")
        return code


class AppCodeForm(CodeForm):
    """Only the 6 digits from the app (used while setting it up)."""

    def clean_code(self):
        code = super().clean_code()
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError("Enter the 6-digit code from your authenticator app, like 123456")
        return code


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _wrong_code_message(result: two_factor.CodeCheck, *, backup_allowed: bool) -> str:
    if result.wait_seconds:
        unit = "second" if result.wait_seconds == 1 else "seconds"
        return (
            f"Too many wrong codes. Wait {result.wait_seconds} {unit}, then enter a new code. "
            "Each wrong code makes the wait longer."
        )
    if backup_allowed:
        return "That code is not right. Enter the latest 6-digit code from your app, or one of your backup codes."
    return "That code is not right. Enter the latest 6-digit code from your app."


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """After the password: a code from the app (or a backup code) before any admin page."""
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not two_factor.has_device(user=user):
        return redirect(f"{reverse('two_factor_setup')}?{urlencode({'next': _next_url(request)})}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        result = two_factor.check_sign_in_code(user=user, code=form.cleaned_data["code"])
        if result.ok:
            two_factor.sign_in_verified(request=request, device=result.device)
            return redirect(_next_url(request))
        form.add_error("code", _wrong_code_message(result, backup_allowed=True))
    return TemplateResponse(
        request,
        "fitforfuture/two_factor/verify.html",
        {"form": form, "next": _next_url(request), "backup_codes_left": two_factor.backup_codes_left(user=user)},
        status=400 if form.errors else 200,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def setup(request):
    """Scan the QR code (or type the secret) into an authenticator app, then confirm a code from it."""
    user = request.user
    if two_factor.has_device(user=user) and not user.is_verified():
        # Replacing the app needs a code from the old one first: a password alone is not enough.
        return redirect(f"{reverse('two_factor_verify')}?{urlencode({'next': reverse('two_factor_setup')})}")
    device = two_factor.setup_device(user=user)
    form = AppCodeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            result, codes = two_factor.confirm_setup(request=request, device=device, code=form.cleaned_data["code"])
            if result.ok:
                return TemplateResponse(
                    request,
                    "fitforfuture/two_factor/backup_codes.html",
                    {"codes": [two_factor.format_backup_code(code) for code in codes], "next": _next_url(request)},
                )
            form.add_error("code", _wrong_code_message(result, backup_allowed=False))
        status = 400
    return TemplateResponse(
        request,
        "fitforfuture/two_factor/setup.html",
        {
            "form": form,
            "next": _next_url(request),
            "qr_svg": two_factor.qr_code_svg(device=device),
            "secret": two_factor.secret_for_typing(device=device),
            "replacing": two_factor.has_device(user=user),
            "required": two_factor.is_required(),
        },
        status=status,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request):
    """Your two-factor set-up: whether it is on, backup codes left, new backup codes."""
    user = request.user
    device = two_factor.app_device(user=user)
    if request.method == "POST" and device is not None:
        codes = two_factor.make_backup_codes(user=user)
        return TemplateResponse(
            request,
            "fitforfuture/two_factor/backup_codes.html",
            {"codes": [two_factor.format_backup_code(code) for code in codes], "next": reverse("two_factor_manage")},
        )
    return TemplateResponse(
        request,
        "fitforfuture/two_factor/manage.html",
        {
            "device": device,
            "backup_codes_left": two_factor.backup_codes_left(user=user),
            "required": two_factor.is_required(),
        },
    )
