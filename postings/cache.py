"""Whole-page caching for anonymous visitors, invalidated whenever the board changes.

Every cached page is stored with the board's version; any write to postings, companies or
locations sets a new version, so stale pages are never served again and expire on their own.
The date is in the key as well, because status (open or expired) moves with the calendar.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

VERSION_KEY = "postings:board-version"


def board_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = str(time.time_ns())
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def invalidate_board() -> None:
    cache.set(VERSION_KEY, str(time.time_ns()), timeout=None)


def invalidate_board_on_commit(*args, **kwargs) -> None:
    """Signal receiver: readers must not cache the old page between the write and its commit."""
    transaction.on_commit(invalidate_board)


@dataclass
class CachedPage:
    """Where a shareable request's page lives in the cache, and what is there for it."""

    key: str
    version: str
    hit: HttpResponse | None


def look_up(request: HttpRequest) -> CachedPage | None:
    """The cache entry for this request; None when its page must not be shared."""
    # Signed-in staff may see previews and messages: never share their pages.
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    raw_key = f"{timezone.localdate()}|{request.get_full_path()}"
    key = "page:" + hashlib.sha256(raw_key.encode()).hexdigest()
    # One round trip: the page is stored with the board version it was rendered under, and
    # only that version's page is served.
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or board_version()
    stored = found.get(key)
    hit = None
    if stored is not None and stored[0] == version:
        _, content, content_type = stored
        hit = HttpResponse(content, content_type=content_type)
        hit["Content-Length"] = str(len(content))
        hit["X-Page-Cache"] = "hit"
    return CachedPage(key=key, version=version, hit=hit)


class PageCacheMiddleware:
    """Answers cached pages before the session, authentication and message layers run.

    Only pages a `cached_page` view stored are ever found, so which pages are cached stays with
    the views; a miss leaves its lookup on the request for the view to store under.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        page = look_up(request)
        if page is not None and page.hit is not None:
            return page.hit
        request.cached_page = page
        return self.get_response(request)


def cached_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # Looked up by PageCacheMiddleware already, or here when it is not installed.
        page = request.cached_page if hasattr(request, "cached_page") else look_up(request)
        if page is None:
            return view(request, *args, **kwargs)
        if page.hit is not None:
            return page.hit
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:

            def store(rendered: HttpResponse) -> None:
                cache.set(
                    page.key,
                    (page.version, rendered.content, rendered["Content-Type"]),
                    settings.PAGE_CACHE_SECONDS,
                )

            if hasattr(response, "add_post_render_callback") and not response.is_rendered:
                response.add_post_render_callback(store)
            else:
                store(response)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper
