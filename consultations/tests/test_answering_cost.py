"""Answering on one page stays cheap for everyone: the blank form and the confirmation page are
rendered once and kept until the next publish (each showing fills in its own CSRF and submission
tokens, or its own reference), the page and its privacy settings are kept too, so neither needs
the database, and the POST runs a handful of queries. Query counts, never timings."""

import re

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from consultations.demo import miu_questions
from consultations.models import Response
from consultations.tests.test_answering import add_consultation, one_page_answers
from consultations.views import CSRF_PLACEHOLDER, SUBMISSION_TOKEN_PLACEHOLDER


@pytest.fixture(autouse=True)
def _no_whole_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0  # measure rendering, not the anonymous page cache


@pytest.fixture
def miu(consultation_index):
    """The minor injury units questionnaire: short, so answered on one page."""
    return add_consultation(consultation_index, slug="minor-injury-units", questions=miu_questions())


def form_url(page) -> str:
    return f"{page.url}respond/1/"


def hidden(response, name: str) -> str:
    return BeautifulSoup(response.content, "html.parser").find("input", attrs={"name": name})["value"]


def without_tokens(response) -> str:
    html = response.content.decode()
    return re.sub(r'name="(csrfmiddlewaretoken|submission_token)" value="[^"]+"', r'name="\1"', html)


def test_the_blank_form_shown_again_runs_no_queries(client, miu, django_assert_num_queries):
    client.get(form_url(miu))
    with django_assert_num_queries(0):
        assert client.get(form_url(miu)).status_code == 200


def test_sending_the_form_runs_at_most_five_queries(client, miu, django_assert_max_num_queries):
    """The transaction, the response, its answers and the campaign check: no read of the token first."""
    data = one_page_answers(miu)
    client.get(form_url(miu))
    with django_assert_max_num_queries(5):
        assert client.post(form_url(miu), data).status_code == 302
    assert Response.objects.count() == 1


def test_the_confirmation_shown_again_runs_no_queries(client, miu, django_assert_num_queries):
    sent = client.post(form_url(miu), one_page_answers(miu))
    client.get(sent["Location"])
    with django_assert_num_queries(0):
        confirmation = client.get(sent["Location"])
    assert Response.objects.get().reference in confirmation.content.decode()


def test_each_kept_confirmation_shows_its_own_reference_and_links(miu):
    from django.core.cache import cache

    links = [Client().post(form_url(miu), one_page_answers(miu))["Location"] for _ in range(2)]
    first, second = (Client().get(link) for link in links)
    references = list(Response.objects.order_by("pk").values_list("reference", flat=True))
    for shown, link, reference in zip((first, second), links, references, strict=True):
        page = BeautifulSoup(shown.content, "html.parser")
        assert page.select_one(".nhsuk-panel__body strong").get_text() == reference
        code = link.rstrip("/").rsplit("/", 1)[1]
        switcher = {a["lang"]: a["href"] for a in page.select("nav.app-language-switcher a")}
        assert switcher["pl"] == f"/pl{link}" and code in switcher["en-GB"]
    cache.clear()
    fresh = Client().get(links[1])
    assert fresh.content == second.content, "the kept page is the page a fresh rendering gives"
    assert "7d1e9b" not in second.content.decode(), "no stand-in is left"


def test_the_kept_form_is_the_page_a_fresh_rendering_gives(client, miu):
    from django.core.cache import cache

    kept = client.get(form_url(miu))
    assert client.get(form_url(miu)).content != kept.content  # new tokens every time
    cache.clear()
    fresh = client.get(form_url(miu))
    assert without_tokens(fresh) == without_tokens(kept)
    for placeholder in (CSRF_PLACEHOLDER, SUBMISSION_TOKEN_PLACEHOLDER):
        assert placeholder not in kept.content.decode()


def test_each_visitor_gets_a_csrf_token_of_their_own_that_the_post_accepts(miu):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    shown = first.get(form_url(miu))
    other = second.get(form_url(miu))
    assert hidden(shown, "csrfmiddlewaretoken") != hidden(other, "csrfmiddlewaretoken")
    data = one_page_answers(miu, csrfmiddlewaretoken=hidden(shown, "csrfmiddlewaretoken"))
    data["submission_token"] = hidden(shown, "submission_token")
    assert first.post(form_url(miu), data).status_code == 302
    assert Response.objects.get().idempotency_token == hidden(shown, "submission_token")


def test_a_post_with_another_visitors_csrf_token_is_refused(miu):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get(form_url(miu))
    other = second.get(form_url(miu))
    data = one_page_answers(miu, csrfmiddlewaretoken=hidden(other, "csrfmiddlewaretoken"))
    assert first.post(form_url(miu), data).status_code == 403
    assert not Response.objects.exists()


def test_the_kept_form_stays_private_to_the_visitor(client, miu, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client.get(form_url(miu))
    again = client.get(form_url(miu))
    assert "private" in again["Cache-Control"]
    assert "Cookie" in again["Vary"]
    assert again.get("X-Page-Cache") != "hit"
    assert "csrftoken" in again.cookies


def test_publishing_new_wording_changes_the_kept_form_at_once(client, miu):
    client.get(form_url(miu))
    miu.consent_statement = "I agree that my answers can be used to plan local services."
    miu.save_revision().publish()
    assert "to plan local services" in client.get(form_url(miu)).content.decode()


def test_forms_built_from_kept_fields_never_share_them(miu):
    from django.utils import translation

    from consultations.forms import QuestionPageForm

    questions = miu.questionnaire.asked
    first, second = QuestionPageForm(questions=questions), QuestionPageForm(questions=questions)
    name = questions[0].field_name
    assert first.fields[name] is not second.fields[name]
    first.fields[name].widget.attrs["aria-describedby"] = "one-visitor"
    assert "aria-describedby" not in second.fields[name].widget.attrs
    with translation.override("pl"):
        polish = QuestionPageForm(questions=questions)
    likert = next(q for q in questions if q.kind == "likert")
    assert dict(polish.fields[likert.field_name].choices)[likert.options[0].id] == "Zdecydowanie się zgadzam"
    assert dict(first.fields[likert.field_name].choices)[likert.options[0].id] == "Strongly agree"


@pytest.mark.parametrize("form_name", ["AboutYouForm", "CheckAnswersForm"])
def test_forms_with_cheaply_copied_fields_never_share_what_a_form_may_change(form_name):
    from consultations import forms

    form_class = getattr(forms, form_name)
    first, second = form_class(), form_class()
    assert first.fields.keys() == second.fields.keys() == form_class.base_fields.keys()
    for name, field in first.fields.items():
        other = second.fields[name]
        assert field is not other and field.widget is not other.widget, name
        assert field.widget.attrs is not other.widget.attrs and field.error_messages is not other.error_messages
        assert field.validators is not other.validators, name
    checked = "carer" if form_name == "AboutYouForm" else "consent"
    first.fields[checked].widget.attrs["aria-describedby"] = "mine"
    assert all("aria-describedby" not in field.widget.attrs for field in second.fields.values())
    bound = form_class({"carer": "Not an option", "consent": ""})  # the shared choices still check
    assert not bound.is_valid() and checked in bound.errors
