"""Form pieces shared by every public form."""

import copy

from django import forms
from django.core.exceptions import ValidationError

HONEYPOT_FIELD = "website"


def field_copy(field: forms.Field) -> forms.Field:
    """A field for one form, as Django's deepcopy of a form's declared fields makes it (its own
    widget, widget attributes, error messages and validators), but sharing the choices, which
    forms only read: a quarter of the cost, for forms built on every request."""
    if isinstance(field.widget, forms.MultiWidget):
        return copy.deepcopy(field)
    new = copy.copy(field)
    new.widget = copy.copy(field.widget)
    new.widget.attrs = field.widget.attrs.copy()
    new.error_messages = field.error_messages.copy()
    new.validators = field.validators[:]
    return new


class _FieldsCopiedCheaply(dict):
    def __deepcopy__(self, memo):
        return {name: field_copy(field) for name, field in self.items()}


def copy_fields_cheaply(form_class: type[forms.Form]) -> type[forms.Form]:
    """Class decorator: each form of this class gets field_copy() copies of its declared fields."""
    form_class.base_fields = _FieldsCopiedCheaply(form_class.base_fields)
    return form_class


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
