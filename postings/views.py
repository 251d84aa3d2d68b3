from __future__ import annotations

import math

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from .cards import PagePostings, render_cards, similar_cards
from .exports import to_jsonld
from .facets import SAMPLE_SIZE, facet_counts
from .filters import PostingFilter
from .models import Company, Posting

PAGE_SIZE = 25
FACET_HEADINGS = [
    ("type", "Employment type"),
    ("arrangement", "Work arrangement"),
    ("degree", "Degree"),
    ("area", "Research area"),
    ("country", "Country"),
    ("company", "Top companies"),
]


class CappedPaginator(Paginator):
    """Counts at most `cap` matches: a common word over a huge board must not make a page slow."""

    cap = 100_000

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap

    @cached_property
    def num_pages(self) -> int:
        # "More than 1,000 roles" offers the pages of those 1,000, not one more for the +1.
        if self.is_capped:
            return math.ceil(self.cap / self.per_page)
        return super().num_pages

    def page(self, number) -> Page:
        """The page's ids and the board token, read on narrow rows: sorting whole rows
        (descriptions included) to reach page 2,000 would be far slower, and the cards of most
        pages are kept, so their postings need not load at all (see `PagePostings`)."""
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = []
        if self.count:  # known without a query when the facets counted the matches
            found = self.object_list.with_board_token().values_list("pk", "board_token")
            rows = list(found[bottom : bottom + self.per_page])
        return self._get_page(PagePostings(rows), number, self)


class ForgivingPaginationMixin:
    """Out-of-range or malformed page numbers show the nearest page rather than a 404."""

    paginator_class = CappedPaginator
    card_heading = "h2"

    def paginate_queryset(self, queryset: QuerySet, page_size: int):
        paginator = self.get_list_paginator(queryset, page_size)
        page: Page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["cards"] = render_cards(context["page_obj"].object_list, heading=self.card_heading)
        return context

    def get_list_paginator(self, queryset: QuerySet, page_size: int) -> Paginator:
        return self.get_paginator(queryset, page_size)


class PostingListView(ForgivingPaginationMixin, FilterView):
    filterset_class = PostingFilter
    queryset = Posting.objects.for_cards()
    template_name = "postings/posting_list.html"
    paginate_by = PAGE_SIZE
    # Invalid values are reported on the form while the valid ones still filter.
    strict = False

    def get_list_paginator(self, queryset: QuerySet, page_size: int) -> Paginator:
        paginator = self.get_paginator(queryset, page_size)
        # The facet aggregate counts the matches anyway; spare the paginator its own count.
        self.facets = facet_counts(self.filterset)
        paginator.count = self.facets.total
        keywords = self.filterset.keywords
        if self.facets.approximate:
            # Counted only up to the sample: "more than 1,000 roles", and pages to match.
            paginator.cap = SAMPLE_SIZE
            if keywords:
                paginator.object_list = self.filterset.expect_many_matches()
        if keywords and paginator.count == 0:
            fallback = self.get_paginator(self._typo_tolerant(keywords), page_size)
            if fallback.count:
                self.similar_words = True
                # Facets describe the exact matches; over typo-tolerant ones they would mislead.
                self.facets = None
                paginator = fallback
        elif self.filterset.wants_relevance and not self.facets.approximate:
            paginator.object_list = queryset.ranked(keywords)
        if self.facets and self.facets.candidates is not None:
            # The sample held every match: the page is found among those ids. The planner,
            # estimating thousands of matches for a word with three, would otherwise walk the
            # newest-first index through the whole board (9 s at a million postings).
            paginator.object_list = paginator.object_list.among(self.facets.candidates)
        return paginator

    def _typo_tolerant(self, keywords: str) -> QuerySet:
        params = self.request.GET.copy()
        params.pop("q")
        return self.filterset_class(params, queryset=self.get_queryset()).qs.similar_titles(
            keywords
        )

    def get_context_data(self, **kwargs):
        self.similar_words = False
        context = super().get_context_data(**kwargs)
        context["similar_words"] = self.similar_words
        context["facets"] = self.facets.values if self.facets else None
        context["facets_approximate"] = bool(self.facets and self.facets.approximate)
        context["facet_sample_size"] = SAMPLE_SIZE
        context["facet_headings"] = FACET_HEADINGS
        context["active_filters"] = active_filters(self.request.GET, self.filterset)
        return context


def active_filters(params: QueryDict, filterset: PostingFilter) -> list[dict]:
    """Each applied filter with a link that removes it, so an empty result says what to loosen."""
    form = filterset.form
    cleaned = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
    active = []
    for name, field in form.fields.items():
        value = cleaned.get(name)
        if name in {"sort"} or value in (None, "", [], False):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        active.append(
            {"label": field.label, "value": shown, "remove_query": _without(params, name, "page")}
        )
    return active


def _without(params: QueryDict, *names: str) -> str:
    remaining = params.copy()
    for name in names:
        remaining.pop(name, None)
    return remaining.urlencode()


class PostingDetailView(DetailView):
    queryset = (
        Posting.objects.published().select_related("company").with_status().with_board_token()
    )
    template_name = "postings/posting_detail.html"
    context_object_name = "posting"

    def get_context_data(self, **kwargs):
        posting = self.object
        url = self.request.build_absolute_uri(posting.get_absolute_url())
        return super().get_context_data(
            similar_cards=similar_cards(posting),
            canonical_url=url,
            # Expired postings drop the JobPosting markup (and carry noindex).
            jsonld=to_jsonld(posting, url=url) if posting.is_open else None,
            **kwargs,
        )


class CompanyDetailView(ForgivingPaginationMixin, ListView):
    template_name = "postings/company_detail.html"
    paginate_by = PAGE_SIZE
    context_object_name = "postings"
    card_heading = "h3"

    def get_queryset(self) -> QuerySet:
        self.company = get_object_or_404(Company, slug=self.kwargs["slug"])
        return self.company.postings.open().for_cards().order_by("-posted_on", "-id")

    def get_context_data(self, **kwargs):
        canonical_url = self.request.build_absolute_uri(self.company.get_absolute_url())
        return super().get_context_data(company=self.company, canonical_url=canonical_url, **kwargs)
