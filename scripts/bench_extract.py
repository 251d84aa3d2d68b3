#!/usr/bin/env python3
"""Throughput of the pure importer parsers (postings.extract), without the database.

Run from the project root: `.venv/bin/python scripts/bench_extract.py [--repeat N]`. It prints:

- pages/s and ms per page for each raw-text seed in seeds/ (parse_text via parse_document);
- postings/s for 2,000 postings in the project's own JSON export format (split into documents
  under the 5 MB upload limit), built in memory from realistic descriptions: the seeds' main descriptions and, when
  /work/shared/realdata is present, Remote OK's descriptions as the export stores them (text);
- postings/s for the same descriptions as schema.org JobPosting (HTML descriptions) and as
  generic JSON records, the other JSON shapes the importer reads.

The end-to-end import (database included) is slower; these numbers are the parsing share. Each
figure is the best of --repeat runs, so a busy machine disturbs it less.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from postings.extract import MAX_DOCUMENT_BYTES, parse_document  # noqa: E402
from postings.extract.html import html_to_text  # noqa: E402

SEEDS = ROOT / "seeds"
REMOTE_OK = Path("/work/shared/realdata/remoteok_linkedin/remoteok_api.json")
AS_OF = datetime(2026, 11, 20)
POSTINGS = 2000
EMPLOYMENT = (["full_time"], ["internship"], ["contract"], ["full_time", "part_time"])
ARRANGEMENTS = ("remote", "hybrid", "on_site", "unknown")


def best_seconds(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def html_descriptions() -> list[str]:
    """Remote OK's HTML descriptions (about 5 KB each), or none when the data is absent."""
    if not REMOTE_OK.exists():
        return []
    items = json.loads(REMOTE_OK.read_text(encoding="utf-8"))
    return [item["description"] for item in items if isinstance(item, dict) and "position" in item]


def seed_descriptions() -> list[str]:
    """Each seed's main posting description, as the site stores it after a text import."""
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        result = parse_document(path.read_bytes(), name=path.name, as_of=AS_OF)
        found.extend(posting.description for posting in result.postings[:1])
    return found


def export_item(n: int, description: str) -> dict:
    return {
        "title": f"Data Scientist {n}",
        "company": f"Company {n % 97}",
        "locations": [{"city": "Berlin", "region": "BE", "country": "DE"}],
        "employment_types": EMPLOYMENT[n % len(EMPLOYMENT)],
        "work_arrangement": ARRANGEMENTS[n % len(ARRANGEMENTS)],
        "pay": {"min": 60000, "max": 80000, "currency": "EUR", "period": "year"} if n % 2 else None,
        "posted_at": "2026-10-01",
        "valid_through": None,
        "status": "open",
        "degree_levels": ["masters"] if n % 3 else [],
        "visa_sponsorship": None,
        "description": description,
        "apply_url": f"https://example.com/jobs/{n}",
        "source": {"document": "bench.json", "url": f"https://example.com/jobs/{n}"},
    }


def jsonld_item(n: int, description: str) -> dict:
    return {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": f"Data Scientist {n}",
        "description": description,
        "datePosted": "2026-10-01",
        "hiringOrganization": {"@type": "Organization", "name": f"Company {n % 97}"},
        "employmentType": "FULL_TIME",
        "jobLocation": {
            "@type": "Place",
            "address": {"addressLocality": "Austin", "addressRegion": "TX", "addressCountry": "US"},
        },
        "url": f"https://example.com/jobs/{n}",
    }


def record_item(n: int, description: str) -> dict:
    return {
        "position": f"Data Scientist {n}",
        "company": f"Company {n % 97}",
        "location": "Remote (US)",
        "description": description,
        "date": "2026-10-01T00:00:00+00:00",
        "salary_min": 90000,
        "salary_max": 120000,
        "url": f"https://example.com/jobs/{n}",
    }


def documents(make: Callable[[int, str], dict], descriptions: list[str]) -> list[bytes]:
    """POSTINGS items, split into as few documents as the 5 MB upload limit allows."""
    cycle = itertools.cycle(descriptions)
    items = [make(n, next(cycle)) for n in range(POSTINGS)]
    size = len(json.dumps(items).encode())
    parts = -(-size // int(MAX_DOCUMENT_BYTES * 0.95))
    step = -(-len(items) // parts)
    return [json.dumps(items[i : i + step]).encode() for i in range(0, len(items), step)]


def bench_seeds(repeat: int) -> None:
    print("Raw text pages (seeds/):")
    total = 0.0
    paths = sorted(SEEDS.glob("*.txt"))
    for path in paths:
        data = path.read_bytes()
        seconds = best_seconds(
            lambda data=data, path=path: parse_document(data, name=path.name, as_of=AS_OF),
            repeat * 10,
        )
        total += seconds
        print(f"  {path.name:28} {len(data) / 1024:5.1f} KB  {seconds * 1000:6.2f} ms")
    print(f"  all {len(paths)} seeds: {len(paths) / total:,.0f} pages/s")


def bench_json(label: str, parts: list[bytes], repeat: int) -> None:
    def parse_all() -> int:
        return sum(
            len(parse_document(data, name="bench.json", as_of=AS_OF).postings) for data in parts
        )

    seconds = best_seconds(parse_all, repeat)
    count = parse_all()
    print(
        f"  {label:44} {count:5} postings  {seconds * 1000 / count:6.3f} ms each"
        f"  {count / seconds:8,.0f} postings/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best counts")
    args = parser.parse_args()

    bench_seeds(args.repeat)
    html = html_descriptions()
    texts = seed_descriptions() + [html_to_text(description) for description in html]
    print(f"JSON documents ({POSTINGS} postings each):")
    bench_json("export format, text descriptions", documents(export_item, texts), args.repeat)
    if html:
        bench_json("export format, HTML descriptions", documents(export_item, html), args.repeat)
        bench_json(
            "schema.org JobPosting, HTML descriptions", documents(jsonld_item, html), args.repeat
        )
        bench_json("generic records, HTML descriptions", documents(record_item, html), args.repeat)
    else:
        print(f"  ({REMOTE_OK} is absent: HTML descriptions skipped)")


if __name__ == "__main__":
    main()
