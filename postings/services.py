"""Writes: importing, upserting and closing postings.

Parsing happens in `postings.extract` (pure); everything here maps its dataclasses onto the
database inside transactions, so a document is imported whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import QuerySet, prefetch_related_objects
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.text import slugify

from .bulk import insert_rows
from .cache import invalidate_board
from .cleaning import single_line
from .extract import parse_document
from .extract.areas import AREAS_BY_SLUG, research_areas
from .extract.types import DocumentError, ExtractedPosting
from .extract.types import Location as ExtractedLocation
from .models import (
    DEGREE_FIELDS,
    EMPLOYMENT_TYPE_FIELDS,
    Company,
    Location,
    Posting,
    ResearchArea,
)
from .similar import refresh_similar

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass
class DocumentOutcome:
    name: str
    postings: list[tuple[str, Posting]] = field(
        default_factory=list
    )  # (CREATED|UPDATED|UNCHANGED, posting)
    skipped: list[str] = field(default_factory=list)  # reasons for blocks that became no posting
    note: str = ""  # why the document held no posting
    error: str = ""  # the document failed and nothing of it was written

    def changed(self) -> list[Posting]:
        return [posting for outcome, posting in self.postings if outcome != UNCHANGED]

    def counts(self) -> Counter:
        return Counter(outcome for outcome, _ in self.postings)


@dataclass
class PreparedDocument:
    """A parsed document with what its postings need for writing: plain data, so a worker process
    can prepare it while the database takes earlier ones."""

    name: str
    postings: list[ExtractedPosting] = field(default_factory=list)
    # Per posting: its import key, content hash and research areas.
    keys: list[str] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)
    areas: list[list[str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    note: str = ""
    error: str = ""


def prepare_document(*, data: bytes, name: str, as_of: datetime, **options) -> PreparedDocument:
    """Parse one document without touching the database; an unreadable one carries its error.

    `options` are `parse_document`'s: format and columns.
    """
    try:
        parsed = parse_document(data, name=name, as_of=as_of, **options)
    except DocumentError as error:
        return PreparedDocument(name=name, error=str(error))
    return PreparedDocument(
        name=name,
        postings=parsed.postings,
        keys=import_keys(parsed.postings, document=name),
        hashes=[_digest(posting.as_dict()) for posting in parsed.postings],
        areas=[areas_of(posting) for posting in parsed.postings],
        skipped=[
            f"{skip.title}: {skip.reason}" if skip.title else skip.reason for skip in parsed.skipped
        ],
        note=parsed.note,
    )


def import_document(
    *,
    data: bytes,
    name: str,
    as_of: datetime | None = None,
    format: str = "auto",
    columns: dict[str, str] | None = None,
    dry_run: bool = False,
    refresh_similar_roles: bool = True,
) -> DocumentOutcome:
    """Parse one document and upsert its postings atomically; a failure writes nothing.

    Bulk importers pass refresh_similar_roles=False and call refresh_similar() once for the
    whole run: recomputing neighbours per document would cost more than the import itself.
    """
    as_of = as_of or timezone.now()
    prepared = prepare_document(data=data, name=name, as_of=as_of, format=format, columns=columns)
    (outcome,) = import_prepared(
        documents=[prepared],
        as_of=as_of,
        dry_run=dry_run,
        refresh_similar_roles=refresh_similar_roles,
    )
    return outcome


def import_prepared(
    *,
    documents: list[PreparedDocument],
    as_of: datetime,
    dry_run: bool = False,
    refresh_similar_roles: bool = True,
) -> list[DocumentOutcome]:
    """Upsert many prepared documents, one outcome each, in order; a failed document writes
    nothing and the others are still written.

    All documents go in one transaction; when that fails, they are written again one per
    transaction, so only the failing one is lost. Documents sharing an import key with an
    earlier one in the batch start a new transaction, so each sees the one before it as a
    document-by-document import would.
    """
    outcomes = [
        DocumentOutcome(name=doc.name, skipped=doc.skipped, note=doc.note, error=doc.error)
        for doc in documents
    ]
    pending = [
        (doc, outcome) for doc, outcome in zip(documents, outcomes, strict=True) if not doc.error
    ]
    for run in _runs_with_distinct_keys(pending):
        if len(run) > 1:
            try:
                _write_documents(
                    run, as_of=as_of, dry_run=dry_run, refresh_similar_roles=refresh_similar_roles
                )
                continue
            except (DatabaseError, ValueError):
                for _, outcome in run:
                    outcome.postings = []
        for doc, outcome in run:
            try:
                _write_documents(
                    [(doc, outcome)],
                    as_of=as_of,
                    dry_run=dry_run,
                    refresh_similar_roles=refresh_similar_roles,
                )
            except (IntegrityError, ValueError) as error:
                outcome.postings = []
                outcome.error = f"could not be saved: {error}"
    return outcomes


def _runs_with_distinct_keys(
    documents: list[tuple[PreparedDocument, DocumentOutcome]],
) -> list[list[tuple[PreparedDocument, DocumentOutcome]]]:
    runs: list[list[tuple[PreparedDocument, DocumentOutcome]]] = [[]]
    keys_in_run: set[str] = set()
    for document in documents:
        keys = set(document[0].keys)
        if keys & keys_in_run:
            runs.append([])
            keys_in_run = set()
        runs[-1].append(document)
        keys_in_run |= keys
    return [run for run in runs if run]


@transaction.atomic
def _write_documents(
    documents: list[tuple[PreparedDocument, DocumentOutcome]],
    *,
    as_of: datetime,
    dry_run: bool,
    refresh_similar_roles: bool,
) -> None:
    results = upsert_documents(documents=[doc for doc, _ in documents], as_of=as_of)
    for (_, outcome), postings in zip(documents, results, strict=True):
        outcome.postings = postings
    if dry_run:
        transaction.set_rollback(True)
    elif refresh_similar_roles:
        refresh_similar(postings=[p for _, outcome in documents for p in outcome.changed()])


def import_keys(postings: list[ExtractedPosting], *, document: str) -> list[str]:
    """A stable key per posting: the source's id when it has one, else what identifies the role.

    Identical identities within a document (the same role in two places) are numbered in order,
    so a re-import maps each onto the same row and a changed description updates in place.
    """
    seen: Counter = Counter()
    keys = []
    for posting in postings:
        source = posting.source_document or Path(document).name
        if posting.external_id:
            identity = ["id", source, posting.external_id]
        else:
            identity = [
                "role",
                source,
                posting.title.casefold(),
                posting.company.casefold(),
                sorted(_location_tuple(loc) for loc in posting.locations),
            ]
        seen[repr(identity)] += 1
        identity.append(seen[repr(identity)])
        keys.append(_digest(identity))
    return keys


def upsert_documents(
    *, documents: list[PreparedDocument], as_of: datetime
) -> list[list[tuple[str, Posting]]]:
    """Create or update many documents' postings by import key, in a few set-based queries.

    An unchanged extraction leaves its posting untouched: that is what keeps a recruiter's admin
    edits when the same document is imported again. The documents must not share import keys.
    Call inside a transaction.
    """
    keyed = [
        (doc, *posting)
        for doc in documents
        for posting in zip(doc.postings, doc.keys, doc.hashes, doc.areas, strict=True)
    ]
    existing = _postings_by_key([key for _, _, key, _, _ in keyed])
    companies = companies_by_name({p.company for doc in documents for p in doc.postings})
    places = locations_by_place(
        {loc for doc in documents for p in doc.postings for loc in p.locations}
    )
    by_document: dict[int, list[tuple[str, Posting]]] = {id(doc): [] for doc in documents}
    created: list[tuple[Posting, ExtractedPosting, list[str]]] = []
    updated: list[tuple[Posting, ExtractedPosting, list[str]]] = []
    for doc, extracted, key, content_hash, areas in keyed:
        posting = existing.get(key)
        if posting and posting.content_hash == content_hash:
            by_document[id(doc)].append((UNCHANGED, posting))
            continue
        is_new = posting is None
        posting = posting or Posting(import_key=key)
        _apply(posting, extracted, document=doc.name, as_of=as_of)
        posting.company = companies[_company_key(extracted.company)]
        posting.content_hash = content_hash
        if is_new:
            # The key is a unique hash, so the slug needs no lookup to be unique.
            posting.slug = (
                f"{slugify(f'{posting.title} {posting.company.name}')[:80].strip('-')}-{key[:10]}"
            )
            created.append((posting, extracted, areas))
        else:
            posting.save()
            updated.append((posting, extracted, areas))
        by_document[id(doc)].append((CREATED if is_new else UPDATED, posting))
    taken = _insert(created, places)
    relinked = updated + taken
    _unlink(Posting.locations.through, [posting.pk for posting, _, _ in relinked])
    _link_locations(
        (posting.pk, [places[_place_key(loc)].pk for loc in extracted.locations])
        for posting, extracted, _ in relinked
    )
    _relink_research_areas(created + updated, relinked=relinked)
    if created or updated:
        # Bulk writes send no signals: retire cached pages here.
        transaction.on_commit(invalidate_board)
    return [by_document[id(doc)] for doc in documents]


def _insert(
    created: list[tuple[Posting, ExtractedPosting, list[str]]], places: dict[tuple, Location]
) -> list[tuple[Posting, ExtractedPosting, list[str]]]:
    """Insert new postings with their locations; returns those a concurrent import took first."""
    if not created:
        return []
    rows = [posting for posting, _, _ in created]
    # A concurrent import may insert the same keys first; theirs wins and ours is skipped.
    insert_postings(
        postings=[
            (posting, [places[_place_key(loc)].pk for loc in extracted.locations])
            for posting, extracted, _ in created
        ],
        ignore_conflicts=True,
    )
    ids = {
        key: pk
        for chunk in _chunks([p.import_key for p in rows])
        for key, pk in Posting.objects.filter(import_key__in=chunk).values_list("import_key", "pk")
    }
    taken = [item for item in created if ids[item[0].import_key] != item[0].pk]
    _unlink(Posting.locations.through, [posting.pk for posting, _, _ in taken])
    for posting, _, _ in taken:
        posting.pk = ids[posting.import_key]
    return taken


@transaction.atomic
def insert_postings(
    *, postings: list[tuple[Posting, Collection[int]]], ignore_conflicts: bool = False
) -> None:
    """Insert new postings, each linked to the locations with these ids, in a few queries.

    The locations are linked before the postings exist (foreign keys are checked at commit), so
    the search index triggers see each new posting whole and index it once, rather than again
    for its locations, which rewrites every row. Postings without an id get one from
    `reserve_posting_ids`. Rows skipped by `ignore_conflicts` leave links to ids no posting has:
    the caller deletes them.
    """
    rows = [posting for posting, _ in postings]
    unnumbered = [posting for posting in rows if posting.pk is None]
    for posting, pk in zip(unnumbered, reserve_posting_ids(count=len(unnumbered)), strict=True):
        posting.pk = pk
    _link_locations((posting.pk, location_ids) for posting, location_ids in postings)
    Posting.objects.bulk_create(rows, batch_size=500, ignore_conflicts=ignore_conflicts)


def _link_locations(links: Iterable[tuple[int, Collection[int]]]) -> None:
    insert_rows(
        table=Posting.locations.through._meta.db_table,
        columns=["posting_id", "location_id"],
        pg_types=["bigint", "bigint"],
        rows=[
            (posting_id, location_id)
            for posting_id, location_ids in links
            for location_id in set(location_ids)
        ],
    )


def reserve_posting_ids(*, count: int) -> list[int]:
    """Ids no other posting will get, for rows inserted with their id already known."""
    table = Posting._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [table, count],
            )
            return [pk for (pk,) in cursor.fetchall()]
        # SQLite's AUTOINCREMENT never hands out an id at or below the table's sqlite_sequence
        # row. Raising it is the first write, so no other writer can race for the same ids.
        cursor.execute("UPDATE sqlite_sequence SET seq = seq + %s WHERE name = %s", [count, table])
        if cursor.rowcount:
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            (last,) = cursor.fetchone()
        else:  # the table never had a row
            cursor.execute(f"SELECT coalesce(max(id), 0) + %s FROM {table}", [count])
            (last,) = cursor.fetchone()
            cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, last])
    return list(range(last - count + 1, last + 1))


def _relink_research_areas(
    postings: list[tuple[Posting, ExtractedPosting, list[str]]],
    *,
    relinked: list[tuple[Posting, ExtractedPosting, list[str]]],
) -> None:
    """Link postings to their areas; `relinked` ones may have links already, replaced here."""
    Link = Posting.research_areas.through
    slugs_by_posting = {posting.pk: areas for posting, _, areas in postings}
    areas = {
        area.slug: area
        for area in get_research_areas(
            slugs=sorted({s for slugs in slugs_by_posting.values() for s in slugs})
        )
    }
    _unlink(Link, [posting.pk for posting, _, _ in relinked])
    insert_rows(
        table=Link._meta.db_table,
        columns=["posting_id", "researcharea_id"],
        pg_types=["bigint", "bigint"],
        rows=[
            (posting_id, areas[slug].pk)
            for posting_id, slugs in slugs_by_posting.items()
            for slug in dict.fromkeys(slugs)
        ],
    )


def _unlink(through: type, posting_ids: list[int]) -> None:
    """Delete these postings' rows in a many-to-many table."""
    for chunk in _chunks(posting_ids):
        through.objects.filter(posting_id__in=chunk).delete()


