"""Presentation helpers for postings. Every value from an import is escaped here, never marked safe raw."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import groupby
from urllib.parse import urlencode

from babel import Locale
from babel.numbers import parse_pattern
from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from postings.models import PERIODS_PER_YEAR, Posting

register = template.Library()

BULLET = re.compile(r"^\s*(?:[-•*·▪●–]|\d{1,2}[.)])\s+")


# Parsed once: format_currency() parses the locale and the pattern on every call, which was a
# tenth of the list page's rendering.
MONEY_LOCALE = Locale.parse("en")
MONEY_PATTERN = parse_pattern("¤#,##0.##")
MONEY_CENTS_PATTERN = parse_pattern("¤#,##0.00")


@register.filter
def money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    return MONEY_PATTERN.apply(amount, MONEY_LOCALE, currency=currency, currency_digits=False)


@register.filter
def pay_as_written(posting: Posting) -> str:
    """ "$107 / hour", "$65.38–$107.40 / hour"."""
    if not posting.has_pay:
        return ""
    low = money(posting.pay_min, posting.pay_currency)
    high = money(posting.pay_max, posting.pay_currency)
    amount = low if posting.pay_min == posting.pay_max else f"{low}–{high}"
    return f"{amount} / {posting.get_pay_period_display()}"


@register.filter
def days_ago(day: date | None) -> str:
    if day is None:
        return ""
    days = (timezone.localdate() - day).days
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


@register.filter
def days_until(day: date | None) -> str:
    if day is None:
        return ""
    days = (day - timezone.localdate()).days
    if days < 0:
        return "closed"
    if days == 0:
        return "closes today"
    if days == 1:
        return "closes tomorrow"
    return f"closes in {days} days"


@register.filter
def paragraphs(text: str) -> SafeString:
    """Plain text to <p> and <ul>: blank lines split paragraphs, "- " lines become list items."""
    html = []
    for block in re.split(r"\n\s*\n", (text or "").strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        for is_bullet, run in groupby(lines, key=lambda line: bool(BULLET.match(line))):
            if is_bullet:
                items = format_html_join(
                    "", "<li>{}</li>", ((BULLET.sub("", line),) for line in run)
                )
                html.append(format_html("<ul>{}</ul>", items))
            else:
                prose = format_html_join(mark_safe("<br>"), "{}", ((line,) for line in run))
                html.append(format_html("<p>{}</p>", prose))
    return mark_safe("".join(html))


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced; None removes one."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        params.pop(name, None)
        if value is not None:
            params[name] = value
    return params.urlencode()


# Facets that accept several values toggle one in or out; the others replace the current value.
MULTI_VALUE_PARAMETERS = {"type", "arrangement", "degree", "area"}


@register.filter
def get_item(mapping: dict, key: str):
    return mapping.get(key)


@register.simple_tag(takes_context=True)
def query_toggle(context, name: str, value: str) -> str:
    """The current query with one facet value switched on or off, back on the first page.

    Encoded as QueryDict.urlencode would, in the same order, without copying the request's
    QueryDict for each of the sidebar's fifty-odd links.
    """
    request = context["request"]
    params: dict[str, list[str]] = request.__dict__.get("_facet_query_base")
    if params is None:
        params = {key: values for key, values in request.GET.lists() if key != "page"}
        request._facet_query_base = params
    current = params.get(name, [])
    if value in current:
        toggled = [v for v in current if v != value]
    elif name in MULTI_VALUE_PARAMETERS:
        toggled = [*current, value]
    else:
        toggled = [value]
    return urlencode(
        [(key, v) for key, values in {**params, name: toggled}.items() for v in values]
    )


@register.simple_tag(takes_context=True)
def facet_items(context, name: str, values, approximate: bool) -> SafeString:
    """A facet's values as the sidebar lists them: a link that switches each on or off, with its
    count ("12+" among a search's sample), a selected value marked, an empty one unlinked.

    Rendered here, escaped, rather than by a template loop: fifty-odd links of eight nodes each
    were the sidebar's largest cost.
    """
    more = "+" if approximate else ""
    items = []
    for facet in values:
        label, count = conditional_escape(facet.label), f"{facet.count}{more}"
        if facet.selected or facet.count or approximate:
            href = escape(query_toggle(context, name, facet.value))
            current = ' aria-current="true"' if facet.selected else ""
            remove = (
                '<span class="visually-hidden"> (selected, remove)</span>' if facet.selected else ""
            )
            item = (
                f'<a href="?{href}"{current}>{label} <span class="count">{count}</span>{remove}</a>'
            )
        else:
            item = f'<span class="muted">{label} <span class="count">0</span></span>'
        selected = ' class="selected"' if facet.selected else ""
        items.append(f"<li{selected}>{item}</li>")
    return mark_safe("".join(items))


# Pay a student understands -------------------------------------------------------------------

HOURS_PER_WEEK = 40
DAYS_PER_WEEK = 5
EQUIVALENTS = [("hour", "an hour"), ("month", "a month"), ("year", "a year")]


def _money_cents(amount: Decimal, currency: str) -> str:
    """Like `money`, but a fractional amount keeps both decimals: "£62.50", not "£62.5"."""
    if amount == amount.to_integral_value():
        return money(amount, currency)
    return MONEY_CENTS_PATTERN.apply(amount, MONEY_LOCALE, currency=currency, currency_digits=False)


def _amount_range(low: Decimal, high: Decimal, currency: str) -> str:
    low_text, high_text = _money_cents(low, currency), _money_cents(high, currency)
    return low_text if low_text == high_text else f"{low_text}–{high_text}"


def _rounded(amount: Decimal, period: str) -> Decimal:
    step = Decimal("0.01") if period == "hour" else Decimal("1")
    return amount.quantize(step, rounding=ROUND_HALF_UP)


@register.filter
def pay_equivalents(posting: Posting) -> list[str]:
    """The pay per hour, month and year (full-time equivalents) other than the period given."""
    if not posting.has_pay:
        return []
    given = PERIODS_PER_YEAR[posting.pay_period]
    equivalents = []
    for period, phrase in EQUIVALENTS:
        if period == posting.pay_period:
            continue
        factor = Decimal(given) / Decimal(PERIODS_PER_YEAR[period])
        low = _rounded(posting.pay_min * factor, period)
        high = _rounded(posting.pay_max * factor, period)
        equivalents.append(f"{_amount_range(low, high, posting.pay_currency)} {phrase}")
    return equivalents


def _compact(amount: Decimal, currency: str) -> str:
    """ "$51k", "$5.1k", "$870"."""
    if amount >= 10_000:
        return money((amount / 1000).quantize(Decimal("1"), ROUND_HALF_UP), currency) + "k"
    if amount >= 1000:
        return money((amount / 1000).quantize(Decimal("0.1"), ROUND_HALF_UP), currency) + "k"
    return money(amount.quantize(Decimal("1"), ROUND_HALF_UP), currency)


@register.filter
def internship_total(posting: Posting) -> str:
    """ "$107/hour × 12 weeks × 40 h ≈ $51k": what the whole internship pays, when its length
    is known; "" otherwise."""
    weeks = posting.internship_weeks
    if not posting.has_pay or not weeks:
        return ""
    period = posting.pay_period
    units = {
        "hour": (Decimal(weeks * HOURS_PER_WEEK), f" × {weeks} weeks × {HOURS_PER_WEEK} h"),
        "day": (Decimal(weeks * DAYS_PER_WEEK), f" × {weeks} weeks × {DAYS_PER_WEEK} days"),
        "week": (Decimal(weeks), f" × {weeks} weeks"),
        "month": (Decimal(weeks) * 12 / 52, f" × {weeks} weeks"),
        "year": (Decimal(weeks) / 52, f" × {weeks}/52 weeks"),
    }
    count, formula = units[period]
    rate = _amount_range(posting.pay_min, posting.pay_max, posting.pay_currency)
    low = _compact(posting.pay_min * count, posting.pay_currency)
    high = _compact(posting.pay_max * count, posting.pay_currency)
    total = low if low == high else f"{low}–{high}"
    week_word = "week" if weeks == 1 else "weeks"
    return f"{rate}/{period}{formula.replace('weeks', week_word, 1)} ≈ {total}"


# Structured data ----------------------------------------------------------------------------

# As Django's json_script: these cannot close the script element or open a comment inside it.
_JSON_SCRIPT_ESCAPES = {
    ord(">"): "\\u003E",
    ord("<"): "\\u003C",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


@register.filter
def jsonld_script(data: dict | None) -> SafeString:
    """A <script type="application/ld+json"> holding `data`, escaped like json_script."""
    if not data:
        return mark_safe("")
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True)
    # Safe: the characters that could end the element are escaped as JSON unicode escapes.
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(_JSON_SCRIPT_ESCAPES)),
    )


@register.filter
def closes_soon(day: date | None, days: int = 7) -> bool:
    """True when the posting closes within `days` days (and has not closed)."""
    if day is None:
        return False
    return 0 <= (day - timezone.localdate()).days <= days


@register.filter
def enrolment_display(value: bool | None) -> str:
    return {True: "Yes, you must be enrolled", False: "Not required", None: "Not stated"}[value]


@register.simple_tag
def filter_field(field) -> SafeString:
    """One field of the filter form, as includes/filters.html lays them out: a fieldset of
    checkboxes for a multi-valued field, a lone checkbox inside its label, else a label and its
    control; then help and errors.

    Rendered here rather than by an included template, as the widgets are: twenty includes were a
    fifth of the list page's rendering. Every text is escaped; the control is the widget's markup.
    """
    widget = field.field.widget
    checkbox = getattr(widget, "input_type", None) == "checkbox"
    label = conditional_escape(field.label)
    control = str(field)
    if checkbox and getattr(widget, "allow_multiple_selected", False):
        inner = f"<fieldset><legend>{label}</legend>{control}</fieldset>"
    elif checkbox:
        inner = (
            f'<label class="choice" for="{escape(field.id_for_label)}">{control} {label}</label>'
        )
    else:
        inner = f'<label for="{escape(field.id_for_label)}">{label}</label>{control}'
    if field.help_text:
        inner += (
            f'<p class="help muted" id="{escape(field.auto_id)}_help">'
            f"{conditional_escape(field.help_text)}</p>"
        )
    errors = field.errors
    if errors:
        text = " ".join(conditional_escape(error) for error in errors)
        inner += f'<p class="error" role="alert">{text}</p>'
    css = f"field field-{escape(field.name)}{' has-error' if errors else ''}"
    return mark_safe(f'<div class="{css}">{inner}</div>')
