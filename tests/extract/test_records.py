from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from postings.extract.records import (
    as_text,
    coerce_date,
    country_code,
    posting_from_record,
    recognise_columns,
    subdivision_code,
)
from postings.extract.types import ExtractedPosting, Location, Pay, Skipped

AS_OF = datetime(2026, 8, 1, tzinfo=UTC)


def convert(columns=None, **fields):
    return posting_from_record(
        {"title": "Analyst", "company": "Acme", **fields}, as_of=AS_OF, columns=columns
    )


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("title", "title"),
        ("Job Title", "title"),
        ("job_title", "title"),
        ("jobTitle", "title"),
        ("Position", "title"),
        ("role", "title"),
        ("Company", "company"),
        ("Company Name", "company"),
        ("company_name", "company"),
        ("Employer", "company"),
        ("hiringOrganization", "company"),
        ("Location", "location"),
        ("job_location", "location"),
        ("City", "city"),
        ("state", "region"),
        ("country_code", "country"),
        ("Salary Estimate", "salary"),
        ("salary_min", "salary_min"),
        ("Date Posted", "posted"),
        ("posted_date", "posted"),
        ("epoch", "posted"),
        ("Closing Date", "valid_through"),
        ("Job Description", "description"),
        ("Minimum Qualifications", "basic_qualifications"),
        ("basic_qualifications", "basic_qualifications"),
        ("Preferred Qualifications", "preferred_qualifications"),
        ("Apply Link", "apply_url"),
        ("apply_url", "apply_url"),
        ("url", "source_url"),
        ("Job ID", "external_id"),
        ("job_schedule_type", "employment_type"),
        ("remote", "remote"),
    ],
)
def test_recognises_column_names(key, field):
    assert recognise_columns([key]) == {field: key}


@pytest.mark.parametrize("key", ["", "Rating", "Headquarters", "Type of ownership", "Unnamed: 0"])
def test_ignores_other_columns(key):
    assert recognise_columns([key]) == {}


def test_the_better_alias_wins_whatever_the_column_order():
    assert recognise_columns(["name", "city", "title", "location"]) == {
        "title": "title",
        "city": "city",
        "location": "location",
    }


def test_column_mapping_overrides_recognition():
    fields = recognise_columns(
        ["Headline", "title", "Firm"], {"Headline": "title", "Firm": "employer"}
    )
    assert fields == {"title": "Headline", "company": "Firm"}


def test_column_mapping_rejects_unknown_fields():
    with pytest.raises(ValueError, match="unknown field"):
        recognise_columns(["Headline"], {"Headline": "headline"})


@pytest.mark.parametrize(
    "value", ["", "  ", "-1", "Not Provided", "N/A", "n/a", "nan", None, [], {}]
)
def test_missing_values(value):
    assert as_text(value) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (" x ", "x"),
        (42, "42"),
        (2.5, "2.5"),
        (True, "true"),
        ({"name": "Acme"}, "Acme"),
        (["a", "b"], "a\nb"),
    ],
)
def test_as_text(value, expected):
    assert as_text(value) == expected


def test_missing_values_make_fields_empty():
    posting = convert(location="-1", salary="-1", description="Not Provided", url="N/A")
    assert (posting.locations, posting.pay, posting.description, posting.apply_url) == (
        [],
        None,
        "",
        "",
    )


@pytest.mark.parametrize(
    ("company", "expected"),
    [
        ("Tecolote Research\n3.8", "Tecolote Research"),
        ("Acme\n4", "Acme"),
        ("3M", "3M"),
        ("Seven Eleven 7", "Seven Eleven 7"),
    ],
)
def test_rating_glued_on_the_company_is_dropped(company, expected):
    assert convert(company=company).company == expected


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"title": "Analyst"}, "no company"),
        ({"company": "Acme", "title": "-1"}, "no job title"),
        ({"location": "Berlin"}, "no job title or company"),
        ({"description": "Acme is hiring"}, "free text"),
        ({"id": 1, "text": "<p>Acme | Engineer | Remote</p>", "time": 1767225600}, "free text"),
    ],
)
def test_records_without_title_or_company_are_skipped(record, reason):
    outcome = posting_from_record(record, as_of=AS_OF)
    assert isinstance(outcome, Skipped)
    assert outcome.reason.startswith(reason)


@pytest.mark.parametrize(
    "record", [{}, {"legal": "API terms", "last_updated": 1773720015}, {"id": 3, "tags": ["x"]}]
)
def test_records_that_are_no_job_are_none(record):
    assert posting_from_record(record, as_of=AS_OF) is None


