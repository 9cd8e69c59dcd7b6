"""Every consultation factory builds a saved object, and the sample questionnaire reads back whole."""

from consultations import factories
from consultations.models import ExportStatus


def test_consultation_page_factory_builds_a_live_page_under_the_index(consultation_index):
    page = factories.ConsultationPageFactory(parent=consultation_index)
    assert page.live
    assert page.get_parent().pk == consultation_index.pk
    assert page.is_open


def test_sample_questionnaire_has_one_question_of_every_kind_with_stable_ids(consultation):
    questionnaire = consultation.questionnaire
    kinds = [question.kind for question in questionnaire.questions]
    assert sorted(kinds) == sorted(
        ["single_choice", "multiple_choice", "likert", "ranking", "free_text", "yes_no", "postcode"]
    )
    assert questionnaire.page_numbers == [1, 2]
    raw = {block["id"]: block for block in consultation.questions.raw_data}
    ranking = next(question for question in questionnaire.questions if question.kind == "ranking")
    assert [option.id for option in ranking.options] == [item["id"] for item in raw[ranking.id]["value"]["options"]]


def test_response_answer_and_export_job_factories_build_saved_objects(consultation):
    response = factories.ResponseFactory(consultation=consultation)
    answer = factories.AnswerFactory(response=response, question_id="q", text="Some text")
    job = factories.ExportJobFactory(consultation=consultation)
    assert response.pk and answer.pk and job.pk
    assert response.reference.startswith("FFF-")
    assert job.status == ExportStatus.PENDING


def test_report_factories_build_saved_objects(consultation):
    response = factories.ResponseFactory(consultation=consultation)
    answer = factories.AnswerFactory(response=response, question_id="q", text="Some text")
    theme = factories.ThemeFactory(consultation=consultation)
    coding = factories.CodingFactory(answer=answer, theme=theme)
    action = factories.ActionFactory(theme=theme)
    quote = factories.QuoteFactory(theme=theme, answer=answer)
    figure = factories.PopulationFigureFactory()
    assert all(item.pk for item in (theme, theme.working_group, coding, action, quote, figure))
