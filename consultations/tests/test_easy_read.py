"""Easy Read: a consultation summary in large type, one idea per row with an optional picture,
linked from the consultation page."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from wagtail.blocks import StructBlockValidationError

from consultations.blocks import EasyReadBlock, EasyReadHeadingBlock, EasyReadRowBlock
from consultations.demo_easy_read import MIU_EASY_READ, build_demo_easy_read
from consultations.factories import ConsultationPageFactory, EasyReadPageFactory
from consultations.models import ConsultationIndexPage, ConsultationPage, EasyReadPage
from home.demo.build import DemoReport
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def easy_read(consultation):
    return EasyReadPageFactory(parent=consultation, title="Minor injury units: Easy Read")


def test_easy_read_pages_go_only_under_a_consultation_and_one_each():
    assert EasyReadPage.parent_page_types == ["consultations.ConsultationPage"]
    assert EasyReadPage.subpage_types == []
    assert "consultations.EasyReadPage" in ConsultationPage.subpage_types
    assert EasyReadPage in ConsultationPage.allowed_subpage_models()
    assert EasyReadPage not in ConsultationIndexPage.allowed_subpage_models()
    assert EasyReadPage not in StandardPage.allowed_subpage_models()
    assert EasyReadPage not in HomePage.allowed_subpage_models()


def test_a_consultation_can_have_one_easy_read_page(consultation):
    assert EasyReadPage.can_create_at(consultation)
    EasyReadPageFactory(parent=consultation)
    assert not EasyReadPage.can_create_at(consultation)


def test_easy_read_page_shows_one_idea_per_row_in_large_type_with_a_way_to_answer(client, consultation, easy_read):
    soup = soup_of(client.get(easy_read.url))
    assert soup.h1.get_text(strip=True) == "Minor injury units: Easy Read"
    assert soup.select_one("main .app-easy-read")
    assert [h2.get_text(strip=True) for h2 in soup.select("main h2.app-easy-read__heading")] == ["What is this about?"]
    rows = soup.select("main .app-easy-read__row")
    assert [row.select_one(".app-easy-read__text").get_text(strip=True) for row in rows] == [
        "There are 3 minor injury units."
    ]
    assert soup.find("a", string="Answer the questions")["href"] == f"{consultation.url}respond/1/"
    assert soup.find("a", string="Read the full consultation")["href"] == consultation.url


def test_consultation_page_links_to_its_easy_read_version(client, consultation, easy_read):
    link = soup_of(client.get(consultation.url)).find("a", string="Read an Easy Read version")
    assert link["href"] == easy_read.url


def test_consultation_without_easy_read_has_no_easy_read_link(client, consultation):
    assert soup_of(client.get(consultation.url)).find("a", string="Read an Easy Read version") is None


def test_a_draft_easy_read_page_is_not_linked(client, consultation, easy_read):
    easy_read.unpublish()
    assert soup_of(client.get(consultation.url)).find("a", string="Read an Easy Read version") is None


def test_a_row_with_a_picture_shows_it_with_its_alt_text():
    image = wagtail_factories.ImageFactory(title="Hospital")
    html = EasyReadRowBlock().render(
        EasyReadRowBlock().to_python({"image": image.pk, "alt_text": "A hospital building", "text": "One is in Ely."})
    )
    img = BeautifulSoup(html, "html.parser").find("img")
    assert img["alt"] == "A hospital building"


def test_a_row_without_a_picture_is_just_the_words():
    html = EasyReadRowBlock().render(EasyReadRowBlock().to_python({"text": "Nothing has been decided yet."}))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("img") is None
    assert soup.select_one(".app-easy-read__text").get_text(strip=True) == "Nothing has been decided yet."


def test_a_picture_without_alt_text_is_refused_at_the_alt_text_field():
    image = wagtail_factories.ImageFactory()
    block = EasyReadRowBlock()
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "text": "One is in Ely."}))
    assert list(refused.value.block_errors) == ["alt_text"]


def test_easy_read_blocks_describe_themselves_for_editors():
    for block in (EasyReadRowBlock(), EasyReadHeadingBlock()):
        assert block.meta.icon and block.meta.template and block.meta.description and block.meta.preview_value
    assert set(EasyReadBlock().child_blocks) == {"heading", "row"}


def test_demo_easy_read_is_built_once_from_the_seeds_about_minor_injury_units(consultation_index):
    consultation = ConsultationPageFactory(parent=consultation_index, slug="minor-injury-units")
    build_demo_easy_read(DemoReport())
    again = DemoReport()
    build_demo_easy_read(again)
    assert again.created == []
    page = EasyReadPage.objects.child_of(consultation).get()
    texts = [block.value["text"] for block in page.body if block.block_type == "row"]
    assert texts == [text for _, rows in MIU_EASY_READ for text in rows]
    assert "About 650 people came to the meetings." in texts
    assert all(len(text) <= 100 for text in texts), "one short idea per row"


@pytest.mark.parametrize(
    ("doc_type", "title"),
    [("easy_read", "Minor injury units: Easy Read"), ("large_print", "The plan in large print")],
)
def test_document_library_finds_each_accessible_format_on_its_own(client, home_page, doc_type, title):
    from home.factories import DocumentLibraryPageFactory, LibraryDocumentFactory

    library = DocumentLibraryPageFactory(parent=home_page, slug="publications")
    LibraryDocumentFactory(title=title, doc_type=doc_type)
    LibraryDocumentFactory(title="The full plan", doc_type="report")
    soup = soup_of(client.get(library.url, {"doc_type": doc_type}))
    assert [link.get_text() for link in soup.select("main li h2 a")] == [title]
