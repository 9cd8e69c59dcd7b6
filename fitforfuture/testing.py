"""Test support: put back the rows that migrations insert, after a test that flushes every table."""

from importlib import import_module

from django.apps import apps
from django.conf import settings

# Data migrations whose forward function is safe to run again (get_or_create / add).
DATA_MIGRATIONS = [
    ("home.migrations.0002_staff_groups", "create_groups"),
    ("consultations.migrations.0004_staff_permissions", "grant"),
    ("consultations.migrations.0006_report_permissions", "grant"),
    ("assemblies.migrations.0003_engagement_leads_permissions", "grant"),
    ("consultations.migrations.0008_locales", "create_locales"),
    ("fitforfuture.migrations.0003_data_requests_permission", "grant"),
    ("subscriptions.migrations.0002_engagement_leads_permissions", "grant"),
]


def restore_bootstrap_data() -> None:
    """Wagtail's default locale, root collection and root page, and the staff groups."""
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale, Page

    if not Locale.objects.exists():
        Locale.objects.create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    for module, function in DATA_MIGRATIONS:
        getattr(import_module(module), function)(apps, None)
