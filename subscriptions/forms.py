"""Public forms for email alerts. Both keep the honeypot and email rules of the newsletter form."""

from django import forms

from home.forms import EmailSignupForm

NEAR_ME_WANTS = [
    ("consultations", "New consultations"),
    ("sessions", "New Public Involvement Assembly sessions"),
]


class ResponseAlertForm(EmailSignupForm):
    """'Tell me when the response is published': an email address and nothing else."""


class NearMeChoicesForm(forms.Form):
    """What a "near me" alert tells someone about: asked for at first, changed later by its link."""

    wants = forms.MultipleChoiceField(
        label="What do you want to hear about?",
        choices=NEAR_ME_WANTS,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick all that apply.",
        error_messages={"required": "Choose what you want to hear about"},
    )
    topics = forms.ModelMultipleChoiceField(
        label="Consultation topics",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave them all unticked to hear about every topic.",
    )
    towns = forms.MultipleChoiceField(
        label="Towns for assembly sessions",
        choices=[],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leave them all unticked to hear about sessions in every town.",
    )

    def __init__(self, *args, **kwargs):
        from assemblies.models import Town
        from consultations.models import ConsultationTopic

        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = ConsultationTopic.objects.order_by("title")
        self.fields["towns"].choices = Town.choices
        if not self.fields["topics"].queryset.exists():
            del self.fields["topics"]


class NearMeAlertForm(NearMeChoicesForm, EmailSignupForm):
    field_order = ["wants", "topics", "towns", "email", "website"]
