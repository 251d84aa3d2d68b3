import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from postings.models import Posting
from postings.templatetags.postings import (
    closes_soon,
    days_until,
    enrolment_display,
    internship_total,
    jsonld_script,
    pay_equivalents,
)

TODAY = timezone.localdate()


def pay(low, high, currency="USD", period="hour", weeks=None) -> Posting:
    return Posting(
        pay_min=Decimal(low),
        pay_max=Decimal(high),
        pay_currency=currency,
        pay_period=period,
        internship_weeks=weeks,
    )


@pytest.mark.parametrize(
    ("posting", "expected"),
    [
        (pay(107, 107), ["$18,547 a month", "$222,560 a year"]),
        (pay(8000, 9000, "AUD", "month"), ["A$46.15–A$51.92 an hour", "A$96,000–A$108,000 a year"]),
        (pay(120000, 120000, "EUR", "year"), ["€57.69 an hour", "€10,000 a month"]),
        (pay(500, 500, "GBP", "day"), ["£62.50 an hour", "£10,833 a month", "£130,000 a year"]),
        (Posting(), []),
    ],
)
def test_pay_equivalents_cover_the_other_periods(posting, expected):
    assert pay_equivalents(posting) == expected


@pytest.mark.parametrize(
    ("posting", "expected"),
    [
        (pay(107, 107, weeks=12), "$107/hour × 12 weeks × 40 h ≈ $51k"),
        (pay(65, 107, weeks=12), "$65–$107/hour × 12 weeks × 40 h ≈ $31k–$51k"),
        (pay(600, 600, "EUR", "week", weeks=1), "€600/week × 1 week ≈ €600"),
        (pay(3000, 3000, "AUD", "month", weeks=26), "A$3,000/month × 26 weeks ≈ A$18k"),
        (pay(200, 200, "GBP", "day", weeks=10), "£200/day × 10 weeks × 5 days ≈ £10k"),
        (pay(107, 107), ""),  # duration unknown
        (Posting(internship_weeks=12), ""),  # pay unknown
    ],
)
def test_internship_total_shows_the_sum(posting, expected):
    assert internship_total(posting) == expected


def test_jsonld_script_escapes_like_json_script():
    html = jsonld_script({"title": "</script><!--&"})
    assert html.startswith('<script type="application/ld+json">')
    assert "</script><!--" not in html[: -len("</script>")]
    assert "\\u003C/script\\u003E\\u003C!--\\u0026" in html
    assert jsonld_script(None) == ""


@pytest.mark.parametrize(
    ("days", "text", "soon"),
    [(-1, "closed", False), (0, "closes today", True), (1, "closes tomorrow", True),
     (5, "closes in 5 days", True), (30, "closes in 30 days", False)],
)  # fmt: skip
def test_deadlines_in_the_students_terms(days, text, soon):
    day = TODAY + dt.timedelta(days=days)
    assert days_until(day) == text
    assert closes_soon(day) is soon


def test_unknown_enrolment_is_not_stated_rather_than_a_guess():
    assert enrolment_display(None) == "Not stated"
    assert enrolment_display(True).startswith("Yes")
    assert enrolment_display(False) == "Not required"
