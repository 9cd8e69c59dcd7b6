"""A consultation answered in any language feeds one dataset and one report.

The Polish minor injury units consultation is made as the demo makes it (wagtail-localize,
from the table of Polish strings), answered in Polish and in English, and both responses are
counted in the English report.
"""

import io
import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation

from wagtail.models import Locale

from consultations import reports, selectors, services
from consultations.demo import miu_questions
from consultations.demo_translations import POLISH_INDEX, POLISH_MIU, build_demo_translations, translation_create
from consultations.models import Answer, ConsultationIndexPage, ConsultationPage, Response
from home.demo import seed_content as seeds
from home.demo.build import DemoReport, stream

pytestmark = pytest.mark.django_db


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def english_miu(home_page):
    index = ConsultationIndexPage(
        title="Consultations",
        slug="consultations",
        intro="Have your say on changes to health and care services in Cambridgeshire and Peterborough.",
    )
    home_page.add_child(instance=index)
    now = timezone.now()
    page = ConsultationPage(
        title=seeds.MIU["title"],
        slug="minor-injury-units",
        intro=seeds.MIU["summary"],
        body=stream(seeds.MIU["background"]),
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=30),
        questions=json.dumps(miu_questions()),
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return ConsultationPage.objects.get(pk=page.pk)


@pytest.fixture
def polish_miu(english_miu):
    return translation_create(page=english_miu, locale=Locale.objects.get(language_code="pl"), strings=POLISH_MIU)


def answers(page, *, comment: str, unit: int) -> dict:
    """Everything on the one-page form, as a browser sends it: the field names come from the page."""
    form = soup_of(Client().get(f"{page.url}respond/1/"))
    q = page.questionnaire.asked
    return {
        q[0].field_name: q[0].options[unit].id,
        q[1].field_name: [q[1].options[0].id],
        q[2].field_name: "agree",
        **{f"{q[3].field_name}__{option.id}": str(n) for n, option in enumerate(q[3].options, start=1)},
        q[4].field_name: comment,
        q[5].field_name: "yes",
        q[6].field_name: "PE13 1AB",
        "respondent_type": "individual",
        "consent": "on",
        "website": "",
        "submission_token": form.find("input", attrs={"name": "submission_token"})["value"],
    }


def test_the_translation_keeps_every_question_and_option_id_and_changes_only_the_words(english_miu, polish_miu):
    english, polish = english_miu.questionnaire, polish_miu.questionnaire
    assert [question.id for question in polish.questions] == [question.id for question in english.questions]
    for ours, theirs in zip(polish.questions, english.questions, strict=True):
        assert (ours.kind, ours.required, ours.page) == (theirs.kind, theirs.required, theirs.page)
        assert [option.id for option in ours.options] == [option.id for option in theirs.options]
    assert (
        polish.questions[0].text
        == "Z którego punktu leczenia drobnych urazów korzystali Państwo w ciągu ostatnich dwóch lat?"
    )
    assert polish.questions[0].options[3].label == "Z więcej niż jednego z nich"


def test_the_translation_is_a_published_polish_page_of_the_same_consultation(english_miu, polish_miu):
    assert polish_miu.live
    assert polish_miu.locale.language_code == "pl"
    assert polish_miu.translation_key == english_miu.translation_key
    assert polish_miu.url == "/pl/consultations/minor-injury-units/"
    assert polish_miu.is_open and polish_miu.status == english_miu.status
    assert polish_miu.source_consultation.pk == english_miu.pk
    assert english_miu.source_consultation.pk == english_miu.pk


def test_a_polish_resident_reads_the_consultation_in_polish(client, polish_miu):
    soup = soup_of(client.get("/pl/consultations/minor-injury-units/"))
    assert soup.html["lang"] == "pl"
    assert soup.h1.get_text(strip=True) == POLISH_MIU["Minor injury units in East Cambridgeshire and Fenland"]
    assert not soup.select("main > div[lang]"), "the page is in Polish, nothing in it is marked as another language"


