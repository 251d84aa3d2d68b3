import pytest
from django.db import connection

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
