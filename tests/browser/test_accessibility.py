"""Every kind of public page on the demo site meets WCAG 2.2 AA, as far as axe-core can tell.

To cover a new page type, add a ``Visit`` to ``PAGES``: a path, or a path plus a link to follow
(for pages whose address comes from the content), or a path plus an action (for states such as a
form with errors). Features with many states of their own may keep their own list in their own
module instead (as test_assemblies_accessibility.py does).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import DESKTOP, PHONE, assert_no_axe_violations

pytestmark = pytest.mark.browser


def submit_newsletter(email: str, *, then_title: str) -> Callable[[Page], None]:
    def action(page: Page) -> None:
        page.get_by_label("Email address").fill(email)
        page.get_by_role("button", name="Sign up").click()
        expect(page).to_have_title(re.compile(then_title))

    return action


@dataclass(frozen=True)
class Visit:
    name: str
    path: str
    follow: str | None = None  # CSS selector of a link on `path` to follow: the page under test
    action: Callable[[Page], None] | None = None  # brings the page into the state under test
    viewport: dict = field(default_factory=lambda: PHONE)
    status: int = 200  # of the first response


PAGES = [
    Visit("home", "/"),
    Visit("home-desktop", "/", viewport=DESKTOP),
    Visit("standard-page", "/our-plan/"),
    Visit("nested-standard-page-with-chart-and-tables", "/our-plan/how-we-judge-options/"),
    Visit("news-index", "/news/"),
    Visit("news-article", "/news/", follow="main .nhsuk-list h2 a"),
    Visit("news-index-second-page", "/news/", follow="main a.nhsuk-pagination__link--next"),
    Visit("faqs", "/faqs/"),
    Visit("faqs-search", "/faqs/?q=stroke"),
    Visit("document-library", "/publications/"),
    Visit("document-library-filtered", "/publications/?doc_type=report&language=en"),
    Visit("activity-log", "/who-we-have-talked-to/"),
    Visit("activity-log-filtered", "/who-we-have-talked-to/?q=forum&group_type=patient_group"),
    Visit("search-results", "/search/?q=stroke"),
    Visit("search-empty", "/search/"),
    Visit("newsletter-signup", "/newsletter/"),
    Visit(
        "newsletter-signup-with-error", "/newsletter/", action=submit_newsletter("not-an-email", then_title="^Error: ")
    ),
    Visit(
        "newsletter-check-your-email",
        "/newsletter/",
        action=submit_newsletter("a11y@example.com", then_title="^Check your email"),
    ),
    Visit("consultations", "/consultations/"),
    Visit("consultation-page", "/consultations/", follow="main a.nhsuk-card__link"),
    Visit("consultation-report", "/consultations/evidence-for-change/report/"),
    Visit("consultation-report-desktop", "/consultations/evidence-for-change/report/", viewport=DESKTOP),
    Visit("you-said-we-did", "/you-said-we-did/"),
    Visit("you-said-we-did-filtered", "/you-said-we-did/?town=wisbech&theme=Staff"),
    Visit("assemblies", "/assemblies/"),
    Visit("privacy", "/privacy/"),
    Visit("accessibility-statement", "/accessibility/"),
    Visit("cookies", "/cookies/"),
    Visit("not-found", "/no-such-page/", status=404),
]


@pytest.mark.parametrize("visit", PAGES, ids=[visit.name for visit in PAGES])
def test_public_page_has_no_axe_violations(open_page, visit: Visit):
    page = open_page(visit.viewport)
    response = page.goto(visit.path)
    assert response is not None and response.status == visit.status, f"{visit.path} answered {response}"
    if visit.follow:
        links = page.locator(visit.follow)
        if links.count() == 0:
            pytest.skip(f"the demo content has no link matching {visit.follow!r} on {visit.path}")
        response = page.goto(links.first.evaluate("link => link.href"))  # resolved, as ?page=2 is relative
        assert response is not None and response.ok, f"{visit.follow} on {visit.path} led to {response}"
    if visit.action:
        visit.action(page)
    assert_no_axe_violations(page)
