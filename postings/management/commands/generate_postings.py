"""Fill the board with realistic synthetic postings for benchmarks (never for production)."""

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from tqdm import tqdm

from postings.cache import invalidate_board
from postings.synthetic import insert_synthetic_postings

# Every table the list page's plans read: the small lookup tables too, whose row estimates decide
# which side of a join the planner starts from.
BENCHMARKED_TABLES = (
    "postings_posting",
    "postings_posting_locations",
    "postings_location",
    "postings_company",
    "postings_posting_research_areas",
    "postings_researcharea",
)


class Command(BaseCommand):
    help = "Insert N synthetic postings built from real job vocabulary."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--count", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1, help="Same seed, same postings.")

    def handle(self, *args, count: int, seed: int, **options) -> None:
        with tqdm(total=count, unit="posting", disable=options["verbosity"] < 1) as bar:
            created = insert_synthetic_postings(count=count, seed=seed, progress=bar.update)
        invalidate_board()
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            # Autovacuum would get to the new rows in its own time; whatever is measured next
            # needs the planner's statistics and the visibility map (index-only scans) now.
            with connection.cursor() as cursor:
                cursor.execute(f"VACUUM (ANALYZE) {', '.join(BENCHMARKED_TABLES)}")
        self.stdout.write(f"Inserted {created} synthetic postings (seed {seed}).")
