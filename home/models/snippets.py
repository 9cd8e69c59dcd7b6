"""Snippets that editors keep up to date: FAQs and the engagement activity log."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin


class SearchableQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class FAQTopic(models.Model):
    title = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("title"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "title"]
        verbose_name = "FAQ topic"

    def __str__(self) -> str:
        return self.title


class FAQ(index.Indexed, models.Model):
    topic = models.ForeignKey(FAQTopic, on_delete=models.PROTECT, related_name="faqs")
    question = models.CharField(max_length=255, unique=True)
    answer = RichTextField(features=["bold", "italic", "ol", "ul", "link", "document-link"])
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = SearchableQuerySet.as_manager()

    panels = [FieldPanel("topic"), FieldPanel("question"), FieldPanel("answer"), FieldPanel("sort_order")]
    search_fields = [
        index.SearchField("question"),
        index.SearchField("answer"),
        index.AutocompleteField("question"),
        index.FilterField("topic_id"),
    ]

    class Meta:
        ordering = ["topic__sort_order", "sort_order", "question"]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

    def __str__(self) -> str:
        return self.question


class GroupType(models.TextChoices):
    PATIENT_GROUP = "patient_group", "Patient group"
    HEALTH_WELLBEING_BOARD = "hwb", "Health and Wellbeing Board"
    COUNCIL_SCRUTINY = "council", "Council and scrutiny"
    PUBLIC_EVENT = "public_event", "Public event"
    STAFF = "staff", "Staff"
    HEALTHWATCH = "healthwatch", "Healthwatch"
    COMMUNICATIONS = "communications", "Communications"
    PROFESSIONAL_NETWORK = "professional", "Professional network"
    PARTNERSHIP_BOARD = "partnership", "Partnership board"


class EngagementActivity(index.Indexed, models.Model):
    """A row of the "who we have talked to" log: a group or event and what was discussed."""

    activity = models.CharField(max_length=255, unique=True)
    group_type = models.CharField(max_length=20, choices=GroupType.choices)
    approach = models.TextField("approach, feedback and comments")
    sort_order = models.PositiveIntegerField(default=0)

    objects = SearchableQuerySet.as_manager()

    panels = [
        FieldPanel("activity"),
        FieldPanel("group_type"),
        FieldPanel("approach"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("activity"),
        index.SearchField("approach"),
        index.FilterField("group_type"),
    ]

    class Meta:
        ordering = ["sort_order", "activity"]
        verbose_name = "engagement activity"
        verbose_name_plural = "engagement activities"

    def __str__(self) -> str:
        return self.activity

    @property
    def paragraphs(self) -> list[str]:
        return [part.strip() for part in self.approach.split("\n\n") if part.strip()]
