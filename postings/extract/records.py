"""Generic job records (CSV rows, non-schema.org JSON objects) to postings.

Fields are found by their key's name, whatever the source calls them: "Job Title",
"job_title" and "jobTitle" all mean title. The value helpers here (dates, countries,
pay amounts, vocabulary found in text) are shared with the JSON-LD mapper.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import urlsplit

import pycountry

from postings.extract.dates import parse_date
from postings.extract.html import inline_text, safe_url, to_text
from postings.extract.locations import find_locations, parse_location
from postings.extract.pay import parse_pay
from postings.extract.sections import split_sections
from postings.extract.types import ExtractedPosting, Location, Pay, Sections, Skipped
from postings.extract.vocab import (
    degree_levels,
    employment_types,
    internship_start,
    internship_weeks,
    visa_sponsorship,
    work_arrangement,
)

# Field -> the key names that mean it, best first: when a record has several
# ("location" and "city"), the earlier name wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "job title", "position", "position title", "role", "job name", "name"),
    "company": (
        "company",
        "company name",
        "employer",
        "organization",
        "organisation",
        "hiring organization",
        "hiring organisation",
    ),
    "location": ("location", "job location", "locations"),
    "city": ("city",),
    "region": ("state", "region", "province"),
    "country": ("country", "country code"),
    "remote": ("remote", "is remote"),
    "workplace": ("workplace type", "work arrangement", "remote type", "workplace", "work model"),
    "salary": ("salary", "salary estimate", "salary range", "pay", "compensation"),
    "salary_min": ("salary min", "min salary", "minimum salary"),
    "salary_max": ("salary max", "max salary", "maximum salary"),
    "currency": ("currency", "salary currency"),
    "posted": (
        "posted",
        "date posted",
        "posted date",
        "posted at",
        "date published",
        "published",
        "date",
        "created",
        "created at",
        "epoch",
        "time",
        "first published",
        "published at",
        "updated at",
    ),
    "valid_through": (
        "valid through",
        "deadline",
        "application deadline",
        "closing date",
        "expires",
        "expiry date",
    ),
    "description": ("description", "job description", "text", "body", "content"),
    "responsibilities": ("responsibilities", "key responsibilities"),
    "basic_qualifications": (
        "minimum qualifications",
        "basic qualifications",
        "requirements",
        "qualifications",
    ),
    "preferred_qualifications": ("preferred qualifications",),
    "benefits": ("benefits",),
    "apply_url": ("apply url", "apply link", "application url", "apply", "url next step"),
    "source_url": ("url", "link", "job url", "permalink", "absolute url", "hosted url"),
    "external_id": ("id", "job id", "requisition id"),
    "employment_type": ("employment type", "job type", "type", "job schedule type", "schedule"),
}
_FIELD_AND_RANK = {
    alias: (field, rank)
    for field, aliases in FIELD_ALIASES.items()
    for rank, alias in enumerate(aliases)
}
# A record with none of these is not a job (a feed's legal notice, a page cursor) and is passed over.
_JOB_FIELDS = frozenset({"title", "company", "description", "location", "city"})
_SECTION_FIELDS = (
    "responsibilities",
    "basic_qualifications",
    "preferred_qualifications",
    "benefits",
)
_MISSING = frozenset({"", "-1", "n/a", "na", "nan", "none", "null", "not provided"})
_TRUE = frozenset({"true", "yes", "y", "1"})

_KEY_SEPARATORS = re.compile(r"[\s_.\-]+")
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TRAILING_RATING = re.compile(r"\s*\n\s*\d(?:\.\d+)?\s*$")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Common forms parsed without dateparser, which is far too slow per record.
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y%m%d")
_PAY_PERIODS = {
    "HOUR": "hour",
    "HOURLY": "hour",
    "DAY": "day",
    "DAILY": "day",
    "WEEK": "week",
    "WEEKLY": "week",
    "MONTH": "month",
    "MONTHLY": "month",
    "YEAR": "year",
    "YEARLY": "year",
    "ANNUAL": "year",
    "ANNUALLY": "year",
}
# Below this a bare amount without a stated period is an hourly rate, not a salary.
_HOURLY_CEILING = 1000


def recognise_columns(
    keys: Iterable[str], columns: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Field name -> the key holding it. `columns` ({"Their Header": "title"}) overrides names."""
    chosen: dict[str, tuple[int, str]] = {}
    overrides = {key: _field_named(field) for key, field in (columns or {}).items()}
    for key in keys:
        if key in overrides:
            field, rank = overrides[key], -1
        else:
            field, rank = _FIELD_AND_RANK.get(normalise_key(key), (None, 0))
        if field and (field not in chosen or rank < chosen[field][0]):
            chosen[field] = (rank, key)
    return {field: key for field, (_, key) in chosen.items()}


@lru_cache(maxsize=1024)
def normalise_key(key: str) -> str:
    """ "Job_Title", "job-title" and "jobTitle" -> "job title"."""
    return _KEY_SEPARATORS.sub(" ", _CAMEL_HUMP.sub(" ", key)).strip().lower()


def _field_named(name: str) -> str:
    if name in FIELD_ALIASES:
        return name
    if found := _FIELD_AND_RANK.get(normalise_key(name)):
        return found[0]
    raise ValueError(f"unknown field {name!r} in the column mapping")


def posting_from_record(
    record: Mapping[str, object],
    *,
    as_of: datetime,
    columns: Mapping[str, str] | None = None,
) -> ExtractedPosting | Skipped | None:
    """A JSON object as a posting; None when it is not a job record at all."""
    record = _with_ats_fields(record)
    return posting_from_fields(record, recognise_columns(record, columns), as_of=as_of)


def _with_ats_fields(record: Mapping[str, object]) -> Mapping[str, object]:
    """Fields an ATS nests, lifted to where names find them: Greenhouse's "metadata" list of
    {"name": "Employment Type", "value": "Full-time"} and its "pay_input_ranges" in cents."""
    metadata = record.get("metadata")
    ranges = record.get("pay_input_ranges")
    if not isinstance(metadata, list) and not isinstance(ranges, list):
        return record
    lifted: dict[str, object] = {}
    for item in metadata if isinstance(metadata, list) else []:
        if isinstance(item, Mapping) and isinstance(item.get("name"), str):
            lifted.setdefault(item["name"], item.get("value"))
    pay = next((r for r in ranges or [] if isinstance(r, Mapping) and "min_cents" in r), None)
    if pay is not None:
        try:
            lifted["salary min"] = int(pay["min_cents"]) / 100
            lifted["salary max"] = int(pay.get("max_cents") or pay["min_cents"]) / 100
        except (TypeError, ValueError):
            pass
        else:
            lifted["currency"] = pay.get("currency_type") or ""
    return {**lifted, **record}


def posting_from_fields(
    record: Mapping[str, object], fields: Mapping[str, str], *, as_of: datetime
) -> ExtractedPosting | Skipped | None:
    """A record whose columns are already recognised (a CSV row): a posting, a skip, or None."""
    if not fields.keys() & _JOB_FIELDS:
        return None

    def value(field: str) -> object:
        return record.get(fields[field]) if field in fields else None

    def text(field: str) -> str:
        return as_text(value(field))

    source_url = safe_url(text("source_url"))
    apply_url = safe_url(text("apply_url")) or source_url
    title = inline_text(text("title"))
    company = inline_text(_TRAILING_RATING.sub("", text("company"))) or _careers_site_owner(
        apply_url
    )
    if not title or not company:
        return Skipped(
            reason=_missing_reason(title, company, text("description")), title=title or company
        )

    description, sections = split_sections(to_text(text("description")))
    for field in _SECTION_FIELDS:
        if cell := text(field):
            setattr(sections, field, _section_text(cell, field))
    locations = _locations(value, text)
    country = locations[0].country if locations else ""
    posting = ExtractedPosting(
        title=title,
        company=company,
        locations=locations,
        description=description,
        sections=sections,
        employment_types=employment_types(text("employment_type")),
        work_arrangement="remote"
        if text("remote").lower() in _TRUE
        else work_arrangement(text("workplace")),
        pay=_pay(text, country),
        posted_on=coerce_date(value("posted"), as_of=as_of),
        valid_through=coerce_date(value("valid_through"), as_of=as_of),
        apply_url=apply_url,
        source_url=source_url,
        external_id=text("external_id"),
    )
    if posting.work_arrangement == "unknown":
        posting.work_arrangement = work_arrangement(text("location"))
    enrich_from_text(posting)
    return posting


