"""Middleware of the site as a whole: addresses with NUL refused, a kind page when the database is out of reach."""

import logging

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.middleware.locale import LocaleMiddleware
from django.template.loader import get_template
from django.utils.cache import add_never_cache_headers, cc_delim_re
from django.views.defaults import bad_request

from fitforfuture.views import page_not_found

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


class AddressLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without "Vary: Accept-Language" where the address alone decides.

    English lives at plain addresses (prefix_default_language=False), so Django takes the language
    from the address for every request, English where there is no prefix, whatever the browser
    asks for. It still adds "Vary: Accept-Language" to every unprefixed response, which would make
    a shared cache or CDN keep a copy of each English page per browser language.
    """

    def process_response(self, request, response):
        asked_before = "accept-language" in _vary(response)
        response = super().process_response(request, response)
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
        if i18n_patterns_used and not prefixed_default_language and not asked_before:
            vary = cc_delim_re.split(response.get("Vary", ""))
            kept = [header for header in vary if header and header.lower() != "accept-language"]
            if kept:
                response["Vary"] = ", ".join(kept)
            elif response.has_header("Vary"):
                del response["Vary"]
        return response


def _vary(response) -> set[str]:
    return {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header}


class RefuseNulMiddleware:
    """A NUL character has no place in a web address: answer 404 (in the path) or 400 (in the query).

    PostgreSQL cannot store or even compare text holding NUL, so a made-up link such as
    /newsletter/confirm/%00/ would otherwise reach a database lookup and fail there.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    # The open data API checks its own parameters and answers in JSON, NUL included.
    own_checks = ("/api/",)

    def __call__(self, request):
        if "\x00" in request.path:
            return page_not_found(request, exception=None)
        if request.path.startswith(self.own_checks):
            return self.get_response(request)
        if any("\x00" in name or any("\x00" in value for value in values) for name, values in request.GET.lists()):
            return bad_request(request, exception=None)
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """Answer 503 with a page that can send the same form again, when the database is out of reach.

    Whatever a form posted is put back into a form of hidden fields, idempotency token and all,
    so "Send again" sends exactly the same thing once the database is back, and a response is
    still stored only once. Answers kept in the session are in the database and wait there.
    The page is rendered without the request context: nothing on it needs the database.
    Errors outside views (saving the session, in other middleware) reach the same page
    through the 500 handler, `fitforfuture.views.server_error`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        logger.error("Database unavailable during %s %s", request.method, request.path, exc_info=exception)
        return database_unavailable(request)


def database_unavailable(request) -> HttpResponse:
    """The 503 page, with a form that posts again whatever this request posted (files aside)."""
    fields = []
    if request.method == "POST":
        fields = [
            (name, value) for name, values in request.POST.lists() if name != "csrfmiddlewaretoken" for value in values
        ]
    html = get_template("fitforfuture/database_unavailable.html").render(
        {
            "fields": fields,
            "resend": request.method == "POST",
            "action": request.get_full_path(),
            "csrf_token": get_token(request),
        }
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)  # the page can hold someone's answers
    return response
