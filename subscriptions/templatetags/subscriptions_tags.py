from django import template

from subscriptions.forms import ResponseAlertForm

register = template.Library()


@register.inclusion_tag("subscriptions/includes/response_alert_form.html")
def response_alert_form(consultation, heading_level: int = 2):
    """The 'tell me when the response is published' form, until the response is published."""
    from consultations.models import Status

    return {
        "consultation": consultation,
        "show": consultation.status != Status.PUBLISHED,
        "form": ResponseAlertForm(auto_id="alert_%s"),
        "heading_level": heading_level,
    }
