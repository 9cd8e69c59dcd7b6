"""Engagement leads see how many people get email alerts, and may look at the addresses
(each look is audited). Editors and Councillors get nothing here."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Engagement leads": ["view_counts", "view_subscription", "delete_subscription"],
    "Editors": [],
    "Councillors": [],
}


def grant(apps, schema_editor):
    if apps is not global_apps:
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.filter(content_type__app_label="subscriptions")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.remove(*ours)
        group.permissions.add(*ours.filter(codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.filter(content_type__app_label="subscriptions")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*ours)


class Migration(migrations.Migration):
    dependencies = [
        ("subscriptions", "0001_alerts"),
        ("home", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
