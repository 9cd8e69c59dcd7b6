"""Create the staff groups with the permissions each role needs.

Editors publish content and never see personal data; Engagement leads also see and
manage personal data (newsletter subscribers, and later responses and sign-ups);
Councillors may sign in to read reports but change nothing.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = {
    "Editors": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "Engagement leads": ["add_page", "change_page", "publish_page"],
    "Councillors": [],
}
COLLECTION_PERMISSIONS = {
    "Editors": [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
    ],
    "Engagement leads": [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "choose_image"),
    ],
    "Councillors": [],
}
MODEL_PERMISSIONS = {
    "Editors": [
        ("wagtailadmin", "access_admin"),
        *[
            ("home", f"{action}_{model}")
            for model in ("faq", "faqtopic", "engagementactivity")
            for action in ("add", "change", "delete", "view")
        ],
        ("fitforfuture", "change_sitesettings"),
        ("fitforfuture", "view_sitesettings"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
    ],
    "Engagement leads": [
        ("wagtailadmin", "access_admin"),
        ("home", "view_engagementactivity"),
        ("home", "add_engagementactivity"),
        ("home", "change_engagementactivity"),
        ("home", "view_newslettersubscription"),
        ("home", "delete_newslettersubscription"),
    ],
    "Councillors": [("wagtailadmin", "access_admin")],
}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so they can be granted.
    if apps is not global_apps:  # the live registry (tests re-running this) has them already
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name in PAGE_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )
        for app_label, codename in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
            )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(PAGE_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("fitforfuture", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailredirects", "__latest__"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
