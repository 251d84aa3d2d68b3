"""Raw job pages (text copied from a browser, navigation and all) turned into postings.

A page is read as: an optional main posting (a header of short fact lines under the title, then
the body), and listing regions ("Similar jobs", "Related content") that embed other postings,
either as cards (title, company, location, bullets, "Posted 4d ago") or as a location line
followed by a paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from postings.extract.dates import closing_date, parse_date
from postings.extract.locations import find_locations, parse_location
from postings.extract.pay import parse_pay
from postings.extract.sections import clean_lines, heading_kind, split_sections
from postings.extract.types import (
    DocumentError,
    ExtractedPosting,
    Location,
    ParseResult,
    Skipped,
)
from postings.extract.vocab import (
    degree_levels,
    employment_types,
    expired,
    internship_start,
    internship_weeks,
    visa_sponsorship,
    work_arrangement,
)

_I = re.IGNORECASE

# Headings under which a page lists other jobs than its own.
_LISTING_HEADING = re.compile(
    r"^(?:these\s+roles\s+are\s+hiring\s+now|similar\s+(?:jobs|roles|positions|postings)"
    r"|related\s+(?:jobs|content|roles|positions)|people\s+also\s+viewed|more\s+jobs(?:\s+.{0,40})?"
    r"|recommended\s+(?:jobs|for\s+you)|jobs\s+you\s+may\s+(?:be\s+interested\s+in|like)"
    r"|you\s+(?:may|might)\s+also\s+like|other\s+(?:jobs|openings|roles)|ähnliche\s+(?:jobs|stellen\w*)"
    r"|weitere\s+(?:jobs|stellen\w*)|das\s+könnte\s+dich\s+auch\s+interessieren"
    r"|(?:offres|emplois|postes)\s+similaires|d['’]autres\s+offres.*)\s*:?$",
    _I,
)
# Headings where the page's own posting text begins (or resumes after a listing region).
_BODY_HEADING = re.compile(
    r"^(?:(?:job\s+)?description|about\s+the\s+(?:job|role|position)|job\s+details|job\s+summary"
    r"|stellenbeschreibung|jobbeschreibung|description\s+du\s+poste|descriptif\s+du\s+poste"
    r"|détails\s+de\s+l['’]offre)\s*:?$",
    _I,
)
# Navigation, buttons, icon alt texts and banners of job sites.
_CHROME = re.compile(
    r"^(?:skip\s+to\s+(?:main\s+)?content|apply|apply\s+now|apply\s+for\s+this\s+(?:job|role|position)"
    r"|apply\s+on\s+(?:the\s+)?(?:employer|company)(?:['’]s)?\s+(?:site|website)|easy\s+apply"
    r"|save(?:\s+(?:this\s+)?job)?|saved|share(?:\s+this\s+(?:job|role))?|report(?:\s+this)?(?:\s+job)?"
    r"|jetzt\s+bewerben|weiter\s+zur\s+bewerbung|diesen\s+job\s+melden|job\s+speichern|teilen|melden"
    r"|postuler(?:\s+maintenant)?|signaler(?:\s+cette\s+offre)?|sauvegarder|partager"
    r"|(?:view|see|browse)\s+(?:all|similar)\b.*|show\s+(?:more|less)|see\s+more|read\s+more"
    r"|mehr\s+anzeigen|voir\s+plus|sign\s+in|log\s+in|anmelden|se\s+connecter|[\w-]+-(?:icon|logo)"
    r"|check|linkedin|note|job|jobs|unternehmen|keine\s+passenden\s+job-präferenzen"
    r"|erstellen\s+sie\s+ein\s+indeed-konto\b.*|are\s+you\s+applying\b.*\?"
    r"|\(?[mwfdh]/[mwfdh](?:/[mwfdhx])?\)?|company\s+data\s+provided\s+by\b.*"
    r"|h-?1b\s+sponsor\s+likely\w*|.{0,40}[→›»])$",
    _I,
)
_APPLY_BUTTON = re.compile(
    r"^(?:apply|postuler|bewerben|jetzt\s+bewerben|weiter\s+zur\s+bewerbung)", _I
)
# Company-profile widgets (funding rounds, leadership, H1B statistics) are about the employer, not
# the job, and carry amounts that are not pay.
_STATS_HEADING = re.compile(
    r"^(?:h-?1b\s+sponsorship|funding|leadership(?:\s+team)?|company\s+(?:data|facts|size|stats)"
    r"|key\s+investors|total\s+funding)$",
    _I,
)
_GLUED_WORDS = re.compile(r"[a-z)][A-Z]")
_MIN_GLUED = 3
_JOBS_IN_SUFFIX = re.compile(
    r"\s+(?:jobs?|stellen(?:angebote)?|emplois?|offres?)\s+(?:in|en|à|au)\s+(?P<place>[^,()]+)$", _I
)
_COMPANY_AND_WHEN = re.compile(r"^(?P<company>[^·•|]{2,80}?)\s*[·•|]\s*(?P<rest>.+)$")
_FIELD_LABEL = re.compile(
    r"^(?:anstellungsart|job\s+type|employment\s+type|arbeitszeit|type\s+de\s+contrat"
    r"|type\s+d['’]emploi|contract\s+type|vertragsart|work\s+arrangement|arbeitsmodell)\s*:?$",
    _I,
)
_LOCATION_LABEL = re.compile(
    r"^(?:locations?|standorte?|arbeitsort|einsatzort|lieux?|lieu\s+de\s+travail|(?:job|work)\s+"
    r"location)\s*:\s*(?P<value>.*)$",
    _I,
)
_FIELD_SEPARATOR = re.compile(r"\s+\|\s+")
_MIN_PIPE_FIELDS = 3
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$")
_SENTENCE_END = re.compile(r"[.!?:;]$")
_SPACE_BEFORE_PAREN = re.compile(r"(?<=\w)\(")

_ROLE = (
    r"(?:Scientist|Engineer|Developer|Manager|Analyst|Designer|Architect|Researcher|Consultant"
    r"|Specialist|Intern|Director|Administrator|Technician|Officer|Associate|Coordinator"
    r"|Representative|Programmer|Recruiter|Accountant|Writer|Editor|Strategist|Economist"
    r"|Statistician|Product\s+Owner)"
)
_ROLE_WORD = re.compile(rf"\b{_ROLE}s?\b|\b(?:Lead|Head\s+of|Founding|Staff|Principal)\b")
_TITLE_PHRASE = rf"(?P<title>(?:[A-Z][\w&/+.-]*\s+){{0,5}}?{_ROLE})s?\b"
# Where a paragraph names its role: "As an Applied Scientist", "seeking a talented ... Senior
# Applied Scientist", and as a last resort any capitalised role phrase ("mentor Applied Scientists").
_TITLE_CUES = (
    re.compile(rf"\b[Aa]s\s+an?\s+{_TITLE_PHRASE}"),
    re.compile(
        r"\b(?:seeking|looking\s+for|hiring|recruiting|searching\s+for)\s+(?:an?\s+|the\s+)?"
        rf"(?:[a-z][\w-]*,?\s+){{0,6}}?{_TITLE_PHRASE}"
    ),
    re.compile(_TITLE_PHRASE),
)

_NAME_WORD = r"[A-Z][\w&.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
# Phrasings that name an organisation: "Amazon's", "Amazon is seeking", "at Amazon". Each pattern
# starts with literal text, so a 30 KB page is scanned quickly; the name before a cue is then read
# from a short window that ends at the cue.
_CUES_AFTER_NAME = (
    re.compile(r"['’]s\b"),
    *(
        re.compile(
            rf" {verb} (?:a|an|the|seeking|hiring|looking|investing|building|currently"
            r"|particularly|committed|proud)\b"
        )
        for verb in ("is", "are")
    ),
)
_NAME_AT_END = re.compile(rf"{_NAME}$")
_NAME_WINDOW = 60
_CUES_BEFORE_NAME = (
    re.compile(rf" at (?P<name>{_NAME})"),
    re.compile(rf"join(?:ing)? (?P<name>{_NAME})"),
)
# Capitalised words that start sentences rather than name an organisation.
_SENTENCE_STARTERS = """
The This That Our We You Your It Its As In At If A An Please They He She Who What With Join For
And But Key Every Each Here There These Those Today About Whether When Where How Why All Job Role
Team Company Candidate Candidates Interns Intern Students Master Bachelor
"""
_NOT_NAMES = frozenset(_SENTENCE_STARTERS.split())

_LONG_LINE = 100
_SHORT_FACT = 60
_PARAGRAPH = 200
_MAX_COMPANY_WORDS = 8
_MIN_POSTING_SIGNALS = 2


@dataclass
class _Draft:
    """What is known about one posting-like block before it becomes a posting."""

    title: str = ""
    company: str = ""
    locations: list[Location] = field(default_factory=list)
    title_places: list[Location] = field(default_factory=list)  # "... jobs in United States"
    facts: list[str] = field(default_factory=list)  # short lines naming type or arrangement
    pay_lines: list[str] = field(default_factory=list)
    posted: date | None = None
    expired: bool = False
    body: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)  # every line of the block, badges included
    has_apply_button: bool = False
    closed: bool = False  # a card's closing "Posted 4d ago" was seen
    awaiting_field_value: bool = False


@lru_cache(maxsize=8192)
def _is_chrome(line: str) -> bool:
    if _CHROME.match(line):
        return True
    # Tag clouds lose their separators when copied: "Artificial Intelligence (AI)DeliveryE-Commerce".
    return len(_GLUED_WORDS.findall(line)) >= _MIN_GLUED and "," not in line and ". " not in line


def _document_lines(text: str) -> list[str]:
    if "\x00" in text:
        raise DocumentError("the document is binary, not text")
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in text.splitlines()]
    if not any(lines):
        raise DocumentError("the document is empty")
    return lines


def _split_listings(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """The page's own lines, and each region of embedded listings."""
    own: list[str] = []
    regions: list[list[str]] = []
    in_listing = False
    for line in lines:
        if _LISTING_HEADING.match(line):
            regions.append([])
            in_listing = True
        elif in_listing and _BODY_HEADING.match(line):
            in_listing = False
            own.append(line)
        elif in_listing:
            regions[-1].append(line)
        else:
            own.append(line)
    return own, regions


