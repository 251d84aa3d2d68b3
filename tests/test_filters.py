import datetime as dt

import pytest
from django.http import QueryDict

from postings.filters import PostingFilter
from postings.models import Posting

from .clock import TODAY
from .factories import CompanyFactory, LocationFactory, PostingFactory

pytestmark = pytest.mark.django_db


def titles(query: str) -> set[str]:
    filterset = PostingFilter(QueryDict(query), queryset=Posting.objects.all())
    return {posting.title for posting in filterset.qs}


def ordered_titles(query: str) -> list[str]:
    filterset = PostingFilter(QueryDict(query), queryset=Posting.objects.all())
    return [posting.title for posting in filterset.qs]


@pytest.fixture
def board():
    melbourne = LocationFactory(city="Melbourne", region="VIC", country="AU")
    seattle = LocationFactory(city="Seattle", region="WA", country="US")
    aachen = LocationFactory(city="Aachen", region="", country="DE")
    amazon = CompanyFactory(name="Amazon", slug="amazon")
    xero = CompanyFactory(name="Xero", slug="xero")
    PostingFactory(
        title="ML intern",
        company=amazon,
        locations=[melbourne, seattle],
        is_internship=True,
        degree_phd=True,
        pay_min=100,
        pay_max=107,
        pay_currency="USD",
        pay_period="hour",
        posted_on=TODAY - dt.timedelta(days=2),
        valid_through=TODAY + dt.timedelta(days=20),
    )
    PostingFactory(
        title="Platform engineer",
        company=xero,
        locations=[melbourne],
        is_internship=False,
        is_full_time=True,
        work_arrangement="hybrid",
        degree_bachelors=True,
        pay_min=120000,
        pay_max=150000,
        pay_currency="AUD",
        pay_period="year",
        posted_on=TODAY - dt.timedelta(days=10),
        valid_through=TODAY + dt.timedelta(days=5),
    )
    PostingFactory(
        title="Speech intern",
        company=amazon,
        locations=[aachen],
        is_internship=True,
        is_full_time=True,
        work_arrangement="remote",
        degree_masters=True,
        degree_phd=True,
        posted_on=TODAY - dt.timedelta(days=30),
    )
    PostingFactory(
        title="Old role",
        company=amazon,
        locations=[seattle],
        posted_on=TODAY - dt.timedelta(days=200),
    )


ALL_OPEN = {"ML intern", "Platform engineer", "Speech intern"}


@pytest.mark.usefixtures("board")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ALL_OPEN),
        ("q=intern", {"ML intern", "Speech intern"}),
        ("q=xero", {"Platform engineer"}),
        ("country=AU", {"ML intern", "Platform engineer"}),
        ("country=US", {"ML intern"}),
        ("country=US&include_expired=1", {"ML intern", "Old role"}),
        ("region=vic", {"ML intern", "Platform engineer"}),
        ("city=aachen", {"Speech intern"}),
        ("country=DE&city=Melbourne", set()),
        ("company=xero", {"Platform engineer"}),
        ("type=internship", {"ML intern", "Speech intern"}),
        ("type=full_time", {"Platform engineer", "Speech intern"}),
        ("type=contract", set()),
        ("type=contract&type=full_time", {"Platform engineer", "Speech intern"}),
        ("arrangement=hybrid", {"Platform engineer"}),
        ("arrangement=hybrid&arrangement=remote", {"Platform engineer", "Speech intern"}),
        ("degree=phd", {"ML intern", "Speech intern"}),
        ("degree=bachelors", {"Platform engineer"}),
        ("posted_within=7", {"ML intern"}),
        ("posted_within=14", {"ML intern", "Platform engineer"}),
        ("include_expired=1", ALL_OPEN | {"Old role"}),
        ("pay_min=200000&currency=USD", {"ML intern"}),
        ("pay_min=107&currency=USD&period=hour", {"ML intern"}),
        ("pay_min=108&currency=USD&period=hour", set()),
        ("pay_min=100000&currency=AUD", {"Platform engineer"}),
        ("pay_min=1&currency=EUR", set()),
        ("q=intern&country=AU&type=internship&degree=phd", {"ML intern"}),
        ("company=amazon&type=full_time&arrangement=remote&posted_within=60", {"Speech intern"}),
    ],
)
def test_filters_alone_and_combined(query, expected):
    assert titles(query) == expected


@pytest.mark.usefixtures("board")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["ML intern", "Platform engineer", "Speech intern"]),
        ("sort=newest", ["ML intern", "Platform engineer", "Speech intern"]),
        ("sort=pay", ["ML intern", "Platform engineer", "Speech intern"]),
        ("sort=closing", ["Platform engineer", "ML intern", "Speech intern"]),
        ("sort=relevance&q=intern", ["ML intern", "Speech intern"]),
    ],
)
def test_sorting(query, expected):
    assert ordered_titles(query) == expected


