"""Times are written one way across the site, the GOV.UK way."""

import datetime

import pytest

from assemblies.templatetags.assemblies_tags import register as assemblies_register
from fitforfuture.templatetags.fitforfuture_tags import friendly_time


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [(9, 0, "9am"), (18, 30, "6:30pm"), (12, 0, "midday"), (0, 0, "midnight"), (12, 15, "12:15pm")],
)
def test_times_read_the_govuk_way(hour, minute, expected):
    assert friendly_time(datetime.time(hour, minute)) == expected


def test_assemblies_use_the_same_time_filter():
    assert assemblies_register.filters["nhs_time"] is friendly_time
