"""Realistic synthetic postings for benchmarks, built from the vocabulary of real job text.

Titles, companies and sentences come from the seeds and, when present, from ../shared/realdata;
cities are real with their ISO codes. Nothing here is used by the site itself.
"""

from __future__ import annotations

import csv
import random
import re
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from django.conf import settings

SEEDS_DIR = settings.BASE_DIR / "seeds"
REALDATA_DIR = settings.BASE_DIR.parent / "shared" / "realdata"

# (city, ISO 3166-2 region without prefix, ISO 3166-1 country, currency)
CITIES = [
    ("Melbourne", "VIC", "AU", "AUD"), ("Sydney", "NSW", "AU", "AUD"), ("Brisbane", "QLD", "AU", "AUD"),
    ("Seattle", "WA", "US", "USD"), ("New York", "NY", "US", "USD"), ("Boston", "MA", "US", "USD"),
    ("Palo Alto", "CA", "US", "USD"), ("San Francisco", "CA", "US", "USD"), ("Austin", "TX", "US", "USD"),
    ("Arlington", "VA", "US", "USD"), ("Pittsburgh", "PA", "US", "USD"), ("Chicago", "IL", "US", "USD"),
    ("Toronto", "ON", "CA", "CAD"), ("Montreal", "QC", "CA", "CAD"), ("Vancouver", "BC", "CA", "CAD"),
    ("London", "", "GB", "GBP"), ("Cambridge", "", "GB", "GBP"), ("Edinburgh", "", "GB", "GBP"),
    ("Berlin", "BE", "DE", "EUR"), ("Munich", "BY", "DE", "EUR"), ("Aachen", "NW", "DE", "EUR"),
    ("Paris", "", "FR", "EUR"), ("Grenoble", "", "FR", "EUR"), ("Zurich", "ZH", "CH", "CHF"),
    ("Amsterdam", "NH", "NL", "EUR"), ("Dublin", "", "IE", "EUR"), ("Bengaluru", "KA", "IN", "INR"),
    ("Gurugram", "HR", "IN", "INR"), ("Hyderabad", "TG", "IN", "INR"), ("Singapore", "", "SG", "SGD"),
    ("Tokyo", "13", "JP", "JPY"), ("Tel Aviv", "TA", "IL", "ILS"), ("Auckland", "AUK", "NZ", "NZD"),
]  # fmt: skip
# Typical yearly full-time pay by currency, and how each period divides it.
YEARLY_PAY = {
    "USD": 110_000, "AUD": 120_000, "CAD": 100_000, "GBP": 60_000, "EUR": 65_000, "CHF": 110_000,
    "INR": 1_800_000, "SGD": 90_000, "JPY": 8_000_000, "ILS": 350_000, "NZD": 95_000,
}  # fmt: skip
PERIOD_DIVISORS = {"hour": 2080, "day": 260, "week": 52, "month": 12, "year": 1}
FALLBACK_TITLES = [
    "Applied Scientist Intern", "Machine Learning Engineer", "Research Scientist", "Data Scientist",
    "Software Engineer Intern", "Research Engineer, NLP", "Computer Vision Intern",
]  # fmt: skip
FALLBACK_COMPANIES = [
    "Amazon",
    "Xero",
    "ResetData",
    "Andromeda Robotics",
    "Department of Transport Victoria",
]
SENTENCE = re.compile(r"[^.!?\n]{40,240}[.!?]")


@dataclass
class Vocabulary:
    titles: list[str]
    companies: list[str]
    sentences: list[str]


def _csv_rows(path: Path, limit: int = 3000) -> Iterator[dict]:
    if not path.exists():
        return
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if index >= limit:
                return
            yield row


def load_vocabulary() -> Vocabulary:
    titles, companies, texts = set(FALLBACK_TITLES), set(FALLBACK_COMPANIES), []
    for seed in sorted(SEEDS_DIR.glob("*.txt")):
        texts.append(seed.read_text(encoding="utf-8"))
    sources = [
        (REALDATA_DIR / "google_job_skills" / "job_skills.csv", "Title", "Company", "Responsibilities"),
        (REALDATA_DIR / "glassdoor_ds_jobs" / "glassdoor_jobs.csv", "Job Title", "Company Name", "Job Description"),
        (REALDATA_DIR / "amazon" / "amazon_jobs_india_pf3.csv", "Job Title", None, "Minimum Qualifications"),
    ]  # fmt: skip
    for path, title_column, company_column, text_column in sources:
        for row in _csv_rows(path):
            if row.get(title_column):
                titles.add(row[title_column].strip()[:200])
            company = (
                (row.get(company_column) or "").split("\n")[0].strip() if company_column else ""
            )
            # Scraped sheets write missing values as "-1".
            if any(ch.isalpha() for ch in company):
                companies.add(company[:200])
            texts.append(row.get(text_column) or "")
    sentences = sorted({m.group(0).strip() for text in texts for m in SENTENCE.finditer(text)})
    return Vocabulary(sorted(titles), sorted(companies), sentences)


@dataclass
class SyntheticPosting:
    title: str
    company: str
    cities: list[tuple[str, str, str, str]]
    description: str
    employment: dict[str, bool]
    degrees: dict[str, bool]
    work_arrangement: str
    pay: tuple[Decimal, Decimal, str, str] | None
    posted_on: date
    valid_through: date | None
    closed: bool


