import pytest
from django.db import connection

from .factories import PostingFactory


@pytest.fixture
def posting(db):
    return PostingFactory()


@pytest.fixture
def on_postgres(db) -> bool:
    return connection.vendor == "postgresql"