def as_text(value: object) -> str:
    """A cell or JSON value as text; "" for the many ways sources write "missing"."""
    if isinstance(value, str):
        text = value.strip()
    elif value is None or value is False:
        text = ""
    elif value is True:
        text = "true"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))  # 350700.0 is the amount 350700, not a string with a ".0"
    elif isinstance(value, int | float):
        text = str(value)
    elif isinstance(value, Mapping):
        text = as_text(
            value.get("name") or value.get("title") or value.get("label") or value.get("value")
        )
    elif isinstance(value, list):
        text = "\n".join(filter(None, map(as_text, value)))
    else:
        text = ""
    return "" if text.lower() in _MISSING else text


def _careers_site_owner(url: str) -> str:
    """The employer whose own careers site the URL is on ("amazon.jobs", "careers.google.com").

    Only these two shapes: the .jobs domain is reserved for employers, and a "careers."
    host is the employer's own, whereas shared job boards and applicant-tracking
    systems ("jobs.lever.co", "boards.greenhouse.io") name only themselves.
    """
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    labels = host.split(".")
    if len(labels) == 2 and labels[1] == "jobs":
        return labels[0].capitalize()
    if len(labels) >= 3 and labels[0] == "careers":
        return labels[1].capitalize()
    # An applicant-tracking system's board names the employer first in its path
    # ("boards.greenhouse.io/stripe/jobs/123", "jobs.lever.co/helsing/...").
    board = next((part for part in parts.path.split("/") if part), "")
    if host in _ATS_BOARD_HOSTS and re.fullmatch(r"[a-z][a-z0-9-]{1,40}", board):
        return board.replace("-", " ").title()
    return ""


_ATS_BOARD_HOSTS = frozenset(
    {
        *("boards.greenhouse.io", "job-boards.greenhouse.io", "jobs.lever.co"),
        *("jobs.ashbyhq.com", "apply.workable.com", "jobs.smartrecruiters.com"),
    }
)


def _missing_reason(title: str, company: str, description: str) -> str:
    if title:
        return "no company"
    if company:
        return "no job title"
    if description:
        # Free text such as a "Who is hiring?" comment: its header line is not reliably fielded.
        return "free text with no job title or company field"
    return "no job title or company"


def _section_text(cell: str, field: str) -> str:
    """A section column's text, without the heading it may repeat ("BASIC QUALIFICATIONS - ...")."""
    cleaned, found = split_sections(to_text(cell))
    return getattr(found, field) or cleaned


def _locations(value: Callable[[str], object], text: Callable[[str], str]) -> list[Location]:
    def place(field: str) -> str:
        return to_text(text(field))

    country = country_code(place("country"))
    located = value("location")
    if isinstance(located, list) and all(isinstance(item, Mapping) for item in located):
        return [loc for item in located if (loc := _location_from_parts(item, country))]
    if found := find_locations(place("location"), default_country=country):
        return found
    city_and_region = ", ".join(filter(None, (place("city"), place("region"))))
    if city_and_region and (found := parse_location(city_and_region, default_country=country)):
        return [found]
    return [Location(country=country)] if country else []


def _location_from_parts(parts: Mapping[str, object], country: str) -> Location | None:
    fields = recognise_columns(parts)

    def place(field: str) -> str:
        return inline_text(as_text(parts.get(fields.get(field, ""))))

    country = country_code(place("country")) or country
    city_and_region = ", ".join(filter(None, (place("city") or place("location"), place("region"))))
    if not city_and_region:
        return None
    return parse_location(city_and_region, default_country=country)


def _pay(text: Callable[[str], str], country: str) -> Pay | None:
    if salary := text("salary"):
        return parse_pay(salary, country=country)
    # Feeds that give bare amounts without a currency (Remote OK) quote US dollars.
    return pay_from_amounts(
        text("salary_min"), text("salary_max"), currency=text("currency") or "USD", unit=""
    )


