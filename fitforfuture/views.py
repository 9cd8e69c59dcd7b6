"""Error pages and the friendly CSRF failure page."""

from django.shortcuts import render


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without the request context: nothing that could fail again, nothing leaked.
    import sys

    from django.http import HttpResponseServerError
    from django.template.loader import get_template

    from fitforfuture.middleware import DATABASE_ERRORS, database_unavailable

    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):  # e.g. saving the session after the view
        return database_unavailable(request)
    return HttpResponseServerError(get_template("500.html").render({}))


def csrf_failure(request, reason=""):
    return render(request, "fitforfuture/csrf_failure.html", status=403)


def robots_txt(request):
    return render(request, "fitforfuture/robots.txt", content_type="text/plain")
