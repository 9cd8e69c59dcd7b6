"""Public forms for assemblies (sign-up, town filter) and the staff register forms."""

import re

from django import forms
from django.core.exceptions import ValidationError

from assemblies.models import Town
from assemblies.services import Person
from fitforfuture.forms import HoneypotMixin

SOMEWHERE_ELSE = "other"
ACCESS_CHOICES = [
    ("step_free", "Step-free access (no steps or stairs)"),
    ("hearing_loop", "A hearing loop"),
    ("bsl", "A British Sign Language (BSL) interpreter"),
    ("interpreter", "An interpreter for another language"),
    ("other", "Something else"),
]
# Spaces, dots, dashes and brackets people write in phone numbers, as in "(01223) 123-456".
PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
UK_PHONE = re.compile(r"^(?:\+44|0044|0)(?:\(0\))?[1-9]\d{8,9}$")
NO_MARKUP = re.compile(r"[<>]")


def reject_markup(value: str, *, what: str) -> str:
    if NO_MARKUP.search(value or ""):
        raise ValidationError(f"{what} must not include the characters < or >")
    return value


class SignupForm(HoneypotMixin, forms.Form):
    name = forms.CharField(
        label="Full name",
        max_length=200,
        error_messages={
            "required": "Enter your full name",
            "max_length": "Your name must be 200 characters or fewer",
        },
        widget=forms.TextInput(attrs={"autocomplete": "name", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        help_text="We will send your confirmation and a reminder to this address.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.com",
            "max_length": "Your email address must be 254 characters or fewer",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label="UK phone number",
        required=False,
        max_length=40,
        help_text=(
            "For example, 01223 123456 or 07700 900123. We will only call if the session changes at short notice."
        ),
        error_messages={"max_length": "Enter a UK phone number, like 01223 123456 or 07700 900123"},
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel", "inputmode": "tel"}),
    )
    town = forms.ChoiceField(
        label="Where do you live?",
        choices=[*Town.choices, (SOMEWHERE_ELSE, "Somewhere else")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select where you live", "invalid_choice": "Select where you live"},
    )
    access_needs = forms.MultipleChoiceField(
        label="Do you need any of these to take part?",
        required=False,
        choices=ACCESS_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select all that apply. This helps us get the room ready for you.",
        error_messages={"invalid_choice": "Select only the options shown"},
    )
    interpreter_language = forms.CharField(
        label="If you need an interpreter, which language?",
        required=False,
        max_length=100,
        error_messages={"max_length": "The language must be 100 characters or fewer"},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    other_access_needs = forms.CharField(
        label="Tell us about anything else you need",
        required=False,
        max_length=1000,
        error_messages={"max_length": "This must be 1,000 characters or fewer"},
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    dietary_needs = forms.CharField(
        label="Do you have any dietary needs?",
        required=False,
        max_length=500,
        help_text="For example, vegetarian, gluten-free or a food allergy.",
        error_messages={"max_length": "This must be 500 characters or fewer"},
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    consent = forms.BooleanField(
        label="I agree that Fit for the Future can keep my details to manage my place at this session",
        help_text="We delete your details after the session. Our privacy notice explains how we use them.",
        error_messages={"required": "Tick the box to agree, or we cannot book a place for you"},
    )

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise ValidationError("Enter your full name", code="required")
        return reject_markup(name, what="Your name")

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self) -> str:
        raw = self.cleaned_data.get("phone", "").strip()
        if not raw:
            return ""
        if not UK_PHONE.match(PHONE_SEPARATORS.sub("", raw)):
            raise ValidationError("Enter a UK phone number, like 01223 123456 or 07700 900123", code="invalid")
        return raw

    def clean_interpreter_language(self) -> str:
        return reject_markup(" ".join(self.cleaned_data.get("interpreter_language", "").split()), what="The language")

    def clean(self):
        cleaned = super().clean()
        needs = set(cleaned.get("access_needs") or [])
        if (
            "interpreter" in needs
            and not cleaned.get("interpreter_language")
            and "interpreter_language" not in self.errors
        ):
            self.add_error("interpreter_language", "Tell us which language you need an interpreter for")
        if "other" in needs and not cleaned.get("other_access_needs") and "other_access_needs" not in self.errors:
            self.add_error("other_access_needs", "Tell us what else you need")
        return cleaned

    def to_person(self) -> Person:
        data = self.cleaned_data
        needs = set(data.get("access_needs") or [])
        return Person(
            name=data["name"],
            email=data["email"],
            phone=data.get("phone", ""),
            town=data["town"],
            needs_step_free="step_free" in needs,
            needs_hearing_loop="hearing_loop" in needs,
            needs_bsl="bsl" in needs,
            needs_interpreter="interpreter" in needs or bool(data.get("interpreter_language")),
            interpreter_language=data.get("interpreter_language", ""),
            other_access_needs=data.get("other_access_needs", ""),
            dietary_needs=data.get("dietary_needs", ""),
            consent=bool(data.get("consent")),
        )


class TownFilterForm(forms.Form):
    town = forms.ChoiceField(label="Show sessions in", required=False, choices=[("", "All towns"), *Town.choices])


class WalkInForm(forms.Form):
    """Staff add someone who came without booking."""

    name = forms.CharField(label="Name", max_length=200)
    needs_step_free = forms.BooleanField(label="Needs step-free access", required=False)
    needs_hearing_loop = forms.BooleanField(label="Needs a hearing loop", required=False)
    needs_bsl = forms.BooleanField(label="Needs a BSL interpreter", required=False)

    def clean_name(self) -> str:
        return reject_markup(" ".join(self.cleaned_data["name"].split()), what="The name")