def pay_from_amounts(low: object, high: object, *, currency: str, unit: str) -> Pay | None:
    """A Pay from a structured range; a zero or missing end takes the other end's value."""
    low_amount, high_amount = _amount(low), _amount(high)
    if not (low_amount or high_amount) or not currency:
        return None
    low_amount = low_amount or high_amount
    high_amount = high_amount or low_amount
    period = _PAY_PERIODS.get(unit.strip().upper()) or (
        "hour" if high_amount < _HOURLY_CEILING else "year"
    )
    return Pay(
        min=min(low_amount, high_amount),
        max=max(low_amount, high_amount),
        currency=currency.strip().upper(),
        period=period,
    )


def _amount(value: object) -> Decimal | None:
    try:
        amount = Decimal(as_text(value).replace(",", ""))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() and amount > 0 else None


def coerce_date(value: object, *, as_of: datetime) -> date | None:
    """A date from ISO text, unix seconds (or milliseconds), or anything parse_date reads."""
    text = as_text(value)
    if not text:
        return None
    # Unix seconds have had 10 digits since 2001 and milliseconds 13; shorter numbers are no
    # timestamps of job postings ("20260701" is a compact date).
    if text.isdigit() and len(text) >= 10:
        seconds = int(text) / 1000 if len(text) >= 13 else int(text)
        return datetime.fromtimestamp(seconds, UTC).date()
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    text = " ".join(text.split())
    for date_format in _DATE_FORMATS:
        try:
            return datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    return parse_date(text, as_of=as_of)


@lru_cache(maxsize=512)
def country_code(value: str) -> str:
    """ISO 3166-1 alpha-2 for a code (alpha-2 or alpha-3) or an English country name, else ""."""
    value = value.strip()
    if not value:
        return ""
    if value.upper() == "UK":
        return "GB"
    try:
        return pycountry.countries.lookup(value).alpha_2
    except LookupError:
        return ""


def subdivision_code(country: str, name: str) -> str:
    """The ISO 3166-2 code (without the country prefix) for a region's code or name, else ""."""
    key = (
        name.strip()
        .lower()
        .removesuffix(f",{country.lower()}")
        .removesuffix(f", {country.lower()}")
    )
    return _subdivisions(country).get(key, "") if country and key else ""


@lru_cache(maxsize=256)
def _subdivisions(country: str) -> dict[str, str]:
    index = {}
    for subdivision in pycountry.subdivisions.get(country_code=country) or ():
        code = subdivision.code.split("-", 1)[1]
        index[subdivision.name.lower()] = code
        index[code.lower()] = code
    return index


# A currency or a pay word: most descriptions without one state no pay, and skip the scan.
# Plain substring tests: a case-insensitive alternation over a description costs more than
# the scan it would spare.
_CURRENCY_MARKS = ("$", "€", "£", "₹", "¥", "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "INR")
_PAY_WORDS = (
    *("salar", "compensation", "wage", "gehalt", "vergütung", "salaire", "rémunération"),
    *("sueldo", "retribuzione", "stipendio", "salaris", "per hour", "an hour"),
)


def _may_state_pay(text: str) -> bool:
    if any(mark in text for mark in _CURRENCY_MARKS):
        return True
    lowered = text.lower()
    return any(word in lowered for word in _PAY_WORDS)


def enrich_from_text(posting: ExtractedPosting) -> None:
    """Fill what the structured fields left unsaid from the title, description and sections."""
    text = "\n".join((posting.title, posting.description, *_section_values(posting.sections)))
    if not posting.employment_types:
        posting.employment_types = employment_types(text)
    if posting.work_arrangement == "unknown":
        posting.work_arrangement = work_arrangement(text)
    if not posting.degree_levels:
        posting.degree_levels = degree_levels(text)
    if posting.visa_sponsorship is None:
        posting.visa_sponsorship = visa_sponsorship(text)
    if posting.pay is None and _may_state_pay(text):
        # Pay stated only in the text: "Salary: $60,000 - $70,000 per year".
        country = posting.locations[0].country if posting.locations else ""
        posting.pay = parse_pay(text, country=country, stated=True)
    # Durations and start dates of other roles ("a 6-month contract") are not internship terms.
    if "internship" in posting.employment_types:
        posting.internship_weeks = posting.internship_weeks or internship_weeks(text)
        posting.internship_start = posting.internship_start or internship_start(text)


def _section_values(sections: Sections) -> tuple[str, ...]:
    return tuple(getattr(sections, field) for field in _SECTION_FIELDS)
