from .delivery import DeliveryProgressPage
from .documents import DocumentLanguage, DocumentType, LibraryDocument
from .newsletter import NewsletterSubscription, SubscriptionStatus
from .pages import (
    ActivityLogPage,
    BasePage,
    DocumentLibraryPage,
    FAQPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)
from .snippets import FAQ, EngagementActivity, FAQTopic, GroupType

__all__ = [
    "FAQ",
    "ActivityLogPage",
    "BasePage",
    "DeliveryProgressPage",
    "DocumentLanguage",
    "DocumentLibraryPage",
    "DocumentType",
    "EngagementActivity",
    "FAQPage",
    "FAQTopic",
    "GroupType",
    "HomePage",
    "LibraryDocument",
    "NewsIndexPage",
    "NewsPage",
    "NewsletterSubscription",
    "StandardPage",
    "SubscriptionStatus",
]
