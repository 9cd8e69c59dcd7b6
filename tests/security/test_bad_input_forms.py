"""Every other public form with hostile input: assembly sign-up, newsletter, search, filters and links.

Never a server error, never markup shown back (on the public pages, to staff, in emails),
never a formula in an export.
"""

import itertools
import re
from urllib.parse import quote, urlencode

from hypothesis import event, given
from hypothesis import strategies as st

from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from assemblies.forms import ACCESS_CHOICES
from assemblies.models import Signup, Town
from consultations.factories import ConsultationIndexPageFactory
from consultations.models import YouSaidWeDidPage
from home.factories import (
    ActivityLogPageFactory,
    DocumentLibraryPageFactory,
    FAQPageFactory,
    NewsIndexPageFactory,
)
from home.models import NewsletterSubscription
from tests.security import (
    FORM_ENCODED,
    assert_safe,
    csv_formula_cells,
    form_encoded,
    hostile_text,
    injected_markup,
    invalid_utf8,
    staff_client,
    xlsx_formula_cells,
)


def ordinary_or(hostile, *ordinary: str):
    return st.one_of(st.sampled_from(ordinary), hostile)


emails = st.integers(min_value=0, max_value=10**9).map(lambda n: f"resident{n}@example.org")
new_people = itertools.count()
towns = [value for value, _ in Town.choices] + ["other"]
needs = [value for value, _ in ACCESS_CHOICES]


ORDINARY_SIGNUP = {
    "name": ["Sam Smith"],
    "email": [],  # a new address each time (below)
    "phone": ["", "01223 123456"],
    "town": towns,
    "access_needs": needs,
    "interpreter_language": ["", "Polish"],
}


@given(data=st.data(), other_needs=hostile_text, dietary=hostile_text)
def test_assembly_sign_up_with_hostile_input_is_shown_back_as_text_to_the_resident_staff_and_email(
    session, lead, data, other_needs, dietary
):
    """The two free-text boxes take anything; one or two of the checked fields get something hostile too."""
    hostile_fields = data.draw(st.sets(st.sampled_from(sorted(ORDINARY_SIGNUP)), max_size=2), label="hostile")
    chosen = {}
    for name, ordinary in ORDINARY_SIGNUP.items():
        if name in hostile_fields:
            chosen[name] = [data.draw(hostile_text, label=name)]
        elif name == "email":  # a new person each time: the same address again is "already booked"
            chosen[name] = [f"resident{next(new_people)}@example.org"]
        else:
            chosen[name] = [data.draw(st.sampled_from(ordinary), label=name)]
    cache.clear()  # the per-address limit would otherwise stop the examples after twenty
    mail.outbox = []
    signup_url = session.assembly.session_url(session, "signup")
    before = set(Signup.objects.values_list("pk", flat=True))
    fields = [
        *((name, value) for name, values in chosen.items() for value in values),
        ("other_access_needs", other_needs),
        ("dietary_needs", dietary),
        ("consent", "on"),
        ("website", ""),
    ]
    resident = Client()
    sent = resident.post(signup_url, form_encoded(fields), content_type=FORM_ENCODED)
    pages = [sent] + ([resident.get(sent["Location"])] if sent.status_code == 302 else [])
    assert_safe(*pages)
    stored = Signup.objects.exclude(pk__in=before).first()
    event("stored" if stored else "refused")
    if stored is None:
        return
    assert stored.town in towns
    assert (stored.other_access_needs, stored.dietary_needs) == (other_needs.strip(), dietary.strip())
    for message in mail.outbox:
        for html, _ in getattr(message, "alternatives", []):
            assert injected_markup(html) == []
    staff = staff_client(lead)
    assert_safe(
        staff.get(reverse("assemblies_attendees", args=[session.pk])),
        staff.get(reverse("assemblies_register", args=[session.pk])),
    )
    spreadsheet = staff.get(reverse("assemblies_export", args=[session.pk, "csv"]))
    assert csv_formula_cells(b"".join(spreadsheet.streaming_content)) == []
    workbook = staff.get(reverse("assemblies_export", args=[session.pk, "xlsx"]))
    assert xlsx_formula_cells(b"".join(workbook.streaming_content)) == []


