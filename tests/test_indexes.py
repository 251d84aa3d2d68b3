"""The list page's queries use an index for every filter and sort (PostgreSQL plans).

A test database holds a handful of rows, where a sequential scan is always cheapest. Turning
sequential scans off makes the planner show the plan it would choose at scale whenever a usable
index exists, so a missing index shows up as a "Seq Scan" on the postings table.
"""

import pytest
from django.db import connection
from django.db.models import F

from postings.models import PAY_SORT_KEY, Posting

from .factories import PostingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(on_postgres):
    if not on_postgres:
        pytest.skip("query plans are checked on PostgreSQL, the production database")
    PostingFactory.create_batch(3)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")

    def explain(queryset) -> str:
        return queryset.explain()

    return explain


@pytest.mark.parametrize(
    ("name", "build", "index"),
    [
        ("newest", lambda: Posting.objects.open().order_by("-posted_on", "-id")[:25], "posting_"),
        (
            "deep page of open postings",
            lambda: Posting.objects.open().order_by("-posted_on", "-id").values("pk")[50000:50025],
            "posting_live_newest_idx",
        ),
        (
            "internships newest",
            lambda: Posting.objects.filter(is_internship=True).order_by("-posted_on", "-id")[:25],
            "posting_internships_newest_idx",
        ),
        (
            "highest pay",
            lambda: Posting.objects.order_by(PAY_SORT_KEY.desc(), F("id").desc())[:25],
            "posting_pay_sort_idx",
        ),
        (
            "closing soon",
            lambda: Posting.objects.order_by(F("valid_through").asc(nulls_last=True))[:25],
            "posting_valid_through_idx",
        ),
        (
            "company",
            lambda: Posting.objects.filter(company_id=1).order_by("-posted_on"),
            "posting_company",
        ),
        (
            "pay minimum",
            lambda: Posting.objects.filter(pay_currency="USD", pay_annual_max__gte=50000),
            "posting_pay_idx",
        ),
        (
            "arrangement",
            lambda: Posting.objects.filter(work_arrangement="remote").order_by("-posted_on"),
            "posting_arrangement_idx",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_list_queries_use_an_index(plan, name, build, index):
    text = plan(build())
    assert index in text, text
    assert "Seq Scan on postings_posting " not in text, text


@pytest.mark.parametrize(
    ("condition", "index"),
    [
        (
            "search_vector @@ websearch_to_tsquery('english', 'machine learning')",
            "postings_posting_search_idx",
        ),
        ("title %> 'recomender'", "postings_posting_title_trgm_idx"),
    ],
    ids=["keyword", "typo"],
)
def test_text_search_subqueries_use_their_index(plan, condition, index):
    # search() and similar_titles() filter on exactly these subqueries; on a few rows the planner
    # would rather walk the primary key under them, so each subquery is checked on its own.
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN SELECT id FROM postings_posting WHERE {condition}")
        text = "\n".join(row[0] for row in cursor.fetchall())
    assert index in text, text


@pytest.mark.parametrize(
    "table", ["postings_location", "postings_company", "postings_researcharea"]
)
def test_small_lookup_tables_are_analysed_after_a_few_changes(on_postgres, table):
    # At autovacuum's default of 50 changed rows a board's few dozen locations are never analysed,
    # and the planner's guess of one row per country picks the slow side of the join.
    if not on_postgres:
        pytest.skip("autovacuum is PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = %s", [table])
        (options,) = cursor.fetchone()
    assert "autovacuum_analyze_threshold=5" in options
