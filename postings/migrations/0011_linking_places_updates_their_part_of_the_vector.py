from django.db import migrations

from postings.search import PG_LOCATIONS_PART_FUNCTION_SQL, PG_WHOLE_DOCUMENT_FUNCTION_SQL


def replace_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_LOCATIONS_PART_FUNCTION_SQL)


def restore_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_WHOLE_DOCUMENT_FUNCTION_SQL)


class Migration(migrations.Migration):
    """Relinking a posting's places re-parsed its whole text to index them; now only their part
    of the vector is rebuilt."""

    dependencies = [
        ("postings", "0010_lookup_tables_keep_statistics"),
    ]

    operations = [migrations.RunPython(replace_function, restore_function)]
