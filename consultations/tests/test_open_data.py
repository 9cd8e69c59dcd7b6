"""Open data: published aggregated results and actions, suppressed like the reports, cache-friendly."""

import csv
import io

import pytest

from consultations.factories import ActionFactory, ThemeFactory
from consultations.models import Channel
from consultations.tests.helpers import make_response
from consultations.tests.test_reports import publish_results

pytestmark = pytest.mark.django_db


def test_the_index_lists_the_endpoints_and_the_version(client):
    data = client.get("/api/v1/").json()
    assert data["api_version"] == "1"
    assert set(data["endpoints"]) == {"consultations", "actions"}


def test_only_published_consultations_are_listed(client, consultation, consultation_index):
    assert client.get("/api/v1/consultations/").json()["consultations"] == []
    assert client.get(f"/api/v1/consultations/{consultation.slug}/results/").status_code == 404
    publish_results(consultation)
    listed = client.get("/api/v1/consultations/").json()["consultations"]
    assert [item["slug"] for item in listed] == [consultation.slug]
    assert listed[0]["results_url"].endswith(f"/api/v1/consultations/{consultation.slug}/results/")


def test_results_match_the_report_and_suppress_small_counts(client, consultation):
    publish_results(consultation)
    for _ in range(6):
        make_response(consultation)
    for _ in range(2):
        make_response(consultation, channel=Channel.PHONE)
    theme = ThemeFactory(consultation=consultation, name="Travel")
    ActionFactory(theme=theme, we_did="We looked at bus routes.")
    data = client.get(f"/api/v1/consultations/{consultation.slug}/results/").json()
    assert data["responses"] == 8
    phone = next(row for row in data["by_channel"] if row["label"] == "Phone")
    assert phone == {"label": "Phone", "count": None, "percent": None, "suppressed": True}
    online = next(row for row in data["by_channel"] if row["label"] == "Online")
    assert online["count"] == 6 and not online["suppressed"]
    single = next(question for question in data["questions"] if question["kind"] == "single_choice")
    assert single["answered"] == 8 and sum(option["percent"] for option in single["options"]) == 100
    assert data["themes"][0] | {"working_group": None} == {
        "name": "Travel",
        "you_said": "What people told us about it.",
        "comments": 0,
        "suppressed": False,
        "working_group": None,
    }
    assert data["actions"][0]["we_did"] == "We looked at bus routes."
    assert "Ada Resident" not in str(data) and "FFF-" not in str(data), "no personal data"


def test_responses_are_cacheable_and_answer_304_when_unchanged(client, consultation):
    publish_results(consultation)
    make_response(consultation)
    url = f"/api/v1/consultations/{consultation.slug}/results/"
    first = client.get(url)
    assert "public" in first["Cache-Control"] and "max-age=600" in first["Cache-Control"]
    assert first["Access-Control-Allow-Origin"] == "*"
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_results_as_csv_have_one_row_per_option_and_no_formula_cells(client, consultation):
    consultation.questions = [
        {
            "type": "single_choice",
            "value": {"question": '=HYPERLINK("x")', "options": ["@SUM(A1)", "Fine"], "required": True},
        }
    ]
    consultation.save_revision().publish()
    publish_results(consultation)
    page = client.get(f"/api/v1/consultations/{consultation.slug}/results.csv")
    assert page.status_code == 200 and page["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(page.content.decode())))
    assert [row["option"] for row in rows] == ["'@SUM(A1)", "Fine"]
    assert rows[0]["question"].startswith("'=")


def test_actions_can_be_filtered_by_town(client, consultation):
    publish_results(consultation)
    theme = ThemeFactory(consultation=consultation)
    ActionFactory(theme=theme, we_did="Wisbech thing.", town="wisbech")
    ActionFactory(theme=theme, we_did="Ely thing.", town="ely")
    wisbech = client.get("/api/v1/actions/?town=wisbech").json()["actions"]
    assert [action["we_did"] for action in wisbech] == ["Wisbech thing."]


def test_the_api_answers_get_and_head_only_with_a_json_error_otherwise(client):
    refused = client.post("/api/v1/consultations/")
    assert refused.status_code == 405
    assert refused["Allow"] == "GET, HEAD"
    assert refused.json()["error"]["code"] == "method_not_allowed"
    assert client.head("/api/v1/consultations/").status_code == 200


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("town=<script>", "town"),
        ("town=london", "town"),
        ("town=ely&town=wisbech", "town"),
        ("theme=" + "x" * 101, "theme"),
        ("theme=%00", "theme"),
        ("colour=blue", "colour"),
    ],
)
def test_invalid_query_parameters_get_a_400_with_a_json_error(client, consultation, query, parameter):
    response = client.get(f"/api/v1/actions/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert (error["status"], error["code"], error["parameter"]) == (400, "invalid_parameter", parameter)
    assert error["message"]


def test_parameters_are_refused_where_an_endpoint_takes_none(client, consultation):
    publish_results(consultation)
    for url in ("/api/v1/?page=2", f"/api/v1/consultations/{consultation.slug}/results/?format=xml"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert response.json()["error"]["code"] == "invalid_parameter"


def test_unknown_addresses_and_unpublished_results_are_json_404s(client, consultation):
    for url in (
        "/api/v1/nothing-here/",
        "/api/v1/consultations/no-such-consultation/results/",
        f"/api/v1/consultations/{consultation.slug}/results.csv",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["code"] == "not_found"


def test_the_etag_stays_the_same_while_the_figures_do(client, consultation, monkeypatch):
    import datetime

    from django.utils import timezone

    publish_results(consultation)
    make_response(consultation)
    url = f"/api/v1/consultations/{consultation.slug}/results/"
    first = client.get(url)
    later = timezone.now() + datetime.timedelta(hours=1)
    monkeypatch.setattr("consultations.open_data.timezone.now", lambda: later)
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    make_response(consultation)
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed.json()["responses"] == 2


def test_actions_of_a_private_consultation_are_not_open_data(client, consultation):
    from wagtail.models import PageViewRestriction

    publish_results(consultation)
    ActionFactory(theme=ThemeFactory(consultation=consultation), we_did="Behind a password.")
    assert len(client.get("/api/v1/actions/").json()["actions"]) == 1
    PageViewRestriction.objects.create(page=consultation, restriction_type="password", password="secret")
    assert client.get("/api/v1/actions/").json()["actions"] == []