@pytest.mark.usefixtures("board")
@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("country=ZZ", "country"),
        ("type=volunteer", "type"),
        ("arrangement=moon", "arrangement"),
        ("degree=mba", "degree"),
        ("posted_within=-3", "posted_within"),
        ("posted_within=abc", "posted_within"),
        ("pay_min=lots&currency=USD", "pay_min"),
        ("pay_min=50000", "currency"),
        ("currency=XXQ&pay_min=1", "currency"),
        ("period=fortnight", "period"),
        ("sort=random", "sort"),
        ("q=" + "x" * 201, "q"),
    ],
)
def test_invalid_values_are_reported_and_the_rest_still_filter(query, field):
    filterset = PostingFilter(QueryDict(query + "&type=internship"), queryset=Posting.objects.all())
    assert field in filterset.form.errors
    if field != "type":
        assert {p.title for p in filterset.qs} == {"ML intern", "Speech intern"}


def test_country_region_and_city_must_hold_for_the_same_location():
    PostingFactory(
        title="Two places",
        locations=[
            LocationFactory(city="Melbourne", region="VIC", country="AU"),
            LocationFactory(city="Aachen", region="", country="DE"),
        ],
    )
    assert titles("country=DE&city=Melbourne") == set()
    assert titles("country=DE&city=aachen") == {"Two places"}


@pytest.fixture
def eligibility_board():
    from .factories import ResearchAreaFactory

    nlp = ResearchAreaFactory(name="Natural language processing", slug="nlp")
    vision = ResearchAreaFactory(name="Computer vision", slug="computer-vision")
    PostingFactory(title="NLP intern", research_areas=[nlp], visa_sponsorship="yes",
                   enrolment_required=True, internship_weeks=12, internship_start="Summer 2027",
                   valid_through=TODAY + dt.timedelta(days=5))  # fmt: skip
    PostingFactory(title="Vision intern", research_areas=[vision], visa_sponsorship="no",
                   enrolment_required=False, internship_weeks=24, internship_start="Jan-March 2027",
                   valid_through=TODAY + dt.timedelta(days=20))  # fmt: skip
    PostingFactory(title="Unstated intern")


@pytest.mark.usefixtures("eligibility_board")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("area=nlp", {"NLP intern"}),
        ("area=nlp&area=computer-vision", {"NLP intern", "Vision intern"}),
        ("area=robotics", set()),
        ("closing_within=7", {"NLP intern"}),
        ("closing_within=30", {"NLP intern", "Vision intern"}),
        ("closing_within=0", set()),
        ("visa=1", {"NLP intern"}),
        ("visa=", {"NLP intern", "Vision intern", "Unstated intern"}),
        ("enrolment=required", {"NLP intern"}),
        ("enrolment=not_required", {"Vision intern"}),
        ("weeks_min=13", {"Vision intern"}),
        ("weeks_max=12", {"NLP intern"}),
        ("weeks_min=10&weeks_max=30", {"NLP intern", "Vision intern"}),
        ("start=summer", {"NLP intern"}),
        ("start=2027", {"NLP intern", "Vision intern"}),
        ("start=summer+2028", set()),
    ],
)
def test_deadline_eligibility_and_area_filters(query, expected):
    assert titles(query) == expected


@pytest.mark.usefixtures("eligibility_board")
@pytest.mark.parametrize(
    ("query", "field"),
    [("area=astrology", "area"), ("closing_within=-1", "closing_within"),
     ("enrolment=maybe", "enrolment"), ("weeks_min=0", "weeks_min")],
)  # fmt: skip
def test_invalid_new_filter_values_are_reported(query, field):
    filterset = PostingFilter(QueryDict(query), queryset=Posting.objects.all())
    assert field in filterset.form.errors
    assert len(filterset.qs) == 3


def test_each_filterset_has_its_own_filters_bound_to_itself():
    # The filters are copied lightly per request (see _FiltersCopiedLightly): never shared.
    first, second = PostingFilter({"q": "robotics"}), PostingFilter({"q": "vision"})
    for name in ("q", "country", "type"):
        assert first.filters[name] is not second.filters[name]
        assert first.filters[name] is not PostingFilter.base_filters[name]
        assert first.filters[name].parent is first
        assert first.filters[name].extra is not second.filters[name].extra
    assert first.filters["q"].filter.method.__self__ is first
    assert second.filters["q"].filter.method.__self__ is second


def test_the_form_class_is_built_once_and_each_form_has_its_own_fields():
    first, second = PostingFilter({"country": "US"}), PostingFilter({"country": "DE"})
    assert type(first.form) is type(second.form)
    assert first.form.fields["country"] is not second.form.fields["country"]
    assert first.form["country"].value() == "US"
    assert second.form["country"].value() == "DE"


def test_a_form_changing_its_fields_leaves_other_forms_alone():
    # The fields are copied lightly per form (see _FieldsCopiedLightly).
    first, second = PostingFilter({}), PostingFilter({})
    first.form.fields["q"].widget.attrs["autofocus"] = True
    first.form.fields["q"].error_messages["required"] = "Say something."
    first.form.fields["q"].validators.append(lambda value: None)
    assert "autofocus" not in second.form.fields["q"].widget.attrs
    assert second.form.fields["q"].error_messages["required"] != "Say something."
    assert len(second.form.fields["q"].validators) == len(first.form.fields["q"].validators) - 1
    assert "autofocus" not in PostingFilter({}).form.fields["q"].widget.attrs
