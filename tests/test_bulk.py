import pytest

from postings.bulk import insert_rows
from postings.models import Posting, SimilarPosting

from .factories import LocationFactory, PostingFactory

pytestmark = pytest.mark.django_db


def test_rows_are_inserted_in_batches():
    postings = PostingFactory.create_batch(5)
    rows = [(a.pk, b.pk, 0.5) for a in postings for b in postings if a != b]
    insert_rows(
        table=SimilarPosting._meta.db_table,
        columns=["posting_id", "similar_id", "score"],
        pg_types=["bigint", "bigint", "float8"],
        rows=rows,
        batch_size=7,
    )
    stored = set(SimilarPosting.objects.values_list("posting_id", "similar_id", "score"))
    assert stored == set(rows)


def test_link_rows_show_through_the_relation():
    posting = PostingFactory(locations=[])
    places = [LocationFactory(city="Boston"), LocationFactory(city="Seattle")]
    insert_rows(
        table=Posting.locations.through._meta.db_table,
        columns=["posting_id", "location_id"],
        pg_types=["bigint", "bigint"],
        rows=[(posting.pk, place.pk) for place in places],
    )
    assert set(posting.locations.all()) == set(places)


def test_no_rows_is_no_statement(django_assert_num_queries):
    with django_assert_num_queries(0):
        insert_rows(
            table="postings_similarposting", columns=["posting_id"], pg_types=["bigint"], rows=[]
        )
