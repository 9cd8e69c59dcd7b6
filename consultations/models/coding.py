"""'You said, we did': themes that free-text answers are coded into, and what was done about them.

Engagement leads keep a codebook of themes per consultation. Each theme is routed to a
working group, carries public "we did" actions, and may have anonymised quotes chosen by a
person. Codings record who applied a theme and when, so two coders can be compared.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from assemblies.models.sessions import Town


class WorkingGroup(index.Indexed, models.Model):
    """A group that takes a theme forward, such as a clinical working group or delivery group."""

    name = models.CharField(max_length=150, unique=True)
    description = models.TextField(blank=True, help_text="What the group looks after, in plain words.")

    panels = [FieldPanel("name"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "working group"

    def __str__(self) -> str:
        return self.name


class Theme(models.Model):
    """One entry in a consultation's codebook: something people said, in a few words."""

    consultation = models.ForeignKey("consultations.ConsultationPage", on_delete=models.CASCADE, related_name="themes")
    name = models.CharField(max_length=120, help_text="A few words, such as 'Travel and transport'.")
    you_said = models.TextField(
        "you said",
        blank=True,
        help_text="What people told us about this theme, in plain words, for the public report.",
    )
    working_group = models.ForeignKey(
        WorkingGroup,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="themes",
        help_text="The group this theme is shared with, to discuss and act on.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        permissions = [("view_report", "Can read consultation reports before they are published")]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "name"], name="theme_name_unique_per_consultation")
        ]

    def __str__(self) -> str:
        return self.name


class Coding(models.Model):
    """One person putting one theme on one answer."""

    answer = models.ForeignKey("consultations.Answer", on_delete=models.CASCADE, related_name="codings")
    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="codings")
    coded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    coded_at = models.DateTimeField(default=timezone.now)
    from_suggestion = models.BooleanField(default=False, help_text="Accepted from a suggested theme.")

    class Meta:
        ordering = ["coded_at"]
        constraints = [
            models.UniqueConstraint(fields=["answer", "theme", "coded_by"], name="coding_once_per_person"),
        ]
        indexes = [models.Index(fields=["theme", "answer"])]

    def __str__(self) -> str:
        return f"{self.theme} on answer {self.answer_id}"


class Quote(models.Model):
    """Words from an answer chosen for the public report, with anything identifying taken out."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="quotes")
    answer = models.ForeignKey(
        "consultations.Answer", null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    text = models.TextField(help_text="The words to show. Take out names, places of work and anything personal.")
    chosen_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    chosen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["chosen_at"]

    def __str__(self) -> str:
        return self.text[:60]


class ActionStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"


class Action(models.Model):
    """Something done (or being done) because of what people said: the 'we did' of a theme."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="actions")
    we_did = models.TextField("we did", help_text="What we did or will do, in plain words. This is public.")
    status = models.CharField(max_length=12, choices=ActionStatus.choices, default=ActionStatus.PLANNED)
    due_on = models.DateField("date", null=True, blank=True, help_text="When it was done, or when it is due.")
    owner = models.ForeignKey(
        WorkingGroup, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions", verbose_name="owner"
    )
    town = models.CharField(
        max_length=20,
        blank=True,
        choices=Town.choices,
        help_text="The town it is about, if it is about one town. Leave blank for everywhere.",
    )
    assembly = models.ForeignKey(
        "assemblies.AssemblyPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions",
        help_text="The assembly where people raised this, if any.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("theme"),
        FieldPanel("we_did"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("due_on")]),
        MultiFieldPanel([FieldPanel("owner"), FieldPanel("town"), FieldPanel("assembly")], "Who and where"),
    ]

    class Meta:
        ordering = ["theme__sort_order", "theme__name", "due_on", "pk"]

    def __str__(self) -> str:
        return self.we_did[:60]


class PopulationDimension(models.TextChoices):
    AGE_BAND = "age_band", "Age band"
    DISTRICT = "district", "Postcode district"


class PopulationFigure(models.Model):
    """How many people live in an age band or district, to see who answered and who did not.

    Engagement leads keep these up to date from a named source (for example the ONS
    mid-year estimates); reports always show the source and year beside the comparison.
    """

    dimension = models.CharField(max_length=10, choices=PopulationDimension.choices)
    category = models.CharField(
        max_length=40, help_text="An age band exactly as asked in 'About you' (such as '65 to 74'), or a district."
    )
    people = models.PositiveIntegerField()
    source = models.CharField(
        max_length=200, help_text="Where the figure comes from, such as 'ONS mid-year estimates'."
    )
    year = models.PositiveSmallIntegerField()

    panels = [
        FieldRowPanel([FieldPanel("dimension"), FieldPanel("category")]),
        FieldPanel("people"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("year")]),
    ]

    class Meta:
        ordering = ["dimension", "category"]
        verbose_name = "population figure"
        constraints = [models.UniqueConstraint(fields=["dimension", "category"], name="population_figure_unique")]

    def __str__(self) -> str:
        return f"{self.get_dimension_display()} {self.category}: {self.people:,}"
