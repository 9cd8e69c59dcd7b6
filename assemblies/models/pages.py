"""Assembly pages: the index at /assemblies/ and one page per assembly, whose sessions live under it.

Sessions and sign-ups are plain models (assemblies.models.sessions/signups), not page revisions,
so that places are only ever changed by assemblies.services under a lock. The public pages for a
session (details, sign-up, confirmation, cancel) are routes of the assembly page; the handlers
are in assemblies/views.py.
"""

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.db import models
from django.utils.functional import cached_property

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.models import BasePage

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class AssemblyIndexPage(BasePage):
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["assemblies.AssemblyPage"]
    max_count = 1

    class Meta:
        verbose_name = "assembly index page"

    def get_context(self, request, *args, **kwargs):
        from assemblies import selectors
        from assemblies.forms import TownFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = TownFilterForm(request.GET or None)
        town = form.cleaned_data.get("town") if form.is_valid() else None
        context["town_form"] = form
        context["town"] = town or None
        context["sessions_by_town"] = selectors.sessions_upcoming_by_town(town=town or None)
        context["past_assemblies"] = selectors.assemblies_past(index=self)
        return context


class AssemblyPage(RoutablePageMixin, BasePage):
    """An assembly: a series of sessions in the five towns on the same subject."""

    body = RichTextField("about this assembly", blank=True, features=RICH_TEXT_FEATURES)
    consultations = ParentalManyToManyField(
        "consultations.ConsultationPage",
        blank=True,
        related_name="assemblies",
        help_text="Consultations the sessions will talk about. Comments from sessions can be entered as responses.",
    )
    covers = RichTextField(
        "what the sessions will cover", blank=True, features=RICH_TEXT_FEATURES, help_text="Shown on every session."
    )
    # For assemblies held before sign-up moved online (no sessions in the database).
    held_on = models.DateField(
        null=True, blank=True, help_text="For past assemblies without sessions here: only the month and year are shown."
    )
    places = models.CharField(
        "where it was held",
        max_length=255,
        blank=True,
        help_text="For past assemblies, e.g. 'Cambridge, Ely, Huntingdon, Peterborough and Wisbech'.",
    )
    outcome = RichTextField(
        "what happened", blank=True, features=RICH_TEXT_FEATURES, help_text="Who came, what they told us, what changed."
    )
    # Consultations this assembly asks about: the consultations app adds the link here
    # (a ParentalManyToManyField to consultations.ConsultationPage) and the session page lists them.

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("covers"),
        FieldPanel("consultations", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("held_on"), FieldPanel("places"), FieldPanel("outcome")], "History"),
        HelpPanel(
            content="Add the sessions of this assembly (town, venue, times, places) under "
            "<strong>Assembly sessions</strong> in the menu. Engagement leads manage sign-ups there."
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.SearchField("outcome")]
    parent_page_types = ["assemblies.AssemblyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "assembly"

    @cached_property
    def linked_consultations(self) -> list:
        """Live consultations the sessions will cover."""
        return list(self.consultations.live().public().defer_streamfields().order_by("title"))

    def session_url(self, session, route: str = "session", *args) -> str:
        return self.url + self.reverse_subpage(route, args=[session.pk, *args])

    # Routes: thin, the handlers live in assemblies.views ------------------------------------

    @path("")
    def assembly(self, request):
        from assemblies import selectors

        sessions = selectors.sessions_for_assembly(assembly=self)
        return self.render(request, context_overrides={"sessions": sessions})

    @path("sessions/<int:session_id>/", name="session")
    def session_detail(self, request, session_id: int):
        from assemblies import views

        return views.session_detail(request, assembly=self, session_id=session_id)

    @path("sessions/<int:session_id>/calendar/", name="calendar")
    def session_calendar(self, request, session_id: int):
        from assemblies import views

        return views.session_calendar(request, assembly=self, session_id=session_id)

    @path("sessions/<int:session_id>/sign-up/", name="signup")
    def session_signup(self, request, session_id: int):
        from assemblies import views

        return views.session_signup(request, assembly=self, session_id=session_id)

    @path("sessions/<int:session_id>/booked/", name="booked")
    def session_booked(self, request, session_id: int):
        from assemblies import views

        return views.session_booked(request, assembly=self, session_id=session_id)

    @path("sessions/<int:session_id>/resend/", name="resend")
    def session_resend(self, request, session_id: int):
        from assemblies import views

        return views.session_resend(request, assembly=self, session_id=session_id)

    @path("cancel/<str:token>/", name="cancel")
    def cancel(self, request, token: str):
        from assemblies import views

        return views.signup_cancel(request, assembly=self, token=token)
