"""Admin for assemblies: sessions (Engagement leads), with attendee list, register and exports."""

from django.urls import path, reverse
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet

from assemblies import admin_views, selectors, services
from assemblies.models import Session
from fitforfuture.staff import with_403


class AttendeesColumn(Column):
    def get_value(self, instance):
        return format_html('<a href="{}">Attendees</a>', reverse("assemblies_attendees", args=[instance.pk]))


class PlacesColumn(Column):
    def get_value(self, instance):
        return f"{selectors.places_left(session=instance)} of {instance.capacity} left"


class SessionEditView(EditView):
    """Capacity changes go through the service: more places promote from the waiting list,
    fewer than people booked are refused with a message on the field."""

    def save_instance(self):
        new_capacity = self.form.cleaned_data["capacity"]
        instance = self.form.instance
        instance.capacity = Session.objects.only("capacity").get(pk=instance.pk).capacity
        saved = super().save_instance()
        services.session_change_capacity(session=saved, capacity=new_capacity, actor=self.request.user)
        return saved

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except services.CapacityError as error:
            form.add_error("capacity", str(error))
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class SessionViewSet(ModelViewSet):
    model = Session
    icon = "date"
    menu_label = "Assembly sessions"
    menu_order = 330
    add_to_admin_menu = True
    edit_view_class = SessionEditView
    list_filter = ["town", "assembly"]
    search_fields = ["venue", "address"]
    ordering = ["-starts_at"]

    @property
    def list_display(self):
        return ["__str__", "venue", "starts_at", PlacesColumn("places", label="Places"), AttendeesColumn("people")]

    def get_queryset(self, request):
        return selectors.sessions_admin()


session_viewset = SessionViewSet("assembly_sessions")


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return session_viewset


@hooks.register("register_admin_urls")
def register_session_admin_urls():
    return with_403(
        [
            path("assemblies/sessions/<int:pk>/attendees/", admin_views.attendees, name="assemblies_attendees"),
            path("assemblies/sessions/<int:pk>/register/", admin_views.register, name="assemblies_register"),
            path(
                "assemblies/sessions/<int:pk>/export/<str:fmt>/",
                admin_views.export,
                name="assemblies_export",
            ),
        ]
    )
