"""Refusing staff who lack a permission with a plain 403 page.

Wagtail's admin turns a PermissionDenied into a redirect to the dashboard. For views that
hold personal data (responses, exports, sign-ups) we answer 403 instead, so that someone
guessing a URL gets a clear "you cannot see this" and nothing else.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from wagtail.admin.menu import MenuItem
from wagtail.utils.urlpatterns import decorate_urlpatterns


def forbidden(request):
    return TemplateResponse(request, "fitforfuture/staff_forbidden.html", status=403).render()


def forbidden_as_403(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return forbidden(request)

    return wrapped


def with_403(urlpatterns: list) -> list:
    """The same URL patterns, each answering 403 when the view refuses the user."""
    return decorate_urlpatterns(urlpatterns, forbidden_as_403)


def only_with_permission(urlpatterns: list, permission: str) -> list:
    """The same URL patterns, answering 403 to anyone without `permission` (for views Wagtail
    would otherwise open to every member of staff, such as snippet choosers)."""

    def require(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.has_perm(permission):
                return forbidden(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorate_urlpatterns(with_403(urlpatterns), require)


class PermissionMenuItem(MenuItem):
    """A menu item shown only to users with one permission."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
