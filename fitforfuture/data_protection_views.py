"""Admin page 'Data requests': find a resident by email, download a copy, erase on request.

Engagement leads only (permission fitforfuture.handle_data_request). Everything is sent by POST
so the address never appears in a URL or a server log. The rules are in
fitforfuture.data_protection, which also writes the audit trail.
"""

import json

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from wagtail.admin import messages

from fitforfuture import data_protection

PERMISSION = "fitforfuture.handle_data_request"


class PersonForm(forms.Form):
    email = forms.EmailField(
        label="Email address of the person",
        help_text="We look for it in consultation responses, saved drafts, assembly sign-ups and the newsletter.",
        max_length=254,
        error_messages={
            "required": "Enter the person's email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )


def _render(request, template, context, status=200):
    base = {
        "page_title": "Data requests",
        "header_title": "Data requests",
        "header_icon": "user",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": "Dashboard"},
            {"url": "", "label": "Data requests"},
        ],
    }
    return TemplateResponse(request, template, {**base, **context}, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def data_requests(request):
    """Find, copy or erase everything held under one email address."""
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = PersonForm(request.POST or None)
    action = request.POST.get("action", "find")
    if request.method == "GET" or not form.is_valid():
        return _render(
            request,
            "fitforfuture/admin/data_requests.html",
            {"form": form},
            status=400 if request.method == "POST" else 200,
        )
    email = form.cleaned_data["email"]

    if action == "download":
        data = data_protection.subject_access(email=email, actor=request.user, purpose="Copy downloaded")
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="subject-access-{timezone.localdate():%Y%m%d}.json"'
        response["Cache-Control"] = "no-store"
        return response

    if action == "erase" and request.POST.get("confirm") == "yes":
        counts = data_protection.erase_person(email=email, actor=request.user)
        messages.success(request, "Their personal data has been erased. Answers and counts are kept without it.")
        return _render(request, "fitforfuture/admin/data_requests_erased.html", {"email": email, "counts": counts})

    records = data_protection.person_records(email=email)
    if action == "erase":
        # The confirmation step: say exactly what will happen, and ask again.
        return _render(request, "fitforfuture/admin/data_requests_confirm.html", {"form": form, "records": records})
    data_protection.subject_access(email=email, actor=request.user, purpose="Looked up in the admin")
    return _render(request, "fitforfuture/admin/data_requests_found.html", {"form": form, "records": records})
