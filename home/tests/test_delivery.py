"""The delivery progress page: metrics tables, a chart with its table, risks, tree rules and demo content."""

import json

import pytest
from bs4 import BeautifulSoup

from wagtail import blocks
from wagtail.test.utils import WagtailPageTestCase

from home.blocks import RiskListBlock
from home.demo import delivery
from home.demo.build import DemoReport, stream
from home.factories import DeliveryProgressPageFactory
from home.models import DeliveryProgressPage, HomePage, NewsIndexPage, StandardPage

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def demo_page(home_page):
    return delivery.build_demo_delivery(home_page, DemoReport(), stream)


def test_the_demo_page_shows_the_figures_as_a_table_and_a_chart_with_its_own_table(client, demo_page):
    soup = soup_of(client.get(demo_page.url))
    assert soup.h1.get_text() == "Delivery progress"
    captions = [caption.get_text(strip=True) for caption in soup.select("table caption")]
    assert "Joint Emergency Team: early results at the end of September 2017" in captions
    results = next(t for t in soup.select("table") if "early results" in t.caption.get_text())
    rows = {row.th.get_text(strip=True): row.td.get_text(strip=True) for row in results.select("tbody tr")}
    assert rows["Referrals in the last week of September"] == "169"
    assert rows["Referrals resolved without a transfer to an acute hospital"] == "89%"
    chart = soup.select_one("figure.app-chart")
    assert chart.svg["role"] == "img"
    assert [rect["width"] for rect in chart.select("rect")] == ["240.8", "300.0", "118.3", "266.2"]
    chart_rows = [row.get_text(" ", strip=True) for row in chart.select("tbody tr")]
    assert chart_rows == ["Weekdays, July 57", "Weekdays, September 71", "Weekends, July 28", "Weekends, September 63"]


def test_the_demo_page_lists_every_risk_of_the_report_with_scores_and_names_its_source(client, demo_page):
    soup = soup_of(client.get(demo_page.url))
    risks = soup.select(".app-risks__list > li")
    assert len(risks) == 14
    first = risks[0]
    assert first.h3.get_text(strip=True).startswith("R-06: There is a risk that deterioration")
    values = [value.get_text(strip=True) for value in first.select("dd")]
    assert values[0] == "20" and values[2] == "16"
    assert "Health Scrutiny Committee, 6 November 2017" in soup.select_one(".nhsuk-inset-text").get_text()


def test_the_demo_page_is_in_the_menu_and_building_it_again_changes_nothing(client, home_page, demo_page):
    demo_page.title = "Delivery progress, edited"
    demo_page.save_revision().publish()
    report = DemoReport()
    delivery.build_demo_delivery(home_page, report, stream)
    assert report.created == []
    assert DeliveryProgressPage.objects.get().title == "Delivery progress, edited"
    home = soup_of(client.get("/"))
    assert home.find("a", href=demo_page.url) is not None


def test_a_risk_scored_higher_after_its_actions_is_refused_on_that_field():
    value = RiskListBlock().to_python(
        {
            "heading": "Risks",
            "heading_level": "2",
            "risks": [{"reference": "R-1", "risk": "A risk.", "score": 12, "mitigation": "Do it.", "score_after": 16}],
        }
    )
    with pytest.raises(blocks.StructBlockValidationError) as error:
        RiskListBlock().clean(value)
    assert "risks" in error.value.block_errors


def test_the_risk_list_headings_follow_the_chosen_level(client, home_page):
    page = DeliveryProgressPageFactory(
        parent=home_page,
        body=json.dumps(
            [
                {
                    "type": "risks",
                    "value": {
                        "heading": "Risks",
                        "heading_level": "3",
                        "intro": "",
                        "risks": [{"reference": "", "risk": "A risk.", "score": 9, "mitigation": "Act."}],
                    },
                }
            ]
        ),
    )
    soup = soup_of(client.get(page.url))
    assert soup.select_one(".app-risks h3").get_text() == "Risks"
    assert soup.select_one(".app-risks__list h4").get_text(strip=True) == "A risk."


class TestDeliveryProgressTreeRules(WagtailPageTestCase):
    def test_delivery_progress_pages_sit_under_home_or_a_standard_page_and_hold_nothing(self):
        self.assertAllowedParentPageTypes(DeliveryProgressPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(DeliveryProgressPage, set())
        self.assertCanCreateAt(HomePage, DeliveryProgressPage)
        self.assertCanNotCreateAt(NewsIndexPage, DeliveryProgressPage)
