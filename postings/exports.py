"""Postings out: the project's JSON interchange format, schema.org JobPosting and CSV.

The JSON format is documented in the README; `import_postings` reads it back losslessly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import IO

from django.db.models import QuerySet

from .models import EmploymentType, Posting, WorkArrangement

SCHEMA_EMPLOYMENT_TYPES = {
    EmploymentType.INTERNSHIP: "INTERN",
    EmploymentType.FULL_TIME: "FULL_TIME",
    EmploymentType.PART_TIME: "PART_TIME",
    EmploymentType.CONTRACT: "CONTRACTOR",
    EmploymentType.TEMPORARY: "TEMPORARY",
}
SCHEMA_CREDENTIALS = {
    "bachelors": "bachelor degree",
    "masters": "postgraduate degree",
    "phd": "postgraduate degree",
}
CSV_COLUMNS = [
    "title", "company", "locations", "employment_types", "work_arrangement", "pay_min", "pay_max",
    "pay_currency", "pay_period", "posted_at", "valid_through", "status", "degree_levels",
    "visa_sponsorship", "apply_url", "source_document", "source_url", "description",
]  # fmt: skip
# Spreadsheet programs run cells starting with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def postings_for_export(queryset: QuerySet[Posting] | None = None) -> Iterator[Posting]:
    queryset = queryset if queryset is not None else Posting.objects.all()
    return queryset.with_related().with_status().order_by("id").iterator(chunk_size=2000)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _visa(posting: Posting) -> bool | None:
    return {"yes": True, "no": False}.get(posting.visa_sponsorship)


def to_json(posting: Posting) -> dict:
    pay = None
    if posting.has_pay:
        pay = {
            "min": _number(posting.pay_min),
            "max": _number(posting.pay_max),
            "currency": posting.pay_currency,
            "period": posting.pay_period,
        }
    return {
        "title": posting.title,
        "company": posting.company.name,
        "locations": [
            {"city": loc.city or None, "region": loc.region or None, "country": loc.country or None}
            for loc in posting.locations.all()
        ],
        "employment_types": posting.employment_types,
        "work_arrangement": posting.work_arrangement,
        "pay": pay,
        "posted_at": posting.posted_on.isoformat() if posting.posted_on else None,
        "valid_through": posting.valid_through.isoformat() if posting.valid_through else None,
        "status": "open" if posting.is_open else "expired",
        "degree_levels": posting.degree_levels,
        "visa_sponsorship": _visa(posting),
        "description": posting.description,
        "apply_url": posting.apply_url or None,
        "source": {"document": posting.source_document, "url": posting.source_url or None},
    }


def to_jsonld(posting: Posting, *, url: str = "") -> dict:
    """schema.org JobPosting with the properties Google requires and recommends."""
    data: dict = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": posting.title,
        "description": posting.description,
        "datePosted": posting.posted_on.isoformat(),
        "hiringOrganization": {"@type": "Organization", "name": posting.company.name},
        "employmentType": [SCHEMA_EMPLOYMENT_TYPES[t] for t in posting.employment_types],
        "identifier": {
            "@type": "PropertyValue",
            "name": posting.company.name,
            "value": posting.external_id or posting.slug,
        },
        "directApply": False,
        "jobLocation": [
            {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    **({"addressLocality": loc.city} if loc.city else {}),
                    **({"addressRegion": loc.region} if loc.region else {}),
                    **({"addressCountry": loc.country} if loc.country else {}),
                },
            }
            for loc in posting.locations.all()
        ],
    }
    if url:
        data["url"] = url
    if posting.company.website:
        data["hiringOrganization"]["sameAs"] = posting.company.website
    if posting.valid_through:
        data["validThrough"] = posting.valid_through.isoformat()
    if posting.work_arrangement == WorkArrangement.REMOTE:
        data["jobLocationType"] = "TELECOMMUTE"
        countries = sorted({loc.country for loc in posting.locations.all() if loc.country})
        data["applicantLocationRequirements"] = [{"@type": "Country", "name": c} for c in countries]
    if posting.has_pay:
        data["baseSalary"] = {
            "@type": "MonetaryAmount",
            "currency": posting.pay_currency,
            "value": {
                "@type": "QuantitativeValue",
                "minValue": _number(posting.pay_min),
                "maxValue": _number(posting.pay_max),
                "unitText": posting.pay_period.upper(),
            },
        }
    credentials = sorted({SCHEMA_CREDENTIALS[level] for level in posting.degree_levels})
    if credentials:
        data["educationRequirements"] = [
            {"@type": "EducationalOccupationalCredential", "credentialCategory": c}
            for c in credentials
        ]
    return data


def neutralise_formula(value: str) -> str:
    return f"'{value}" if value.startswith(FORMULA_PREFIXES) else value


def write_csv(postings: Iterable[Posting], stream: IO[str]) -> None:
    writer = csv.writer(stream)
    writer.writerow(CSV_COLUMNS)
    for posting in postings:
        row = to_json(posting)
        pay = row["pay"] or {}
        cells = {
            **row,
            "locations": "; ".join(str(loc) for loc in posting.locations.all()),
            "employment_types": ", ".join(row["employment_types"]),
            "degree_levels": ", ".join(row["degree_levels"]),
            "pay_min": pay.get("min"),
            "pay_max": pay.get("max"),
            "pay_currency": pay.get("currency"),
            "pay_period": pay.get("period"),
            "source_document": row["source"]["document"],
            "source_url": row["source"]["url"],
        }
        writer.writerow(
            neutralise_formula("" if cells[c] is None else str(cells[c])) for c in CSV_COLUMNS
        )
