"""Pages that cannot be cached whole (forms carry a CSRF token) stay cheap: where an address
leads, the main menu, the language links, the phase banner and the footer are kept until the next
publish, and what depends on the visitor (which menu item is current) is still worked out for
each request. Query counts, never timings."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Locale, PageViewRestriction, Site

from consultations.demo_translations import translation_create
from fitforfuture.models import SiteSettings
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_whole_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # every page is rendered, as pages with forms are


@pytest.fixture
def our_plan(home_page):
    return StandardPageFactory(parent=home_page, title="Our plan", slug="our-plan", show_in_menus=True)


@pytest.fixture
def news(home_page):
    return StandardPageFactory(parent=home_page, title="Latest news", slug="latest-news", show_in_menus=True)


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def current_menu_items(response) -> list[str]:
    return [
        link.get_text(strip=True) for link in soup_of(response).select(".nhsuk-header__navigation-link[aria-current]")
    ]


def test_a_page_shown_again_runs_at_most_eight_queries(client, our_plan, news, django_assert_max_num_queries):
    client.get(our_plan.url)
    with django_assert_max_num_queries(8):
        assert client.get(our_plan.url).status_code == 200


def test_the_menu_marks_the_section_each_visitor_is_in(client, our_plan, news):
    assert current_menu_items(client.get(our_plan.url)) == ["Our plan"]
    assert current_menu_items(client.get(news.url)) == ["Latest news"]
    assert current_menu_items(client.get("/")) == []


def test_a_new_menu_title_shows_at_once_when_published(client, our_plan):
    client.get(our_plan.url)
    our_plan.title = "Our plan for local care"
    our_plan.save_revision().publish()
    menu = [link.get_text(strip=True) for link in soup_of(client.get("/")).select(".nhsuk-header__navigation-link")]
    assert "Our plan for local care" in menu


def test_an_unpublished_page_is_gone_at_once_though_its_address_was_kept(client, our_plan):
    assert client.get(our_plan.url).status_code == 200
    our_plan.unpublish()
    assert client.get("/our-plan/").status_code == 404


def test_a_renamed_page_moves_to_its_new_address_at_once(client, our_plan):
    assert client.get("/our-plan/").status_code == 200
    our_plan.slug = "the-plan"
    our_plan.save_revision().publish()
    assert client.get("/our-plan/").status_code == 404
    assert client.get("/the-plan/").status_code == 200


def test_a_translation_appears_in_the_language_links_once_published(client, our_plan):
    links = {a["lang"]: a["href"] for a in soup_of(client.get("/our-plan/")).select("nav.app-language-switcher a")}
    assert links["pl"] == "/pl/our-plan/"  # the English page under the Polish prefix
    translation_create(page=our_plan, locale=Locale.objects.get(language_code="pl"), strings={"Our plan": "Nasz plan"})
    polish = soup_of(client.get("/pl/our-plan/"))
    assert polish.html["lang"] == "pl"
    assert "Nasz plan" in polish.get_text()


def test_a_changed_contact_address_shows_in_the_footer_at_once(client, our_plan):
    client.get(our_plan.url)
    site_settings = SiteSettings.load()
    site_settings.contact_email = "hello@example.org"
    site_settings.save()
    assert soup_of(client.get(our_plan.url)).select_one('footer a[href="mailto:hello@example.org"]')


def test_a_site_given_a_new_home_page_answers_from_it_at_once(client, our_plan):
    assert "Our plan" not in soup_of(client.get("/")).title.get_text()
    site = Site.objects.get(is_default_site=True)
    site.root_page = our_plan
    site.save()
    assert "Our plan" in soup_of(client.get("/")).title.get_text()


def test_a_page_reached_from_a_kept_home_page_is_kept_too(client, our_plan, django_assert_num_queries):
    client.get("/")  # the home page is kept first, as on a site whose visitors start there
    client.get(our_plan.url)  # reached from the kept home page, then kept itself
    with django_assert_num_queries(0):
        route = _route_for(client, our_plan.url)
    assert route[0].pk == our_plan.pk


def _route_for(client, url):
    from django.test import RequestFactory

    from fitforfuture.languages import _route

    request = RequestFactory().get(url)
    return _route(request, url.lstrip("/"))


def test_a_deleted_page_is_gone_at_once_though_its_address_was_kept(client, our_plan):
    assert client.get("/our-plan/").status_code == 200
    our_plan.delete()
    assert client.get("/our-plan/").status_code == 404


def test_a_page_without_privacy_settings_is_checked_without_a_query(client, our_plan, django_assert_num_queries):
    client.get(our_plan.url)
    with django_assert_num_queries(0):
        assert not list(our_plan.get_view_restrictions())


def test_a_page_made_private_asks_for_its_password_at_once(client, our_plan):
    assert client.get(our_plan.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=our_plan, restriction_type=PageViewRestriction.PASSWORD, password="open-sesame"
    )
    assert "password" in client.get(our_plan.url).content.decode().lower()
    restriction.delete()
    assert client.get(our_plan.url).status_code == 200


def test_a_page_under_a_private_page_is_private_too(client, our_plan):
    child = StandardPageFactory(parent=our_plan, title="Minutes", slug="minutes")
    assert client.get(child.url).status_code == 200
    PageViewRestriction.objects.create(page=our_plan, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(child.url).status_code == 302, "sent to sign in"


def test_a_page_for_one_group_lets_in_only_that_group_once_the_group_is_set(client, our_plan, django_user_model):
    from django.contrib.auth.models import Group

    restriction = PageViewRestriction.objects.create(page=our_plan, restriction_type=PageViewRestriction.GROUPS)
    leads = Group.objects.get_or_create(name="Engagement leads")[0]
    person = django_user_model.objects.create_user(username="lead", password="x")
    person.groups.add(leads)
    client.force_login(person)
    assert client.get(our_plan.url).status_code == 302, "not in the page's group yet: asked to sign in"
    restriction.groups.add(leads)
    assert client.get(our_plan.url).status_code == 200


def test_a_purge_on_another_server_reaches_what_this_one_keeps_at_its_next_request(client, our_plan):
    from django.core.cache import cache

    from fitforfuture import cache as page_cache

    def menu() -> list[str]:
        return [link.get_text(strip=True) for link in soup_of(client.get("/")).select(".nhsuk-header__navigation-link")]

    assert "Our plan" in menu()  # kept here and in the shared cache
    type(our_plan).objects.filter(pk=our_plan.pk).update(title="Our plan for you")  # no signal here
    assert "Our plan for you" not in menu()
    cache.set(page_cache.GENERATION_KEY, page_cache.current_generation() + 1, timeout=None)  # the other server
    assert "Our plan for you" in menu()


def test_one_request_reads_the_generation_once_even_where_no_request_is_at_hand(client, our_plan, monkeypatch):
    from fitforfuture import cache as page_cache

    client.get("/our-plan/")
    reads = []
    real = page_cache.current_generation
    monkeypatch.setattr(page_cache, "current_generation", lambda: reads.append(1) or real())
    assert client.get("/our-plan/").status_code == 200
    assert len(reads) == 1
    page_cache.fragment_key(None, "outside any request")
    assert len(reads) == 2, "outside a request it is read afresh"


def test_each_request_gets_its_own_copy_of_a_kept_page(client, rf, our_plan, django_assert_num_queries):
    from fitforfuture import languages

    client.get("/our-plan/")  # kept now

    def routed():
        request = rf.get("/our-plan/")
        with django_assert_num_queries(0):
            return languages._route(request, "/our-plan/")[0]

    first = routed()
    first.title = "Changed while serving one request"
    second = routed()
    assert second is not first and second.pk == first.pk == our_plan.pk
    assert second.title == "Our plan"
