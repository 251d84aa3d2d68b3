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

_SANITISED_TAG = re.compile(r"(</?[a-z][a-z0-9]*>)")
_MARKUP = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);"
)
# Entity-escaped markup ("&lt;script&gt;") decodes to literal tags; drop those too so no
# consumer that forgets to escape can ever be handed something executable.
_DECODED_TAG = re.compile(
    r"<(script|style)\b.*?</\1\s*>|</?[a-zA-Z][^<>]*>", re.IGNORECASE | re.DOTALL
)
# Every character str.splitlines breaks at, and tabs.
_LAYOUT_BREAKS = "\r\n\t\f\v\x1c\x1d\x1e\x85\u2028\u2029"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DROP_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH))
_BULLET = re.compile(r"(?:[•·▪●◦‣] ?|[-*–] )(?=\S)")
_MARKDOWN_HEADING = re.compile(r"#{1,6} (?=\S)")
# The first characters of a bullet or a Markdown heading; other lines skip both patterns.
_LINE_MARKERS = frozenset("•·▪●◦‣-*–#")
# What _tidy_lines would change at a line start: a space, a run of blank lines, a "-" that is
# no "- " bullet, bullets in other forms, Markdown headings. The pattern opens with a literal
# newline, so the engine jumps from line to line instead of trying every position.
_UNTIDY_LINE_START = re.compile(r"\n(?: |\n\n|-(?! )|[*–] |[•·▪●◦‣]|#{1,6} )")
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
    value = _unescaped_markup(repair_mojibake(value))
    # Most plain text holds neither character; finding them is much cheaper than the regex.
    if ("<" in value or "&" in value) and _MARKUP.search(value):
        return html_to_text(value)
    return _tidy_lines(value)


# Markup sent entity-escaped ("&lt;p&gt;", even "&amp;lt;p&amp;gt;"), as Greenhouse's JSON does.
_ESCAPED_TAG = re.compile(r"&(?:amp;)*lt;/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*?)?/?&(?:amp;)*gt;")
_ESCAPING_LAYERS = 3


def _unescaped_markup(value: str) -> str:
    """Escaped markup decoded into markup, so that it is sanitised and rendered as such; text
    that also holds real tags shows escaped ones as text on purpose and is left alone."""
    if "&" not in value or "<" in value:
        return value
    for _ in range(_ESCAPING_LAYERS):
        if not _ESCAPED_TAG.search(value):
            break
        value = unescape(value)
    return value


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
    from postings.extract.jsonld import is_article, postings_from_jsonld
    from postings.extract.text import parse_text

    blocks = _json_ld_blocks(text)
    result = postings_from_jsonld(blocks, as_of=as_of)
    if result.postings:
        page_url = _page_url(text)
        for posting in result.postings:
            posting.source_url = posting.source_url or page_url
            posting.apply_url = posting.apply_url or page_url
        return result
    if is_article(blocks):
        what = f"{name}: " if name else ""
        return ParseResult(note=f"{what}no job posting found; the page is marked up as an article")
    # A JobPosting without a title or employer: the page's own text may still name them.
    # A <header> holding the page's <h1> is the posting's own header, not the site's.
    page = _HEADER_WITH_TITLE.sub(r"<div>\1</div>", text)
    found = parse_text(_render(page, drop_with_content=_PAGE_CHROME), as_of=as_of, name=name)
    return found if found.postings or not result.skipped else result


_HEADER_WITH_TITLE = re.compile(
    r"<header\b[^>]*>((?:(?!</?header\b).)*?<h1\b(?:(?!</?header\b).)*)</header\s*>",
    re.IGNORECASE | re.DOTALL,
)


def _json_ld_blocks(html: str) -> list[object]:
    blocks = []
    for match in _JSON_LD_SCRIPT.finditer(html):
        try:
            blocks.append(_lenient_json(match.group(1)))
        except ValueError:
            continue  # one broken block must not hide the page's other blocks or its text
    return blocks


