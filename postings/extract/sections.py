"""Headed sections of a posting's text, and the cleaned description they sit in.

Headings come alone on a line ("Basic Qualifications"), as a label ("Aufgaben:") or run into the
text of a flattened page ("... the team. Key job responsibilities As an Applied Scientist ...").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from postings.extract.dates import is_closing_line
from postings.extract.types import Sections

_I = re.IGNORECASE

_HEADINGS = {
    "responsibilities": (
        r"(?:key\s+|main\s+|core\s+|daily\s+|primary\s+|essential\s+|your\s+|job\s+|role\s+)*"
        r"(?:responsibilities|duties|tasks)(?:\s+(?:will\s+)?include)?"
        r"|what\s+you(?:['’]ll|['’]d|\s+will|\s+would)\s+(?:do|be\s+doing|work\s+on|achieve)|the\s+role"
        r"|your\s+role"
        r"|roles?\s*(?:&|and)\s*responsibilities|job\s+duties"
        r"|(?:in\s+this\s+role,?\s+)?you(?:['’]ll|\s+will)"
        r"|what\s+will\s+(?:your|my)\s+(?:job|role|day)\s+look\s+like"
        r"|what\s+(?:your|the)\s+(?:job|role|day)\s+will\s+look\s+like"
        r"|(?:deine|ihre|eure)\s+aufgaben|aufgaben|(?:dein|ihr)\s+aufgabengebiet"
        r"|das\s+erwartet\s+(?:dich|sie)|was\s+(?:dich|sie)\s+erwartet"
        r"|(?:vos\s+)?missions(?:\s+principales)?|(?:vos\s+)?responsabilités|ce\s+que\s+vous\s+ferez"
        r"|vos\s+missions\s+et\s+responsabilités|votre\s+rôle"
        r"|(?:tus\s+|sus\s+)?funciones|(?:tus\s+)?responsabilidades|qué\s+harás|mansioni"
        r"|responsabilità|(?:jouw\s+)?taken|verantwoordelijkheden|wat\s+ga\s+je\s+doen"
        r"|les\s+missions\s+du\s+poste|(?:votre|ta)\s+fonction|(?:le\s+)?tue\s+responsabilità"
        r"|vos\s+principales\s+missions|attività\s+previste|about\s+the\s+internship"
        r"|in\s+this\s+(?:exciting\s+)?role,?\s+you\s+will"
        r"|jouw\s+functie|(?:tus\s+)?tareas|tes\s+missions|(?:votre|ta)\s+mission"
        # Polish and Portuguese.
        r"|(?:zakres\s+)?obowiązków|obowiązki|czym\s+będziesz\s+się\s+zajmować|twoje\s+zadania"
        r"|zadania|(?:suas\s+)?responsabilidades|atribuições|o\s+que\s+você\s+(?:vai|irá)\s+fazer"
        r"|what\s+the\s+(?:job|role)\s+involves|what\s+you['’]ll\s+be\s+working\s+on"
        r"|(?:le\s+)?tue\s+attività|attività|atividades|(?:suas\s+)?tarefas"
    ),
    "basic_qualifications": (
        r"(?:basic|minimum|required|key|essential)\s+(?:qualifications?|requirements|skills)"
        r"|qualifications?|eligibility(?:\s+criteria)?|who\s+can\s+apply"
        r"|requirements|required|you\s+(?:may|might)\s+be\s+a\s+(?:good|great)\s+fit\s+if(?:\s+you)?"
        r"|you(?:['’]re|\s+are)\s+a\s+(?:good|great)\s+fit\s+if(?:\s+you)?"
        r"|must[- ]haves?|what\s+(?:we(?:['’]re|\s+are)\s+looking\s+for|you(?:['’]ll|\s+will)\s+need"
        r"|you\s+bring)|who\s+you\s+are|your\s+profile|about\s+you|(?:required\s+)?skills(?:\s+required)?"
        r"|all\s+you\s+need\s+is|what\s+you\s+need|we(?:['’]re|\s+are)\s+looking\s+for"
        r"|qualifikationen|(?:dein|ihr)\s+profil|das\s+bringst\s+du\s+mit|was\s+(?:du|sie)\s+mitbring\w*"
        r"|(?:du|sie)\s+bringst?\s+mit|anforderungen|(?:votre\s+)?profil(?:\s+recherché)?"
        r"|compétences(?:\s+requises)?|prérequis|qualifications\s+requises"
        r"|requisitos(?:\s+mínimos)?|qué\s+buscamos|requisiti|functie-?eisen|wie\s+ben\s+(?:jij|je)"
        r"|wat\s+vragen\s+wij|profilo(?:\s+ricercato)?|le\s+profil\s+recherché"
        r"|(?:desired\s+)?candidate\s+profile|skills\s*/\s*qualifications|jouw\s+profiel"
        r"|(?:il\s+)?tuo\s+profilo|requirements\s+and\s+qualifications"
        r"|what\s+you(?:['’]ll|\s+will)\s+bring|essential\s+criteria|wat\s+vragen\s+we|ton\s+profil"
        r"|kenntnisse|profil\s+souhaité|requisiti\s+di\s+ammissione|requisitos\s+de\s+los\s+candidatos"
        r"|skills?\s*(?:\(s\))?\s+required|preferred\s+education(?:\s*/\s*experience)?"
        r"|wymagania|(?:czego\s+)?oczekujemy|nasze\s+wymagania|requisitos\s+e\s+qualificações"
        r"|o\s+que\s+(?:buscamos|esperamos)"
        r"|you\s+(?:may|might)\s+be\s+a\s+fit\s+if(?:\s+you)?|you(?:['’]re|\s+are)\s+a\s+fit\s+if(?:\s+you)?"
    ),
    "preferred_qualifications": (
        r"preferred(?:\s+qualifications?|\s+skills)?|nice[- ]to[- ]haves?"
        r"|(?:desired|desirable)\s+(?:qualifications?|requirements|skills)"
        r"|preferred\s+requirements|good[- ]to[- ]haves?|bonus(?:\s+points)?(?:\s+if\s+you(?:\s+have)?)?"
        r"|it(?:['’]s|\s+is)\s+a\s+plus\s+if(?:\s+you)?|pluses|wünschenswert|von\s+vorteil|idealerweise"
        r"|atouts|(?:ce\s+qui\s+)?serait\s+un\s+plus|se\s+valorará|valorable|deseable"
        r"|costituisce\s+un\s+plus|pluspunten|desirable|desired|costituisce\s+titolo\s+preferenziale"
        r"|desirable\s+criteria|méritos\s+valorables|mile\s+widziane|diferenciais"
    ),
    "benefits": (
        r"(?:our\s+)?benefits|perks(?:\s+(?:&|and)\s+benefits)?|what\s+we\s+offer|we\s+offer"
        r"|why\s+join\s+us|what['’]s\s+in\s+it\s+for\s+you|why\s+you(?:['’]ll|\s+will)\s+love\s+(?:this\s+job|working\s+here|it|us)"
        r"|wir\s+bieten(?:\s+(?:dir|ihnen))?|was\s+wir\s+bieten|unser\s+angebot"
        r"|benefits\s+und\s+vorteile|(?:vos\s+)?avantages|ce\s+que\s+nous\s+(?:offrons|proposons)"
        r"|nous\s+offrons|pourquoi\s+nous\s+rejoindre|(?:qué\s+)?ofrecemos|beneficios"
        r"|(?:cosa\s+)?offriamo|wat\s+bieden\s+wij|wij\s+bieden|arbeidsvoorwaarden"
        r"|what\s+we\s+can\s+offer|nous\s+vous\s+offrons|notre\s+offre|ons\s+aanbod|wat\s+wij\s+bieden"
        r"|te\s+ofrecemos|pay\s*(?:&|and)\s*benefits|benefits\s+package|remuneration|warum\s+wir"
        r"|wat\s+bieden\s+we|pourquoi\s+nous\s+rejoindre|why\s+work\s+(?:with|for)\s+us"
        r"|das\s+bieten\s+wir(?:\s+dir|\s+ihnen)?|si\s+offre"
        r"|(?:co\s+)?oferujemy|benefity|benefícios|o\s+que\s+oferecemos"
        r"|(?:salary|compensation|pay)\s*(?:&|and)\s*(?:benefits|perks)|compensation\s*(?:&|and)\s*perks"
    ),
    "other": (
        r"(?:job\s+)?description|job\s+summary|about\s+the\s+(?:team|company|role|job)|about\s+us"
        r"|who\s+are\s+we|a\s+day\s+in\s+the\s+life|key\s+opportunities|company|locations?"
        r"|compensation|salary|how\s+to\s+apply|über\s+uns|wer\s+wir\s+sind|stellenbeschreibung"
        r"|à\s+propos(?:\s+de\s+nous)?|qui\s+sommes[- ]nous|description\s+du\s+poste|le\s+poste"
        r"|(?:our\s+)?(?:interview|hiring|recruiting)\s+process|déroulement\s+des\s+entretiens"
        r"|processus\s+de\s+recrutement|(?:unser\s+)?bewerbungsprozess|why\s+this\s+role"
        r"|descripción(?:\s+del\s+puesto)?|sobre\s+nosotros|quiénes\s+somos|chi\s+siamo"
        r"|descrizione|over\s+ons|functieomschrijving|opis\s+stanowiska|o\s+nas|o\s+firmie"
        r"|descrição(?:\s+da\s+vaga)?|sobre\s+(?:nós|a\s+empresa)"
        # What follows a posting's own text on job sites closes its last section.
        r"|employer\s+questions|company\s+profile|about\s+the\s+employer|report\s+this\s+job(?:\s+advert)?"
        r"|work\s+locations?(?:\s*\(s\))?|contact(?:\s+(?:us|person|details|information))?|kontakt"
        r"|contacto|contatti|informations?\s+complémentaires|additional\s+information|where\s+to\s+apply"
        r"|conditions|equal\s+opportunit\w+(?:\s+employer)?|eeo\s+statement|entreprise|eckdaten"
        r"|kenmerken|(?:dein|ihr)\s+kontakt|tech\s+stack|required\s+documents|how\s+you\s+will\s+be\s+evaluated"
    ),
}
# A heading may end in a colon, a question mark ("What will your job look like?") or an
# ellipsis ("All you need is...").
_END = r"(?::|\?|\.{3}|…)"
_HEADING_LINE = re.compile(
    r"^\s*(?:"
    + "|".join(f"(?P<{kind}>{words})" for kind, words in _HEADINGS.items())
    + rf")\s*{_END}?\s*$",
    _I,
)
# Any short label ending in a colon ("Acknowledgement of country:") or a short question ("Who are
# we?") closes the section before it.
_LABEL_LINE = re.compile(r"^\s*(?!-)[\w'’&/ ()-]{2,50}[:?]\s*$")
_MAX_LABEL_WORDS = 6
# ... unless the label is a sentence leading into a list, which ends in a word that needs one:
# "You'll have opportunities to:", "The team will:", "Du wirst:", "Vous pourrez :".
_LEAD_IN = re.compile(
    r"\s(?:to|will|would|can|could|should|must|include|includes|including|following|as|like"
    r"|such\s+as|wirst|werden|wird|kannst|können|allez|pourrez|serez|devrez)\s*:\s*$",
    _I,
)
# Headings longer than this are sentences; heading_kind answers them without a regex.
_MAX_HEADING_CHARS = 80

# Headings run into flattened text are only trusted when written like headings: capitalised, and
# either ending in a colon, question mark or ellipsis, or one of the distinctive multi-word forms
# followed by a new sentence.
_RUN_IN = re.compile(
    "(?:"
    + "|".join(_HEADINGS[kind] for kind in _HEADINGS if kind != "other")
    + r"|about\s+the\s+team|a\s+day\s+in\s+the\s+life)",
    _I,
)
_RUN_IN_ENDS = (":", "?", "…", "...")
_WORD_START = re.compile(r"(?<!\S)\S")
_RUN_IN_REACH = 60  # the longest run-in heading, in characters
_INLINE_BARE = re.compile(
    r"(?P<heading>Key job responsibilities|Basic Qualifications|Minimum Qualifications"
    r"|Preferred Qualifications|About the team|A day in the life|KEY JOB RESPONSIBILITIES"
    r"|BASIC QUALIFICATIONS|MINIMUM QUALIFICATIONS|PREFERRED QUALIFICATIONS)\s+(?=[A-Z0-9\-•*])"
)
# Text every _INLINE_BARE heading holds; lines without any skip the pattern.
_BARE_MARKS = (
    *("ualifications", "UALIFICATIONS", "job responsibilities", "JOB RESPONSIBILITIES"),
    *("About the team", "A day in the life"),
)
# "## Who are we? ..." : Markdown heading marks left inside flattened text.
_MARKDOWN_MARK = re.compile(r"(?:^|\s+)#{1,6}\s+(?=\S)")

_BULLET = re.compile(r"^\s*(?:[-–—•·▪◦●■*✓➢►]|\d{1,2}[.)])\s+")
_BULLET_STARTS = frozenset("-–—•·▪◦●■*✓➢►0123456789 ")
_MIN_INLINE_BULLETS = 2
_SECTION_FIELDS = tuple(field.name for field in dataclasses.fields(Sections))


def heading_kind(line: str) -> str | None:
    """Which section a heading line opens ("other" for headings that only end one), or None."""
    if len(line) > _MAX_HEADING_CHARS:
        return None
    return _short_heading_kind(line)


@lru_cache(maxsize=4096)
def _short_heading_kind(line: str) -> str | None:
    match = _HEADING_LINE.match(line)
    if match:
        return next(kind for kind in _HEADINGS if match.group(kind))
    if (
        _LABEL_LINE.match(line)
        and len(line.split()) <= _MAX_LABEL_WORDS
        and not _LEAD_IN.search(line)
    ):
        return "other"
    return None


def _squeezed_lines(text: str) -> list[str]:
    """The lines with one space between words.

    Most texts are tidy already (an export, rendered HTML); that is checked on the whole text at
    once, which is much cheaper than splitting every line into words.
    """
    if "  " not in text and text.replace("\n", "").isprintable():
        lines = text.split("\n")
        if " \n" in text or "\n " in text or text[:1] == " " or text[-1:] == " ":
            return [line.strip() for line in lines]
        return lines
    return [" ".join(line.split()) for line in text.splitlines()]


def _continues_label(line: str, start: int) -> bool:
    """Whether the word before start is capitalised too: "Education Required:" is one label."""
    previous = line[:start].rstrip().rpartition(" ")[2]
    return bool(previous) and previous[0].isupper() and previous[-1].isalnum()


def _label_start(line: str, start: int) -> int:
    """Where the capitalised label that a heading word ends begins ("Special Skills Required")."""
    for _ in range(_MAX_LABEL_WORDS - 1):
        if not (start and _continues_label(line, start)):
            break
        start = line.rstrip().rfind(" ", 0, start - 1) + 1
    return start


def _run_in_heading(line: str, end: int) -> int | None:
    """Where a run-in heading that ends at `end` starts, or None."""
    stop = len(line[:end].rstrip())
    for word in _WORD_START.finditer(line, max(0, end - _RUN_IN_REACH), end):
        # A heading starts a word, with a capital.
        if word.group().isupper() and _RUN_IN.fullmatch(line, word.start(), stop):
            return word.start()
    return None


def _ended_headings(line: str) -> Iterator[tuple[int, int, str]]:
    """Run-in headings ending in a colon, question mark or ellipsis, with text after them."""
    for end_mark in _RUN_IN_ENDS:
        end = line.find(end_mark)
        while end > 0:
            after = end + len(end_mark)
            if line[after:].strip() and (start := _run_in_heading(line, end)) is not None:
                label_start = _label_start(line, start)
                if label_start < start:
                    # A longer label ("Education Required:") keeps its colon and reads as one.
                    yield label_start, after, line[label_start:after]
                else:
                    heading = line[start:end] if end_mark == ":" else line[start:after]
                    yield start, after, heading.strip()
            end = line.find(end_mark, after)


def _bare_headings(line: str) -> Iterator[tuple[int, int, str]]:
    if not _has_bare_mark(line):
        return
    for match in _INLINE_BARE.finditer(line):
        if not (match.start() and _continues_label(line, match.start())):
            yield match.start(), match.end(), match["heading"]


def _has_bare_mark(text: str) -> bool:
    return any(mark in text for mark in _BARE_MARKS)


def _split_inline_headings(line: str, *, bare: bool) -> list[str]:
    """The line, with the headings run into it on lines of their own.

    `bare` says whether the text holds any of the headings that may run in without a colon.
    """
    if not (bare or ":" in line or "?" in line or "…" in line or "..." in line):
        return [line]
    pieces, position = [], 0
    spans = sorted([*_ended_headings(line), *(_bare_headings(line) if bare else ())])
    for start, end, heading in spans:
        if start < position:
            continue  # inside a heading already taken ("Key qualifications:" and "qualifications:")
        if before := line[position:start].strip():
            pieces.append(before)
        pieces.append(heading)
        position = end
    if rest := line[position:].strip():
        pieces.append(rest)
    return pieces or [line]


def _split_markdown_headings(line: str) -> list[str]:
    """ "... ## Who are we? Amdocs helps ..." : the marked heading runs up to its end mark."""
    if "# " not in line:
        return [line]
    pieces = []
    for i, piece in enumerate(_MARKDOWN_MARK.split(line)):
        end = min((piece.find(mark) for mark in _RUN_IN_ENDS if mark in piece), default=-1)
        if i and 0 < end < _RUN_IN_REACH:
            after = end + (1 if piece[end] != "." else 3)
            heading = piece[:end] if piece[end] == ":" else piece[:after]
            pieces.extend([heading.strip(), piece[after:].strip()])
        else:
            pieces.append(piece.strip())
    return [piece for piece in pieces if piece]


def _split_inline_bullets(line: str) -> list[str]:
    """ "Requirements: - a - b" or "• a • b" flattened onto one line: one "- item" per line."""
    if "•" in line:
        # "•" is never a dash or an operator, so even one marks a list.
        lead, *items = (item.strip() for item in line.split("•"))
    elif " - " in line or " * " in line:
        lead, *items = _dash_items(line.replace(" * ", " - "))
        leading_bullet = _BULLET.match(lead)
        # One " - " in prose is a dash ("Engineer - AI Platform"); a run of them is a list.
        if len(items) + bool(leading_bullet) < _MIN_INLINE_BULLETS:
            return [line]
    else:
        return [line]
    leading_bullet = _BULLET.match(lead)
    lines = [f"- {lead[leading_bullet.end() :]}"] if leading_bullet else [lead] if lead else []
    return lines + [f"- {item}" for item in items if item]


def _dash_items(line: str) -> list[str]:
    """The line split at " - ", except in ranges ("3 - 6 months"). Lines are squeezed already."""
    items = []
    for part in line.split(" - "):
        if items and (items[-1][-1:].isdigit() or not part or not items[-1]):
            items[-1] = f"{items[-1]} - {part}"
        else:
            items.append(part)
    return [item.strip() for item in items]


def _normalise_bullet(line: str) -> str:
    match = _BULLET.match(line) if line[0] in _BULLET_STARTS else None
    return f"- {line[match.end() :].strip()}" if match else line


def clean_lines(text: str) -> list[str]:
    """Lines with bullets as "- item" and run-in headings and bullet runs split out."""
    return [line for line, _ in _classified_lines(text)]


def _classified_lines(text: str) -> list[tuple[str, str | None]]:
    """The clean lines, each with the heading kind it has (None for text and blank lines)."""
    # Steps that need a mark the text lacks are skipped for all its lines at once.
    markdown = "#" in text
    bare = _has_bare_mark(text)
    lines: list[tuple[str, str | None]] = []
    for line in _squeezed_lines(text):
        if not line:
            lines.append(("", None))
            continue
        for marked in _split_markdown_headings(line) if markdown else (line,):
            for piece in _split_inline_headings(marked, bare=bare):
                if (kind := heading_kind(piece)) is None:
                    bullets = _split_inline_bullets(_normalise_bullet(piece))
                    lines.extend((item, None) for item in bullets)
                else:
                    lines.append((piece, kind))
    return lines


def _paragraphs(lines: list[tuple[str, str | None]]) -> str:
    """Join lines, a blank line between paragraphs and around headings, none doubled."""
    out: list[str] = []
    for line, kind in lines:
        is_heading = kind is not None
        if (is_heading or not line) and out and out[-1]:
            out.append("")
        if line:
            out.append(line)
        if is_heading:
            out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def split_sections(text: str) -> tuple[str, Sections]:
    """The cleaned description and the text of its responsibilities/qualifications/benefits.

    A section runs to the next heading, or to a line saying when applications close, which
    belongs to the posting rather than to the section above it.
    """
    lines = _classified_lines(text)
    collected: dict[str, list[tuple[str, str | None]]] = {}
    current = None
    for line, kind in lines:
        if kind is not None:
            current = kind
            collected.setdefault(kind, [])
        elif current is not None and line and is_closing_line(line):
            current = None
        elif current is not None:
            collected[current].append((line, None))
    sections = Sections(
        **{name: _paragraphs(collected[name]) for name in _SECTION_FIELDS if name in collected}
    )
    return _paragraphs(lines), sections
