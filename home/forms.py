"""Public forms of the publishing site."""

from django import forms

from fitforfuture.forms import HoneypotMixin
from home.models import DocumentLanguage, DocumentType, GroupType


class EmailSignupForm(HoneypotMixin, forms.Form):
    """An email address to send things to, with the honeypot every public form has."""

    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="We will send you an email to check it is yours.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()


class NewsletterSignupForm(EmailSignupForm):
    pass


class DocumentFilterForm(forms.Form):
    doc_type = forms.ChoiceField(
        label="Type of document", required=False, choices=[("", "All types"), *DocumentType.choices]
    )
    language = forms.ChoiceField(
        label="Language", required=False, choices=[("", "All languages"), *DocumentLanguage.choices]
    )


class ActivityFilterForm(forms.Form):
    q = forms.CharField(label="Search the log", required=False, max_length=200)
    group_type = forms.ChoiceField(
        label="Type of group", required=False, choices=[("", "All groups"), *GroupType.choices]
    )

    def clean_q(self) -> str:
        from home.selectors import clean_query

        return clean_query(self.cleaned_data.get("q"))
