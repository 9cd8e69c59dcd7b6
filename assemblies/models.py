"""Public Involvement Assemblies: the index page residents start from. Sessions and sign-ups build on it."""

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.models import BasePage


class AssemblyIndexPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "assembly index page"
