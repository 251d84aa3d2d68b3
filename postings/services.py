"""Writes: importing, upserting and closing postings.

Parsing happens in `postings.extract` (pure); everything here maps its dataclasses onto the
database inside transactions, so a document is imported whole or not at all.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from django.db import IntegrityError, transaction
from django.db.models import QuerySet, prefetch_related_objects
from django.utils import timezone
from django.utils.text import slugify

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

    def counts(self) -> Counter:
        return Counter(outcome for outcome, _ in self.postings)


def import_document(
    *,
    data: bytes,
    name: str,
    as_of: datetime | None = None,
    format: str = "auto",
    columns: dict[str, str] | None = None,
    dry_run: bool = False,
) -> DocumentOutcome:
    """Parse one document and upsert its postings atomically; a failure writes nothing."""
    # Imported here: the parsers pull in dateparser, which web workers need not load.
    from .extract import parse_document

    as_of = as_of or timezone.now()
    outcome = DocumentOutcome(name=name)
    try:
        parsed = parse_document(data, name=name, as_of=as_of, format=format, columns=columns)
    except DocumentError as error:
        outcome.error = str(error)
        return outcome
    outcome.skipped = [
        f"{skip.title}: {skip.reason}" if skip.title else skip.reason for skip in parsed.skipped
    ]
    outcome.note = parsed.note
    try:
        with transaction.atomic():
            for extracted, key in zip(
                parsed.postings, import_keys(parsed.postings, document=name), strict=True
            ):
                outcome.postings.append(
                    upsert_posting(extracted=extracted, import_key=key, document=name, as_of=as_of)
                )
            if dry_run:
                transaction.set_rollback(True)
            else:
                refresh_similar(
                    postings=[p for result, p in outcome.postings if result != UNCHANGED]
                )
    except (IntegrityError, ValueError) as error:
        outcome.postings.clear()
        outcome.error = f"could not be saved: {error}"
    return outcome


def import_keys(postings: list[ExtractedPosting], *, document: str) -> list[str]:
    """A stable key per posting: the source's id when it has one, else what identifies the role.

    Identical identities within a document (the same role in two places) are numbered in order,
    so a re-import maps each onto the same row and a changed description updates in place.
    """
    seen: Counter = Counter()
    keys = []
    for posting in postings:
        source = getattr(posting, "source_document", "") or Path(document).name
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


def upsert_posting(
    *, extracted: ExtractedPosting, import_key: str, document: str, as_of: datetime
) -> tuple[str, Posting]:
    """Create or update the posting with this key; an unchanged extraction leaves it untouched.

    Leaving unchanged postings alone is what keeps a recruiter's admin edits when the same
    document is imported again.
    """
    content_hash = _digest(extracted.as_dict())
    existing = Posting.objects.filter(import_key=import_key).first()
    if existing and existing.content_hash == content_hash:
        return UNCHANGED, existing
    posting = existing or Posting(import_key=import_key)
    _apply(posting, extracted, document=document, as_of=as_of)
    posting.content_hash = content_hash
    if existing:
        posting.save()
        outcome = UPDATED
    else:
        posting.slug = unique_slug(posting.title, posting.company.name, salt=import_key)
        try:
            with transaction.atomic():
                posting.save()
        except IntegrityError:
            # Another import created the same posting since we looked: update theirs instead.
            return upsert_posting(
                extracted=extracted, import_key=import_key, document=document, as_of=as_of
            )
        outcome = CREATED
    posting.locations.set([get_or_create_location(loc) for loc in extracted.locations])
    posting.research_areas.set(get_research_areas(slugs=areas_of(extracted)))
    return outcome, posting


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
    posting.title = extracted.title[:300]
    posting.company = get_or_create_company(name=extracted.company)
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
    posting.posted_on = extracted.posted_on or posting.posted_on or as_of.date()
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
    posting.source_document = (getattr(extracted, "source_document", "") or Path(document).name)[
        :255
    ]


def get_or_create_company(*, name: str) -> Company:
    name = " ".join(name.split())[:200]
    company = Company.objects.filter(name__iexact=name).first()
    if company:
        return company
    try:
        with transaction.atomic():
            return Company.objects.create(name=name, slug=unique_slug(name, model=Company))
    except IntegrityError:
        return Company.objects.get(name__iexact=name)


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


def unique_slug(*parts: str, salt: str = "", model: type = Posting) -> str:
    """A readable slug that never changes once given; a short suffix keeps it unique."""
    base = slugify(" ".join(parts))[:80].strip("-") or "item"
    if model is Company and not Company.objects.filter(slug=base).exists():
        return base
    suffix = hashlib.sha256((salt or f"{base}{timezone.now().isoformat()}").encode()).hexdigest()
    for length in (6, 10, 16):
        candidate = f"{base}-{suffix[:length]}"
        if not model.objects.filter(slug=candidate).exists():
            return candidate
    return f"{base}-{suffix}"


@transaction.atomic
def close_postings(*, postings: QuerySet[Posting], at: datetime | None = None) -> int:
    """Close the open ones among these postings; returns how many were closed."""
    return postings.filter(closed_at__isnull=True).update(
        closed_at=at or timezone.now(), updated_at=timezone.now()
    )


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
    from .extract import parse_document

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
