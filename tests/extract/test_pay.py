import csv
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from postings.extract.pay import parse_pay
from postings.extract.types import Pay

REALDATA = Path("/work/shared/realdata")


def pay(low, high, currency, period):
    return Pay(Decimal(str(low)), Decimal(str(high)), currency, period)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$107 / hour", pay(107, 107, "USD", "hour")),
        ("$65.38/hr to $107.40/hr", pay("65.38", "107.40", "USD", "hour")),
        ("$150K–$200K", pay(150000, 200000, "USD", "year")),
        ("45-70 USD per hour", pay(45, 70, "USD", "hour")),
        ("92,400.00 - 160,000.00 USD annually", pay("92400.00", "160000.00", "USD", "year")),
        ("£30,000 - £35,000 a year", pay(30000, 35000, "GBP", "year")),
        ("$53K-$91K (Glassdoor est.)", pay(53000, 91000, "USD", "year")),
        ("$17-$24 Per Hour(Glassdoor est.)", pay(17, 24, "USD", "hour")),
        ("Employer Provided Salary:$20-$30 Per Hour", pay(20, 30, "USD", "hour")),
        ("USD 100,000", pay(100000, 100000, "USD", "year")),
        ("$125-245K + equity", pay(125000, 245000, "USD", "year")),
        ("$5,000 per month", pay(5000, 5000, "USD", "month")),
        ("$800/day", pay(800, 800, "USD", "day")),
        ("$1,200 a week", pay(1200, 1200, "USD", "week")),
        ("The base pay ranges from $65.38/hr to $107.40/hr", pay("65.38", "107.40", "USD", "hour")),
    ],
)
def test_parse_pay_english(text, expected):
    assert parse_pay(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("50.000 € brutto/Jahr", pay(50000, 50000, "EUR", "year")),
        ("€58–65k", pay(58000, 65000, "EUR", "year")),
        ("45.000 - 55.000 EUR pro Jahr", pay(45000, 55000, "EUR", "year")),
        ("Stundenlohn 15 €", pay(15, 15, "EUR", "hour")),
        ("1.500 € pro Monat", pay(1500, 1500, "EUR", "month")),
        ("Vergütung: 2.000 € monatlich", pay(2000, 2000, "EUR", "month")),
        ("CHF 120'000", pay(120000, 120000, "CHF", "year")),
    ],
)
def test_parse_pay_german(text, expected):
    assert parse_pay(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45 000 € par an", pay(45000, 45000, "EUR", "year")),
        ("600 € / jour", pay(600, 600, "EUR", "day")),
        ("Salaire : 40k€ - 50k€", pay(40000, 50000, "EUR", "year")),
        ("1 200 € par mois", pay(1200, 1200, "EUR", "month")),
        ("15 € de l'heure", pay(15, 15, "EUR", "hour")),
    ],
)
def test_parse_pay_french(text, expected):
    assert parse_pay(text) == expected


@pytest.mark.parametrize(
    ("text", "country", "currency"),
    [
        ("$120,000", "AU", "AUD"),
        ("$120,000", "CA", "CAD"),
        ("$120,000", "US", "USD"),
        ("$120,000", "", "USD"),
        ("$120,000", "NZ", "NZD"),
        ("$120,000", "SG", "SGD"),
        ("A$120,000", "US", "AUD"),
        ("C$90,000", "", "CAD"),
    ],
)
def test_a_bare_dollar_follows_the_country(text, country, currency):
    assert parse_pay(text, country=country).currency == currency


def test_pay_without_currency_after_a_label_takes_the_country_currency():
    assert parse_pay("Salary: 60.000 - 70.000 pro Jahr", country="DE") == pay(
        60000, 70000, "EUR", "year"
    )
    assert parse_pay("Salary: 60,000 - 70,000") is None


@pytest.mark.parametrize(
    ("text", "period"),
    [("$25", "hour"), ("$4,500", "month"), ("$95,000", "year"), ("€60k", "year")],
)
def test_period_follows_magnitude_when_unstated(text, period):
    assert parse_pay(text).period == period


@pytest.mark.parametrize(
    "text",
    [
        "Total Funding\n$8.11B",
        "2023-01-03Post Ipo Debt· $8B",
        "2001-07-24Post Ipo Equity· $100M",
        "We raised $20 million in our Series B",
        "Revenue: $5,000,000",
        "The average salary is $85,000 according to a survey",
        "Amazon will host 8,000 virtual interns in 2026",
        "2026 Applied Science Intern",
        "Ability to work a minimum of 40 hours/week",
        "Tickets cost €25",
        "Umsatz von 3 Mio. €",
        "une levée de fonds de 10 M€",
        "",
    ],
)
def test_what_is_not_pay(text):
    assert parse_pay(text) is None


