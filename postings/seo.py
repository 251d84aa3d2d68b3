"""For search engines: sitemap.xml of open postings and the companies hiring, and robots.txt."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .models import Company, Posting


class PostingSitemap(Sitemap):
    """Open postings only: expired ones carry noindex and drafts are never public."""

    changefreq = "daily"
    priority = 0.8
    limit = 10_000

    def items(self) -> QuerySet[Posting]:
        return Posting.objects.open().only("slug", "updated_at").order_by("-posted_on", "-id")

    def lastmod(self, posting: Posting):
        return posting.updated_at


class CompanySitemap(Sitemap):
    """Companies with at least one open posting."""

    changefreq = "daily"
    priority = 0.5
    limit = 10_000

    def items(self) -> QuerySet[Company]:
        hiring = Posting.objects.open().filter(company=OuterRef("pk"))
        return Company.objects.filter(Exists(hiring)).only("slug").order_by("slug")


class PagesSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self) -> list[str]:
        return ["postings:list"]

    def location(self, name: str) -> str:
        return reverse(name)


SITEMAPS = {"pages": PagesSitemap, "postings": PostingSitemap, "companies": CompanySitemap}


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    # Feeds and calendars repeat the list pages; crawling them wastes the crawl budget.
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('postings:feed')}",
        f"Disallow: {reverse('postings:deadlines')}",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
