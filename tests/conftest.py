import pytest
import time_machine
from django.db import connection

from .clock import NOON
from .factories import PostingFactory


@pytest.fixture
def posting(db):
    return PostingFactory()


@pytest.fixture
def on_postgres(db) -> bool:
    return connection.vendor == "postgresql"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Cached pages must not leak from one test into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _run_at_noon_of_the_run_day():
    """See tests/clock.py: a run that crosses midnight must not see two todays."""
    with time_machine.travel(NOON, tick=True):
        yield