@given(email=st.one_of(emails, hostile_text, invalid_utf8))
def test_newsletter_sign_up_with_hostile_input_never_fails_and_never_shows_markup(lead, email):
    cache.clear()
    resident = Client()
    sent = resident.post(reverse("newsletter_signup"), form_encoded([("email", email)]), content_type=FORM_ENCODED)
    pages = [sent] + ([resident.get(sent["Location"])] if sent.status_code == 302 else [])
    assert_safe(*pages)
    if isinstance(email, str) and re.fullmatch(r"resident\d+@example\.org", email):
        assert NewsletterSubscription.objects.filter(email=email).exists()
    assert_safe(staff_client(lead).get(reverse("wagtailsnippets_home_newslettersubscription:list")))


def test_newsletter_sign_up_page_keeps_a_typed_address_that_was_refused(client, db):
    sent = client.post(reverse("newsletter_signup"), {"email": "<b data-probe>@example"})
    assert sent.status_code == 200
    assert injected_markup(sent.content) == []
    assert 'value="&lt;b data-probe&gt;@example"' in sent.content.decode()


query_values = st.one_of(hostile_text, st.binary(max_size=30), st.integers().map(str))


def _query(params: dict) -> str:
    return "&".join(
        f"{quote(name)}={quote(value if isinstance(value, bytes) else value.encode(), safe='')}"
        for name, value in params.items()
    )


def public_listings(home_page) -> list[str]:
    """Every public page that reads a GET form or query parameters."""
    ConsultationIndexPageFactory(parent=home_page)
    pages = [
        NewsIndexPageFactory(parent=home_page),
        FAQPageFactory(parent=home_page),
        DocumentLibraryPageFactory(parent=home_page),
        ActivityLogPageFactory(parent=home_page),
    ]
    you_said = YouSaidWeDidPage(title="You said, we did", slug="you-said-we-did")
    home_page.add_child(instance=you_said)
    return [
        "/search/",
        "/consultations/",
        you_said.url,
        *(page.url for page in pages),
        reverse("open_data:index"),
        reverse("open_data:consultations"),
        reverse("open_data:actions"),
    ]


PARAMETERS = ["q", "page", "status", "topic", "doc_type", "language", "group_type", "town", "theme", "format"]


def test_every_listing_and_search_reads_hostile_parameters_without_failing_or_showing_markup(home_page, session):
    listings = public_listings(home_page) + [session.assembly.get_parent().url]

    @given(params=st.dictionaries(st.sampled_from(PARAMETERS), query_values, max_size=4))
    def check(params):
        client = Client()
        for url in listings:
            assert_safe(client.get(f"{url}?{_query(params)}"))

    check()


def made_up_links(consultation, session, segment: str) -> list[str]:
    return [
        f"/newsletter/confirm/{segment}/",
        f"/newsletter/unsubscribe/{segment}/",
        f"{consultation.url}respond/resume/{segment}/",
        f"{consultation.url}respond/done/{segment}/",
        f"{session.assembly.url}cancel/{segment}/",
    ]


def test_a_nul_in_a_link_is_not_found_and_in_a_query_a_bad_request(consultation, session):
    client = Client()
    for link in made_up_links(consultation, session, "abc%00def"):
        assert client.get(link).status_code == 404
        assert client.post(link, {}).status_code == 404
    for query in ("/search/?q=%00", "/consultations/?topic=%00"):
        refused = client.get(query)
        assert refused.status_code == 400
        assert "Sorry, we could not read what you sent" in refused.content.decode()
    # The open data API answers in JSON, as it does for every parameter it cannot use.
    api = client.get("/api/v1/actions/?town=%00")
    assert api.status_code == 400
    assert api.json()["error"]["parameter"] == "town"


@given(token=st.one_of(hostile_text, st.text(alphabet="abcdefABCDEF0123456789-_:.=", max_size=80)))
def test_links_with_made_up_tokens_answer_not_found_never_a_server_error(consultation, session, token):
    if not token.strip("/"):
        return
    segment = quote(token.encode(), safe="")
    client = Client()
    for link in made_up_links(consultation, session, segment):
        assert_safe(client.get(link), client.post(link, {}))
    resend = session.assembly.session_url(session, "resend")
    assert_safe(client.post(resend, urlencode({"token": token}), content_type=FORM_ENCODED))
