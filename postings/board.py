"""SQL for the triggers that change `BoardState.token` on every write to the board.

Shared by the migration that installs them, like `search.py`.
"""

from django.db import connection

# Every table whose rows change what the list page counts (as migration 0006 installed them).
BOARD_TABLES = [
    "postings_posting",
    "postings_posting_locations",
    "postings_posting_research_areas",
    "postings_company",
    "postings_location",
]
# Added by migration 0008 on PostgreSQL: kept similar-role cards change with these rows. SQLite's
# triggers run once per row, about 10 µs for each of an import's tens of thousands of similar rows,
# so there the only writer of those rows (`similar.py`) calls `touch_board` once instead.
SIMILAR_TABLES = ["postings_similarposting"]

PG_TOUCH_SQL = (
    "UPDATE postings_boardstate SET token = md5(random()::text || clock_timestamp()::text)"
)
SQLITE_TOUCH_SQL = "UPDATE postings_boardstate SET token = lower(hex(randomblob(16)))"

# Before each statement, so every writer takes the row's lock before any other: writers wait for
# each other's commits instead of deadlocking on rows both of them touch.
PG_BOARD_FUNCTION_SQL = f"""
    CREATE FUNCTION postings_board_touch() RETURNS trigger AS $$
    BEGIN
        {PG_TOUCH_SQL};
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """
# Since migration 0009: a transaction that set `postings.bulk_load` (`start_bulk_load`) skips the
# touch, and so the lock that makes writers wait for each other; the bulk load calls
# `touch_board` once when it is done.
BULK_LOAD_SETTING = "postings.bulk_load"
PG_BULK_AWARE_FUNCTION_SQL = f"""
    CREATE OR REPLACE FUNCTION postings_board_touch() RETURNS trigger AS $$
    BEGIN
        IF current_setting('{BULK_LOAD_SETTING}', true) = 'on' THEN
            RETURN NULL;
        END IF;
        {PG_TOUCH_SQL};
        RETURN NULL;
    END $$ LANGUAGE plpgsql
    """


def pg_board_triggers(tables: list[str]) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_board BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION postings_board_touch()"
        for table in tables
    ]


def pg_drop_board_triggers(tables: list[str]) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {table}_board ON {table}" for table in tables]


PG_BOARD_SQL = [PG_BOARD_FUNCTION_SQL, *pg_board_triggers(BOARD_TABLES)]
PG_BOARD_REVERSE_SQL = [
    *pg_drop_board_triggers(BOARD_TABLES),
    "DROP FUNCTION IF EXISTS postings_board_touch()",
]

# SQLite has only row triggers; it has one writer at a time anyway.
_SQLITE_EVENTS = ["INSERT", "UPDATE", "DELETE"]


def sqlite_board_triggers(tables: list[str]) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_board_{event.lower()} AFTER {event} ON {table} BEGIN "
        f"{SQLITE_TOUCH_SQL}; END"
        for table in tables
        for event in _SQLITE_EVENTS
    ]


def sqlite_drop_board_triggers(tables: list[str]) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_board_{event.lower()}"
        for table in tables
        for event in _SQLITE_EVENTS
    ]


SQLITE_BOARD_SQL = sqlite_board_triggers(BOARD_TABLES)
SQLITE_BOARD_REVERSE_SQL = sqlite_drop_board_triggers(BOARD_TABLES)


def board_token() -> str | None:
    """The board's current token; None on a flushed database. Read with one plain statement: it is
    asked on every browse page, where building the ORM query cost a tenth of the page."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT token FROM postings_boardstate LIMIT 1")
        row = cursor.fetchone()
    return row[0] if row else None


def touch_board() -> None:
    """A new board token, for writes that no trigger watched: SQLite's similar roles (see
    SIMILAR_TABLES) and bulk loads."""
    touch = {"postgresql": PG_TOUCH_SQL, "sqlite": SQLITE_TOUCH_SQL}.get(connection.vendor)
    if touch:
        with connection.cursor() as cursor:
            cursor.execute(touch)


def start_bulk_load() -> None:
    """In the current transaction, PostgreSQL's board triggers leave the token alone, so parallel
    bulk writers do not queue on its row. Whoever starts a bulk load calls `touch_board` after its
    last commit. SQLite has one writer at a time anyway and keeps its triggers."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, 'on', true)", [BULK_LOAD_SETTING])
