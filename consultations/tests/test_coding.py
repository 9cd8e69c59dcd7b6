"""Coding free-text answers into themes: the workbench, bulk coding, suggestions and agreement."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from consultations import coding
from consultations.factories import ConsultationPageFactory, ThemeFactory
from consultations.models import Channel, Coding, Quote
from consultations.tests.helpers import make_response

pytestmark = pytest.mark.django_db


def free_text_answer(response):
    question_id = next(q.id for q in response.consultation.questionnaire.questions if q.kind == "free_text")
    return response.answers.get(question_id=question_id)


def workbench_url(consultation, query: str = "") -> str:
    url = reverse("consultations_admin:coding", args=[consultation.pk])
    return f"{url}?{query}" if query else url


@pytest.fixture
def answers(consultation):
    texts = [
        "The bus to Wisbech takes too long, travel is hard.",
        "Travel by bus is hard for older people.",
        "Please keep Doddington open, it is local.",
        "Keep the local unit open in Ely.",
        "The waiting time was four hours.",
    ]
    return [free_text_answer(make_response(consultation, text=text)) for text in texts]


@pytest.fixture
def travel(consultation):
    return ThemeFactory(consultation=consultation, name="Travel")


@pytest.fixture
def local(consultation):
    return ThemeFactory(consultation=consultation, name="Keeping services local")


def test_coding_records_who_and_when_and_an_answer_can_carry_several_themes(consultation, answers, travel, local, lead):
    coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[answers[0].pk], coded_by=lead)
    coding.codings_apply(consultation=consultation, theme=local, answer_ids=[answers[0].pk], coded_by=lead)
    rows = Coding.objects.filter(answer=answers[0])
    assert {row.theme.name for row in rows} == {"Travel", "Keeping services local"}
    assert all(row.coded_by == lead and row.coded_at for row in rows)


def test_coding_the_same_answer_twice_by_the_same_person_stores_it_once(consultation, answers, travel, lead):
    for _ in range(2):
        coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[answers[0].pk], coded_by=lead)
    assert Coding.objects.count() == 1


def test_answers_and_themes_of_another_consultation_are_never_coded(consultation, consultation_index, travel, lead):
    other = ConsultationPageFactory(parent=consultation_index)
    foreign = free_text_answer(make_response(other))
    assert coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[foreign.pk], coded_by=lead) == 0
    with pytest.raises(Exception, match="another consultation"):
        coding.codings_apply(consultation=other, theme=travel, answer_ids=[foreign.pk], coded_by=lead)
    assert not Coding.objects.exists()


def test_agreement_counts_answers_coded_alike_by_two_people(
    consultation, answers, travel, local, lead, django_user_model
):
    second = django_user_model.objects.create(username="second-coder")
    coding.codings_apply(
        consultation=consultation, theme=travel, answer_ids=[answers[0].pk, answers[1].pk], coded_by=lead
    )
    coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[answers[0].pk], coded_by=second)
    coding.codings_apply(consultation=consultation, theme=local, answer_ids=[answers[1].pk], coded_by=second)
    agreement = coding.coder_agreement(consultation=consultation)
    assert (agreement.double_coded, agreement.agreed, agreement.percent) == (2, 1, 50)
    disagreeing = coding.answers_for_coding(consultation=consultation, state=coding.DISAGREE)
    assert [answer.pk for answer in disagreeing] == [answers[1].pk]


def test_the_workbench_lists_answers_with_filters(client, consultation, answers, travel, lead):
    coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[answers[0].pk], coded_by=lead)
    page = client.get(workbench_url(consultation, "state=uncoded"))
    assert page.status_code == 200
    text = BeautifulSoup(page.content, "html.parser").get_text(" ")
    assert "4 answers match" in text
    assert "Keep the local unit open in Ely." in text
    assert "The bus to Wisbech takes too long" not in text
    searched = BeautifulSoup(client.get(workbench_url(consultation, "q=waiting")).content, "html.parser")
    assert "1 answer match" in searched.get_text(" ")


def test_the_codebook_shows_how_many_answers_carry_each_theme(client, consultation, answers, travel, local, lead):
    coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[a.pk for a in answers[:2]], coded_by=lead)
    page = BeautifulSoup(client.get(workbench_url(consultation)).content, "html.parser")
    codebook = page.select("table.listing")[0]
    rows = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in codebook.select("tbody tr")}
    assert rows == {"Travel": "2", "Keeping services local": "0"}


def test_the_workbench_lists_event_comments_from_every_channel(client, consultation, lead):
    free_text_answer(make_response(consultation, channel=Channel.EVENT, text="Said at the Ely assembly."))
    page = client.get(workbench_url(consultation, "channel=event"))
    assert "Said at the Ely assembly." in page.content.decode()


def test_bulk_coding_ticked_answers_from_the_workbench(client, consultation, answers, travel, lead):
    page = client.post(
        workbench_url(consultation),
        {"theme": travel.pk, "operation": "add", "scope": "selected", "answers": [answers[0].pk, answers[1].pk]},
    )
    assert page.status_code == 302
    assert set(Coding.objects.values_list("answer_id", flat=True)) == {answers[0].pk, answers[1].pk}
    assert set(Coding.objects.values_list("coded_by", flat=True)) == {lead.pk}


def test_bulk_coding_every_answer_matching_the_filters(client, consultation, answers, local, lead):
    client.post(
        workbench_url(consultation),
        {"theme": local.pk, "operation": "add", "scope": "filtered", "query": "q=local"},
    )
    assert set(Coding.objects.values_list("answer_id", flat=True)) == {answers[2].pk, answers[3].pk}


def test_removing_a_theme_in_bulk(client, consultation, answers, travel, lead):
    coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[a.pk for a in answers], coded_by=lead)
    client.post(
        workbench_url(consultation),
        {"theme": travel.pk, "operation": "remove", "scope": "selected", "answers": [answers[0].pk]},
    )
    assert Coding.objects.count() == len(answers) - 1


def test_bulk_coding_with_nothing_ticked_explains_what_to_do_and_changes_nothing(
    client, consultation, answers, travel, lead
):
    page = client.post(workbench_url(consultation), {"theme": travel.pk, "operation": "add", "scope": "selected"})
    assert page.status_code == 200
    assert "Tick at least one answer" in page.content.decode()
    assert not Coding.objects.exists()


def test_suggestions_are_shown_but_never_applied_until_a_person_accepts_one(
    client, consultation, answers, travel, lead
):
    coding.codings_apply(consultation=consultation, theme=travel, answer_ids=[answers[0].pk], coded_by=lead)
    # A second coded answer with another theme, so there is something to tell apart.
    other = ThemeFactory(consultation=consultation, name="Waiting")
    coding.codings_apply(consultation=consultation, theme=other, answer_ids=[answers[4].pk], coded_by=lead)
    page = client.get(workbench_url(consultation, "state=uncoded"))
    soup = BeautifulSoup(page.content, "html.parser")
    button = soup.find("button", attrs={"name": "accept", "value": f"{answers[1].pk}:{travel.pk}"})
    assert button is not None and "Add Travel" in button.get_text()
    assert Coding.objects.count() == 2, "showing suggestions codes nothing"
    client.post(workbench_url(consultation), {"accept": button["value"], "query": "state=uncoded"})
    accepted = Coding.objects.get(answer=answers[1])
    assert accepted.theme == travel and accepted.from_suggestion and accepted.coded_by == lead


def test_a_forged_suggestion_is_refused(client, consultation, consultation_index, answers, lead):
    foreign_theme = ThemeFactory(consultation=ConsultationPageFactory(parent=consultation_index))
    client.post(workbench_url(consultation), {"accept": f"{answers[0].pk}:{foreign_theme.pk}"})
    client.post(workbench_url(consultation), {"accept": "not-a-number"})
    assert not Coding.objects.exists()


def test_choosing_a_quote_keeps_the_edited_words_and_who_chose_them(client, consultation, answers, travel, lead):
    url = reverse("consultations_admin:quote", args=[consultation.pk, answers[0].pk])
    assert client.get(url).status_code == 200
    empty = client.post(url, {"theme": travel.pk, "text": "  "})
    assert empty.status_code == 200 and "This field is required" in empty.content.decode()
    client.post(url, {"theme": travel.pk, "text": "The bus takes too long."})
    quote = Quote.objects.get()
    assert (quote.text, quote.theme, quote.chosen_by, quote.answer) == (
        "The bus takes too long.",
        travel,
        lead,
        answers[0],
    )


def test_a_quote_loses_control_characters_before_it_is_stored(consultation, answers, travel, lead):
    quote = coding.quote_choose(
        consultation=consultation, theme=travel, answer=answers[0], text="Too\x1b long\x07 ", chosen_by=lead
    )
    assert quote.text == "Too long"


@pytest.mark.parametrize("group", ["Editors", "Councillors", None])
def test_only_engagement_leads_can_code(client, login, consultation, answers, travel, group):
    login(group)
    assert client.get(workbench_url(consultation)).status_code in (302, 403)
    response = client.post(
        workbench_url(consultation),
        {"theme": travel.pk, "operation": "add", "scope": "selected", "answers": [answers[0].pk]},
    )
    assert response.status_code in (302, 403)
    assert not Coding.objects.exists()


def test_councillors_guessing_personal_data_urls_get_403(client, login, consultation, answers):
    login("Councillors")
    response_id = answers[0].response_id
    for name, args in [
        ("responses", [consultation.pk]),
        ("response", [consultation.pk, response_id]),
        ("export_csv", [consultation.pk]),
        ("coding", [consultation.pk]),
        ("quote", [consultation.pk, answers[0].pk]),
    ]:
        assert client.get(reverse(f"consultations_admin:{name}", args=args)).status_code == 403, name


def test_councillors_see_the_list_of_reports_and_nothing_to_code(client, login, consultation):
    login("Councillors")
    page = client.get(reverse("consultations_admin:reports"))
    assert page.status_code == 200
    html = page.content.decode()
    assert consultation.title in html and "report/pdf/" in html
    assert "Code answers" not in html


def test_a_page_of_answers_holds_the_right_answers_newest_first(consultation):
    for n in range(7):
        make_response(consultation, text=f"Comment {n}")
    answers = coding.answers_for_coding(consultation=consultation)
    newest_first = list(answers.values_list("pk", flat=True))
    first = coding.answers_page(answers=answers, number=1, per_page=3)
    last = coding.answers_page(answers=answers, number=3, per_page=3)
    assert [answer.pk for answer in first.object_list] == newest_first[:3]
    assert [answer.pk for answer in last.object_list] == newest_first[6:]
    assert first.paginator.count == 7 and first.object_list[0].response.reference
    beyond = coding.answers_page(answers=answers, number=99, per_page=3)
    assert beyond.number == 3
