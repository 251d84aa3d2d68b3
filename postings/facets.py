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

from collections import Counter, OrderedDict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from django.db.models import Aggregate, CharField, Count, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Concat
from django.utils import timezone

from .board import board_token
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
from .search import matches_from_the_index

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
        token = board_token()
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
    other facets' selections as conditions, so two queries serve them all.
    """
    if sample:
        return _count_sample(filterset)
    conditions = filterset.facet_conditions
    base: QuerySet = filterset.unfaceted_qs.order_by()
    data = filterset.form.cleaned_data
    flag_facets = {
        "type": {value: Q(**{field: True}) for value, field in EMPLOYMENT_TYPE_FIELDS.items()},
        "degree": {value: Q(**{field: True}) for value, field in DEGREE_FIELDS.items()},
        "arrangement": {value: Q(work_arrangement=value) for value in ARRANGEMENTS},
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
    grouped = _grouped_facets(base, conditions)
    return Facets(values=_facet_values(totals, grouped, data), total=totals["total"])


ARRANGEMENTS = [value for value in WorkArrangement.values if value != WorkArrangement.UNKNOWN]
FLAG_FACET_FIELDS = {"type": EMPLOYMENT_TYPE_FIELDS, "degree": DEGREE_FIELDS}
# The facets whose values are a fixed list, in the sidebar's order.
FIXED_FACETS = {
    "type": list(EMPLOYMENT_TYPE_FIELDS),
    "degree": list(DEGREE_FIELDS),
    "arrangement": ARRANGEMENTS,
    "area": [slug for slug, _ in AREA_CHOICES],
}
_SAMPLE_COLUMNS = (
    "pk",
    "work_arrangement",
    "company__slug",
    "company__name",
    *EMPLOYMENT_TYPE_FIELDS.values(),
    *DEGREE_FIELDS.values(),
)
# Where each flag facet's values sit in a sample row, with the key each one is counted under.
_FLAG_KEYS = {
    facet: [(_SAMPLE_COLUMNS.index(field), f"{facet}__{value}") for value, field in fields.items()]
    for facet, fields in FLAG_FACET_FIELDS.items()
}


def _count_sample(filterset: PostingFilter) -> Facets:
    """Counts among the search's first SAMPLE_SIZE + 1 matches, tallied here.

    One query brings the sample's rows with every facet's value, places and research areas
    joined into a string each, and, when the sample is full and facets are selected, the capped
    count of the results. Counting a thousand rows in Python is quicker than building the thirty
    conditional counts of the whole-board aggregate, which cost more to compile than to run.
    """
    data = filterset.form.cleaned_data
    base: QuerySet = filterset.facet_sample_qs.order_by()
    conditions = filterset.facet_conditions.values()
    columns = {"places": _joined_places(), "areas": _joined_areas()}
    if conditions:
        # Only used when the sample is full: it then holds only some of the results.
        columns["capped"] = _capped_count(base.filter(*conditions))
    with matches_from_the_index():
        sample = base.annotate(**columns).values_list(*_SAMPLE_COLUMNS, *columns)
        rows = list(sample[: SAMPLE_SIZE + 1])
    approximate = len(rows) > SAMPLE_SIZE
    ids = [row[0] for row in rows]
    capped_total = rows[0][-1] if approximate and conditions else None
    chosen = _Selections(data)
    # Each facet's "facet__value" keys of the rows it counts, tallied once at the end: a
    # thousand rows cost a few milliseconds this way, several times that row by row.
    counted: list[str] = []
    countries: list[str] = []
    companies: list[tuple[str, str]] = []
    total = 0
    places_at = len(_SAMPLE_COLUMNS)
    for row in rows:
        keys = {
            facet: [key for index, key in columns if row[index]]
            for facet, columns in _FLAG_KEYS.items()
        }
        keys["arrangement"] = [f"arrangement__{row[1]}"]
        joined_areas = row[places_at + 1]
        keys["area"] = (
            [f"area__{slug}" for slug in joined_areas.split(RECORD)] if joined_areas else []
        )
        joined_places = row[places_at]
        places = (
            [place.split(UNIT) for place in joined_places.split(RECORD)] if joined_places else []
        )
        failed = chosen.failed(keys, row[2], places)
        if len(failed) > 1:
            continue  # every facet's count needs all the other selections
        if failed:
            (facet,) = failed
            if facet in keys:
                counted += keys[facet]
            elif facet == "country":
                countries += {place[0] for place in places}
            else:
                companies.append((row[2], row[3]))
            continue
        for facet_keys in keys.values():
            counted += facet_keys
        countries += {place[0] for place in places}
        companies.append((row[2], row[3]))
        total += 1
    totals = Counter(counted)
    totals["total"] = total
    grouped = {
        "country": [{"key": key, "label": "", "count": n} for key, n in Counter(countries).items()],
        "company": [
            {"key": slug, "label": name, "count": n}
            for (slug, name), n in Counter(companies).items()
        ],
    }
    return Facets(
        values=_facet_values(totals, grouped, data),
        total=capped_total if capped_total is not None else total,
        approximate=approximate,
        candidates=None if approximate else ids,
    )


class _Selections:
    """The list's facet selections, tested against one sampled posting's values."""

    def __init__(self, data: dict):
        # Only the facets with a selection: the others pass every posting.
        self.keys = {
            facet: {f"{facet}__{value}" for value in data[facet]}
            for facet in ("type", "degree", "arrangement", "area")
            if data.get(facet)
        }
        self.company = data.get("company") or ""
        self.country = data.get("country") or ""
        # Region and city narrow the selected country's location, as the filter's iexact does.
        self.region = (data.get("region") or "").casefold()
        self.city = (data.get("city") or "").casefold()

    def failed(
        self, keys: dict[str, list[str]], company: str, places: list[list[str]]
    ) -> list[str]:
        """The selected facets the posting is not among."""
        failed = [facet for facet, chosen in self.keys.items() if chosen.isdisjoint(keys[facet])]
        if self.company and company != self.company:
            failed.append("company")
        if self.country and not any(
            country == self.country
            and (not self.region or region.casefold() == self.region)
            and (not self.city or city.casefold() == self.city)
            for country, region, city in places
        ):
            failed.append("country")
        return failed


# Separators of the joined places and areas: control characters no name contains.
UNIT, RECORD = "\x1f", "\x1e"


class _Joined(Aggregate):
    """A group's values as one string, RECORD between them."""

    function = "string_agg"
    output_field = CharField()

    def __init__(self, expression, **extra):
        super().__init__(expression, Value(RECORD), **extra)

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function="group_concat", **extra)