def _short_date(line: str, as_of: datetime) -> date | None:
    return parse_date(line, as_of=as_of) if len(line) <= _SHORT_FACT else None


def _location_line(line: str) -> list[Location]:
    if len(line) > _SHORT_FACT or _SENTENCE_END.search(line):
        return []
    location = parse_location(line)
    return [location] if location else []


def _clean_company(name: str) -> str:
    return _SPACE_BEFORE_PAREN.sub(" (", name).strip(" -–·")


def _looks_like_company(line: str) -> bool:
    return (
        len(line) <= _SHORT_FACT
        and len(line.split()) <= _MAX_COMPANY_WORDS
        and not _SENTENCE_END.search(line)
        and not line.startswith("- ")
        and (line[0].isupper() or line[0].isdigit())
    )


# Short fact lines ("Full-time", "hybrid", "Vollzeit") recur on every page of a site.
@lru_cache(maxsize=8192)
def _names_job_facts(line: str) -> bool:
    return work_arrangement(line) != "unknown" or bool(employment_types(line))


def _take_fact_line(line: str, draft: _Draft, as_of: datetime) -> bool:
    """Record what a short header line says; False when it says nothing recognisable."""
    if draft.awaiting_field_value:
        draft.awaiting_field_value = False
        draft.facts.append(line)
        return True
    if _FIELD_LABEL.match(line):
        draft.awaiting_field_value = True
        return True
    if expired(line):
        draft.expired = True
        return True
    if posted := _short_date(line, as_of):
        draft.posted = posted
        return True
    if len(line) <= _SHORT_FACT and parse_pay(line):
        draft.pay_lines.append(line)
        return True
    locations = _location_line(line)
    draft.locations.extend(locations)
    # "Remote (US)" is a place and an arrangement at once.
    if len(line) <= _SHORT_FACT and _names_job_facts(line):
        draft.facts.append(line)
        return True
    return bool(locations)


