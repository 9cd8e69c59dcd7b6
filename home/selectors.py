"""Read-only queries for the publishing site. Views and page models call these."""

import unicodedata
from collections.abc import Sequence

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import Http404

from wagtail.models import Page as WagtailPage

MAX_QUERY_LENGTH = 200
# Characters that full-text search engines read as syntax (phrases, prefixes, grouping).
SEARCH_SYNTAX = str.maketrans({char: " " for char in '"*^():{}[]<>\\+~'})
NEWS_PER_PAGE = 10
SEARCH_PER_PAGE = 10


def clean_query(raw: str | None) -> str:
    """A search query made safe to run: printable characters only, spaces folded, length capped."""
    if not raw:
        return ""
    kept = "".join(char if unicodedata.category(char)[0] not in {"C", "Z"} else " " for char in str(raw))
    kept = kept.translate(SEARCH_SYNTAX)
    return " ".join(kept.split())[:MAX_QUERY_LENGTH].strip()


def paginate(items: Sequence, *, page_number: str | int | None, per_page: int) -> Page:
    """One page of results; a page number past the end is a 404, a malformed one means page 1."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as exc:
        raise Http404("There is no page with that number.") from exc


def news_latest(*, limit: int = 3):
    from home.models import NewsPage

    return list(NewsPage.objects.live().public().defer_streamfields().order_by("-date", "-pk")[:limit])


def news_page(*, index, page_number) -> Page:
    from home.models import NewsPage

    items = NewsPage.objects.live().public().child_of(index).defer_streamfields().order_by("-date", "-pk")
    return paginate(items, page_number=page_number, per_page=NEWS_PER_PAGE)


def home_sections(*, home) -> list:
    return list(home.get_children().live().public().in_menu().specific().defer_streamfields())


def child_pages(*, parent) -> list:
    return list(parent.get_children().live().public().specific().defer_streamfields())


def menu_pages(*, site_root) -> list:
    if site_root is None:
        return []
    return list(site_root.get_children().live().public().in_menu().only("title", "url_path", "path", "depth"))


def faq_topics(*, query: str = "") -> list[dict]:
    """FAQs grouped by topic, in editorial order; with a query, only the matching questions."""
    from home.models import FAQ, FAQTopic

    if query:
        matching = list(FAQ.objects.select_related("topic").search(query))
        topics: dict[int, dict] = {}
        for faq in matching:
            entry = topics.setdefault(faq.topic_id, {"topic": faq.topic, "faqs": []})
            entry["faqs"].append(faq)
        return sorted(topics.values(), key=lambda e: (e["topic"].sort_order, e["topic"].title))
    topics_qs = FAQTopic.objects.prefetch_related(Prefetch("faqs", queryset=FAQ.objects.order_by("sort_order", "pk")))
    return [{"topic": topic, "faqs": list(topic.faqs.all())} for topic in topics_qs if topic.faqs.all()]


def documents_filtered(*, doc_type: str | None = None, language: str | None = None):
    from home.models import LibraryDocument

    documents = LibraryDocument.objects.all()
    if doc_type:
        documents = documents.filter(doc_type=doc_type)
    if language:
        documents = documents.filter(language=language)
    return documents.order_by("-published_on", "title")


def activities_filtered(*, query: str = "", group_type: str | None = None):
    from home.models import EngagementActivity

    activities = EngagementActivity.objects.all()
    if group_type:
        activities = activities.filter(group_type=group_type)
    if query:
        return list(activities.search(query, order_by_relevance=False))
    return list(activities.order_by("sort_order", "activity"))


def site_search(*, query: str, page_number, site=None) -> dict:
    """Pages and FAQs that match a query. An empty query returns no results, not an error."""
    from home.models import FAQ

    query = clean_query(query)
    if not query:
        return {"query": "", "page_obj": None, "faqs": []}
    pages = WagtailPage.objects.live().public()
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    results = pages.specific().search(query)
    faqs = list(FAQ.objects.select_related("topic").search(query)[:5])
    return {
        "query": query,
        "page_obj": paginate(results, page_number=page_number, per_page=SEARCH_PER_PAGE),
        "faqs": faqs,
    }
