"""Fixtures for the consultation tests: one consultation with a question of every kind, staff users."""

import pytest

from consultations.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from home.factories import UserFactory


@pytest.fixture(autouse=True)
def _private_exports(settings, tmp_path):
    settings.PRIVATE_EXPORTS_ROOT = tmp_path / "private-exports"


@pytest.fixture
def consultation_index(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


@pytest.fixture
def consultation(consultation_index):
    return ConsultationPageFactory(parent=consultation_index, title="Minor injury units", slug="minor-injury-units")


@pytest.fixture
def login(client, db):
    """Sign in as a new user in the given staff group (or none) and return the user."""

    def sign_in(group: str | None):
        user = UserFactory(groups=[group] if group else [])
        client.force_login(user)
        return user

    return sign_in


@pytest.fixture
def lead(login):
    return login("Engagement leads")


@pytest.fixture(autouse=True)
def _fresh_suggestion_models():
    """Fitted suggestion models are kept per process; ids are reused between tests, so start clean."""
    from consultations import suggestions

    suggestions._MODELS.clear()
    yield
    suggestions._MODELS.clear()
