import datetime as dt
import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from postings import search
from postings.models import Posting
from postings.views import CappedPaginator

from .clock import TODAY
from .factories import CompanyFactory, LocationFactory, PostingFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("postings:list")


def test_list_shows_open_postings_newest_first_with_count(client):
    PostingFactory(title="Older role", posted_on=TODAY - dt.timedelta(days=5))
    PostingFactory(title="Newer role", posted_on=TODAY - dt.timedelta(days=1))
    PostingFactory(title="Expired role", posted_on=TODAY - dt.timedelta(days=100))
    response = client.get(LIST_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 roles" in html
    assert html.index("Newer role") < html.index("Older role")
    assert "Expired role" not in html


def test_list_paginates_25_a_page(client):
    PostingFactory.create_batch(26)
    first = client.get(LIST_URL)
    second = client.get(LIST_URL, {"page": 2})
    assert len(first.context["page_obj"]) == 25
    assert len(second.context["page_obj"]) == 1


@pytest.mark.parametrize("page", ["999", "abc", "-1", "0"])
def test_out_of_range_pages_show_the_nearest_page(client, page):
    PostingFactory.create_batch(2)
    assert client.get(LIST_URL, {"page": page}).status_code == 200


def test_empty_result_says_which_filters_to_loosen(client):
    PostingFactory(is_internship=True)
    response = client.get(LIST_URL, {"type": "contract", "country": "AU"})
    html = response.content.decode()
    assert "No roles match" in html
    assert "Remove “Employment type: contract”" in html
    assert "Remove “Country: AU”" in html


def test_invalid_filter_value_shows_a_form_error_with_200(client):
    PostingFactory()
    response = client.get(LIST_URL, {"posted_within": "soon", "country": "Narnia"})
    assert response.status_code == 200
    assert response.context["filter"].form.errors.keys() == {"posted_within", "country"}
    assert 'role="alert"' in response.content.decode()


def test_pay_without_currency_is_an_error_not_a_silent_comparison(client):
    response = client.get(LIST_URL, {"pay_min": "50000"})
    assert response.status_code == 200
    assert "Choose the currency" in response.content.decode()


# See test_list_query_count_does_not_grow_with_rows.
SEARCH_QUERIES = 6 if connection.vendor == "postgresql" else 4


@pytest.mark.parametrize("rows", [3, 30])
def test_list_query_count_does_not_grow_with_rows(client, django_assert_num_queries, rows):
    locations = [LocationFactory(city="Sydney", region="NSW"), LocationFactory()]
    for _ in range(rows):
        PostingFactory(locations=locations, company=CompanyFactory())
    params = {"q": "intern", "country": "AU", "type": "internship"}
    if connection.vendor == "sqlite":
        # Once per process SQLite is asked whether it has the FTS5 table; count the steady state.
        search.sqlite_fts_ready()
    # facet sample (with places, areas and the capped result count), page, its postings, their
    # locations and research areas; PostgreSQL sets and resets its planner around the sample
    with django_assert_num_queries(SEARCH_QUERIES):
        client.get(LIST_URL, params)


@pytest.mark.parametrize("rows", [3, 30])
def test_whole_board_query_count_does_not_grow_with_rows(client, django_assert_num_queries, rows):
    for _ in range(rows):
        PostingFactory(locations=[LocationFactory()], company=CompanyFactory())
    # board token, facet aggregate, countries with companies, page, locations, research areas
    with django_assert_num_queries(6):
        client.get(LIST_URL)
    # the board's counts and the page's cards are kept until it changes: token, page
    with django_assert_num_queries(2):
        client.get(LIST_URL, {"page": "1"})


@pytest.mark.parametrize("rows", [3, 30])
def test_detail_query_count_does_not_grow_with_locations(client, django_assert_num_queries, rows):
    locations = [LocationFactory(city=f"City {n}") for n in range(rows)]
    posting = PostingFactory(locations=locations)
    # posting with company, similar roles, then the locations and research areas of all of them
    with django_assert_num_queries(3):
        client.get(posting.get_absolute_url())
    # its similar roles' cards are kept, and its own locations and research areas: the posting
    with django_assert_num_queries(1):
        client.get(posting.get_absolute_url(), {"from": "search"})


@pytest.mark.parametrize("rows", [3, 30])
def test_company_query_count_does_not_grow_with_rows(client, django_assert_num_queries, rows):
    company = CompanyFactory()
    PostingFactory.create_batch(rows, company=company)
    # company, count, page, the page's locations and research areas
    with django_assert_num_queries(5):
        client.get(company.get_absolute_url())


def test_detail_shows_every_fact(client):
    posting = PostingFactory(
        title="Machine Learning Applied Science Intern",
        locations=[
            LocationFactory(city="Arlington", region="VA", country="US"),
            LocationFactory(city="Bellevue", region="WA", country="US"),
        ],
        is_full_time=True,
        work_arrangement="hybrid",
        pay_min=107,
        pay_max=107,
        pay_currency="USD",
        pay_period="hour",
        degree_phd=True,
        visa_sponsorship="yes",
        internship_weeks=12,
        internship_start="Summer 2027",
        posted_on=TODAY - dt.timedelta(days=3),
        valid_through=TODAY + dt.timedelta(days=5),
        apply_url="https://amazon.jobs/apply/1",
        responsibilities="- Design models",
        basic_qualifications="- Enrolled in a PhD",
    )
    response = client.get(posting.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    for text in [
        "Machine Learning Applied Science Intern",
        "Arlington, VA, US",
        "Bellevue, WA, US",
        "Internship, Full-time",
        "Hybrid",
        "$107 / hour",
        "$222,560 a year",
        "PhD",
        "12 weeks",
        "Summer 2027",
        '<time datetime="' + (TODAY - dt.timedelta(days=3)).isoformat() + '">3 days ago</time>',
        "closes in 5 days",
        'href="https://amazon.jobs/apply/1"',
        "<li>Design models</li>",
        "Basic qualifications",
    ]:
        assert text in html, text
    assert "noindex" not in html
    assert "This role has expired" not in html


def test_expired_posting_stays_reachable_with_banner_and_noindex(client):
    posting = PostingFactory(
        posted_on=TODAY - dt.timedelta(days=90), apply_url="https://x.example/"
    )
    response = client.get(posting.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert "This role has expired" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "https://x.example/" not in html


def test_unknown_slug_is_404_in_site_style(client):
    response = client.get(reverse("postings:detail", kwargs={"slug": "no-such-role"}))
    assert response.status_code == 404
    assert "couldn't find that page" in response.content.decode()


def test_company_page_lists_only_its_open_postings(client):
    company = CompanyFactory(name="Xero", slug="xero")
    PostingFactory(title="Open at Xero", company=company)
    PostingFactory(
        title="Expired at Xero", company=company, posted_on=TODAY - dt.timedelta(days=99)
    )
    PostingFactory(title="Elsewhere")
    html = client.get(company.get_absolute_url()).content.decode()
    assert "Open at Xero" in html
    assert "Expired at Xero" not in html
    assert "Elsewhere" not in html


def test_imported_text_is_escaped_everywhere(client):
    posting = PostingFactory(
        title="<script>alert(1)</script>",
        description="<img src=x onerror=alert(1)>\n\n- <b>bold</b>",
        company=CompanyFactory(name="<svg onload=alert(1)>", slug="evil"),
    )
    for url in [LIST_URL, posting.get_absolute_url(), posting.company.get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "<svg onload" not in html


def test_drafts_are_never_public(client):
    draft = PostingFactory(title="Secret draft", is_draft=True)
    assert "Secret draft" not in client.get(LIST_URL, {"include_expired": "1"}).content.decode()
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "Secret draft" not in client.get(draft.company.get_absolute_url()).content.decode()


def test_facet_links_toggle_values_and_keep_other_parameters(client):
    PostingFactory(is_internship=True, is_full_time=True)
    html = client.get(LIST_URL, {"q": "intern", "type": "internship"}).content.decode()
    assert 'href="?q=intern&amp;type=internship&amp;type=full_time"' in html
    assert 'href="?q=intern"' in html  # removes the selected value


def test_zero_results_on_postgres_fall_back_to_similar_titles(client, on_postgres):
    PostingFactory(title="Recommender Systems Intern")
    response = client.get(LIST_URL, {"q": "recomender"})
    html = response.content.decode()
    if on_postgres:
        assert "Showing roles with similar words" in html
        assert "Recommender Systems Intern" in html
    else:
        assert "No roles match" in html
        assert "similar words" not in html


def test_relevance_is_the_default_order_with_keywords(client):
    PostingFactory(title="Data engineer", description="speech", posted_on=TODAY)
    PostingFactory(title="Speech scientist", posted_on=TODAY - dt.timedelta(days=9))
    html = client.get(LIST_URL, {"q": "speech"}).content.decode()
    assert html.index("Speech scientist") < html.index("Data engineer")
    newest = client.get(LIST_URL, {"q": "speech", "sort": "newest"}).content.decode()
    assert newest.index("Data engineer") < newest.index("Speech scientist")


def test_detail_shows_imported_sections_once(client):
    posting = PostingFactory(
        description="About the team.\n\nWhat you will do:\n- Design models\n- Ship them",
        responsibilities="- Design models\n- Ship them",
    )

    html = client.get(posting.get_absolute_url()).content.decode()

    assert html.count("<li>Design models</li>") == 1
    assert "<h2>Responsibilities</h2>" not in html


def test_detail_shows_similar_open_roles_and_research_areas(client):
    from postings.similar import rebuild_similar

    from .factories import ResearchAreaFactory

    nlp = ResearchAreaFactory(name="Natural language processing", slug="nlp")
    text = "Speech and language research: transcription, translation and dialogue."
    posting = PostingFactory(title="Speech scientist", description=text, research_areas=[nlp])
    PostingFactory(title="Speech engineer", description=text, research_areas=[nlp])
    PostingFactory(
        title="Speech expired", description=text, posted_on=TODAY - dt.timedelta(days=99)
    )
    rebuild_similar()
    html = client.get(posting.get_absolute_url()).content.decode()
    similar = html[html.index('id="similar-heading"') :]
    assert "Speech engineer" in similar
    assert "Speech expired" not in similar
    assert "Speech scientist" not in similar
    assert 'href="/?area=nlp">Natural language processing</a>' in html


def test_detail_shows_pay_equivalents_total_and_not_stated_eligibility(client):
    posting = PostingFactory(
        pay_min=107, pay_max=107, pay_currency="USD", pay_period="hour", internship_weeks=12
    )
    html = client.get(posting.get_absolute_url()).content.decode()
    assert "$18,547 a month" in html
    assert "$107/hour × 12 weeks × 40 h ≈ $51k" in html
    eligibility = html[html.index('id="eligibility-heading"') :]
    assert eligibility.count("Not stated") == 4  # degree, visa, enrolment, start


def test_list_cards_show_areas_and_the_page_links_its_feed_and_calendar(client):
    from .factories import ResearchAreaFactory

    PostingFactory(research_areas=[ResearchAreaFactory(name="Robotics", slug="robotics")])
    html = client.get(LIST_URL, {"country": "AU", "page": "1"}).content.decode()
    assert "<li>Robotics</li>" in html
    assert '<a class="feed-link" href="/feed/?country=AU">Subscribe to this search</a>' in html
    assert 'href="/deadlines.ics?country=AU"' in html


def test_every_filter_parameter_has_a_control_on_the_list_page(client):
    from postings.filters import PostingFilter

    html = client.get(LIST_URL).content.decode()
    for name in PostingFilter.base_filters:
        assert f'name="{name}"' in html, name


def test_pages_use_no_inline_scripts_or_handlers(client):
    posting = PostingFactory()
    for url in [LIST_URL, posting.get_absolute_url(), posting.company.get_absolute_url()]:
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all('src="' in tag or 'type="application/ld+json"' in tag for tag in scripts)
        assert not re.search(r"\son[a-z]+=", html)
        assert ' style="' not in html


def test_a_search_beyond_the_facet_sample_says_more_than(client, monkeypatch):
    monkeypatch.setattr("postings.facets.SAMPLE_SIZE", 2)
    monkeypatch.setattr("postings.views.SAMPLE_SIZE", 2)
    PostingFactory.create_batch(4, title="Research intern")
    page = client.get(LIST_URL, {"q": "research"}).content.decode()
    assert "More than 2 roles" in page
    # The pages of those two matches at 25 a page: one, so no pagination.
    assert 'rel="next"' not in page
    assert "Counts among the first 2 matches." in page


def test_a_common_keyword_beyond_the_sample_still_lists_the_newest_matches(client, monkeypatch):
    monkeypatch.setattr("postings.facets.SAMPLE_SIZE", 2)
    monkeypatch.setattr("postings.views.SAMPLE_SIZE", 2)
    today = timezone.localdate()
    for age in range(4):
        PostingFactory(title=f"Quantum intern {age}", posted_on=today - dt.timedelta(days=age))
    PostingFactory(title="Unrelated newest role", posted_on=today)
    response = client.get(LIST_URL, {"q": "quantum"})
    titles = [posting.title for posting in response.context["page_obj"]]
    assert titles == [f"Quantum intern {age}" for age in range(4)]


@pytest.mark.django_db
def test_a_capped_paginator_offers_the_pages_of_the_cap():
    PostingFactory.create_batch(7)
    paginator = CappedPaginator(Posting.objects.all(), 2)
    paginator.cap = 6
    assert paginator.is_capped
    assert paginator.num_pages == 3
    uncapped = CappedPaginator(Posting.objects.all(), 2)
    assert not uncapped.is_capped
    assert uncapped.num_pages == 4


def _page_queries(captured) -> list[str]:
    """The queries that find a page's postings (with the board token), not counts or samples."""
    return [q["sql"] for q in captured if 'AS "board_token"' in q["sql"]]


def test_a_search_without_matches_loads_no_page(client, django_assert_max_num_queries):
    PostingFactory(title="Speech scientist")
    with django_assert_max_num_queries(6) as captured:
        response = client.get(LIST_URL, {"q": "astrophysics"})
    assert "0 roles" in response.content.decode()
    assert _page_queries(captured) == []


def test_filters_without_matches_load_no_page(client, django_assert_max_num_queries):
    PostingFactory(locations=[LocationFactory(country="US")])
    with django_assert_max_num_queries(6) as captured:
        response = client.get(LIST_URL, {"country": "NZ"})
    assert "0 roles" in response.content.decode()
    # The facets counted no match, so the page's ids are not looked for.
    assert _page_queries(captured) == []


def test_a_search_within_the_sample_finds_its_page_among_the_sampled_ids(
    client, django_assert_num_queries, monkeypatch
):
    monkeypatch.setattr("postings.facets.SAMPLE_SIZE", 5)
    for n in range(4):
        PostingFactory(title=f"Speech scientist {n}", is_internship=n % 2 == 0)
    PostingFactory(title="Vision engineer")
    with django_assert_num_queries(SEARCH_QUERIES) as captured:
        response = client.get(LIST_URL, {"q": "speech", "type": "internship", "sort": "newest"})
    html = response.content.decode()
    assert "2 roles" in html
    assert "Speech scientist 0" in html
    assert "Speech scientist 2" in html
    assert "Speech scientist 1" not in html
    # The page is found among the sampled ids, which the query carries.
    (page,) = _page_queries(captured)
    if connection.vendor == "postgresql":
        assert "unnest" in page
    else:
        speech = set(
            Posting.objects.filter(title__startswith="Speech").values_list("pk", flat=True)
        )
        id_lists = [set(map(int, m.split(", "))) for m in re.findall(r"IN \(([\d, ]+)\)", page)]
        assert speech in id_lists
