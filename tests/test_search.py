import pytest
from django.db import connection

from postings.models import Location, Posting
from postings.search import matches_from_the_index, to_fts5_query

from .factories import CompanyFactory, LocationFactory, PostingFactory


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("machine learning", '"machine" AND "learning"'),
        ('"machine learning" intern', '"machine learning" AND "intern"'),
        ("nlp OR vision", '("nlp" OR "vision")'),
        ("intern -senior", '("intern") NOT "senior"'),
        ('intern -"data science"', '("intern") NOT "data science"'),
        ("title:hack", '"title hack"'),
        ('NEAR(a b) * ^x "', '"NEAR a" AND "b" AND "x"'),
        ("-only -negative", ""),
        ("", ""),
        ("OR", ""),
    ],
)
def test_fts5_queries_are_quoted_and_safe(text, expected):
    assert to_fts5_query(text) == expected


@pytest.fixture
def roles(db):
    amazon = CompanyFactory(name="Amazon", slug="amazon")
    return {
        "recsys": PostingFactory(
            title="Applied Science Intern, Recommender Systems",
            company=amazon,
            description="Build recommendation models at scale.",
        ),
        "speech": PostingFactory(
            title="Speech Recognition Intern",
            company=amazon,
            description="Automated speech recognition research in Aachen.",
            locations=[LocationFactory(city="Aachen", region="", country="DE")],
        ),
        "senior": PostingFactory(
            title="Senior Data Scientist",
            company=CompanyFactory(name="Department of Transport Victoria", slug="dtv"),
            description="Machine learning for transport.",
        ),
    }


def found(query: str) -> set[str]:
    return set(Posting.objects.search(query).values_list("title", flat=True))


@pytest.mark.parametrize(
    ("query", "keys"),
    [
        ("intern", {"recsys", "speech"}),
        ("Recommender", {"recsys"}),
        ("recommendation", {"recsys"}),
        ('"speech recognition"', {"speech"}),
        ("amazon", {"recsys", "speech"}),
        ("transport", {"senior"}),
        ("aachen", {"speech"}),
        ("speech OR transport", {"speech", "senior"}),
        ("intern -speech", {"recsys"}),
        ("nothing-like-this", set()),
    ],
)
def test_search_finds_words_in_title_company_location_and_description(roles, query, keys):
    assert found(query) == {roles[key].title for key in keys}


@pytest.mark.parametrize(
    "hostile", ["'", '"', "!!", "a & | b", "(((", "title:x", "*", "NEAR(", "\\", "-", "\x00x"]
)
def test_search_syntax_from_users_never_errors(roles, hostile):
    list(Posting.objects.search(hostile))


def test_index_follows_company_renames_and_new_locations(roles):
    company = roles["senior"].company
    company.name = "Transport for Victoria"
    company.save()
    assert found("victoria") == {roles["senior"].title}
    roles["recsys"].locations.add(
        Location.objects.create(city="Gurugram", region="HR", country="IN")
    )
    assert found("gurugram") == {roles["recsys"].title}
    roles["recsys"].locations.clear()
    assert found("gurugram") == set()
    # Linking and unlinking places keeps the title, company and description searchable.
    assert found("recommendation amazon recommender") == {roles["recsys"].title}


def test_linking_places_replaces_only_their_part_of_the_index(roles):
    speech = roles["speech"]
    toronto = Location.objects.create(city="Toronto", region="ON", country="CA")
    speech.locations.add(toronto)
    assert found("toronto") == found("aachen") == {speech.title}
    speech.locations.remove(toronto)
    assert found("toronto") == set()
    assert found("speech recognition intern amazon") == {speech.title}


def test_search_results_work_inside_subqueries(roles):
    matches = Posting.objects.search("intern")
    assert Posting.objects.filter(pk__in=matches.values("pk")).count() == 2


def test_ranking_puts_title_matches_first(roles):
    PostingFactory(title="Research Engineer", description="speech " * 3)
    ranked = list(Posting.objects.search("speech").ranked("speech"))
    assert ranked[0] == roles["speech"]


def test_typo_tolerance_on_postgres(roles):
    if connection.vendor != "postgresql":
        assert not Posting.objects.similar_titles("recomender").exists()
        return
    assert set(Posting.objects.similar_titles("recomender")) == {roles["recsys"]}


@pytest.mark.parametrize("query", ["intern", "amazon", "speech OR transport", "intern -speech"])
def test_search_for_many_matches_finds_the_same_postings_newest_first(roles, query):
    plain = Posting.objects.search(query).order_by("-posted_on", "-id")
    many = Posting.objects.search(query, many=True).order_by("-posted_on", "-id")
    assert list(many) == list(plain)
    assert Posting.objects.filter(pk__in=many.values("pk")).count() == plain.count()


@pytest.mark.parametrize("query", ["intern", "amazon", "speech OR transport", "intern -speech"])
def test_a_sample_in_any_order_finds_the_same_postings(roles, query):
    plain = set(Posting.objects.search(query))
    with matches_from_the_index():
        sampled = set(Posting.objects.search(query, any_order=True))
        # Nested in another query, as the facet sample's capped count is.
        nested = set(Posting.objects.filter(pk__in=Posting.objects.search(query, any_order=True)))
    assert sampled == nested == plain


def test_the_planner_settings_do_not_outlive_the_sample(db):
    if connection.vendor != "postgresql":
        with matches_from_the_index():
            pass  # nothing to set on SQLite
        return
    with connection.cursor() as cursor:
        with matches_from_the_index():
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone() == ("off",)
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone() == ("on",)
        with pytest.raises(ZeroDivisionError), matches_from_the_index():
            1 / 0  # noqa: B018
        cursor.execute("SHOW enable_indexscan")
        assert cursor.fetchone() == ("on",)
