"""Answering a consultation with hostile input: never a server error, never markup shown back, never a formula.

The journey is walked as a browser walks it: follow the link to answer, fill in whatever form
each page shows (by field name), send it, follow the redirect. So the properties hold for the
answering flow however its pages are arranged.
"""

import io

from bs4 import BeautifulSoup
from hypothesis import event, given
from hypothesis import strategies as st
from openpyxl import load_workbook

from django.test import Client
from django.urls import reverse

from consultations import coding
from consultations.factories import ThemeFactory
from consultations.models import Answer, Response
from tests.security import (
    FORM_ENCODED,
    Value,
    answer,
    assert_safe,
    csv_formula_cells,
    form_encoded,
    hostile_text,
    invalid_utf8,
    oversized_text,
    staff_client,
    start_link,
    xlsx_formula_cells,
)


def fields(consultation) -> dict[str, object]:
    return {question.kind: question for question in consultation.questionnaire.asked}


def new_response(consultation, before: set[int]) -> Response | None:
    stored = list(Response.objects.filter(consultation=consultation).exclude(pk__in=before))
    assert len(stored) <= 1
    return stored[0] if stored else None


def exported_workbook(client, consultation) -> bytes:
    asked = client.post(reverse("consultations_admin:export_xlsx", args=[consultation.pk]))
    job_page = client.get(asked["Location"])
    link = BeautifulSoup(job_page.content, "html.parser").find("a", string="Download the file")
    download = client.get(link["href"])
    assert download.status_code == 200
    return b"".join(download.streaming_content)


# Each field is either something ordinary or something hostile, so that most examples get
# past the form's checks and are stored and shown to staff.
def ordinary_or(hostile, *ordinary: str):
    return st.one_of(st.sampled_from(ordinary), hostile)


@given(
    free_text=ordinary_or(hostile_text, "Please keep Doddington open."),
    postcode=ordinary_or(hostile_text, "PE13 1AB", "pe13", " cb7  4dl "),
    name=ordinary_or(hostile_text, "", "Ada Resident"),
    organisation=ordinary_or(hostile_text, "", "Ely Carers"),
    email_name=ordinary_or(hostile_text, "", "resident@example.org"),
)
def test_hostile_text_anywhere_is_shown_back_as_text_in_public_and_admin_pages_and_exports(
    consultation, lead, free_text, postcode, name, organisation, email_name
):
    asked = fields(consultation)
    before = set(Response.objects.values_list("pk", flat=True))
    pages = answer(
        Client(),
        consultation,
        {
            asked["free_text"].field_name: [free_text],
            asked["postcode"].field_name: [postcode],
            "name": [name],
            "organisation_name": [organisation],
            "receipt_email": [email_name],
        },
    )
    assert_safe(*pages)
    response = new_response(consultation, before)
    event("stored" if response else "refused")
    if response is None:
        return
    staff = staff_client(lead)
    detail = staff.get(reverse("consultations_admin:response", args=[consultation.pk, response.pk]))
    workbench = staff.get(reverse("consultations_admin:coding", args=[consultation.pk]))
    assert_safe(detail, workbench)
    written = response.answers.filter(question_id=asked["free_text"].id).first()
    assert (written.text if written else "") == free_text.strip()  # stored as typed, nothing lost
    if written is not None:
        coding.quote_choose(
            consultation=consultation,
            theme=ThemeFactory(consultation=consultation),
            answer=written,
            text=written.text,
            chosen_by=lead,
        )
        assert_safe(staff.get(consultation.url + "report/"))
    spreadsheet = staff.get(reverse("consultations_admin:export_csv", args=[consultation.pk]))
    assert csv_formula_cells(b"".join(spreadsheet.streaming_content)) == []
    assert xlsx_formula_cells(exported_workbook(staff, consultation)) == []


def _option_ids(question) -> list[str]:
    return [option.id for option in question.options]


forged = st.one_of(hostile_text, invalid_utf8, st.sampled_from(["", "0", "-1", "99", "yes ", "../", "q_1"]))


