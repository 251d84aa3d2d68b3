"""Alerts without accounts: an Atom feed and an iCalendar of deadlines for any search.

Both take the list page's query parameters and reuse `PostingFilter`, so `/feed/?<query>` and
`/deadlines.ics?<query>` hold the same postings as `/?<query>`. Drafts never appear: the filter
only ever returns open (or, with `include_expired=1`, published) postings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from .cleaning import single_line
from .filters import PostingFilter
from .models import Posting

FEED_ITEMS = 50
CALENDAR_EVENTS = 500
SITE_NAME = "Internboard"


def search_postings(request: HttpRequest) -> PostingFilter:
    """The list page's search for this request's query; invalid values are ignored as there."""
    filterset = PostingFilter(request.GET, queryset=Posting.objects.with_related())
    filterset.is_valid()  # validates, so cleaned_data holds the valid parameters
    return filterset


def describe_search(filterset: PostingFilter) -> str:
    """ "machine learning roles in AU, internship" — a feed or calendar name people recognise."""
    data = filterset.form.cleaned_data
    parts = []
    for name, field in filterset.form.fields.items():
        value = data.get(name)
        if name in {"q", "sort"} or value in (None, "", [], False):
            continue
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(
            f"{field.label.lower()}: {shown}" if not isinstance(value, bool) else field.label
        )
    keywords = data.get("q") or ""
    head = f"“{keywords}” roles" if keywords else "Roles"
    # Any parameter's text can reach the title, and XML and iCalendar forbid control characters.
    return single_line(f"{head} ({'; '.join(parts)})" if parts else head)


def _query(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


class SearchFeed(Feed):
    """Atom feed of the newest postings in a search."""

    feed_type = Atom1Feed
    description_template = "feeds/posting_description.html"

    def get_object(self, request: HttpRequest) -> dict:
        filterset = search_postings(request)
        query = _query(request)
        return {
            "filterset": filterset,
            "name": describe_search(filterset),
            "list_url": reverse("postings:list") + (f"?{query}" if query else ""),
            "feed_url": reverse("postings:feed") + (f"?{query}" if query else ""),
        }

    def title(self, obj: dict) -> str:
        return f"{obj['name']} · {SITE_NAME}"

    def subtitle(self, obj: dict) -> str:
        return f"New postings matching this search on {SITE_NAME}."

    def link(self, obj: dict) -> str:
        return obj["list_url"]

    def feed_url(self, obj: dict) -> str:
        return obj["feed_url"]

    def items(self, obj: dict) -> QuerySet[Posting]:
        return obj["filterset"].qs.order_by("-posted_on", "-id")[:FEED_ITEMS]

    def item_title(self, item: Posting) -> str:
        return f"{item.title} — {item.company.name}"

    def item_link(self, item: Posting) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: Posting) -> str:
        return f"tag:internboard,2026:posting:{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Posting) -> datetime:
        return datetime.combine(item.posted_on, time.min, tzinfo=UTC)

    def item_updateddate(self, item: Posting) -> datetime:
        return item.updated_at

    def item_author_name(self, item: Posting) -> str:
        return item.company.name

    def item_categories(self, item: Posting) -> list[str]:
        return [area.name for area in item.research_areas.all()]


# iCalendar (RFC 5545), written by hand: a handful of properties, escaped and folded --------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
MAX_OCTETS = 75


def ics_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value.replace("\t", " "))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (RFC 5545 3.1), never splitting a
    UTF-8 character; continuation lines start with one space."""
    pieces: list[str] = []
    current, size, limit = [], 0, MAX_OCTETS
    for char in line:
        octets = len(char.encode())
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _ics_date(day: date) -> str:
    return day.strftime("%Y%m%d")


def _ics_datetime(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def deadline_calendar(
    postings: Iterable[Posting], *, name: str, absolute_url, host: str, now: datetime
) -> str:
    """A VCALENDAR with one all-day event per posting, on its last day to apply."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{SITE_NAME}//Deadlines//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_text(f'{SITE_NAME} deadlines: {name}')}",
    ]
    stamp = _ics_datetime(now)
    for posting in postings:
        url = absolute_url(posting.get_absolute_url())
        places = "; ".join(str(location) for location in posting.locations.all())
        details = [f"{posting.title} at {posting.company.name}"]
        if places:
            details.append(f"Where: {places}")
        if posting.apply_url:
            details.append(f"Apply: {posting.apply_url}")
        details.append(f"Details: {url}")
        lines += [
            "BEGIN:VEVENT",
            f"UID:posting-{posting.pk}-deadline@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_ics_date(posting.valid_through)}",
            f"DTEND;VALUE=DATE:{_ics_date(posting.valid_through + timedelta(days=1))}",
            f"SUMMARY:{ics_text(f'Apply by: {posting.title} — {posting.company.name}')}",
            f"DESCRIPTION:{ics_text(chr(10).join(details))}",
            f"URL:{_CONTROL.sub('', url)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def deadlines_ics(request: HttpRequest) -> HttpResponse:
    filterset = search_postings(request)
    postings = filterset.qs.filter(valid_through__isnull=False).order_by(
        "valid_through", "posted_on", "id"
    )[:CALENDAR_EVENTS]
    body = deadline_calendar(
        postings,
        name=describe_search(filterset),
        absolute_url=request.build_absolute_uri,
        host=request.get_host().split(":")[0],
        now=timezone.now(),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
    return response
