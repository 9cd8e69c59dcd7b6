"""Every public page carries the browser security headers, whether it was just made or came from the page cache."""

import pytest

from django.core.cache import cache
from django.test import Client

from home.factories import HomePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(settings):
    from wagtail.models import Page, Site

    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    root = Page.get_first_root_node()
    page = HomePageFactory(parent=root, title="Fit for the Future", slug="headers-home")
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": page, "hostname": "localhost"})
    return page


def directives(header: str) -> dict[str, str]:
    return {part.strip().split(" ", 1)[0]: part.strip() for part in header.split(";") if part.strip()}


def test_fresh_and_cached_pages_carry_every_security_header(home):
    client = Client()
    fresh, cached = client.get("/"), client.get("/")
    assert fresh.status_code == cached.status_code == 200
    assert cached["X-Page-Cache"] == "hit"
    for response in (fresh, cached):
        policy = directives(response["Content-Security-Policy"])
        assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
        assert policy["frame-ancestors"] == "frame-ancestors 'none'"
        assert policy["object-src"] == "object-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Frame-Options"] == "DENY"
        permissions = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            assert feature in permissions


def test_error_pages_carry_the_headers_too(home):
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert "Permissions-Policy" in response and "Content-Security-Policy" in response
