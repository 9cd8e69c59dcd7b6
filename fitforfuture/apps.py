from django.apps import AppConfig


class FitForFutureConfig(AppConfig):
    name = "fitforfuture"
    verbose_name = "Fit for the Future"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

        from fitforfuture import two_factor  # noqa: F401  (registers its deploy check)
        from fitforfuture.cache import purge_all_pages, purge_all_pages_unless_created

        for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
            signal.connect(purge_all_pages, dispatch_uid=f"purge-pages-{id(signal)}")
        # Snippets, documents and settings shown on pages purge the page cache when they change.
        for label in (
            "home.FAQ",
            "home.FAQTopic",
            "home.EngagementActivity",
            "home.LibraryDocument",
            "consultations.Theme",
            "consultations.Action",
            "consultations.Quote",
            "consultations.WorkingGroup",
            "consultations.PopulationFigure",
            # Privacy settings and languages change what an address shows (fitforfuture.languages
            # keeps each address's page, home.models.BasePage its privacy settings).
            "wagtailcore.PageViewRestriction",
            "wagtailcore.Locale",
        ):
            model = self.apps.get_model(label)
            post_save.connect(purge_all_pages, sender=model, dispatch_uid=f"purge-save-{label}")
            post_delete.connect(purge_all_pages, sender=model, dispatch_uid=f"purge-delete-{label}")
        restriction = self.apps.get_model("wagtailcore.PageViewRestriction")
        m2m_changed.connect(purge_all_pages, sender=restriction.groups.through, dispatch_uid="purge-restriction-groups")
        post_delete.connect(
            purge_all_pages, sender=self.apps.get_model("wagtailcore.Page"), dispatch_uid="purge-page-delete"
        )
        post_save.connect(
            purge_all_pages_unless_created,
            sender=self.apps.get_model("fitforfuture.SiteSettings"),
            dispatch_uid="purge-save-site-settings",
        )
