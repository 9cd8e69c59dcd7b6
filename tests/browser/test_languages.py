"""Other languages and Easy Read in Chromium: a Polish-speaking resident reads the minor injury
units consultation in Polish and answers it, the answer joins the English ones, and every page on
the way (translated, shown in English for want of a translation, Easy Read) meets WCAG 2.2 AA as
far as axe-core can tell."""

import re

import pytest
from playwright.sync_api import Page, expect

from wagtail.models import Locale

from consultations.demo_translations import POLISH_MIU
from consultations.models import ConsultationPage, Response
from tests.browser.conftest import DESKTOP, assert_no_axe_violations, tab_to

pytestmark = pytest.mark.browser

ENGLISH = "/consultations/minor-injury-units/"
POLISH = "/pl/consultations/minor-injury-units/"


@pytest.mark.parametrize(
    "path",
    [
        POLISH,
        "/pl/consultations/",
        "/pl/",  # the home page has no Polish translation: English, marked as such
        "/pl/news/",
        ENGLISH + "easy-read/",
        "/pl/consultations/minor-injury-units/easy-read/",
        "/pa/consultations/minor-injury-units/",
    ],
)
def test_translated_and_fallback_pages_have_no_axe_violations(page: Page, path: str):
    response = page.goto(path)
    assert response is not None and response.status == 200
    assert_no_axe_violations(page)


def test_easy_read_page_has_no_axe_violations_at_desktop_width(open_page):
    page = open_page(DESKTOP)
    page.goto(ENGLISH + "easy-read/")
    assert_no_axe_violations(page)


def test_the_language_switcher_works_by_keyboard_and_keeps_the_same_page(page: Page):
    page.goto(ENGLISH)
    tab_to(page, "nav.app-language-switcher a[lang='pl']")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    expect(page).to_have_url(re.compile(f"{POLISH}$"))
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.locator("nav.app-language-switcher a[aria-current='true']")).to_have_attribute("lang", "pl")


def test_a_polish_speaking_resident_reads_and_answers_the_consultation_in_polish(page: Page):
    english = ConsultationPage.objects.get(slug="minor-injury-units", locale=Locale.get_default())
    polish = ConsultationPage.objects.get(translation_key=english.translation_key, locale__language_code="pl")
    before = Response.objects.filter(consultation=english).count()

    page.goto(POLISH)
    expect(page.get_by_role("heading", level=1)).to_have_text(POLISH_MIU[english.title])
    page.locator(f"main a[href='{POLISH}respond/1/']").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    question = polish.questionnaire.asked[0]
    expect(page.locator("main")).to_contain_text(question.text)
    assert_no_axe_violations(page)

    # Sent with nothing chosen: the errors, in Polish, are linked from a focused summary.
    page.locator("button[name='send']").click()
    summary = page.locator(".nhsuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary).not_to_contain_text("Select")
    assert_no_axe_violations(page)

    first, likert = polish.questionnaire.asked[0], polish.questionnaire.asked[2]
    page.get_by_label(first.options[2].label).check()
    page.locator(f"input[name='{likert.field_name}'][value='agree']").check()
    page.get_by_label(re.compile("kod pocztowy")).fill("PE15 0AB")
    page.locator("input[name='consent']").check()
    page.locator("button[name='send']").click()
    reference = page.locator(".nhsuk-panel__body strong")
    expect(reference).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    assert_no_axe_violations(page)

    stored = Response.objects.get(reference=reference.inner_text())
    assert stored.consultation_id == english.pk, "a Polish answer joins the English consultation's answers"
    assert Response.objects.filter(consultation=english).count() == before + 1
    assert stored.answers.get(question_id=first.id).option_id == english.questionnaire.asked[0].options[2].id
