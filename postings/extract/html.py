"""HTML to plain text, and HTML pages to postings.

Markup is first sanitised by nh3 with an allow-list of structural tags and no attributes
at all, so no script, style, event handler or javascript: URL reaches the text converter.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from html import unescape
from urllib.parse import urlsplit

import nh3

from postings.extract.decode import repair_mojibake
from postings.extract.types import ParseResult

_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "main", "ol", "p", "pre"),
        *("section", "table", "ul"),
    }
)
_INLINE_TAGS = frozenset({"a", "b", "br", "code", "em", "i", "span", "strong", "u"})
_TABLE_TAGS = frozenset({"tbody", "td", "th", "thead", "tr"})
_ALLOWED_TAGS = _BLOCK_TAGS | _INLINE_TAGS | _TABLE_TAGS | {"li"}
_DROPPED_WITH_CONTENT = frozenset(
    {
        *("script", "style", "noscript", "template", "iframe", "object", "embed"),
        *("svg", "math", "head", "title"),
    }
)
# A page's chrome is not part of the posting: parse_text would read menus as content.
_PAGE_CHROME = _DROPPED_WITH_CONTENT | {"nav", "header", "footer"}

_SANITISED_TAG = re.compile(r"<(/?)([a-z][a-z0-9]*)>")
_MARKUP = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"
)
# Entity-escaped markup ("&lt;script&gt;") decodes to literal tags; drop those too so no
# consumer that forgets to escape can ever be handed something executable.
_DECODED_TAG = re.compile(
    r"<(script|style)\b.*?</\1\s*>|</?[a-zA-Z][^<>]*>", re.IGNORECASE | re.DOTALL
)
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_BULLET = re.compile(r"(?:[•·▪●◦‣] ?|[-*–] )(?=\S)")
_MARKDOWN_HEADING = re.compile(r"#{1,6} (?=\S)")
_SAFE_URL_SCHEMES = frozenset({"http", "https", "mailto"})
_JSON_LD_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)


def html_to_text(html: str) -> str:
    """Sanitise HTML and render it as text: blank lines between paragraphs, "- " bullets."""
    return _render(html, drop_with_content=_DROPPED_WITH_CONTENT)


def to_text(value: str) -> str:
    """Text from a field that may or may not hold HTML (feeds mix both)."""
    value = repair_mojibake(value)
    if _MARKUP.search(value):
        return html_to_text(value)
    return _tidy_lines(value)


def inline_text(value: str) -> str:
    """A one-line field (title, company, city) as plain text."""
    return " ".join(to_text(value).split())


def safe_url(value: str) -> str:
    """The URL when a browser may follow it (http, https, mailto), else ""."""
    url = value.strip()
    if not url or any(char.isspace() or char in "<>\"'`" for char in url):
        return ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in _SAFE_URL_SCHEMES:
        return ""
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return ""
    return url


def parse_html(text: str, *, as_of: datetime, name: str) -> ParseResult:
    """Postings from a page: its JSON-LD JobPostings when it has any, else its visible text."""
    # Imported here because jsonld renders its descriptions with this module.
    from postings.extract.jsonld import postings_from_jsonld
    from postings.extract.text import parse_text

    result = postings_from_jsonld(_json_ld_blocks(text), as_of=as_of)
    if result.postings or result.skipped:
        return result
    return parse_text(_render(text, drop_with_content=_PAGE_CHROME), as_of=as_of, name=name)


def _json_ld_blocks(html: str) -> list[object]:
    blocks = []
    for match in _JSON_LD_SCRIPT.finditer(html):
        try:
            blocks.append(json.loads(match.group(1)))
        except ValueError:
            continue  # one broken block must not hide the page's other blocks or its text
    return blocks


def _render(html: str, *, drop_with_content: frozenset[str]) -> str:
    clean = nh3.clean(
        html,
        tags=set(_ALLOWED_TAGS),
        clean_content_tags=set(drop_with_content),
        attributes={},  # the output is text, so no attribute is worth the risk
        link_rel=None,
    )
    # nh3 serialises every kept tag bare ("<p>", "</li>") and escapes "<" in text, so a
    # regular expression reads its output exactly, much faster than an HTML parser would.
    # Source whitespace is layout, so it collapses first; the tags then give the line breaks.
    text = unescape(_SANITISED_TAG.sub(_tag_separator, " ".join(clean.split())))
    if "<" in text:
        text = _DECODED_TAG.sub("", text)
    return _tidy_lines(text)


def _tag_separator(match: re.Match[str]) -> str:
    closing, tag = match.groups()
    if tag == "br" or (tag == "tr" and not closing):
        return "\n"
    if tag == "li":
        return "\n" if closing else "\n- "
    if tag in ("td", "th"):
        return " "
    return "\n\n" if tag in _BLOCK_TAGS else ""


def _tidy_lines(text: str) -> str:
    """One space between words, "- " bullets, at most one blank line, none at the ends."""
    lines: list[str] = []
    blank_pending = bullet_pending = False
    for raw_line in _ZERO_WIDTH.sub("", text).splitlines():
        line = _normalise_line(" ".join(raw_line.split()))
        if not line:
            blank_pending = bool(lines) and not bullet_pending
        elif line in ("-", "•"):
            # An empty bullet whose text comes in a following block (<li><p>text</p></li>).
            bullet_pending = True
        else:
            # "<br/><br/>" between list items is spacing, not the end of the list.
            if blank_pending and not (line.startswith("- ") and lines[-1].startswith("- ")):
                lines.append("")
            if bullet_pending and not line.startswith("- "):
                line = f"- {line}"
            lines.append(line)
            blank_pending = bullet_pending = False
    return "\n".join(lines)


def _normalise_line(line: str) -> str:
    if heading := _MARKDOWN_HEADING.match(line):
        line = line[heading.end() :]
    if bullet := _BULLET.match(line):
        line = f"- {line[bullet.end() :]}"
    return line
