"""Languages of the site: which language a page is written in, the switcher links, and English
shown in place of a page that has no translation yet.

English is the source language, at the plain addresses (/consultations/). Every other
language lives under its prefix (/pl/consultations/). A page shows in a language only where
its translation is published; otherwise the English page is shown at the prefixed address,
with the interface in the visitor's language, so nobody meets an empty page.
"""

import copy
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.http import Http404
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from fitforfuture import cache
from home.models.documents import NATIVE_LANGUAGE_NAMES

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def language_names() -> dict[str, str]:
    """Each configured language by the name its own speakers use ('Polski', 'ਪੰਜਾਬੀ')."""
    return {
        code: NATIVE_LANGUAGE_NAMES.get(code, "English" if code == DEFAULT_LANGUAGE else name)
        for code, name in settings.LANGUAGES
    }


def html_lang(code: str) -> str:
    """A language code as HTML writes it: 'en-gb' becomes 'en-GB'."""
    return translation.to_locale(code).replace("_", "-")


def text_direction(code: str) -> str:
    """'rtl' for languages written right to left (from Django's language information), else 'ltr'."""
    try:
        return "rtl" if translation.get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


def interface_language() -> str:
    return translation.get_language() or DEFAULT_LANGUAGE


def content_language(page) -> str:
    """The language a page's words are in: an alias (a placeholder copy) is in its original's language."""
    if not isinstance(page, Page):
        return interface_language()
    if page.alias_of_id:
        original = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
        if original is not None:
            return original.locale.language_code
    if "locale" in page._state.fields_cache:
        return page.locale.language_code
    key = cache.fragment_key(None, "locale", page.locale_id)
    return cache.fragment_get_or_set(key, lambda: page.locale.language_code)


def default_locale_id() -> int:
    """The id of the source language's locale (English), kept until the next publish."""
    return cache.fragment_get_or_set(cache.fragment_key(None, "default-locale"), lambda: Locale.get_default().pk)


def is_translated(page, language: str) -> bool:
    """Whether a page has its own words in this language (not an English placeholder)."""
    return content_language(page) == language


def localise_url(url: str, language: str) -> str:
    """The same address in another language ('/news/' in Polish is '/pl/news/').

    Addresses outside the translated part of the site (search, newsletter) have no
    version in other languages: they give the home page in that language instead.
    """
    path, _, query = url.partition("?")
    localised, same_page = _localise_path(path, language)
    return localised + (f"?{query}" if query and same_page else "")


@lru_cache(maxsize=4096)
def _localise_path(path: str, language: str) -> tuple[str, bool]:
    """localise_url without the query string, and whether it is the same page (not the home page
    given in its place). It depends only on the URL configuration, which never changes while the
    process runs, so each answer is worked out once per process."""
    written_in = translation.get_language_from_path(path) or DEFAULT_LANGUAGE
    try:
        with translation.override(written_in):
            match = resolve(path)
        with translation.override(language):
            localised = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except (Resolver404, NoReverseMatch):
        localised = None
    if localised is None or (localised == path and language != written_in):
        with translation.override(language):
            return reverse("wagtail_serve", args=[""]), False
    return localised, True


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    current: bool

    @property
    def lang(self) -> str:
        return html_lang(self.code)

    @property
    def dir(self) -> str:
        return text_direction(self.code)


def _translation_urls(*, request, page) -> dict[str, str]:
    """The address of each published translation of a page, by language; kept until the next publish."""
    site = Site.find_for_request(request) if request is not None else None
    key = cache.fragment_key(request, "translations", getattr(site, "pk", ""), page.translation_key)

    def urls() -> dict[str, str]:
        return {
            translated.locale.language_code: translated.get_url(request) or ""
            for translated in Page.objects.live()
            .public()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
        }

    return cache.fragment_get_or_set(key, urls)


