"""Rebuild every open posting's similar roles (and, with --areas, its research areas first)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandParser

from postings.models import Posting
from postings.services import retag_research_areas
from postings.similar import rebuild_similar


class Command(BaseCommand):
    help = "Recompute the precomputed similar roles of all open postings."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--areas",
            action="store_true",
            help="tag research areas again from each posting's stored text first",
        )

    def handle(self, *args, areas: bool = False, **options) -> None:
        started = time.perf_counter()
        if areas:
            tagged = retag_research_areas(postings=Posting.objects.published())
            self.stdout.write(f"Tagged research areas of {tagged} postings.")
        rows = rebuild_similar()
        elapsed = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"Wrote {rows} similar-role rows in {elapsed:.1f}s."))
