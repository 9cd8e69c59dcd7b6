"""Consultation pages. Status comes from the dates, never from a field someone sets."""

from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_noop

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from consultations.blocks import QuestionsBlock
from home.blocks import BodyBlock, DocumentLinkBlock
from home.models import BasePage


class Status(models.TextChoices):
    # Labels are marked for translation and translated where they are shown (status_tag.html).
    FORTHCOMING = "forthcoming", gettext_noop("Opens soon")
    OPEN = "open", gettext_noop("Open")
    CLOSED = "closed", gettext_noop("Closed")
    UNDER_ANALYSIS = "analysis", gettext_noop("Closed: we are looking at the responses")
    PUBLISHED = "published", gettext_noop("Response published")


class ConsultationIndexPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["consultations.ConsultationPage"]
    max_count = 1

    class Meta:
        verbose_name = "consultation index page"

    def get_context(self, request, *args, **kwargs):
        from consultations import selectors
        from consultations.forms import ConsultationFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = ConsultationFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["consultations"] = selectors.consultations_listed(
            status=filters.get("status") or None, topic=filters.get("topic") or None
        )
        return context


class YouSaidWeDidPage(BasePage):
    """Every published 'we did' action, across consultations and assemblies, filterable by town and theme."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "'You said, we did' page"

    def get_context(self, request, *args, **kwargs):
        from consultations import reports
        from consultations.forms import ActionFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = ActionFilterForm(request.GET or None, themes=reports.theme_names_published())
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["actions"] = reports.actions_published(
            town=filters.get("town") or None, theme_name=filters.get("theme") or None
        )
        context["town_label"] = (
            dict(form.fields["town"].choices).get(filters.get("town")) if filters.get("town") else ""
        )
        return context


class ConsultationPage(RoutablePageMixin, BasePage):
    topics = models.ManyToManyField("consultations.ConsultationTopic", blank=True, related_name="consultations")
    opens_at = models.DateTimeField("opens")
    closes_at = models.DateTimeField("closes")
    response_published_on = models.DateField(
        "response published", null=True, blank=True, help_text="When we will publish what we heard and what we did."
    )
    body = StreamField(BodyBlock(), blank=True, help_text="Background: what is proposed and why.")
    documents = StreamField([("document", DocumentLinkBlock())], blank=True, help_text="Background documents.")
    questions = StreamField(QuestionsBlock(), blank=True)
    ask_about_you = models.BooleanField(
        default=True, help_text="Ask who is answering and the optional equality monitoring questions."
    )
    consent_statement = models.TextField(
        default=(
            "I agree that my answers can be used to help make decisions about local services. "
            "Quotes may be used in reports without my name."
        )
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("response_published_on"),
            ],
            "Dates",
        ),
        FieldPanel("topics"),
        FieldPanel("body"),
        FieldPanel("documents"),
    ]
    questionnaire_panels = [FieldPanel("questions"), FieldPanel("ask_about_you"), FieldPanel("consent_statement")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    parent_page_types = ["consultations.ConsultationIndexPage"]
    subpage_types = ["consultations.EasyReadPage"]

    class Meta:
        verbose_name = "consultation"

    # -- languages ------------------------------------------------------------------------
    @cached_property
    def source_consultation(self) -> "ConsultationPage":
        """This consultation in the site's source language (English). Answers given on any
        translation are stored against it, so every language feeds one dataset and one report."""
        from fitforfuture.languages import default_locale_id

        default = default_locale_id()
        if self.locale_id == default:
            return self
        return ConsultationPage.objects.filter(translation_key=self.translation_key, locale_id=default).first() or self

    @cached_property
    def easy_read(self):
        """The live Easy Read version of this consultation (or of the English one), if there is one."""
        from consultations.models.easy_read import EasyReadPage

        for consultation in dict.fromkeys([self, self.source_consultation]):
            page = EasyReadPage.objects.child_of(consultation).live().public().first()
            if page is not None:
                return page
        return None

    # -- status -------------------------------------------------------------------------
    def status_at(self, moment) -> Status:
        if moment < self.opens_at:
            return Status.FORTHCOMING
        if moment < self.closes_at:
            return Status.OPEN
        if self.response_published_on is None:
            return Status.CLOSED
        if timezone.localdate(moment) < self.response_published_on:
            return Status.UNDER_ANALYSIS
        return Status.PUBLISHED

    @property
    def status(self) -> Status:
        return self.status_at(timezone.now())

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN

    @cached_property
    def questionnaire(self):
        from consultations.questionnaire import Questionnaire

        return Questionnaire.from_page(self)

    def clean(self):
        super().clean()
        from consultations.services import questionnaire_check_edit

        questionnaire_check_edit(consultation=self)

    # -- answering (thin: the work is in consultations.views) ---------------------------
    @path("")
    def overview(self, request):
        return self.render(request)

    @re_path(r"^respond/(?P<step>\d+)/$", name="respond")
    def respond(self, request, step):
        from consultations import views

        return views.respond(request, self, int(step))

    @path("respond/about-you/", name="about_you")
    def about_you(self, request):
        from consultations import views

        return views.about_you(request, self)

    @path("respond/check-answers/", name="check_answers")
    def check_answers(self, request):
        from consultations import views

        return views.check_answers(request, self)

    @path("respond/save/", name="save_draft")
    def save_draft(self, request):
        from consultations import views

        return views.save_draft(request, self)

    @path("respond/resume/<str:token>/", name="resume")
    def resume(self, request, token):
        from consultations import views

        return views.resume(request, self, token)

    @path("report/", name="report")
    def report(self, request):
        from consultations import report_views

        return report_views.report(request, self)

    @path("report/pdf/", name="report_pdf")
    def report_pdf(self, request):
        from consultations import report_views

        return report_views.report_pdf(request, self)

    @path("respond/done/<str:code>/", name="confirmation")
    def confirmation(self, request, code):
        from consultations import views

        return views.confirmation(request, self, code)


ConsultationPage.edit_handler = TabbedInterface(
    [
        ObjectList(ConsultationPage.content_panels, heading="Content"),
        ObjectList(ConsultationPage.questionnaire_panels, heading="Questionnaire"),
        ObjectList(ConsultationPage.promote_panels, heading="Promote"),
        ObjectList(ConsultationPage.settings_panels, heading="Settings"),
    ]
)
