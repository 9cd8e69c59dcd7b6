"""Build the demo site from the facts in the source documents (home/demo/seed_content.py).

Idempotent: what exists is kept (including editors' changes), what is missing is created,
so running it twice gives the same site.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Page, Site

from home.demo import seed_content as seeds
from home.demo.delivery import build_demo_delivery
from home.models import (
    FAQ,
    ActivityLogPage,
    DocumentLibraryPage,
    EngagementActivity,
    FAQPage,
    FAQTopic,
    GroupType,
    HomePage,
    LibraryDocument,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)

GROUP_TYPE_BY_LABEL = {label: value for value, label in GroupType.choices}
MENU_SLUGS = {"our-plan", "consultations", "assemblies", "news", "faqs", "publications"}


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)

    def add(self, what: str) -> None:
        self.created.append(what)


def stream(blocks: list[dict]) -> str:
    """Seed blocks as StreamField raw JSON, in the shapes the page blocks store."""
    raw = []
    for block in blocks:
        kind, value = block["type"], block["value"]
        if kind == "heading":
            raw.append({"type": "heading", "value": {"text": value["text"], "level": str(value.get("level", 2))}})
        elif kind == "rich_text":
            raw.append({"type": "rich_text", "value": value})
        elif kind == "inset":
            raw.append({"type": "inset", "value": {"body": value["body"]}})
        elif kind == "warning":
            raw.append(
                {"type": "warning", "value": {"title": value["heading"], "heading_level": 3, "body": value["body"]}}
            )
        elif kind == "details":
            raw.append(
                {
                    "type": "details",
                    "value": {"title": value["summary"], "body": [{"type": "richtext", "value": value["body"]}]},
                }
            )
        elif kind == "table":
            numeric = [
                str(index + 1)
                for index in range(1, len(value["header"]))
                if all(_is_number(row[index]) for row in value["rows"] if index < len(row))
            ]
            raw.append(
                {
                    "type": "table",
                    "value": {
                        "caption": value["caption"],
                        "table": {
                            "data": [list(value["header"]), *[list(row) for row in value["rows"]]],
                            "first_row_is_table_header": True,
                            "first_col_is_header": True,
                        },
                        "numeric_columns": ",".join(numeric),
                    },
                }
            )
        elif kind == "chart":
            raw.append(
                {
                    "type": "chart",
                    "value": {
                        "title": value["title"],
                        "description": value["description"],
                        "unit": value.get("unit", ""),
                        "heading_level": "3",
                        "rows": [{"label": row["label"], "value": float(row["value"])} for row in value["rows"]],
                    },
                }
            )
        else:
            raise ValueError(f"Unknown demo block type {kind!r}")
    return json.dumps(raw)


def _is_number(text: Any) -> bool:
    cleaned = str(text).replace(",", "").replace("£", "").replace("%", "").replace("m", "").strip()
    try:
        float(cleaned)
    except ValueError:
        return False
    return True


def _child(parent: Page, slug: str):
    return parent.get_children().filter(slug=slug).specific().first()


def _add_child(parent: Page, page: Page, report: DemoReport) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    report.add(f"page {page.url_path}")
    return page


def ensure_home(report: DemoReport) -> HomePage:
    home = HomePage.objects.first()
    root = Page.get_first_root_node()
    if home is None:
        # Wagtail's install leaves a placeholder "Welcome" page; the real home page replaces it.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page:
                placeholder.delete()
        home = HomePage(
            title="Fit for the Future",
            slug="home",
            intro=seeds.HOME["intro"],
            numbers=json.dumps([{"type": "stat", "value": dict(item)} for item in seeds.HOME["numbers"]]),
            priorities=json.dumps(
                [
                    {
                        "type": "priority",
                        "value": {
                            "title": item["title"],
                            "summary": item["summary"],
                            "points": list(item["points"]),
                            "page": None,
                        },
                    }
                    for item in seeds.HOME["priorities"]
                ]
            ),
        )
        root.refresh_from_db()
        root.add_child(instance=home)
        home.save_revision().publish()
        report.add("home page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Fit for the Future"
        )
    elif site.root_page_id != home.pk or site.site_name != "Fit for the Future":
        site.root_page = home
        site.site_name = "Fit for the Future"
        site.save()
    return home


def ensure_standard_pages(parent: Page, specs: list[dict], report: DemoReport) -> None:
    for spec in specs:
        page = _child(parent, spec["slug"])
        if page is None:
            page = _add_child(
                parent,
                StandardPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    intro=spec.get("intro", ""),
                    body=stream(spec.get("body", [])),
                    show_in_menus=spec["slug"] in MENU_SLUGS and parent.depth == 2,
                ),
                report,
            )
        ensure_standard_pages(page, spec.get("children", []), report)


def ensure_index(parent: Page, model, slug: str, title: str, intro: str, report: DemoReport) -> Page:
    page = _child(parent, slug)
    if page is None:
        page = _add_child(parent, model(title=title, slug=slug, intro=intro, show_in_menus=slug in MENU_SLUGS), report)
    return page


def ensure_news(index: NewsIndexPage, report: DemoReport) -> None:
    for item in seeds.NEWS:
        if _child(index, item["slug"]) is None:
            _add_child(
                index,
                NewsPage(
                    title=item["title"],
                    slug=item["slug"],
                    date=item["date"],
                    intro=item.get("intro", ""),
                    body=stream(item.get("body", [])),
                    source=item.get("source", ""),
                ),
                report,
            )


def ensure_faqs(report: DemoReport) -> None:
    for topic_order, topic_spec in enumerate(seeds.FAQ_TOPICS):
        topic, created = FAQTopic.objects.get_or_create(
            slug=topic_spec["slug"], defaults={"title": topic_spec["title"], "sort_order": topic_order}
        )
        if created:
            report.add(f"FAQ topic {topic.title}")
        for faq_order, faq in enumerate(topic_spec["faqs"]):
            _, created = FAQ.objects.get_or_create(
                question=faq["question"],
                defaults={"topic": topic, "answer": faq["answer"], "sort_order": faq_order},
            )
            if created:
                report.add("FAQ")


def ensure_activity_log(report: DemoReport) -> None:
    for order, row in enumerate(seeds.ACTIVITY_LOG):
        _, created = EngagementActivity.objects.get_or_create(
            activity=row["activity"],
            defaults={
                "group_type": GROUP_TYPE_BY_LABEL[row["group_type"]],
                "approach": row["approach"],
                "sort_order": order,
            },
        )
        if created:
            report.add("engagement activity")


def ensure_documents(report: DemoReport) -> None:
    for spec in seeds.DOCUMENTS:
        if LibraryDocument.objects.filter(title=spec["title"]).exists():
            continue
        document = LibraryDocument(
            title=spec["title"],
            doc_type=spec["doc_type"],
            language=spec.get("language", "en"),
            description=spec.get("description", ""),
            published_on=spec.get("published_on"),
        )
        text = f"{spec['title']}\n\n{spec['text'].strip()}\n"
        document.file.save(f"{slugify(spec['title'])[:80]}.txt", ContentFile(text.encode("utf-8")), save=False)
        document.file_size = len(text.encode("utf-8"))
        document._set_document_file_metadata()
        document.save()
        report.add(f"document {document.title}")


def ensure_site_settings() -> None:
    from fitforfuture.models import SiteSettings

    site_settings = SiteSettings.load()
    changed = False
    if not site_settings.twitter_handle:
        site_settings.twitter_handle = seeds.SOCIAL["twitter"].lstrip("@")
        changed = True
    if not site_settings.facebook_page:
        site_settings.facebook_page = seeds.SOCIAL["facebook"]
        changed = True
    if changed:
        site_settings.save()


@transaction.atomic
def build_demo_site(*, responses: int | None = None) -> DemoReport:
    from assemblies.demo import build_demo_assemblies
    from assemblies.models import AssemblyIndexPage
    from consultations.demo import build_demo_consultations
    from consultations.demo_easy_read import build_demo_easy_read
    from consultations.demo_responses import demo_reports_build
    from consultations.demo_translations import build_demo_translations
    from consultations.models import ConsultationIndexPage, YouSaidWeDidPage

    report = DemoReport()
    home = ensure_home(report)
    ensure_documents(report)
    top_level = [spec for spec in seeds.PAGES if spec["slug"] not in {"privacy", "accessibility", "cookies"}]
    ensure_standard_pages(home, top_level, report)
    consultation_index = ensure_index(
        home,
        ConsultationIndexPage,
        "consultations",
        "Consultations",
        "Have your say on changes to health and care services in Cambridgeshire and Peterborough.",
        report,
    )
    build_demo_consultations(consultation_index, report, stream)
    ensure_index(
        home,
        AssemblyIndexPage,
        "assemblies",
        "Public Involvement Assemblies",
        "Come to a meeting near you to hear about the plan and tell us what matters to you.",
        report,
    )
    news_index = ensure_index(
        home, NewsIndexPage, "news", "News", "News about the plan for health and care in our area.", report
    )
    ensure_news(news_index, report)
    ensure_index(
        home,
        FAQPage,
        "faqs",
        "Questions and answers",
        "Answers to the questions people ask most about the plan.",
        report,
    )
    ensure_index(
        home,
        DocumentLibraryPage,
        "publications",
        "Documents",
        "Read the plan and other documents, including Easy Read, large print and other languages.",
        report,
    )
    ensure_index(
        home,
        ActivityLogPage,
        "who-we-have-talked-to",
        "Who we have talked to",
        "The groups and events where we have talked about the plan, and what people told us.",
        report,
    )
    ensure_standard_pages(
        home, [spec for spec in seeds.PAGES if spec["slug"] in {"privacy", "accessibility", "cookies"}], report
    )
    ensure_faqs(report)
    ensure_activity_log(report)
    ensure_site_settings()
    build_demo_assemblies(report)
    demo_reports_build(index=consultation_index, report=report, responses=responses)
    ensure_index(
        home,
        YouSaidWeDidPage,
        "you-said-we-did",
        "You said, we did",
        "What people told us, and what we did about it.",
        report,
    )
    build_demo_delivery(home, report, stream)
    build_demo_easy_read(report)
    build_demo_translations(report)
    return report
