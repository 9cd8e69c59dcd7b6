"""Forms for answering a consultation: built from the questionnaire, with NHS.UK wording for errors."""

import re
from functools import lru_cache

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext, gettext_lazy, gettext_noop

from consultations.models import ConsultationTopic, RespondentType, Status
from consultations.questionnaire import FIXED_OPTION_KINDS, Question
from fitforfuture.forms import HoneypotMixin, copy_fields_cheaply, field_copy

POSTCODE_ERROR = gettext_lazy("Enter a real postcode, like PE13 1AB, or just the first part, like PE13")
POSTCODE = re.compile(r"^(?P<district>[A-Z]{1,2}[0-9][A-Z0-9]?)\s*(?P<sector>[0-9][A-Z]{2})?$")

# Stored as these English words whatever language the form is shown in (gettext_noop marks them
# for translation without changing the value), so answers in every language count together.
AGE_BANDS = [
    gettext_noop("Under 18"),
    gettext_noop("18 to 24"),
    gettext_noop("25 to 34"),
    gettext_noop("35 to 44"),
    gettext_noop("45 to 54"),
    gettext_noop("55 to 64"),
    gettext_noop("65 to 74"),
    gettext_noop("75 or over"),
    gettext_noop("Prefer not to say"),
]
SEX = [
    gettext_noop("Female"),
    gettext_noop("Male"),
    gettext_noop("I describe myself another way"),
    gettext_noop("Prefer not to say"),
]
ETHNICITY = [
    gettext_noop("Asian or Asian British"),
    gettext_noop("Black, Black British, Caribbean or African"),
    gettext_noop("Mixed or multiple ethnic groups"),
    gettext_noop("White"),
    gettext_noop("Another ethnic group"),
    gettext_noop("Prefer not to say"),
]
YES_NO_PREFER = [gettext_noop("Yes"), gettext_noop("No"), gettext_noop("Prefer not to say")]


def postcode_district(raw: str) -> str:
    """The district (outward code) of a UK postcode, e.g. 'PE13 1AB' -> 'PE13'. Raises ValidationError."""
    cleaned = re.sub(r"\s+", " ", (raw or "").strip().upper())
    match = POSTCODE.match(cleaned)
    if not match:
        raise ValidationError(POSTCODE_ERROR)
    return match.group("district")


def _choices(values: list[str]) -> list[tuple[str, str]]:
    return [(value, gettext_lazy(value)) for value in values]


def question_fields(question: Question) -> dict[str, forms.Field]:
    """The form field (or fields, for ranking) that answer one question."""
    required_message = gettext("Answer this question")
    name = question.field_name
    if question.kind in {"single_choice", "likert", "yes_no"}:
        fixed = question.kind in FIXED_OPTION_KINDS
        return {
            name: forms.ChoiceField(
                label=question.text,
                help_text=question.hint,
                required=question.required,
                choices=[(option.id, gettext(option.label) if fixed else option.label) for option in question.options],
                widget=forms.RadioSelect,
                error_messages={
                    "required": gettext("Select an answer to '%(question)s'") % {"question": question.text}
                },
            )
        }
    if question.kind == "multiple_choice":
        return {
            name: forms.MultipleChoiceField(
                label=question.text,
                help_text=question.hint,
                required=question.required,
                choices=[(option.id, option.label) for option in question.options],
                widget=forms.CheckboxSelectMultiple,
                error_messages={
                    "required": gettext("Select at least one answer to '%(question)s'") % {"question": question.text}
                },
            )
        }
    if question.kind == "ranking":
        positions = [("", gettext("Not ranked"))] + [(str(n), str(n)) for n in range(1, len(question.options) + 1)]
        return {
            f"{name}__{option.id}": forms.TypedChoiceField(
                label=option.label,
                required=question.required,
                choices=positions,
                coerce=int,
                empty_value=None,
                error_messages={
                    "required": gettext("Give '%(option)s' a place in the order") % {"option": option.label}
                },
            )
            for option in question.options
        }
    if question.kind == "postcode":
        return {
            name: forms.CharField(
                label=question.text,
                help_text=question.hint or gettext("We only keep the first part of your postcode, such as PE13."),
                required=question.required,
                max_length=16,
                widget=forms.TextInput(attrs={"autocomplete": "postal-code", "class": "nhsuk-input--width-10"}),
                error_messages={
                    "required": gettext("Enter your postcode for '%(question)s'") % {"question": question.text},
                    "max_length": POSTCODE_ERROR,
                },
            )
        }
    return {
        name: forms.CharField(
            label=question.text,
            help_text=question.hint,
            required=question.required,
            max_length=question.max_length,
            widget=forms.Textarea(attrs={"rows": 6}),
            error_messages={
                "required": required_message,
                "max_length": gettext("Your answer must be %(limit)s characters or fewer")
                % {"limit": question.max_length},
            },
        )
    }


@lru_cache(maxsize=1024)
def _kept_question_fields(question: Question, language: str | None) -> dict[str, forms.Field]:
    """question_fields(), built once per question and language: each form gets its own copies."""
    return question_fields(question)


