"""Email alerts residents ask for: "tell me when the response is published" and "tell me what is new near me".

The email address is personal data. Every alert waits for its owner to confirm it (double
opt-in, shared with the newsletter in home.optin), and unsubscribing deletes the row. A
"response published" alert is deleted as soon as its one email has gone.
"""

from django.db import models
from django.db.models import Q

from home.models.newsletter import DoubleOptIn


class AlertKind(models.TextChoices):
    RESPONSE = "response", "When the response to a consultation is published"
    NEAR_ME = "near_me", "New consultations and assembly sessions"


class Event(models.TextChoices):
    """What an alert email is about. The event key is '<event>:<id of the page or session>'."""

    OPENED = "opened", "A consultation opened"
    PUBLISHED = "published", "A consultation's response was published"
    SESSION = "session", "A new assembly session"


class Subscription(DoubleOptIn):
    email = models.EmailField()
    kind = models.CharField(max_length=20, choices=AlertKind.choices)
    consultation = models.ForeignKey(
        "consultations.ConsultationPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    new_consultations = models.BooleanField(default=False)
    new_sessions = models.BooleanField(default=False)
    topics = models.ManyToManyField("consultations.ConsultationTopic", blank=True, related_name="+")
    # Town values from assemblies.Town; empty means every town.
    towns = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = "email alert"
        permissions = [("view_counts", "Can see how many people get email alerts")]
        constraints = [
            models.UniqueConstraint(
                fields=["email", "consultation"],
                condition=Q(kind="response"),
                name="subscriptions_one_response_alert_per_address",
            ),
            models.UniqueConstraint(
                fields=["email"], condition=Q(kind="near_me"), name="subscriptions_one_near_me_alert_per_address"
            ),
            models.CheckConstraint(
                condition=(Q(kind="response") & Q(consultation__isnull=False))
                | (Q(kind="near_me") & Q(consultation__isnull=True)),
                name="subscriptions_response_alerts_name_a_consultation",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_status_display()})"


class SentAlert(models.Model):
    """One email about one event to one subscriber. The unique key means it can only be sent once."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="sent")
    event = models.CharField(max_length=40)
    sent_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscription", "event"], name="subscriptions_sent_once")]

    def __str__(self) -> str:
        return self.event
