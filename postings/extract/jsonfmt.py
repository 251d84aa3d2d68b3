"""JSON documents: one object, a list, JSON Lines, or an API response wrapping a list.

Each item is a schema.org JobPosting (also a JSON Feed item carrying one under
`_jobposting`, as Teamtailor's feeds do), an item of this project's own export, or a
generic job record. Items that are no job at all (a feed's legal notice) are passed over.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal

from postings.extract.html import inline_text, safe_url, to_text
from postings.extract.jsonld import (
    add_outcome,
    is_job_posting,
    iter_job_postings,
    posting_from_jsonld,
)
from postings.extract.records import coerce_date, posting_from_record, recognise_columns
from postings.extract.sections import split_sections
from postings.extract.text import parse_text
from postings.extract.types import (
    DocumentError,
    ExtractedPosting,
    Location,
    ParseResult,
    Pay,
    Skipped,
)

EXPORT_KEYS = frozenset(
    {
        "title",
        "company",
        "locations",
        "employment_types",
        "work_arrangement",
        "pay",
        "posted_at",
        "valid_through",
        "status",
        "degree_levels",
        "visa_sponsorship",
        "description",
        "apply_url",
        "source",
    }
)
# Where APIs put their list of jobs, most specific first.
_WRAPPER_KEYS = ("jobs", "postings", "items", "hits", "results", "positions", "offers", "data")


def parse_json(
    text: str, *, as_of: datetime, columns: Mapping[str, str] | None = None
) -> ParseResult:
    """Every job in the document; items that are no job at all are passed over silently."""
    result = ParseResult()
    for item in _items(load_json(text), columns):
        for outcome in _outcomes(item, as_of=as_of, columns=columns):
            add_outcome(result, outcome)
    if not result.postings and not result.skipped:
        raise DocumentError("the JSON holds no JobPosting and no recognisable job records")
    return result


def load_json(text: str) -> object:
    """The JSON value, or the list of values of a JSON Lines document."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1:
            try:
                return [json.loads(line) for line in lines]
            except json.JSONDecodeError:
                pass
        raise DocumentError(
            f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error


def _items(data: object, columns: Mapping[str, str] | None) -> list:
    items = _outer_items(data, columns)
    if any(_titled(item, columns) or _is_structured(item) for item in items):
        return items
    # API responses nest their records a level deeper: Oracle's items[0].requisitionList.
    nested = [
        record
        for item in items
        if isinstance(item, Mapping)
        for value in item.values()
        if _is_list_of_objects(value)
        for record in value
    ]
    return nested if any(_titled(record, columns) for record in nested) else items


def _titled(item: object, columns: Mapping[str, str] | None) -> bool:
    return isinstance(item, Mapping) and "title" in recognise_columns(item, columns)


def _is_structured(item: object) -> bool:
    return isinstance(item, Mapping) and _is_structured_item(item)


def _outer_items(data: object, columns: Mapping[str, str] | None) -> list:
    if isinstance(data, list):
        return data
    if not isinstance(data, Mapping):
        return []
    if _is_structured_item(data):
        return [data]
    for key in _WRAPPER_KEYS:
        if _is_list_of_objects(data.get(key)):
            return data[key]
    # A wrapper is tried before a titled record, because feeds have titles of their own.
    if "title" in recognise_columns(data, columns):
        return [data]
    for value in data.values():
        if _is_list_of_objects(value):
            return value
    return [data]


def _is_structured_item(data: Mapping) -> bool:
    return (
        is_job_posting(data)
        or "@graph" in data
        or "_jobposting" in data
        or data.keys() == EXPORT_KEYS
    )


def _is_list_of_objects(value: object) -> bool:
    return isinstance(value, list) and any(isinstance(item, Mapping) for item in value)


def _outcomes(
    item: object, *, as_of: datetime, columns: Mapping[str, str] | None
) -> Iterator[ExtractedPosting | Skipped]:
    if not isinstance(item, Mapping):
        return
    if isinstance(item.get("_jobposting"), Mapping):
        yield _from_feed_item(item, as_of=as_of)
    elif is_job_posting(item) or "@graph" in item:
        for job in iter_job_postings(item):
            yield posting_from_jsonld(job, as_of=as_of)
    elif item.keys() == EXPORT_KEYS:
        yield _export_outcome(item, as_of=as_of)
    elif (inner := _wrapped_record(item, columns)) is not None:
        yield from _outcomes(inner, as_of=as_of, columns=columns)
    else:
        outcome = posting_from_record(item, as_of=as_of, columns=columns)
        post = _post_text(item)
        # A record whose only job text is an untitled post is read as the page it is.
        untitled = "title" not in recognise_columns(item, columns)
        if post and untitled and (outcome is None or isinstance(outcome, Skipped)):
            yield from _post_outcomes(item, post, as_of=as_of)
        elif outcome:
            yield outcome


def _wrapped_record(item: Mapping, columns: Mapping[str, str] | None) -> Mapping | None:
    """The record inside an untitled wrapper ({"data": {"title": ...}}, as Jibe writes), if any."""
    if _titled(item, columns):
        return None
    inner = [value for value in item.values() if isinstance(value, Mapping)]
    return inner[0] if len(inner) == 1 and _titled(inner[0], columns) else None


# Forum and chat exports wrap each post's free text, untitled: "Acme | Engineer | Berlin | ...".
_POST_TEXT_KEYS = ("text", "body", "content", "comment", "message", "post")
_POST_TIME_KEYS = ("time", "created_at", "created_utc", "created", "date", "timestamp")
_MIN_POST_CHARS = 40


def _post_text(item: Mapping) -> str:
    for key in _POST_TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, str) and len(value) >= _MIN_POST_CHARS:
            return value
    return ""


