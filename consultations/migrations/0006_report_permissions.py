"""Give the staff groups their rights on themes, coding, actions and reports.

Engagement leads keep the codebook, code answers, choose quotes, record actions and keep
the population figures up to date. Councillors may read reports while responses are being
analysed, and nothing else. Editors get nothing here.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

MODELS = ["theme", "coding", "quote", "action", "workinggroup", "populationfigure"]
GRANTS = {
    "Engagement leads": [
        *[(f"{verb}_{model}") for model in MODELS for verb in ("add", "change", "delete", "view")],
        "view_report",
    ],
    "Councillors": ["view_report"],
    "Editors": [],
}


def grant(apps, schema_editor):
    if apps is not global_apps:
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.filter(content_type__app_label="consultations", content_type__model__in=MODELS)
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.remove(*ours)
        group.permissions.add(*ours.filter(codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ours = Permission.objects.filter(content_type__app_label="consultations", content_type__model__in=MODELS)
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*ours)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0005_themes_codings_actions"),
        ("consultations", "0004_staff_permissions"),
        ("home", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