def _take_header_line(line: str, draft: _Draft, as_of: datetime) -> None:
    if _is_chrome(line):
        draft.has_apply_button |= bool(_APPLY_BUTTON.match(line))
        return
    if line.casefold() == draft.title.casefold():
        return
    # "Amazon · 10 hours ago": aggregators put the company and the posting age on one line.
    company_and_when = _COMPANY_AND_WHEN.match(line)
    posted = company_and_when and _short_date(company_and_when["rest"], as_of)
    if posted and not draft.company:
        draft.company = _clean_company(company_and_when["company"])
        draft.posted = draft.posted or posted
        return
    if _take_fact_line(line, draft, as_of):
        return
    if draft.company and _clean_company(line).startswith(draft.company):
        return  # "Amazon EU SARL (Germany Branch) - Aachen" repeats what is known
    if not draft.company and _looks_like_company(line):
        draft.company = _clean_company(line)


def _title_and_place(line: str) -> tuple[str, list[Location]]:
    """Aggregators append " jobs in <place>" to a title; that is a place, not part of the title."""
    suffix = _JOBS_IN_SUFFIX.search(line)
    if suffix and (place := parse_location(suffix["place"])):
        return line[: suffix.start()].strip(), [place]
    return line, []


def _starts_body(line: str, title: str) -> bool:
    if _BODY_HEADING.match(line):
        return True
    if line.casefold() == title.casefold():
        return False  # sites repeat the title above the body
    kind = heading_kind(line)
    return (kind is not None and kind != "other") or (len(line) >= _LONG_LINE and not expired(line))