def test_min_never_exceeds_max():
    assert parse_pay("$200K - $150K") == pay(150000, 200000, "USD", "year")


def test_a_second_number_far_off_the_first_is_not_a_range_end():
    assert parse_pay("$5,000 and 10 days off") == pay(5000, 5000, "USD", "month")


def _skip_without(path: Path) -> None:
    if not path.exists():
        pytest.skip("real data in /work/shared is absent")


def test_every_glassdoor_salary_estimate_parses():
    path = REALDATA / "glassdoor_ds_jobs/glassdoor_jobs.csv"
    _skip_without(path)
    with path.open(encoding="utf-8", newline="") as handle:
        estimates = {row["Salary Estimate"] for row in csv.DictReader(handle)} - {"-1"}

    parsed = {text: parse_pay(text) for text in estimates}
    assert all(value and value.currency == "USD" for value in parsed.values())
    for text, value in parsed.items():
        assert value.period == ("hour" if "Per Hour" in text else "year"), text
        assert value.min <= value.max


def test_hacker_news_pay_is_plausible():
    paths = sorted((REALDATA / "hn_who_is_hiring").glob("hn_raw_*.json"))
    if not paths:
        pytest.skip("real data in /work/shared is absent")
    texts = [job["text"] for path in paths for job in json.loads(path.read_text())["jobs"]]

    found = [value for text in texts if (value := parse_pay(re.sub(r"<[^>]+>", " ", text)))]
    assert len(found) > len(texts) / 4
    yearly = [value for value in found if value.period == "year"]
    assert all(Decimal(1000) <= value.min <= value.max < Decimal(10_000_000) for value in yearly)


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Full-time | Remote | 150-200k", "US", pay(150000, 200000, "USD", "year")),
        ("We pay 80k-100k per year.", "GB", pay(80000, 100000, "GBP", "year")),
        ("Vollzeit, 60-70k im Jahr", "DE", pay(60000, 70000, "EUR", "year")),
        ("45-55k brut par an", "FR", pay(45000, 55000, "EUR", "year")),
    ],
)
def test_a_range_in_thousands_without_currency_takes_the_country_currency(text, country, expected):
    assert parse_pay(text, country=country) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("150-200k", ""),
        ("We serve 150-200k customers", "US"),
        ("Wir haben 10-20k Nutzer", "DE"),
        ("60,000 - 70,000", "US"),
    ],
)
def test_a_bare_range_is_no_pay_when_it_counts_something_or_the_country_is_unknown(text, country):
    assert parse_pay(text, country=country) is None


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("₹ 8-12 Lacs P.A.", "IN", Pay(Decimal(800000), Decimal(1200000), "INR", "year")),
        ("8-12 LPA", "IN", Pay(Decimal(800000), Decimal(1200000), "INR", "year")),
        ("INR 15 Lakhs per annum", "", Pay(Decimal(1500000), Decimal(1500000), "INR", "year")),
        (
            "$ 15,000.00 - $ 18,000.00 (Mensual)",
            "MX",
            Pay(Decimal(15000), Decimal(18000), "MXN", "month"),
        ),
        (
            "de $15,000 a $18,000 mensuales",
            "MX",
            Pay(Decimal(15000), Decimal(18000), "MXN", "month"),
        ),
        (
            "entre 4.500 € et 5.800 € brut par mois",
            "",
            Pay(Decimal(4500), Decimal(5800), "EUR", "month"),
        ),
        (
            "tussen € 4.500 en € 5.800 per maand",
            "",
            Pay(Decimal(4500), Decimal(5800), "EUR", "month"),
        ),
        ("da 1.000 e 1.500 € al mese", "", Pay(Decimal(1000), Decimal(1500), "EUR", "month")),
        ("€500 a month and €20 a day", "", Pay(Decimal(500), Decimal(500), "EUR", "month")),
    ],
)
def test_lakhs_ranges_in_words_and_periods_in_brackets(text, country, expected):
    assert parse_pay(text, country=country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "- ¥20,750 monthly allowance for cell phone and internet",
        "- Annual learning budget of $3,000 budget",
        "- $1,000 home office stipend budget",
        "- ¥2,772,000 lifetime benefit for family planning",
    ],
)
def test_a_benefit_is_not_pay(text):
    assert parse_pay(text, country="JP") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Access to a $200K+ perk marketplace", None),
        ("We raised $4,000 for charity", None),
        ("$85,000 - $110,000 a year", Pay(Decimal(85000), Decimal(110000), "USD", "year")),
        ("Pay range: $225,000- $250,000", Pay(Decimal(225000), Decimal(250000), "USD", "year")),
    ],
)
def test_pay_stated_in_a_description_needs_a_period_or_a_label(text, expected):
    assert parse_pay(text, stated=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monthly gross salary of 2 200 euros", Pay(Decimal(2200), Decimal(2200), "EUR", "month")),
        (
            "Salary: 45,000 pounds sterling a year",
            Pay(Decimal(45000), Decimal(45000), "GBP", "year"),
        ),
        (
            "- 16,50 € pro Stunde\n- 20 Stunden pro Woche",
            Pay(Decimal("16.50"), Decimal("16.50"), "EUR", "hour"),
        ),
    ],
)
def test_currencies_in_words_and_no_range_across_lines(text, expected):
    assert parse_pay(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Pay moves money for 30,000 marketplaces", None),
        (
            "Our salary range for this role is 57,000-70,000.",
            Pay(Decimal(57000), Decimal(70000), "GBP", "year"),
        ),
        (
            "The salary is between 40,000 and 50,000",
            Pay(Decimal(40000), Decimal(50000), "GBP", "year"),
        ),
    ],
)
def test_a_pay_label_leads_into_its_amount(text, expected):
    assert parse_pay(text, country="GB") == expected