@given(data=st.data())
def test_forged_choices_are_refused_and_only_offered_options_are_ever_stored(consultation, data):
    asked = fields(consultation)
    offered: dict[str, list[str]] = {
        asked[kind].field_name: _option_ids(asked[kind])
        for kind in ("single_choice", "likert", "yes_no", "multiple_choice")
    }
    ranking = asked["ranking"]
    places = {f"{ranking.field_name}__{option.id}": str(n) for n, option in enumerate(ranking.options, start=1)}
    offered |= {name: ["1", "2", "3"] for name in places}
    offered |= {
        "respondent_type": ["individual", "organisation"],
        "age_band": ["65 to 74"],
        "sex": ["Female"],
        "carer": ["No"],
    }
    forged_names = data.draw(st.sets(st.sampled_from(sorted(offered)), max_size=3), label="forged fields")
    values: dict[str, list[Value]] = {"organisation_name": ["Ely Carers"]}
    for name, options in offered.items():
        if name in forged_names:
            values[name] = data.draw(st.lists(st.one_of(st.sampled_from(options), forged), min_size=1, max_size=3))
        elif name in places:
            values[name] = [places[name]]
        else:
            values[name] = [data.draw(st.sampled_from(options))]
    before = set(Response.objects.values_list("pk", flat=True))
    assert_safe(*answer(Client(), consultation, values))

    response = new_response(consultation, before)
    event("stored" if response else "refused")
    if response is None:
        return
    by_id = consultation.questionnaire.by_id()
    for stored in Answer.objects.filter(response=response).exclude(option_id=""):
        assert stored.option_id in _option_ids(by_id[stored.question_id])
        if stored.rank is not None:
            assert 1 <= stored.rank <= len(by_id[stored.question_id].options)
    assert response.respondent_type in {"", "individual", "organisation"}
    assert response.age_band in {"", "65 to 74"}
    assert response.sex in {"", "Female"}
    assert response.carer in {"", "No"}


@given(text=oversized_text)
def test_an_answer_of_a_megabyte_gets_a_clear_error_keeps_what_was_typed_and_stores_nothing(consultation, text):
    asked = fields(consultation)
    before = set(Response.objects.values_list("pk", flat=True))
    pages = answer(Client(), consultation, {asked["free_text"].field_name: [text]})
    assert_safe(*pages)
    assert new_response(consultation, before) is None
    shown = BeautifulSoup(pages[-1].content, "html.parser")
    assert shown.select_one(".nhsuk-error-summary")
    assert f"{asked['free_text'].max_length} characters or fewer" in shown.get_text()
    assert shown.find("textarea", attrs={"name": asked["free_text"].field_name}).get_text() == text


@given(raw=st.dictionaries(st.sampled_from(["free_text", "postcode", "name", "receipt_email"]), invalid_utf8))
def test_bytes_that_are_not_utf8_never_break_the_journey(consultation, raw):
    asked = fields(consultation)
    names = {"free_text": asked["free_text"].field_name, "postcode": asked["postcode"].field_name}
    values = {names.get(key, key): [value] for key, value in raw.items()}
    assert_safe(*answer(Client(), consultation, values))


def test_a_request_bigger_than_the_upload_limit_gets_a_kind_page_not_a_server_error(client, consultation, settings):
    asked = fields(consultation)
    start = start_link(client.get(consultation.url), consultation)
    body = form_encoded([(asked["single_choice"].field_name, "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1))])
    response = client.post(start["href"], body, content_type=FORM_ENCODED)
    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").h1.get_text() == "Sorry, we could not read what you sent"
    assert not Response.objects.exists()


def test_exports_read_back_with_openpyxl_hold_no_formula_even_for_a_known_formula_answer(client, consultation, lead):
    """A plain example next to the generated ones, so the export check is known to look at real cells."""
    asked = fields(consultation)
    pages = answer(Client(), consultation, {asked["free_text"].field_name: ['=HYPERLINK("http://example.com")']})
    assert_safe(*pages)
    assert Answer.objects.filter(text='=HYPERLINK("http://example.com")').exists()
    workbook = exported_workbook(staff_client(lead), consultation)
    assert xlsx_formula_cells(workbook) == []
    values = [cell for row in load_workbook(io.BytesIO(workbook)).active.iter_rows(values_only=True) for cell in row]
    assert '\'=HYPERLINK("http://example.com")' in values