def _postings_by_key(keys: list[str]) -> dict[str, Posting]:
    return {
        posting.import_key: posting
        for chunk in _chunks(keys)
        for posting in Posting.objects.filter(import_key__in=chunk).select_related("company")
    }


def _chunks(values: list, size: int = 500):
    # SQLite limits the number of query parameters.
    for start in range(0, len(values), size):
        yield values[start : start + size]


def areas_of(extracted: ExtractedPosting) -> list[str]:
    """The research areas a posting's own text names (not the page's navigation or sidebars)."""
    sections = extracted.sections
    return research_areas(
        extracted.title,
        extracted.description,
        sections.responsibilities,
        sections.basic_qualifications,
        sections.preferred_qualifications,
    )


def retag_research_areas(*, postings: QuerySet[Posting]) -> int:
    """Tag postings again from their stored text (after the taxonomy changed); returns how many."""
    count = 0
    for posting in postings.iterator(chunk_size=500):
        slugs = research_areas(
            posting.title,
            posting.description,
            posting.responsibilities,
            posting.basic_qualifications,
            posting.preferred_qualifications,
        )
        posting.research_areas.set(get_research_areas(slugs=slugs))
        count += 1
    return count


def get_research_areas(*, slugs: list[str]) -> list[ResearchArea]:
    """The taxonomy's areas with these slugs, created on first use."""
    found = {area.slug: area for area in ResearchArea.objects.filter(slug__in=slugs)}
    for slug in slugs:
        if slug not in found:
            try:
                with transaction.atomic():
                    found[slug] = ResearchArea.objects.create(
                        slug=slug, name=AREAS_BY_SLUG[slug].name
                    )
            except IntegrityError:
                found[slug] = ResearchArea.objects.get(slug=slug)
    return [found[slug] for slug in slugs]


