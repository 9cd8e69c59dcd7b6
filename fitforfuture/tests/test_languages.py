"""Languages: English at the plain addresses, translations under /pl/ and the others, the right
lang and dir on every page, a switcher that keeps people on the same page, no surprises from
unknown language codes, and a page cache that never mixes languages up."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.template import Context, Template
from django.utils import translation

from wagtail.models import Locale

from consultations.demo_translations import translation_create
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def our_plan(home_page):
    return StandardPageFactory(parent=home_page, title="Our plan", slug="our-plan", intro="The plan in brief.")


@pytest.fixture
def polish_plan(our_plan):
    """'Our plan' with a published Polish translation (its parent, the home page, becomes an alias)."""
    return translation_create(
        page=our_plan,
        locale=Locale.objects.get(language_code="pl"),
        strings={"Our plan": "Nasz plan", "The plan in brief.": "Plan w skrócie."},
    )


def switcher(soup) -> list:
    return soup.select("nav.app-language-switcher a")


def test_every_configured_language_has_a_locale_for_content():
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {"en-gb", "pl", "pa", "lt", "ro", "pt"} <= codes


def test_english_pages_keep_their_plain_addresses_and_say_they_are_english(client, our_plan):
    response = client.get("/our-plan/")
    assert response.status_code == 200
    assert soup_of(response).html["lang"] == "en-GB"
    assert soup_of(response).html["dir"] == "ltr"


def test_a_published_translation_is_served_under_its_language_prefix_in_that_language(client, polish_plan):
    assert polish_plan.url == "/pl/our-plan/"
    soup = soup_of(client.get("/pl/our-plan/"))
    assert soup.html["lang"] == "pl"
    assert soup.h1.get_text(strip=True) == "Nasz plan"
    assert soup.find("a", class_="nhsuk-skip-link").get_text(strip=True) == "Przejdź do głównej treści"
    assert not soup.select("main [lang]"), "a translated page needs no lang of its own inside main"


def test_a_page_without_a_translation_shows_the_english_page_marked_as_english(client, our_plan, polish_plan):
    news = StandardPageFactory(parent=our_plan.get_parent(), title="Latest news", slug="latest-news")
    response = client.get("/pl/latest-news/")
    assert response.status_code == 200, "a missing translation never gives an empty or missing page"
    soup = soup_of(response)
    assert soup.html["lang"] == "pl", "the interface is in the language the person chose"
    content = soup.select_one("main > div[lang]")
    assert content["lang"] == "en-GB"
    assert content.h1.get_text(strip=True) == news.title
    assert "nie jest jeszcze przetłumaczona" in soup.select_one("main > .nhsuk-inset-text").get_text()


def test_a_language_with_no_pages_at_all_shows_the_english_page(client, our_plan):
    response = client.get("/lt/our-plan/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == "lt"
    assert soup.select_one("main > div[lang]")["lang"] == "en-GB"
    assert soup.h1.get_text(strip=True) == "Our plan"


def test_the_home_page_title_names_the_site_once_in_the_visitors_language(client, our_plan):
    assert soup_of(client.get("/")).title.string == (
        "Fit for the Future: health and care in Cambridgeshire and Peterborough"
    )
    assert soup_of(client.get("/pl/")).title.string == (
        "Fit for the Future: zdrowie i opieka w Cambridgeshire i Peterborough"
    )


@pytest.mark.parametrize("address", ["/xx/our-plan/", "/en-gb/our-plan/", "/zz/", "/xx-yy-zz/our-plan/"])
def test_unknown_language_codes_are_a_plain_english_not_found_never_an_error(client, our_plan, address):
    response = client.get(address)
    assert response.status_code == 404
    assert soup_of(response).html["lang"] == "en-GB"


def test_a_variant_of_a_known_language_is_not_found_rather_than_an_error(client, our_plan):
    response = client.get("/pl-xx/our-plan/")
    assert response.status_code == 404
    assert soup_of(response).h1.get_text(strip=True)


@pytest.mark.parametrize("header", ["pl", "xx-YY;q=0.9", "*", ";;;q=abc", "pl-PL,pl;q=0.9" + ",x" * 200])
def test_the_browser_language_never_changes_an_english_address(client, our_plan, header):
    response = client.get("/our-plan/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 200
    assert soup_of(response).html["lang"] == "en-GB"


def test_switcher_names_each_language_in_its_own_words_with_lang_and_hreflang(client, our_plan):
    links = switcher(soup_of(client.get("/our-plan/")))
    assert [(link.get_text(strip=True), link["lang"], link["hreflang"]) for link in links] == [
        ("English", "en-GB", "en-GB"),
        ("Polski", "pl", "pl"),
        ("ਪੰਜਾਬੀ", "pa", "pa"),
        ("Lietuvių", "lt", "lt"),
        ("Română", "ro", "ro"),
        ("Português", "pt", "pt"),
    ]
    nav = soup_of(client.get("/our-plan/")).select_one("nav.app-language-switcher")
    assert nav["aria-label"] == "Choose a language"


def test_switcher_marks_the_current_language_only(client, polish_plan):
    links = switcher(soup_of(client.get("/pl/our-plan/")))
    assert [link["lang"] for link in links if link.get("aria-current")] == ["pl"]
    assert next(link for link in links if link["lang"] == "pl")["aria-current"] == "true"


def test_switcher_keeps_people_on_the_same_page_in_the_other_language(client, polish_plan):
    english = {link["lang"]: link["href"] for link in switcher(soup_of(client.get("/our-plan/")))}
    assert english["pl"] == "/pl/our-plan/", "to the translation"
    assert english["pt"] == "/pt/our-plan/", "the same page, shown in English until it is translated"
    polish = {link["lang"]: link["href"] for link in switcher(soup_of(client.get("/pl/our-plan/")))}
    assert polish["en-GB"] == "/our-plan/"


def test_switcher_on_pages_outside_the_page_tree_goes_to_each_languages_home(client, our_plan):
    links = {link["lang"]: link["href"] for link in switcher(soup_of(client.get("/search/?q=plan")))}
    assert links["en-GB"] == "/search/?q=plan"
    assert links["pl"] == "/pl/"


def test_menu_in_another_language_keeps_that_language(client, polish_plan):
    our_plan = polish_plan.get_translation(Locale.get_default())
    our_plan.show_in_menus = True
    our_plan.save_revision().publish()
    menu = soup_of(client.get("/pl/our-plan/")).select_one("nav.nhsuk-header__navigation")
    assert [link["href"] for link in menu.find_all("a") if "Nasz plan" in link.get_text()] == ["/pl/our-plan/"]


def test_page_direction_comes_from_the_languages_own_information(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("ar", "Arabic")]
    template = Template(
        "{% load language_tags %}{% page_languages as languages %}{{ languages.interface }} {{ languages.dir }}"
    )
    with translation.override("ar"):
        assert template.render(Context({})) == "ar rtl"
    with translation.override("pa"):
        assert template.render(Context({})) == "pa ltr", "Panjabi in Gurmukhi is written left to right"


def test_the_page_cache_keeps_each_language_apart(client, polish_plan):
    english = client.get("/our-plan/")
    polish = client.get("/pl/our-plan/")
    assert (english["X-Page-Cache"], polish["X-Page-Cache"]) == ("miss", "miss")
    again_english = client.get("/our-plan/", HTTP_ACCEPT_LANGUAGE="pl")
    again_polish = client.get("/pl/our-plan/")
    assert again_english["X-Page-Cache"] == "hit" and again_english.content == english.content
    assert again_polish["X-Page-Cache"] == "hit" and again_polish.content == polish.content
    assert soup_of(again_english).h1.get_text(strip=True) == "Our plan"
    assert soup_of(again_polish).h1.get_text(strip=True) == "Nasz plan"


def test_compiled_translations_are_up_to_date_and_polish_is_complete(settings):
    """The .mo files are kept beside the .po files (no gettext tools needed to run the site)."""
    import polib

    catalogues = sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/django.po"))
    assert {path.parts[-3] for path in catalogues} == {"pl", "pa", "lt", "ro", "pt"}
    for po_path in catalogues:
        po = polib.pofile(str(po_path))
        mo = polib.mofile(str(po_path.with_suffix(".mo")))
        compiled = {entry.msgid: (entry.msgstr, entry.msgstr_plural) for entry in mo if entry.msgid}
        expected = {entry.msgid: (entry.msgstr, entry.msgstr_plural) for entry in po.translated_entries()}
        assert compiled == expected, f"{po_path} changed: run `make messages` or `manage.py compile_translations`"
    polish = polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / "pl" / "LC_MESSAGES" / "django.po"))
    assert [entry.msgid for entry in polish.untranslated_entries()] == []
    assert [entry.msgid for entry in polish.fuzzy_entries()] == []


@pytest.mark.parametrize("address", ["/our-plan/", "/pl/our-plan/", "/search/?q=plan"])
def test_pages_do_not_vary_on_the_browser_language_which_never_changes_them(client, our_plan, address):
    response = client.get(address, HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 200
    assert "accept-language" not in response.get("Vary", "").lower()
    assert response["Content-Language"] in ("en-gb", "pl")


def test_a_form_page_still_varies_on_the_cookie(client, our_plan):
    response = client.get("/newsletter/")
    assert "cookie" in response.get("Vary", "").lower()
    assert "accept-language" not in response.get("Vary", "").lower()
