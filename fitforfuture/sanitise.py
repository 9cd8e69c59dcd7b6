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


CONTROL_CHARACTERS = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13)) | {0x7F: None}
QUOTE_LIMIT = 600


def quote_text(value: str | None, *, limit: int = QUOTE_LIMIT) -> str:
    """Words someone wrote, made safe to quote in a report or PDF: no markup, no control characters,
    one line, and no longer than `limit` characters (cut at a word, with an ellipsis)."""
    text = " ".join(plain_text(str(value or "").translate(CONTROL_CHARACTERS)).split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
