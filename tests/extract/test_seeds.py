"""The five seed pages and everything each must yield (as_of 2026-11-20)."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from postings.extract.text import parse_text
from postings.extract.types import Location, Pay

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
AS_OF = datetime(2026, 11, 20)


def parse_seed(prefix: str):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return parse_text(path.read_text(encoding="utf-8"), as_of=AS_OF, name=path.name)


def by_title(result):
    return {posting.title: posting for posting in result.postings}


def test_seed_000_expired_amazon_internship_and_four_hiring_now_roles():
    result = parse_seed("000")

    assert len(result.postings) == 5
    assert result.skipped == []
    main = result.postings[0]
    assert main.title == (
        "2026 Applied Science Intern (Machine Learning, Recommender Systems), "
        "International Machine Learning"
    )
    assert main.company == "Amazon"
    assert main.locations == [Location("Melbourne", "VIC", "AU")]
    assert main.employment_types == ["internship"]
    assert main.degree_levels == ["phd"]
    assert main.posted_on == date(2026, 4, 20)
    assert main.expired is True
    assert main.internship_weeks == 26
    assert main.internship_start == "Jan-March 2026"
    assert main.pay is None
    assert main.visa_sponsorship is None
    assert main.sections.responsibilities.startswith("- Develop novel solutions")
    assert main.sections.basic_qualifications.startswith("- Currently enrolled in a PhD")
    assert main.sections.preferred_qualifications.endswith("distributed computing, e.g. Spark")
    assert main.description.startswith("Are you excited about leveraging")
    for card_bullet in ("NV1 security clearance", "Xero's internal AI platform", "GIS, PySpark"):
        assert card_bullet not in main.description
    for chrome in ("Skip to main content", "Apply for this job", "These roles are hiring now"):
        assert chrome not in main.description


@pytest.mark.parametrize(
    ("title", "company", "location", "arrangement", "posted", "first_bullet"),
    [
        (
            "Network Engineer",
            "ResetData",
            Location("Sydney", "NSW", "AU"),
            "unknown",
            date(2026, 11, 19),
            "- Support day-to-day network operations",
        ),
        (
            "Engineer - AI Platform",
            "Xero",
            Location("Hawthorn", "VIC", "AU"),
            "hybrid",
            date(2026, 11, 16),
            "- Build & operate Xero's internal AI platform",
        ),
        (
            "Senior Data Scientist",
            "Department of Transport Victoria",
            Location("Melbourne", "VIC", "AU"),
            "unknown",
            date(2026, 11, 15),
            "- Data analysis, machine learning",
        ),
        (
            "AI Software Engineer",
            "Andromeda Robotics",
            Location("Melbourne", "VIC", "AU"),
            "unknown",
            date(2026, 11, 15),
            "- Build production AI systems",
        ),
    ],
)
def test_seed_000_hiring_now_cards(title, company, location, arrangement, posted, first_bullet):
    posting = by_title(parse_seed("000"))[title]

    assert posting.company == company
    assert posting.locations == [location]
    assert posting.work_arrangement == arrangement
    assert posting.posted_on == posted
    assert posting.description.startswith(first_bullet)
    assert posting.description.count("\n- ") == 2  # three bullets, one per line
    assert posting.expired is False
    assert posting.employment_types == []


def test_seed_001_amazon_internship_with_hourly_pay_and_us_locations():
    result = parse_seed("001")

    (posting,) = result.postings
    assert posting.title == "Machine Learning Applied Science Intern"
    assert posting.company == "Amazon"
    # Pay stated in the header ("$107 / hour") wins over the body's "$65.38/hr to $107.40/hr".
    assert posting.pay == Pay(Decimal(107), Decimal(107), "USD", "hour")
    assert posting.posted_on == date(2025, 4, 2)
    # All eight places of the "Locations:" sentence, not only the first five.
    assert posting.locations == [
        Location("Arlington", "VA", "US"),
        Location("Bellevue", "WA", "US"),
        Location("Boston", "MA", "US"),
        Location("New York", "NY", "US"),
        Location("Palo Alto", "CA", "US"),
        Location("San Diego", "CA", "US"),
        Location("Santa Clara", "CA", "US"),
        Location("Seattle", "WA", "US"),
    ]
    assert posting.employment_types == ["internship"]
    assert posting.degree_levels == ["phd"]
    assert posting.internship_weeks == 12
    assert posting.expired is False
    assert posting.sections.responsibilities.startswith("- Develop scalable, efficient")
    assert posting.sections.basic_qualifications.startswith("- Enrolled in a PhD program")
    assert posting.sections.preferred_qualifications.startswith("- Publications in top-tier")
    assert "Are you applying to the internship?" not in posting.description


def test_seed_002_aggregator_page_without_funding_as_pay():
    result = parse_seed("002")

    (posting,) = result.postings
    assert posting.title == (
        "2026 Applied Science Internship - Information & Knowledge Management "
        "(Machine Learning) - United States, PhD Student Science Recruiting"
    )
    assert posting.company == "Amazon"
    assert posting.locations == [Location(country="US")]
    assert posting.employment_types == ["internship"]
    assert posting.degree_levels == ["phd"]
    assert posting.visa_sponsorship is True
    assert posting.pay is None
    assert posting.posted_on == date(2026, 11, 19)
    assert posting.expired is False
    assert posting.sections.responsibilities.startswith("Develop scalable, efficient")
    assert posting.sections.basic_qualifications.startswith("Are enrolled in a PhD")
    assert posting.sections.preferred_qualifications.startswith("Have publications")
    assert posting.sections.benefits == "A full range of medical, financial, and/or other benefits"
    for chrome in ("cer-icon", "company-logo", "Apply on Employer Site", "$8.11B", "Werner Vogels"):
        assert chrome not in posting.description
    assert "LearningNatural" not in posting.description


def test_seed_003_article_yields_only_the_related_content_postings():
    result = parse_seed("003")

    assert [(p.title, p.locations[0].city) for p in result.postings] == [
        ("Applied Scientist", "Seattle"),
        ("Applied Scientist", "Seattle"),
        ("Applied Scientist", "Gurugram"),
        ("Senior Applied Scientist", "Gurugram"),
        ("Applied Scientist", "Boston"),
        ("Senior Applied Scientist", "Boston"),
        ("Applied Scientist", "Bengaluru"),
        ("Applied Scientist", "Bengaluru"),
        ("Applied Scientist", "Bengaluru"),
    ]
    assert {p.company for p in result.postings} == {"Amazon"}
    assert {p.locations[0] for p in result.postings} == {
        Location("Seattle", "WA", "US"),
        Location("Gurugram", "HR", "IN"),
        Location("Boston", "MA", "US"),
        Location("Bengaluru", "KA", "IN"),
    }
    assert not any("Na Zhang" in p.description for p in result.postings)


def test_seed_003_related_postings_keep_their_own_facts():
    postings = parse_seed("003").postings

    alexa_first, alexa_second = postings[6], postings[7]
    assert alexa_first.sections.basic_qualifications != alexa_second.sections.basic_qualifications
    assert alexa_first.degree_levels == ["phd", "masters"]
    assert alexa_first.sections.preferred_qualifications.startswith("- Track record of diving")
    assert postings[3].degree_levels == ["phd", "masters"]
    assert postings[1].sections.responsibilities.startswith("As an Applied Scientist")
    assert all(p.pay is None and p.posted_on is None for p in postings)


def test_seed_004_german_indeed_page():
    result = parse_seed("004")

    (posting,) = result.postings
    assert posting.title == (
        "2023 Applied Science Internship - Machine Learning, Deep Learning, "
        "Automated Speech Recognition (m/w/d)"
    )
    assert posting.company == "Amazon EU SARL (Germany Branch)"
    assert posting.locations == [Location("Aachen", "", "DE")]
    assert posting.work_arrangement == "hybrid"
    assert posting.employment_types == ["internship", "full_time"]
    assert posting.degree_levels == ["phd", "masters"]
    assert posting.internship_weeks == 13
    assert posting.internship_start == ""
    assert posting.visa_sponsorship is None
    assert posting.pay is None
    assert posting.expired is False
    for chrome in ("Weiter zur Bewerbung", "Diesen Job melden", "Indeed-Konto", "Anstellungsart"):
        assert chrome not in posting.description


def test_seeds_yield_seventeen_postings_in_all():
    counts = [len(parse_seed(prefix).postings) for prefix in ("000", "001", "002", "003", "004")]

    assert counts == [5, 1, 1, 9, 1]
