"""Fixtures for email alerts: a consultation index, and a way to pull links out of emails."""

import re

import pytest

from consultations.factories import ConsultationIndexPageFactory


@pytest.fixture
def consultation_index(home_page):
    return ConsultationIndexPageFactory(parent=home_page)


def link_in(message, pattern: str) -> str:
    return re.search(pattern, message.body).group(0).replace("http://testserver", "")


CONFIRM_LINK = r"http://testserver/subscribe/confirm/[^/\s]+/"
UNSUBSCRIBE_LINK = r"http://testserver/subscribe/unsubscribe/[^/\s]+/"
CHANGE_LINK = r"http://testserver/subscribe/change/[^/\s]+/"
