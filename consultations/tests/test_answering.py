"""A resident answers a consultation page by page, without JavaScript, and it is stored exactly once."""

import json
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.utils import timezone

from consultations.demo import miu_questions
from consultations.models import Answer, ConsultationIndexPage, ConsultationPage, Draft, Response


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def consultation(home_page):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    now = timezone.now()
    page = ConsultationPage(
        title="Minor injury units",
        slug="minor-injury-units",
        intro="The future of the minor injury units.",
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=30),
        questions=json.dumps(miu_questions()),
    )
    index.add_child(instance=page)
    return page


def questions(page):
    return {question.text.split(" ")[1]: question for question in page.questionnaire.asked}


def first_page_answers(page) -> dict:
    q = page.questionnaire.asked
    return {
        q[0].field_name: q[0].options[0].id,  # Doddington Hospital
        q[1].field_name: [q[1].options[0].id, q[1].options[2].id],
        q[2].field_name: "agree",
        **{f"{q[3].field_name}__{option.id}": str(n) for n, option in enumerate(q[3].options, start=1)},
    }


def answer_everything(client, page, receipt_email=""):
    url = page.url
    assert client.post(f"{url}respond/1/", first_page_answers(page)).status_code == 302
    q = page.questionnaire.asked
    second = {q[4].field_name: "Please keep Doddington open.", q[5].field_name: "yes", q[6].field_name: "pe13 1ab"}
    assert client.post(f"{url}respond/2/", second)["Location"].endswith("respond/about-you/")
    assert (
        client.post(f"{url}respond/about-you/", {"respondent_type": "individual", "age_band": "65 to 74"}).status_code
        == 302
    )
    check = client.get(f"{url}respond/check-answers/")
    token = soup_of(check).find("input", attrs={"name": "submission_token"})["value"]
    return client.post(
        f"{url}respond/check-answers/", {"submission_token": token, "consent": "on", "receipt_email": receipt_email}
    ), token


def test_consultation_page_shows_status_dates_and_a_start_button(client, consultation):
    soup = soup_of(client.get(consultation.url))
    assert soup.select_one("main strong.nhsuk-tag").get_text(strip=True) == "Open"
    assert soup.find("a", string="Have your say")["href"] == f"{consultation.url}respond/1/"
    assert "Closes" in soup.find("dl").get_text()


def test_full_journey_stores_one_response_with_every_answer_and_shows_a_reference(client, consultation):
    response, token = answer_everything(client, consultation, receipt_email="resident@example.org")
    assert response.status_code == 302
    confirmation = client.get(response["Location"])
    stored = Response.objects.get()
    assert stored.reference in confirmation.content.decode()
    assert stored.channel == "online"
    assert stored.postcode_district == "PE13"
    assert stored.age_band == "65 to 74"
    q = consultation.questionnaire.asked
    assert set(Answer.objects.filter(question_id=q[1].id).values_list("option_id", flat=True)) == {
        q[1].options[0].id,
        q[1].options[2].id,
    }
    assert Answer.objects.filter(question_id=q[3].id).count() == 4
    assert Answer.objects.get(question_id=q[6].id).text == "PE13", "only the postcode district is kept"
    assert mail.outbox[-1].to == ["resident@example.org"]
    assert stored.reference in mail.outbox[-1].body


def test_double_click_or_retried_post_never_creates_a_second_response(client, consultation):
    first, token = answer_everything(client, consultation)
    again = client.post(f"{consultation.url}respond/check-answers/", {"submission_token": token, "consent": "on"})
    assert again.status_code == 302
    assert again["Location"] == first["Location"]
    assert Response.objects.count() == 1


def test_missing_required_answer_shows_linked_error_and_keeps_what_was_typed(client, consultation):
    q = consultation.questionnaire.asked
    data = first_page_answers(consultation)
    del data[q[0].field_name]
    response = client.post(f"{consultation.url}respond/1/", data)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.title.string.startswith("Error:")
    link = soup.select_one(".nhsuk-error-summary__list a")
    assert link["href"] == f"#id_{q[0].field_name}_0"
    assert soup.find(id=link["href"][1:]) is not None
    assert soup.find("input", attrs={"value": "agree", "name": q[2].field_name}).has_attr("checked")


def test_free_text_over_its_limit_is_refused_with_the_text_kept(client, consultation):
    client.post(f"{consultation.url}respond/1/", first_page_answers(consultation))
    q = consultation.questionnaire.asked
    long_text = "x" * 1501
    response = client.post(f"{consultation.url}respond/2/", {q[4].field_name: long_text})
    soup = soup_of(response)
    assert "1500 characters or fewer" in soup.select_one(".nhsuk-error-summary").get_text()
    assert soup.find("textarea").get_text() == long_text


