"""Reset someone's two-factor authentication when they have lost their phone and backup codes."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from fitforfuture import two_factor


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and backup codes, so that they set up a new app at their next "
        "sign-in. Only a superuser may do it (--by); it is written to the audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="Whose two-factor authentication to reset.")
        parser.add_argument("--by", required=True, help="Your own username: you must be an active superuser.")

    def handle(self, *args, username, by, **options):
        users = get_user_model()._default_manager
        actor = users.filter(username=by, is_active=True, is_superuser=True).first()
        if actor is None:
            raise CommandError(f"'{by}' is not an active superuser. Only a superuser can reset two-factor.")
        user = users.filter(username=username).first()
        if user is None:
            raise CommandError(f"There is no user called '{username}'.")
        removed = two_factor.reset_devices(user=user, actor=actor, via="command")
        self.stdout.write(
            f"Two-factor reset for {username} ({removed} device records removed). "
            "They will set up a new authenticator app when they next sign in."
        )