def test_rand_in_south_africa_only():
    assert parse_pay("R45 000 - R55 000 per month", country="ZA") == Pay(
        Decimal(45000), Decimal(55000), "ZAR", "month"
    )
    assert parse_pay("R45 000 - R55 000 per month", country="US") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 000–16 000 zł brutto / mies.", Pay(Decimal(12000), Decimal(16000), "PLN", "month")),
        ("80 zł / godz.", Pay(Decimal(80), Decimal(80), "PLN", "hour")),
        ("R$ 2.000,00 por mês", Pay(Decimal(2000), Decimal(2000), "BRL", "month")),
    ],
)
def test_polish_and_portuguese_pay_periods(text, expected):
    assert parse_pay(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$7,650/month to $12,134/month", Pay(Decimal(7650), Decimal(12134), "USD", "month")),
        ("€2,000/month - €2,500/month", Pay(Decimal(2000), Decimal(2500), "EUR", "month")),
        ("$500/day - $600/day", Pay(Decimal(500), Decimal(600), "USD", "day")),
    ],
)
def test_a_range_with_its_period_written_on_both_ends(text, expected):
    assert parse_pay(text, country="US") == expected


def test_kenyan_shillings():
    assert parse_pay("KSh 30,000 - 40,000 per month", country="KE") == Pay(
        Decimal(30000), Decimal(40000), "KES", "month"
    )


@pytest.mark.parametrize(
    ("text", "country", "period"),
    [
        ("KSh 30,000 - 40,000", "KE", "month"),
        ("14 000 - 19 000 PLN", "PL", "month"),
        ("₹ 25,000", "IN", "month"),
        ("¥250,000", "JP", "month"),
        ("$78,000", "AU", "year"),
        ("$45", "US", "hour"),
    ],
)
def test_an_unstated_period_is_judged_by_what_the_amount_is_worth(text, country, period):
    assert parse_pay(text, country=country).period == period


def test_indian_digit_grouping():
    assert parse_pay("₹ 4,50,000 - 6,00,000 / year", country="IN") == Pay(
        Decimal(450000), Decimal(600000), "INR", "year"
    )


def test_czech_crowns_by_the_month_and_the_hour():
    assert parse_pay("30 000 – 40 000 Kč / měs.", country="CZ") == Pay(
        Decimal(30000), Decimal(40000), "CZK", "month"
    )
    assert parse_pay("180 Kč / hod.", country="CZ").period == "hour"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A code before its symbol names the dollar, on both ends of the range.
        ("USD $27.00 - USD $33.00 /Hr.", pay(27, 33, "USD", "hour")),
        ("CAD $26.40 - CAD $31.15 hourly", pay("26.40", "31.15", "CAD", "hour")),
        ("AUD $80,000 - $95,000 per year", pay(80000, 95000, "AUD", "year")),
    ],
)
def test_a_currency_code_written_before_its_symbol(text, expected):
    assert parse_pay(text, country="", stated=True) == expected


