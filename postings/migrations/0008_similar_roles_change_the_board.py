from django.db import migrations

from postings.board import SIMILAR_TABLES, pg_board_triggers, pg_drop_board_triggers


def add_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in pg_board_triggers(SIMILAR_TABLES):
            schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in pg_drop_board_triggers(SIMILAR_TABLES):
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    """Similar roles are kept with the cards (`postings.cards`), so rewriting them changes the
    board token like any other write to the board: by a statement trigger on PostgreSQL, and on
    SQLite, whose triggers would run per row, by `board.touch_board` in `similar.py`."""

    dependencies = [
        ("postings", "0007_live_newest_index"),
    ]

    operations = [migrations.RunPython(add_triggers, drop_triggers)]
