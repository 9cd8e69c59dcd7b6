"""The delivery progress page: how the programme is doing, in figures and risks, kept up to date by editors."""

from django.db import models

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import DeliveryBlock

from .pages import BasePage


class DeliveryProgressPage(BasePage):
    source = models.CharField(
        max_length=255, help_text="Where the figures come from, e.g. 'Health Scrutiny Committee, 6 November 2017'."
    )
    source_url = models.URLField("link to the source", blank=True)
    reported_on = models.DateField("figures reported on", null=True, blank=True)
    body = StreamField(DeliveryBlock(), blank=True, help_text="Metrics tables, charts and the risks list.")

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("source"), FieldRowPanel([FieldPanel("reported_on"), FieldPanel("source_url")])], "Source"
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.SearchField("source")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = "delivery progress page"
