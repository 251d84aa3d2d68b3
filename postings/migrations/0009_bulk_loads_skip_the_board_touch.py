from django.db import migrations

from postings.board import PG_BOARD_FUNCTION_SQL, PG_BULK_AWARE_FUNCTION_SQL


def replace_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_BULK_AWARE_FUNCTION_SQL)


def restore_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            PG_BOARD_FUNCTION_SQL.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION")
        )


class Migration(migrations.Migration):
    """generate_postings writes from two connections at once; each write taking the board
    token's row lock made them wait for each other's commits."""

    dependencies = [
        ("postings", "0008_similar_roles_change_the_board"),
    ]

    operations = [migrations.RunPython(replace_function, restore_function)]
