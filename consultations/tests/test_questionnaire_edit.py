"""A questionnaire that already has answers cannot lose a question or an option silently:
the edit is refused with a clear message, and retiring the question is the way to stop asking it."""

import json

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data

from consultations.models import ConsultationPage
from consultations.tests.helpers import make_response


def raw_questions(page) -> list[dict]:
    return list(page.questions.raw_data)


def with_questions(page, questions: list[dict]) -> ConsultationPage:
    """The page as an editor would save it, with a changed questionnaire."""
    edited = ConsultationPage.objects.get(pk=page.pk)
    edited.questions = json.dumps(questions)
    return edited


@pytest.fixture
def answered(consultation):
    make_response(consultation)
    return consultation


def test_dropping_an_answered_question_is_refused_with_a_clear_message(answered):
    questions = raw_questions(answered)
    likert = next(block for block in questions if block["type"] == "likert")
    edited = with_questions(answered, [block for block in questions if block is not likert])
    with pytest.raises(ValidationError) as refused:
        edited.clean()
    assert refused.value.message_dict["questions"] == [
        f"'{likert['value']['question']}' has 1 answers, so it cannot be removed. Tick 'Retired' to stop asking it."
    ]


def test_dropping_an_answered_option_is_refused_with_a_clear_message(answered):
    questions = raw_questions(answered)
    choice = next(block for block in questions if block["type"] == "single_choice")
    dropped = choice["value"]["options"].pop(0)
    with pytest.raises(ValidationError) as refused:
        with_questions(answered, questions).clean()
    assert refused.value.message_dict["questions"] == [
        f"The option '{dropped['value']}' of '{choice['value']['question']}' has 1 answers, so it cannot be removed."
    ]


def test_retiring_an_answered_question_is_allowed_and_keeps_it_for_reports(answered):
    questions = raw_questions(answered)
    likert = next(block for block in questions if block["type"] == "likert")
    likert["value"]["retired"] = True
    edited = with_questions(answered, questions)
    edited.clean()
    edited.save()
    assert likert["id"] not in {question.id for question in edited.questionnaire.asked}
    assert likert["id"] in edited.questionnaire.by_id()


def test_rewording_answered_questions_and_adding_new_ones_is_allowed(answered):
    questions = raw_questions(answered)
    questions[0]["value"]["question"] = "Which minor injury unit do you use most often?"
    questions[0]["value"]["options"][0]["value"] = "Doddington Community Hospital"
    questions.append({**questions[-1], "id": "a-new-question"})
    with_questions(answered, questions).clean()


def test_a_consultation_without_responses_can_be_changed_freely(consultation):
    with_questions(consultation, raw_questions(consultation)[:1]).clean()


# -- through the Wagtail page editor ---------------------------------------------------------


def block_form_data(block: dict, index: int) -> dict:
    value = dict(block["value"])
    if "options" in value:
        options = value.pop("options")
        value["options"] = {
            **{
                str(n): {"value": option["value"], "id": option["id"], "deleted": "", "order": str(n)}
                for n, option in enumerate(options)
            },
            "count": str(len(options)),
        }
    value = {key: ("on" if item is True else "" if item is False else item) for key, item in value.items()}
    return {"type": block["type"], "id": block["id"], "value": value, "deleted": "", "order": str(index)}


def edit_form_data(page, questions: list[dict]) -> dict:
    stream = {str(n): block_form_data(block, n) for n, block in enumerate(questions)}
    stream["count"] = str(len(questions))
    local = timezone.localtime
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "opens_at": local(page.opens_at).strftime("%Y-%m-%d %H:%M"),
            "closes_at": local(page.closes_at).strftime("%Y-%m-%d %H:%M"),
            "body": {"count": "0"},
            "documents": {"count": "0"},
            "questions": stream,
            "ask_about_you": "on",
            "consent_statement": page.consent_statement,
        }
    )


def test_the_page_editor_refuses_to_drop_an_answered_question(client, login, answered):
    login("Engagement leads")
    questions = raw_questions(answered)
    kept = [block for block in questions if block["type"] != "likert"]
    response = client.post(f"/admin/pages/{answered.pk}/edit/", edit_form_data(answered, kept))
    assert response.status_code == 200
    errors = response.context["form"].errors["questions"]
    assert any("cannot be removed. Tick 'Retired' to stop asking it." in str(error) for error in errors)
    assert len(ConsultationPage.objects.get(pk=answered.pk).questionnaire.questions) == len(
        [block for block in questions if block["type"] != "page_break"]
    )


def test_the_page_editor_saves_a_retired_question(client, login, answered):
    login("Engagement leads")
    questions = raw_questions(answered)
    likert = next(block for block in questions if block["type"] == "likert")
    likert["value"]["retired"] = True
    response = client.post(f"/admin/pages/{answered.pk}/edit/", edit_form_data(answered, questions))
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    latest = ConsultationPage.objects.get(pk=answered.pk).get_latest_revision_as_object()
    assert likert["id"] not in {question.id for question in latest.questionnaire.asked}
