from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from postings.extract.jsonld import iter_job_postings, posting_from_jsonld, postings_from_jsonld
from postings.extract.types import Location, Pay, Skipped

AS_OF = datetime(2026, 8, 1, tzinfo=UTC)


def job(**fields):
    return {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": "Data Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "Acme"},
        **fields,
    }


def convert(**fields):
    return posting_from_jsonld(job(**fields), as_of=AS_OF)


def test_minimal_job_posting():
    posting = convert()
    assert (posting.title, posting.company) == ("Data Engineer", "Acme")
    assert posting.locations == []
    assert posting.pay is None


@pytest.mark.parametrize(
    ("organization", "company"),
    [
        ({"@type": "Organization", "name": "Acme Ltd"}, "Acme Ltd"),
        ("Acme Ltd", "Acme Ltd"),
        ([{"name": "Acme Ltd"}], "Acme Ltd"),
        ({"name": "Leaseweb "}, "Leaseweb"),
    ],
)
def test_hiring_organization_object_or_string(organization, company):
    assert convert(hiringOrganization=organization).company == company


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"title": ""}, "without a title"),
        ({"hiringOrganization": None}, "without a hiringOrganization"),
        ({"hiringOrganization": {"name": "  "}}, "without a hiringOrganization"),
    ],
)
def test_missing_title_or_company_is_skipped(fields, reason):
    outcome = convert(**fields)
    assert isinstance(outcome, Skipped)
    assert reason in outcome.reason


def address(**fields):
    return {"@type": "Place", "address": {"@type": "PostalAddress", **fields}}


@pytest.mark.parametrize(
    ("job_location", "expected"),
    [
        (
            address(addressLocality="Austin", addressRegion="TX", addressCountry="US"),
            [Location("Austin", "TX", "US")],
        ),
        (
            address(addressLocality="Austin", addressRegion="Texas", addressCountry="USA"),
            [Location("Austin", "TX", "US")],
        ),
        (
            address(addressLocality="Berlin", addressCountry="Germany"),
            [Location("Berlin", "", "DE")],
        ),
        (
            address(
                addressLocality="HKI",
                addressRegion="Uusimaa,FI",
                addressCountry={"@type": "Country", "name": "FI"},
            ),
            [Location("HKI", "18", "FI")],
        ),
        (
            address(
                addressLocality="Frankfurt am Main", addressRegion="Germany", addressCountry="DE"
            ),
            [Location("Frankfurt am Main", "", "DE")],
        ),
        (address(addressLocality="Ontario ", addressCountry="CA"), [Location("", "ON", "CA")]),
        (address(addressLocality="Austin", addressRegion="TX"), [Location("Austin", "TX", "US")]),
        (
            [
                address(addressLocality="Melbourne", addressRegion="VIC", addressCountry="AU"),
                address(addressLocality="Sydney", addressRegion="NSW", addressCountry="AU"),
                address(addressLocality="Sydney", addressRegion="NSW", addressCountry="AU"),
            ],
            [Location("Melbourne", "VIC", "AU"), Location("Sydney", "NSW", "AU")],
        ),
        ({"@type": "Place", "address": "Seattle, WA"}, [Location("Seattle", "WA", "US")]),
        ({"@type": "PostalAddress", "addressCountry": "IN"}, [Location("", "", "IN")]),
    ],
)
def test_job_location(job_location, expected):
    assert convert(jobLocation=job_location).locations == expected


def test_telecommute_is_remote_with_applicant_countries():
    posting = convert(
        jobLocationType="TELECOMMUTE",
        applicantLocationRequirements=[
            {"@type": "Country", "name": "USA"},
            {"@type": "Country", "name": "Canada"},
        ],
    )
    assert posting.work_arrangement == "remote"
    assert posting.locations == [Location(country="US"), Location(country="CA")]


@pytest.mark.parametrize(
    ("employment_type", "expected"),
    [
        ("FULL_TIME", ["full_time"]),
        (["PART_TIME", "CONTRACTOR"], ["part_time", "contract"]),
        ("INTERN", ["internship"]),
        ("TEMPORARY", ["temporary"]),
        ("FULL_TIME, PART_TIME", ["full_time", "part_time"]),
        ("Full-time", ["full_time"]),
        ("OTHER", []),
    ],
)
def test_employment_type(employment_type, expected):
    assert convert(employmentType=employment_type).employment_types == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "baseSalary": {
                    "@type": "MonetaryAmount",
                    "currency": "EUR",
                    "value": {
                        "@type": "QuantitativeValue",
                        "unitText": "YEAR",
                        "minValue": "61220",
                        "maxValue": "90000",
                    },
                }
            },
            Pay(Decimal("61220"), Decimal("90000"), "EUR", "year"),
        ),
        (
            {"baseSalary": {"currency": "USD", "value": {"value": 25.5, "unitText": "HOUR"}}},
            Pay(Decimal("25.5"), Decimal("25.5"), "USD", "hour"),
        ),
        (
            {"baseSalary": {"currency": "gbp", "value": 4000, "unitText": "MONTH"}},
            Pay(Decimal("4000"), Decimal("4000"), "GBP", "month"),
        ),
        (
            {"baseSalary": 85000, "salaryCurrency": "CAD"},
            Pay(Decimal("85000"), Decimal("85000"), "CAD", "year"),
        ),
        (
            {"baseSalary": {"currency": "USD", "value": {"minValue": 90, "maxValue": 70}}},
            Pay(Decimal("70"), Decimal("90"), "USD", "hour"),
        ),
        ({"baseSalary": 85000}, None),
        ({"baseSalary": {"currency": "USD", "value": {"minValue": 0, "maxValue": 0}}}, None),
    ],
)
def test_base_salary(fields, expected):
    assert convert(**fields).pay == expected


