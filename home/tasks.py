"""Background tasks of the publishing site: every email goes out from here."""

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from fitforfuture.languages import html_lang


def send_email_now(
    *, to: str, subject: str, template: str, context: dict, headers: dict | None = None, language: str = ""
) -> None:
    """Render `<template>.txt` and `<template>.html` and send them as one email, in this process.

    `language` is the language the words around `context` are in (English if not given); the
    subject comes already in it.
    """
    language = language or settings.LANGUAGE_CODE
    context = {**context, "site_url": settings.SITE_URL.rstrip("/"), "email_lang": html_lang(language)}
    with translation.override(language):
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, to=[to], from_email=settings.DEFAULT_FROM_EMAIL, headers=headers or {}
    )
    message.attach_alternative(html, "text/html")
    message.send()


@task()
def send_templated_email(
    *, to: str, subject: str, template: str, context: dict, headers: dict | None = None, language: str = ""
) -> None:
    """Render `<template>.txt` and `<template>.html` and send them as one email (see send_email_now)."""
    send_email_now(to=to, subject=subject, template=template, context=context, headers=headers, language=language)
