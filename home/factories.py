"""Factories for publishing content and staff users."""

import datetime

import factory
import wagtail_factories

from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone

from home import models


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            for name in extracted:
                self.groups.add(Group.objects.get(name=name))
        self.save()


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Fit for the Future"
    slug = "home"
    intro = "Health and care in Cambridgeshire and Peterborough."

    class Meta:
        model = models.HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "A plain introduction."
    body = '[{"type": "rich_text", "value": "<p>Body text.</p>"}]'

    class Meta:
        model = models.StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = models.NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(lambda n: datetime.date(2016, 1, 1) + datetime.timedelta(days=n))
    intro = "Something happened."
    body = '[{"type": "rich_text", "value": "<p>What happened, in plain words.</p>"}]'

    class Meta:
        model = models.NewsPage


class FAQPageFactory(wagtail_factories.PageFactory):
    title = "Questions and answers"
    slug = "faqs"

    class Meta:
        model = models.FAQPage


class DocumentLibraryPageFactory(wagtail_factories.PageFactory):
    title = "Documents"
    slug = "publications"

    class Meta:
        model = models.DocumentLibraryPage


class ActivityLogPageFactory(wagtail_factories.PageFactory):
    title = "Who we have talked to"
    slug = "who-we-have-talked-to"

    class Meta:
        model = models.ActivityLogPage


class FAQTopicFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = models.FAQTopic


class FAQFactory(factory.django.DjangoModelFactory):
    topic = factory.SubFactory(FAQTopicFactory)
    question = factory.Sequence(lambda n: f"Question number {n}?")
    answer = "<p>An answer.</p>"

    class Meta:
        model = models.FAQ


class EngagementActivityFactory(factory.django.DjangoModelFactory):
    activity = factory.Sequence(lambda n: f"Patient group {n}")
    group_type = models.GroupType.PATIENT_GROUP
    approach = "Standard presentation was made to the group."

    class Meta:
        model = models.EngagementActivity


class LibraryDocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    doc_type = models.DocumentType.SUMMARY
    language = models.DocumentLanguage.ENGLISH
    file = factory.LazyAttribute(lambda o: ContentFile(b"Plain text document.", name=f"{o.title}.txt"))
    file_size = len(b"Plain text document.")

    class Meta:
        model = models.LibraryDocument


class NewsletterSubscriptionFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    requested_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.NewsletterSubscription


class DeliveryProgressPageFactory(wagtail_factories.PageFactory):
    title = "Delivery progress"
    slug = "delivery-progress"
    source = "Health Scrutiny Committee, 6 November 2017"

    class Meta:
        model = models.DeliveryProgressPage
