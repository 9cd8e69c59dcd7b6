"""Fixtures for assemblies: one small tree (home > assemblies > an assembly) and a session in it."""

import pytest

from assemblies.factories import AssemblyIndexPageFactory, AssemblyPageFactory, SessionFactory
from assemblies.services import Person


@pytest.fixture
def assembly_index(home_page):
    return AssemblyIndexPageFactory(parent=home_page)


@pytest.fixture
def assembly(assembly_index):
    return AssemblyPageFactory(parent=assembly_index, title="Public Involvement Assembly, spring", slug="spring")


@pytest.fixture
def session(assembly):
    return SessionFactory(assembly=assembly, capacity=2, venue="Ely Library", address="Market Street\nEly")


def person(n: int = 1, **changes) -> Person:
    values = {"name": f"Resident {n}", "email": f"resident{n}@example.org", "town": "ely", "consent": True}
    values.update(changes)
    return Person(**values)


def valid_form(**changes) -> dict:
    data = {
        "name": "Sam Smith",
        "email": "sam@example.org",
        "phone": "",
        "town": "ely",
        "interpreter_language": "",
        "other_access_needs": "",
        "dietary_needs": "",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
