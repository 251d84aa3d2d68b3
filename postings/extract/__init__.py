"""Document parsing: bytes in any supported format -> postings. Pure: no Django, no network."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import PurePath

from postings.extract.decode import decode_document
from postings.extract.html import parse_html
from postings.extract.jsonfmt import parse_json
from postings.extract.tabular import looks_like_csv, parse_csv
from postings.extract.text import parse_text
from postings.extract.types import (
    DocumentError,
    ExtractedPosting,
    Location,
    ParseResult,
    Pay,
    Sections,
    Skipped,
)

__all__ = [
    "FORMATS",
    "MAX_DOCUMENT_BYTES",
    "DocumentError",
    "ExtractedPosting",
    "Location",
    "ParseResult",
    "Pay",
    "Sections",
    "Skipped",
    "detect_format",
    "parse_document",
]

MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
FORMATS = ("auto", "text", "html", "jsonld", "json", "csv")

_JSON_EXTENSIONS = frozenset({".json", ".jsonl", ".ndjson", ".jsonld"})
_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
_CSV_EXTENSIONS = frozenset({".csv", ".tsv"})
# An object, or an array opening with a JSON value: "[Urgent] Hiring ..." is text.
_JSON_START = re.compile(r'\{|\[\s*(?:[\[{"\]\-\d]|true|false|null)')
_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"<(?:p|br|div|span|a|ul|ol|li|h[1-6]|table|body|section|article|strong|b|em|i)\b[^<>]*>",
    re.IGNORECASE,
)
# Plain text may quote a tag or two; a document of markup has many.
_MIN_HTML_TAGS = 3
_SNIFF_CHARS = 65536


def parse_document(
    data: bytes,
    *,
    name: str,
    as_of: datetime,
    format: str = "auto",
    columns: Mapping[str, str] | None = None,
) -> ParseResult:
    """Postings from one uploaded document.

    `format` is auto|text|html|jsonld|json|csv; `columns` maps a CSV header or JSON key to
    a field name ({"Their Header": "title"}). Raises DocumentError, with a one-line reason,
    when the document cannot be read at all.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; expected one of {', '.join(FORMATS)}")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"the file is {len(data) / 1024 / 1024:.1f} MB; documents are limited to 5 MB"
        )
    text = decode_document(data)
    if not text.strip():
        raise DocumentError("the file is empty")
    if format == "auto":
        format = detect_format(text, name=name, columns=columns)
    match format:
        case "json" | "jsonld":
            return parse_json(text, as_of=as_of, columns=columns)
        case "csv":
            return parse_csv(text, as_of=as_of, columns=columns)
        case "html":
            return parse_html(text, as_of=as_of, name=name)
        case _:
            return parse_text(text, as_of=as_of, name=name)


def detect_format(text: str, *, name: str = "", columns: Mapping[str, str] | None = None) -> str:
    """json, html, csv or text: content first, the file extension when content is ambiguous."""
    extension = PurePath(name).suffix.lower()
    stripped = text.lstrip("\ufeff").strip()
    head = stripped[:_SNIFF_CHARS]
    if _JSON_START.match(stripped) or extension in _JSON_EXTENSIONS:
        return "json"
    if _HTML_DOCUMENT.search(head[:2048]) or extension in _HTML_EXTENSIONS:
        return "html"
    if extension in _CSV_EXTENSIONS or looks_like_csv(stripped, columns):
        return "csv"
    if len(_HTML_TAG.findall(head)) >= _MIN_HTML_TAGS:
        return "html"
    return "text"