@pytest.mark.parametrize(
    ("posted", "expected"),
    [
        ("2026-07-27T13:21:22", date(2026, 7, 27)),
        ("2026-03-03T14:43:09+01:00", date(2026, 3, 3)),
        ("2026-07-27", date(2026, 7, 27)),
        ("July 27, 2026", date(2026, 7, 27)),
        ("", None),
    ],
)
def test_date_posted(posted, expected):
    assert convert(datePosted=posted).posted_on == expected


def test_valid_through():
    assert convert(validThrough="2026-08-28T23:59:59+02:00").valid_through == date(2026, 8, 28)


def test_description_becomes_text_with_sections():
    posting = convert(
        description=(
            "<p>About the team.</p><h3>Responsibilities</h3><ul><li>Build pipelines</li></ul>"
            "<h3>Preferred Qualifications</h3><ul><li>Spark</li></ul>"
        )
    )
    assert posting.description.startswith("About the team.")
    assert posting.sections.responsibilities == "- Build pipelines"
    assert posting.sections.preferred_qualifications == "- Spark"


def test_schema_org_section_properties_fill_empty_sections():
    posting = convert(
        description="Plain intro.",
        responsibilities="<ul><li>Own the roadmap</li></ul>",
        qualifications="5 years of Go",
        jobBenefits="Pension",
    )
    assert posting.sections.responsibilities == "- Own the roadmap"
    assert posting.sections.basic_qualifications == "5 years of Go"
    assert posting.sections.benefits == "Pension"


@pytest.mark.parametrize(
    ("education", "expected"),
    [
        (
            {"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"},
            ["bachelors"],
        ),
        ({"credentialCategory": "postgraduate degree"}, ["masters"]),
        ("Master's degree in Computer Science", ["masters"]),
        (
            [
                {"credentialCategory": "bachelor degree"},
                {"credentialCategory": "postgraduate degree"},
            ],
            ["masters", "bachelors"],
        ),
        ({"credentialCategory": "high school"}, []),
    ],
)
def test_education_requirements(education, expected):
    assert convert(educationRequirements=education).degree_levels == expected


@pytest.mark.parametrize(
    ("identifier", "expected"),
    [
        ({"@type": "PropertyValue", "name": "Leaseweb", "value": 7323464}, "7323464"),
        ("REQ-12", "REQ-12"),
        (991, "991"),
        (None, ""),
    ],
)
def test_identifier(identifier, expected):
    assert convert(identifier=identifier).external_id == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://jobs.example.com/1", "https://jobs.example.com/1"),
        ("javascript:alert(1)", ""),
        ("/relative/path", ""),
    ],
)
def test_url_is_apply_and_source_url_when_safe(url, expected):
    posting = convert(url=url, directApply=True)
    assert (posting.apply_url, posting.source_url) == (expected, expected)


def test_description_fills_what_structured_fields_leave_unsaid():
    posting = convert(
        description="This is a full-time, fully remote role. We offer visa sponsorship. "
        "A Master's degree is required."
    )
    assert posting.employment_types == ["full_time"]
    assert posting.work_arrangement == "remote"
    assert posting.visa_sponsorship is True
    assert posting.degree_levels == ["masters"]


def test_structured_fields_win_over_the_description():
    posting = convert(employmentType="PART_TIME", description="Full-time role.")
    assert posting.employment_types == ["part_time"]


def test_xss_in_fields_is_neutralised():
    posting = convert(
        title="<script>alert(1)</script>Engineer",
        hiringOrganization={"name": "<img src=x onerror=alert(1)>Acme"},
        jobLocation=address(
            addressLocality="<script>alert(1)</script>Austin",
            addressRegion="TX",
            addressCountry="US",
        ),
        description='<p onclick="alert(1)">Hi</p><script>alert(1)</script><a href="javascript:x">l</a>',
        url="javascript:alert(1)",
    )
    assert (posting.title, posting.company) == ("Engineer", "Acme")
    assert posting.locations == [Location("Austin", "TX", "US")]
    assert posting.description == "Hi\n\nl"
    assert posting.apply_url == ""


@pytest.mark.parametrize(
    "data",
    [
        job(),
        [job(), {"@type": "Organization"}],
        {"@graph": [{"@type": "WebSite"}, job()]},
        {**job(), "@type": ["JobPosting"]},
        {**job(), "@type": "schema:JobPosting"},
        {**job(), "@type": "http://schema.org/JobPosting"},
    ],
)
def test_iter_job_postings_finds_postings(data):
    assert len(list(iter_job_postings(data))) == 1


@pytest.mark.parametrize("data", [None, "text", 3, {"@type": "Organization"}, [{"title": "x"}]])
def test_iter_job_postings_ignores_other_values(data):
    assert list(iter_job_postings(data)) == []


def test_postings_from_jsonld_collects_postings_and_skips():
    result = postings_from_jsonld([job(), job(title="")], as_of=AS_OF)
    assert len(result.postings) == 1
    assert len(result.skipped) == 1
