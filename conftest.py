"""Fixtures shared by every test: a small site tree built once per test that asks for it."""

import pytest
from pytest_django.plugin import blocking_manager_key

from django.core.cache import cache
from django.utils import translation

from wagtail.models import Page, Site

from fitforfuture.testing import restore_bootstrap_data
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


@pytest.fixture
def one_thread(monkeypatch):
    """Exports see one thread, as in a command or a task worker. A test run can have other threads
    going (the browser tests' live server), which would make every export read in this process."""
    monkeypatch.setattr("fitforfuture.exports._other_threads_running", lambda: False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A test that commits has every table emptied after it: then put back the rows migrations made.

    A hook rather than a fixture, because the emptying is the last fixture teardown of all.
    """
    outcome = yield
    marker = item.get_closest_marker("django_db")
    # After the last test the test database is already gone: nothing to put back, nowhere to.
    if nextitem is not None and marker is not None and marker.kwargs.get("transaction"):
        with item.config.stash[blocking_manager_key].unblock():
            restore_bootstrap_data()
    return outcome
