import datetime as dt

import pytest
from django.core.management import call_command

from postings.models import BoardState, Posting
from postings.synthetic import (
    CITIES,
    Vocabulary,
    generate,
    insert_synthetic_postings,
    load_vocabulary,
)

TODAY = dt.date(2026, 11, 20)
VOCABULARY = Vocabulary(
    titles=["Applied Scientist Intern", "Research Engineer"],
    companies=["Amazon", "Xero"],
    sentences=[
        f"Sentence number {n} about ranking models and large scale systems." for n in range(10)
    ],
)


def test_same_seed_same_postings():
    first = list(generate(20, seed=7, today=TODAY, vocabulary=VOCABULARY))
    again = list(generate(20, seed=7, today=TODAY, vocabulary=VOCABULARY))
    other = list(generate(20, seed=8, today=TODAY, vocabulary=VOCABULARY))
    assert first == again
    assert first != other


def test_postings_are_consistent():
    cities = set(CITIES)
    for posting in generate(500, seed=1, today=TODAY, vocabulary=VOCABULARY):
        assert posting.title in VOCABULARY.titles
        assert set(posting.cities) <= cities
        assert posting.posted_on <= TODAY
        if posting.valid_through:
            assert posting.valid_through >= posting.posted_on
        if posting.pay:
            low, high, currency, _ = posting.pay
            assert 0 < low <= high
            # Pay follows the first city's currency, as a real posting's would.
            assert currency == posting.cities[0][3]


def test_vocabulary_comes_from_real_job_text():
    vocabulary = load_vocabulary()
    # The seeds alone give titles, companies and whole sentences.
    assert "Amazon" in vocabulary.companies
    assert len(vocabulary.sentences) > 50
    assert all(40 <= len(sentence) <= 241 for sentence in vocabulary.sentences)


@pytest.mark.django_db
def test_generate_postings_inserts_findable_postings():
    call_command("generate_postings", "--count", "60", "--seed", "3", verbosity=0)
    assert Posting.objects.count() == 60
    assert Posting.objects.filter(locations__isnull=True).count() == 0
    assert Posting.objects.open().exists()
    assert len(set(Posting.objects.values_list("slug", flat=True))) == 60
    title = Posting.objects.order_by("pk").first().title.split()[0]
    assert Posting.objects.search(title).exists()


@pytest.mark.django_db(transaction=True)
def test_parallel_writers_insert_every_batch_and_change_the_board_once_done(on_postgres):
    if not on_postgres:
        pytest.skip("SQLite writes from one connection")
    # Transactional tests run last, after others may have flushed the migration's row.
    before = BoardState.objects.get_or_create(defaults={"token": "initial"})[0].token
    created = insert_synthetic_postings(count=25, seed=5, batch_size=10)
    assert created == 25
    assert Posting.objects.filter(source_document="synthetic").count() == 25
    assert BoardState.objects.get().token != before
