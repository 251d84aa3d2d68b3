"""Plain-tuple inserts for the many small rows an import writes (links and similar roles).

Tens of thousands of rows a run: building a model instance and compiling each row's fields cost
more than the database's work, so these go in as tuples, and on PostgreSQL as one array per
column in a single statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection


def insert_rows(
    *,
    table: str,
    columns: Sequence[str],
    pg_types: Sequence[str],
    rows: Sequence[tuple],
    batch_size: int = 5000,
) -> None:
    names = ", ".join(columns)
    with connection.cursor() as cursor:
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            if connection.vendor == "postgresql":
                arrays = ", ".join(f"%s::{pg_type}[]" for pg_type in pg_types)
                cursor.execute(
                    f"INSERT INTO {table} ({names}) SELECT * FROM unnest({arrays})",
                    [list(column) for column in zip(*batch, strict=True)],
                )
            else:
                values = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({values})", batch)
