"""Headed sections of a posting's text, and the cleaned description they sit in.

Headings come alone on a line ("Basic Qualifications"), as a label ("Aufgaben:") or run into the
text of a flattened page ("... the team. Key job responsibilities As an Applied Scientist ...").
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from postings.extract.types import Sections

_I = re.IGNORECASE

_HEADINGS = {
    "responsibilities": (
        r"(?:key\s+|main\s+|core\s+|your\s+|job\s+|role\s+)*(?:responsibilities|duties|tasks)"
        r"(?:\s+include)?|what\s+you(?:['’]ll|\s+will)\s+(?:do|be\s+doing)|the\s+role|your\s+role"
        r"|in\s+this\s+role(?:,)?\s+you\s+will|(?:deine|ihre|eure)\s+aufgaben|aufgaben"
        r"|(?:dein|ihr)\s+aufgabengebiet|das\s+erwartet\s+(?:dich|sie)|was\s+(?:dich|sie)\s+erwartet"
        r"|(?:vos\s+)?missions(?:\s+principales)?|(?:vos\s+)?responsabilités|ce\s+que\s+vous\s+ferez"
        r"|vos\s+missions\s+et\s+responsabilités"
    ),
    "basic_qualifications": (
        r"(?:basic|minimum|required|key)\s+qualifications?|qualifications?|requirements|required"
        r"|must[- ]haves?|what\s+(?:we(?:['’]re|\s+are)\s+looking\s+for|you(?:['’]ll|\s+will)\s+need"
        r"|you\s+bring)|who\s+you\s+are|your\s+profile|about\s+you|(?:required\s+)?skills"
        r"|qualifikationen|(?:dein|ihr)\s+profil|das\s+bringst\s+du\s+mit|was\s+(?:du|sie)\s+mitbring\w*"
        r"|anforderungen|(?:votre\s+)?profil(?:\s+recherché)?|compétences(?:\s+requises)?|prérequis"
        r"|qualifications\s+requises"
    ),
    "preferred_qualifications": (
        r"preferred(?:\s+qualifications?|\s+skills)?|desired\s+qualifications?|nice[- ]to[- ]haves?"
        r"|bonus(?:\s+points)?|pluses|wünschenswert|von\s+vorteil|idealerweise|atouts"
        r"|(?:ce\s+qui\s+)?serait\s+un\s+plus"
    ),
    "benefits": (
        r"(?:our\s+)?benefits|perks(?:\s+(?:&|and)\s+benefits)?|what\s+we\s+offer|we\s+offer"
        r"|why\s+join\s+us|wir\s+bieten(?:\s+(?:dir|ihnen))?|was\s+wir\s+bieten|unser\s+angebot"
        r"|benefits\s+und\s+vorteile|(?:vos\s+)?avantages|ce\s+que\s+nous\s+(?:offrons|proposons)"
        r"|nous\s+offrons|pourquoi\s+nous\s+rejoindre"
    ),
    "other": (
        r"(?:job\s+)?description|job\s+summary|about\s+the\s+(?:team|company|role|job)|about\s+us"
        r"|a\s+day\s+in\s+the\s+life|key\s+opportunities|company|locations?|compensation|salary"
        r"|how\s+to\s+apply|über\s+uns|stellenbeschreibung|à\s+propos(?:\s+de\s+nous)?"
        r"|qui\s+sommes[- ]nous|description\s+du\s+poste|le\s+poste"
    ),
}
_HEADING_LINE = re.compile(
    r"^\s*(?:"
    + "|".join(f"(?P<{kind}>{words})" for kind, words in _HEADINGS.items())
    + r")\s*:?\s*$",
    _I,
)
# Any short label ending in a colon ("Acknowledgement of country:") closes the section before it.
_LABEL_LINE = re.compile(r"^\s*(?!-)[\w'’&/ ()-]{2,50}:\s*$")

# Headings run into flattened text are only trusted when written like headings: capitalised, and
# either ending in a colon or one of the distinctive multi-word forms followed by a new sentence.
_INLINE_COLON = re.compile(
    r"(?P<heading>(?=(?-i:[A-Z]))(?:"
    + "|".join(_HEADINGS[kind] for kind in _HEADINGS if kind != "other")
    + r"|about\s+the\s+team|a\s+day\s+in\s+the\s+life))\s*:\s*(?=\S)",
    _I,
)
_INLINE_BARE = re.compile(
    r"(?P<heading>Key job responsibilities|Basic Qualifications|Minimum Qualifications"
    r"|Preferred Qualifications|About the team|A day in the life|KEY JOB RESPONSIBILITIES"
    r"|BASIC QUALIFICATIONS|MINIMUM QUALIFICATIONS|PREFERRED QUALIFICATIONS)\s+(?=[A-Z0-9\-•])"
)
_BULLET = re.compile(r"^\s*(?:[-–—•·▪◦●■*✓➢►]|\d{1,2}[.)])\s+")
_INLINE_BULLETS = re.compile(r"(?<=[^\d\s])\s+-\s+(?=\S)")
_MIN_INLINE_BULLETS = 2
_SECTION_FIELDS = tuple(field.name for field in dataclasses.fields(Sections))


@lru_cache(maxsize=4096)
def heading_kind(line: str) -> str | None:
    """Which section a heading line opens ("other" for headings that only end one), or None."""
    match = _HEADING_LINE.match(line)
    if match:
        return next(kind for kind in _HEADINGS if match.group(kind))
    if _LABEL_LINE.match(line) and len(line.split()) <= 6:
        return "other"
    return None


def _split_inline_headings(line: str) -> list[str]:
    pieces, start = [], 0
    colon_headings = _INLINE_COLON.finditer(line) if ":" in line else ()
    matches = sorted([*colon_headings, *_INLINE_BARE.finditer(line)], key=lambda m: m.start())
    for match in matches:
        # A heading starts the line or follows a space, never the middle of a word.
        if match.start() < start or (match.start() and not line[match.start() - 1].isspace()):
            continue
        if before := line[start : match.start()].strip():
            pieces.append(before)
        pieces.append(match["heading"].strip())
        start = match.end()
    if rest := line[start:].strip():
        pieces.append(rest)
    return pieces or [line]


def _split_inline_bullets(line: str) -> list[str]:
    """ "Requirements: - a - b" flattened onto one line becomes one "- item" per line."""
    if " - " not in line:
        return [line]
    items = _INLINE_BULLETS.split(line)
    lead = items.pop(0).strip()
    leading_bullet = _BULLET.match(lead)
    # One " - " in prose is a dash ("Engineer - AI Platform"); a run of them is a flattened list.
    if len(items) + bool(leading_bullet) < _MIN_INLINE_BULLETS:
        return [line]
    lines = [f"- {lead[leading_bullet.end() :]}"] if leading_bullet else [lead] if lead else []
    return lines + [f"- {item.strip()}" for item in items if item.strip()]


def _normalise_bullet(line: str) -> str:
    match = _BULLET.match(line)
    return f"- {line[match.end() :].strip()}" if match else line.strip()


def clean_lines(text: str) -> list[str]:
    """Lines with bullets as "- item" and run-in headings and bullet runs split out."""
    lines = []
    for raw in text.splitlines():
        line = " ".join(raw.replace("\u00a0", " ").split())
        if not line:
            lines.append("")
            continue
        for piece in _split_inline_headings(line):
            if heading_kind(piece) is None:
                lines.extend(_split_inline_bullets(_normalise_bullet(piece)))
            else:
                lines.append(piece)
    return lines


def _paragraphs(lines: list[str]) -> str:
    """Join lines, a blank line between paragraphs and around headings, none doubled."""
    out: list[str] = []
    for line in lines:
        is_heading = bool(line) and heading_kind(line) is not None
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
    """The cleaned description and the text of its responsibilities/qualifications/benefits."""
    lines = clean_lines(text)
    collected: dict[str, list[str]] = {}
    current = None
    for line in lines:
        kind = heading_kind(line) if line else None
        if kind is not None:
            current = kind
            collected.setdefault(kind, [])
        elif current is not None:
            collected[current].append(line)
    sections = Sections(**{name: _paragraphs(collected.get(name, [])) for name in _SECTION_FIELDS})
    return _paragraphs(lines), sections
