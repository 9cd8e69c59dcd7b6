"""Admin pages of the project itself: two-factor authentication and data requests."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html

from wagtail import hooks

from fitforfuture import data_protection_views, two_factor_views
from fitforfuture.staff import PermissionMenuItem, with_403


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    """Two-factor set-up, the code after sign-in and backup codes, for every member of staff."""
    return [
        path("two-factor/", two_factor_views.manage, name="two_factor_manage"),
        path("two-factor/setup/", two_factor_views.setup, name="two_factor_setup"),
        path("two-factor/verify/", two_factor_views.verify, name="two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    """'Two-factor authentication' on the account page."""
    return {
        "url": reverse("two_factor_manage"),
        "label": "Two-factor authentication",
        "help_text": "Set up the authenticator app on your phone, or make new backup codes.",
    }


@hooks.register("register_admin_urls")
def register_data_request_urls():
    """Subject access and erasure by email address, for Engagement leads."""
    return with_403([path("data-requests/", data_protection_views.data_requests, name="data_requests")])


@hooks.register("register_admin_menu_item")
def register_data_requests_menu_item():
    """'Data requests', for Engagement leads."""
    return PermissionMenuItem(
        "Data requests",
        reverse("data_requests"),
        name="data-requests",
        icon_name="user",
        order=910,
        permission=data_protection_views.PERMISSION,
    )


@hooks.register("insert_global_admin_css")
def staff_page_styles():
    """The few styles of our own staff pages (see static/fitforfuture/css/admin.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("fitforfuture/css/admin.css"))
