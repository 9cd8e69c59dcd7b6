"""Give the staff groups their rights on responses.

Engagement leads see, enter and export responses and read the audit trail; Editors and
Councillors get nothing on responses (Editors keep publishing pages through their page
permissions, Councillors read aggregated reports only).
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Engagement leads": [
        ("consultations", "view_response"),
        ("consultations", "add_response"),
        ("consultations", "change_response"),
        ("consultations", "export_response"),
        ("fitforfuture", "view_auditevent"),
    ],
    "Editors": [],
    "Councillors": [],
}
PERSONAL_DATA = [
    ("consultations", "response"),
    ("consultations", "answer"),
    ("consultations", "draft"),
    ("consultations", "exportjob"),
    ("fitforfuture", "auditevent"),
]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so they can be granted.
    if apps is not global_apps:  # the live registry (tests re-running this) has them already
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    personal = Permission.objects.none()
    for app_label, model in PERSONAL_DATA:
        personal |= Permission.objects.filter(content_type__app_label=app_label, content_type__model=model)
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        # Start from nothing on personal data, so a group never keeps a right given by hand.
        group.permissions.remove(*personal)
        for app_label, codename in codenames:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for app_label, codename in codenames:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0003_export_jobs"),
        ("home", "0002_staff_groups"),
        ("fitforfuture", "0002_audit_event"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