def test_malaysian_ringgit():
    assert parse_pay("RM 1,500 – RM 1,800 per month", country="") == pay(1500, 1800, "MYR", "month")
    assert parse_pay("RM3,000 monthly", country="") == pay(3000, 3000, "MYR", "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enligt avtal, från 27 500 kr/mån.", Pay(Decimal(27500), Decimal(27500), "SEK", "month")),
        ("165 kr/tim", Pay(Decimal(165), Decimal(165), "SEK", "hour")),
        ("420 000 kr/år", Pay(Decimal(420000), Decimal(420000), "SEK", "year")),
    ],
)
def test_swedish_pay_periods_after_a_slash(text, expected):
    assert parse_pay(text, country="SE") == expected


def test_a_canteen_price_is_no_pay():
    assert parse_pay("Kantine mit gesundem Mittagessen zu 3,20 €") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¥7M/yr - ¥11M/yr", Pay(Decimal(7_000_000), Decimal(11_000_000), "JPY", "year")),
        ("KRW 65,000,000 ~ 85,000,000 per annum", Pay(Decimal(65_000_000), Decimal(85_000_000), "KRW", "year")),
    ],
)  # fmt: skip
def test_millions_before_a_year_and_a_tilde_range(text, expected):
    assert parse_pay(text) == expected


def test_millions_alone_are_still_funding():
    assert parse_pay("We raised $8M in our Series A") is None


def test_an_allowance_on_top_of_the_stipend_leaves_the_stipend():
    assert parse_pay("Stipend: €992/month plus travel allowance") == Pay(
        Decimal(992), Decimal(992), "EUR", "month"
    )
    assert parse_pay("$3,000 learning budget") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("₹8L - ₹12L (Employer Est.)", Pay(Decimal(800_000), Decimal(1_200_000), "INR", "year")),
        ("₹5L–₹7L", Pay(Decimal(500_000), Decimal(700_000), "INR", "year")),
        ("scale P (min. €2,901 to max. €3,707 per month)", Pay(Decimal(2901), Decimal(3707), "EUR", "month")),
    ],
)  # fmt: skip
def test_lakhs_written_l_and_a_range_between_min_and_max(text, expected):
    assert parse_pay(text, country="IN" if "₹" in text else "") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("₱ 35,000 - ₱ 45,000 a month", Pay(Decimal(35000), Decimal(45000), "PHP", "month")),
        ("IDR7.000.000 - 9.500.000/Bulan", Pay(Decimal(7000000), Decimal(9500000), "IDR", "month")),
        ("大卒：月給 265,000円", Pay(Decimal(265000), Decimal(265000), "JPY", "month")),
        ("年収 400万円～600万円", Pay(Decimal(4000000), Decimal(6000000), "JPY", "year")),
        ("연봉 4,000만원 ~ 6,000만원", Pay(Decimal(40000000), Decimal(60000000), "KRW", "year")),
        ("時給 1,500円", Pay(Decimal(1500), Decimal(1500), "JPY", "hour")),
    ],
)
def test_asian_currencies_written_after_the_amount_and_in_ten_thousands(text, expected):
    assert parse_pay(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a wellness allowance of SEK 5,000 per year",
        "a signing bonus of $10,000",
        "a relocation package of €5,000",
    ],
)
def test_perks_with_an_amount_are_no_pay(text):
    assert parse_pay(text) is None


def test_a_german_range_between_two_amounts():
    assert parse_pay("zwischen 14,50 € und 17,20 € pro Stunde") == Pay(
        Decimal("14.50"), Decimal("17.20"), "EUR", "hour"
    )


@pytest.mark.parametrize(
    "text", ["Gehaltsprognose: 51.500 € – 66.000 €", "Estimated salary: $80,000 - $95,000 a year"]
)
def test_a_boards_own_salary_estimate_is_no_pay(text):
    assert parse_pay(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NT$ 1,300,000 ~ 1,900,000 / year",
            Pay(Decimal(1300000), Decimal(1900000), "TWD", "year"),
        ),
        (
            "Funding amount: £20,780 per annum (tax-free)",
            Pay(Decimal(20780), Decimal(20780), "GBP", "year"),
        ),
    ],
)
def test_taiwan_dollars_and_a_studentships_funding_amount(text, expected):
    assert parse_pay(text) == expected