def test_bad_postcode_is_explained(client, consultation):
    client.post(f"{consultation.url}respond/1/", first_page_answers(consultation))
    q = consultation.questionnaire.asked
    response = client.post(f"{consultation.url}respond/2/", {q[6].field_name: "not a postcode"})
    assert "Enter a real postcode" in response.content.decode()


def test_same_rank_twice_in_a_ranking_question_is_refused(client, consultation):
    q = consultation.questionnaire.asked
    data = first_page_answers(consultation)
    for option in q[3].options:
        data[f"{q[3].field_name}__{option.id}"] = "1"
    response = client.post(f"{consultation.url}respond/1/", data)
    assert "different place" in response.content.decode()


def test_consent_is_needed_before_sending(client, consultation):
    response, token = answer_everything(client, consultation)
    Response.objects.all().delete()
    client.post(f"{consultation.url}respond/1/", first_page_answers(consultation))
    check = client.get(f"{consultation.url}respond/check-answers/")
    token = soup_of(check).find("input", attrs={"name": "submission_token"})["value"]
    refused = client.post(f"{consultation.url}respond/check-answers/", {"submission_token": token})
    assert refused.status_code == 200
    assert "Tick the box" in refused.content.decode()
    assert not Response.objects.exists()


def test_closed_and_forthcoming_consultations_refuse_answers_with_a_clear_page(client, consultation):
    consultation.closes_at = timezone.now() - timedelta(hours=1)
    consultation.save_revision().publish()
    closed = client.get(f"{consultation.url}respond/1/")
    assert closed.status_code == 200
    assert "This consultation has closed" in closed.content.decode()
    consultation.opens_at = timezone.now() + timedelta(days=3)
    consultation.closes_at = timezone.now() + timedelta(days=30)
    consultation.save_revision().publish()
    soon = client.post(f"{consultation.url}respond/check-answers/", {"consent": "on"})
    assert "has not opened yet" in soon.content.decode()
    assert not Response.objects.exists()


def test_save_and_return_emails_a_link_that_restores_the_answers(
    client, consultation, django_capture_on_commit_callbacks
):
    q = consultation.questionnaire.asked
    data = {**first_page_answers(consultation), "save_for_later": "1"}
    saved = client.post(f"{consultation.url}respond/1/", data)
    assert saved["Location"].endswith("respond/save/")
    client.post(f"{consultation.url}respond/save/", {"email": "later@example.org"})
    assert Draft.objects.count() == 1
    link = re.search(r"http://testserver(\S+/respond/resume/\S+/)", mail.outbox[-1].body).group(1)
    other_browser = type(client)()
    resumed = other_browser.get(link)
    assert resumed.status_code == 302
    page = other_browser.get(resumed["Location"])
    assert (
        BeautifulSoup(page.content, "html.parser")
        .find("input", attrs={"name": q[0].field_name, "value": q[0].options[0].id})
        .has_attr("checked")
    )
    assert other_browser.get(link).status_code == 404, "a link works once"


def test_identical_long_free_text_in_two_responses_is_flagged_not_deleted(consultation):
    from consultations.services import response_create

    q = consultation.questionnaire.asked
    text = "Keep our minor injury unit open, it is vital for the whole community here."
    first, _ = response_create(consultation=consultation, answers={q[4].field_name: text})
    second, _ = response_create(consultation=consultation, answers={q[4].field_name: text.upper() + "!"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.possible_campaign and second.possible_campaign
    assert Response.objects.count() == 2


def test_listing_filters_by_status(client, consultation):
    response = client.get("/consultations/", {"status": "open"})
    assert "Minor injury units" in response.content.decode()
    none = client.get("/consultations/", {"status": "forthcoming"})
    assert "No consultations match" in none.content.decode()


def test_answers_posted_after_closing_are_refused_but_shown_back_so_nothing_is_lost(client, consultation):
    client.post(f"{consultation.url}respond/1/", first_page_answers(consultation))
    consultation.closes_at = timezone.now() - timedelta(minutes=1)
    consultation.save_revision().publish()
    q = consultation.questionnaire.asked
    typed = "<b>Please</b> keep Doddington open at night."
    response = client.post(f"{consultation.url}respond/2/", {q[4].field_name: typed})
    text = response.content.decode()
    assert "This consultation has closed" in text
    assert "&lt;b&gt;Please&lt;/b&gt; keep Doddington open at night." in text, "typed text is shown back, escaped"
    assert "Doddington Hospital" in text, "answers from earlier pages are shown too"
    assert not Response.objects.exists()


def test_forged_option_values_are_rejected(client, consultation):
    q = consultation.questionnaire.asked
    data = first_page_answers(consultation)
    data[q[0].field_name] = "not-a-real-option"
    data[q[1].field_name] = [q[1].options[0].id, "forged"]
    response = client.post(f"{consultation.url}respond/1/", data)
    assert response.status_code == 200
    assert response.content.decode().count("nhsuk-error-message") >= 2
