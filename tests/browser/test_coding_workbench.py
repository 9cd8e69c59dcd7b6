"""The coding workbench in Chromium at phone width: its filters, whose question choices are long,
stay within the page; checked with axe."""

import re

import pytest
from playwright.sync_api import expect

from django.urls import reverse

from consultations.models import ConsultationPage
from home.factories import UserFactory
from tests.browser.conftest import PHONE, assert_no_axe_violations

pytestmark = pytest.mark.browser

USERNAME = "coding-workbench-lead"


@pytest.fixture
def lead():
    user = UserFactory(username=USERNAME, groups=["Engagement leads"])
    yield user
    user.delete()


def test_the_workbench_filters_fit_a_phone_screen(open_page, lead):
    consultation = ConsultationPage.objects.filter(slug="minor-injury-units").order_by("pk").first()
    page = open_page(PHONE)
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill("correct horse battery staple")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    page.goto(reverse("consultations_admin:coding", args=[consultation.pk]))
    question = page.get_by_label("Question", exact=True)
    expect(question).to_be_visible()
    form = page.get_by_role("form", name="Filter answers")
    box, room = question.bounding_box(), form.bounding_box()
    assert box["x"] >= room["x"] - 1 and box["x"] + box["width"] <= room["x"] + room["width"] + 1
    assert box["x"] + box["width"] <= PHONE["width"], "the question filter runs off the screen"
    assert_no_axe_violations(page)
