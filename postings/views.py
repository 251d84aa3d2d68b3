from __future__ import annotations

from django.core.paginator import Page
from django.db.models import QuerySet
from django.http import QueryDict
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView
from django_filters.views import FilterView

from .filters import PostingFilter
from .models import Company, Posting

PAGE_SIZE = 25


class ForgivingPaginationMixin:
    """Out-of-range or malformed page numbers show the nearest page rather than a 404."""

    def paginate_queryset(self, queryset: QuerySet, page_size: int):
        paginator = self.get_paginator(queryset, page_size)
        page: Page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()


class PostingListView(ForgivingPaginationMixin, FilterView):
    filterset_class = PostingFilter
    queryset = Posting.objects.with_related()
    template_name = "postings/posting_list.html"
    paginate_by = PAGE_SIZE
    # Invalid values are reported on the form while the valid ones still filter.
    strict = False

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["active_filters"] = active_filters(self.request.GET, self.filterset)
        context["query_without_page"] = _without(self.request.GET, "page")
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
    queryset = Posting.objects.published().with_related().with_status()
    template_name = "postings/posting_detail.html"
    context_object_name = "posting"


class CompanyDetailView(ForgivingPaginationMixin, ListView):
    template_name = "postings/company_detail.html"
    paginate_by = PAGE_SIZE
    context_object_name = "postings"

    def get_queryset(self) -> QuerySet:
        self.company = get_object_or_404(Company, slug=self.kwargs["slug"])
        return self.company.postings.open().with_related().order_by("-posted_on", "-id")

    def get_context_data(self, **kwargs):
        return super().get_context_data(company=self.company, **kwargs)
