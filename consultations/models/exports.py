"""Exports of responses prepared in the background, kept out of public reach until downloaded."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models


class PrivateFileSystemStorage(FileSystemStorage):
    """Files in settings.PRIVATE_EXPORTS_ROOT with no URL: only a permission-checked view serves them."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_EXPORTS_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through the download view.")


def private_exports_storage() -> FileSystemStorage:
    """Where prepared exports are kept, outside MEDIA_ROOT."""
    return PrivateFileSystemStorage()


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "Excel (XLSX)"


class ExportStatus(models.TextChoices):
    PENDING = "pending", "Being prepared"
    READY = "ready", "Ready to download"
    FAILED = "failed", "Failed"
    EXPIRED = "expired", "Deleted after the retention period"


class ExportJob(models.Model):
    consultation = models.ForeignKey(
        "consultations.ConsultationPage", on_delete=models.CASCADE, related_name="export_jobs"
    )
    format = models.CharField(max_length=4, choices=ExportFormat.choices, default=ExportFormat.XLSX)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    file = models.FileField(storage=private_exports_storage, upload_to="responses/", blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "export of responses"
        verbose_name_plural = "exports of responses"

    def __str__(self) -> str:
        return f"{self.get_format_display()} export of {self.consultation_id} ({self.get_status_display()})"
