from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from postings.seo import SITEMAPS, robots_txt


def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness for load balancers; no database. Also the benchmark's bare-Django ceiling."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("robots.txt", robots_txt, name="robots"),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("", include("postings.urls")),
]

# A database outage noticed outside a view (in a middleware) still gets the friendly 503.
handler500 = "postings.middleware.server_error"
