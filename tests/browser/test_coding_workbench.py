"""The coding workbench in Chromium at phone width: its filters, whose question choices are long,
stay within the page; checked with axe."""

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from consultations.models import ConsultationPage
from tests.browser.conftest import PHONE, assert_no_axe_violations, sign_in_as

pytestmark = pytest.mark.browser


def test_the_workbench_filters_fit_a_phone_screen(open_page, engagement_lead):
    consultation = ConsultationPage.objects.filter(slug="minor-injury-units").order_by("pk").first()
    page = open_page(PHONE)
    sign_in_as(page, engagement_lead)
    page.goto(reverse("consultations_admin:coding", args=[consultation.pk]))
    question = page.get_by_label("Question", exact=True)
    expect(question).to_be_visible()
    form = page.get_by_role("form", name="Filter answers")
    box, room = question.bounding_box(), form.bounding_box()
    assert box["x"] >= room["x"] - 1 and box["x"] + box["width"] <= room["x"] + room["width"] + 1
    assert box["x"] + box["width"] <= PHONE["width"], "the question filter runs off the screen"
    assert_no_axe_violations(page)
