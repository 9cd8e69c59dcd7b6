"""Template helpers shared by every app: the main menu, query strings and sanitised text."""

from django import template
from django.utils.safestring import mark_safe

from wagtail.models import Site

from fitforfuture import cache as page_cache
from fitforfuture import languages
from fitforfuture.sanitise import sanitise_html
from home import selectors

register = template.Library()


def _menu_links(request, site) -> list[tuple[str, str]]:
    """(title, address) of each top-level page in the menu, in the visitor's language."""
    language = languages.interface_language()
    links = []
    for page in selectors.menu_pages(site_root=site.root_page):
        if language != languages.DEFAULT_LANGUAGE:
            # The visitor's language: the page's translation, or the English page under that language's prefix.
            page = page.localized
            url = languages.localise_url(page.get_url(request) or "/", language) if page.get_url(request) else ""
        else:
            url = page.get_url(request) or ""
        links.append((page.title, url))
    return links


@register.simple_tag(takes_context=True)
def main_menu(context) -> list[dict]:
    """Top-level pages shown in the menu, with the one the visitor is in marked as current.

    The links are the same for everyone, so they are kept until the next publish; only which
    one is current is worked out for each request.
    """
    request = context.get("request")
    if request is None:
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []
    key = page_cache.fragment_key(request, "menu", site.pk, languages.interface_language())
    links = page_cache.fragment_get_or_set(key, lambda: _menu_links(request, site))
    return [
        {
            "title": title,
            "url": url,
            "current": bool(url) and request.path.startswith(url),
            "exact": request.path == url,
        }
        for title, url in links
    ]


@register.simple_tag(takes_context=True)
def page_cache_generation(context) -> int:
    """The page-cache generation, for {% cache %} fragments that publishing must drop."""
    return page_cache.request_generation(context.get("request"))


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some values changed, for pagination and filter links."""
    request = context["request"]
    query = request.GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()


@register.filter
def sanitised(value) -> str:
    """Text a member of the public typed, cleaned by the one sanitiser before it is shown."""
    return mark_safe(sanitise_html(value))


@register.filter
def filesize(value) -> str:
    """A file size in words people know: '120 KB', '2.4 MB'."""
    if not value:
        return ""
    size = float(value)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit in ("bytes", "KB") else f"{size:.1f} {unit}"
        size /= 1024
    return ""


@register.filter
def describedby(bound_field) -> str:
    """The ids of a field's hint and error, for aria-describedby."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}-error")
    return " ".join(ids)


@register.filter
def error_anchor(bound_field) -> str:
    """Where an error summary link should take focus: the field, or the first of its options."""
    widget = bound_field.field.widget
    if getattr(widget, "input_type", None) in ("radio", "checkbox") and hasattr(widget, "choices"):
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.filter
def field_css_class(bound_field) -> str:
    """The NHS.UK class for a field's widget, with an error modifier when it has an error."""
    input_type = getattr(bound_field.field.widget, "input_type", None)
    widget_name = type(bound_field.field.widget).__name__
    if widget_name == "Textarea":
        base = "nhsuk-textarea"
    elif input_type == "select" or widget_name.endswith("Select"):
        base = "nhsuk-select"
    else:
        base = "nhsuk-input"
    if bound_field.errors:
        base = f"{base} {base}--error"
    return base


@register.filter
def friendly_time(value) -> str:
    """A time the GOV.UK way: '5pm', '9:30am', 'midday', 'midnight' (in the site's time zone)."""
    if not value:
        return ""
    from django.utils import timezone

    if timezone.is_aware(value):
        value = timezone.localtime(value)
    if not languages.interface_language().startswith("en"):
        # Other languages write times on the 24-hour clock: 17:00.
        return f"{value.hour}:{value.minute:02d}"
    if value.hour == 12 and value.minute == 0:
        return "midday"
    if value.hour == 0 and value.minute == 0:
        return "midnight"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"
