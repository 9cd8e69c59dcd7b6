"""Every publishing page type renders for a resident, and the page tree keeps its shape."""

import pytest
from bs4 import BeautifulSoup

from wagtail.test.utils import WagtailPageTestCase

from assemblies.models import AssemblyIndexPage
from consultations.models import ConsultationIndexPage, YouSaidWeDidPage
from home import factories
from home.models import (
    ActivityLogPage,
    DeliveryProgressPage,
    DocumentLibraryPage,
    FAQPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)

CHART_BODY = (
    '[{"type": "heading", "value": {"text": "How options are judged", "level": "2"}},'
    ' {"type": "chart", "value": {"title": "Criteria weights", "description": "Weight of each criterion.",'
    ' "unit": "%", "heading_level": "3", "rows": [{"label": "Quality", "value": 30},'
    ' {"label": "Affordability", "value": 25}]}},'
    ' {"type": "table", "value": {"caption": "Weights", "numeric_columns": "2", "table": {"data":'
    ' [["Criterion", "Weight"], ["Quality", "30"], ["Affordability", "25"]]}}},'
    ' {"type": "inset", "value": {"body": "<p>An inset fact.</p>"}},'
    ' {"type": "warning", "value": {"title": "Important", "heading_level": 3, "body": "<p>Careful.</p>"}},'
    ' {"type": "details", "value": {"title": "More detail",'
    ' "body": [{"type": "richtext", "value": "<p>Hidden.</p>"}]}}]'
)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def site_tree(home_page):
    news_index = factories.NewsIndexPageFactory(parent=home_page)
    return {
        "home": home_page,
        "standard": factories.StandardPageFactory(parent=home_page, title="Our plan", slug="our-plan", body=CHART_BODY),
        "news_index": news_index,
        "news": factories.NewsPageFactory(parent=news_index, title="The plan is published"),
        "faq": factories.FAQPageFactory(parent=home_page),
        "documents": factories.DocumentLibraryPageFactory(parent=home_page),
        "activity": factories.ActivityLogPageFactory(parent=home_page),
        "consultations": ConsultationIndexPage(title="Consultations", slug="consultations"),
        "assemblies": AssemblyIndexPage(title="Public Involvement Assemblies", slug="assemblies"),
    }


@pytest.fixture
def full_tree(site_tree):
    for key in ("consultations", "assemblies"):
        site_tree["home"].add_child(instance=site_tree[key])
    factories.FAQFactory(question="What happens to stroke services?", answer="<p>Stroke care answer.</p>")
    factories.EngagementActivityFactory(activity="CATCH Patient Forum")
    factories.LibraryDocumentFactory(title="STP summary")
    return site_tree


@pytest.mark.parametrize(
    "key", ["home", "standard", "news_index", "news", "faq", "documents", "activity", "consultations", "assemblies"]
)
def test_every_page_type_renders_with_one_h1_and_a_titled_head(client, full_tree, key):
    page = full_tree[key]
    response = client.get(page.url)
    assert response.status_code == 200
    soup = soup_of(response)
    assert len(soup.find_all("h1")) == 1
    title = soup.title.string.strip()
    assert title.endswith("Fit for the Future") or title.startswith("Fit for the Future:")
    assert title.count("Fit for the Future") == 1
    assert soup.find("a", class_="nhsuk-skip-link")["href"] == "#maincontent"
    assert soup.find("main", id="maincontent") is not None
    assert soup.find(class_="nhsuk-phase-banner") is not None
    assert soup.find("footer", class_="nhsuk-footer") is not None


def test_standard_page_shows_chart_as_svg_with_the_same_figures_in_a_table(client, full_tree):
    soup = soup_of(client.get(full_tree["standard"].url))
    figure = soup.find("figure", class_="app-chart")
    svg = figure.find("svg")
    assert svg["role"] == "img"
    assert [rect["width"] for rect in svg.find_all("rect")] == ["300.0", "250.0"]
    rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in figure.tbody.find_all("tr")]
    assert rows == [["Quality", "30"], ["Affordability", "25"]]


def test_standard_page_renders_table_inset_warning_and_expander_blocks(client, full_tree):
    soup = soup_of(client.get(full_tree["standard"].url))
    table = soup.find("caption", string="Weights").find_parent("table")
    assert table.caption.get_text(strip=True) == "Weights"
    assert "nhsuk-table__cell--numeric" in table.find("td")["class"]
    assert soup.find(class_="nhsuk-inset-text").get_text(" ", strip=True).endswith("An inset fact.")
    assert soup.find(class_="nhsuk-card--warning") is not None
    assert soup.find("details", class_="nhsuk-details").summary.get_text(strip=True) == "More detail"


