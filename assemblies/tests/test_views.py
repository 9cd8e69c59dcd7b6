"""What residents see: the listing, a session, signing up (and every way it can go wrong), cancelling."""

import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.utils import timezone

from assemblies import services
from assemblies.factories import AssemblyPageFactory, SessionFactory
from assemblies.models import Signup, SignupStatus, Town
from assemblies.tests.conftest import person, valid_form


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def main_text(response) -> str:
    return " ".join(soup_of(response).find("main").get_text(" ").split())


@pytest.fixture
def signup_url(assembly, session):
    return assembly.session_url(session, "signup")


@pytest.fixture
def post_signup(client, signup_url, django_capture_on_commit_callbacks):
    def _post(**changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(signup_url, valid_form(**changes))

    return _post


def link_in(message, pattern: str) -> str:
    return re.search(pattern, message.body).group(0).replace("http://testserver", "")


# Listing and session pages ---------------------------------------------------------------------


def test_listing_shows_upcoming_sessions_by_town_with_places_left(client, assembly_index, assembly, session):
    SessionFactory(assembly=assembly, town=Town.WISBECH, capacity=10)
    services.signup_create(session=session, person=person(1))
    text = main_text(client.get(assembly_index.url))
    assert "Ely" in text and "Wisbech" in text
    assert "1 place left" in text and "10 places left" in text
    assert text.index("Ely") < text.index("Wisbech"), "towns in the order of the list"


def test_listing_filters_by_town(client, assembly_index, assembly, session):
    SessionFactory(assembly=assembly, town=Town.WISBECH)
    text = main_text(client.get(assembly_index.url, {"town": "wisbech"}))
    assert "Wisbech:" in text and "Ely:" not in text


def test_listing_shows_past_assemblies_with_what_happened(client, assembly_index):
    AssemblyPageFactory(
        parent=assembly_index,
        title="Public Involvement Assemblies, July 2015",
        held_on=timezone.datetime(2015, 7, 1).date(),
        outcome="<p>80 people came to five locations.</p>",
    )
    text = main_text(client.get(assembly_index.url))
    assert "Past assemblies" in text and "July 2015" in text and "80 people came" in text


def test_places_left_are_live_even_when_the_listing_was_cached(client, assembly_index, session, settings):
    settings.PAGE_CACHE_SECONDS = 600
    assert "2 places left" in main_text(client.get(assembly_index.url))
    services.signup_create(session=session, person=person(1))
    assert "1 place left" in main_text(client.get(assembly_index.url))


def test_session_page_shows_venue_access_map_link_and_places(client, assembly, session):
    response = client.get(assembly.session_url(session))
    text = main_text(response)
    assert "Ely Library" in text and "Market Street" in text
    assert "Step-free access" in text and "Hearing loop" in text
    assert "2 of 2 places left" in text
    map_link = next(link for link in soup_of(response).find_all("a") if "on a map" in link.get_text())
    assert map_link["href"].startswith("https://www.openstreetmap.org/search?query=Ely+Library")
    assert soup_of(response).find("a", string="Sign up for this session")


def test_unknown_session_number_is_not_found(client, assembly, session):
    other = AssemblyPageFactory(parent=assembly.get_parent())
    assert client.get(assembly.url + "sessions/999999/").status_code == 404
    assert client.get(other.session_url(session)).status_code == 404, "a session of another assembly"


def test_calendar_link_downloads_an_ics_file(client, assembly, session):
    response = client.get(assembly.session_url(session, "calendar"))
    assert response["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VEVENT" in response.content and b"Ely Library" in response.content


# Signing up --------------------------------------------------------------------------------------


def test_signing_up_books_a_place_and_emails_a_calendar_invite_with_a_cancel_link(client, session, post_signup):
    response = post_signup(phone="01353 123456", access_needs=["step_free", "bsl"])
    assert response.status_code == 302
    booked = client.get(response["Location"])
    assert "You have a place" in main_text(booked)
    signup = Signup.objects.get()
    assert (signup.status, signup.needs_step_free, signup.needs_bsl) == (SignupStatus.CONFIRMED, True, True)
    message = mail.outbox[0]
    assert message.to == ["sam@example.org"] and message.alternatives
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype.startswith("text/calendar") and "BEGIN:VEVENT" in str(content)
    assert "/cancel/" in message.body and "/calendar/" in message.body


def test_a_full_session_puts_the_new_signup_on_the_waiting_list(client, session, post_signup):
    for n in (1, 2):
        services.signup_create(session=session, person=person(n))
    form_page = client.get(session.assembly.session_url(session, "signup"))
    assert "This session is full" in main_text(form_page)
    booked = client.get(post_signup()["Location"])
    assert "You are number 1 on the waiting list" in main_text(booked)
    assert "waiting list" in mail.outbox[-1].subject


def test_booking_twice_says_already_booked_and_can_resend_the_email(client, session, post_signup):
    post_signup()
    again = post_signup(email="  SAM@example.org ")
    assert "You are already booked" in main_text(again)
    form = soup_of(again).find("form", action=re.compile("resend"))
    token = form.find("input", attrs={"name": "token"})["value"]
    mail.outbox = []
    resent = client.post(form["action"], {"token": token})
    assert "We have sent the email again" in main_text(resent)
    assert mail.outbox[0].to == ["sam@example.org"]
    assert Signup.objects.count() == 1


def test_a_changed_resend_token_sends_nothing(client, assembly, session):
    response = client.post(assembly.session_url(session, "resend"), {"token": "forged"})
    assert response.status_code == 400 and not mail.outbox


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "id_name", "Enter your full name"),
        ({"name": "x" * 201}, "id_name", "Your name must be 200 characters or fewer"),
        ({"name": "<script>alert(1)</script>"}, "id_name", "must not include the characters < or >"),
        ({"email": "not an email"}, "id_email", "Enter an email address in the correct format"),
        ({"phone": "12345"}, "id_phone", "Enter a UK phone number"),
        ({"town": None}, "id_town_0", "Select where you live"),
        ({"consent": None}, "id_consent", "Tick the box to agree"),
        ({"access_needs": ["interpreter"]}, "id_interpreter_language", "Tell us which language"),
        ({"access_needs": ["other"]}, "id_other_access_needs", "Tell us what else you need"),
    ],
)
def test_bad_input_gets_a_linked_error_and_keeps_what_was_typed(post_signup, changes, field, message):
    response = post_signup(dietary_needs="Gluten <b>free</b>", **changes)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.title.string.startswith("Error:")
    links = soup.select(".nhsuk-error-summary__list a")
    assert any(link["href"] == f"#{field}" and message in link.get_text() for link in links)
    assert soup.find(id=field) is not None, "the summary link points at a real field"
    # Browsers drop the newline Django puts after <textarea>.
    assert soup.find("textarea", id="id_dietary_needs").get_text().lstrip("\n") == "Gluten <b>free</b>"
    if "name" in changes and changes["name"]:
        assert soup.find(id="id_name")["value"] == changes["name"]
    assert not Signup.objects.exists()