def _apply(
    posting: Posting, extracted: ExtractedPosting, *, document: str, as_of: datetime
) -> None:
    posting.title = single_line(extracted.title)[:300]
    posting.description = extracted.description
    posting.responsibilities = extracted.sections.responsibilities
    posting.basic_qualifications = extracted.sections.basic_qualifications
    posting.preferred_qualifications = extracted.sections.preferred_qualifications
    posting.benefits = extracted.sections.benefits
    for value, field_name in EMPLOYMENT_TYPE_FIELDS.items():
        setattr(posting, field_name, value in extracted.employment_types)
    for value, field_name in DEGREE_FIELDS.items():
        setattr(posting, field_name, value in extracted.degree_levels)
    posting.work_arrangement = extracted.work_arrangement
    pay = extracted.pay
    posting.pay_min = pay.min if pay else None
    posting.pay_max = pay.max if pay else None
    posting.pay_currency = pay.currency if pay else ""
    posting.pay_period = pay.period if pay else ""
    posting.visa_sponsorship = {True: "yes", False: "no", None: "unknown"}[
        extracted.visa_sponsorship
    ]
    posting.internship_weeks = extracted.internship_weeks
    posting.internship_start = extracted.internship_start[:100]
    # A page that gives no date was first seen at `as_of`; a new posting's own default would
    # be the day of the import instead, and an imported one keeps the day it was first seen.
    first_seen = posting.posted_on if posting.pk else None
    posting.posted_on = extracted.posted_on or first_seen or as_of.date()
    valid_through = extracted.valid_through
    # A closing date before the posting date is a parsing slip, not a fact worth keeping.
    posting.valid_through = (
        valid_through if valid_through and valid_through >= posting.posted_on else None
    )
    if extracted.expired and posting.closed_at is None:
        posting.closed_at = as_of
    posting.apply_url = extracted.apply_url
    posting.source_url = extracted.source_url
    posting.external_id = extracted.external_id[:200]
    posting.source_document = (extracted.source_document or Path(document).name)[:255]


