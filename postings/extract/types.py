"""Plain data that every parser returns: no ORM, no Django.

The importer service maps these onto models; parsers never touch the database.
Vocabularies (employment types, arrangements, periods, degrees) are the same
strings the models and the public JSON export use.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

EMPLOYMENT_TYPES = ("internship", "full_time", "part_time", "contract", "temporary")
WORK_ARRANGEMENTS = ("on_site", "hybrid", "remote", "unknown")
PAY_PERIODS = ("hour", "day", "week", "month", "year")
DEGREE_LEVELS = ("bachelors", "masters", "phd")


@dataclass(frozen=True)
class Location:
    """A place, normalised: region is the ISO 3166-2 code without the country prefix."""

    city: str = ""
    region: str = ""  # "VIC", "WA", "KA"; "" when unknown or the country has none
    country: str = ""  # ISO 3166-1 alpha-2, "" when unknown


@dataclass(frozen=True)
class Pay:
    min: Decimal
    max: Decimal
    currency: str  # ISO 4217
    period: str  # one of PAY_PERIODS


@dataclass
class Sections:
    responsibilities: str = ""
    basic_qualifications: str = ""
    preferred_qualifications: str = ""
    benefits: str = ""


@dataclass
class ExtractedPosting:
    title: str
    company: str
    locations: list[Location] = field(default_factory=list)
    description: str = ""  # plain text; paragraphs separated by blank lines, bullets as "- "
    sections: Sections = field(default_factory=Sections)
    employment_types: list[str] = field(default_factory=list)  # subset of EMPLOYMENT_TYPES
    work_arrangement: str = "unknown"
    pay: Pay | None = None
    posted_on: date | None = None
    valid_through: date | None = None
    expired: bool = False  # the source said the role is closed or expired
    degree_levels: list[str] = field(default_factory=list)  # subset of DEGREE_LEVELS
    visa_sponsorship: bool | None = None
    internship_weeks: int | None = None  # shortest stated duration, in weeks
    internship_start: str = ""  # as written: "Jan-March 2026", "Summer 2027"
    apply_url: str = ""
    source_url: str = ""
    external_id: str = ""  # the source's own id, when it has one
    source_document: str = ""  # the original document's name, kept when an export is re-imported

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class Skipped:
    """A posting-like block that could not become a posting, and why."""

    reason: str
    title: str = ""


@dataclass
class ParseResult:
    postings: list[ExtractedPosting] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Why a document yielded nothing, when it did not ("an article with no postings").
    note: str = ""


class DocumentError(ValueError):
    """The document cannot be read at all; the message is a one-line reason for the operator."""
