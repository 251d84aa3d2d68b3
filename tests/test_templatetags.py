import datetime as dt
from decimal import Decimal

import pytest
from django.http import QueryDict

from postings.facets import FacetValue
from postings.filters import PostingFilter
from postings.models import Posting
from postings.templatetags.postings import (
    MULTI_VALUE_PARAMETERS,
    closes_soon,
    days_until,
    enrolment_display,
    facet_items,
    filter_field,
    internship_total,
    jsonld_script,
    pay_equivalents,
    query_toggle,
)

from .clock import TODAY


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


def _toggled_with_querydict(query: str, name: str, value: str) -> str:
    """What query_toggle returned when it copied the QueryDict for each link."""
    params = QueryDict(query, mutable=True)
    params.pop("page", None)
    current = params.getlist(name)
    if value in current:
        params.setlist(name, [v for v in current if v != value])
    elif name in MULTI_VALUE_PARAMETERS:
        params.setlist(name, [*current, value])
    else:
        params[name] = value
    return params.urlencode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "page=3",
        "q=machine+learning&type=internship&page=2",
        "type=internship&type=full_time&country=US&sort=pay",
        "q=%C3%A9cole+d%27ing%C3%A9nieurs&company=%3Cscript%3E&start=%22x%22&country=DE",
    ],
)
@pytest.mark.parametrize(
    ("name", "value"),
    [("type", "internship"), ("type", "contract"), ("country", "US"), ("country", "AU"),
     ("company", "école-&-co"), ("area", "machine-learning")],
)  # fmt: skip
def test_query_toggle_encodes_like_the_querydict(rf, query, name, value):
    request = rf.get("/?" + query)
    context = {"request": request}
    expected = _toggled_with_querydict(query, name, value)
    assert query_toggle(context, name, value) == expected
    # The request's parameters are read once and reused for the next link.
    assert query_toggle(context, name, value) == expected


def test_query_toggle_goes_back_to_the_first_page(rf):
    context = {"request": rf.get("/?type=internship&page=4")}
    assert query_toggle(context, "type", "full_time") == "type=internship&type=full_time"
    assert query_toggle(context, "type", "internship") == ""


def _form(params: str):
    filterset = PostingFilter(QueryDict(params), queryset=Posting.objects.none())
    filterset.form.is_valid()
    return filterset.form


def test_filter_field_lays_out_a_multi_valued_field_as_a_fieldset():
    html = filter_field(_form("type=internship")["type"])
    assert html.startswith(
        '<div class="field field-type"><fieldset><legend>Employment type</legend>'
    )
    assert 'value="internship" id="id_type_0" checked>' in html


def test_filter_field_puts_a_lone_checkbox_inside_its_label():
    html = filter_field(_form("visa=on")["visa"])
    assert html.startswith('<div class="field field-visa"><label class="choice" for="id_visa">')
    assert "checked" in html


def test_filter_field_labels_a_control_and_shows_help_and_errors_escaped():
    form = _form("region=" + "x" * 9)
    html = filter_field(form["region"])
    assert html.startswith(
        '<div class="field field-region has-error"><label for="id_region">Region</label>'
    )
    assert '<p class="help muted" id="id_region_help">ISO 3166-2 code, e.g. VIC</p>' in html
    assert '<p class="error" role="alert">' in html
    fresh = PostingFilter(QueryDict(""), queryset=Posting.objects.none()).form
    fresh.fields["region"].label = "<b>Region</b>"
    assert "&lt;b&gt;Region&lt;/b&gt;" in filter_field(fresh["region"])


def test_facet_items_link_each_value_and_mark_the_selected_one(rf):
    context = {"request": rf.get("/?q=ml&type=internship&page=3")}
    values = [
        FacetValue("internship", "Internship", 12, selected=True),
        FacetValue("full_time", "Full-time <b>", 3, selected=False),
        FacetValue("contract", "Contract", 0, selected=False),
    ]
    html = facet_items(context, "type", values, False)
    assert html.count("<li") == 3
    assert (
        '<li class="selected"><a href="?q=ml" aria-current="true">Internship '
        '<span class="count">12</span><span class="visually-hidden"> (selected, remove)</span></a>'
    ) in html
    assert (
        '<a href="?q=ml&amp;type=internship&amp;type=full_time">Full-time &lt;b&gt; '
        '<span class="count">3</span></a>'
    ) in html
    assert '<li><span class="muted">Contract <span class="count">0</span></span></li>' in html


def test_facet_items_among_a_sample_are_lower_bounds_and_all_linked(rf):
    context = {"request": rf.get("/?q=ml")}
    html = facet_items(context, "type", [FacetValue("contract", "Contract", 0, False)], True)
    assert html == (
        '<li><a href="?q=ml&amp;type=contract">Contract <span class="count">0+</span></a></li>'
    )
