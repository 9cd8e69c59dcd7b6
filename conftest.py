"""Fixtures shared by every test: a small site tree built once per test that asks for it."""

import pytest

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Page, Site

from home.factories import HomePageFactory


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A request to /pl/... leaves Polish active in the thread; the next test starts in English again."""
    yield
    translation.deactivate()


@pytest.fixture
def home_page(db):
    root = Page.get_first_root_node()
    for placeholder in root.get_children():
        placeholder.delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home
