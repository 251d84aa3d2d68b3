from django.db import migrations

from postings.board import (
    SIMILAR_TABLES,
    pg_board_triggers,
    pg_drop_board_triggers,
    sqlite_board_triggers,
    sqlite_drop_board_triggers,
)


def add_triggers(apps, schema_editor):
    statements = {
        "postgresql": pg_board_triggers(SIMILAR_TABLES),
        "sqlite": sqlite_board_triggers(SIMILAR_TABLES),
    }
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    statements = {
        "postgresql": pg_drop_board_triggers(SIMILAR_TABLES),
        "sqlite": sqlite_drop_board_triggers(SIMILAR_TABLES),
    }
    for statement in statements.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    """Similar roles are kept with the cards (`postings.cards`), so rewriting them changes the
    board token like any other write to the board."""

    dependencies = [
        ("postings", "0007_live_newest_index"),
    ]

    operations = [migrations.RunPython(add_triggers, drop_triggers)]
