import pytest

from home import factories


@pytest.mark.django_db
@pytest.mark.parametrize(
    "factory_class",
    [
        factories.UserFactory,
        factories.FAQTopicFactory,
        factories.FAQFactory,
        factories.EngagementActivityFactory,
        factories.LibraryDocumentFactory,
        factories.NewsletterSubscriptionFactory,
    ],
)
def test_every_model_factory_builds_a_saved_object(factory_class):
    instance = factory_class()
    assert instance.pk is not None


@pytest.mark.parametrize(
    "factory_class",
    [
        factories.StandardPageFactory,
        factories.NewsIndexPageFactory,
        factories.FAQPageFactory,
        factories.DocumentLibraryPageFactory,
        factories.ActivityLogPageFactory,
    ],
)
def test_every_page_factory_builds_a_live_page_under_home(home_page, factory_class):
    page = factory_class(parent=home_page)
    assert page.live
    assert page.get_parent().specific == home_page


def test_news_page_factory_builds_under_news_index(home_page):
    index = factories.NewsIndexPageFactory(parent=home_page)
    item = factories.NewsPageFactory(parent=index)
    assert item.get_parent().pk == index.pk
