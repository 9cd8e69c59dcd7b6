"""Error pages and the friendly CSRF failure page."""

from django.shortcuts import render


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without the request context: nothing that could fail again, nothing leaked.
    from django.http import HttpResponseServerError
    from django.template.loader import get_template

    return HttpResponseServerError(get_template("500.html").render({}))


def csrf_failure(request, reason=""):
    return render(request, "fitforfuture/csrf_failure.html", status=403)


def robots_txt(request):
    return render(request, "fitforfuture/robots.txt", content_type="text/plain")
