from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from fitforfuture import languages
from fitforfuture import views as site_views
from home import views as home_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", home_views.search, name="search"),
    path("newsletter/", home_views.newsletter_signup, name="newsletter_signup"),
    path("newsletter/check-your-email/", home_views.newsletter_check_email, name="newsletter_check_email"),
    path("newsletter/confirm/<str:token>/", home_views.newsletter_confirm, name="newsletter_confirm"),
    path(
        "newsletter/unsubscribe/<str:token>/",
        home_views.newsletter_unsubscribe,
        name="newsletter_unsubscribe",
    ),
    path("api/v1/", include("consultations.open_data", namespace="open_data")),
    path("subscribe/", include("subscriptions.urls")),
    path("sitemap.xml", sitemap),
    path("robots.txt", site_views.robots_txt),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    urlpatterns += [
        path("404/", site_views.page_not_found),
        path("500/", site_views.server_error),
    ]

# English pages keep their plain addresses; translations live under /pl/, /pa/, /lt/, /ro/ and /pt/.
# Pages are served by Wagtail's view through fitforfuture.languages, which shows the English page
# where a language has no translation yet.
urlpatterns += i18n_patterns(
    *[pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", "") != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, languages.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

handler404 = "fitforfuture.views.page_not_found"
handler500 = "fitforfuture.views.server_error"
