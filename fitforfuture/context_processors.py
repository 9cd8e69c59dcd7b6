"""Values every template may need, safe to compute for any request."""

from django.core.exceptions import DisallowedHost


def host(request) -> dict:
    """The host the page is for, as kept pieces of pages are keyed on it.

    Empty for a host the site does not serve: that request is answered with the "could not
    read what you sent" page, which must not fail again on the same host.
    """
    try:
        return {"host": request.get_host()}
    except DisallowedHost:
        return {"host": ""}
