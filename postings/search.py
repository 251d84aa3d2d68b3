"""Full-text search on both databases.

PostgreSQL keeps a weighted tsvector per posting (title and company A, locations B, description C)
current with triggers, searched with websearch syntax through a GIN index. SQLite keeps an FTS5
table current with triggers. The triggers live in migrations; this module holds the SQL they
share and the translation of user input into FTS5 syntax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache

from django.db import DatabaseError, connection
from django.db.models import BooleanField, Expression, F, FloatField

SEARCH_CONFIG = "english"

# Same weights as the tsvector: title and company, then locations, then description.
PG_DOCUMENT = """
    setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A')
    || setweight(to_tsvector('english', coalesce(
        (SELECT name FROM postings_company WHERE id = NEW.company_id), '')), 'A')
    || setweight(to_tsvector('english', coalesce(
        (SELECT string_agg(concat_ws(' ', l.city, l.region, l.country), ' ')
           FROM postings_posting_locations pl JOIN postings_location l ON l.id = pl.location_id
          WHERE pl.posting_id = NEW.id), '')), 'B')
    || setweight(to_tsvector('english', left(coalesce(NEW.description, ''), 100000)), 'C')
"""

PG_SEARCH_SQL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "ALTER TABLE postings_posting ADD COLUMN search_vector tsvector",
    f"""
    CREATE FUNCTION postings_posting_search_update() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector := {PG_DOCUMENT};
        RETURN NEW;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER postings_posting_search BEFORE INSERT OR UPDATE OF title, description, company_id
    ON postings_posting FOR EACH ROW EXECUTE FUNCTION postings_posting_search_update()
    """,
    # Locations and company names live in other tables: touching the posting's title re-runs the
    # trigger above with the new values. Statement-level, so a bulk insert re-indexes each
    # posting once rather than once per location.
    """
    CREATE FUNCTION postings_posting_locations_search_update() RETURNS trigger AS $$
    BEGIN
        UPDATE postings_posting SET title = title
         WHERE id IN (SELECT posting_id FROM changed_links);
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER postings_posting_locations_search_insert AFTER INSERT
    ON postings_posting_locations REFERENCING NEW TABLE AS changed_links
    FOR EACH STATEMENT EXECUTE FUNCTION postings_posting_locations_search_update()
    """,
    """
    CREATE TRIGGER postings_posting_locations_search_delete AFTER DELETE
    ON postings_posting_locations REFERENCING OLD TABLE AS changed_links
    FOR EACH STATEMENT EXECUTE FUNCTION postings_posting_locations_search_update()
    """,
    """
    CREATE FUNCTION postings_company_search_update() RETURNS trigger AS $$
    BEGIN
        UPDATE postings_posting SET title = title WHERE company_id = NEW.id;
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER postings_company_search AFTER UPDATE OF name
    ON postings_company FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION postings_company_search_update()
    """,
    "UPDATE postings_posting SET title = title",
    "CREATE INDEX postings_posting_search_idx ON postings_posting USING gin (search_vector)",
    # Typo tolerance: "recomender" still finds recommender roles by title.
    "CREATE INDEX postings_posting_title_trgm_idx ON postings_posting USING gin (title gin_trgm_ops)",
]

# Linking or unlinking a posting's places changes only their part of its vector (weight B): the
# title, company and description parts (A and C) are kept rather than parsed again. New postings
# are inserted with their places already linked (see services.insert_postings); this serves the
# postings whose places change later (a re-import relinks them, a recruiter edits them), whose
# descriptions the first version of this function parsed again (relinking 5,000 postings: 3.0 s
# of updates, now 1.3).
PG_LOCATIONS_PART_FUNCTION_SQL = """
    CREATE OR REPLACE FUNCTION postings_posting_locations_search_update() RETURNS trigger AS $$
    BEGIN
        UPDATE postings_posting p
           SET search_vector = ts_filter(coalesce(p.search_vector, ''::tsvector), '{a,c}')
               || setweight(to_tsvector('english', coalesce(
                    (SELECT string_agg(concat_ws(' ', l.city, l.region, l.country), ' ')
                       FROM postings_posting_locations pl
                       JOIN postings_location l ON l.id = pl.location_id
                      WHERE pl.posting_id = p.id), '')), 'B')
         WHERE p.id IN (SELECT posting_id FROM changed_links);
        RETURN NULL;
    END $$ LANGUAGE plpgsql
