"""Forms staff use in the admin: keying in responses from other channels, filtering lists."""

import secrets

from django import forms
from django.utils import timezone

from wagtail.admin.widgets import AdminDateInput

from consultations.models import Channel
from consultations.questionnaire import Question
from fitforfuture.audit import AuditAction

STAFF_CHANNELS = [(value, label) for value, label in Channel.choices if value != Channel.ONLINE]
MAX_EVENT_COMMENTS = 50


def new_entry_token() -> str:
    return secrets.token_urlsafe(24)


class ResponseEntryForm(forms.Form):
    """How a response reached us; the answers and 'about you' come from the public forms."""

    channel = forms.ChoiceField(label="How did the response reach us?", choices=STAFF_CHANNELS)
    received_on = forms.DateField(
        label="Date received",
        widget=AdminDateInput,
        initial=timezone.localdate,
        help_text="The day the form, letter, email or call reached us.",
    )
    email = forms.EmailField(
        label="Email for a copy of their answers",
        required=False,
        help_text="Only if they asked for a copy. We send it once and keep it until the retention date.",
    )
    staff_notes = forms.CharField(
        label="Notes for the team",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example, where a paper form came from. Never shown publicly.",
    )
    entry_token = forms.CharField(widget=forms.HiddenInput, max_length=64, initial=new_entry_token)

    def clean_received_on(self):
        value = self.cleaned_data["received_on"]
        if value > timezone.localdate():
            raise forms.ValidationError("The date received cannot be in the future")
        return value


class EventCommentsForm(forms.Form):
    """Comments written on cards or flip charts at an event, each one a response of its own."""

    question = forms.ChoiceField(label="Which question do the comments answer?")
    received_on = forms.DateField(label="Date of the event", widget=AdminDateInput, initial=timezone.localdate)
    staff_notes = forms.CharField(
        label="Event",
        required=False,
        max_length=200,
        help_text="Where the comments were made, for example 'Public Involvement Assembly, Wisbech'.",
    )
    entry_token = forms.CharField(widget=forms.HiddenInput, max_length=64, initial=new_entry_token)

    def __init__(self, *args, questions: list[Question], boxes: int = 10, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = {question.id: question for question in questions}
        self.fields["question"].choices = [(question.id, question.text) for question in questions]
        self.comment_names = [f"comment_{number}" for number in range(1, boxes + 1)]
        for number, name in enumerate(self.comment_names, start=1):
            self.fields[name] = forms.CharField(
                label=f"Comment {number}",
                required=False,
                max_length=5000,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    @property
    def comment_fields(self):
        return [self[name] for name in self.comment_names]

    def clean(self):
        cleaned = super().clean()
        question = self.questions.get(cleaned.get("question"))
        cleaned["question"] = question
        if question is not None:
            for name in self.comment_names:
                if len(cleaned.get(name) or "") > question.max_length:
                    self.add_error(name, f"A comment must be {question.max_length} characters or fewer")
        if not any((cleaned.get(name) or "").strip() for name in self.comment_names):
            raise forms.ValidationError("Write at least one comment")
        return cleaned

    @property
    def comments(self) -> list[str]:
        return [self.cleaned_data.get(name) or "" for name in self.comment_names]


class ResponseFilterForm(forms.Form):
    channel = forms.ChoiceField(label="Channel", required=False, choices=[("", "All channels"), *Channel.choices])
    flagged = forms.BooleanField(label="Only possible campaign responses", required=False)


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label="Action", required=False, choices=[("", "All actions"), *AuditAction.choices])


class CodingFilterForm(forms.Form):
    """Which free-text answers the coding workbench lists."""

    question = forms.ChoiceField(label="Question", required=False)
    channel = forms.ChoiceField(label="Channel", required=False, choices=[("", "All channels"), *Channel.choices])
    district = forms.ChoiceField(label="Postcode district", required=False)
    state = forms.ChoiceField(
        label="Coding",
        required=False,
        choices=[
            ("", "All answers"),
            ("uncoded", "Not coded yet"),
            ("coded", "Coded"),
            ("disagree", "Coders disagree"),
        ],
    )
    theme = forms.ModelChoiceField(label="Theme", required=False, queryset=None, empty_label="Any theme")
    q = forms.CharField(label="Words in the answer", required=False, max_length=200)

    def __init__(self, *args, questions: list[Question], themes, districts: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["question"].choices = [*((q.id, q.text) for q in questions), ("all", "All questions")]
        self.fields["district"].choices = [("", "All districts"), *((d, d) for d in districts)]
        self.fields["theme"].queryset = themes


class BulkCodingForm(forms.Form):
    """Put a theme on, or take it off, the answers ticked (or every answer the filters match)."""

    ADD = "add"
    REMOVE = "remove"

    theme = forms.ModelChoiceField(label="Theme", queryset=None, empty_label="Choose a theme")
    operation = forms.ChoiceField(
        label="What to do",
        choices=[(ADD, "Add this theme"), (REMOVE, "Remove this theme")],
        initial=ADD,
        widget=forms.RadioSelect,
    )
    scope = forms.ChoiceField(
        label="Which answers",
        choices=[("selected", "The answers I ticked"), ("filtered", "Every answer that matches the filters")],
        initial="selected",
        widget=forms.RadioSelect,
    )
    answers = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=[])

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes
        # Any number is accepted here; the coding service keeps only this consultation's answers.
        self.fields["answers"].valid_value = lambda value: str(value).isdigit()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("scope") == "selected" and not cleaned.get("answers"):
            self.add_error("answers", "Tick at least one answer, or choose 'Every answer that matches the filters'")
        return cleaned


class SuggestionForm(forms.Form):
    answer = forms.IntegerField(widget=forms.HiddenInput)
    theme = forms.ModelChoiceField(queryset=None, widget=forms.HiddenInput)

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes


class QuoteForm(forms.Form):
    theme = forms.ModelChoiceField(label="Theme", queryset=None, empty_label="Choose a theme")
    text = forms.CharField(
        label="Words to quote",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Take out names, places of work, and anything else that could identify someone.",
    )

    def __init__(self, *args, themes, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = themes
