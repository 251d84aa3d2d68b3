"""Dates as job pages write them, absolute or relative to the moment of import, in several
languages: "April 2, 2025", "02.04.2025", "4d ago", "vor 3 Tagen", "Mar 3" (the latest such day
not after the import's moment). Relative spans are counted with dateutil's relativedelta.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

from dateutil.relativedelta import relativedelta

from postings.extract.vocab import lower

# English, German, French, then Spanish, Italian and Dutch.
_MONTH_NAMES = (
    "jan january januar janvier janv enero ene gennaio gen januari janeiro",
    "feb february februar fév fev février fevrier févr febrero febbraio februari fevereiro",
    "mar march märz marz mars marzo maart março marco marts",
    "apr april avr avril abril abr aprile",
    "may mai mayo maggio mag mei maio maj",
    "jun june juni juin junio giugno giu junho",
    "jul july juli juil juillet julio luglio lug julho",
    "aug august août aout agosto ago augustus augusti",
    "sep sept september septembre septiembre setiembre settembre set setembro",
    "oct october okt oktober octobre octubre ottobre ott outubro out",
    "nov november novembre noviembre novembro",
    "dec december dez dezember déc décembre diciembre dic dicembre dezembro desember",
)
# Polish and Czech write a date's month in the genitive: "15 grudnia 2026", "16. listopadu".
_POLISH_MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada"
    " grudnia"
)
_CZECH_MONTHS = (
    "ledna února března dubna května června července srpna září října listopadu prosince"
)
_MONTH_NUMBERS = {
    name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()
} | {
    name: number
    for months in (_POLISH_MONTHS, _CZECH_MONTHS)
    for number, name in enumerate(months.split(), 1)
}
_MONTHS = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_UNIT_WORDS = {
    "minutes": "m min mins minute minutes minuten minuto minutos minuti minuut minuter menit 分 분",
    "hours": "h hr hrs hour hours stunde stunden heure heures hora horas ora ore uur godz godzin"
    " godziny godzinę timme timmar timer jam 時間 시간",
    "days": "d j day days tag tagen jour jours día días dia dias giorno giorni dag dagen dzień dni"
    " dagar dage dager hari 日 일",
    "weeks": "w wk wks week weeks woche wochen semaine semaines semana semanas settimana settimane"
    " weken tydzień tygodnie tygodni vecka veckor uge uger uke uker minggu 週間 週 주",
    "months": "mo mos month months monat monaten mois mes meses mese mesi maand maanden miesiąc"
    " miesiące miesięcy mês månad månader måned måneder bulan か月 ヶ月 カ月 개월",
    "years": "y yr yrs year years jahr jahren an ans année années año años anno anni jaar jaren år"
    " tahun 年 년",
}
_UNITS_BY_WORD = {word: unit for unit, words in _UNIT_WORDS.items() for word in words.split()}
# Longest first, so "mo" is not read as "m".
_UNITS = "|".join(sorted(_UNITS_BY_WORD, key=len, reverse=True))
_COUNT = r"\d+\+?|an?|one|einem|einer|einen|un|une|una|uno|een"
_DATE_SPAN = re.compile(
    r"(?P<iso>\b\d{4}-\d{2}-\d{2})"
    r"|(?P<dotted>\b\d{1,2}\.\d{1,2}\.\d{4}\b)"
    r"|(?P<slashed>\b\d{1,2}/\d{1,2}/\d{4}\b)"
    r"|(?P<dashed>\b\d{1,2}-\d{1,2}-\d{4}\b)"  # Dutch and Indian pages: "15-12-2026"
    r"|(?P<year_first>\b\d{4}(?P<year_sep>[/.])\d{1,2}(?P=year_sep)\d{1,2}\b)"  # Japanese and Korean: "2026/11/02", "2026.11.09"
    rf"|\b(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    # "15 January 2027", "15. Januar 2027", "15 de enero de 2027".
    rf"|\b(?P<day_first>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<month_after>{_MONTHS})\b\.?"
    rf"(?:,?\s+(?:de\s+)?(?P<year_after>\d{{4}})|['’]\s?(?P<year_short>\d{{2}})\b)?"
    # A result card's age alone: "3d", "24h", "30d+" (Glassdoor, Indeed).
    r"|^(?P<count_age>\d{1,2})(?P<unit_age>[dhw])\+?$"
    # "3 days ago", "3 giorni fa", "3 dagen geleden", "3 dagar sedan"; "vor 3 Tagen", "il y a 3
    # jours", "hace 3 días".
    rf"|(?P<count_cjk>\d+)\s*(?P<unit_cjk>時間|週間|か月|ヶ月|カ月|개월|시간|[分日週분일주])\s*(?:前|전)"
    rf"|\b(?:(?P<count>{_COUNT})\s*(?P<unit>{_UNITS})\s+(?:ago|fa|geleden|temu|atrás|sedan|siden"
    r"|yang\s+lalu|lalu)"
    rf"|vor\s+(?P<count_de>{_COUNT})\s+(?P<unit_de>{_UNITS})"
    # "hace 4d", "il y a 2j": digits run into the unit's letter.
    rf"|(?:il\s+y\s+a|hace|há)\s+(?:plus\s+de\s+|más\s+de\s+)?(?P<count_fr>{_COUNT})(?:\s+|(?<=\d))(?P<unit_fr>{_UNITS}))\b",
    re.IGNORECASE,
)
# "today" and friends are ordinary words in prose ("apply today"), so they only count alone or
# after a posting verb.
_DAY_WORD = re.compile(
    r"^(?:(?:posted|published|listed|veröffentlicht|publiée?|mise? en ligne|postée?|publicad[oa]"
    r"|pubblicat[oa]|geplaatst|publicerad|publiceret|publisert|opublikowan[ao])\s*:?\s*)?"
    r"(?P<word>today|just now|just posted|new today|few hours ago|a few hours ago|yesterday|hoje|ontem|dzisiaj|dziś|wczoraj|dnes"
    r"|včera|idag|igår|heute|gestern|vorgestern|aujourd'hui|hier|avant-hier"
    r"|hoy|ayer|oggi|ieri|vandaag|gisteren|i\s+dag|i\s+går|à\s+l['’]instant|gerade|agora\s+mesmo"
    r"|ahora\s+mismo)(?:\s+(?:geschaltet|veröffentlicht|publiziert|online))?\s*$",
    re.IGNORECASE,
)
_DAYS_BACK = {
    "today": 0,
    "just now": 0,
    "just posted": 0,
    "few hours ago": 0,
    "a few hours ago": 0,
    "hoje": 0,
    "ontem": 1,
    "dzisiaj": 0,
    "dziś": 0,
    "wczoraj": 1,
    "dnes": 0,
    "včera": 1,
    "idag": 0,
    "igår": 1,
    "new today": 0,
    "heute": 0,
    "aujourd'hui": 0,
    "yesterday": 1,
    "gestern": 1,
    "hier": 1,
    "vorgestern": 2,
    "avant-hier": 2,
    "hoy": 0,
    "oggi": 0,
    "vandaag": 0,
    "ayer": 1,
    "ieri": 1,
    "gisteren": 1,
    "i dag": 0,
    "à l'instant": 0,
    "à l’instant": 0,
    "gerade": 0,
    "agora mesmo": 0,
    "ahora mismo": 0,
    "i går": 1,
}
_YEARLESS_MAX_TEXT = 30
_LABEL_GAP = 3
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
    "last date",
    "last application date",
    "apply before",
    "applications due",
    "applications are due",
    "application due",
    "advertised until",
    "close date",
    "submit by",
    "submit before",
    "scadenza",
    "hasta el",
    "fecha límite",
    "plazo",
    "reageren",
    "reageer",
    "solliciteer",
    "délai de postulation",
    "solliciteren kan",
    "sluitingsdatum",
    "termin składania",
    "ważn",
    "wygasa",
    "expires in",
    "closes in",
    "closing in",
    "ważna jeszcze",
    "sista ansökningsdag",
    "uzávěrka",
    "later than",
    "receiving your",
    "application by",
    "applications by",
    "apply before",
    "unposting",
    "until",
    "inscrições",
    "candidaturas até",
    "solliciteer",
    "posting end",
    "left to apply",
    "ansök senast",
    "ansøgningsfrist",
    "søknadsfrist",
)
# Runs on lower-cased text: case-insensitive alternations are slow on whole descriptions.
_CLOSING_LABEL = re.compile(
    r"\b(?:apply\s+(?:by|before)|closing\s+(?:date|on)|applications?\s+close[sd]?(?:\s+on)?"
    r"|application\s+deadline|last\s+date(?:\s+(?:to\s+apply|for\s+(?:applications?|submission)))?"
    r"|last\s+application\s+date(?:\s+(?:was|is))?"
    r"|applications?\s+(?:are\s+)?due(?:\s+by)?"
    r"|deadline(?:\s+to\s+apply)?|valid\s+(?:through|until)|expires?(?:\s+on)?|bewerbungsschluss"
    r"|advertised\s+until|closes?\s*:|closes\s+on|closes(?=\s+\d)|(?:job\s+)?close\s+date|submit\s+(?:by|before)"
    r"|scadenza|hasta\s+el|fecha\s+límite|plazo\s+de\s+(?:presentación|solicitud)"
    r"|bewerbungsfrist|bewerben\s+bis|einsendeschluss|date\s+limite(?:\s+de\s+candidature)?"
    r"|date\s+de\s+clôture|(?:candidatures?|annoncée?|affichée?)\s+jusqu['’]au"
    # "Open & closing dates: 11/15/2026 to 12/05/2026" (USAJOBS): the second date closes.
    r"|open(?:ing)?\s*(?:&|and)\s*closing\s+dates?\s*:?\s*[\d/.-]{6,10}\s+(?:to|-|–)"
    r"|(?:reageren|solliciteren)\s+kan\s+tot(?:\s+en\s+met)?|sluitingsdatum|délai\s+de\s+postulation"
    r"|(?:reageer|solliciteer)\s+(?:uiterlijk\s+)?(?:vóór|voor|op)"
    r"|termin\s+składania(?:\s+(?:aplikacji|ofert|cv))?|(?:oferta\s+)?ważna\s+do|close\s+on"
    r"|sista\s+ansökningsdag|ansök\s+senast|ansøgningsfrist|søknadsfrist|closing\s*:|closing(?=\s+\d)|uzávěrka|přihlášky\s+do"
    r"|bewerben\s+sie\s+sich\s+bis(?:\s+zum)?|bewirb\s+dich\s+bis(?:\s+zum)?"
    r"|bewerbung\s+bis(?:\s+(?:zum|spätestens))?"
    r"|inscrições\s+(?:abertas\s+)?até|candidaturas\s+até|solliciteer\s+(?:vóór|voor)"
    r"|unposting\s+date|(?:job\s+)?posting\s+end\s+date"  # Taleo, Workday
    # In a sentence: "we look forward to receiving your application by 31 January 2027", "submit
    # it no later than December 15, 2026".
    r"|(?:receiv\w+|submit\w*|send|apply|applications?)\b[^.\n]{0,80}?\b(?:by|before"
    r"|no\s+later\s+than|not\s+later\s+than|until))"
    r"\s*:?\s*(?P<rest>[^\n]{0,60})"
)


def _nearest_day(month: int, day: int, as_of: datetime, *, ahead: bool) -> date | None:
    """The latest day with this month and day not after as_of ("Posted Mar 3"), or with `ahead`
    the first one not before it ("Applications close December 11")."""
    step = 1 if ahead else -1
    for year in range(as_of.year, as_of.year + step * (_LEAP_CYCLE + 1), step):
        found = _calendar_date(year, month, day)
        if found and (found >= as_of.date() if ahead else found <= as_of.date()):
            return found
    return None


_LEAP_CYCLE = 8  # a 29 February is at most eight years back (1896 to 1904 skipped one)


def _calendar_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Slashed dates put the month first in the United States and the day first nearly everywhere else;
# a parser that knows which its document writes says so with `slashed_dates`.
_DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=False)


@contextmanager
def slashed_dates(*, day_first: bool) -> Iterator[None]:
    """Read "04/11/2026" as 4 November (day_first) or as April 11 within this block."""
    token = _DAY_FIRST.set(day_first)
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def _numeric_date(match: re.Match[str]) -> date | None:
    if match["iso"]:
        year, month, day = map(int, match["iso"].split("-"))
    elif match["dotted"]:
        day, month, year = map(int, match["dotted"].split("."))
    elif match["dashed"]:
        day, month, year = map(int, match["dashed"].split("-"))
    elif match["year_first"]:
        year, month, day = map(int, re.split(r"[/.]", match["year_first"]))
    else:
        first, second, year = map(int, match["slashed"].split("/"))
        # A number above 12 cannot be the month, whichever order the page writes.
        day_first = first > 12 or (second <= 12 and _DAY_FIRST.get())
        month, day = (second, first) if day_first else (first, second)
    return _calendar_date(year, month, day)


def _named_month_date(match: re.Match[str], as_of: datetime, *, ahead: bool) -> date | None:
    month = _MONTH_NUMBERS[(match["month"] or match["month_after"]).lower()]
    day = int(match["day"] or match["day_first"])
    year = (
        match["year"] or match["year_after"] or (match["year_short"] and f"20{match['year_short']}")
    )
    if year:
        return _calendar_date(int(year), month, day)
    # In prose "may 5" is rarely a date; right after a deadline's label ("Applications close
    # December 15. We review ...") it is one.
    right_after_label = ahead and match.start() <= _LABEL_GAP
    if len(match.string.strip()) > _YEARLESS_MAX_TEXT and not right_after_label:
        return None
    return _nearest_day(month, day, as_of, ahead=ahead)


def _relative_date(count: str, unit: str, as_of: datetime) -> date:
    amount = int(count.rstrip("+")) if count[0].isdigit() else 1
    return (as_of - relativedelta(**{_UNITS_BY_WORD[unit.lower()]: amount})).date()


def parse_date(text: str, *, as_of: datetime, ahead: bool = False) -> date | None:
    """The first date text states, absolute or relative to as_of; None when there is none.

    `ahead`: the date is still to come (a deadline), which places a year-less one.
    """
    if day_word := _DAY_WORD.match(text.strip()):
        days = _DAYS_BACK[day_word["word"].lower()]
        return (as_of - relativedelta(days=days)).date()
    match = _DATE_SPAN.search(text)
    if not match:
        return None
    ages = (
        ("count", "unit"),
        ("count_de", "unit_de"),
        ("count_fr", "unit_fr"),
        ("count_age", "unit_age"),
        ("count_cjk", "unit_cjk"),
    )
    for count, unit in ages:
        if match[count]:
            # "3 weeks ago (10/29/2026 4:12 PM)": the calendar date beside an age is the exact one.
            for later in _DATE_SPAN.finditer(text, match.end()):
                if exact := _calendar_date_of(later, as_of, ahead=ahead):
                    return exact
            return _relative_date(match[count], match[unit], as_of)
    if match["month"] or match["month_after"]:
        return _named_month_date(match, as_of, ahead=ahead)
    return _numeric_date(match)


def _calendar_date_of(match: re.Match[str], as_of: datetime, *, ahead: bool) -> date | None:
    """The date a match states with its year, else None (an age, or "Mar 3")."""
    if match["month"] or match["month_after"]:
        if match["year"] or match["year_after"] or match["year_short"]:
            return _named_month_date(match, as_of, ahead=ahead)
        return None
    if any(match[name] for name in ("iso", "dotted", "slashed", "dashed", "year_first")):
        return _numeric_date(match)
    return None


def closing_date(text: str, *, as_of: datetime) -> date | None:
    """The date after an "Apply by" / "Bewerbungsschluss" / "Date limite" label."""
    lowered = lower(text)
    if not any(stem in lowered for stem in _CLOSING_STEMS):
        return None
    # A stated date is exact; "Closing in 3 months" beside it is rounded.
    for match in _CLOSING_LABEL.finditer(lowered):
        if found := parse_date(match["rest"], as_of=as_of, ahead=True):
            return found
    if left := _LEFT_TO_APPLY.search(lowered):
        # "End Date: December 19, 2026 (30+ days left to apply)": the date beside the count.
        line_start = lowered.rfind("\n", 0, left.start()) + 1
        if found := parse_date(lowered[line_start : left.start()], as_of=as_of, ahead=True):
            return found
    if closes_in := _CLOSES_IN.search(lowered) or left:
        amount = int(closes_in["count"])
        return (as_of + relativedelta(**{_UNITS_BY_WORD[closes_in["unit"]]: amount})).date()
    return None


# "(72 days left to apply)" beside a date its label does not name as a deadline (Workday).
_LEFT_TO_APPLY = re.compile(rf"\b(?P<count>\d+)\+?\s+(?P<unit>{_UNITS})\s+left\s+to\s+apply\b")


# "Expires in 28 days", "Wygasa za 28 dni": counted forward from as_of.
_CLOSES_IN = re.compile(
    rf"\b(?:expires\s+in|clos(?:es|ing)\s+in|wygasa\s+za|ważna\s+jeszcze)\s+(?P<count>\d+)\s+"
    rf"(?P<unit>{_UNITS})\b"
)


# How a closing-date line starts ("Closing date: 1 May", "- Bewerbungsschluss: ..."): a cheap test
# before the label pattern, since every line of a description is asked.
_CLOSING_LINE_STARTS = (
    *("apply by", "apply before", "closing", "application", "deadline", "valid", "expire"),
    *("bewerb", "last date", "closes", "advertised until", "job close date", "close date"),
    *("submit by", "scadenza", "fecha límite", "reageren", "solliciteren kan", "sluitingsdatum"),
    *("termin składania", "ważna do", "oferta ważna", "wygasa", "expires in", "ważna jeszcze"),
    *("closes in", "closing in"),
    *(
        "sista ansökningsdag",
        "ansök senast",
        "ansøgningsfrist",
        "søknadsfrist",
        "uzávěrka",
        "unposting date",
        "posting end date",
        "job posting end",
    ),
    *("einsendeschluss", "date limite", "date de clôture", "candidature", "annonc", "affich"),
)


_LEADING_MARKS = re.compile(r"^[^\w(]+")


def is_closing_line(line: str) -> bool:
    """Whether a line states when applications close: a label with a colon or a date after it."""
    # "🗓 Apply by Dec 5", "- Closes 30 November": a newsletter's icon or a bullet first.
    lowered = _LEADING_MARKS.sub("", line.lower())
    if not lowered.startswith(_CLOSING_LINE_STARTS):
        return False
    if _CLOSES_IN.match(lowered):
        return True
    label = _CLOSING_LABEL.match(lowered)
    if not label:
        return False
    return ":" in lowered[: label.start("rest")] or bool(_DATE_SPAN.match(label["rest"]))
