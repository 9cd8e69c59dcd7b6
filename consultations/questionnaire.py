"""A questionnaire read from a consultation page: questions with stable ids, split into pages."""

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import gettext_noop

# Labels are stored and exported in English; the answering form shows them in the visitor's
# language (gettext_noop only marks them for the translation catalogues).
LIKERT_OPTIONS = [
    ("strongly-agree", gettext_noop("Strongly agree")),
    ("agree", gettext_noop("Agree")),
    ("neither", gettext_noop("Neither agree nor disagree")),
    ("disagree", gettext_noop("Disagree")),
    ("strongly-disagree", gettext_noop("Strongly disagree")),
]
YES_NO_OPTIONS = [("yes", gettext_noop("Yes")), ("no", gettext_noop("No"))]
FIXED_OPTION_KINDS = {"likert", "yes_no"}  # options the site words, not the editor
CHOICE_KINDS = {"single_choice", "multiple_choice", "ranking", "likert", "yes_no"}
CLOSED_KINDS = CHOICE_KINDS  # questions whose answers are counted in charts
TEXT_KINDS = {"free_text", "postcode"}
# A questionnaire with this many questions or fewer is answered on one page: every question, "about
# you" and the consent statement, sent with one press. Longer ones go page by page, with progress
# and save-and-return. (An editor's own choice would need a page field; this rule needs none.)
ONE_PAGE_MAX_QUESTIONS = 8


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    text: str
    hint: str = ""
    required: bool = False
    retired: bool = False
    options: tuple[Option, ...] = ()
    max_length: int = 1500
    page: int = 1

    @property
    def field_name(self) -> str:
        return f"q_{self.id}"

    def option_label(self, option_id: str) -> str:
        return next((option.label for option in self.options if option.id == option_id), option_id)


@dataclass
class Questionnaire:
    questions: list[Question] = field(default_factory=list)
    page_titles: dict[int, str] = field(default_factory=dict)
    version: str = ""  # a digest of the questions as stored: the same for the same revision

    @classmethod
    def from_stream(cls, stream) -> "Questionnaire":
        questions: list[Question] = []
        titles: dict[int, str] = {}
        page = 1
        for block in stream:
            kind = block.block_type
            value = block.value
            if kind == "page_break":
                if questions and questions[-1].page == page:
                    page += 1
                if value.get("title"):
                    titles[page] = value["title"]
                continue
            if kind == "likert":
                options = tuple(Option(key, label) for key, label in LIKERT_OPTIONS)
            elif kind == "yes_no":
                options = tuple(Option(key, label) for key, label in YES_NO_OPTIONS)
            elif kind in CHOICE_KINDS:
                options = tuple(Option(item.id, str(item.value)) for item in value["options"].bound_blocks)
            else:
                options = ()
            questions.append(
                Question(
                    id=block.id,
                    kind=kind,
                    text=value["question"],
                    hint=value.get("hint") or "",
                    required=bool(value.get("required")),
                    retired=bool(value.get("retired")),
                    options=options,
                    max_length=value.get("max_length") or 1500,
                    page=page,
                )
            )
        return cls(questions=questions, page_titles=titles)

    @classmethod
    def from_page(cls, page) -> "Questionnaire":
        """The page's questionnaire, read once per process for each version of its questions.

        Shared between requests, so it is never changed after it is read.
        """
        raw = json.dumps(list(page.questions.raw_data), cls=DjangoJSONEncoder, sort_keys=True)
        return _questionnaire_from_raw(raw)

    @cached_property
    def asked(self) -> list[Question]:
        """The questions people are asked now (retired ones are kept only for reports)."""
        return [question for question in self.questions if not question.retired]

    @cached_property
    def page_numbers(self) -> list[int]:
        return sorted({question.page for question in self.asked})

    @property
    def on_one_page(self) -> bool:
        """Whether people answer it on one page (see ONE_PAGE_MAX_QUESTIONS)."""
        return 0 < len(self.asked) <= ONE_PAGE_MAX_QUESTIONS

    def questions_on(self, page_number: int) -> list[Question]:
        return [question for question in self.asked if question.page == page_number]

    def by_id(self) -> dict[str, Question]:
        return {question.id: question for question in self.questions}


@lru_cache(maxsize=256)
def _questionnaire_from_raw(raw: str) -> Questionnaire:
    from consultations.models import ConsultationPage

    stream_block = ConsultationPage._meta.get_field("questions").stream_block
    questionnaire = Questionnaire.from_stream(stream_block.to_python(json.loads(raw)))
    questionnaire.version = hashlib.sha256(raw.encode()).hexdigest()[:16]
    return questionnaire
