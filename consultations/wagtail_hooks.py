"""Admin for responses: menu items and URLs, shown only to groups with the right permissions."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from consultations import admin_urls


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users with one permission."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_urls")
def register_response_urls():
    """Responses, exports and the audit log, under /admin/."""
    return [path("", include(admin_urls, namespace="consultations_admin"))]


@hooks.register("register_admin_menu_item")
def register_responses_menu_item():
    """'Responses', for Engagement leads."""
    return PermissionMenuItem(
        "Responses",
        reverse("consultations_admin:index"),
        name="responses",
        icon_name="form",
        order=250,
        permission="consultations.view_response",
    )


@hooks.register("register_admin_menu_item")
def register_audit_log_menu_item():
    """'Audit log' of staff actions on personal data, for Engagement leads."""
    return PermissionMenuItem(
        "Audit log",
        reverse("consultations_admin:audit_log"),
        name="audit-log",
        icon_name="history",
        order=900,
        permission="fitforfuture.view_auditevent",
    )
