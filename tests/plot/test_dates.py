"""kg.plot.dates: partial xsd dates on a month axis."""
import doctest

import kg.plot.dates as dates
from kg.plot.dates import month_label, month_number


def test_dates_doctests():
    assert doctest.testmod(dates).failed == 0


def test_month_number_year_month_day_and_rejects():
    assert month_number("2020") == month_number("2020-01") == month_number("2020-01-01") == 2020 * 12
    assert month_number("2020-12") - month_number("2020") == 11
    assert month_number("2021-01") - month_number("2020-12") == 1
    for bad in (None, "", "2020-13", "2020-00", "20", "2020-1", "2020-01-32", "June 2020"):
        assert month_number(bad) is None, bad
    assert month_label(2020 * 12 + 11.7) == "2020-12"
