"""A person's place at a session (or their place in the queue for one). Personal data."""

import secrets

from django.db import models
from django.db.models import Q


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class SignupStatus(models.TextChoices):
    CONFIRMED = "confirmed", "Has a place"
    WAITING = "waiting", "On the waiting list"
    CANCELLED = "cancelled", "Cancelled"
    ATTENDED = "attended", "Came"


HOLDS_A_SEAT = (SignupStatus.CONFIRMED,)


class Signup(models.Model):
    """Written only by assemblies.services, which holds a lock on the session while it allocates seats."""

    session = models.ForeignKey("assemblies.Session", on_delete=models.PROTECT, related_name="signups")
    status = models.CharField(max_length=20, choices=SignupStatus.choices)
    # 1..capacity while the person holds a place; the unique constraint below is what makes
    # an overbooked session impossible even if two requests race.
    seat_number = models.PositiveIntegerField(null=True, blank=True, editable=False)
    # Order of arrival at this session: the waiting list is served in this order.
    position = models.PositiveIntegerField(editable=False)

    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True, help_text="Stored in lower case. Blank for walk-ins.")
    phone = models.CharField(max_length=40, blank=True)
    town = models.CharField("where they live", max_length=20, blank=True)
    needs_step_free = models.BooleanField("step-free access", default=False)
    needs_hearing_loop = models.BooleanField("hearing loop", default=False)
    needs_interpreter = models.BooleanField("interpreter", default=False)
    interpreter_language = models.CharField(max_length=100, blank=True)
    needs_bsl = models.BooleanField("British Sign Language interpreter", default=False)
    other_access_needs = models.TextField(blank=True)
    dietary_needs = models.TextField(blank=True)
    consented_at = models.DateTimeField(null=True, blank=True)

    is_walk_in = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    attended_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    # Part of the signed cancel link; changed when the data is anonymised so old links stop working.
    cancel_nonce = models.CharField(max_length=32, default=new_nonce, editable=False)

    class Meta:
        ordering = ["session", "position"]
        constraints = [
            models.UniqueConstraint(fields=["session", "seat_number"], name="assemblies_signup_one_person_per_seat"),
            models.UniqueConstraint(fields=["session", "position"], name="assemblies_signup_one_position_each"),
            models.UniqueConstraint(
                fields=["session", "email"],
                condition=~Q(status=SignupStatus.CANCELLED) & ~Q(email=""),
                name="assemblies_signup_one_booking_per_email",
            ),
            models.CheckConstraint(
                condition=Q(seat_number__isnull=True) | Q(seat_number__gte=1), name="assemblies_signup_seat_from_one"
            ),
            models.CheckConstraint(
                condition=Q(status=SignupStatus.CONFIRMED, seat_number__isnull=False)
                | Q(status__in=[SignupStatus.WAITING, SignupStatus.CANCELLED], seat_number__isnull=True)
                | Q(status=SignupStatus.ATTENDED),
                name="assemblies_signup_seat_matches_status",
            ),
        ]
        indexes = [models.Index(fields=["session", "status"], name="assemblies_signup_status_idx")]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_status_display()})"

    @property
    def access_needs(self) -> list[str]:
        """The access needs in words, for staff lists and exports."""
        needs = []
        if self.needs_step_free:
            needs.append("Step-free access")
        if self.needs_hearing_loop:
            needs.append("Hearing loop")
        if self.needs_bsl:
            needs.append("BSL interpreter")
        if self.needs_interpreter:
            language = f" ({self.interpreter_language})" if self.interpreter_language else ""
            needs.append(f"Interpreter{language}")
        if self.other_access_needs:
            needs.append(f"Other: {self.other_access_needs}")
        return needs
