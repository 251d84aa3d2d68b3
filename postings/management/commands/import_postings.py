"""Import postings from raw job pages, HTML, JSON-LD, JSON and CSV files or folders."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime, time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from tqdm import tqdm

from postings.services import DocumentOutcome, import_document
from postings.similar import refresh_similar

FORMATS = ["auto", "text", "html", "jsonld", "json", "csv"]


def parse_as_of(value: str) -> datetime:
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise CommandError(
                f"--as-of: {value!r} is not a date or date-time (YYYY-MM-DD[THH:MM])"
            )
        moment = datetime.combine(day, time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def parse_columns(values: list[str]) -> dict[str, str]:
    mapping = {}
    for value in values:
        header, sep, field = value.partition("=")
        if not sep or not header or not field:
            raise CommandError(f"--columns: expected HEADER=field, got {value!r}")
        mapping[header.strip()] = field.strip()
    return mapping


def iter_documents(paths: list[str]) -> list[Path]:
    documents = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            documents.extend(
                p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith(".")
            )
        elif path.is_file():
            documents.append(path)
        else:
            raise CommandError(f"{raw}: no such file or folder")
    return documents


def import_file(path: Path, **options) -> DocumentOutcome:
    if path.stat().st_size > settings.IMPORT_MAX_BYTES:
        # Refused before reading: a huge file must not be loaded into memory to be rejected.
        limit = settings.IMPORT_MAX_BYTES // (1024 * 1024)
        return DocumentOutcome(name=str(path), error=f"larger than {limit} MB")
    return import_document(data=path.read_bytes(), name=str(path), **options)


class Command(BaseCommand):
    help = (
        "Import postings from files or folders (recursive). Exit status 1 when any document failed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--as-of",
            type=parse_as_of,
            default=None,
            help="The moment relative dates ('7 months ago') count from. Default: now.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Parse and report; write nothing."
        )
        parser.add_argument("--format", choices=FORMATS, default="auto")
        parser.add_argument(
            "--columns",
            nargs="*",
            default=[],
            metavar="HEADER=FIELD",
            help="Map CSV headers or JSON keys to fields, e.g. 'Role Name=title'.",
        )

    def handle(self, *args, **options) -> None:
        as_of = options["as_of"] or timezone.now()
        columns = parse_columns(options["columns"])
        documents = iter_documents(options["paths"])
        verbosity = options["verbosity"]
        show_bar = sys.stderr.isatty() and verbosity >= 1 and len(documents) > 1
        totals: Counter = Counter()
        empty: list[DocumentOutcome] = []
        failed: list[DocumentOutcome] = []
        changed: list[int] = []
        for path in tqdm(documents, disable=not show_bar, unit="doc", desc="Importing"):
            outcome = import_file(
                path,
                as_of=as_of,
                columns=columns or None,
                format=options["format"],
                dry_run=options["dry_run"],
                refresh_similar_roles=False,
            )
            changed.extend(posting.pk for posting in outcome.changed())
            totals.update(outcome.counts())
            totals["skipped"] += len(outcome.skipped)
            if outcome.error:
                failed.append(outcome)
            elif not outcome.postings:
                empty.append(outcome)
            if verbosity >= 2:
                self._report_document(outcome)
        if changed and not options["dry_run"]:
            # Once for the whole run: each document's neighbours may be in another document.
            refresh_similar(postings=changed)
        self._summary(len(documents), totals, empty, failed, dry_run=options["dry_run"])
        if failed:
            sys.exit(1)

    def _report_document(self, outcome: DocumentOutcome) -> None:
        if outcome.error:
            return
        for result, posting in outcome.postings:
            self.stdout.write(
                f"  {result:9} {posting.title} — {posting.company.name} ({outcome.name})"
            )
        for reason in outcome.skipped:
            self.stdout.write(f"  skipped   {reason} ({outcome.name})")

    def _summary(self, read: int, totals: Counter, empty, failed, *, dry_run: bool) -> None:
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.stdout.write(
            f"{prefix}Documents read: {read}. Postings created: {totals['created']}, "
            f"updated: {totals['updated']}, unchanged: {totals['unchanged']}, "
            f"skipped: {totals['skipped']}."
        )
        for outcome in empty:
            self.stdout.write(
                f"No posting in {outcome.name}: {outcome.note or 'nothing recognisable'}"
            )
        for outcome in failed:
            self.stderr.write(self.style.ERROR(f"Failed: {outcome.name}: {outcome.error}"))
