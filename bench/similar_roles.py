"""Similar roles at scale: build a synthetic board, precompute, and time the detail page's read.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/jobboard_bench_similar \
        .venv/bin/python bench/similar_roles.py --postings 100000

Creates (and afterwards leaves) the postings in that database; never point it at real data.
Prints the time to precompute every open posting's rows, the time of an import-sized refresh,
and the median and 95th percentile of `similar_postings()` (one query) over random postings.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from postings.extract.areas import TAXONOMY  # noqa: E402
from postings.models import Company, Location, Posting, ResearchArea  # noqa: E402
from postings.similar import rebuild_similar, refresh_similar, similar_postings  # noqa: E402

TOPICS = [area.phrases[0] for area in TAXONOMY]
ROLES = ["Applied Scientist", "Research Intern", "Machine Learning Engineer", "Data Scientist",
         "Research Engineer", "Software Engineer", "Economist", "Quant Researcher"]  # fmt: skip
WORDS = ["model", "data", "research", "product", "team", "scale", "pipeline", "evaluation", "ranking", "language", "vision", "speech", "graph", "forecasting", "causal", "experiment", "platform", "cloud", "python", "pytorch", "statistics", "optimisation", "retrieval", "embedding", "serving", "latency", "privacy", "fairness", "robustness"]  # fmt: skip


def build(count: int, seed: int = 6) -> None:
    rng = random.Random(seed)
    areas = [
        ResearchArea.objects.get_or_create(slug=a.slug, defaults={"name": a.name})[0]
        for a in TAXONOMY
    ]
    companies = Company.objects.bulk_create(
        [Company(name=f"Bench Company {n}", slug=f"bench-company-{n}") for n in range(500)],
        ignore_conflicts=True,
    )
    companies = list(Company.objects.filter(slug__startswith="bench-company-"))
    Location.objects.bulk_create(
        [Location(city=f"City {n}", region="", country=rng.choice(["AU", "US", "DE", "GB", "IN"]))
         for n in range(300)],
        ignore_conflicts=True,
    )  # fmt: skip
    locations = list(Location.objects.filter(city__startswith="City "))
    today = timezone.localdate()
    batch = 5000
    for start in range(0, count, batch):
        postings = []
        topics_of = []
        for n in range(start, min(start + batch, count)):
            topics = rng.sample(range(len(TOPICS)), k=rng.randint(1, 3))
            topics_of.append(topics)
            body = " ".join(rng.choices(WORDS, k=120))
            topic_text = ", ".join(TOPICS[t] for t in topics)
            postings.append(
                Posting(
                    title=f"{rng.choice(ROLES)}, {TOPICS[topics[0]].title()}",
                    slug=f"bench-{n}",
                    company=rng.choice(companies),
                    description=f"Work on {topic_text}. {body}",
                    is_internship=rng.random() < 0.6,
                    posted_on=today - timedelta(days=rng.randint(0, 50)),
                )
            )
        created = Posting.objects.bulk_create(postings)
        Posting.research_areas.through.objects.bulk_create(
            [
                Posting.research_areas.through(posting_id=p.pk, researcharea_id=areas[t].pk)
                for p, topics in zip(created, topics_of, strict=True)
                for t in topics
            ]
        )
        Posting.locations.through.objects.bulk_create(
            [
                Posting.locations.through(posting_id=p.pk, location_id=loc.pk)
                for p in created
                for loc in rng.sample(locations, k=rng.randint(1, 2))
            ]
        )
        print(f"  created {start + len(created)} postings", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--reads", type=int, default=300)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-rebuild", action="store_true", help="only time the reads")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    if not args.skip_build and not Posting.objects.filter(slug__startswith="bench-").exists():
        build(args.postings)
    total = Posting.objects.open().count()
    print(f"open postings: {total}", flush=True)

    if not args.skip_rebuild:
        started = time.perf_counter()
        rows = rebuild_similar()
        print(f"rebuild_similar: {rows} rows in {time.perf_counter() - started:.1f} s", flush=True)
        sample = list(Posting.objects.open().order_by("?").values_list("pk", flat=True)[:20])
        started = time.perf_counter()
        refresh_similar(postings=sample)
        print(f"refresh_similar(20 postings): {(time.perf_counter() - started) * 1000:.0f} ms")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh statistics, as autovacuum would give production

    ids = list(Posting.objects.open().order_by("?")[: args.reads])
    timings = []
    for posting in ids:
        started = time.perf_counter()
        shown = similar_postings(posting)
        timings.append((time.perf_counter() - started) * 1000)
        assert posting not in shown
        assert len(shown) <= 6
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"similar_postings over {len(timings)} reads: median {statistics.median(timings):.2f} ms,"
        f" p95 {p95:.2f} ms, max {timings[-1]:.2f} ms ({connection.vendor})"
    )


if __name__ == "__main__":
    main()