def _joined_places() -> Subquery:
    """Each sampled posting's places as "country UNIT region UNIT city", RECORD between them."""
    place = Concat(
        "location__country", Value(UNIT), "location__region", Value(UNIT), "location__city",
        output_field=CharField(),
    )  # fmt: skip
    return Subquery(
        Posting.locations.through.objects.filter(posting_id=OuterRef("pk"))
        .exclude(location__country="")
        .order_by()
        .values("posting_id")
        .annotate(joined=_Joined(place))
        .values("joined")
    )


def _joined_areas() -> Subquery:
    return Subquery(
        AREA_LINKS.filter(posting_id=OuterRef("pk"))
        .order_by()
        .values("posting_id")
        .annotate(joined=_Joined("researcharea__slug"))
        .values("joined")
    )


def _capped_count(results: QuerySet) -> Subquery:
    """How many `results` there are, up to SAMPLE_SIZE + 1: the same on every row (computed once)."""
    capped = Posting.objects.filter(pk__in=results.values("pk")[: SAMPLE_SIZE + 1])
    return Subquery(
        capped.order_by()
        .annotate(group=Value(1))
        .values("group")
        .annotate(count=Count("id"))
        .values("count")
    )


def _grouped_facets(base: QuerySet, conditions: dict[str, Q]) -> dict[str, list[dict]]:
    """Country and company counts over the whole of `base`: one UNION ALL."""
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
    rows: dict[str, list[dict]] = {"country": [], "company": []}
    for row in countries.union(companies, all=True):
        rows[row["kind"]].append(row)
    return rows


def _facet_values(
    totals: dict[str, int], grouped: dict[str, list[dict]], data: dict
) -> dict[str, list[FacetValue]]:
    """Each facet's values as the sidebar lists them: the fixed ones in order, the top countries
    and companies by count (few groups: a sample's, or the board's, ranked here)."""
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
        for facet, values in FIXED_FACETS.items()
    }
    top_countries = sorted(grouped["country"], key=lambda r: (-r["count"], r["key"]))
    top_companies = sorted(grouped["company"], key=lambda r: (-r["count"], r["label"]))
    facets["country"] = [
        FacetValue(
            value=row["key"],
            label=COUNTRY_NAMES.get(row["key"], row["key"]),
            count=row["count"],
            selected=row["key"] == data.get("country"),
        )
        for row in top_countries[:TOP_COUNTRIES]
    ]
    facets["company"] = [
        FacetValue(
            value=row["key"],
            label=row["label"],
            count=row["count"],
            selected=row["key"] == data.get("company"),
        )
        for row in top_companies[:TOP_COMPANIES]
    ]
    return facets
