"""Admin for the publishing snippets and newsletter subscriptions."""

from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from fitforfuture.staff import only_with_permission, with_403
from home.models import FAQ, EngagementActivity, FAQTopic, NewsletterSubscription


class FAQTopicViewSet(SnippetViewSet):
    model = FAQTopic
    icon = "folder-open-inverse"
    list_display = ["title", "sort_order"]


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    list_display = ["question", "topic"]
    list_filter = ["topic"]
    search_fields = ["question", "answer"]


class FAQGroup(SnippetViewSetGroup):
    items = (FAQViewSet, FAQTopicViewSet)
    menu_label = "FAQs"
    menu_icon = "help"
    menu_order = 300


class EngagementActivityViewSet(SnippetViewSet):
    model = EngagementActivity
    icon = "group"
    menu_label = "Who we have talked to"
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["activity", "group_type"]
    list_filter = ["group_type"]
    search_fields = ["activity", "approach"]


class NewsletterSubscriberChooserViewSet(SnippetChooserViewSet):
    """Wagtail opens snippet choosers to all staff; this one lists addresses, so it is not."""

    def get_urlpatterns(self):
        return only_with_permission(super().get_urlpatterns(), "home.view_newslettersubscription")


class NewsletterSubscriptionViewSet(SnippetViewSet):
    """Subscribers' email addresses: personal data, so only groups given 'view' permission see it."""

    model = NewsletterSubscription
    chooser_viewset_class = NewsletterSubscriberChooserViewSet
    icon = "mail"
    menu_label = "Newsletter subscribers"
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["email", "status", "requested_at", "confirmed_at"]
    list_filter = ["status"]
    search_fields = ["email"]
    panels = [FieldPanel("email", read_only=True), FieldPanel("status", read_only=True)]

    def get_urlpatterns(self):
        # Personal data: anyone without the right permission gets a plain 403, not a redirect.
        return with_403(super().get_urlpatterns())


register_snippet(FAQGroup)
register_snippet(EngagementActivityViewSet)
register_snippet(NewsletterSubscriptionViewSet)
