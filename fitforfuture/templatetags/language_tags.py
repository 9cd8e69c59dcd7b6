"""Template helpers for languages: the lang and dir of a page, and the language switcher."""

from django import template

from fitforfuture import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context, page=None) -> dict:
    """The interface language (the address's) and the language of the page's own words."""
    interface = languages.interface_language()
    content = languages.content_language(page)
    return {
        "interface": languages.html_lang(interface),
        "dir": languages.text_direction(interface),
        "content": languages.html_lang(content),
        "content_dir": languages.text_direction(content),
        "mixed": content != interface,
    }


@register.filter
def page_lang(page) -> str:
    """A page's language as HTML writes it, for an item in a list that may mix languages."""
    return languages.html_lang(languages.content_language(page))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None) -> dict:
    return {"links": languages.switcher_links(request=context.get("request"), page=page)}
