"""A session of an assembly: one meeting in one town, with a venue, times and a number of places."""

from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

VENUE_TO_BE_CONFIRMED = "Venue to be confirmed"


class Town(models.TextChoices):
    CAMBRIDGE = "cambridge", "Cambridge"
    ELY = "ely", "Ely"
    HUNTINGDON = "huntingdon", "Huntingdon"
    PETERBOROUGH = "peterborough", "Peterborough"
    WISBECH = "wisbech", "Wisbech"


class AccessInfo(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Not known yet"


class Session(models.Model):
    """One meeting. Places are only ever taken or given back through assemblies.services."""

    # Deleting an assembly page deletes its sessions, unless someone has signed up to one:
    # Signup.session is PROTECT, so personal data is never deleted with a page by accident.
    assembly = models.ForeignKey("assemblies.AssemblyPage", on_delete=models.CASCADE, related_name="sessions")
    town = models.CharField(max_length=20, choices=Town.choices)
    venue = models.CharField(max_length=200, default=VENUE_TO_BE_CONFIRMED)
    address = models.TextField(blank=True, help_text="Street, town and postcode, one per line. Leave blank if unknown.")
    starts_at = models.DateTimeField("starts")
    ends_at = models.DateTimeField("ends")
    capacity = models.PositiveIntegerField(
        "places", default=30, help_text="How many people the room holds. Reducing it never cancels anyone's place."
    )
    step_free_access = models.CharField(max_length=10, choices=AccessInfo.choices, default=AccessInfo.UNKNOWN)
    hearing_loop = models.CharField(max_length=10, choices=AccessInfo.choices, default=AccessInfo.UNKNOWN)
    access_notes = models.TextField(
        blank=True, help_text="Parking, nearest bus stop, accessible toilets: anything that helps people get there."
    )
    reminder_days = models.PositiveSmallIntegerField(
        "send reminder (days before)", default=2, help_text="How many days before the session to email a reminder."
    )
    signup_open = models.BooleanField("sign-up open", default=True, help_text="Untick to stop new sign-ups.")
    # What people said at the session. The consultations app will take these in as responses
    # with channel "event"; until then the notes are kept here for the engagement lead.
    notes = models.TextField("notes from the session", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("assembly"),
        FieldPanel("town"),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("address")], "Where"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], "When"),
        MultiFieldPanel(
            [FieldPanel("step_free_access"), FieldPanel("hearing_loop"), FieldPanel("access_notes")], "Access"
        ),
        FieldPanel("capacity"),
        FieldPanel("signup_open"),
        FieldPanel("reminder_days"),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["starts_at", "town"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="assemblies_session_ends_after_start"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="assemblies_session_has_places"),
        ]

    def __str__(self) -> str:
        local = timezone.localtime(self.starts_at)
        return f"{self.get_town_display()}, {local:%-d %B %Y} ({self.assembly.title})"

    @property
    def url(self) -> str:
        """The public page of this session (a route of its assembly page)."""
        return self.assembly.session_url(self)

    @property
    def is_past(self) -> bool:
        return self.starts_at <= timezone.now()

    @property
    def is_bookable(self) -> bool:
        return self.signup_open and not self.is_past

    @property
    def venue_known(self) -> bool:
        return bool(self.venue) and self.venue != VENUE_TO_BE_CONFIRMED

    @property
    def map_query(self) -> str:
        """Words for a map search: the venue and address if known, else the town."""
        parts = [self.venue] if self.venue_known else []
        parts += [line.strip() for line in self.address.splitlines() if line.strip()]
        return ", ".join(parts) if parts else f"{self.get_town_display()}, Cambridgeshire"
