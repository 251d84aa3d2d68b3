import pytest
from django.http import QueryDict

from postings.facets import _count, facet_counts
from postings.filters import PostingFilter
from postings.models import Company, Posting

from .factories import CompanyFactory, LocationFactory, PostingFactory, ResearchAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def board():
    au = LocationFactory(city="Melbourne", region="VIC", country="AU")
    us = LocationFactory(city="Seattle", region="WA", country="US")
    amazon = CompanyFactory(name="Amazon", slug="amazon")
    xero = CompanyFactory(name="Xero", slug="xero")
    PostingFactory(company=amazon, locations=[au, us], is_internship=True, degree_phd=True)
    PostingFactory(company=amazon, locations=[us], is_internship=True, work_arrangement="remote")
    PostingFactory(company=xero, locations=[au], is_internship=False, is_full_time=True,
                   work_arrangement="hybrid")  # fmt: skip


def counts(query: str) -> dict[str, dict[str, int]]:
    filterset = PostingFilter(QueryDict(query), queryset=Posting.objects.all())
    filterset.qs  # noqa: B018 - evaluating applies the filters the facets build on
    return {
        name: {facet.value: facet.count for facet in values}
        for name, values in facet_counts(filterset).values.items()
    }


@pytest.mark.usefixtures("board")
def test_counts_without_filters():
    facets = counts("")
    assert facets["type"] == {
        "internship": 2, "full_time": 1, "part_time": 0, "contract": 0, "temporary": 0
    }  # fmt: skip
    assert facets["arrangement"] == {"on_site": 0, "hybrid": 1, "remote": 1}
    assert facets["degree"]["phd"] == 1
    assert facets["country"] == {"AU": 2, "US": 2}
    assert facets["company"] == {"amazon": 2, "xero": 1}


@pytest.mark.usefixtures("board")
def test_each_facet_ignores_its_own_selection_but_follows_the_others():
    facets = counts("type=internship&country=AU")
    # type counts ignore type=internship but keep country=AU
    assert facets["type"]["full_time"] == 1
    assert facets["type"]["internship"] == 1
    # country counts ignore country=AU but keep type=internship
    assert facets["country"] == {"AU": 1, "US": 2}
    # other facets follow both selections
    assert facets["company"] == {"amazon": 1}


@pytest.mark.usefixtures("board")
def test_facets_follow_keyword_search_and_selected_flags():
    filterset = PostingFilter(QueryDict("company=xero"), queryset=Posting.objects.all())
    filterset.qs  # noqa: B018
    facets = facet_counts(filterset).values
    assert [f.value for f in facets["company"] if f.selected] == ["xero"]
    assert {f.value: f.count for f in facets["company"]} == {"amazon": 2, "xero": 1}


def test_research_area_counts_ignore_their_own_selection():
    nlp = ResearchAreaFactory(name="Natural language processing", slug="nlp")
    vision = ResearchAreaFactory(name="Computer vision", slug="computer-vision")
    PostingFactory(research_areas=[nlp])
    PostingFactory(research_areas=[nlp, vision])
    PostingFactory(research_areas=[vision], is_internship=False, is_full_time=True)
    facets = counts("area=nlp&type=internship")
    assert facets["area"]["nlp"] == 2
    assert facets["area"]["computer-vision"] == 1  # follows type=internship, ignores area=nlp
    assert facets["type"]["full_time"] == 0  # follows area=nlp


def facets_for(query: str):
    filterset = PostingFilter(QueryDict(query), queryset=Posting.objects.all())
    filterset.qs  # noqa: B018
    return facet_counts(filterset)


@pytest.mark.usefixtures("board")
def test_whole_board_counts_are_kept_until_the_board_changes(django_assert_num_queries):
    assert facets_for("").total == 3
    # Kept: only the board's token is read.
    with django_assert_num_queries(1):
        assert facets_for("sort=pay").values["company"][0].count == 2
    PostingFactory(company=Company.objects.get(slug="xero"))
    facets = facets_for("")
    assert facets.total == 4
    assert {f.value: f.count for f in facets.values["company"]} == {"amazon": 2, "xero": 2}


