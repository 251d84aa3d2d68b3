"""Pay statements in a line or a longer text: "$107 / hour", "€58–65k", "50.000 € brutto/Jahr".

Only amounts tied to a currency count, and amounts that read as funding, revenue, prices or an
article's statistics are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import pycountry

from postings.extract.types import Pay

# "$" alone means the local dollar where the posting is; elsewhere (and unknown) it is USD.
_DOLLAR_BY_COUNTRY = {
    "AU": "AUD",
    "CA": "CAD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
    "TW": "TWD",
    "MX": "MXN",
}
_YEN_BY_COUNTRY = {"CN": "CNY"}
_KRONA_BY_COUNTRY = {"NO": "NOK", "DK": "DKK", "IS": "ISK"}
_SYMBOLS = {
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "¥": "JPY",
    "₩": "KRW",
    "₱": "PHP",
    "円": "JPY",  # written after the amount: "265,000円", "400万円"
    "원": "KRW",
    "zł": "PLN",
    "fr.": "CHF",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "us$": "USD",
    "nt$": "TWD",
    "nz$": "NZD",
    "s$": "SGD",
    "sg$": "SGD",
    "hk$": "HKD",
    "r$": "BRL",
    "mx$": "MXN",
    "ksh": "KES",
    "rm": "MYR",  # Malaysian ringgit: "RM 1,500"
    "kč": "CZK",
}
_EUROZONE = "AT BE CY DE EE ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK"
# Currencies of countries, for pay written without one after a "Salary:" label.
_CURRENCY_BY_COUNTRY = {
    **_DOLLAR_BY_COUNTRY,
    "US": "USD",
    "GB": "GBP",
    "IN": "INR",
    "JP": "JPY",
    "CH": "CHF",
    "PL": "PLN",
    "SE": "SEK",
    "NO": "NOK",
    "DK": "DKK",
    "CN": "CNY",
    "BR": "BRL",
    **dict.fromkeys(_EUROZONE.split(), "EUR"),
}

_CURRENCY = (
    r"(?:\b[A-Z]{3}\s?(?=[$€£])[$€£]|(?<![A-Za-z])[A-Za-z]{0,2}\$|€|£|₹|¥|₩|₱|円|원|zł|\bkr\b|\bFr\.|\bKSh\b|Kč"
    r"|\b[A-Z]{3}\b|\b(?:IDR|PHP|VND|THB|MYR|SGD|INR|USD|EUR|GBP)(?=\d)"
    r"|\b(?i:euros?|pounds?\s+sterling|rupees?)\b|\bR(?=\s?\d)|\bRM(?=\s?\d))"
)
# "4,50,000": Indian pages group digits by lakhs.
_AMOUNT = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
    r"|\d{1,3}(?:[,. \u202f\u00a0']\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?"
)
# Thousands, or lakhs (100,000) as Indian pages write them: "8-12 Lacs P.A.", "12 LPA".
# Millions only before a year ("¥7M/yr"): alone, "$8M" is a funding round.
_THOUSANDS = (
    r"(?:\s?[kK]\b|[万만]|\s?(?:Tsd|TEUR)\.?|\s?(?i:lakhs?|lacs?|lpa)\b|L\b(?:(?<=₹\dL)|(?<=₹\d\dL))"
    r"|M(?=\s*(?:/\s*(?i:yr|year|annum)|(?i:per|a)\s+(?i:year|annum))))"
)
_LAKH = ("lakh", "lac", "lpa")
_PERIOD_WORDS = {
    "hour": r"hours?|hourly|hr|hrs|h|std\.?|stunde|stundenlohn|heure|horaire|hora|ora|uur|godz|hod\.?"
    r"|timme|tim",
    "day": r"days?|daily|tag|tagessatz|jour|journalier|tjm|día|dia|giorno|dag",
    "week": r"weeks?|weekly|wk|woche|semaine|hebdo|semana|settimana",
    "month": r"months?|monthly|mo|mth|monat|monatlich|mois|mensuel(?:le)?s?|mes|mensual(?:es)?|měs\.?"
    r"|mese|mensile"
    r"|maand|mies|miesięcznie|miesiąc|mês|mensal|månad|mån|måned|mnd|md|bulan|bln",
    "year": r"years?|yearly|annual(?:ly)?|annum|yr|p\.\s?a\.?|pa|jahr|jährlich|an|année|annuel(?:le)?"
    r"|año|anual|anno|annuo|jaar|rok|rocznie|ano|år",
}
_PERIOD = "|".join(f"(?P<{name}>{words})" for name, words in _PERIOD_WORDS.items())
# What may sit between an amount and its period: "/", "per", "a", "brutto", "before tax" ...
_PERIOD_LEAD = (
    r"\s*(?:\(?(?:gross|brutto|brut|net|netto|base|before tax|OTE)\)?\s*)?"
    r"(?:/|per\b|pro\b|par\b|an?\b|each\b|im\b|de l'|by the\b|\bp\b/?|al\b|por\b|all['’]|al\s)?\s*"
)
_PERIOD_AFTER = re.compile(_PERIOD_LEAD + rf"\(?(?:{_PERIOD})\b", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(
    r"(?P<hour>hourly|stundenlohn|stundensatz|taux horaire|時給|시급)"
    r"|(?P<day>day rate|tagessatz|taux journalier|日給|일급)"
    r"|(?P<month>monthly|monatsgehalt|mensuel|月給|월급|gaji\s+per\s+bulan)"
    r"|(?P<year>annual|yearly|jahresgehalt|salaire annuel|年収|年俸|연봉)"
    r"|(?P<week>weekly)",
    re.IGNORECASE,
)


def _single_amount(prefix: str) -> str:
    return (
        rf"(?P<{prefix}cur1>{_CURRENCY})?\s?(?P<{prefix}amt>{_AMOUNT})(?P<{prefix}k>{_THOUSANDS})?"
        rf"(?:\s?(?P<{prefix}cur2>{_CURRENCY}))?"
    )


# Case-sensitive, so only capitals make a currency code ("USD 90k", not "and 90").
_PAY = re.compile(
    _single_amount("a")
    + rf"(?P<aper>(?i:{_PERIOD_LEAD}(?:{_PERIOD_WORDS['hour']}|{_PERIOD_WORDS['year']}))\b"
    # "$7,650/month to $12,134/month": a slash makes "month" a period, not a count of months.
    + rf"|(?i:\s*/\s*(?:{_PERIOD_WORDS['month']}|{_PERIOD_WORDS['week']}|{_PERIOD_WORDS['day']}))\b)?"
    # "8-12", "80k to 100k", "entre 4.500 € et 5.800 €", "tussen € 4.500 en € 5.800", "de $15 a $18".
    # Within one line: "16,50 € pro Stunde\n- 20 Stunden pro Woche" is no range.
    + r"(?:(?:[ \t]*(?:-|–|—|~|～|〜|[Tt]o|bis|à|and|und)[ \t]*|[ \t]+(?:et|en|tot|a|e|y)[ \t]+)(?:max\.?[ \t]*)?"
    + _single_amount("b")
    + r")?"
)
# Funding rounds and company sizes are written "$8B", "$100M", "€2 Mio".
_SCALE_AFTER = re.compile(
    r"\s?(?:bn|b|m|mn|mm|t|tn|million|billion|trillion|mio|mrd|milliards?)\b", re.IGNORECASE
)
# "€50/workflow", "$10/seat": a price per unit, not pay per period.
_PER_OTHER_UNIT = re.compile(r"\s*/\s*[^\W\d_]")
_ISO_CODE = re.compile(r"[A-Z]{3}")
_NOT_PAY_BEFORE = re.compile(
    r"fund(?!ing\s+amount)|rais|debt|equity|ipo|valu|revenue|series\s+[a-f]\b|invest|market\s+cap|\barr\b|"
    r"turnover|umsatz|chiffre|levée|finanz|price|prix|preis|cost|kost|fee|budget|grant|prize|"
    r"survey|average|median|durchschnitt|moyenne|umfrage|presupuesto|formación|formation|training"
    r"|weiterbildung|fortbildung|formazione|kantine|mittagessen|canteen|cafeteria|lunch|cantine|repas"
    # "a wellness allowance of SEK 5,000 per year", "a signing bonus of $10,000": perks, not pay.
    r"|wellness|fitness|\bgym\b|learning|conference|equipment|relocation|signing|sign-on|referral"
    r"|commut|home\s+office\s+(?:setup|allowance|budget)|bonus\s+of"
    # A board's own estimate, not the employer's word: "Gehaltsprognose", "Estimated salary".
    r"|gehaltsprognose|geschätzt|salaire\s+estimé|estimated\s+(?:salary|pay|base)|salario\s+estimado",
    re.IGNORECASE,
)
_PAY_LABEL = re.compile(
    r"(?:salary|pay|compensation|wage|stipend|gehalt|vergütung|lohn|salaire|rémunération"
    r"|pay\s+range|salary\s+range|base\s+pay|sueldo|salario|retribuzione|stipendio|salaris)"
    # "Salary: ", "Pay range of ", "salary is between ", not "Kestrel Pay moves money for ".
    r"(?:\s+(?:range|rate|band|scale|bracket|brut|brutto|gross|annual|mensuel))?"
    r"(?:(?:\s+[\w']+){0,4}?\s*(?::|\bis|\bof|\bbetween|\bfrom|\bup\s+to|\bde|\bvon|\bab"
    r"|\bà\s+partir\s+de))?\s*(?:between\s+)?$",
    re.IGNORECASE,
)
# After a bare range: the end, punctuation or a line break, not a word naming what is counted.
_NOTHING_COUNTED = re.compile(r"[ \t]*(?:$|\n|[^\w\s])")
_BEFORE_WINDOW = 40
_DIGITS = re.compile(r"\d+")
_CURRENCY_REACH = 5


def _amount(text: str) -> Decimal | None:
    """ "92,400.00" -> 92400.00, "50.000" -> 50000, "65.38" -> 65.38, "1.234,56" -> 1234.56."""
    digits = re.sub(r"[\s\u202f\u00a0']", "", text)
    separators = [ch for ch in digits if ch in ",."]
    if separators:
        last = digits.rfind(separators[-1])
        decimals = len(digits) - last - 1
        is_decimal = len(set(separators)) > 1 or (len(separators) == 1 and decimals != 3)
        whole = digits[:last] if is_decimal else digits
        fraction = digits[last + 1 :] if is_decimal else ""
        digits = re.sub(r"[,.]", "", whole) + (f".{fraction}" if fraction else "")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _currency(token: str | None, country: str) -> str:
    if not token:
        return ""
    lowered = token.lower()
    if lowered == "$":
        return _DOLLAR_BY_COUNTRY.get(country, "USD")
    if token == "R":
        return "ZAR" if country == "ZA" else ""  # "R45 000": rand, in South Africa only
    if lowered == "¥":
        return _YEN_BY_COUNTRY.get(country, "JPY")
    if lowered == "kr":
        return _KRONA_BY_COUNTRY.get(country, "SEK")
    if lowered in _SYMBOLS:
        return _SYMBOLS[lowered]
    if len(token) > 3 and token[-1] in "$€£":
        token = token[:3]  # "USD $27.00", "CAD $31.15": the code says which dollar
    if lowered.startswith("euro"):
        return "EUR"
    if lowered.startswith("pound"):
        return "GBP"
    if lowered.startswith("rupee"):
        return "INR"
    code = token.upper()
    return code if len(code) == 3 and pycountry.currencies.get(alpha_3=code) else ""


def _period(match: re.Match[str], text: str, end: int) -> str:
    if any((match[name] or "").strip().lower() == "lpa" for name in ("ak", "bk")):
        return "year"  # lakhs per annum
    for found in (match.group("aper"), text[end : end + 40]):
        if found and (period := _PERIOD_AFTER.match(found)):
            return next(name for name in _PERIOD_WORDS if period.group(name))
    before = _PERIOD_BEFORE.search(text[max(0, match.start() - _BEFORE_WINDOW) : match.start()])
    if before:
        return next(name for name in _PERIOD_WORDS if before.group(name))
    return ""


def _reads_as_salary_range(match: re.Match[str], text: str) -> bool:
    """ "150-200k", "80k-100k per year": a range in thousands, or with a period, means pay even
    without a currency, unless a word says what is counted ("150-200k users")."""
    if not match.group("bamt") or not (match.group("bk") or match.group("ak")):
        return False
    if match.group("aper") or _PERIOD_AFTER.match(text, match.end()):
        return True
    return bool(_NOTHING_COUNTED.match(text, match.end()))


def _period_from_magnitude(value: Decimal, currency: str) -> str:
    """The period an amount written without one most likely has ("$45" an hour, "$78,000" a
    year), judged in dollars: "KSh 40,000" and "14 000 PLN" are monthly pay."""
    dollars = value / _UNITS_PER_DOLLAR.get(currency, 1)
    if dollars < 300 and value < 1000:  # "₹ 25,000" is a month's stipend, not an hour's
        return "hour"
    return "month" if dollars <= 10_000 else "year"


# Orders of magnitude only, to tell an hourly, monthly or yearly amount apart (not for conversion):
# currencies whose unit is worth far less than a dollar.
_UNITS_PER_DOLLAR = {
    "JPY": 150, "KRW": 1400, "INR": 85, "KES": 130, "NGN": 1500, "PHP": 58, "IDR": 16000,
    "VND": 25000, "HUF": 360, "CLP": 950, "COP": 4000, "ARS": 1000, "TWD": 32, "THB": 35,
    "ZAR": 18, "MXN": 18, "SEK": 10, "NOK": 10, "DKK": 7, "PLN": 4, "CZK": 23, "BRL": 5,
    "TRY": 40, "EGP": 50, "PKR": 280, "CNY": 7, "HKD": 8, "RON": 4.5, "UAH": 41,
}  # fmt: skip


def _scaled(amount: Decimal, suffix: str) -> Decimal:
    """The amount a "k", "M", "L" or "Lacs" after it makes."""
    if not suffix:
        return amount
    if suffix == "M":
        return amount * 1_000_000
    if suffix == "L":  # "₹8L": lakhs, as Glassdoor India writes them
        return amount * 100_000
    if suffix in ("万", "만"):  # "400万円", "4,000만원": tens of thousands
        return amount * 10_000
    return amount * (100_000 if suffix.strip().lower().startswith(_LAKH) else 1000)


# "$3,000 learning budget", "¥20,750 monthly wellness allowance": a benefit, not pay.
_BENEFIT_AFTER = re.compile(
    # "€992/month plus travel allowance": the allowance comes on top.
    r"[ \t]*(?!(?:plus|and|\+|with|und|et)\b)(?:[\w-]+[ \t]+){0,3}?(?:allowance|perk|reimbursement|budget|credit|discount|voucher"
    r"|marketplace|benefit|zuschuss|indemnité|prime\s+de)\b",
    re.IGNORECASE,
)


def _is_not_pay(match: re.Match[str], text: str) -> bool:
    if _SCALE_AFTER.match(text, match.end()) or _BENEFIT_AFTER.match(text, match.end()):
        return True
    before = text[max(0, match.start() - _BEFORE_WINDOW) : match.start()]
    # Only the sentence the amount sits in matters: "... funding. Salary: $90k" is pay.
    sentence = re.split(r"[.!?\n](?:\s|$)", before)[-1]
    return bool(_NOT_PAY_BEFORE.search(sentence))


def _pay_from_match(
    match: re.Match[str], text: str, country: str, *, stated: bool = False
) -> Pay | None:
    tokens = [token for name in ("acur1", "acur2", "bcur1", "bcur2") if (token := match[name])]
    # An ISO code names the currency more precisely than a symbol: "$140-170K CAD" is in CAD.
    tokens.sort(key=lambda token: not _ISO_CODE.match(token))
    currency = next((c for token in tokens if (c := _currency(token, country))), "")
    before = text[max(0, match.start() - 30) : match.start()]
    if not currency and (_PAY_LABEL.search(before) or _reads_as_salary_range(match, text)):
        currency = _CURRENCY_BY_COUNTRY.get(country, "")
    if not currency or _is_not_pay(match, text):
        return None
    if not tokens and text[max(0, match.start("aamt") - 1)].isalpha():
        return None  # "TV-L E13", "A100": a number glued to a letter is a grade or a model
    low = _amount(match.group("aamt"))
    high = _amount(match.group("bamt")) if match.group("bamt") else low
    if low is None or high is None:
        return None
    b_suffix = (match.group("bk") if match.group("bamt") else match.group("ak")) or ""
    a_suffix = match.group("ak") or (b_suffix if low < 1000 and high < 1000 else "")
    low, high = _scaled(low, a_suffix), _scaled(high, b_suffix)
    if low <= 0:
        return None
    end = match.end()
    if high > 10 * low or low > 10 * high:
        # "$5,000 and 10 days off": the second number is not the end of a range.
        high, end = low, max(match.end(name) for name in ("aamt", "ak", "acur2"))
    low, high = min(low, high), max(low, high)
    period = _period(match, text, end)
    if not period and _PER_OTHER_UNIT.match(text, end):
        return None
    if stated and not period and not _PAY_LABEL.search(before):
        return None  # "a $200K+ perk marketplace", "¥140,000 home office allowance"
    # Lakhs are how Indian pages write a year's pay: "₹5L–₹7L", "8-12 Lacs".
    in_lakhs = any(
        s == "L" or s.strip().lower().startswith(_LAKH) for s in (a_suffix, b_suffix) if s
    )
    period = period or ("year" if in_lakhs else _period_from_magnitude(high, currency))
    return Pay(min=low, max=high, currency=currency, period=period)


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Amount-shaped matches, found from each number rather than by trying every position.

    Scanning a long description position by position with _PAY is slow; every match holds a
    digit, and a currency written before it ("US$", "EUR ") sits at most a few characters back.
    """
    resume = 0
    for number in _DIGITS.finditer(text):
        if number.start() < resume:
            continue
        match = _PAY.search(text, max(resume, number.start() - _CURRENCY_REACH))
        if match is None:
            return
        resume = match.end()
        yield match


def parse_pay(text: str, *, country: str = "", stated: bool = False) -> Pay | None:
    """The first pay statement in text, or None when it states no pay.

    `stated`: only amounts said to be pay, by a period ("a year") or a label ("Salary:"); in a
    whole description, a bare amount is as often a perk, an allowance or a price.
    """
    for match in _candidates(text):
        if pay := _pay_from_match(match, text, country, stated=stated):
            return pay
    return None
