"""Pages for anonymous visitors come from the cache, and publishing purges it at once."""

from home.factories import StandardPageFactory, UserFactory


def test_second_anonymous_view_is_served_from_the_cache(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Our plan")
    first = client.get(page.url)
    second = client.get(page.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "s-maxage" in first["Cache-Control"] and "public" in first["Cache-Control"]


def test_publishing_a_change_purges_the_cache(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Our plan")
    client.get(page.url)
    page.title = "Our plan, updated"
    page.save_revision().publish()
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Our plan, updated" in response.content


def test_unpublishing_removes_the_cached_page(client, home_page):
    page = StandardPageFactory(parent=home_page)
    assert client.get(page.url).status_code == 200
    page.unpublish()
    assert client.get(page.url).status_code == 404


def test_signed_in_staff_never_get_a_cached_page(client, home_page):
    page = StandardPageFactory(parent=home_page)
    client.get(page.url)
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.get(page.url)
    assert "X-Page-Cache" not in response


def test_pages_with_forms_are_never_shared_between_visitors(client, home_page):
    first = client.get("/newsletter/")
    second = client.get("/newsletter/")
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
