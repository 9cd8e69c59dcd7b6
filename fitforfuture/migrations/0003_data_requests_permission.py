"""The permission to handle residents' data requests (subject access and erasure), for
Engagement leads only: Editors and Councillors never see personal data."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Engagement leads"
CODENAME = "handle_data_request"


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations; make this one now so it can be granted.
    if apps is not global_apps:  # the live registry (tests re-running this) has it already
        app_config = apps.get_app_config("fitforfuture")
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="fitforfuture", codename=CODENAME))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="fitforfuture", codename=CODENAME))


class Migration(migrations.Migration):
    dependencies = [
        ("fitforfuture", "0002_audit_event"),
        ("home", "0002_staff_groups"),
        # After the grant that resets every audit permission of the groups, or it would remove this one.
        ("consultations", "0004_staff_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="auditevent",
            options={
                "ordering": ["-created_at"],
                "permissions": [("handle_data_request", "Can find, copy and erase a resident's data on request")],
                "verbose_name": "audit event",
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