@pytest.mark.parametrize(
    ("url", "company"),
    [
        ("https://www.amazon.jobs/applicant/jobs/2861419/apply", "Amazon"),
        ("https://careers.google.com/jobs/1", "Google"),
    ],
)
def test_company_of_an_employer_careers_site(url, company):
    posting = posting_from_record({"Job Title": "SDE", "Apply Link": url}, as_of=AS_OF)
    assert posting.company == company


@pytest.mark.parametrize(
    "url",
    [
        "https://jobs.lever.co/acme/1",
        "https://boards.greenhouse.io/acme/jobs/1",
        "https://job-boards.greenhouse.io/acme/jobs/1",
    ],
)
def test_an_applicant_tracking_board_names_the_employer_first_in_its_path(url):
    # Greenhouse's and Lever's feeds carry no company field: the board is the employer's own.
    assert posting_from_record({"title": "SDE", "url": url}, as_of=AS_OF).company == "Acme"


@pytest.mark.parametrize("url", ["https://www.indeed.com/viewjob?jk=1", ""])
def test_other_sites_name_no_company(url):
    assert isinstance(posting_from_record({"title": "SDE", "url": url}, as_of=AS_OF), Skipped)


def test_greenhouse_job_board_api_records():
    record = {
        "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/4412",
        "id": 4412,
        "title": "ML Engineer",
        "first_published": "2026-11-10T09:00:00-05:00",
        "location": {"name": "Toronto, ON"},
        "metadata": [
            {"name": "Employment Type", "value": "Full-time"},
            {"name": "Workplace Type", "value": "Hybrid"},
        ],
        "pay_input_ranges": [
            {"min_cents": 16000000, "max_cents": 19000000, "currency_type": "CAD"}
        ],
        "content": "&lt;p&gt;Build models.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Python&lt;/li&gt;&lt;/ul&gt;",
    }

    posting = posting_from_record(record, as_of=AS_OF)

    assert (posting.company, posting.employment_types, posting.work_arrangement) == (
        "Acme",
        ["full_time"],
        "hybrid",
    )
    assert posting.pay == Pay(Decimal(160000), Decimal(190000), "CAD", "year")
    assert posting.posted_on == date(2026, 11, 10)
    assert posting.sections.basic_qualifications == "- Python"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"salary": "$53K-$91K (Glassdoor est.)"},
            Pay(Decimal(53000), Decimal(91000), "USD", "year"),
        ),
        (
            {"Salary Estimate": "$17-$24 Per Hour(Glassdoor est.)"},
            Pay(Decimal(17), Decimal(24), "USD", "hour"),
        ),
        (
            {"salary_min": 180000, "salary_max": 210000},
            Pay(Decimal(180000), Decimal(210000), "USD", "year"),
        ),
        ({"salary_min": 30, "salary_max": 30}, Pay(Decimal(30), Decimal(30), "USD", "hour")),
        (
            {"salary_min": 50000, "salary_max": 0},
            Pay(Decimal(50000), Decimal(50000), "USD", "year"),
        ),
        (
            {"salary_min": "40,000", "salary_max": "60,000", "currency": "eur"},
            Pay(Decimal(40000), Decimal(60000), "EUR", "year"),
        ),
        ({"salary_min": 0, "salary_max": 0}, None),
        ({"salary": "-1"}, None),
        ({}, None),
    ],
)
def test_pay(fields, expected):
    assert convert(**fields).pay == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1773619203, date(2026, 3, 16)),
        ("1773619203", date(2026, 3, 16)),
        (1773619203000, date(2026, 3, 16)),
        ("2024-12-23", date(2024, 12, 23)),
        ("20260701", date(2026, 7, 1)),
        ("2026-03-16T00:00:03+00:00", date(2026, 3, 16)),
        ("July  2, 2026", date(2026, 7, 2)),
        ("2 Jul 2026", date(2026, 7, 2)),
        ("3 days ago", date(2026, 7, 29)),
        ("2026-13-45", None),
        ("-1", None),
        (None, None),
    ],
)
def test_coerce_date(value, expected):
    assert coerce_date(value, as_of=AS_OF) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("US", "US"),
        ("usa", "US"),
        ("IND", "IN"),
        ("Germany", "DE"),
        ("UK", "GB"),
        ("Remote", ""),
        ("", ""),
    ],
)
def test_country_code(value, expected):
    assert country_code(value) == expected


