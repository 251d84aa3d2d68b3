"""Import postings from raw job pages, HTML, JSON-LD, JSON and CSV files or folders."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, time
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from tqdm import tqdm

from postings.services import (
    DocumentOutcome,
    PreparedDocument,
    import_prepared,
    prepare_document,
)
from postings.similar import refresh_similar

FORMATS = ["auto", "text", "html", "jsonld", "json", "csv"]
# Documents are written in batches of about this many postings, one transaction each.
BATCH_POSTINGS = 500
# Parsed documents waiting for the database, at most: bounds memory when parsing runs ahead.
PARSED_AHEAD = 64


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


def prepare_file(path: Path, *, max_bytes: int, **options) -> PreparedDocument:
    if path.stat().st_size > max_bytes:
        # Refused before reading: a huge file must not be loaded into memory to be rejected.
        return PreparedDocument(
            name=str(path), error=f"larger than {max_bytes // (1024 * 1024)} MB"
        )
    return prepare_document(data=path.read_bytes(), name=str(path), **options)


def prepared_documents(
    paths: list[Path], prepare: Callable[[Path], PreparedDocument]
) -> Iterator[PreparedDocument]:
    """`prepare` over the paths, in order; in worker processes when there is more than one core.

    Parsing is pure and CPU-bound, so it runs beside the writes rather than before them.
    """
    workers = min(len(paths) - 1, os.cpu_count() or 1, 4)
    if workers < 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(prepare, paths)
        return
    # Forked workers start at once with Django already loaded; they never touch the database.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque = deque()
        for path in paths:
            pending.append(pool.submit(prepare, path))
            if len(pending) >= PARSED_AHEAD:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def batches(documents: Iterable[PreparedDocument]) -> Iterator[list[PreparedDocument]]:
    batch: list[PreparedDocument] = []
    postings = 0
    for document in documents:
        batch.append(document)
        postings += len(document.postings)
        if postings >= BATCH_POSTINGS:
            yield batch
            batch, postings = [], 0
    if batch:
        yield batch


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
        prepare = partial(
            prepare_file,
            max_bytes=settings.IMPORT_MAX_BYTES,
            as_of=as_of,
            columns=columns or None,
            format=options["format"],
        )
        with tqdm(total=len(documents), disable=not show_bar, unit="doc", desc="Importing") as bar:
            for batch in batches(prepared_documents(documents, prepare)):
                outcomes = import_prepared(
                    documents=batch,
                    as_of=as_of,
                    dry_run=options["dry_run"],
                    refresh_similar_roles=False,
                )
                for outcome in outcomes:
                    changed.extend(posting.pk for posting in outcome.changed())
                    totals.update(outcome.counts())
                    totals["skipped"] += len(outcome.skipped)
                    if outcome.error:
                        failed.append(outcome)
                    elif not outcome.postings:
                        empty.append(outcome)
                    if verbosity >= 2:
                        self._report_document(outcome)
                bar.update(len(outcomes))
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
            # Notes name their document already ("page.txt: no job posting found; ...").
            note = (outcome.note or "nothing recognisable").removeprefix(f"{outcome.name}: ")
            self.stdout.write(f"No posting in {outcome.name}: {note}")
        for outcome in failed:
            self.stderr.write(self.style.ERROR(f"Failed: {outcome.name}: {outcome.error}"))
