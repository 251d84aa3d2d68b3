"""The list page's filters. Parameter names are a public contract: shared links and feeds use them."""

from __future__ import annotations

import copy
from datetime import timedelta
from decimal import Decimal
from functools import cache

import django_filters
import pycountry
from django import forms
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from .cleaning import single_line
from .extract.areas import AREA_CHOICES
from .models import (
    DEGREE_FIELDS,
    EMPLOYMENT_TYPE_FIELDS,
    PAY_SORT_KEY,
    PERIODS_PER_YEAR,
    DegreeLevel,
    EmploymentType,
    PayPeriod,
    Posting,
    VisaSponsorship,
    WorkArrangement,
)
from .widgets import (
    QuickCheckboxes,
    QuickCheckboxInput,
    QuickNumberInput,
    QuickSelect,
    QuickTextInput,
)

CURRENCY_CHOICES = sorted((c.alpha_3, f"{c.alpha_3} — {c.name}") for c in pycountry.currencies)
COUNTRY_NAMES = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
COUNTRY_CHOICES = sorted(COUNTRY_NAMES.items(), key=lambda c: c[1])


# Callables rather than lists: every request's form deep-copies its fields, and hundreds of
# countries and currencies copied per request were a measurable share of the list page.
def _country_choices() -> list[tuple[str, str]]:
    return COUNTRY_CHOICES


def _currency_choices() -> list[tuple[str, str]]:
    return CURRENCY_CHOICES


SORT_CHOICES = [
    ("relevance", "Relevance"),
    ("newest", "Newest"),
    ("pay", "Highest pay"),
    ("closing", "Closing soon"),
]
SORT_ORDERINGS = {
    "newest": [F("posted_on").desc(), F("id").desc()],
    "pay": [PAY_SORT_KEY.desc(), F("id").desc()],
    "closing": [F("valid_through").asc(nulls_last=True), F("posted_on").desc(), F("id").desc()],
}
ENROLMENT_CHOICES = [
    ("required", "Must be enrolled as a student"),
    ("not_required", "Open to non-students"),
]
# Keyword search ranks on PostgreSQL; elsewhere relevance falls back to newest first.
SORT_ORDERINGS["relevance"] = SORT_ORDERINGS["newest"]


class SingleLineField(forms.CharField):
    widget = QuickTextInput

    def to_python(self, value):
        # Search words end up in feed titles and calendars, where control characters are invalid.
        return single_line(super().to_python(value))


class SingleLineFilter(django_filters.CharFilter):
    field_class = SingleLineField


class PostingFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("pay_min") is not None and not cleaned.get("currency"):
            # Amounts in different currencies are never compared silently.
            self.add_error("currency", "Choose the currency of the minimum pay.")
        return cleaned


