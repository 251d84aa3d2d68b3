"""Whole-page caching for anonymous visitors, invalidated whenever the board changes.

Every cached page is stored with the board's version; any write to postings, companies or
locations sets a new version, so stale pages are never served again and expire on their own.
The date is in the key as well, because status (open or expired) moves with the calendar.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
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


def cached_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # Signed-in staff may see previews and messages: never share their pages.
        if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return view(request, *args, **kwargs)
        raw_key = f"{timezone.localdate()}|{request.get_full_path()}"
        key = "page:" + hashlib.sha256(raw_key.encode()).hexdigest()
        # One round trip: the page is stored with the board version it was rendered under, and
        # only that version's page is served.
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or board_version()
        hit = found.get(key)
        if hit is not None and hit[0] == version:
            _, content, content_type = hit
            response = HttpResponse(content, content_type=content_type)
            response["X-Page-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:

            def store(rendered: HttpResponse) -> None:
                cache.set(
                    key,
                    (version, rendered.content, rendered["Content-Type"]),
                    settings.PAGE_CACHE_SECONDS,
                )

            if hasattr(response, "add_post_render_callback") and not response.is_rendered:
                response.add_post_render_callback(store)
            else:
                store(response)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper
