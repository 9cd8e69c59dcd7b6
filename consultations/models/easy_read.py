"""Easy Read: a consultation summary in large type, one idea per line, each with a picture."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from consultations.blocks import EasyReadBlock
from home.models import BasePage


class EasyReadPage(BasePage):
    """The Easy Read version of the consultation it sits under, linked from that consultation's page."""

    body = StreamField(EasyReadBlock(), help_text="Rows of one picture and one short idea.")

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["consultations.ConsultationPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "Easy Read page"

    @property
    def consultation(self):
        return self.get_parent().specific
