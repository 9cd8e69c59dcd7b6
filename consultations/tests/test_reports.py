"""The consultation report: honest figures, privacy in breakdowns, safe quotes, who may read it."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations import reports
from consultations.factories import (
    ActionFactory,
    ConsultationPageFactory,
    PopulationFigureFactory,
    QuoteFactory,
    ThemeFactory,
)
from consultations.models import Channel, Coding
from consultations.tests.helpers import make_response

pytestmark = pytest.mark.django_db


def publish_results(consultation):
    now = timezone.now()
    consultation.opens_at = now - datetime.timedelta(days=120)
    consultation.closes_at = now - datetime.timedelta(days=90)
    consultation.response_published_on = timezone.localdate() - datetime.timedelta(days=1)
    consultation.save_revision().publish()
    consultation.refresh_from_db()
    return consultation


def report_url(consultation) -> str:
    return consultation.url + "report/"


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("counts", "total"),
    [([1, 1, 1], 3), ([2, 2, 3], 7), ([0, 0, 5], 5), ([33, 33, 34], 100), ([1, 6], 7)],
)
def test_percentages_of_one_whole_always_add_up_to_100(counts, total):
    assert sum(reports.percentages(counts, total)) == 100


def test_percentages_of_nothing_are_nought_not_a_division_by_zero():
    assert reports.percentages([0, 0], 0) == [0, 0]


def test_each_closed_question_has_a_chart_with_n_and_percentages_that_add_up(consultation):
    for _ in range(7):
        make_response(consultation)
    report = reports.report_build(consultation=consultation)
    single = next(result for result in report.questions if result.question.kind == "single_choice")
    assert single.chart.n == 7
    assert sum(bar.percent for bar in single.chart.bars) == 100
    multiple = next(result for result in report.questions if result.question.kind == "multiple_choice")
    assert [bar.count for bar in multiple.chart.bars] == [7, 0, 7], "each option counted on its own"
    assert [bar.percent for bar in multiple.chart.bars] == [100, 0, 100]
    ranking = next(result for result in report.questions if result.question.kind == "ranking")
    assert [bar.count for bar in ranking.chart.bars] == [7, 0, 0], "how many put each option first"
    assert [bar.extra for bar in ranking.chart.bars] == ["1.0", "2.0", "3.0"], "average place"


def test_a_consultation_with_no_responses_says_so_instead_of_drawing_empty_charts(client, consultation):
    publish_results(consultation)
    page = client.get(report_url(consultation))
    assert page.status_code == 200
    text = soup_of(page).get_text(" ")
    assert "Nobody has responded to this consultation yet" in text
    assert "No responses yet, so there is nothing to show." in text
    assert not soup_of(page).select("svg rect"), "no bars drawn for zero responses"


def test_a_question_nobody_answered_is_reported_honestly(consultation):
    make_response(consultation)
    report = reports.report_build(consultation=consultation)
    yes_no = next(result for result in report.questions if result.question.kind == "yes_no")
    assert yes_no.chart.n == 1
    free = next(result for result in report.questions if result.question.kind == "free_text")
    assert free.text_answers == 1
    likert = next(result for result in report.questions if result.question.kind == "likert")
    # A fresh consultation with one answered question nobody else touched still divides safely.
    assert likert.chart.summary.startswith("1 people answered") or "answered" in likert.chart.summary


def test_breakdowns_about_people_hide_counts_under_five(consultation):
    for _ in range(3):
        make_response(consultation, channel=Channel.PAPER)
    for _ in range(6):
        make_response(consultation)
    report = reports.report_build(consultation=consultation)
    paper = next(bar for bar in report.by_channel.bars if bar.label == "Paper form")
    online = next(bar for bar in report.by_channel.bars if bar.label == "Online")
    assert paper.suppressed and paper.shown_count == "fewer than 5" and paper.shown_percent == ""
    assert not online.suppressed and online.shown_count == "6"
    age = next(bar for bar in report.by_age.bars if bar.label == "65 to 74")
    assert age.count == 9 and not age.suppressed


def test_the_report_page_shows_suppressed_counts_as_words_not_numbers(client, consultation):
    publish_results(consultation)
    for _ in range(2):
        make_response(consultation, channel=Channel.LETTER)
    page = client.get(report_url(consultation))
    table = soup_of(page).select_one("#chart-channel table")
    letter_row = next(row for row in table.select("tbody tr") if "Letter" in row.get_text())
    assert "fewer than 5" in letter_row.get_text()
    assert "2" not in letter_row.get_text(" ").split()


def test_small_districts_are_grouped_so_nobody_is_picked_out(consultation):
    for _ in range(5):
        make_response(consultation, postcode="PE13")
    make_response(consultation, postcode="CB6")
    report = reports.report_build(consultation=consultation)
    labels = [bar.label for bar in report.by_district.bars]
    assert "PE13" in labels and "CB6" not in labels
    assert "Other districts" in labels


def test_report_queries_do_not_grow_with_the_number_of_responses(consultation):
    theme = ThemeFactory(consultation=consultation)
    ActionFactory(theme=theme)
    make_response(consultation)

    def count_queries() -> int:
        fresh = type(consultation).objects.get(pk=consultation.pk)
        with CaptureQueriesContext(connection) as queries:
            reports.report_build(consultation=fresh)
        return len(queries)

    few = count_queries()
    for _ in range(25):
        make_response(consultation)
    assert count_queries() == few


def test_themes_count_each_answer_once_and_quotes_are_harmless_text(client, consultation, django_user_model):
    publish_results(consultation)
    responses = [make_response(consultation, text=f"Comment number {n}") for n in range(6)]
    theme = ThemeFactory(consultation=consultation, name="Travel and distance")
    free_text_id = next(q.id for q in consultation.questionnaire.questions if q.kind == "free_text")
    first, second = django_user_model.objects.create(username="one"), django_user_model.objects.create(username="two")
    for response in responses:
        answer = response.answers.get(question_id=free_text_id)
        Coding.objects.create(answer=answer, theme=theme, coded_by=first)
        Coding.objects.create(answer=answer, theme=theme, coded_by=second)
    # NUL cannot be stored in PostgreSQL, so other control characters stand in for it here.
    QuoteFactory(theme=theme, text='<script>alert("x")</script>Keep it <b>local</b>\x1b\x07 please')
    page = client.get(report_url(consultation))
    html = page.content.decode()
    assert "<script>alert" not in html and "<b>local</b>" not in html
    assert "\x1b" not in html and "\x07" not in html
    soup = soup_of(page)
    assert "Keep it local please" in soup.select_one("blockquote.app-quote").get_text()
    assert "Comments: 6 (100% of sorted comments)" in soup.get_text(" ")


def test_representativeness_names_its_source_and_compares_shares(client, consultation):
    publish_results(consultation)
    for _ in range(5):
        make_response(consultation)
    PopulationFigureFactory(category="65 to 74", people=100, source="ONS mid-year estimates", year=2016)
    PopulationFigureFactory(category="75 or over", people=300, source="ONS mid-year estimates", year=2016)
    report = reports.report_build(consultation=consultation)
    age = report.representativeness[0]
    rows = {row.category: row for row in age.rows}
    assert rows["65 to 74"].respondent_percent == 100 and rows["65 to 74"].population_percent == 25
    assert rows["75 or over"].respondents == 0 and rows["75 or over"].population_percent == 75
    page = client.get(report_url(consultation))
    assert "ONS mid-year estimates, 2016" in soup_of(page).get_text(" ")


def test_without_population_figures_the_report_says_so(client, consultation):
    publish_results(consultation)
    make_response(consultation)
    page = client.get(report_url(consultation))
    assert "We do not have population figures to compare with yet" in soup_of(page).get_text(" ")


def test_the_public_cannot_read_a_report_before_it_is_published(client, consultation):
    make_response(consultation)
    assert client.get(report_url(consultation)).status_code == 404
    assert client.get(report_url(consultation) + "pdf/").status_code == 404


@pytest.mark.parametrize("group", ["Councillors", "Engagement leads"])
def test_councillors_and_leads_read_the_report_during_analysis_marked_not_published(client, login, consultation, group):
    make_response(consultation)
    login(group)
    page = client.get(report_url(consultation))
    assert page.status_code == 200
    assert "Not published yet" in soup_of(page).get_text(" ")
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]


def test_editors_cannot_read_a_report_before_it_is_published(client, login, consultation):
    login("Editors")
    assert client.get(report_url(consultation)).status_code == 404


def test_the_report_shows_no_personal_data(client, login, consultation):
    make_response(consultation, about={"name": "Ada Resident", "age_band": "65 to 74"})
    login("Councillors")
    html = client.get(report_url(consultation)).content.decode()
    assert "Ada Resident" not in html
    assert "FFF-" not in html, "no response references"


def test_the_pdf_is_a_real_pdf_with_the_same_content(client, consultation):
    publish_results(consultation)
    for _ in range(5):
        make_response(consultation)
    theme = ThemeFactory(consultation=consultation, name="Travel and distance")
    ActionFactory(theme=theme, we_did="We looked at travel times.")
    pdf = client.get(report_url(consultation) + "pdf/")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert len(pdf.content) > 5000


def test_the_pdf_template_escapes_quotes_and_keeps_page_numbers_and_contents(rf, consultation):
    from django.template.loader import render_to_string

    publish_results(consultation)
    make_response(consultation)
    theme = ThemeFactory(consultation=consultation)
    QuoteFactory(theme=theme, text="<img src=x onerror=alert(1)>Fine words")
    report = reports.report_build(consultation=consultation)
    html = render_to_string("consultations/report_pdf.html", {"page": consultation, "report": report})
    assert "<img src=x" not in html and "Fine words" in html
    assert "counter(pages)" in html and "target-counter" in html


def test_the_you_said_we_did_page_lists_published_actions_only_and_filters_by_town(client, home_page):
    from consultations.factories import ConsultationIndexPageFactory
    from consultations.models import YouSaidWeDidPage

    index = ConsultationIndexPageFactory(parent=home_page)
    published = publish_results(ConsultationPageFactory(parent=index, title="Published one"))
    analysing = ConsultationPageFactory(parent=index, title="Still open")
    ActionFactory(theme=ThemeFactory(consultation=published, name="Travel"), we_did="Shared with the group.")
    ActionFactory(theme=ThemeFactory(consultation=published, name="Wisbech"), we_did="Wisbech thing.", town="wisbech")
    ActionFactory(theme=ThemeFactory(consultation=published, name="Ely"), we_did="Ely thing.", town="ely")
    ActionFactory(theme=ThemeFactory(consultation=analysing), we_did="Not public yet.")
    page = YouSaidWeDidPage(title="You said, we did", slug="you-said-we-did")
    home_page.add_child(instance=page)
    text = soup_of(client.get(page.url)).get_text(" ")
    assert "Shared with the group." in text and "Wisbech thing." in text and "Ely thing." in text
    assert "Not public yet." not in text
    wisbech = soup_of(client.get(page.url + "?town=wisbech")).get_text(" ")
    assert "Wisbech thing." in wisbech and "Shared with the group." in wisbech and "Ely thing." not in wisbech
    by_theme = soup_of(client.get(page.url + "?theme=Ely")).get_text(" ")
    assert "Ely thing." in by_theme and "Wisbech thing." not in by_theme
    forged = client.get(page.url + "?town=atlantis&theme=<script>")
    assert forged.status_code == 200


def test_a_published_consultation_links_to_its_report(client, consultation):
    publish_results(consultation)
    page = soup_of(client.get(consultation.url))
    link = page.select_one("a.nhsuk-action-link")
    assert link["href"] == report_url(consultation)
    assert "what we did" in link.get_text()
