"""Presentation helpers for postings. Every value from an import is escaped here, never marked safe raw."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from itertools import groupby

from babel.numbers import format_currency
from django import template
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from postings.models import PERIODS_PER_YEAR, Posting

register = template.Library()

BULLET = re.compile(r"^\s*(?:[-•*·▪●–]|\d{1,2}[.)])\s+")


@register.filter
def money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    return format_currency(amount, currency, locale="en", format="¤#,##0.##", currency_digits=False)


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
def pay_per_year(posting: Posting) -> str:
    """The annualised figure (full-time equivalent), "" when the pay is already yearly."""
    if not posting.has_pay or posting.pay_period == "year":
        return ""
    factor = PERIODS_PER_YEAR[posting.pay_period]
    low = money(posting.pay_min * factor, posting.pay_currency)
    high = money(posting.pay_max * factor, posting.pay_currency)
    amount = low if posting.pay_min == posting.pay_max else f"{low}–{high}"
    return f"≈ {amount} a year full-time"


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
MULTI_VALUE_PARAMETERS = {"type", "arrangement", "degree"}


@register.filter
def get_item(mapping: dict, key: str):
    return mapping.get(key)


@register.simple_tag(takes_context=True)
def query_toggle(context, name: str, value: str) -> str:
    """The current query with one facet value switched on or off, back on the first page."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    current = params.getlist(name)
    if value in current:
        params.setlist(name, [v for v in current if v != value])
    elif name in MULTI_VALUE_PARAMETERS:
        params.setlist(name, [*current, value])
    else:
        params[name] = value
    return params.urlencode()