def _post_outcomes(
    item: Mapping, post: str, *, as_of: datetime
) -> Iterator[ExtractedPosting | Skipped]:
    """A post read as a raw page (HN's "Who is hiring?" comments); its record gives the date."""
    text = to_text(post)
    result = parse_text(text, as_of=as_of)
    if not result.postings:
        first_line = text.strip().split("\n", 1)[0][:80]
        yield Skipped(reason="a post that names no role and company", title=first_line)
        return
    posted = next(
        (found for key in _POST_TIME_KEYS if (found := coerce_date(item.get(key), as_of=as_of))),
        None,
    )
    post_id = str(item.get("id") or "")
    for posting in result.postings:
        posting.posted_on = posting.posted_on or posted
        if post_id and len(result.postings) == 1:
            posting.external_id = post_id
        posting.source_url = posting.source_url or safe_url(str(item.get("url") or ""))
        yield posting


def _from_feed_item(item: Mapping, *, as_of: datetime) -> ExtractedPosting | Skipped:
    """A JSON Feed item whose `_jobposting` lacks the page URL the item itself has."""
    outcome = posting_from_jsonld(item["_jobposting"], as_of=as_of)
    if isinstance(outcome, ExtractedPosting) and not outcome.source_url:
        outcome.source_url = outcome.apply_url = safe_url(str(item.get("url") or ""))
    return outcome


def _export_outcome(item: Mapping, *, as_of: datetime) -> ExtractedPosting | Skipped:
    try:
        return posting_from_export(item, as_of=as_of)
    except (ArithmeticError, AttributeError, TypeError, ValueError) as error:
        return Skipped(
            reason=f"export item with an invalid value ({error})", title=str(item["title"])
        )


def posting_from_export(item: Mapping, *, as_of: datetime) -> ExtractedPosting | Skipped:
    """An item of this project's own export, taken as it is (locations are not re-normalised).

    The export writes status "expired" for roles that closed early and for roles whose
    valid_through passed. Only the first is something the dates cannot tell the importer,
    so expired is True when the status says so and valid_through is unset or not yet past.
    """
    title = inline_text(item["title"] or "")
    company = inline_text(item["company"] or "")
    if not title or not company:
        return Skipped(reason="export item without a title or company", title=title or company)
    valid_through = _iso_date(item["valid_through"])
    description, sections = split_sections(to_text(item["description"] or ""))
    source = item["source"] or {}
    return ExtractedPosting(
        title=title,
        company=company,
        locations=[
            Location(
                city=place.get("city") or "",
                region=place.get("region") or "",
                country=place.get("country") or "",
            )
            for place in item["locations"] or []
        ],
        description=description,
        sections=sections,
        employment_types=list(item["employment_types"] or []),
        work_arrangement=item["work_arrangement"] or "unknown",
        pay=_export_pay(item["pay"]),
        posted_on=_iso_date(item["posted_at"]),
        valid_through=valid_through,
        expired=item["status"] == "expired"
        and (valid_through is None or valid_through >= as_of.date()),
        degree_levels=list(item["degree_levels"] or []),
        visa_sponsorship=item["visa_sponsorship"],
        apply_url=safe_url(item["apply_url"] or ""),
        source_url=safe_url(source.get("url") or ""),
        source_document=source.get("document") or "",
    )


def _export_pay(pay: Mapping | None) -> Pay | None:
    if not pay:
        return None
    return Pay(
        min=Decimal(str(pay["min"])),
        max=Decimal(str(pay["max"])),
        currency=pay["currency"],
        period=pay["period"],
    )


def _iso_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
