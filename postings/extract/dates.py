"""Dates as job pages write them, absolute or relative to the moment of import, in EN/DE/FR.

Common forms ("April 2, 2025", "02.04.2025", "4d ago", "vor 3 Tagen") are read here directly;
dateparser, which is slow and eager, only sees the short year-less spans ("Mar 3") that a cheap
regex has already recognised as a date.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil.relativedelta import relativedelta

_MONTH_NAMES = (
    "jan january januar janvier janv",
    "feb february februar fév fev février fevrier févr",
    "mar march märz marz mars",
    "apr april avr avril",
    "may mai",
    "jun june juni juin",
    "jul july juli juil juillet",
    "aug august août aout",
    "sep sept september septembre",
    "oct october okt oktober octobre",
    "nov november novembre",
    "dec december dez dezember déc décembre",
)
_MONTH_NUMBERS = {
    name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()
}
_MONTHS = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_UNIT_WORDS = {
    "minutes": "m min mins minute minutes minuten",
    "hours": "h hr hrs hour hours stunde stunden heure heures",
    "days": "d day days tag tagen jour jours",
    "weeks": "w wk wks week weeks woche wochen semaine semaines",
    "months": "mo mos month months monat monaten mois",
    "years": "y yr yrs year years jahr jahren an ans année années",
}
_UNITS_BY_WORD = {word: unit for unit, words in _UNIT_WORDS.items() for word in words.split()}
# Longest first, so "mo" is not read as "m".
_UNITS = "|".join(sorted(_UNITS_BY_WORD, key=len, reverse=True))
_COUNT = r"\d+\+?|an?|one|einem|einer|einen|un|une"
_DATE_SPAN = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2})"
    r"|(?P<dotted>\b\d{1,2}\.\d{1,2}\.\d{4}\b)"
    r"|(?P<slashed>\b\d{1,2}/\d{1,2}/\d{4}\b)"
    rf"|\b(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|\b(?P<day_first>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?P<month_after>{_MONTHS})\b\.?"
    rf"(?:,?\s+(?P<year_after>\d{{4}}))?"
    rf"|\b(?:(?P<count>{_COUNT})\s*(?P<unit>{_UNITS})\s+ago"
    rf"|vor\s+(?P<count_de>{_COUNT})\s+(?P<unit_de>{_UNITS})"
    rf"|il\s+y\s+a\s+(?P<count_fr>{_COUNT})\s+(?P<unit_fr>{_UNITS}))\b",
    re.IGNORECASE,
)
# "today" and friends are ordinary words in prose ("apply today"), so they only count alone or
# after a posting verb.
_DAY_WORD = re.compile(
    r"^(?:(?:posted|published|listed|veröffentlicht|publiée?|mise? en ligne|postée?)\s*:?\s*)?"
    r"(?P<word>today|just now|yesterday|heute|gestern|vorgestern|aujourd'hui|hier|avant-hier)\s*$",
    re.IGNORECASE,
)
_DAYS_BACK = {
    "today": 0,
    "just now": 0,
    "heute": 0,
    "aujourd'hui": 0,
    "yesterday": 1,
    "gestern": 1,
    "hier": 1,
    "vorgestern": 2,
    "avant-hier": 2,
}
_LANGUAGES = ["en", "de", "fr"]
_YEARLESS_MAX_TEXT = 30
# Every closing label holds one of these; most pages hold none, and skip the scan.
_CLOSING_STEMS = (
    "apply by",
    "close",
    "closing",
    "deadline",
    "valid",
    "expire",
    "bewerb",
    "einsendeschluss",
    "date limite",
    "clôture",
    "jusqu",
)
# Runs on lower-cased text: case-insensitive alternations are slow on whole descriptions.
_CLOSING_LABEL = re.compile(
    r"\b(?:apply\s+by|closing\s+date|applications?\s+close[sd]?(?:\s+on)?|application\s+deadline"
    r"|deadline(?:\s+to\s+apply)?|valid\s+(?:through|until)|expires?(?:\s+on)?|bewerbungsschluss"
    r"|bewerbungsfrist|bewerben\s+bis|einsendeschluss|date\s+limite(?:\s+de\s+candidature)?"
    r"|date\s+de\s+clôture|candidatures?\s+jusqu'au)\s*:?\s*(?P<rest>[^\n]{0,60})"
)


def _dateparser_date(span: str, as_of: datetime) -> date | None:
    # Imported on first use: it takes a noticeable fraction of a second and most pages never need it.
    import dateparser

    parsed = dateparser.parse(
        span,
        languages=_LANGUAGES,
        settings={"RELATIVE_BASE": as_of, "PREFER_DATES_FROM": "past"},
    )
    return parsed.date() if parsed else None


def _calendar_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric_date(match: re.Match[str]) -> date | None:
    if match["iso"]:
        year, month, day = map(int, match["iso"].split("-"))
    elif match["dotted"]:
        day, month, year = map(int, match["dotted"].split("."))
    else:
        first, second, year = map(int, match["slashed"].split("/"))
        # Slashes are month-first in the US unless the first number cannot be a month.
        month, day = (second, first) if first > 12 else (first, second)
    return _calendar_date(year, month, day)


def _named_month_date(match: re.Match[str], as_of: datetime) -> date | None:
    month = _MONTH_NUMBERS[(match["month"] or match["month_after"]).lower()]
    day = int(match["day"] or match["day_first"])
    year = match["year"] or match["year_after"]
    if year:
        return _calendar_date(int(year), month, day)
    if len(match.string.strip()) > _YEARLESS_MAX_TEXT:
        return None  # in prose "may 5" is rarely a date
    # Without a year the date is the latest one not after as_of, which dateparser works out.
    return _dateparser_date(match.group(), as_of)


def _relative_date(count: str, unit: str, as_of: datetime) -> date:
    amount = int(count.rstrip("+")) if count[0].isdigit() else 1
    return (as_of - relativedelta(**{_UNITS_BY_WORD[unit.lower()]: amount})).date()


def parse_date(text: str, *, as_of: datetime) -> date | None:
    """The first date text states, absolute or relative to as_of; None when there is none."""
    if day_word := _DAY_WORD.match(text.strip()):
        days = _DAYS_BACK[day_word["word"].lower()]
        return (as_of - relativedelta(days=days)).date()
    match = _DATE_SPAN.search(text)
    if not match:
        return None
    for count, unit in (("count", "unit"), ("count_de", "unit_de"), ("count_fr", "unit_fr")):
        if match[count]:
            return _relative_date(match[count], match[unit], as_of)
    if match["month"] or match["month_after"]:
        return _named_month_date(match, as_of)
    return _numeric_date(match)


def closing_date(text: str, *, as_of: datetime) -> date | None:
    """The date after an "Apply by" / "Bewerbungsschluss" / "Date limite" label."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _CLOSING_STEMS):
        return None
    for match in _CLOSING_LABEL.finditer(lowered):
        if found := parse_date(match["rest"], as_of=as_of):
            return found
    return None