def test_polish_and_english_answers_are_stored_on_the_one_consultation_and_counted_in_the_english_report(
    english_miu, polish_miu
):
    polish_sent = Client().post(
        "/pl/consultations/minor-injury-units/respond/1/", answers(polish_miu, comment="Proszę zostawić Ely.", unit=2)
    )
    english_sent = Client().post(
        "/consultations/minor-injury-units/respond/1/", answers(english_miu, comment="Keep Ely open.", unit=2)
    )
    assert polish_sent.status_code == english_sent.status_code == 302
    assert polish_sent["Location"].startswith("/pl/consultations/minor-injury-units/respond/done/")
    assert Client().get(polish_sent["Location"]).status_code == 200, "the Polish confirmation finds its response"

    assert set(Response.objects.values_list("consultation_id", flat=True)) == {english_miu.pk}
    first = english_miu.questionnaire.asked[0]
    assert list(Answer.objects.filter(question_id=first.id).values_list("option_id", flat=True)) == [
        first.options[2].id,
        first.options[2].id,
    ]
    report = reports.report_build(consultation=english_miu)
    assert report.total == 2
    chart = next(result.chart for result in report.questions if result.question.id == first.id)
    assert chart.n == 2
    assert next(bar.count for bar in chart.bars if bar.label == "Princess of Wales Hospital, Ely") == 2
    comments = set(
        Answer.objects.filter(question_id=english_miu.questionnaire.asked[4].id).values_list("text", flat=True)
    )
    assert comments == {"Proszę zostawić Ely.", "Keep Ely open."}


def test_lists_show_each_consultation_once_in_the_visitors_language(english_miu, polish_miu):
    assert [page.pk for page in selectors.consultations_listed()] == [english_miu.pk]
    with translation.override("pl"):
        assert [page.pk for page in selectors.consultations_listed()] == [polish_miu.pk]
        assert [page.pk for page in selectors.consultations_open()] == [polish_miu.pk]
    with translation.override("lt"):
        assert [page.pk for page in selectors.consultations_listed()] == [english_miu.pk]


def test_the_polish_consultations_page_links_to_the_polish_consultation(client, polish_miu):
    soup = soup_of(client.get("/pl/consultations/"))
    assert soup.find("a", href="/pl/consultations/minor-injury-units/")
    assert not soup.find("a", href="/consultations/minor-injury-units/")


def test_demo_translation_is_built_once_and_keeps_editors_changes(english_miu):
    first = DemoReport()
    build_demo_translations(first)
    polish = ConsultationPage.objects.get(translation_key=english_miu.translation_key, locale__language_code="pl")
    assert polish.live and polish.title == POLISH_MIU[english_miu.title]
    index = ConsultationIndexPage.objects.get(locale__language_code="pl")
    assert index.title == POLISH_INDEX["Consultations"] and index.alias_of_id is None
    polish.intro = "Poprawione przez redakcję."
    polish.save_revision().publish()

    again = DemoReport()
    build_demo_translations(again)
    assert again.created == []
    assert ConsultationPage.objects.filter(locale__language_code="pl").count() == 1
    polish.refresh_from_db()
    assert polish.intro == "Poprawione przez redakcję."


def test_the_demo_translates_every_string_of_the_seeded_consultation_and_nothing_else(english_miu):
    from wagtail_localize.models import String

    build_demo_translations(DemoReport())
    english_strings = set(String.objects.values_list("data", flat=True))
    assert [text for text in POLISH_MIU if text not in english_strings] == [], "no translation of words not there"
    untranslated = english_strings - set(POLISH_MIU) - set(POLISH_INDEX)
    # Hospital names are the names on the signs, and the address stays /pl/.../minor-injury-units/.
    assert untranslated == {"minor-injury-units", "consultations", "Doddington Hospital"}


def test_the_report_of_a_translation_is_the_english_report_of_every_answer(client, polish_miu):
    response = client.get("/pl/consultations/minor-injury-units/report/")
    assert response.status_code == 302
    assert response["Location"] == "/consultations/minor-injury-units/report/"


def _publish_results(page) -> None:
    now = timezone.now()
    page.opens_at, page.closes_at = now - timedelta(days=120), now - timedelta(days=90)
    page.response_published_on = timezone.localdate() - timedelta(days=1)
    page.save_revision().publish()


def test_open_data_lists_a_translated_consultation_once(client, english_miu, polish_miu):
    _publish_results(english_miu)
    _publish_results(polish_miu)
    listed = client.get("/api/v1/consultations/").json()
    slugs = [item["slug"] for item in listed["consultations"]]
    assert slugs == ["minor-injury-units"]
    assert client.get("/api/v1/consultations/minor-injury-units/results/").status_code == 200


