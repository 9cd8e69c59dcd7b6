"""A resident answers a consultation without JavaScript, and it is stored exactly once.

A long questionnaire is answered page by page (the ``consultation`` fixture: the minor injury units
questions and a third page); a short one, like the minor injury units questionnaire itself (``miu``),
on one page with one POST.
"""

import json
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core import mail, signing
from django.test import Client
from django.utils import timezone

from consultations import services
from consultations.demo import miu_questions
from consultations.factories import page_break, question_block
from consultations.models import Answer, ConsultationIndexPage, ConsultationPage, Draft, Response
from consultations.questionnaire import ONE_PAGE_MAX_QUESTIONS


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def long_questions() -> list[dict]:
    """The minor injury units questions and a third page: too many for one page."""
    extra = [
        question_block("yes_no", "Have you called NHS 111 in the last year?"),
        question_block("free_text", "What would make it easier to get care near where you live?"),
    ]
    return [*miu_questions(), page_break("A little more"), *extra]


@pytest.fixture
def consultation_index(home_page):
    index = ConsultationIndexPage(title="Consultations", slug="consultations")
    home_page.add_child(instance=index)
    return index


def add_consultation(index, *, slug: str, questions: list[dict]) -> ConsultationPage:
    now = timezone.now()
    page = ConsultationPage(
        title="Minor injury units",
        slug=slug,
        intro="The future of the minor injury units.",
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=30),
        questions=json.dumps(questions),
    )
    index.add_child(instance=page)
    return page


@pytest.fixture
def consultation(consultation_index):
    """A long questionnaire, answered page by page."""
    return add_consultation(consultation_index, slug="minor-injury-units", questions=long_questions())


@pytest.fixture
def miu(consultation_index):
    """The minor injury units questionnaire as residents get it: short, so on one page."""
    return add_consultation(consultation_index, slug="minor-injury-units-2016", questions=miu_questions())


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
    assert client.post(f"{url}respond/2/", second)["Location"].endswith("respond/3/")
    assert client.post(f"{url}respond/3/", {})["Location"].endswith("respond/about-you/")
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


def test_a_campaign_marks_each_response_once_and_only_those_sharing_a_text(consultation, miu):
    from consultations.services import response_create

    q, other = consultation.questionnaire.asked, miu.questionnaire.asked
    text = "Keep our minor injury unit open, it is vital for the whole community here."
    own = "Buses from March to Doddington stop at six in the evening, which is too early."
    unrelated, _ = response_create(consultation=consultation, answers={q[4].field_name: own + " Really."})
    elsewhere, _ = response_create(consultation=miu, answers={other[4].field_name: text})
    first, _ = response_create(consultation=consultation, answers={q[4].field_name: text})
    assert not Response.objects.filter(possible_campaign=True).exists(), "another consultation's text"
    second, _ = response_create(consultation=consultation, answers={q[4].field_name: text.lower()})
    assert set(Response.objects.filter(possible_campaign=True)) == {first, second}
    third, _ = response_create(consultation=consultation, answers={q[4].field_name: own + " Really!"})
    assert set(Response.objects.filter(possible_campaign=True)) == {first, second, third, unrelated}
    assert not Response.objects.filter(pk=elsewhere.pk, possible_campaign=True).exists()


def test_fingerprints_stored_before_are_made_again_per_consultation(consultation):
    import importlib

    from django.apps import apps

    from consultations.services import response_create, text_fingerprint

    migration = importlib.import_module("consultations.migrations.0009_fingerprints_per_consultation")
    q = consultation.questionnaire.asked
    text = "Keep our minor injury unit open, it is vital for the whole community here."
    response, _ = response_create(consultation=consultation, answers={q[4].field_name: text, q[5].field_name: "yes"})
    Answer.objects.filter(response=response, question_id=q[4].id).update(text_fingerprint="made the old way")
    migration.refingerprint(apps, None)
    fingerprints = dict(Answer.objects.filter(response=response).values_list("question_id", "text_fingerprint"))
    assert fingerprints == {q[4].id: text_fingerprint(text, consultation_id=consultation.pk), q[5].id: ""}


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


# -- a short questionnaire, on one page --------------------------------------------------------