def generate(
    count: int, *, seed: int, today: date, vocabulary: Vocabulary
) -> Iterator[SyntheticPosting]:
    rng = random.Random(seed)
    for _ in range(count):
        cities = rng.sample(CITIES, k=rng.choices([1, 2, 3, 5], weights=[70, 18, 8, 4])[0])
        internship = rng.random() < 0.55
        pay = None
        if rng.random() < 0.6:
            currency = cities[0][3]
            period = rng.choice(["hour", "hour", "month", "year", "year", "week", "day"])
            base = YEARLY_PAY[currency] * (0.45 if internship else 1) * rng.uniform(0.6, 1.6)
            low = Decimal(base / PERIOD_DIVISORS[period]).quantize(Decimal("1.00"))
            high = (low * Decimal(str(round(rng.uniform(1, 1.6), 2)))).quantize(Decimal("1.00"))
            pay = (low, high, currency, period)
        posted_on = today - timedelta(days=int(rng.expovariate(1 / 45)))
        valid_through = None
        if rng.random() < 0.4:
            valid_through = posted_on + timedelta(days=rng.randint(7, 120))
        paragraphs = [
            " ".join(rng.sample(vocabulary.sentences, k=4)) for _ in range(rng.randint(2, 4))
        ]
        bullets = "\n".join(f"- {s}" for s in rng.sample(vocabulary.sentences, k=4))
        yield SyntheticPosting(
            title=rng.choice(vocabulary.titles),
            company=rng.choice(vocabulary.companies),
            cities=cities,
            description="\n\n".join([*paragraphs, bullets]),
            employment={
                "is_internship": internship,
                "is_full_time": not internship or rng.random() < 0.3,
                "is_part_time": rng.random() < 0.08,
                "is_contract": not internship and rng.random() < 0.1,
                "is_temporary": rng.random() < 0.03,
            },
            degrees={
                "degree_bachelors": rng.random() < 0.4,
                "degree_masters": rng.random() < 0.35,
                "degree_phd": rng.random() < 0.3,
            },
            work_arrangement=rng.choices(
                ["on_site", "hybrid", "remote", "unknown"], weights=[35, 30, 15, 20]
            )[0],
            pay=pay,
            posted_on=posted_on,
            valid_through=valid_through,
            closed=rng.random() < 0.03,
        )


def insert_synthetic_postings(
    *, count: int, seed: int, batch_size: int = 5000, progress=None
) -> int:
    """Bulk-insert `count` synthetic postings; one transaction per batch. Returns how many."""
    from django.db import connection, transaction
    from django.utils import timezone
    from django.utils.text import slugify

    from .board import start_bulk_load, touch_board
    from .models import Company, Location, Posting
    from .services import insert_postings, reserve_posting_ids

    vocabulary = load_vocabulary()
    today = timezone.localdate()
    now = timezone.now()
    companies = {c.name.casefold(): c for c in Company.objects.all()}
    locations = {(loc.city, loc.region, loc.country): loc for loc in Location.objects.all()}
    created = 0
    postings_iter = generate(count, seed=seed, today=today, vocabulary=vocabulary)

    def write(rows: list[tuple[Posting, list[int]]]) -> None:
        with transaction.atomic():
            insert_postings(postings=rows)

    def write_in_thread(rows: list[tuple[Posting, list[int]]]) -> None:
        try:
            with transaction.atomic():
                # Two writers at once: neither takes the board token's row lock, or each would
                # wait for the other's commit. The token changes once, after the last batch.
                start_bulk_load()
                insert_postings(postings=rows)
        finally:
            connection.close()  # each writer thread has a connection of its own

    # PostgreSQL indexes each posting for search as it is inserted, most of the work: two
    # connections index two batches at once while this thread builds the next. Companies and
    # places are committed first, so the writers' connections see them.
    parallel = connection.vendor == "postgresql" and not connection.in_atomic_block
    writing: deque[Future] = deque()
    try:
        with ThreadPoolExecutor(max_workers=2) as writers:
            while created < count:
                batch = [next(postings_iter) for _ in range(min(batch_size, count - created))]
                with transaction.atomic():
                    new_companies = {
                        p.company.casefold(): p.company
                        for p in batch
                        if p.company.casefold() not in companies
                    }
                    for key, name in new_companies.items():
                        slug = f"{slugify(name)[:180] or 'company'}-{seed}-{len(companies)}"
                        companies[key] = Company.objects.create(name=name, slug=slug)
                    missing = {c[:3] for p in batch for c in p.cities} - locations.keys()
                    for city, region, country in missing:
                        locations[(city, region, country)] = Location.objects.create(
                            city=city, region=region, country=country
                        )
                    # Ids in the order the postings were made, whichever writer inserts them.
                    ids = reserve_posting_ids(count=len(batch))
                rows = [
                    (
                        Posting(
                            pk=ids[i],
                            title=p.title,
                            slug=f"{slugify(p.title)[:60].strip('-') or 'role'}-s{seed}-{created + i}",
                            company=companies[p.company.casefold()],
                            description=p.description,
                            work_arrangement=p.work_arrangement,
                            pay_min=p.pay[0] if p.pay else None,
                            pay_max=p.pay[1] if p.pay else None,
                            pay_currency=p.pay[2] if p.pay else "",
                            pay_period=p.pay[3] if p.pay else "",
                            posted_on=p.posted_on,
                            valid_through=p.valid_through,
                            closed_at=now if p.closed else None,
                            source_document="synthetic",
                            **p.employment,
                            **p.degrees,
                        ),
                        [locations[c[:3]].pk for c in p.cities],
                    )
                    for i, p in enumerate(batch)
                ]
                if parallel:
                    writing.append(writers.submit(write_in_thread, rows))
                else:
                    write(rows)
                created += len(batch)
                while writing and (len(writing) > 2 or created >= count):
                    writing.popleft().result()
                if progress:
                    progress(len(batch))
    finally:
        if parallel:
            # Whatever the writers committed, readers must see a new board.
            touch_board()
    return created