"""
PG_WHOLE_DOCUMENT_FUNCTION_SQL = """
    CREATE OR REPLACE FUNCTION postings_posting_locations_search_update() RETURNS trigger AS $$
    BEGIN
        UPDATE postings_posting SET title = title
         WHERE id IN (SELECT posting_id FROM changed_links);
        RETURN NULL;
    END $$ LANGUAGE plpgsql
"""

PG_SEARCH_REVERSE_SQL = [
    "DROP INDEX IF EXISTS postings_posting_title_trgm_idx",
    "DROP TRIGGER IF EXISTS postings_company_search ON postings_company",
    "DROP FUNCTION IF EXISTS postings_company_search_update()",
    "DROP TRIGGER IF EXISTS postings_posting_locations_search_insert ON postings_posting_locations",
    "DROP TRIGGER IF EXISTS postings_posting_locations_search_delete ON postings_posting_locations",
    "DROP FUNCTION IF EXISTS postings_posting_locations_search_update()",
    "DROP TRIGGER IF EXISTS postings_posting_search ON postings_posting",
    "DROP FUNCTION IF EXISTS postings_posting_search_update()",
    "ALTER TABLE postings_posting DROP COLUMN IF EXISTS search_vector",
]

_SQLITE_SELECT = """
    INSERT INTO postings_posting_fts(rowid, title, company, locations, description)
    SELECT p.id, p.title, c.name,
           coalesce((SELECT group_concat(l.city || ' ' || l.region || ' ' || l.country, ' ')
                       FROM postings_posting_locations pl
                       JOIN postings_location l ON l.id = pl.location_id
                      WHERE pl.posting_id = p.id), ''),
           p.description
      FROM postings_posting p JOIN postings_company c ON c.id = p.company_id
"""
_SQLITE_ROW = _SQLITE_SELECT + " WHERE p.id = {id};"

SQLITE_SEARCH_SQL = [
    """
    CREATE VIRTUAL TABLE postings_posting_fts USING fts5(
        title, company, locations, description, tokenize = 'porter unicode61 remove_diacritics 2'
    )
    """,
    f"""
    CREATE TRIGGER postings_posting_fts_insert AFTER INSERT ON postings_posting BEGIN
        {_SQLITE_ROW.format(id="NEW.id")}
    END
    """,
    f"""
    CREATE TRIGGER postings_posting_fts_update AFTER UPDATE OF title, description, company_id
    ON postings_posting BEGIN
        DELETE FROM postings_posting_fts WHERE rowid = OLD.id;
        {_SQLITE_ROW.format(id="NEW.id")}
    END
    """,
    """
    CREATE TRIGGER postings_posting_fts_delete AFTER DELETE ON postings_posting BEGIN
        DELETE FROM postings_posting_fts WHERE rowid = OLD.id;
    END
    """,
    f"""
    CREATE TRIGGER postings_posting_locations_fts_insert AFTER INSERT ON postings_posting_locations
    BEGIN
        DELETE FROM postings_posting_fts WHERE rowid = NEW.posting_id;
        {_SQLITE_ROW.format(id="NEW.posting_id")}
    END
    """,
    f"""
    CREATE TRIGGER postings_posting_locations_fts_delete AFTER DELETE ON postings_posting_locations
    BEGIN
        DELETE FROM postings_posting_fts WHERE rowid = OLD.posting_id;
        {_SQLITE_ROW.format(id="OLD.posting_id")}
    END
    """,
    """
    CREATE TRIGGER postings_company_fts_update AFTER UPDATE OF name ON postings_company BEGIN
        UPDATE postings_posting_fts SET company = NEW.name
         WHERE rowid IN (SELECT id FROM postings_posting WHERE company_id = NEW.id);
    END
    """,
    _SQLITE_SELECT,
]

SQLITE_SEARCH_REVERSE_SQL = [
    "DROP TRIGGER IF EXISTS postings_company_fts_update",
    "DROP TRIGGER IF EXISTS postings_posting_locations_fts_delete",
    "DROP TRIGGER IF EXISTS postings_posting_locations_fts_insert",
    "DROP TRIGGER IF EXISTS postings_posting_fts_delete",
    "DROP TRIGGER IF EXISTS postings_posting_fts_update",
    "DROP TRIGGER IF EXISTS postings_posting_fts_insert",
    "DROP TABLE IF EXISTS postings_posting_fts",
]


@cache
def sqlite_fts_ready() -> bool:
    """The migration creates the FTS5 table only where SQLite was built with FTS5."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'postings_posting_fts'")
        return cursor.fetchone() is not None


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def to_fts5_query(text: str) -> str:
    """Websearch-style input ("quoted phrase", OR, -exclude) as a safe FTS5 query.

    Every word is quoted, so FTS5 operators and column filters typed by users are plain words.
    Returns "" when nothing searchable is left.
    """
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated_phrase, phrase, bare = match.groups()
        if bare is not None and bare.upper() == "OR":
            pending_or = bool(positive)
            continue
        negated = bool(negated_phrase) or (bare is not None and bare.startswith("-"))
        words = _WORD.findall(phrase if phrase is not None else bare)
        if not words:
            continue
        term = '"' + " ".join(words) + '"'
        if negated:
            negative.append(term)
        elif pending_or:
            positive[-1] = f"({positive[-1]} OR {term})"
        else:
            positive.append(term)
        pending_or = False
    if not positive:
        return ""
    query = " AND ".join(positive)
    for term in negative:
        query = f"({query}) NOT {term}"
    return query


