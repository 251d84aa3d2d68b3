"""CSV documents: one job per row, columns recognised by their header names."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import datetime

from postings.extract.jsonld import add_outcome
from postings.extract.records import posting_from_fields, recognise_columns
from postings.extract.types import DocumentError, ParseResult

_DELIMITERS = ",;\t"


def parse_csv(
    text: str, *, as_of: datetime, columns: Mapping[str, str] | None = None
) -> ParseResult:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text) or ",")
    header = next(reader, [])
    fields = recognise_columns(header, columns)
    if "title" not in fields:
        raise DocumentError(
            "the CSV has no recognisable title column (expected one such as "
            '"title", "job title" or "position")'
        )
    result = ParseResult()
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        # Unnamed columns (a spreadsheet's index) are never recognised, so they drop out here.
        if outcome := posting_from_fields(
            dict(zip(header, row, strict=False)), fields, as_of=as_of
        ):
            add_outcome(result, outcome)
    return result


def looks_like_csv(text: str, columns: Mapping[str, str] | None = None) -> bool:
    """Whether the first line is a CSV header that names a title column."""
    delimiter = _delimiter(text)
    if not delimiter:
        return False
    header = next(csv.reader([_first_line(text)], delimiter=delimiter), [])
    return len(header) > 1 and "title" in recognise_columns(header, columns)


def _delimiter(text: str) -> str | None:
    # Only the delimiter is sniffed: the sniffer's other guesses (no doubled quotes when the
    # header has no quotes) would misread the quoted multi-line cells further down.
    try:
        return csv.Sniffer().sniff(_first_line(text), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return None


def _first_line(text: str) -> str:
    return text.split("\n", 1)[0]
