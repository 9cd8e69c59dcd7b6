"""Give Engagement leads the sessions and sign-ups. Editors and Councillors get nothing here:
sign-ups are personal data."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

PERMISSIONS = {
    "Engagement leads": [
        *[f"{action}_session" for action in ("add", "change", "delete", "view")],
        "view_signup",
        "change_signup",
    ],
}


def grant(apps, schema_editor):
    if apps is not global_apps:  # the live registry (tests re-running this) has them already
        app_config = apps.get_app_config("assemblies")
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="assemblies", codename__in=codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(
                *Permission.objects.filter(content_type__app_label="assemblies", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("assemblies", "0002_sessions_and_signups"),
        ("home", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