class _PostingQueryExpression(Expression):
    """A search query applied to the posting being read.

    Compiled against the posting's id column, so it keeps working when Django aliases the table
    (the paginator and the facet sample nest querysets in subqueries).
    """

    def __init__(self, query: str):
        super().__init__()
        self.query = query
        self.posting_id = F("id")

    def get_source_expressions(self):
        return [self.posting_id]

    def set_source_expressions(self, expressions):
        (self.posting_id,) = expressions


class SearchRank(_PostingQueryExpression):
    """Relevance of a posting to a query: higher is better on both databases."""

    output_field = FloatField()

    def as_sql(self, compiler, connection):
        id_sql, id_params = compiler.compile(self.posting_id)
        if connection.vendor == "postgresql":
            sql = (
                "(SELECT ts_rank_cd(r.search_vector, websearch_to_tsquery(%s, %s), 32)"
                f" FROM postings_posting r WHERE r.id = {id_sql})"
            )
            return sql, (SEARCH_CONFIG, self.query, *id_params)
        # bm25 is lower-is-better; weights: title 10, company 8, locations 3, description 1.
        # Every match is scored once, in a derived table SQLite indexes automatically: a MATCH
        # per posting ran the full-text query again for each (40 ms for 500 matches, now 4).
        # LIMIT -1 keeps SQLite from flattening the derived table back into that.
        sql = (
            "(SELECT m.score FROM (SELECT rowid AS id,"
            " -bm25(postings_posting_fts, 10.0, 8.0, 3.0, 1.0) AS score FROM postings_posting_fts"
            f" WHERE postings_posting_fts MATCH %s LIMIT -1) m WHERE m.id = {id_sql})"
        )
        return sql, (to_fts5_query(self.query), *id_params)


class SearchMatch(_PostingQueryExpression):
    """PostgreSQL: the posting's own search vector matches the query.

    Unlike the self-contained subquery `PostingQuerySet.search` uses, this tests the row being
    read, so a bitmap of the GIN index's matches serves it with no join back to the postings.
    """

    output_field = BooleanField()
    conditional = True

    def as_sql(self, compiler, connection):
        id_sql, id_params = compiler.compile(self.posting_id)
        # The migration adds search_vector beside the model's columns: same table, same alias.
        table = id_sql.rsplit(".", 1)[0]
        sql = f"{table}.search_vector @@ websearch_to_tsquery(%s, %s)"
        return sql, (*id_params, SEARCH_CONFIG, self.query)


@contextmanager
def matches_from_the_index() -> Iterator[None]:
    """PostgreSQL reads a search's matches from the GIN index's bitmap alone.

    For "any thousand matches" of a common word the planner walks the table or an index instead,
    testing each posting's search vector as it goes: it prices that test like a comparison, but
    each one unpacks a stored vector (about 10 µs), and 4,000 of them took 20 ms against 5 for
    the bitmap. Only for queries that want matches in no particular order: a bitmap cannot give
    the newest first. Set for the session and reset after, rather than SET LOCAL in a
    transaction of its own: two round trips instead of four.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off; SET enable_indexscan = off")
        try:
            yield
        finally:
            # In an aborted transaction RESET fails, and the rollback undoes the SET anyway.
            with suppress(DatabaseError):
                cursor.execute("RESET enable_seqscan; RESET enable_indexscan")
