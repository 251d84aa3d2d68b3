"""Counts for the filter sidebar.

Each facet counts over the current search and filters but ignores its own selection (as
amazon.jobs and LinkedIn do), so choosing "internship" still shows how many full-time roles
there are. Two queries in all: one conditional aggregate for the flag-like facets, and one
UNION of the country and company counts.

Browsing without keywords (the whole board, the landing page and its pages, or facet selections
alone) asks for the same few counts over and over; they change only with the board or the date, so
each process keeps them, keyed on the database's board token and today's date. Searches count
among a sample of their matches instead (see `_count`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Q, QuerySet, Value
from django.utils import timezone

from .extract.areas import AREA_CHOICES
from .filters import COUNTRY_NAMES, PostingFilter
from .models import (
    DEGREE_FIELDS,
    EMPLOYMENT_TYPE_FIELDS,
    BoardState,
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
    total: int  # postings matching every filter, counted up to SAMPLE_SIZE + 1 when approximate
    approximate: bool = False  # counted among the first matches only: the counts are lower bounds
    # Every match of the search and filters but the facet selections, when the sample held them
    # all: the results are among these ids (see PostingListView.get_list_paginator).
    candidates: list[int] | None = None


# Searches count their facets among their first matches only: counting every match of a
# common word (tens of thousands of rows) made each such page take a third of a second.
SAMPLE_SIZE = 1_000


class _BrowseCounts:
    """Counts of browsing without keywords (the whole board, or facet selections alone) for the
    current board state and day, the most recently used kept: every visitor asks for the same
    few, and each is exact, counted over the whole board."""

    size = 256

    def __init__(self) -> None:
        self.board: tuple[str, date] | None = None
        self.counts: OrderedDict[tuple, Facets] = OrderedDict()

    def get(self, filterset: PostingFilter, selections: tuple) -> Facets:
        token = BoardState.objects.values_list("token", flat=True).first()
        if token is None:  # a flushed database: nothing to key on
            return _count(filterset, sample=False)
        board = (token, timezone.localdate())
        if board != self.board:
            # Older tokens are never current again.
            self.board, self.counts = board, OrderedDict()
        facets = self.counts.get(selections)
        if facets is None:
            facets = self.counts[selections] = _count(filterset, sample=False)
            if len(self.counts) > self.size:
                self.counts.popitem(last=False)
        else:
            self.counts.move_to_end(selections)
        return facets


_browse_counts = _BrowseCounts()


def facet_counts(filterset: PostingFilter) -> Facets:
    selections = filterset.browse_selections
    if selections is None:
        return _count(filterset, sample=True)
    return _browse_counts.get(filterset, selections)


def _count(filterset: PostingFilter, *, sample: bool) -> Facets:
    """Counts over the search's matches, or over its first SAMPLE_SIZE + 1 when `sample`.

    Every facet counts over the same rows (the matches ignoring all facet selections) with the
    other facets' selections as conditions, so two queries serve them all. When the sample is
    full, the counts are lower bounds and the total comes from a capped count of the results.
    """
    conditions = filterset.facet_conditions
    base: QuerySet = filterset.unfaceted_qs.order_by()
    approximate = False
    candidates = None
    if sample:
        # Fetched once: as a subquery, each count below would find the sample again.
        ids = list(base.values_list("pk", flat=True)[: SAMPLE_SIZE + 1])
        approximate = len(ids) > SAMPLE_SIZE
        candidates = None if approximate else ids
        base = Posting.objects.among(ids).order_by()
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
    # A full sample holds only some of the results: their count is then capped instead.
    results = filterset.qs.order_by() if approximate and conditions else None
    grouped, capped_total = _grouped_facets(base, conditions, data, results=results)
    total = totals["total"] if results is None else capped_total
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
    facets |= grouped
    return Facets(values=facets, total=total, approximate=approximate, candidates=candidates)


def _grouped_facets(
    base: QuerySet, conditions: dict[str, Q], data: dict, *, results: QuerySet | None
) -> tuple[dict[str, list[FacetValue]], int]:
    """Country and company counts and, given `results`, how many of those there are up to
    SAMPLE_SIZE + 1: one UNION ALL.

    The groups are few (a sample's, or the board's countries and companies): ranked here.
    """
    parts = []
    if results is not None:
        capped = Posting.objects.filter(pk__in=results.values("pk")[: SAMPLE_SIZE + 1])
        parts.append(
            capped.order_by()
            .annotate(kind=Value("results"), key=Value(""), label=Value(""))
            .values("kind", "key", "label")
            .annotate(count=Count("id"))
        )
    countries = (
        Posting.locations.through.objects.filter(
            posting__in=base.filter(_others(conditions, "country")).values("pk")
        )
        .exclude(location__country="")
        .annotate(kind=Value("country"), key=F("location__country"), label=Value(""))
        .values("kind", "key", "label")
        .annotate(count=Count("posting", distinct=True))
    )
    companies = (
        base.filter(_others(conditions, "company"))
        .annotate(kind=Value("company"), key=F("company__slug"), label=F("company__name"))
        .values("kind", "key", "label")
        .annotate(count=Count("id"))
    )
    rows = {"results": [], "country": [], "company": []}
    for row in countries.union(*parts, companies, all=True):
        rows[row["kind"]].append(row)
    top_countries = sorted(rows["country"], key=lambda r: (-r["count"], r["key"]))[:TOP_COUNTRIES]
    top_companies = sorted(rows["company"], key=lambda r: (-r["count"], r["label"]))[:TOP_COMPANIES]
    facets = {
        "country": [
            FacetValue(
                value=row["key"],
                label=COUNTRY_NAMES.get(row["key"], row["key"]),
                count=row["count"],
                selected=row["key"] == data.get("country"),
            )
            for row in top_countries
        ],
        "company": [
            FacetValue(
                value=row["key"],
                label=row["label"],
                count=row["count"],
                selected=row["key"] == data.get("company"),
            )
            for row in top_companies
        ],
    }
    return facets, sum(row["count"] for row in rows["results"])