def test_exporting_by_slug_finds_the_one_consultation_with_its_polish_answers(english_miu, polish_miu):
    from consultations.tests.helpers import read_csv

    services.response_create(
        consultation=polish_miu,
        answers={polish_miu.questionnaire.asked[4].field_name: "Proszę zostawić Ely."},
        token="polish-1",
    )
    out = io.StringIO()
    call_command("export_responses", "minor-injury-units", "--format", "csv", stdout=out)
    rows = read_csv(out.getvalue())
    assert len(rows) == 1
    assert "Proszę zostawić Ely." in rows[0].values()


def test_the_polish_consultation_page_speaks_polish_around_the_translated_words(client, polish_miu):
    soup = soup_of(client.get("/pl/consultations/minor-injury-units/"))
    assert soup.select_one("main strong.nhsuk-tag").get_text(strip=True) == "Otwarte"
    assert soup.find("a", string="Wypowiedz się")["href"] == "/pl/consultations/minor-injury-units/respond/1/"
    closes = soup.find("dt", string="Koniec").find_next_sibling("dd").get_text(strip=True)
    assert ", godz. " in closes and "am" not in closes and "pm" not in closes


def test_a_polish_answer_with_mistakes_gets_polish_errors_and_keeps_what_was_typed(polish_miu):
    q = polish_miu.questionnaire.asked
    data = answers(polish_miu, comment="Proszę zostawić Ely.", unit=0)
    del data[q[0].field_name], data["consent"]
    data[q[6].field_name] = "nie wiem"
    response = Client().post("/pl/consultations/minor-injury-units/respond/1/", data)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.title.get_text().startswith("Błąd:")
    summary = soup.select_one(".nhsuk-error-summary")
    assert summary.h2.get_text(strip=True) == "Wystąpił problem"
    errors = [link.get_text(strip=True) for link in summary.select("a")]
    assert f"Prosimy wybrać odpowiedź na pytanie „{q[0].text}”" in errors
    assert any(error.startswith("Prosimy wpisać prawdziwy kod pocztowy") for error in errors)
    assert any(error.startswith("Prosimy zaznaczyć pole") for error in errors)
    assert soup.find("textarea").get_text() == "Proszę zostawić Ely."
    assert soup.find("label", string="Zdecydowanie się zgadzam"), "the agree-disagree scale is in Polish too"
    assert not Response.objects.exists()


def test_a_copy_of_polish_answers_is_emailed_in_polish(client, polish_miu):
    from django.core import mail

    sent = client.post(
        f"{polish_miu.url}respond/1/",
        {**answers(polish_miu, comment="Proszę nie zamykać oddziału.", unit=0), "receipt_email": "ktos@example.org"},
    )
    assert sent.status_code == 302
    stored = Response.objects.get()
    email = mail.outbox[-1]
    assert email.subject == f"Twoje odpowiedzi: {polish_miu.title}"
    assert f"Twój numer referencyjny to {stored.reference}" in email.body
    assert "Oto kopia Twoich odpowiedzi." in email.body
    assert polish_miu.questionnaire.asked[0].text in email.body, "the questions as the resident saw them"
    assert "Thank you" not in email.body and "Here is a copy" not in email.body
    html = BeautifulSoup(email.alternatives[0][0], "html.parser")
    assert html.html["lang"] == "pl"
    assert html.find("strong", string=stored.reference) is not None


def test_a_link_to_come_back_to_polish_answers_is_emailed_in_polish(client, polish_miu):
    from django.core import mail

    data = {**answers(polish_miu, comment="Wrócę później.", unit=1), "save_for_later": "1"}
    data.pop("consent")
    saved = client.post(f"{polish_miu.url}respond/1/", data)
    client.post(saved["Location"], {"email": "ktos@example.org"})
    email = mail.outbox[-1]
    assert email.subject == f"Wróć do swoich odpowiedzi: {polish_miu.title}"
    assert "Otwórz ten link" in email.body and "/pl/" in email.body
    assert "Your answers have not been sent" not in email.body


def test_a_copy_of_english_answers_stays_in_english(client, english_miu, polish_miu):
    from django.core import mail

    client.post(
        f"{english_miu.url}respond/1/",
        {**answers(english_miu, comment="Keep it open.", unit=0), "receipt_email": "someone@example.org"},
    )
    email = mail.outbox[-1]
    assert email.subject == f"Your answers to: {english_miu.title}"
    assert "Your reference number is" in email.body and "Here is a copy of your answers." in email.body
    assert BeautifulSoup(email.alternatives[0][0], "html.parser").html["lang"] == "en-GB"