def test_inner_pages_show_breadcrumbs_back_to_home(client, full_tree):
    soup = soup_of(client.get(full_tree["news"].url))
    crumbs = [a.get_text(strip=True) for a in soup.select(".nhsuk-breadcrumb__link")]
    assert crumbs == ["Home", "News"]


def test_news_listing_paginates_ten_a_page_and_404s_past_the_end(client, site_tree):
    for _ in range(11):
        factories.NewsPageFactory(parent=site_tree["news_index"])
    first = soup_of(client.get("/news/"))
    assert len(first.select("main h2 a")) == 10
    assert first.select_one(".nhsuk-pagination__link--next")["href"] == "?page=2"
    second = soup_of(client.get("/news/?page=2"))
    assert len(second.select("main h2 a")) == 2
    assert client.get("/news/?page=9").status_code == 404
    assert client.get("/news/?page=abc").status_code == 200


def test_news_feeds_list_items_newest_first(client, site_tree):
    rss = client.get("/news/feed/")
    assert rss.status_code == 200
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert b"The plan is published" in rss.content
    atom = client.get("/news/feed/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert b"<feed" in atom.content


def test_faq_page_groups_questions_by_topic_as_expanders_and_filters_by_query(client, full_tree):
    topic = factories.FAQTopicFactory(title="Money", slug="money")
    factories.FAQFactory(topic=topic, question="How big is the money gap?", answer="<p>At least £250m.</p>")
    soup = soup_of(client.get("/faqs/"))
    assert {h2.get_text(strip=True) for h2 in soup.select("main h2")} >= {"Money"}
    assert len(soup.select("details.nhsuk-expander")) == 2
    filtered = soup_of(client.get("/faqs/", {"q": "stroke"}))
    questions = [s.get_text(strip=True) for s in filtered.select(".nhsuk-details__summary-text")]
    assert questions == ["What happens to stroke services?"]


def test_document_library_shows_type_language_size_and_filters(client, full_tree):
    factories.LibraryDocumentFactory(title="Plan in Polish", doc_type="translation", language="pl")
    soup = soup_of(client.get("/publications/"))
    assert "Plan in Polish" in soup.get_text()
    item = soup.find("a", string="Plan in Polish").find_parent("li")
    assert "Translation" in item.get_text() and "Polish" in item.get_text() and "bytes" in item.get_text()
    filtered = soup_of(client.get("/publications/", {"doc_type": "translation"}))
    assert [a.get_text() for a in filtered.select("main li h2 a")] == ["Plan in Polish"]
    # A forged filter value is ignored, not an error.
    assert client.get("/publications/", {"doc_type": "<script>"}).status_code == 200


def test_activity_log_searches_and_filters_by_group_type(client, full_tree):
    factories.EngagementActivityFactory(
        activity="Peterborough Health and Wellbeing Board", group_type="hwb", approach="Workshops held."
    )
    all_rows = soup_of(client.get("/who-we-have-talked-to/")).select("tbody tr")
    assert len(all_rows) == 2
    by_type = soup_of(client.get("/who-we-have-talked-to/", {"group_type": "hwb"})).select("tbody tr th")
    assert [th.get_text(" ", strip=True).replace("Group or event ", "") for th in by_type] == [
        "Peterborough Health and Wellbeing Board"
    ]
    searched = soup_of(client.get("/who-we-have-talked-to/", {"q": "Workshops"})).select("tbody tr")
    assert len(searched) == 1


def test_main_menu_marks_the_section_the_visitor_is_in(client, full_tree):
    full_tree["news_index"].show_in_menus = True
    full_tree["news_index"].save_revision().publish()
    soup = soup_of(client.get(full_tree["news"].url))
    current = soup.select_one(".nhsuk-header__navigation-item--current a")
    assert current.get_text(strip=True) == "News"
    assert current["aria-current"] == "true"


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {__import__("wagtail.models").models.Page})

    def test_home_page_holds_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                FAQPage,
                DocumentLibraryPage,
                ActivityLogPage,
                ConsultationIndexPage,
                AssemblyIndexPage,
                YouSaidWeDidPage,
                DeliveryProgressPage,
            },
        )

    def test_news_pages_live_only_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, NewsPage)