def switcher_links(*, request, page=None) -> list[LanguageLink]:
    """One link per language, to this page in that language: its translation where one is
    published, otherwise this page's address under that language's prefix."""
    current = interface_language()
    here = request.get_full_path() if request is not None else "/"
    translations = {}
    page_url = remainder = ""
    if isinstance(page, Page):
        page_url = page.get_url(request) or ""
        if page_url and request is not None and request.path.startswith(page_url):
            # A sub-page of a routable page, such as a step of the questions.
            remainder = request.path[len(page_url) :]
        else:
            page_url = ""
        translations = _translation_urls(request=request, page=page)
    query = here.partition("?")[2]
    links = []
    for code, name in language_names().items():
        if code == current:
            url = here
        elif code in translations:
            url = (translations[code] or "/") + remainder
        elif page_url:
            # This page's address in that language, then the same sub-page and query.
            url = localise_url(page_url, code) + remainder + (f"?{query}" if query else "")
        else:
            url = localise_url(here, code)
        links.append(LanguageLink(code=code, name=name, url=url, current=code == current))
    return links


def _site(request):
    """The site answering at this host and port; Wagtail's own lookup costs a query each request,
    so the site is kept until the next publish (saving or deleting a site starts a new generation)."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = cache.fragment_key(request, "site", request._get_raw_host(), request.get_port())
    site = cache.fragment_get(key)
    if site is not None:
        # A copy of its own (copying a model copies what it has loaded): the kept one stays as kept.
        site = request._wagtail_site = copy.copy(site)
        return site
    site = Site.find_for_request(request)
    if site is not None:
        # Only the site's own columns: never a stale copy of its root page.
        cache.fragment_set(
            key, Site(**{field.attname: getattr(site, field.attname) for field in Site._meta.concrete_fields})
        )
    return site


def _route(request, path):
    """Where an address leads, worked out once for everyone and kept until the next publish.

    Wagtail walks the page tree for every request (about seven queries). The live page found for
    the start of an address is kept whole under the page-cache generation, so the next request
    has it without a query and lets it route the rest, as Wagtail would: a routable page's own
    sub-pages (such as each step of the questions) need no queries at all. Each request gets its
    own copy of the kept page (copying a page copies what it has loaded, not its content), and
    the kept one is a copy too, taken before anything is served with it. Publishing,
    unpublishing, moving or renaming a page starts a new generation.
    """
    site = _site(request)
    if site is None:
        return None
    parts = [part for part in path.split("/") if part]
    language = interface_language()
    keys = [cache.fragment_key(request, "route-page", site.pk, language, *parts[:n]) for n in range(len(parts) + 1)]
    kept = cache.fragment_get_many(keys)
    result = None
    for n in range(len(parts), -1, -1):
        if keys[n] in kept:
            try:
                result = copy.copy(kept[keys[n]]).route(request, parts[n:])
            except Http404:
                pass  # no longer leads here: route it afresh
            break
    if result is None:
        result = Page.route_for_request(request, path)
    if result is None and language != DEFAULT_LANGUAGE:
        # No page in the visitor's language here: the English page, in the visitor's interface.
        try:
            result = site.root_page.specific.route(request, parts)
        except Http404:
            result = None
    if result is not None:
        _keep_route(site, parts, keys, kept, result[0])
    return result


def _keep_route(site, parts, keys, kept, page) -> None:
    """Keep the page an address led to under the part of the address that names it, unless kept
    already (a page reached from a kept ancestor is kept too, so the next visit starts there)."""
    if any(value.pk == page.pk for value in kept.values()):
        return
    consumed = page.depth - site.root_page.depth
    if 0 <= consumed <= len(parts) and (consumed == 0 or parts[consumed - 1] == page.slug):
        cache.fragment_set(keys[consumed], copy.copy(page))


def serve(request, path):
    """Wagtail's page view, with the route looked up once (see _route); where the visitor's
    language has no page at this address, the English page is served in its place (the
    interface stays in the visitor's language)."""
    if not getattr(request, "is_preview", False):
        request._wagtail_route_for_request = _route(request, path)
    return wagtail_views.serve(request, path)
