"""Admin for responses: menu items and URLs, shown only to groups with the right permissions."""

from django.urls import include, path, reverse

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from consultations import admin_urls
from consultations.models import Action, PopulationFigure, Quote, Theme, WorkingGroup
from fitforfuture.staff import PermissionMenuItem, with_403


@hooks.register("register_admin_urls")
def register_response_urls():
    """Responses, exports and the audit log, under /admin/."""
    return [path("", include((with_403(admin_urls.urlpatterns), admin_urls.app_name), namespace="consultations_admin"))]


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


# -- 'You said, we did': codebooks, actions, working groups and population figures -------


class ThemeViewSet(ModelViewSet):
    model = Theme
    icon = "tag"
    menu_label = "Themes"
    url_prefix = "themes"
    url_namespace = "consultations_themes"
    list_display = ["name", "consultation", "working_group"]
    list_filter = ["consultation", "working_group"]
    search_fields = ["name", "you_said"]
    form_fields = ["consultation", "name", "you_said", "working_group", "sort_order"]


class ActionViewSet(ModelViewSet):
    model = Action
    icon = "tick-inverse"
    menu_label = "We did"
    url_prefix = "actions"
    url_namespace = "consultations_actions"
    list_display = ["we_did", "theme", "status", "due_on", "owner"]
    list_filter = ["status", "theme__consultation", "owner"]
    search_fields = ["we_did"]


class QuoteViewSet(ModelViewSet):
    model = Quote
    icon = "openquote"
    menu_label = "Quotes"
    url_prefix = "quotes"
    url_namespace = "consultations_quotes"
    list_display = ["text", "theme", "chosen_by", "chosen_at"]
    list_filter = ["theme__consultation"]
    form_fields = ["theme", "text"]


class WorkingGroupViewSet(ModelViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = "Working groups"
    url_prefix = "working-groups"
    url_namespace = "consultations_working_groups"
    list_display = ["name", "description"]
    search_fields = ["name"]
    form_fields = ["name", "description"]


class PopulationFigureViewSet(ModelViewSet):
    model = PopulationFigure
    icon = "table"
    menu_label = "Population figures"
    url_prefix = "population-figures"
    url_namespace = "consultations_population"
    list_display = ["dimension", "category", "people", "source", "year"]
    list_filter = ["dimension", "year"]


class YouSaidWeDidViewSetGroup(ViewSetGroup):
    menu_label = "You said, we did"
    menu_icon = "tag"
    menu_order = 260
    items = (ThemeViewSet, ActionViewSet, QuoteViewSet, WorkingGroupViewSet, PopulationFigureViewSet)


@hooks.register("register_admin_viewset")
def register_you_said_we_did_viewsets():
    """Codebooks, 'we did' actions, quotes, working groups and population figures, for Engagement leads."""
    return YouSaidWeDidViewSetGroup()


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    """'Consultation reports', for Engagement leads and Councillors."""
    return PermissionMenuItem(
        "Consultation reports",
        reverse("consultations_admin:reports"),
        name="consultation-reports",
        icon_name="doc-full",
        order=240,
        permission="consultations.view_report",
    )