@pytest.mark.parametrize(
    ("country", "name", "expected"),
    [
        ("US", "CA", "CA"),
        ("US", "California", "CA"),
        ("FI", "Uusimaa,FI", "18"),
        ("DE", "APAC", ""),
        ("", "CA", ""),
    ],
)
def test_subdivision_code(country, name, expected):
    assert subdivision_code(country, name) == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"location": "IND, KA, Bengaluru"}, [Location("Bengaluru", "KA", "IN")]),
        (
            {"location": "IN, KA, Bengaluru", "country_code": "IND"},
            [Location("Bengaluru", "KA", "IN")],
        ),
        (
            {"location": "Austin, TX; Seattle, WA"},
            [Location("Austin", "TX", "US"), Location("Seattle", "WA", "US")],
        ),
        (
            {"city": "Durham", "state": "NC", "country_code": "USA"},
            [Location("Durham", "NC", "US")],
        ),
        ({"country": "Germany"}, [Location(country="DE")]),
        (
            {
                "locations": [
                    {"city": "Melbourne", "state": "VIC", "country": "AU"},
                    {"city": "Perth", "region": "WA"},
                ]
            },
            [Location("Melbourne", "VIC", "AU"), Location("Perth", "WA", "AU")],
        ),
        ({"location": "Remote"}, []),
    ],
)
def test_locations(fields, expected):
    assert convert(**fields).locations == expected


@pytest.mark.parametrize(
    ("fields", "arrangement"),
    [
        ({"remote": True}, "remote"),
        ({"remote": "yes"}, "remote"),
        ({"location": "Remote, USA"}, "remote"),
        ({"remote": False}, "unknown"),
    ],
)
def test_work_arrangement(fields, arrangement):
    assert convert(**fields).work_arrangement == arrangement


def test_description_html_becomes_text():
    posting = convert(description="Intro<br/><br/>Key job responsibilities<br/>- Build<br/>- Ship")
    assert "<br" not in posting.description
    assert posting.description.startswith("Intro\n\n")


def test_section_columns_drop_their_repeated_heading_and_restore_bullets():
    posting = convert(
        minimum_qualifications="BASIC QUALIFICATIONS - 5+ years of Java - Experience as a mentor",
        preferred_qualifications="BS in CS\nMS preferred",
        responsibilities="Own the roadmap.",
    )
    assert posting.sections.basic_qualifications == "- 5+ years of Java\n- Experience as a mentor"
    assert posting.sections.preferred_qualifications == "BS in CS\nMS preferred"
    assert posting.sections.responsibilities == "Own the roadmap."


def test_all_fields():
    posting = convert(
        location="Berlin, Germany",
        posted="2026-07-01",
        deadline="2026-09-01",
        job_id=77,
        employment_type="Part-time",
        apply_url="https://example.com/apply",
        url="https://example.com/job/77",
        description="Full-time hours are not required. We sponsor visas.",
    )
    assert isinstance(posting, ExtractedPosting)
    assert posting.locations == [Location("Berlin", "", "DE")]
    assert (posting.posted_on, posting.valid_through) == (date(2026, 7, 1), date(2026, 9, 1))
    assert posting.external_id == "77"
    assert posting.employment_types == ["part_time"]
    assert posting.apply_url == "https://example.com/apply"
    assert posting.source_url == "https://example.com/job/77"


def test_apply_url_falls_back_to_the_posting_url():
    posting = convert(url="https://example.com/job/77")
    assert posting.apply_url == posting.source_url == "https://example.com/job/77"


def test_internship_terms_only_for_internships():
    intern = convert(
        title="Software Engineering Intern",
        description="A 12-week internship starting Summer 2027.",
    )
    contractor = convert(title="Contractor", description="A 12-week contract starting Summer 2027.")
    assert (intern.internship_weeks, intern.internship_start) == (12, "Summer 2027")
    assert (contractor.internship_weeks, contractor.internship_start) == (None, "")


def test_xss_payloads_are_neutralised():
    posting = convert(
        title="<script>alert(1)</script>Analyst",
        company="<img src=x onerror=alert(1)>Acme",
        city="<b onmouseover=alert(1)>Austin</b>",
        state="TX",
        description="<p>Hi</p><script>alert(1)</script>",
        apply_url="javascript:alert(1)",
    )
    assert (posting.title, posting.company) == ("Analyst", "Acme")
    assert posting.locations == [Location("Austin", "TX", "US")]
    assert posting.description == "Hi"
    assert posting.apply_url == ""
