import pytest
from django.urls import reverse

from postings.cache import board_version, cached_page
from postings.services import close_postings

from .factories import PostingFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("postings:list")


def test_second_request_is_served_from_the_cache(client, django_assert_num_queries):
    PostingFactory(title="Cached role")
    assert client.get(LIST_URL)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get(LIST_URL)
    assert response["X-Page-Cache"] == "hit"
    assert "Cached role" in response.content.decode()


def test_a_cached_page_carries_the_headers_of_the_page_it_copies(client, posting):
    miss = client.get(LIST_URL)
    hit = client.get(LIST_URL)
    assert hit["X-Page-Cache"] == "hit"
    for header in (
        "Content-Security-Policy",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Content-Type",
        "Content-Length",
    ):
        assert hit[header] == miss[header], header
    assert hit.content == miss.content


def test_any_posting_change_retires_cached_pages(client, django_capture_on_commit_callbacks):
    posting = PostingFactory(title="Before")
    client.get(LIST_URL)
    posting.title = "After"
    with django_capture_on_commit_callbacks(execute=True):
        posting.save()
    response = client.get(LIST_URL)
    assert response["X-Page-Cache"] == "miss"
    assert "After" in response.content.decode()


def test_bulk_close_retires_cached_pages(client, posting, django_capture_on_commit_callbacks):
    detail = posting.get_absolute_url()
    client.get(detail)
    version = board_version()
    with django_capture_on_commit_callbacks(execute=True):
        close_postings(postings=type(posting).objects.filter(pk=posting.pk))
    assert board_version() != version
    assert "This role has expired" in client.get(detail).content.decode()


def test_company_rename_retires_cached_pages(client, posting, django_capture_on_commit_callbacks):
    client.get(LIST_URL)
    posting.company.name = "Renamed Co"
    with django_capture_on_commit_callbacks(execute=True):
        posting.company.save()
    assert "Renamed Co" in client.get(LIST_URL).content.decode()


def test_signed_in_visitors_bypass_the_cache(admin_client, posting):
    admin_client.get(LIST_URL)
    assert "X-Page-Cache" not in admin_client.get(LIST_URL)


def test_not_found_pages_are_not_cached(client):
    url = reverse("postings:detail", kwargs={"slug": "nope"})
    client.get(url)
    assert "X-Page-Cache" not in client.get(url)


def test_dummy_cache_switches_page_caching_off(client, settings, posting):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    from django.core.cache import caches

    caches._settings = None
    client.get(LIST_URL)
    assert client.get(LIST_URL)["X-Page-Cache"] == "miss"


def test_cache_url_schemes():
    from jobboard.settings import cache_config

    assert cache_config("redis://127.0.0.1:6379/1")["BACKEND"].endswith("RedisCache")
    assert cache_config("dummy://")["BACKEND"].endswith("DummyCache")
    assert cache_config("locmem://")["BACKEND"].endswith("LocMemCache")


def test_decorator_passes_posts_through(rf):
    calls = []

    def view(request):
        calls.append(request.method)
        from django.http import HttpResponse

        return HttpResponse("ok")

    cached = cached_page(view)
    cached(rf.post("/"))
    cached(rf.post("/"))
    assert calls == ["POST", "POST"]