# What sites leave in their JSON-LD that browsers and Google forgive: an HTML comment around
# it, a comma before a closing bracket.
_HTML_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def _lenient_json(block: str) -> object:
    try:
        return json.loads(block)
    except ValueError:
        return json.loads(_TRAILING_COMMA.sub(r"\1", _HTML_COMMENT.sub("", block)))


_CANONICAL = re.compile(
    r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>|<meta\b[^>]*\bproperty\s*=\s*[\"']og:url[\"'][^>]*>",
    re.IGNORECASE,
)
_URL_ATTRIBUTE = re.compile(r"\b(?:href|content)\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)


def _page_url(html: str) -> str:
    """The page's own address, from its canonical link or og:url, when the posting has none."""
    for tag in _CANONICAL.finditer(html):
        if (found := _URL_ATTRIBUTE.search(tag.group())) and (url := safe_url(unescape(found[1]))):
            return url
    return ""


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
    # Source line breaks are layout, so they go first; the tags then give the line breaks.
    # Layout breaks become spaces here; _tidy_lines collapses the runs of spaces line by line.
    for layout in _LAYOUT_BREAKS:
        if layout in clean:
            clean = clean.replace(layout, " ")
    # Splitting on tags and joining is several times faster than a substitution with a callback.
    pieces = _SANITISED_TAG.split(clean)
    pieces[1::2] = [_SEPARATORS.get(tag, "") for tag in pieces[1::2]]
    text = "".join(pieces)
    if "&" in text:
        text = unescape(text)
    if "<" in text:
        text = _DECODED_TAG.sub("", text)
    return _tidy_lines(text)


def _separator(tag: str) -> str:
    closing, name = tag.startswith("</"), tag.strip("</>")
    if name == "br" or (name == "tr" and not closing):
        return "\n"
    if name == "li":
        return "\n" if closing else "\n- "
    if name == "th":
        # A header cell labels the row: "<th>Location</th><td>Bristol</td>" is "Location: Bristol".
        return ": " if closing else ""
    if name == "td":
        return " "
    return "\n\n" if name in _BLOCK_TAGS else ""


# What each sanitised tag becomes, worked out once: descriptions hold a hundred tags each.
_SEPARATORS = {
    form: _separator(form) for name in _ALLOWED_TAGS for form in (f"<{name}>", f"</{name}>")
}


def _is_tidy(text: str) -> bool:
    """Whether _tidy_lines would return the text as it is, as it does for an export re-imported.

    A few scans of the whole text cost far less than tidying it line by line.
    """
    if not text or text[-1].isspace() or _UNTIDY_LINE_START.match(f"\n{text[:8]}"):
        return False
    if "  " in text or " \n" in text or _UNTIDY_LINE_START.search(text):
        return False
    return not _has_gap_in_list(text) and text.replace("\n", "").isprintable()


def _has_gap_in_list(text: str) -> bool:
    """Whether a blank line separates two bullets ("- a\n\n- b")."""
    gap = text.find("\n\n- ")
    while gap >= 0:
        if text.startswith("- ", text.rfind("\n", 0, gap) + 1):
            return True
        gap = text.find("\n\n- ", gap + 1)
    return False


def _tidy_lines(text: str) -> str:
    """One space between words, "- " bullets, at most one blank line, none at the ends."""
    return text if _is_tidy(text) else _tidy_line_by_line(text)


def _tidy_line_by_line(text: str) -> str:
    lines: list[str] = []
    blank_pending = bullet_pending = False
    if not text.isascii() and any(char in text for char in _ZERO_WIDTH):
        text = text.translate(_DROP_ZERO_WIDTH)
    for raw_line in text.splitlines():
        # Rendered HTML is mostly blank lines between blocks; they need no splitting.
        line = " ".join(raw_line.split()) if raw_line and not raw_line.isspace() else ""
        if line and line[0] in _LINE_MARKERS:
            line = _normalise_line(line)
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
