"""A cache of whole pages for anonymous visitors, purged whenever anything is published.

Pages are keyed by host, path and query string under a generation number; publishing
bumps the generation, so every cached page is dropped in one step on every app server
that shares the cache. Wagtail's frontend cache app purges a CDN in front, if set up.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pagecache:generation"
UNCACHED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/newsletter/", "/search/", "/media/")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def current_generation() -> int:
    generation = _cache().get(GENERATION_KEY)
    if generation is None:
        # A time-based number: if the key is ever evicted, the new generation can never
        # match one used before, so pages cached before a purge cannot come back.
        _cache().add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = _cache().get(GENERATION_KEY) or time.time_ns()
    return int(generation)


def purge_all_pages(**kwargs) -> None:
    """Drop every cached page (connected to publish, unpublish, move and delete signals)."""
    _cache().set(GENERATION_KEY, max(time.time_ns(), current_generation() + 1), timeout=None)


# A site's host, port or root page decide where every address leads (fitforfuture.languages).
post_save.connect(purge_all_pages, sender="wagtailcore.Site", dispatch_uid="purge-save-wagtail-site")
post_delete.connect(purge_all_pages, sender="wagtailcore.Site", dispatch_uid="purge-delete-wagtail-site")


def purge_all_pages_unless_created(created: bool = False, **kwargs) -> None:
    """For settings rows made with their defaults on first use: nothing shown has changed."""
    if not created:
        purge_all_pages()


def _key(request) -> str:
    # The language is part of the key, so a Polish page is never served for an English one.
    # It comes from the address alone (/pl/...): this runs before LocaleMiddleware, and
    # unprefixed addresses are always English whatever the browser asks for.
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    raw = f"{request.get_host()}|{language}|{request.get_full_path()}".encode()
    return f"pagecache:{request_generation(request)}:{hashlib.sha256(raw).hexdigest()}"


def _is_cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD") or settings.PAGE_CACHE_SECONDS <= 0:
        return False
    if request.path.startswith(UNCACHED_PREFIXES):
        return False
    # Anyone with a session (staff, or a resident part-way through a form) gets a fresh page.
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _is_cacheable_response(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
        and response.get("Content-Type", "").startswith("text/html")
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Code that has no request at hand reads this request's generation too (see request_generation).
        token = _current_request.set(request)
        try:
            return self._respond(request)
        finally:
            _current_request.reset(token)

    def _respond(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = _cache().get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        # A page that carries a CSRF token belongs to one visitor and is never shared.
        if _is_cacheable_response(response) and not request.META.get("CSRF_COOKIE_USED"):
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SECONDS)
            _cache().set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


# -- pieces of pages, for pages that cannot be cached whole -------------------------------------
# A page with a form carries a per-visitor CSRF token, so it is rendered every time; the parts
# of it that are the same for everyone (the menu, the language links, the footer, where an
# address leads) are kept under the same generation, so publishing drops them with the pages.

FRAGMENT_SECONDS = 600
LOCAL_FRAGMENTS = 256

_current_request: ContextVar = ContextVar("page_cache_request", default=None)


def request_generation(request) -> int:
    """The generation for this request, read from the shared cache once per request.

    With no request given, the request being answered (if any) is used, so everything one
    request shows comes from one generation; outside requests it is read afresh each time.
    """
    request = request if request is not None else _current_request.get()
    if request is None:
        return current_generation()
    generation = getattr(request, "_page_cache_generation", None)
    if generation is None:
        generation = request._page_cache_generation = current_generation()
    return generation


def fragment_key(request, *parts) -> str:
    raw = "|".join(str(part) for part in parts).encode()
    return f"fragment:{request_generation(request)}:{hashlib.sha256(raw).hexdigest()}"


class _LocalFragments:
    """The fragments this process has read lately, so a request reads the shared cache (a
    round trip to Redis in production) only for its generation. Keys hold the generation, so a
    purge in any process makes every entry here unreachable at that process's next request;
    the least recently used are dropped beyond LOCAL_FRAGMENTS. Values are shared by the
    requests of this process: only values no one changes are kept here (see fragment_get)."""

    _missing = object()

    def __init__(self, size: int):
        self.size, self.values, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key: str):
        with self.lock:
            value = self.values.get(key, self._missing)
            if value is not self._missing:
                self.values.move_to_end(key)
        return None if value is self._missing else value

    def set(self, key: str, value) -> None:
        with self.lock:
            self.values[key] = value
            self.values.move_to_end(key)
            while len(self.values) > self.size:
                self.values.popitem(last=False)


_local = _LocalFragments(LOCAL_FRAGMENTS)


def fragment_get(key: str):
    """The kept value, or None. Values are shared between requests: treat them as read-only."""
    return fragment_get_many([key]).get(key)


def fragment_get_many(keys: list[str]) -> dict:
    """The kept values of those keys that have one: from this process where it has them, the
    rest in one round trip to the shared cache. Read-only, as fragment_get."""
    found = {}
    for key in keys:
        value = _local.get(key)
        if value is not None:
            found[key] = value
    missing = [key for key in keys if key not in found]
    if missing:
        for key, value in _cache().get_many(missing).items():
            _local.set(key, value)
            found[key] = value
    return found


def fragment_set(key: str, value) -> None:
    _cache().set(key, value, FRAGMENT_SECONDS)
    _local.set(key, value)


def fragment_get_or_set(key: str, compute):
    """The kept value, or compute() kept and returned (never None). Read-only, as fragment_get."""
    value = _local.get(key)
    if value is None:
        value = _cache().get_or_set(key, compute, FRAGMENT_SECONDS)
        _local.set(key, value)
    return value
