"""Site-wide settings that editors change in the admin (Settings > Site settings)."""

from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    phase_banner_tag = models.CharField(max_length=20, default="Beta")
    phase_banner_text = models.CharField(
        max_length=255, default="This is a new service. Your feedback will help us to improve it."
    )
    contact_email = models.EmailField(blank=True, help_text="Where residents can write to the team.")
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_address = models.TextField(blank=True)
    twitter_handle = models.CharField(max_length=40, blank=True, help_text="Without the @, e.g. fitforfuturenhs")
    facebook_page = models.CharField(max_length=80, blank=True, help_text="The page name, e.g. fitforfuturenhs")
    newsletter_blurb = models.CharField(
        max_length=255,
        default="Get our monthly email with news about the plan and ways to have your say.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("phase_banner_tag"), FieldPanel("phase_banner_text")], "Phase banner"),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("contact_address")],
            "Contact details",
        ),
        MultiFieldPanel([FieldPanel("twitter_handle"), FieldPanel("facebook_page")], "Social media"),
        FieldPanel("newsletter_blurb"),
    ]

    class Meta:
        verbose_name = "site settings"


class AuditEvent(models.Model):
    """Who did what to personal data, and when. Written by fitforfuture.audit.audit_record only."""

    from fitforfuture.audit import AuditAction

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey("auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    actor_name = models.CharField(max_length=150, help_text="Kept if the user account is later deleted.")
    action = models.CharField(max_length=20, choices=AuditAction.choices)
    subject = models.CharField(max_length=255, help_text="What was acted on, e.g. 'responses: minor-injury-units'.")
    detail = models.TextField(blank=True)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    via = models.CharField(max_length=20, default="admin", help_text="admin, command or task")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "audit event"
        permissions = [("handle_data_request", "Can find, copy and erase a resident's data on request")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name} {self.get_action_display()} {self.subject}"