def _strip_stats_blocks(lines: list[str]) -> list[str]:
    kept, in_stats = [], False
    for line in lines:
        if _STATS_HEADING.match(line):
            in_stats = True
        elif in_stats and heading_kind(line) not in (None, "other"):
            in_stats = False
        if not in_stats:
            kept.append(line)
    return kept


def _body_lines(lines: list[str], draft: _Draft, as_of: datetime) -> list[str]:
    """The body's text lines, with chrome dropped and labelled facts ("Anstellungsart") taken."""
    body = []
    for line in lines:
        if not line:
            body.append(line)
        elif draft.awaiting_field_value or _FIELD_LABEL.match(line):
            _take_fact_line(line, draft, as_of)
        elif not _is_chrome(line) and not (not body and _BODY_HEADING.match(line)):
            body.append(line)
    return body


def _main_draft(lines: list[str], as_of: datetime) -> _Draft | None:
    lines = _strip_stats_blocks(lines)
    content = [i for i, line in enumerate(lines) if line and not _is_chrome(line)]
    if not content:
        return None
    first = lines[content[0]]
    draft = _Draft(raw=lines)
    if len(_FIELD_SEPARATOR.findall(first)) >= _MIN_PIPE_FIELDS - 1:
        _take_pipe_fields(first, draft, as_of)
    else:
        draft.title, draft.title_places = _title_and_place(first)
    start = content[0] + 1
    body_start = next(
        (i for i in range(start, len(lines)) if lines[i] and _starts_body(lines[i], draft.title)),
        len(lines),
    )
    for line in lines[start:body_start]:
        if line:
            _take_header_line(line, draft, as_of)
    draft.body = _body_lines(lines[body_start:], draft, as_of)
    return draft


