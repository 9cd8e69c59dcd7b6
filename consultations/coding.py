"""Theme coding: the codebook, putting themes on free-text answers, and comparing coders.

Reads (`answers_for_coding`, `coder_agreement`) and writes (`codings_apply`, `codings_remove`,
`quote_choose`) are plain keyword-only functions; the admin views only call them.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, QuerySet

from consultations.models import Answer, Coding, ConsultationPage, Quote, Status, Theme
from consultations.questionnaire import Question
from fitforfuture.sanitise import CONTROL_CHARACTERS

CODED = "coded"
UNCODED = "uncoded"
DISAGREE = "disagree"


def free_text_questions(*, consultation: ConsultationPage) -> list[Question]:
    """The questions whose answers are coded into themes (retired ones too: their answers still count)."""
    return [question for question in consultation.questionnaire.questions if question.kind == "free_text"]


def answers_for_coding(
    *,
    consultation: ConsultationPage,
    question_id: str | None = None,
    channel: str | None = None,
    district: str | None = None,
    state: str | None = None,
    theme: Theme | None = None,
    search: str = "",
) -> QuerySet[Answer]:
    """Free-text answers and event comments of one consultation, newest first, filtered as asked."""
    question_ids = [question.id for question in free_text_questions(consultation=consultation)]
    if question_id:
        question_ids = [qid for qid in question_ids if qid == question_id]
    # Free-text answers are only ever stored with some text, so no test on `text` is needed here
    # (it would make the database read every row instead of the question_id index).
    answers = Answer.objects.filter(question_id__in=question_ids)
    if channel:
        answers = answers.filter(response__channel=channel)
    if district:
        answers = answers.filter(response__postcode_district=district.upper())
    if search:
        answers = answers.filter(text__icontains=search)
    if theme is not None:
        answers = answers.filter(Exists(Coding.objects.filter(answer=OuterRef("pk"), theme=theme)))
    if state == CODED:
        answers = answers.filter(Exists(Coding.objects.filter(answer=OuterRef("pk"))))
    elif state == UNCODED:
        answers = answers.filter(~Exists(Coding.objects.filter(answer=OuterRef("pk"))))
    elif state == DISAGREE:
        answers = answers.filter(pk__in=_disagreeing_answer_ids(consultation=consultation))
    return (
        answers.select_related("response")
        .only(
            "id",
            "question_id",
            "text",
            "response__id",
            "response__reference",
            "response__channel",
            "response__postcode_district",
            "response__submitted_at",
        )
        .order_by("-pk")
    )


def answers_page(*, answers: QuerySet[Answer], number, per_page: int) -> Page:
    """One page of answers. The page's ids are found first, from the answer table alone, and only
    those rows are then read with their response: deep pages of a large consultation stay quick
    because the rows skipped over are never joined."""
    page = Paginator(answers.values_list("pk", flat=True), per_page).get_page(number)
    ids = list(page.object_list)
    page.object_list = list(answers.filter(pk__in=ids)) if ids else []
    return page


@dataclass
class AnswerCodes:
    """The themes on one answer, who put them there, and whether coders disagree."""

    themes: list[Theme] = field(default_factory=list)
    coders: dict[str, set[int]] = field(default_factory=dict)

    @property
    def disagreement(self) -> bool:
        sets = list(self.coders.values())
        return len(sets) > 1 and any(theme_set != sets[0] for theme_set in sets[1:])


def codes_for(*, answers: list[Answer]) -> dict[int, AnswerCodes]:
    """Themes and coders of a page of answers, in one query."""
    codes: dict[int, AnswerCodes] = defaultdict(AnswerCodes)
    rows = (
        Coding.objects.filter(answer__in=[answer.pk for answer in answers])
        .select_related("theme", "coded_by")
        .order_by("theme__sort_order", "theme__name")
    )
    for coding in rows:
        entry = codes[coding.answer_id]
        if coding.theme not in entry.themes:
            entry.themes.append(coding.theme)
        coder = coding.coded_by.get_username() if coding.coded_by else "someone who has left"
        entry.coders.setdefault(coder, set()).add(coding.theme_id)
    return codes


def _answers_coded_by_several(*, consultation: ConsultationPage) -> QuerySet:
    return (
        Coding.objects.filter(theme__consultation=consultation)
        .values("answer_id")
        .annotate(coders=Count("coded_by", distinct=True))
        .filter(coders__gt=1)
        .values("answer_id")
    )


def _coder_sets(*, consultation: ConsultationPage) -> dict[int, dict[int | None, set[int]]]:
    rows = Coding.objects.filter(
        theme__consultation=consultation, answer_id__in=_answers_coded_by_several(consultation=consultation)
    ).values_list("answer_id", "coded_by_id", "theme_id")
    sets: dict[int, dict[int | None, set[int]]] = defaultdict(lambda: defaultdict(set))
    for answer_id, coder_id, theme_id in rows:
        sets[answer_id][coder_id].add(theme_id)
    return sets


def _disagreeing_answer_ids(*, consultation: ConsultationPage) -> list[int]:
    return [
        answer_id
        for answer_id, by_coder in _coder_sets(consultation=consultation).items()
        if len({frozenset(themes) for themes in by_coder.values()}) > 1
    ]


@dataclass(frozen=True)
class Agreement:
    double_coded: int
    agreed: int

    @property
    def percent(self) -> int | None:
        return round(self.agreed * 100 / self.double_coded) if self.double_coded else None


def coder_agreement(*, consultation: ConsultationPage) -> Agreement:
    """Of the answers coded by more than one person, how many got exactly the same themes from each."""
    sets = _coder_sets(consultation=consultation)
    agreed = sum(1 for by_coder in sets.values() if len({frozenset(themes) for themes in by_coder.values()}) == 1)
    return Agreement(double_coded=len(sets), agreed=agreed)


def _answers_of(*, consultation: ConsultationPage, answer_ids: list[int]) -> list[int]:
    """Only answers to this consultation's free-text questions: a forged id from elsewhere is dropped."""
    question_ids = [question.id for question in free_text_questions(consultation=consultation)]
    return list(
        Answer.objects.filter(pk__in=answer_ids, question_id__in=question_ids)
        .exclude(text="")
        .values_list("pk", flat=True)
    )


