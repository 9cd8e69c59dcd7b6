"""Form pieces shared by every public form."""

from django import forms
from django.core.exceptions import ValidationError

HONEYPOT_FIELD = "website"


class HoneypotMixin(forms.Form):
    """A field people never see or fill in; bots that fill every field are turned away."""

    website = forms.CharField(
        required=False,
        label="Leave this field blank",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self) -> str:
        value = self.cleaned_data.get(HONEYPOT_FIELD, "")
        if value:
            raise ValidationError("This form could not be sent. Please try again.", code="honeypot")
        return value

    @property
    def is_bot(self) -> bool:
        return any(error.code == "honeypot" for error in self.errors.as_data().get(HONEYPOT_FIELD, []))
