"""The one HTML sanitiser for anything a member of the public typed that is shown back."""

import bleach

ALLOWED_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li"]


def sanitise_html(value: str | None) -> str:
    """Strip every tag and attribute but a few harmless ones; scripts and links never survive."""
    if not value:
        return ""
    return bleach.clean(str(value), tags=ALLOWED_TAGS, attributes={}, protocols=[], strip=True)


def plain_text(value: str | None) -> str:
    """The text of a value with all markup removed (escaped again by the template on output)."""
    if not value:
        return ""
    return bleach.clean(str(value), tags=[], attributes={}, strip=True)