class PostingFilter(django_filters.FilterSet):
    # Applied in filter_queryset, after the filters that narrow the board cheaply.
    q = SingleLineFilter(label="Keywords", method="filter_nothing", max_length=200, strip=True)
    country = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label="Country",
        choices=_country_choices,
        method="filter_nothing",
        empty_label="Any country",
    )
    region = SingleLineFilter(
        label="Region", method="filter_nothing", max_length=3, help_text="ISO 3166-2 code, e.g. VIC"
    )
    city = SingleLineFilter(label="City", method="filter_nothing", max_length=120)
    company = SingleLineFilter(label="Company", method="filter_nothing", max_length=220)
    type = django_filters.MultipleChoiceFilter(
        label="Employment type",
        choices=EmploymentType.choices,
        method="filter_nothing",
        widget=QuickCheckboxes,
    )
    arrangement = django_filters.MultipleChoiceFilter(
        label="Work arrangement",
        choices=[c for c in WorkArrangement.choices if c[0] != WorkArrangement.UNKNOWN],
        method="filter_nothing",
        widget=QuickCheckboxes,
    )
    area = django_filters.MultipleChoiceFilter(
        label="Research area",
        choices=AREA_CHOICES,
        method="filter_nothing",
        widget=QuickCheckboxes,
    )
    pay_min = django_filters.NumberFilter(
        widget=QuickNumberInput,
        label="Minimum pay",
        method="filter_nothing",
        min_value=0,
        max_value=10**10,
    )
    currency = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label="Currency",
        choices=_currency_choices,
        method="filter_nothing",
        empty_label="Currency",
    )
    period = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label="Per",
        choices=PayPeriod.choices,
        method="filter_nothing",
        empty_label="year",
    )
    degree = django_filters.MultipleChoiceFilter(
        label="Degree",
        choices=DegreeLevel.choices,
        method="filter_nothing",
        widget=QuickCheckboxes,
    )
    posted_within = django_filters.NumberFilter(
        widget=QuickNumberInput,
        label="Posted within (days)",
        method="filter_posted_within",
        min_value=1,
        max_value=3650,
    )
    closing_within = django_filters.NumberFilter(
        widget=QuickNumberInput,
        label="Closing within (days)",
        method="filter_closing_within",
        min_value=0,
        max_value=3650,
    )
    visa = django_filters.BooleanFilter(
        label="Sponsors visas", method="filter_visa", widget=QuickCheckboxInput
    )
    enrolment = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label="Enrolment",
        choices=ENROLMENT_CHOICES,
        method="filter_enrolment",
        empty_label="Any",
    )
    weeks_min = django_filters.NumberFilter(
        widget=QuickNumberInput,
        label="Internship of at least (weeks)",
        field_name="internship_weeks",
        lookup_expr="gte",
        min_value=1,
        max_value=104,
    )
    weeks_max = django_filters.NumberFilter(
        widget=QuickNumberInput,
        label="Internship of at most (weeks)",
        field_name="internship_weeks",
        lookup_expr="lte",
        min_value=1,
        max_value=104,
    )
    start = django_filters.CharFilter(
        widget=QuickTextInput, label="Start term", method="filter_start", max_length=100, strip=True
    )
    include_expired = django_filters.BooleanFilter(
        label="Include expired roles", method="filter_nothing", widget=QuickCheckboxInput
    )
    sort = django_filters.ChoiceFilter(
        widget=QuickSelect,
        label="Sort by",
        choices=SORT_CHOICES,
        method="filter_nothing",
        empty_label=None,
    )

    class Meta:
        model = Posting
        fields: list[str] = []
        form = PostingFilterForm

    def __init__(self, data=None, *args, **kwargs):
        # Always bound: a bare list URL must still hide expired postings and apply the sort.
        super().__init__(data if data is not None else {}, *args, **kwargs)

    @classmethod
    @cache
    def _form_class(cls) -> type[forms.Form]:
        fields = {name: filter_.field for name, filter_ in cls.base_filters.items()}
        form_class = type(f"{cls.__name__}Form", (cls._meta.form,), fields)
        form_class.base_fields = _FieldsCopiedLightly(form_class.base_fields)
        return form_class

    def get_form_class(self) -> type[forms.Form]:
        """Built once per class: django-filter built its twenty fields anew for every request.
        Each form still has fields of its own (see _FieldsCopiedLightly)."""
        return self._form_class()

    def filter_nothing(self, queryset: QuerySet, name: str, value) -> QuerySet:
        """Parameters that only make sense together are applied in filter_queryset."""
        return queryset

    # Set by expect_many_matches().
    many_matches = False

    def _search(self, queryset: QuerySet) -> QuerySet:
        if not self.keywords:
            return queryset
        newest_first = (self.form.cleaned_data.get("sort") or "newest") in ("newest", "relevance")
        return queryset.search(self.keywords, many=self.many_matches and newest_first)

    @property
    def facet_sample_qs(self) -> QuerySet:
        """The matches of the keywords and the filters but the facets, in no particular order:
        what a search's facet sample counts (see facets._count_sample)."""
        if not self.keywords:
            return self.unfaceted_qs
        return self._unsearched_qs.search(self.keywords, any_order=True)

    def expect_many_matches(self) -> QuerySet:
        """The results again, filtered in the way that suits keywords matching many postings."""
        self.many_matches = True
        del self._qs
        return self.qs

    def filter_posted_within(self, queryset: QuerySet, name: str, value: Decimal) -> QuerySet:
        return queryset.filter(posted_on__gte=timezone.localdate() - timedelta(days=int(value)))

    def filter_closing_within(self, queryset: QuerySet, name: str, value: Decimal) -> QuerySet:
        today = timezone.localdate()
        return queryset.filter(
            valid_through__gte=today, valid_through__lte=today + timedelta(days=int(value))
        )

    def filter_visa(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.filter(visa_sponsorship=VisaSponsorship.YES) if value else queryset

    def filter_enrolment(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(enrolment_required=value == "required")

    def filter_start(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Every word must appear in the start as written: "summer 2027", "2027"."""
        for word in value.split():
            queryset = queryset.filter(internship_start__icontains=word)
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        # Only valid fields reach cleaned_data, so one bad value does not discard the others.
        data = self.form.cleaned_data
        queryset = super().filter_queryset(queryset)
        queryset = queryset.published() if data.get("include_expired") else queryset.open()
        queryset = _filter_place(queryset, data.get("region"), data.get("city"))
        queryset = _filter_pay(queryset, data)
        self._unsearched_qs = queryset
        queryset = self._search(queryset)
        # Facets count over this queryset, each ignoring its own selection.
        self.unfaceted_qs = queryset
        self.facet_conditions = facet_conditions(data)
        for condition in self.facet_conditions.values():
            queryset = queryset.filter(condition)
        return queryset.order_by(*SORT_ORDERINGS[data.get("sort") or "newest"])

    @property
    def browse_selections(self) -> tuple | None:
        """The facet selections when they are all that narrows the open board (no keyword, no
        other filter; () for the whole board), else None."""
        data = self.form.cleaned_data
        chosen = {name: value for name, value in data.items() if value not in (None, "", [], False)}
        if any(name not in FACETED and name != "sort" for name in chosen):
            return None
        return tuple(
            (name, tuple(value) if isinstance(value, list) else value)
            for name, value in sorted(chosen.items())
            if name in FACETED
        )

    @property
    def keywords(self) -> str:
        return self.form.cleaned_data.get("q") or ""

    @property
    def wants_relevance(self) -> bool:
        return bool(self.keywords) and self.form.cleaned_data.get("sort") in ("", None, "relevance")


class _FiltersCopiedLightly(dict):
    """A FilterSet's filters, which django-filter deep-copies for every request (a seventh of the
    list page's time). Their choices, widgets and labels never change per request, so each filter
    is copied shallowly instead, with its own extra arguments and its method bound to the copy."""

    def __deepcopy__(self, memo) -> dict:
        return {name: _copied_filter(filter_) for name, filter_ in self.items()}


def _copied_filter(filter_: django_filters.Filter) -> django_filters.Filter:
    copied = copy.copy(filter_)
    copied.extra = dict(filter_.extra)
    if filter_.method is not None:
        # Setting it again binds a new FilterMethod to the copy, which finds the copy's parent.
        copied.method = filter_.method
    return copied


class _FieldsCopiedLightly(dict):
    """A form's fields, which every Django form deep-copies when it is made (a tenth of the list
    page's time here, mostly choices and widgets). Choices never change per request; what a form
    may change on its own fields (widget attributes, error messages, validators) is copied."""

    def __deepcopy__(self, memo) -> dict:
        return {name: _copied_field(field) for name, field in self.items()}


def _copied_field(field: forms.Field) -> forms.Field:
    copied = copy.copy(field)
    copied.widget = copy.copy(field.widget)
    copied.widget.attrs = dict(field.widget.attrs)
    copied.error_messages = dict(field.error_messages)
    copied.validators = list(field.validators)
    return copied


PostingFilter.base_filters = _FiltersCopiedLightly(PostingFilter.base_filters)

FACETED = frozenset({"type", "degree", "arrangement", "company", "area", "country"})


def facet_conditions(data: dict) -> dict[str, Q]:
    """The condition each faceted parameter adds, keyed by parameter name."""
    conditions = {}
    if data.get("type"):
        conditions["type"] = _any_flag(EMPLOYMENT_TYPE_FIELDS, data["type"])
    if data.get("degree"):
        conditions["degree"] = _any_flag(DEGREE_FIELDS, data["degree"])
    if data.get("arrangement"):
        conditions["arrangement"] = Q(work_arrangement__in=data["arrangement"])
    if data.get("company"):
        conditions["company"] = Q(company__slug=data["company"])
    if data.get("area"):
        tagged = Posting.research_areas.through.objects.filter(researcharea__slug__in=data["area"])
        conditions["area"] = Q(pk__in=tagged.values("posting_id"))
    if data.get("country"):
        # Country, region and city must hold for the same location of the posting.
        place = _place_lookups(data.get("region"), data.get("city"))
        conditions["country"] = _place_matches(location__country=data["country"], **place)
    return conditions


def _any_flag(fields: dict[str, str], values: list[str]) -> Q:
    condition = Q()
    for value in values:
        condition |= Q(**{fields[value]: True})
    return condition


def _place_matches(**lookups) -> Q:
    # An uncorrelated IN runs once as a hashed set; a correlated EXISTS would run once per row
    # inside every facet count.
    return Q(pk__in=Posting.locations.through.objects.filter(**lookups).values("posting_id"))


def _place_lookups(region: str | None, city: str | None) -> dict[str, str]:
    lookups = {}
    if region:
        lookups["location__region__iexact"] = region
    if city:
        lookups["location__city__iexact"] = city
    return lookups


def _filter_place(queryset: QuerySet, region: str | None, city: str | None) -> QuerySet:
    lookups = _place_lookups(region, city)
    return queryset.filter(_place_matches(**lookups)) if lookups else queryset


def _filter_pay(queryset: QuerySet, data: dict) -> QuerySet:
    amount, currency = data.get("pay_min"), data.get("currency")
    if amount is None or not currency:
        return queryset
    yearly = amount * PERIODS_PER_YEAR[data.get("period") or PayPeriod.YEAR]
    # A range qualifies when its top reaches the asked-for minimum.
    return queryset.filter(pay_currency=currency, pay_annual_max__gte=yearly)