def _take_pipe_fields(line: str, draft: _Draft, as_of: datetime) -> None:
    """ "Acme | Senior Engineer | Berlin | REMOTE | Full-time | €90k", as forum posts start."""
    unnamed = [
        field
        for field in _FIELD_SEPARATOR.split(line)
        if not (_URL.match(field) or _take_fact_line(field, draft, as_of))
    ]
    roles = [field for field in unnamed if _ROLE_WORD.search(field)]
    draft.title = roles[0] if roles else (unnamed[1] if len(unnamed) > 1 else "")
    draft.company = next((field for field in unnamed if field != draft.title), "")


def _posting_signals(draft: _Draft) -> int:
    section_kinds = {heading_kind(line) for line in draft.body if line} - {None, "other"}
    return sum(
        (
            bool(draft.company),
            bool(draft.locations),
            draft.posted is not None,
            bool(draft.pay_lines),
            bool(draft.facts),
            draft.expired,
            draft.has_apply_button,
            len(section_kinds) >= 1,
            len(section_kinds) >= 2,
        )
    )


def _card_drafts(region: list[str], as_of: datetime) -> list[_Draft]:
    """Cards: title, company, location, optional arrangement, bullets, "Posted 4d ago"."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for line in region:
        if not line or _is_chrome(line):
            continue
        cleaned = clean_lines(line)
        if current and cleaned[0].startswith("- "):
            current.body.extend(cleaned)
        elif current and not current.closed and (posted := _short_date(line, as_of)):
            current.posted, current.closed = posted, True
        elif current is None or current.closed or current.body:
            current = _Draft(title=line)
            drafts.append(current)
        elif _take_fact_line(line, current, as_of):
            pass
        elif not current.company:
            current.company = _clean_company(line)
        else:
            current.body.append(line)
        if current:
            current.raw.append(line)
    return drafts


def _title_from_text(text: str) -> str:
    for cue in _TITLE_CUES:
        if match := cue.search(text):
            return " ".join(match["title"].split())
    return ""


def _located_drafts(region: list[str]) -> list[_Draft]:
    """Blocks of a location line ("US, WA, Seattle") and a paragraph that never names its title."""
    drafts: list[_Draft] = []
    for line in region:
        if not line or _is_chrome(line):
            continue
        if locations := _location_line(line):
            drafts.append(_Draft(locations=locations, raw=[line]))
        elif drafts:
            drafts[-1].body.append(line)
            drafts[-1].raw.append(line)
    for draft in drafts:
        draft.title = _title_from_text(" ".join(draft.body))
    # A listing groups similar roles, so a paragraph that names no role takes the one its
    # siblings name most often.
    titles = Counter(draft.title for draft in drafts if draft.title)
    if titles:
        for draft in drafts:
            draft.title = draft.title or titles.most_common(1)[0][0]
    return drafts


def _is_location_led(region: list[str]) -> bool:
    content = [line for line in region if line and not _is_chrome(line)]
    return any(
        _location_line(line) and len(following) >= _PARAGRAPH
        for line, following in zip(content, content[1:], strict=False)
    )


def _listing_drafts(region: list[str], as_of: datetime) -> list[_Draft]:
    if _is_location_led(region):
        return _located_drafts(region)
    return _card_drafts(region, as_of)


def _organisation_names(text: str) -> Iterator[str]:
    for cue in _CUES_AFTER_NAME:
        for match in cue.finditer(text):
            window = text[max(0, match.start() - _NAME_WINDOW) : match.start()]
            if name := _NAME_AT_END.search(window):
                yield name.group()
    for cue in _CUES_BEFORE_NAME:
        yield from (match["name"] for match in cue.finditer(text))


def _organisations(text: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for name in _organisation_names(text):
        words = name.rstrip(".-").split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if words:
            names[" ".join(words)] += 1
    return names


def _page_organisation(text: str) -> str:
    named = _organisations(text).most_common(1)
    return named[0][0] if named else ""


def _organisation(draft: _Draft, page_organisation: str) -> str:
    """The organisation a block names, preferring the one the whole page is about."""
    text = "\n".join(draft.raw)
    if page_organisation and re.search(rf"\b{re.escape(page_organisation)}\b", text):
        return page_organisation
    named = _organisations(text).most_common(1)
    return named[0][0] if named else page_organisation


def _labelled_locations(body: list[str]) -> list[Location]:
    """Places after a "Locations:" label, on its line or the next one."""
    for i, line in enumerate(body):
        if not (label := _LOCATION_LABEL.match(line)):
            continue
        value = label["value"] or next((later for later in body[i + 1 :] if later), "")
        # "positions available in (but not limited to): Arlington, VA; ..."
        return find_locations(value.rsplit(":", 1)[-1])
    return []


def _internship_facts(text: str, types: list[str]) -> tuple[int | None, str]:
    if "internship" not in types:
        return None, ""
    return internship_weeks(text), internship_start(text)


def _posting(draft: _Draft, company: str, as_of: datetime) -> ExtractedPosting:
    body_text = "\n".join(draft.body)
    raw_text = "\n".join(draft.raw)
    facts = "\n".join(draft.facts)
    description, sections = split_sections(body_text)
    locations = draft.locations or _labelled_locations(draft.body) or draft.title_places
    country = locations[0].country if locations else ""
    types = employment_types(f"{draft.title}\n{facts}") or employment_types(body_text)
    arrangement = work_arrangement(facts)
    if arrangement == "unknown":
        arrangement = work_arrangement(body_text)
    pay = next(
        (pay for line in draft.pay_lines if (pay := parse_pay(line, country=country))), None
    ) or parse_pay(body_text, country=country)
    weeks, start = _internship_facts(body_text, types)
    return ExtractedPosting(
        title=draft.title,
        company=company,
        locations=locations,
        description=description,
        sections=sections,
        employment_types=types,
        work_arrangement=arrangement,
        pay=pay,
        posted_on=draft.posted,
        valid_through=closing_date(raw_text, as_of=as_of),
        expired=draft.expired or expired(body_text),
        degree_levels=degree_levels(f"{draft.title}\n{body_text}"),
        visa_sponsorship=visa_sponsorship(raw_text),
        internship_weeks=weeks,
        internship_start=start,
    )


def _drafts(lines: list[str], as_of: datetime) -> list[_Draft]:
    own, regions = _split_listings(lines)
    main = _main_draft(own, as_of)
    drafts = []
    if main and _posting_signals(main) >= _MIN_POSTING_SIGNALS:
        drafts.append(main)
    for region in regions:
        drafts.extend(_listing_drafts(region, as_of))
    return drafts


def parse_text(text: str, *, as_of: datetime, name: str = "") -> ParseResult:
    """Every posting a raw job page carries; `name` only labels the document in messages."""
    lines = _document_lines(text)
    page_organisation = None  # counted only when some block names no company
    result = ParseResult()
    seen = set()
    for draft in _drafts(lines, as_of):
        if not draft.company and page_organisation is None:
            page_organisation = _page_organisation(text)
        company = draft.company or _organisation(draft, page_organisation or "")
        if not draft.title or not company:
            missing = "title" if not draft.title else "company"
            result.skipped.append(Skipped(reason=f"no {missing} found", title=draft.title))
            continue
        posting = _posting(draft, company, as_of)
        key = (posting.title, posting.company, tuple(posting.locations), posting.description)
        if key not in seen:
            seen.add(key)
            result.postings.append(posting)
    if not result.postings:
        what = f"{name}: " if name else ""
        result.note = (
            f"{what}no job posting found; every posting-like block lacked a title or company"
            if result.skipped
            else f"{what}no job posting found; the page reads like an article or a list of links"
        )
    return result
