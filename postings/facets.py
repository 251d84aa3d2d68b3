"""Counts for the filter sidebar.

Each facet counts over the current search and filters but ignores its own selection (as
amazon.jobs and LinkedIn do), so choosing "internship" still shows how many full-time roles
there are. Three queries in all: one conditional aggregate for the flag-like facets, one
GROUP BY for countries and one for the top companies.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from .extract.areas import AREA_CHOICES
from .filters import COUNTRY_NAMES, PostingFilter
from .models import (
    DEGREE_FIELDS,
    EMPLOYMENT_TYPE_FIELDS,
    DegreeLevel,
    EmploymentType,
    Posting,
    WorkArrangement,
)

AREA_LINKS = Posting.research_areas.through.objects
TOP_COMPANIES = 10
TOP_COUNTRIES = 12


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


def _others(conditions: dict[str, Q], facet: str, among: Collection[str] | None = None) -> Q:
    """Every selection but the facet's own (only those named in `among`, when given)."""
    combined = Q()
    for name, condition in conditions.items():
        if name != facet and (among is None or name in among):
            combined &= condition
    return combined


@dataclass
class Facets:
    values: dict[str, list[FacetValue]]
    total: int  # postings matching every filter: the result count, for free


def facet_counts(filterset: PostingFilter) -> Facets:
    conditions = filterset.facet_conditions
    base: QuerySet = filterset.unfaceted_qs.order_by()
    data = filterset.form.cleaned_data
    flag_facets = {
        "type": {value: Q(**{field: True}) for value, field in EMPLOYMENT_TYPE_FIELDS.items()},
        "degree": {value: Q(**{field: True}) for value, field in DEGREE_FIELDS.items()},
        "arrangement": {
            value: Q(work_arrangement=value)
            for value in WorkArrangement.values
            if value != WorkArrangement.UNKNOWN
        },
        # The taxonomy is small and fixed, so each area is one more conditional count here
        # rather than a query of its own.
        "area": {
            slug: Q(pk__in=AREA_LINKS.filter(researcharea__slug=slug).values("posting_id"))
            for slug, _ in AREA_CHOICES
        },
    }
    # Selections of the other facets (country, company: subqueries and joins) hold for every count
    # here, so they filter the rows once; only the cheap column tests vary per count.
    aggregates = {
        f"{facet}__{value}": Count("id", filter=condition & _others(conditions, facet, flag_facets))
        for facet, values in flag_facets.items()
        for value, condition in values.items()
    }
    aggregates["total"] = Count("id", filter=_others(conditions, "", flag_facets))
    rest = [c for name, c in conditions.items() if name not in flag_facets]
    totals = base.filter(*rest).aggregate(**aggregates)
    labels = {
        "type": dict(EmploymentType.choices),
        "degree": dict(DegreeLevel.choices),
        "arrangement": dict(WorkArrangement.choices),
        "area": dict(AREA_CHOICES),
    }
    facets = {
        facet: [
            FacetValue(
                value=value,
                label=labels[facet][value],
                count=totals[f"{facet}__{value}"],
                selected=value in (data.get(facet) or []),
            )
            for value in values
        ]
        for facet, values in flag_facets.items()
    }
    facets["country"] = _country_facet(base.filter(_others(conditions, "country")), data)
    facets["company"] = _company_facet(base.filter(_others(conditions, "company")), data)
    return Facets(values=facets, total=totals["total"])


def _country_facet(postings: QuerySet, data: dict) -> list[FacetValue]:
    links = Posting.locations.through.objects.filter(posting__in=postings.values("pk"))
    rows = (
        links.exclude(location__country="")
        .values("location__country")
        .annotate(count=Count("posting", distinct=True))
        .order_by("-count", "location__country")[:TOP_COUNTRIES]
    )
    return [
        FacetValue(
            value=row["location__country"],
            label=COUNTRY_NAMES.get(row["location__country"], row["location__country"]),
            count=row["count"],
            selected=row["location__country"] == data.get("country"),
        )
        for row in rows
    ]


def _company_facet(postings: QuerySet, data: dict) -> list[FacetValue]:
    rows = (
        postings.values("company__slug", "company__name")
        .annotate(count=Count("id"))
        .order_by("-count", "company__name")[:TOP_COMPANIES]
    )
    return [
        FacetValue(
            value=row["company__slug"],
            label=row["company__name"],
            count=row["count"],
            selected=row["company__slug"] == data.get("company"),
        )
        for row in rows
    ]