@pytest.mark.usefixtures("board")
def test_a_search_beyond_the_sample_counts_lower_bounds(monkeypatch):
    monkeypatch.setattr("postings.facets.SAMPLE_SIZE", 1)
    facets = facets_for("type=internship&posted_within=30")
    assert facets.approximate
    # Two of the three postings are sampled; the results are counted up to the cap.
    assert facets.total == 2
    # Counted among two sampled postings: never more than the exact counts.
    assert sum(f.count for f in facets.values["company"]) <= 2
    assert all(
        f.count <= exact for f, exact in zip(facets.values["type"], [2, 1, 0, 0, 0], strict=True)
    )


@pytest.mark.usefixtures("board")
def test_a_search_within_the_sample_counts_exactly(monkeypatch):
    monkeypatch.setattr("postings.facets.SAMPLE_SIZE", 3)
    facets = facets_for("type=internship&posted_within=30")
    assert not facets.approximate
    assert facets.total == 2
    assert {f.value: f.count for f in facets.values["type"]}["full_time"] == 1


@pytest.mark.usefixtures("board")
def test_browsing_by_facets_alone_counts_exactly_and_is_kept(
    monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr("postings.facets.SAMPLE_SIZE", 1)
    facets = facets_for("type=internship&country=US")
    assert not facets.approximate
    assert facets.total == 2
    with django_assert_num_queries(1):
        again = facets_for("country=US&type=internship&sort=pay")
    assert again == facets


@pytest.fixture
def varied_board():
    """Postings that differ in every faceted value, places with regions and cities included."""
    places = [
        LocationFactory(city="Melbourne", region="VIC", country="AU"),
        LocationFactory(city="Sydney", region="NSW", country="AU"),
        LocationFactory(city="Seattle", region="WA", country="US"),
        LocationFactory(city="Aachen", region="", country="DE"),
        LocationFactory(city="", region="", country=""),
    ]
    areas = [ResearchAreaFactory(slug=slug) for slug in ("robotics", "computer-vision")]
    companies = [CompanyFactory(name=f"Company {n}", slug=f"company-{n}") for n in range(3)]
    for n in range(24):
        posting = PostingFactory(
            company=companies[n % 3],
            locations=[places[n % 5], places[(n * 2 + 1) % 5]],
            is_internship=n % 2 == 0,
            is_full_time=n % 3 == 0,
            is_part_time=n % 7 == 0,
            degree_phd=n % 4 == 0,
            degree_masters=n % 5 < 2,
            work_arrangement=["on_site", "hybrid", "remote", "unknown"][n % 4],
        )
        posting.research_areas.set(areas[: n % 3])


@pytest.mark.usefixtures("varied_board")
@pytest.mark.parametrize(
    "query",
    [
        "",
        "type=internship",
        "type=internship&type=part_time&degree=phd",
        "arrangement=remote&country=AU",
        "country=AU&region=vic&city=melbourne",
        "country=US&company=company-1&area=robotics",
        "area=robotics&area=computer-vision&degree=masters&type=full_time",
        "city=Sydney",
        "country=DE&arrangement=hybrid&arrangement=on_site",
    ],
)
def test_counts_among_a_sample_equal_the_whole_board_counts(monkeypatch, query):
    # The sample holds every posting: tallied in Python, its counts must equal the SQL counts.
    def facets(sample: bool):
        filterset = PostingFilter(QueryDict(query), queryset=Posting.objects.all())
        filterset.qs  # noqa: B018
        return _count(filterset, sample=sample)

    tallied, counted = facets(sample=True), facets(sample=False)
    assert not tallied.approximate
    assert tallied.total == counted.total
    assert tallied.values == counted.values
    # Not a comparison of empty boards: some facet has counts.
    assert any(facet.count for values in counted.values.values() for facet in values)
