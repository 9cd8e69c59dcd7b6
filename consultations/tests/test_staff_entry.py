"""Engagement leads key in responses from paper, events, email, letters and phone calls, see
each response with its answers, and every look at personal data is in the audit log."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import timezone

from consultations.models import Channel, Response
from consultations.tests.helpers import make_response
from fitforfuture.models import AuditEvent


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def questions_by_kind(consultation):
    return {question.kind: question for question in consultation.questionnaire.asked}


def entry_url(consultation):
    return reverse("consultations_admin:enter", args=[consultation.pk])


def token_from(page) -> str:
    return soup_of(page).find("input", attrs={"name": "entry_token"})["value"]


def paper_form_data(client, consultation, **changes) -> dict:
    q = questions_by_kind(consultation)
    data = {
        "entry_token": token_from(client.get(entry_url(consultation))),
        "channel": "paper",
        "received_on": "2016-11-03",
        q["single_choice"].field_name: q["single_choice"].options[2].id,
        q["multiple_choice"].field_name: [q["multiple_choice"].options[1].id],
        q["likert"].field_name: "strongly-disagree",
        **{f"{q['ranking'].field_name}__{option.id}": str(n) for n, option in enumerate(q["ranking"].options, 1)},
        q["free_text"].field_name: "Keep Princess of Wales in Ely open at night.",
        q["yes_no"].field_name: "no",
        q["postcode"].field_name: "cb7 4ab",
        "respondent_type": "individual",
        "name": "Carol Letter",
        "age_band": "75 or over",
    }
    data.update(changes)
    return data


def test_entry_form_asks_every_question_and_offers_every_channel_but_online(client, lead, consultation):
    soup = soup_of(client.get(entry_url(consultation)))
    text = soup.get_text()
    for question in consultation.questionnaire.asked:
        assert question.text in text
    channels = [option["value"] for option in soup.find("select", attrs={"name": "channel"}).find_all("option")]
    assert channels == ["paper", "event", "email", "letter", "phone"]


def test_a_paper_response_is_stored_with_its_channel_date_and_who_keyed_it_in(client, lead, consultation):
    page = client.post(entry_url(consultation), paper_form_data(client, consultation))
    assert page.status_code == 302
    stored = Response.objects.get()
    assert (stored.channel, stored.entered_by, stored.received_on) == (Channel.PAPER, lead, datetime.date(2016, 11, 3))
    assert (stored.name, stored.age_band, stored.postcode_district) == ("Carol Letter", "75 or over", "CB7")
    q = questions_by_kind(consultation)
    answers = {(a.question_id, a.option_id, a.rank, a.text) for a in stored.answers.all()}
    assert (q["single_choice"].id, q["single_choice"].options[2].id, None, "") in answers
    assert (q["postcode"].id, "", None, "CB7") in answers
    assert (q["ranking"].id, q["ranking"].options[0].id, 1, "") in answers
    event = AuditEvent.objects.get(action="create")
    assert (event.actor, event.row_count) == (lead, 1)
    assert stored.reference in event.detail
    assert stored.reference in client.get(page["Location"]).content.decode()


def test_sending_the_same_entry_form_twice_stores_one_response(client, lead, consultation):
    data = paper_form_data(client, consultation)
    client.post(entry_url(consultation), data)
    client.post(entry_url(consultation), data)
    assert Response.objects.count() == 1
    assert AuditEvent.objects.filter(action="create").count() == 1


def test_a_paper_form_that_skipped_a_required_question_is_still_kept(client, lead, consultation):
    q = questions_by_kind(consultation)
    assert q["single_choice"].required
    data = paper_form_data(client, consultation, **{q["single_choice"].field_name: ""})
    assert client.post(entry_url(consultation), data).status_code == 302
    stored = Response.objects.get()
    assert not stored.answers.filter(question_id=q["single_choice"].id).exists()


def test_entry_form_with_errors_keeps_the_answers_and_stores_nothing(client, lead, consultation):
    q = questions_by_kind(consultation)
    data = paper_form_data(client, consultation, **{q["postcode"].field_name: "not a postcode"})
    page = client.post(entry_url(consultation), data)
    assert page.status_code == 200
    assert "Enter a real postcode" in page.content.decode()
    assert "Keep Princess of Wales in Ely open at night." in page.content.decode()
    assert not Response.objects.exists()


@pytest.mark.parametrize("channel", ["online", "carrier-pigeon"])
def test_staff_cannot_enter_a_response_as_online_or_an_unknown_channel(client, lead, consultation, channel):
    page = client.post(entry_url(consultation), paper_form_data(client, consultation, channel=channel))
    assert page.status_code == 200
    assert not Response.objects.exists()


def test_received_date_cannot_be_in_the_future(client, lead, consultation):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    page = client.post(entry_url(consultation), paper_form_data(client, consultation, received_on=tomorrow))
    assert "cannot be in the future" in page.content.decode()
    assert not Response.objects.exists()


# -- event comments ------------------------------------------------------------------------


def comments_url(consultation):
    return reverse("consultations_admin:event_comments", args=[consultation.pk])


def test_each_event_comment_becomes_its_own_event_response(client, lead, consultation):
    free_text = questions_by_kind(consultation)["free_text"]
    page = client.get(comments_url(consultation), {"question": free_text.id, "staff_notes": "Assembly, Wisbech"})
    soup = soup_of(page)
    assert soup.find("select", attrs={"name": "question"}).find("option", selected=True)["value"] == free_text.id
    assert soup.find("input", attrs={"name": "staff_notes"})["value"] == "Assembly, Wisbech"
    data = {
        "entry_token": token_from(page),
        "question": free_text.id,
        "received_on": "2016-03-12",
        "staff_notes": "Public Involvement Assembly, Wisbech",
        "comment_1": "The bus to Wisbech hospital is too slow.",
        "comment_2": "",
        "comment_3": "Keep the X-ray at Doddington.",
    }
    assert client.post(comments_url(consultation), data).status_code == 302
    client.post(comments_url(consultation), data)  # sent again by mistake

    stored = Response.objects.order_by("id")
    assert [r.answers.get().text for r in stored] == [
        "The bus to Wisbech hospital is too slow.",
        "Keep the X-ray at Doddington.",
    ]
    assert {(r.channel, r.entered_by, r.staff_notes) for r in stored} == {
        (Channel.EVENT, lead, "Public Involvement Assembly, Wisbech")
    }
    assert AuditEvent.objects.get(action="create").row_count == 2


def test_event_comments_need_at_least_one_comment(client, lead, consultation):
    free_text = questions_by_kind(consultation)["free_text"]
    page = client.get(comments_url(consultation))
    data = {"entry_token": token_from(page), "question": free_text.id, "received_on": "2016-03-12"}
    assert "Write at least one comment" in client.post(comments_url(consultation), data).content.decode()
    assert not Response.objects.exists()


# -- seeing responses ----------------------------------------------------------------------


def test_consultation_list_counts_responses_by_channel(client, lead, consultation):
    make_response(consultation)
    make_response(consultation, channel=Channel.LETTER)
    soup = soup_of(client.get(reverse("consultations_admin:index")))
    row = soup.find("a", string=consultation.title).find_parent("tr")
    header = [cell.get_text(strip=True) for cell in row.find_parent("table").find("thead").find_all("th")]
    counts = dict(zip(header[1:], [cell.get_text(strip=True) for cell in row.find_all("td")], strict=True))
    assert counts == {
        "Online": "1",
        "Paper form": "0",
        "Event or assembly": "0",
        "Email": "0",
        "Letter": "1",
        "Phone": "0",
        "Total": "2",
    }


def test_response_list_filters_by_channel_and_campaign_flag(client, lead, consultation):
    campaign = "Save our minor injury unit in Doddington, it matters to us all."
    online = make_response(consultation, text=campaign)
    letter = make_response(consultation, channel=Channel.LETTER, text=campaign)
    phone = make_response(consultation, channel=Channel.PHONE)
    url = reverse("consultations_admin:responses", args=[consultation.pk])

    def references(**query):
        soup = soup_of(client.get(url, query))
        return {row.find("a").get_text(strip=True) for row in soup.select("table.listing tbody tr") if row.find("a")}

    assert references() == {online.reference, letter.reference, phone.reference}
    assert references(channel="letter") == {letter.reference}
    assert references(flagged="on") == {online.reference, letter.reference}


def test_response_page_shows_answers_as_labels_and_records_the_view(client, lead, consultation):
    response = make_response(consultation, text="<script>alert('x')</script> keep it open")
    page = client.get(reverse("consultations_admin:response", args=[consultation.pk, response.pk]))
    text = soup_of(page).get_text()
    assert "Doddington Hospital" in text
    assert "Agree" in text
    assert "1. Quality" in text
    assert "Ada Resident" in text
    assert b"<script>alert" not in page.content
    assert "<script>alert('x')</script> keep it open" in text
    event = AuditEvent.objects.get(action="view")
    assert (event.actor, event.detail) == (lead, f"Viewed {response.reference}")


def test_response_page_of_another_consultation_is_not_found(client, lead, consultation, consultation_index):
    from consultations.factories import ConsultationPageFactory

    other = ConsultationPageFactory(parent=consultation_index)
    response = make_response(consultation)
    page = client.get(reverse("consultations_admin:response", args=[other.pk, response.pk]))
    assert page.status_code == 404
    assert not AuditEvent.objects.filter(action="view").exists()