class QuestionPageForm(forms.Form):
    """One page of questions."""

    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = questions
        language = get_language()
        for question in questions:
            # Each form's own copies, so no form changes another's.
            self.fields.update({name: field_copy(f) for name, f in _kept_question_fields(question, language).items()})

    def clean(self):
        cleaned = super().clean()
        for question in self.questions:
            if question.kind == "postcode" and cleaned.get(question.field_name):
                try:
                    cleaned[question.field_name] = postcode_district(cleaned[question.field_name])
                except ValidationError as error:
                    self.add_error(question.field_name, error)
            if question.kind == "ranking":
                self._check_ranking(question, cleaned)
        return cleaned

    def _check_ranking(self, question: Question, cleaned: dict) -> None:
        names = [f"{question.field_name}__{option.id}" for option in question.options]
        ranks = [cleaned.get(name) for name in names if cleaned.get(name) is not None]
        if len(ranks) != len(set(ranks)):
            self.add_error(
                names[0], gettext("Give each option a different place in '%(question)s'") % {"question": question.text}
            )

    def grouped(self) -> list[dict]:
        """Questions with their bound fields, in order, for the template."""
        groups = []
        for question in self.questions:
            if question.kind == "ranking":
                bound = [self[f"{question.field_name}__{option.id}"] for option in question.options]
            else:
                bound = [self[question.field_name]]
            groups.append({"question": question, "fields": bound, "errors": [e for f in bound for e in f.errors]})
        return groups


@copy_fields_cheaply
class AboutYouForm(forms.Form):
    respondent_type = forms.ChoiceField(
        label=gettext_lazy("Are you answering as an individual or for an organisation?"),
        choices=[(value, gettext_lazy(label)) for value, label in RespondentType.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    organisation_name = forms.CharField(label=gettext_lazy("Name of the organisation"), max_length=200, required=False)
    name = forms.CharField(
        label=gettext_lazy("Your name"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("You do not have to tell us. We never publish names."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    postcode = forms.CharField(
        label=gettext_lazy("Your postcode"),
        max_length=16,
        required=False,
        error_messages={"max_length": POSTCODE_ERROR},
        help_text=gettext_lazy("We only keep the first part, such as PE13, to see which areas we have heard from."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "class": "nhsuk-input--width-10"}),
    )
    age_band = forms.ChoiceField(
        label=gettext_lazy("Your age"), choices=_choices(AGE_BANDS), required=False, widget=forms.RadioSelect
    )
    sex = forms.ChoiceField(
        label=gettext_lazy("Your sex"), choices=_choices(SEX), required=False, widget=forms.RadioSelect
    )
    ethnicity = forms.ChoiceField(
        label=gettext_lazy("Your ethnic group"), choices=_choices(ETHNICITY), required=False, widget=forms.RadioSelect
    )
    disability = forms.ChoiceField(
        label=gettext_lazy("Do you have a disability or long-term health condition?"),
        choices=_choices(YES_NO_PREFER),
        required=False,
        widget=forms.RadioSelect,
    )
    carer = forms.ChoiceField(
        label=gettext_lazy("Do you look after someone who needs help because of illness, disability or old age?"),
        choices=_choices(YES_NO_PREFER),
        required=False,
        widget=forms.RadioSelect,
    )

    def clean_postcode(self) -> str:
        value = self.cleaned_data.get("postcode")
        return postcode_district(value) if value else ""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("respondent_type") == RespondentType.ORGANISATION and not cleaned.get("organisation_name"):
            self.add_error("organisation_name", gettext("Enter the name of the organisation"))
        return cleaned


@copy_fields_cheaply
class CheckAnswersForm(HoneypotMixin, forms.Form):
    submission_token = forms.CharField(widget=forms.HiddenInput, max_length=64)
    consent = forms.BooleanField(
        label=gettext_lazy("I agree"),
        required=True,
        error_messages={"required": gettext_lazy("Tick the box to say you agree, so we can use your answers")},
    )
    receipt_email = forms.EmailField(
        label=gettext_lazy("Email address for a copy of your answers"),
        required=False,
        max_length=254,
        help_text=gettext_lazy("Optional. We will only use it to send you the copy."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={"invalid": gettext_lazy("Enter an email address in the correct format, like name@example.com")},
    )


class SaveDraftForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        max_length=254,
        help_text=gettext_lazy("We will email you a link to come back to your answers."),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": gettext_lazy("Enter your email address"),
            "invalid": gettext_lazy("Enter an email address in the correct format, like name@example.com"),
        },
    )


class ConsultationFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("Any status")), *((value, gettext_lazy(label)) for value, label in Status.choices)],
    )
    topic = forms.ModelChoiceField(
        label=gettext_lazy("Topic"),
        required=False,
        queryset=ConsultationTopic.objects.all(),
        to_field_name="slug",
        empty_label=gettext_lazy("Any topic"),
    )


class ActionFilterForm(forms.Form):
    """Filters on the 'You said, we did' page: a town, and a theme by name."""

    town = forms.ChoiceField(label="Town", required=False)
    theme = forms.ChoiceField(label="Theme", required=False)

    def __init__(self, *args, themes: list[str], **kwargs):
        from assemblies.models import Town

        super().__init__(*args, **kwargs)
        self.fields["town"].choices = [("", "Every town"), *Town.choices]
        self.fields["theme"].choices = [("", "Every theme"), *((name, name) for name in themes)]
