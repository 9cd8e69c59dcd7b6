"""Open data, version 1: published, aggregated consultation results and 'we did' actions.

Read-only JSON (and CSV) built from the same figures as the public reports, with the same
small-count suppression: a count from 1 to 4 about who answered is published as null with
"suppressed": true. Only consultations whose response has been published appear. Responses
carry Cache-Control and an ETag, so caches and CDNs can keep them and clients can ask again
cheaply. Documented in docs/open-data.md.
"""

import csv
import hashlib
import io
import json
from functools import wraps

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import path, re_path, reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control

from wagtail.models import Locale

from consultations import reports
from consultations.models import ConsultationPage, Status
from fitforfuture.exports import neutralise

API_VERSION = "1"
MAX_AGE = 600
LICENCE = "Open Government Licence v3.0"
MAX_PARAMETER_LENGTH = 100
# Fields that say when an answer was made, not what it says: left out of the ETag.
VOLATILE = {"generated_at"}


class BadParameter(Exception):
    """A query parameter the API cannot use: answered with 400 and a JSON error."""

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


def _error(status: int, code: str, message: str, **extra) -> JsonResponse:
    body = {"api_version": API_VERSION, "error": {"status": status, "code": code, "message": message, **extra}}
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-cache"
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def api_view(*, parameters: tuple[str, ...] = ()):
    """GET and HEAD only; unknown or repeated parameters are a 400, a missing thing a 404, all as JSON."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                response = _error(405, "method_not_allowed", "The open data API only answers GET and HEAD.")
                response["Allow"] = "GET, HEAD"
                return response
            try:
                for name in request.GET:
                    if name not in parameters:
                        allowed = ", ".join(parameters) if parameters else "none"
                        raise BadParameter(name, f"Unknown parameter '{name}'. Allowed here: {allowed}.")
                    if len(request.GET.getlist(name)) > 1:
                        raise BadParameter(name, f"Give '{name}' only once.")
                return view(request, *args, **kwargs)
            except BadParameter as error:
                return _error(400, "invalid_parameter", error.message, parameter=error.parameter)
            except Http404 as error:
                return _error(404, "not_found", str(error) or "Nothing here.")

        return wrapped

    return decorate


def _published() -> list[ConsultationPage]:
    return [
        page
        for page in ConsultationPage.objects.live()
        .public()
        .filter(locale=Locale.get_default())
        .defer_streamfields()
        .order_by("-closes_at")
        if page.status == Status.PUBLISHED
    ]


def _consultation(slug: str) -> ConsultationPage:
    page = ConsultationPage.objects.live().public().filter(slug=slug, locale=Locale.get_default()).first()
    if page is None or page.status != Status.PUBLISHED:
        raise Http404("No published results for that consultation.")
    return page


def _absolute(request, url: str) -> str:
    return request.build_absolute_uri(url)


def _cacheable(request, response: HttpResponse, fingerprint: bytes | None = None) -> HttpResponse:
    etag = '"' + hashlib.sha256(fingerprint or response.content).hexdigest()[:32] + '"'
    response["ETag"] = etag
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Content-Type-Options"] = "nosniff"
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return get_conditional_response(request, etag=etag, response=response) or response


def _json(request, data: dict) -> HttpResponse:
    body = {"api_version": API_VERSION, "licence": LICENCE, **data}
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 1})
    stable = json.dumps({key: value for key, value in body.items() if key not in VOLATILE}, sort_keys=True)
    return _cacheable(request, response, fingerprint=stable.encode())


def _count(bar: reports.Bar) -> dict:
    return {
        "label": bar.label,
        "count": None if bar.suppressed else bar.count,
        "percent": None if bar.suppressed else bar.percent,
        "suppressed": bar.suppressed,
    }


def _summary(request, page: ConsultationPage) -> dict:
    return {
        "slug": page.slug,
        "title": page.title,
        "opened": page.opens_at.date().isoformat(),
        "closed": page.closes_at.date().isoformat(),
        "response_published": page.response_published_on.isoformat() if page.response_published_on else None,
        "page_url": _absolute(request, page.url),
        "report_url": _absolute(request, page.url + "report/"),
        "results_url": _absolute(request, reverse("open_data:results", args=[page.slug])),
        "results_csv_url": _absolute(request, reverse("open_data:results_csv", args=[page.slug])),
    }


def _action(action) -> dict:
    return {
        "consultation": action.theme.consultation.slug,
        "theme": action.theme.name,
        "you_said": action.theme.you_said,
        "we_did": action.we_did,
        "status": action.status,
        "date": action.due_on.isoformat() if action.due_on else None,
        "owner": action.owner.name if action.owner else None,
        "town": action.town or None,
        "assembly": action.assembly.title if action.assembly else None,
    }


@api_view()
def index(request):
    return _json(
        request,
        {
            "documentation": _absolute(request, "/api/v1/") + "  (see docs/open-data.md in the source)",
            "small_counts": f"Counts from 1 to {reports.SMALL_COUNT - 1} about who answered are suppressed.",
            "endpoints": {
                "consultations": _absolute(request, reverse("open_data:consultations")),
                "actions": _absolute(request, reverse("open_data:actions")),
            },
        },
    )


@api_view()
def consultations(request):
    return _json(request, {"consultations": [_summary(request, page) for page in _published()]})


@api_view()
def results(request, slug: str):
    page = _consultation(slug)
    report = reports.report_build(consultation=page)
    data = {
        "consultation": _summary(request, page),
        "generated_at": timezone.now().replace(microsecond=0).isoformat(),
        "responses": report.total,
        "by_channel": [_count(bar) for bar in report.by_channel.bars],
        "by_district": [_count(bar) for bar in report.by_district.bars],
        "by_age_band": [_count(bar) for bar in report.by_age.bars],
        "questions": [
            {
                "id": result.question.id,
                "text": result.question.text,
                "kind": result.question.kind,
                "answered": result.chart.n if result.chart else result.text_answers,
                "options": [
                    {
                        "id": option.id,
                        "label": bar.label,
                        "count": bar.count,
                        "percent": bar.percent,
                        **({"average_place": bar.extra} if result.question.kind == "ranking" else {}),
                    }
                    for option, bar in zip(result.question.options, result.chart.bars, strict=True)
                ]
                if result.chart
                else [],
            }
            for result in report.questions
        ],
        "themes": [
            {
                "name": theme.theme.name,
                "you_said": theme.theme.you_said,
                "comments": None if reports.is_small(theme.count) else theme.count,
                "suppressed": reports.is_small(theme.count),
                "working_group": theme.theme.working_group.name if theme.theme.working_group else None,
            }
            for theme in report.themes
        ],
        "actions": [_action(action) for action in report.actions],
    }
    return _json(request, data)


@api_view()
def results_csv(request, slug: str):
    page = _consultation(slug)
    report = reports.report_build(consultation=page)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # Question and option wording is typed by staff: keep spreadsheets from reading it as a formula.
    writer.writerow(["question_id", "question", "kind", "answered", "option_id", "option", "count", "percent"])
    for result in report.questions:
        if not result.chart:
            writer.writerow(
                [result.question.id, neutralise(result.question.text), result.question.kind, result.text_answers]
            )
            continue
        for option, bar in zip(result.question.options, result.chart.bars, strict=True):
            writer.writerow(
                [
                    result.question.id,
                    neutralise(result.question.text),
                    result.question.kind,
                    result.chart.n,
                    option.id,
                    neutralise(bar.label),
                    bar.count,
                    bar.percent,
                ]
            )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{page.slug}-results.csv"'
    return _cacheable(request, response)


def _text_parameter(request, name: str) -> str | None:
    value = request.GET.get(name, "").strip()
    if len(value) > MAX_PARAMETER_LENGTH:
        raise BadParameter(name, f"'{name}' can be at most {MAX_PARAMETER_LENGTH} characters.")
    if any(not char.isprintable() for char in value):
        raise BadParameter(name, f"'{name}' has characters that cannot be used.")
    return value or None


@api_view(parameters=("town", "theme"))
def actions(request):
    from assemblies.models import Town

    town = _text_parameter(request, "town")
    if town is not None and town not in Town.values:
        raise BadParameter("town", f"Unknown town '{town}'. Use one of: {', '.join(Town.values)}.")
    theme = _text_parameter(request, "theme")
    # Only actions of consultations anyone may read (live, public, response published).
    published = {page.pk for page in _published()}
    rows = [
        action
        for action in reports.actions_published(town=town, theme_name=theme)
        if action.theme.consultation_id in published
    ]
    return _json(request, {"actions": [_action(action) for action in rows]})


@api_view()
def not_found(request, rest: str = ""):
    raise Http404("There is no such address in the open data API. Start at /api/v1/.")


app_name = "open_data"
urlpatterns = [
    path("", index, name="index"),
    path("consultations/", consultations, name="consultations"),
    path("consultations/<slug:slug>/results/", results, name="results"),
    path("consultations/<slug:slug>/results.csv", results_csv, name="results_csv"),
    path("actions/", actions, name="actions"),
    re_path(r"^(?P<rest>.*)$", not_found),
]
