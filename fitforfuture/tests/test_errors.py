"""Unknown pages and server errors get styled pages that help and leak nothing."""

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.urls import path

from fitforfuture import urls as project_urls


def explode(request):
    raise RuntimeError("secret-internal-detail")


urlpatterns = [path("explode/", explode), *project_urls.urlpatterns]
handler404 = project_urls.handler404
handler500 = project_urls.handler500


def test_unknown_url_gives_a_styled_404(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Page not found"
    assert soup.find("header", class_="nhsuk-header") is not None
    assert soup.find("a", href="/search/") is not None


@pytest.mark.urls("fitforfuture.tests.test_errors")
def test_server_error_gives_a_styled_500_that_leaks_nothing(home_page):
    client = Client(raise_request_exception=False)
    response = client.get("/explode/")
    assert response.status_code == 500
    text = response.content.decode()
    assert "Sorry, there is a problem with this service" in text
    assert "secret-internal-detail" not in text
    assert "Traceback" not in text
    assert "nhsuk-header" in text


def test_csrf_failure_is_a_helpful_page(home_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/newsletter/", {"email": "resident@example.org"})
    assert response.status_code == 403
    assert b"Your form could not be sent" in response.content


@pytest.mark.parametrize("path", ["/", "/consultations/", "/pl/"])
def test_a_host_the_site_does_not_serve_gets_the_400_page_not_a_server_error(home_page, path):
    client = Client(raise_request_exception=False)
    response = client.get(path, HTTP_HOST="evil.example")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Sorry, we could not read what you sent"
    assert "evil.example" not in response.content.decode()