def _company_key(name: str) -> str:
    return single_line(name)[:200].casefold()


def companies_by_name(names: set[str]) -> dict[str, Company]:
    """Companies for these names (case-insensitive), creating the missing ones."""
    wanted = {_company_key(name): single_line(name)[:200] for name in names}
    found = _companies_by_key(list(wanted))
    missing = [name for key, name in wanted.items() if key not in found]
    if missing:
        # A clash of slugs or names with a concurrent import skips that row; the loop below
        # then takes the one-by-one path for it.
        Company.objects.bulk_create(
            [Company(name=name, slug=slugify(name)[:200] or "company") for name in missing],
            ignore_conflicts=True,
        )
        found |= _companies_by_key([_company_key(name) for name in missing])
    for key, name in wanted.items():
        if key not in found:
            found[key] = get_or_create_company(name=name)
    return found


def _companies_by_key(keys: list[str]) -> dict[str, Company]:
    return {
        company.name.casefold(): company
        for chunk in _chunks(keys)
        for company in Company.objects.annotate(folded=Lower("name")).filter(folded__in=chunk)
    }


def get_or_create_company(*, name: str) -> Company:
    name = single_line(name)[:200]
    company = Company.objects.filter(name__iexact=name).first()
    if company:
        return company
    try:
        with transaction.atomic():
            return Company.objects.create(name=name, slug=unique_slug(name, model=Company))
    except IntegrityError:
        return Company.objects.get(name__iexact=name)


