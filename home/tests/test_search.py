"""Site search answers normally whatever people type."""

import pytest

from home import factories
from home.selectors import clean_query


@pytest.fixture
def searchable(home_page):
    factories.StandardPageFactory(parent=home_page, title="Stroke rehabilitation", intro="Care after a stroke.")
    factories.FAQFactory(question="Will stroke services change?")
    return home_page


def test_search_finds_pages_and_faqs(client, searchable):
    response = client.get("/search/", {"q": "stroke"})
    assert response.status_code == 200
    assert b"Stroke rehabilitation" in response.content
    assert b"Will stroke services change?" in response.content


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 5000,
        "😀🏥",
        "ąęłńóśźż",
        "ਪੰਜਾਬੀ",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "\x07bell",
        "AND OR NOT",
        '"unclosed',
        "*",
        "stroke)((",
    ],
)
def test_search_answers_normally_for_odd_queries(client, searchable, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_a_search_holding_nul_gets_a_clear_page_not_an_error(client, searchable):
    response = client.get("/search/", {"q": "\x00nul"})
    assert response.status_code == 400
    assert "Sorry, we could not read what you sent" in response.content.decode()


def test_clean_query_caps_length_and_drops_control_characters():
    assert clean_query("a\x00b\tc") == "a b c"
    assert len(clean_query("y" * 1000)) == 200
