"""Admin for email alerts: a menu item for staff allowed to see the counts, and a scan queued on publish."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from fitforfuture.staff import with_403
from subscriptions import admin_views


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("subscriptions.view_counts")


@hooks.register("register_admin_urls")
def register_alert_admin_urls():
    return with_403(
        [
            path("email-alerts/", admin_views.counts, name="subscriptions_counts"),
            path("email-alerts/addresses/", admin_views.addresses, name="subscriptions_addresses"),
        ]
    )


@hooks.register("register_admin_menu_item")
def register_alert_menu_item():
    return CountsMenuItem("Email alerts", reverse("subscriptions_counts"), icon_name="mail", order=325)


@hooks.register("after_publish_page")
def schedule_alert_scans(request, page):
    """A consultation's alerts are due on dates, not on publish: queue a scan for those dates."""
    from consultations.models import ConsultationPage

    if isinstance(page.specific, ConsultationPage):
        from subscriptions.tasks import schedule_scans

        schedule_scans(consultation=page.specific)
