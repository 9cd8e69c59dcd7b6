"""A questionnaire read from a consultation page: questions with stable ids, split into pages."""

from dataclasses import dataclass, field

LIKERT_OPTIONS = [
    ("strongly-agree", "Strongly agree"),
    ("agree", "Agree"),
    ("neither", "Neither agree nor disagree"),
    ("disagree", "Disagree"),
    ("strongly-disagree", "Strongly disagree"),
]
YES_NO_OPTIONS = [("yes", "Yes"), ("no", "No")]
CHOICE_KINDS = {"single_choice", "multiple_choice", "ranking", "likert", "yes_no"}
CLOSED_KINDS = CHOICE_KINDS  # questions whose answers are counted in charts
TEXT_KINDS = {"free_text", "postcode"}


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
        return cls.from_stream(page.questions)

    @property
    def asked(self) -> list[Question]:
        """The questions people are asked now (retired ones are kept only for reports)."""
        return [question for question in self.questions if not question.retired]

    @property
    def page_numbers(self) -> list[int]:
        return sorted({question.page for question in self.asked})

    def questions_on(self, page_number: int) -> list[Question]:
        return [question for question in self.asked if question.page == page_number]

    def by_id(self) -> dict[str, Question]:
        return {question.id: question for question in self.questions}
