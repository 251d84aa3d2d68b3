"""The list page's filters. Parameter names are a public contract: shared links and feeds use them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import django_filters
import pycountry
from django import forms
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from .models import (
    DEGREE_FIELDS,
    EMPLOYMENT_TYPE_FIELDS,
    PERIODS_PER_YEAR,
    DegreeLevel,
    EmploymentType,
    PayPeriod,
    Posting,
    WorkArrangement,
)

CURRENCY_CHOICES = sorted((c.alpha_3, f"{c.alpha_3} — {c.name}") for c in pycountry.currencies)
COUNTRY_CHOICES = sorted(((c.alpha_2, c.name) for c in pycountry.countries), key=lambda c: c[1])
SORT_CHOICES = [
    ("relevance", "Relevance"),
    ("newest", "Newest"),
    ("pay", "Highest pay"),
    ("closing", "Closing soon"),
]
SORT_ORDERINGS = {
    "newest": [F("posted_on").desc(), F("id").desc()],
    "pay": [F("pay_annual_max").desc(nulls_last=True), F("posted_on").desc(), F("id").desc()],
    "closing": [F("valid_through").asc(nulls_last=True), F("posted_on").desc(), F("id").desc()],
}
# Keyword search ranks on PostgreSQL; elsewhere relevance falls back to newest first.
SORT_ORDERINGS["relevance"] = SORT_ORDERINGS["newest"]


class PostingFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("pay_min") is not None and not cleaned.get("currency"):
            # Amounts in different currencies are never compared silently.
            self.add_error("currency", "Choose the currency of the minimum pay.")
        return cleaned


class PostingFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Keywords", method="filter_keywords", max_length=200, strip=True
    )
    country = django_filters.ChoiceFilter(
        label="Country", choices=COUNTRY_CHOICES, method="filter_nothing", empty_label="Any country"
    )
    region = django_filters.CharFilter(
        label="Region", method="filter_nothing", max_length=3, help_text="ISO 3166-2 code, e.g. VIC"
    )
    city = django_filters.CharFilter(label="City", method="filter_nothing", max_length=120)
    company = django_filters.CharFilter(field_name="company__slug", label="Company", max_length=220)
    type = django_filters.MultipleChoiceFilter(
        label="Employment type", choices=EmploymentType.choices, method="filter_employment_type"
    )
    arrangement = django_filters.MultipleChoiceFilter(
        field_name="work_arrangement",
        label="Work arrangement",
        choices=[c for c in WorkArrangement.choices if c[0] != WorkArrangement.UNKNOWN],
    )
    pay_min = django_filters.NumberFilter(
        label="Minimum pay", method="filter_nothing", min_value=0, max_value=10**10
    )
    currency = django_filters.ChoiceFilter(
        label="Currency", choices=CURRENCY_CHOICES, method="filter_nothing", empty_label="Currency"
    )
    period = django_filters.ChoiceFilter(
        label="Per", choices=PayPeriod.choices, method="filter_nothing", empty_label="year"
    )
    degree = django_filters.MultipleChoiceFilter(
        label="Degree", choices=DegreeLevel.choices, method="filter_degree"
    )
    posted_within = django_filters.NumberFilter(
        label="Posted within (days)", method="filter_posted_within", min_value=1, max_value=3650
    )
    include_expired = django_filters.BooleanFilter(
        label="Include expired roles", method="filter_nothing", widget=forms.CheckboxInput
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by", choices=SORT_CHOICES, method="filter_nothing", empty_label=None
    )

    class Meta:
        model = Posting
        fields: list[str] = []
        form = PostingFilterForm

    def __init__(self, data=None, *args, **kwargs):
        # Always bound: a bare list URL must still hide expired postings and apply the sort.
        super().__init__(data if data is not None else {}, *args, **kwargs)

    def filter_nothing(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Parameters that only make sense together are applied in filter_queryset."""
        return queryset

    def filter_keywords(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.search(value)

    def filter_employment_type(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return queryset.filter(_any_flag(EMPLOYMENT_TYPE_FIELDS, value))

    def filter_degree(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return queryset.filter(_any_flag(DEGREE_FIELDS, value))

    def filter_posted_within(self, queryset: QuerySet, name: str, value: Decimal) -> QuerySet:
        return queryset.filter(posted_on__gte=timezone.localdate() - timedelta(days=int(value)))

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        # Only valid fields reach cleaned_data, so one bad value does not discard the others.
        data = self.form.cleaned_data
        queryset = super().filter_queryset(queryset)
        queryset = queryset.published() if data.get("include_expired") else queryset.open()
        queryset = _filter_place(queryset, data)
        queryset = _filter_pay(queryset, data)
        return queryset.order_by(*SORT_ORDERINGS[data.get("sort") or "newest"])


def _any_flag(fields: dict[str, str], values: list[str]) -> Q:
    condition = Q()
    for value in values:
        condition |= Q(**{fields[value]: True})
    return condition


def _filter_place(queryset: QuerySet, data: dict) -> QuerySet:
    """Country, region and city must all hold for one of the posting's locations."""
    place = {
        lookup: value
        for lookup, value in (
            ("location__country", data.get("country")),
            ("location__region__iexact", data.get("region")),
            ("location__city__iexact", data.get("city")),
        )
        if value
    }
    if not place:
        return queryset
    links = Posting.locations.through.objects.filter(posting=OuterRef("pk"), **place)
    return queryset.filter(Exists(links))


def _filter_pay(queryset: QuerySet, data: dict) -> QuerySet:
    amount, currency = data.get("pay_min"), data.get("currency")
    if amount is None or not currency:
        return queryset
    yearly = amount * PERIODS_PER_YEAR[data.get("period") or PayPeriod.YEAR]
    # A range qualifies when its top reaches the asked-for minimum.
    return queryset.filter(pay_currency=currency, pay_annual_max__gte=yearly)