def _place_key(location: ExtractedLocation) -> tuple[str, str, str]:
    return (location.city[:120], location.region, location.country)


def locations_by_place(locations: set[ExtractedLocation]) -> dict[tuple, Location]:
    """Location rows for these places, creating the missing ones."""
    wanted = {_place_key(loc) for loc in locations}
    found = {
        (loc.city, loc.region, loc.country): loc
        for chunk in _chunks(sorted({city for city, _, _ in wanted}))
        for loc in Location.objects.filter(city__in=chunk)
    }
    for city, region, country in wanted - found.keys():
        found[(city, region, country)] = get_or_create_location(
            ExtractedLocation(city=city, region=region, country=country)
        )
    return found


def get_or_create_location(location: ExtractedLocation) -> Location:
    values = {"city": location.city[:120], "region": location.region, "country": location.country}
    found = Location.objects.filter(**values).first()
    if found:
        return found
    try:
        with transaction.atomic():
            return Location.objects.create(**values)
    except IntegrityError:
        return Location.objects.get(**values)


def unique_slug(*parts: str, model: type = Posting) -> str:
    """A readable slug that never changes once given; a short suffix keeps it unique."""
    base = slugify(" ".join(parts))[:80].strip("-") or "item"
    if model is Company and not Company.objects.filter(slug=base).exists():
        return base
    suffix = hashlib.sha256(f"{base}{timezone.now().isoformat()}".encode()).hexdigest()
    for length in (6, 10, 16):
        candidate = f"{base}-{suffix[:length]}"
        if not model.objects.filter(slug=candidate).exists():
            return candidate
    return f"{base}-{suffix}"