def _check_theme(*, consultation: ConsultationPage, theme: Theme) -> None:
    if theme.consultation_id != consultation.pk:
        raise ValidationError("That theme belongs to another consultation.")


def _purge_if_public(consultation: ConsultationPage) -> None:
    """Theme counts are on the public report once it is published: cached copies must go."""
    if consultation.status == Status.PUBLISHED:
        from fitforfuture.cache import purge_all_pages

        purge_all_pages()


def codings_apply(
    *, consultation: ConsultationPage, theme: Theme, answer_ids: list[int], coded_by, from_suggestion: bool = False
) -> int:
    """Put one theme on several answers for one person. Returns how many answers newly got it from them."""
    _check_theme(consultation=consultation, theme=theme)
    ids = _answers_of(consultation=consultation, answer_ids=answer_ids)
    with transaction.atomic():
        already = set(
            Coding.objects.filter(theme=theme, coded_by=coded_by, answer_id__in=ids).values_list("answer_id", flat=True)
        )
        new = [
            Coding(answer_id=answer_id, theme=theme, coded_by=coded_by, from_suggestion=from_suggestion)
            for answer_id in ids
            if answer_id not in already
        ]
        Coding.objects.bulk_create(new, ignore_conflicts=True)
    _purge_if_public(consultation)
    return len(new)


def codings_remove(*, consultation: ConsultationPage, theme: Theme, answer_ids: list[int]) -> int:
    """Take a theme off several answers, whoever put it there. Returns how many codings were removed."""
    _check_theme(consultation=consultation, theme=theme)
    ids = _answers_of(consultation=consultation, answer_ids=answer_ids)
    deleted, _ = Coding.objects.filter(theme=theme, answer_id__in=ids).delete()
    _purge_if_public(consultation)
    return deleted


def quote_choose(*, consultation: ConsultationPage, theme: Theme, answer: Answer, text: str, chosen_by) -> Quote:
    """Keep some words of an answer as a quote for the report. The text is what staff checked and edited."""
    _check_theme(consultation=consultation, theme=theme)
    if not _answers_of(consultation=consultation, answer_ids=[answer.pk]):
        raise ValidationError("That answer is not part of this consultation.")
    # Control characters (NUL cannot even be stored in PostgreSQL) never belong in a quote.
    text = text.translate(CONTROL_CHARACTERS).strip()
    if not text:
        raise ValidationError({"text": "Enter the words to quote"})
    return Quote.objects.create(theme=theme, answer=answer, text=text, chosen_by=chosen_by)


def theme_counts(*, consultation: ConsultationPage) -> dict[int, int]:
    """How many answers carry each theme (by anyone), counted in the database."""
    return dict(
        Theme.objects.filter(consultation=consultation)
        .annotate(answers=Count("codings__answer", distinct=True))
        .values_list("pk", "answers")
    )


def uncoded_count(*, consultation: ConsultationPage) -> int:
    return answers_for_coding(consultation=consultation, state=UNCODED).count()


def districts_answering(*, consultation: ConsultationPage) -> list[str]:
    """Postcode districts that appear among responses, for the filter (kept for a few minutes)."""
    from django.core.cache import cache

    def read() -> list[str]:
        return list(
            consultation.responses.exclude(postcode_district="")
            .order_by("postcode_district")
            .values_list("postcode_district", flat=True)
            .distinct()
        )

    return cache.get_or_set(f"coding:districts:{consultation.pk}", read, timeout=300)
