import pytest

from postings.board import board_token, start_bulk_load, touch_board
from postings.models import BoardState

from .factories import PostingFactory

pytestmark = pytest.mark.django_db


def token() -> str:
    return BoardState.objects.get().token


def test_writes_change_the_token():
    before = token()
    posting = PostingFactory()
    after_insert = token()
    assert after_insert != before
    posting.title = "Renamed"
    posting.save()
    assert token() != after_insert


def test_touch_board_changes_the_token():
    before = token()
    touch_board()
    assert token() != before


def test_a_bulk_load_on_postgresql_leaves_the_token_until_it_touches_the_board(on_postgres):
    if not on_postgres:
        pytest.skip("SQLite has one writer at a time and keeps its triggers")
    start_bulk_load()
    before = token()
    PostingFactory()
    assert token() == before
    touch_board()
    assert token() != before


def test_a_bulk_load_on_sqlite_keeps_the_triggers(on_postgres):
    if on_postgres:
        pytest.skip("PostgreSQL bulk loads skip the trigger")
    start_bulk_load()
    before = token()
    PostingFactory()
    assert token() != before


def test_board_token_reads_the_current_token_and_none_when_flushed():
    state = BoardState.objects.get_or_create(defaults={"token": "initial"})[0]
    assert board_token() == state.token
    PostingFactory()
    assert board_token() == BoardState.objects.get().token != state.token
    BoardState.objects.all().delete()
    assert board_token() is None
