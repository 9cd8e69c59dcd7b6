"""Listing pages do a bounded number of queries, however much content there is."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import factories


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def news_index(home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0  # measure rendering, not the cache
    return factories.NewsIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.mark.parametrize("url", ["/", "/news/", "/faqs/", "/who-we-have-talked-to/", "/publications/"])
def test_query_count_does_not_grow_with_content(client, home_page, news_index, url):
    factories.FAQPageFactory(parent=home_page)
    factories.ActivityLogPageFactory(parent=home_page)
    factories.DocumentLibraryPageFactory(parent=home_page)
    factories.NewsPageFactory(parent=news_index)
    factories.FAQFactory()
    factories.EngagementActivityFactory()
    factories.LibraryDocumentFactory()
    small = queries_for(client, url)
    for _ in range(8):
        factories.NewsPageFactory(parent=news_index)
        factories.FAQFactory()
        factories.EngagementActivityFactory()
        factories.LibraryDocumentFactory()
    large = queries_for(client, url)
    assert large <= small + 1, f"{url}: {small} queries with little content, {large} with more"
    assert large <= 25, f"{url} runs {large} queries"
