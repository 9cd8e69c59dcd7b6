"""RSS and Atom feeds of the news listing."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from home import selectors


class NewsRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return "Fit for the Future: news"

    def link(self):
        return self.index_page.get_url(self.request)

    def description(self):
        return self.index_page.intro or "News from the Cambridgeshire and Peterborough health and care system."

    def items(self):
        return selectors.news_latest(limit=20)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
