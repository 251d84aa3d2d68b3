from django.db import OperationalError, migrations

from postings.search import (
    PG_SEARCH_REVERSE_SQL,
    PG_SEARCH_SQL,
    SQLITE_SEARCH_REVERSE_SQL,
    SQLITE_SEARCH_SQL,
)


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor, [])
        for statement in statements:
            try:
                schema_editor.execute(statement)
            except OperationalError as error:
                # SQLite without FTS5 falls back to substring search.
                if "fts5" in str(error) and schema_editor.connection.vendor == "sqlite":
                    return
                raise

    return apply


class Migration(migrations.Migration):
    dependencies = [("postings", "0002_drafts_areas_recruiters_similar")]

    operations = [
        migrations.RunPython(
            run({"postgresql": PG_SEARCH_SQL, "sqlite": SQLITE_SEARCH_SQL}),
            run({"postgresql": PG_SEARCH_REVERSE_SQL, "sqlite": SQLITE_SEARCH_REVERSE_SQL}),
        ),
    ]