def one_page_answers(page, **changes) -> dict:
    """Everything on the one-page form, as a browser sends it: answers, about you, consent, token."""
    q = page.questionnaire.asked
    form = soup_of(Client().get(f"{page.url}respond/1/"))
    data = {
        **first_page_answers(page),
        q[4].field_name: "Please keep Doddington open.",
        q[5].field_name: "yes",
        q[6].field_name: "pe13 1ab",
        "respondent_type": "individual",
        "age_band": "65 to 74",
        "consent": "on",
        "website": "",
        "submission_token": form.find("input", attrs={"name": "submission_token"})["value"],
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_short_questionnaire_is_answered_on_one_page_with_about_you_and_consent(client, miu):
    assert 0 < len(miu.questionnaire.asked) <= ONE_PAGE_MAX_QUESTIONS
    soup = soup_of(client.get(f"{miu.url}respond/1/"))
    form = soup.select_one("main form[method=post]")
    for question in miu.questionnaire.asked:
        assert form.find(attrs={"name": re.compile(f"^{question.field_name}")}), question.text
    assert form.find("input", attrs={"name": "age_band"}), "the 'about you' questions are on the page"
    assert form.find("input", attrs={"name": "consent", "type": "checkbox"})
    assert form.find("input", attrs={"name": "submission_token", "type": "hidden"})["value"]
    assert "Page 1 of" not in soup.get_text()
    assert soup.find("button", string="Send my answers")


def test_every_showing_of_the_one_page_form_has_its_own_token(client, miu):
    tokens = {
        soup_of(client.get(f"{miu.url}respond/1/")).find("input", attrs={"name": "submission_token"})["value"]
        for _ in range(3)
    }
    assert len(tokens) == 3


def test_one_post_stores_the_response_and_redirects_to_its_confirmation(client, miu):
    data = one_page_answers(miu, receipt_email="resident@example.org")
    sent = client.post(f"{miu.url}respond/1/", data)
    assert sent.status_code == 302
    stored = Response.objects.get()
    assert sent["Location"] == f"{miu.url}respond/done/{services.confirmation_code(response=stored)}/"
    confirmation = soup_of(client.get(sent["Location"]))
    assert confirmation.select_one(".nhsuk-panel__body strong").get_text() == stored.reference
    # Place names keep their capitals in the thank-you line.
    assert f"taking part in the consultation on {miu.title}." in confirmation.get_text(" ")
    q = miu.questionnaire.asked
    assert stored.idempotency_token == data["submission_token"]
    assert (stored.postcode_district, stored.age_band, stored.respondent_type) == ("PE13", "65 to 74", "individual")
    assert Answer.objects.get(question_id=q[0].id).option_id == q[0].options[0].id
    assert Answer.objects.filter(question_id=q[3].id).count() == 4
    assert Answer.objects.get(question_id=q[4].id).text == "Please keep Doddington open."
    assert mail.outbox[-1].to == ["resident@example.org"]
    assert stored.reference in mail.outbox[-1].body


def test_answering_on_one_page_keeps_nothing_in_a_session(client, miu):
    client.get(f"{miu.url}respond/1/")
    client.post(f"{miu.url}respond/1/", one_page_answers(miu))
    assert Response.objects.count() == 1
    assert settings.SESSION_COOKIE_NAME not in client.cookies
    assert not Session.objects.exists()


def test_one_page_errors_are_linked_in_the_summary_and_everything_typed_is_kept(client, miu):
    q = miu.questionnaire.asked
    data = one_page_answers(miu, consent=None, **{q[0].field_name: None, q[6].field_name: "not a postcode"})
    response = client.post(f"{miu.url}respond/1/", data)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.title.string.startswith("Error:")
    links = soup.select(".nhsuk-error-summary__list a")
    assert [link.get_text() for link in links] == [
        f"Select an answer to '{q[0].text}'",
        "Enter a real postcode, like PE13 1AB, or just the first part, like PE13",
        "Tick the box to say you agree, so we can use your answers",
    ]
    for link in links:
        assert soup.find(id=link["href"][1:]) is not None, f"{link['href']} points at a field"
    assert soup.find("textarea", attrs={"name": q[4].field_name}).get_text() == "Please keep Doddington open."
    assert soup.find("input", attrs={"name": q[2].field_name, "value": "agree"}).has_attr("checked")
    assert soup.find("input", attrs={"name": q[6].field_name})["value"] == "not a postcode"
    assert soup.find("input", attrs={"name": "age_band", "value": "65 to 74"}).has_attr("checked")
    assert soup.find("input", attrs={"name": "submission_token"})["value"] == data["submission_token"]
    assert not Response.objects.exists()


def test_consent_is_needed_before_a_one_page_response_is_stored(client, miu):
    refused = client.post(f"{miu.url}respond/1/", one_page_answers(miu, consent=None))
    assert refused.status_code == 200
    assert "Tick the box" in refused.content.decode()
    assert not Response.objects.exists()


def test_double_click_retried_post_and_back_button_store_one_one_page_response(client, miu):
    data = one_page_answers(miu)
    first = client.post(f"{miu.url}respond/1/", data)
    again = client.post(f"{miu.url}respond/1/", data)
    other_tab = Client().post(f"{miu.url}respond/1/", data)
    assert first["Location"] == again["Location"] == other_tab["Location"]
    assert Response.objects.count() == 1


def test_racing_second_click_on_the_one_page_form_lands_on_the_confirmation(client, miu, monkeypatch):
    data = one_page_answers(miu)
    first = client.post(f"{miu.url}respond/1/", data)
    # The second click was checked before the first was stored: the insert decides.
    monkeypatch.setattr("consultations.views.selectors.response_for_token", lambda **kwargs: None)
    second = client.post(f"{miu.url}respond/1/", data)
    assert second.status_code == 302
    assert second["Location"] == first["Location"]
    assert Response.objects.count() == 1


def test_a_retried_one_page_post_after_closing_still_lands_on_the_confirmation(client, miu):
    data = one_page_answers(miu)
    first = client.post(f"{miu.url}respond/1/", data)
    miu.closes_at = timezone.now() - timedelta(minutes=1)
    miu.save_revision().publish()
    again = client.post(f"{miu.url}respond/1/", data)
    assert again["Location"] == first["Location"]
    assert Response.objects.count() == 1


def test_one_page_answers_sent_after_closing_are_refused_and_shown_back(client, miu):
    data = one_page_answers(miu, **{miu.questionnaire.asked[4].field_name: "<b>Please</b> keep it open at night."})
    miu.closes_at = timezone.now() - timedelta(minutes=1)
    miu.save_revision().publish()
    response = client.post(f"{miu.url}respond/1/", data)
    text = response.content.decode()
    assert response.status_code == 200
    assert "This consultation has closed" in text
    assert "&lt;b&gt;Please&lt;/b&gt; keep it open at night." in text, "typed text is shown back, escaped"
    assert "Doddington Hospital" in text, "chosen options are shown back too"
    assert not Response.objects.exists()


def test_a_forthcoming_consultation_refuses_the_one_page_form_with_a_clear_page(client, miu):
    data = one_page_answers(miu)
    miu.opens_at = timezone.now() + timedelta(days=3)
    miu.save_revision().publish()
    assert "has not opened yet" in client.get(f"{miu.url}respond/1/").content.decode()
    refused = client.post(f"{miu.url}respond/1/", data)
    assert "has not opened yet" in refused.content.decode()
    assert not Response.objects.exists()


def test_a_forthcoming_consultation_offers_an_email_alert_when_new_consultations_open(client, miu):
    miu.opens_at = timezone.now() + timedelta(days=3)
    miu.save_revision().publish()
    for url in (miu.url, f"{miu.url}respond/1/"):
        link = soup_of(client.get(url)).find("a", string="Get an email when new consultations open")
        assert link is not None and link["href"] == "/subscribe/", url
        assert client.get(link["href"]).status_code == 200


def test_forged_options_are_rejected_and_questions_of_another_consultation_ignored(client, miu, consultation):
    q = miu.questionnaire.asked
    forged = one_page_answers(miu, **{q[0].field_name: "not-a-real-option"})
    response = client.post(f"{miu.url}respond/1/", forged)
    assert response.status_code == 200
    assert "Select a valid choice. not-a-real-option" in response.content.decode()
    foreign = consultation.questionnaire.asked[-1]  # a question only the other consultation asks
    client.post(f"{miu.url}respond/1/", one_page_answers(miu, **{foreign.field_name: "Not asked here."}))
    stored = Response.objects.get()
    assert stored.consultation_id == miu.pk
    assert not Answer.objects.filter(question_id=foreign.id).exists()


def test_a_filled_honeypot_on_the_one_page_form_stores_nothing(client, miu):
    response = client.post(f"{miu.url}respond/1/", one_page_answers(miu, website="http://spam.example"))
    assert response.status_code == 200
    assert "Your answers have been sent" in response.content.decode()
    assert not Response.objects.exists()


def test_the_address_limit_counts_only_one_page_responses_actually_stored(client, miu, monkeypatch):
    monkeypatch.setattr("consultations.views.RESPONSE_LIMIT_PER_HOUR", 2)
    for _ in range(3):  # mistakes do not use up the allowance
        client.post(f"{miu.url}respond/1/", one_page_answers(miu, consent=None))
    stored = one_page_answers(miu)
    for _ in range(3):  # nor does sending the same response again
        assert client.post(f"{miu.url}respond/1/", stored).status_code == 302
    assert client.post(f"{miu.url}respond/1/", one_page_answers(miu)).status_code == 302
    assert client.post(f"{miu.url}respond/1/", one_page_answers(miu)).status_code == 429
    assert Response.objects.count() == 2
    again = client.post(f"{miu.url}respond/1/", stored)  # over the limit, a response sent before
    assert again.status_code == 302 and "/respond/done/" in again["Location"]
    assert client.get(again["Location"]).status_code == 200


def test_save_for_later_on_the_one_page_form_brings_the_answers_back(client, miu):
    q = miu.questionnaire.asked
    saved = client.post(f"{miu.url}respond/1/", one_page_answers(miu, save_for_later="1", consent=None))
    assert saved["Location"].endswith("respond/save/")
    client.post(f"{miu.url}respond/save/", {"email": "later@example.org"})
    link = re.search(r"http://testserver(\S+/respond/resume/\S+/)", mail.outbox[-1].body).group(1)
    other_browser = Client()
    page = other_browser.get(other_browser.get(link)["Location"])
    soup = soup_of(page)
    assert soup.find("input", attrs={"name": q[0].field_name, "value": q[0].options[0].id}).has_attr("checked")
    assert soup.find("textarea", attrs={"name": q[4].field_name}).get_text() == "Please keep Doddington open."
    assert soup.find("input", attrs={"name": "age_band", "value": "65 to 74"}).has_attr("checked")
    assert not Response.objects.exists()


def test_page_by_page_addresses_of_a_short_questionnaire_lead_to_its_one_page_form(client, miu):
    for step in ("respond/2/", "respond/about-you/", "respond/check-answers/"):
        response = client.get(f"{miu.url}{step}")
        assert response.status_code == 302, step
        assert response["Location"] == f"{miu.url}respond/1/"


def test_a_long_questionnaire_is_still_answered_page_by_page_with_progress(client, consultation):
    assert len(consultation.questionnaire.asked) > ONE_PAGE_MAX_QUESTIONS
    soup = soup_of(client.get(f"{consultation.url}respond/1/"))
    assert "Page 1 of 3" in soup.get_text()
    assert not soup.find("input", attrs={"name": "consent"})


def test_the_questionnaire_is_read_once_per_version_of_its_questions(miu):
    again = ConsultationPage.objects.get(pk=miu.pk)
    assert again.questionnaire is miu.questionnaire
    miu.questions = json.dumps(long_questions())
    miu.save_revision().publish()
    changed = ConsultationPage.objects.get(pk=miu.pk)
    assert changed.questionnaire is not miu.questionnaire
    assert len(changed.questionnaire.asked) == len(long_questions()) - 2  # two page breaks


def test_a_confirmation_link_shows_its_reference_without_looking_it_up(client, miu, django_assert_num_queries):
    sent = client.post(f"{miu.url}respond/1/", one_page_answers(miu))
    client.get(sent["Location"])  # the page's route and privacy settings are now kept
    with django_assert_num_queries(0):
        shown = client.get(sent["Location"])
    assert soup_of(shown).select_one(".nhsuk-panel__body strong").get_text() == Response.objects.get().reference
    assert "private" in shown["Cache-Control"]


def test_an_altered_or_borrowed_confirmation_link_is_not_found(client, miu, consultation_index):
    sent = client.post(f"{miu.url}respond/1/", one_page_answers(miu))
    code = sent["Location"].rstrip("/").rsplit("/", 1)[1]
    reference = Response.objects.get().reference
    signed = signing.b64_decode(code.encode()).decode()
    forged = signed.replace(reference, reference[:-1] + ("A" if reference[-1] != "A" else "B"), 1)
    assert forged != signed
    link = f"{miu.url}respond/done/{signing.b64_encode(forged.encode()).decode()}/"
    assert client.get(link).status_code == 404, "the signature no longer matches"
    other = add_consultation(consultation_index, slug="stroke-rehabilitation", questions=miu_questions())
    assert client.get(f"{other.url}respond/done/{code}/").status_code == 404, "a link is for its own consultation"


def test_an_old_confirmation_link_is_checked_against_the_stored_responses(client, miu, monkeypatch):
    sent = client.post(f"{miu.url}respond/1/", one_page_answers(miu))
    monkeypatch.setattr(services, "CONFIRMATION_LINK_SECONDS", -1)  # every link is now past its day
    assert client.get(sent["Location"]).status_code == 200
    Response.objects.all().delete()  # erased since
    assert client.get(sent["Location"]).status_code == 404


def test_a_link_with_the_submission_token_still_finds_its_response(client, miu):
    data = one_page_answers(miu)
    client.post(f"{miu.url}respond/1/", data)
    shown = client.get(f"{miu.url}respond/done/{data['submission_token']}/")
    assert Response.objects.get().reference in shown.content.decode()