@transaction.atomic
def close_postings(*, postings: QuerySet[Posting], at: datetime | None = None) -> int:
    """Close the open ones among these postings; returns how many were closed."""
    to_close = list(postings.filter(closed_at__isnull=True).values_list("pk", flat=True))
    closed = Posting.objects.filter(pk__in=to_close).update(
        closed_at=at or timezone.now(), updated_at=timezone.now()
    )
    # Closed postings leave their neighbours' similar-roles lists.
    refresh_similar(postings=to_close)
    # Bulk updates send no signals, so retire cached pages here.
    transaction.on_commit(invalidate_board)
    return closed


REOPEN_DAYS = 30


@transaction.atomic
def reopen_postings(
    *, postings: QuerySet[Posting], days: int = REOPEN_DAYS, today: date | None = None
) -> list[Posting]:
    """Reopen closed or expired postings, or extend open ones: each becomes valid through `days`
    past the later of today and its current closing date. Drafts stay drafts."""
    today = today or timezone.localdate()
    ids = list(postings.values_list("pk", flat=True))
    changed = []
    for posting in Posting.objects.filter(pk__in=ids).select_for_update().order_by("pk"):
        start = max(day for day in (today, posting.valid_through, posting.posted_on) if day)
        posting.valid_through = start + timedelta(days=days)
        posting.closed_at = None
        posting.save(update_fields=["valid_through", "closed_at", "updated_at"])
        changed.append(posting)
    refresh_similar(postings=changed)
    return changed


@transaction.atomic
def duplicate_posting(*, posting: Posting) -> Posting:
    """A draft copy of a posting, posted today, with its own slug and no import identity."""
    original = Posting.objects.get(pk=posting.pk)
    locations = list(original.locations.all())
    areas = list(original.research_areas.all())
    copy = original
    copy.pk = None
    copy._state.adding = True
    copy.slug = unique_slug(copy.title, copy.company.name)
    copy.is_draft = True
    copy.posted_on = timezone.localdate()
    copy.valid_through = None
    copy.closed_at = None
    copy.import_key = None
    copy.content_hash = ""
    copy.external_id = ""
    copy.source_document = ""
    copy.source_url = ""
    copy.save()
    copy.locations.set(locations)
    copy.research_areas.set(areas)
    return copy


def import_document_for_companies(
    *,
    data: bytes,
    name: str,
    company_ids: Collection[int] | None,
    as_of: datetime | None = None,
    format: str = "auto",
    dry_run: bool = False,
) -> DocumentOutcome:
    """`import_document` limited to these companies (None: any), as the admin upload uses it.

    A document with any posting for another company, or that would update another company's
    posting, writes nothing and says which companies. A dry run's postings keep their
    locations in memory (prefetched before the rollback) so a preview can show them.
    """
    as_of = as_of or timezone.now()
    taken: set[str] = set()
    if company_ids is not None:
        try:
            parsed = parse_document(data, name=name, as_of=as_of, format=format)
        except DocumentError:
            parsed = None  # import_document reports it
        if parsed is not None:
            keys = import_keys(parsed.postings, document=name)
            taken = set(
                Posting.objects.filter(import_key__in=keys)
                .exclude(company_id__in=company_ids)
                .values_list("company__name", flat=True)
            )
    with transaction.atomic():
        outcome = import_document(data=data, name=name, as_of=as_of, format=format)
        postings = [posting for _, posting in outcome.postings]
        foreign = taken | {
            posting.company.name
            for posting in postings
            if company_ids is not None and posting.company_id not in company_ids
        }
        if foreign:
            transaction.set_rollback(True)
            outcome.postings.clear()
            outcome.error = (
                f"it has postings for {', '.join(sorted(foreign))}, which you do not manage; "
                "nothing from it was imported"
            )
        elif dry_run:
            prefetch_related_objects(postings, "locations")
            transaction.set_rollback(True)
    return outcome


def _location_tuple(location: ExtractedLocation) -> tuple[str, str, str]:
    return (location.city.casefold(), location.region, location.country)


def _digest(value) -> str:
    encoded = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()
