from django.db import models

from wagtail.admin.panels import FieldPanel


class ConsultationTopic(models.Model):
    title = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)

    panels = [FieldPanel("title"), FieldPanel("slug")]

    class Meta:
        ordering = ["title"]
        verbose_name = "consultation topic"

    def __str__(self) -> str:
        return self.title