@pytest.mark.parametrize(
    "phone", ["01223 123456", "(01223) 123-456", "07700 900123", "+44 7700 900123", "020 7946 0000"]
)
def test_a_phone_number_in_any_uk_format_is_accepted(post_signup, phone):
    assert post_signup(phone=phone).status_code == 302
    assert Signup.objects.get().phone == phone


def test_bots_filling_the_hidden_field_are_turned_away_quietly(post_signup):
    response = post_signup(website="http://spam.example")
    assert response.status_code == 302 and not Signup.objects.exists()


def test_past_and_closed_sessions_say_so_instead_of_the_form(client, assembly):
    past = SessionFactory(assembly=assembly, starts_at=timezone.now() - timedelta(days=2))
    closed = SessionFactory(assembly=assembly, signup_open=False)
    assert "This session has already happened" in main_text(client.get(assembly.session_url(past, "signup")))
    response = client.post(assembly.session_url(closed, "signup"), valid_form())
    assert "Sign-up is closed" in main_text(response) and not Signup.objects.exists()


def test_too_many_signups_from_one_address_are_paused(client, signup_url, settings):
    from assemblies import views

    views.SIGNUP_LIMIT["limit"], old = 1, views.SIGNUP_LIMIT["limit"]
    try:
        client.post(signup_url, valid_form(email="one@example.org"))
        assert client.post(signup_url, valid_form(email="two@example.org")).status_code == 429
    finally:
        views.SIGNUP_LIMIT["limit"] = old


# Cancelling ------------------------------------------------------------------------------------


def test_cancel_link_asks_first_then_cancels_and_gives_the_place_to_the_next_person(
    client, session, post_signup, django_capture_on_commit_callbacks
):
    post_signup()
    for n in (1, 2):
        services.signup_create(session=session, person=person(n))
    cancel_path = link_in(mail.outbox[0], r"http://testserver\S+/cancel/\S+/")
    page = client.get(cancel_path)
    assert "Cancel your place" in main_text(page)
    assert Signup.objects.get(email="sam@example.org").status == SignupStatus.CONFIRMED, "opening the link alone"
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(cancel_path)
    assert "Your place is cancelled" in main_text(done)
    assert Signup.objects.get(email="resident2@example.org").status == SignupStatus.CONFIRMED
    assert any("now have a place" in message.subject for message in mail.outbox)
    replay = client.post(cancel_path)
    assert "Your place was already cancelled" in main_text(replay)


def test_a_tampered_cancel_link_gives_a_clear_page(client, assembly, session, post_signup):
    post_signup()
    cancel_path = link_in(mail.outbox[0], r"http://testserver\S+/cancel/\S+/")
    response = client.get(cancel_path[:-4] + "xyz/")
    assert client.get(cancel_path.replace("/cancel/", "/cancel/A")).status_code == 404
    assert response.status_code == 404
    assert "This link does not work" in main_text(response)
    assert Signup.objects.get().status == SignupStatus.CONFIRMED


def test_a_cancel_link_after_the_session_says_it_has_happened(client, session, post_signup):
    post_signup()
    cancel_path = link_in(mail.outbox[0], r"http://testserver\S+/cancel/\S+/")
    session.starts_at = timezone.now() - timedelta(hours=3)
    session.ends_at = timezone.now() - timedelta(hours=1)
    session.save()
    assert "This session has already happened" in main_text(client.post(cancel_path))
    assert Signup.objects.get().status == SignupStatus.CONFIRMED


def test_home_page_lists_upcoming_sessions(client, home_page, session):
    text = main_text(client.get("/"))
    assert "Come to a Public Involvement Assembly" in text and "Ely:" in text


def test_listing_and_home_page_queries_do_not_grow_with_sessions(client, assembly_index, assembly, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_SECONDS = 0

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    SessionFactory(assembly=assembly)
    small = {url: queries(url) for url in ("/", assembly_index.url, assembly.url)}
    for town in Town.values:
        SessionFactory(assembly=assembly, town=town)
        AssemblyPageFactory(parent=assembly_index)
    large = {url: queries(url) for url in small}
    for url in small:
        assert large[url] <= small[url] + 1, f"{url}: {small[url]} queries, then {large[url]}"
