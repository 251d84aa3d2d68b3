from django.db import migrations

# Autovacuum analyses a table once 50 rows plus 10% of it have changed, so a board's few dozen
# locations or companies are never analysed: the planner then guesses that "country = US" matches
# one location and 600 postings when it matches 36,000, and joins a search's sample of ids the
# slow way round (400 ms instead of 100 ms for a keyword with three filters at 100,000 postings).
LOOKUP_TABLES = ("postings_location", "postings_company", "postings_researcharea")


def keep_statistics(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in LOOKUP_TABLES:
        schema_editor.execute(
            f"ALTER TABLE {table} SET (autovacuum_analyze_threshold = 5, "
            "autovacuum_analyze_scale_factor = 0.05)"
        )
        schema_editor.execute(f"ANALYZE {table}")


def default_statistics(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in LOOKUP_TABLES:
        schema_editor.execute(
            f"ALTER TABLE {table} RESET (autovacuum_analyze_threshold, "
            "autovacuum_analyze_scale_factor)"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("postings", "0009_bulk_loads_skip_the_board_touch"),
    ]

    operations = [migrations.RunPython(keep_statistics, default_statistics)]
