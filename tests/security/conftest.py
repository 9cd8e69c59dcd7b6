"""Fixtures for the security tests: hypothesis profiles, a small public site and staff users.

Profiles: `security` (the default: a few dozen examples per property, so `make test` stays
quick) and `thorough` (HYPOTHESIS_PROFILE=thorough, for a longer hunt by hand). Examples are
not saved between runs, so nothing is written into the work tree.
"""

import os

import pytest
from hypothesis import HealthCheck, settings

from assemblies.factories import AssemblyIndexPageFactory, AssemblyPageFactory, SessionFactory
from consultations.factories import ConsultationIndexPageFactory, ConsultationPageFactory
from home.factories import UserFactory

# Fixtures built once per test are shared by its examples (each example makes its own client).
_SHARED_FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "security", max_examples=30, deadline=None, database=None, suppress_health_check=_SHARED_FIXTURES
)
settings.register_profile(
    "thorough", max_examples=300, deadline=None, database=None, suppress_health_check=_SHARED_FIXTURES
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "security"))


@pytest.fixture(autouse=True)
def _private_exports(settings, tmp_path):
    settings.PRIVATE_EXPORTS_ROOT = tmp_path / "private-exports"


@pytest.fixture
def consultation(home_page):
    """An open consultation with a question of every kind (the factory's sample questionnaire)."""
    index = ConsultationIndexPageFactory(parent=home_page)
    return ConsultationPageFactory(parent=index, title="Minor injury units", slug="minor-injury-units")


@pytest.fixture
def session(home_page):
    """A bookable assembly session with plenty of places."""
    index = AssemblyIndexPageFactory(parent=home_page)
    assembly = AssemblyPageFactory(parent=index, title="Public Involvement Assembly", slug="spring")
    return SessionFactory(assembly=assembly, capacity=1000, venue="Ely Library", address="Market Street\nEly")


@pytest.fixture
def lead(db):
    return UserFactory(groups=["Engagement leads"])
