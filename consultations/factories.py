"""Factories for consultations, their questionnaires and responses.

Questionnaires are StreamField raw data with explicit block ids, and list items in the
current ListBlock format ({"type": "item", "value": ..., "id": ...}), so every question
and option has the stable id that answers point at.
"""

import datetime
import json
import uuid

import factory
import wagtail_factories

from django.utils import timezone

from consultations import models


def question_block(
    kind: str,
    text: str,
    *,
    options: list[str] | tuple[str, ...] = (),
    required: bool = False,
    retired: bool = False,
    hint: str = "",
    max_length: int | None = None,
) -> dict:
    """One question as StreamField raw data."""
    value = {"question": text, "hint": hint, "required": required, "retired": retired}
    if kind in {"single_choice", "multiple_choice", "ranking"}:
        value["options"] = [{"type": "item", "value": label, "id": str(uuid.uuid4())} for label in options]
    if kind == "free_text":
        value["max_length"] = max_length or 1500
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def page_break(title: str = "") -> dict:
    return {"type": "page_break", "value": {"title": title}, "id": str(uuid.uuid4())}


def sample_questions() -> list[dict]:
    """One question of every kind, over two pages."""
    return [
        question_block(
            "single_choice",
            "Which minor injury unit do you use most?",
            options=[
                "Doddington Hospital",
                "North Cambridgeshire Hospital, Wisbech",
                "Princess of Wales Hospital, Ely",
            ],
            required=True,
        ),
        question_block(
            "multiple_choice",
            "What matters most to you?",
            options=["Travel time", "Being seen quickly", "Tests such as X-rays"],
        ),
        question_block("likert", "We should bring services together in urgent care hubs."),
        question_block("ranking", "Put these in order of importance", options=["Quality", "Affordability", "Access"]),
        page_break("Your views"),
        question_block("free_text", "Is there anything else you want to tell us?", max_length=1500),
        question_block("yes_no", "Have you used a minor injury unit in the last year?"),
        question_block("postcode", "What is your postcode?"),
    ]


class ConsultationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Consultations"
    slug = "consultations"
    intro = "Have your say on plans for local health and care."

    class Meta:
        model = models.ConsultationIndexPage


class ConsultationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Consultation {n}")
    slug = factory.Sequence(lambda n: f"consultation-{n}")
    intro = "What is proposed, in one sentence."
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    questions = factory.LazyFunction(lambda: json.dumps(sample_questions()))

    class Meta:
        model = models.ConsultationPage


class ResponseFactory(factory.django.DjangoModelFactory):
    """A response with no answers; pass consultation=... (a ConsultationPage)."""

    channel = models.Channel.ONLINE
    submitted_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Response


class AnswerFactory(factory.django.DjangoModelFactory):
    """One answer row; pass response=... and question_id=... (and option_id, rank or text)."""

    class Meta:
        model = models.Answer


class ExportJobFactory(factory.django.DjangoModelFactory):
    """A pending export; pass consultation=..."""

    format = models.ExportFormat.XLSX

    class Meta:
        model = models.ExportJob


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Working group {n}")
    description = "Takes comments forward."

    class Meta:
        model = models.WorkingGroup


class ThemeFactory(factory.django.DjangoModelFactory):
    """A theme in a consultation's codebook; pass consultation=..."""

    name = factory.Sequence(lambda n: f"Theme {n}")
    you_said = "What people told us about it."
    working_group = factory.SubFactory(WorkingGroupFactory)

    class Meta:
        model = models.Theme


class CodingFactory(factory.django.DjangoModelFactory):
    """One person putting a theme on an answer; pass answer=... and theme=..."""

    class Meta:
        model = models.Coding


class ActionFactory(factory.django.DjangoModelFactory):
    """A 'we did' action; pass theme=..."""

    we_did = factory.Sequence(lambda n: f"We did thing {n}.")
    status = models.ActionStatus.PLANNED

    class Meta:
        model = models.Action


class QuoteFactory(factory.django.DjangoModelFactory):
    """A quote for the report; pass theme=..."""

    text = "Please keep it local."

    class Meta:
        model = models.Quote


class PopulationFigureFactory(factory.django.DjangoModelFactory):
    dimension = models.PopulationDimension.AGE_BAND
    category = "65 to 74"
    people = 1000
    source = "Test figures"
    year = 2016

    class Meta:
        model = models.PopulationFigure


class EasyReadPageFactory(wagtail_factories.PageFactory):
    """An Easy Read summary; pass parent=... (a ConsultationPage)."""

    title = "Easy Read"
    slug = "easy-read"
    intro = "This is an easy way to read about the plan."
    body = factory.LazyFunction(
        lambda: json.dumps(
            [
                {"type": "heading", "value": {"text": "What is this about?", "level": "2"}, "id": str(uuid.uuid4())},
                {
                    "type": "row",
                    "value": {"image": None, "alt_text": "", "text": "There are 3 minor injury units."},
                    "id": str(uuid.uuid4()),
                },
            ]
        )
    )

    class Meta:
        model = models.EasyReadPage
