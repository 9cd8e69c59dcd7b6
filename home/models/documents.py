"""Documents with a type and a language, so residents can find Easy Read, large print and translations."""

from django.db import models

from wagtail.documents.models import AbstractDocument, Document


class DocumentType(models.TextChoices):
    SUMMARY = "summary", "Summary"
    FULL_REPORT = "report", "Full report"
    LEAFLET = "leaflet", "Leaflet"
    FAQ = "faq", "Questions and answers"
    EASY_READ = "easy_read", "Easy Read"
    LARGE_PRINT = "large_print", "Large print"
    TRANSLATION = "translation", "Translation"
    OTHER = "other", "Other"


class DocumentLanguage(models.TextChoices):
    ENGLISH = "en", "English"
    POLISH = "pl", "Polish"
    PANJABI = "pa", "Panjabi"
    LITHUANIAN = "lt", "Lithuanian"
    ROMANIAN = "ro", "Romanian"
    PORTUGUESE = "pt", "Portuguese"


# What each language calls itself, shown beside the English name so people can spot their own.
NATIVE_LANGUAGE_NAMES = {
    "pl": "Polski",
    "pa": "ਪੰਜਾਬੀ",
    "lt": "Lietuvių",
    "ro": "Română",
    "pt": "Português",
}


class LibraryDocument(AbstractDocument):
    doc_type = models.CharField(
        "document type", max_length=20, choices=DocumentType.choices, default=DocumentType.OTHER
    )
    language = models.CharField(max_length=8, choices=DocumentLanguage.choices, default=DocumentLanguage.ENGLISH)
    description = models.TextField(blank=True, help_text="One or two plain sentences.")
    published_on = models.DateField(null=True, blank=True)

    admin_form_fields = (
        *Document.admin_form_fields,
        "doc_type",
        "language",
        "description",
        "published_on",
    )

    class Meta(AbstractDocument.Meta):
        verbose_name = "document"
        ordering = ["-published_on", "title"]

    @property
    def native_language_name(self) -> str:
        return NATIVE_LANGUAGE_NAMES.get(self.language, "")

    @property
    def extension(self) -> str:
        return self.file_extension.upper() if self.file_extension else "File"
