"""Publishing page types: home, standard pages, news, FAQs, documents and the activity log."""

from django.db import models
from django.utils.functional import cached_property

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from fitforfuture import cache
from home import selectors
from home.blocks import BodyBlock, PriorityBlock, StatBlock


class BasePage(Page):
    """Fields and behaviour every public page shares: a plain-English intro."""

    intro = models.TextField(blank=True, help_text="One or two short sentences shown under the title.")

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    @cached_property
    def breadcrumbs(self):
        return list(self.get_ancestors().filter(depth__gt=1).specific().defer_streamfields())

    def get_view_restrictions(self):
        """Wagtail's privacy settings that apply here, without its two queries on every page shown.

        Which pages to look at (this one and its ancestors, aliases followed) and whether any of
        them has a restriction are kept until the next publish; adding, changing or removing a
        restriction, or moving a page, starts a new generation (fitforfuture.apps). Most pages
        have none: an empty queryset then answers without touching the database.
        """
        key = cache.fragment_key(None, "view-restrictions", self.pk)
        page_ids, restricted = cache.fragment_get_or_set(key, self._view_restriction_pages)
        if not restricted:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=page_ids)

    def _view_restriction_pages(self) -> tuple[set[int], bool]:
        """This page and its ancestors (aliases followed, as in Wagtail), and whether any is restricted."""
        page_ids = set()
        for page in [self, *self.get_ancestors().only("alias_of")]:
            while page.alias_of_id:
                page = page.alias_of
            page_ids.add(page.pk)
        return page_ids, PageViewRestriction.objects.filter(page_id__in=page_ids).exists()


class HomePage(BasePage):
    numbers = StreamField([("stat", StatBlock())], blank=True, help_text="The case for change in numbers.")
    priorities = StreamField([("priority", PriorityBlock())], blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("numbers"),
        FieldPanel("priorities"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.NewsIndexPage",
        "home.FAQPage",
        "home.DocumentLibraryPage",
        "home.ActivityLogPage",
        "home.DeliveryProgressPage",
        "consultations.ConsultationIndexPage",
        "consultations.YouSaidWeDidPage",
        "assemblies.AssemblyIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from consultations.selectors import consultations_open

        context["latest_news"] = selectors.news_latest(limit=3)
        context["open_consultations"] = consultations_open(limit=4)
        context["section_pages"] = selectors.home_sections(home=self)
        return context


class StandardPage(BasePage):
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.ActivityLogPage", "home.DeliveryProgressPage"]

    class Meta:
        verbose_name = "standard page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = selectors.child_pages(parent=self)
        return context


class NewsIndexPage(RoutablePageMixin, BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = "news index page"

    @path("")
    def listing(self, request):
        page_obj = selectors.news_page(index=self, page_number=request.GET.get("page"))
        return self.render(request, context_overrides={"page_obj": page_obj})

    @path("feed/", name="rss")
    def rss_feed(self, request):
        from home.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from home.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(BasePage):
    date = models.DateField("news date")
    source = models.CharField(max_length=255, blank=True, help_text="Where this news came from, if not from us.")
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("source"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("date")]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "news page"
        ordering = ["-date"]


class FAQPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "FAQ page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = selectors.clean_query(request.GET.get("q"))
        context["query"] = query
        context["topics"] = selectors.faq_topics(query=query)
        return context


class DocumentLibraryPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "document library page"

    def get_context(self, request, *args, **kwargs):
        from home.forms import DocumentFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = DocumentFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["documents"] = selectors.documents_filtered(
            doc_type=filters.get("doc_type") or None,
            language=filters.get("language") or None,
        )
        return context


class ActivityLogPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "engagement activity log page"

    def get_context(self, request, *args, **kwargs):
        from home.forms import ActivityFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = ActivityFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["activities"] = selectors.activities_filtered(
            query=filters.get("q") or "", group_type=filters.get("group_type") or None
        )
        return context
