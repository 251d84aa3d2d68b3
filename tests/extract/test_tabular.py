from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from postings.extract.decode import decode_document
from postings.extract.tabular import looks_like_csv, parse_csv
from postings.extract.types import DocumentError, Location, Pay

AS_OF = datetime(2026, 8, 1, tzinfo=UTC)
REALDATA = Path("/work/shared/realdata")


def realdata(relative: str) -> str:
    path = REALDATA / relative
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return decode_document(path.read_bytes())


def titles(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(p.title, p.company) for p in parse_csv(text, as_of=AS_OF, **kwargs).postings]


@pytest.mark.parametrize(
    "text",
    [
        "title,company\nAnalyst,Acme\n",
        "title;company\nAnalyst;Acme\n",
        "title\tcompany\nAnalyst\tAcme\n",
        "title,company\r\nAnalyst,Acme\r\n",
        '"title","company"\n"Analyst","Acme"',
        ",title,company\n0,Analyst,Acme\n",
        "Unnamed: 0,Job Title,Company Name\n0,Analyst,Acme\n",
        "title,company\n\n,\nAnalyst,Acme\n\n",
    ],
)
def test_reads_rows(text):
    assert titles(text) == [("Analyst", "Acme")]


def test_multi_line_and_quoted_cells():
    text = (
        "Job Title,Company,Job Description\n"
        'Analyst,Acme,"First line\nSecond line, with comma\n""quoted"""\n'
        'Engineer,"Beta, Inc","One\n\n- bullet"\n'
    )
    result = parse_csv(text, as_of=AS_OF)
    assert [(p.title, p.company) for p in result.postings] == [
        ("Analyst", "Acme"),
        ("Engineer", "Beta, Inc"),
    ]
    assert result.postings[0].description == 'First line\nSecond line, with comma\n"quoted"'


def test_doubled_quotes_under_an_unquoted_header():
    text = 'title,company,description\nAnalyst,Acme,"He said ""hi"", then left"\n'
    assert parse_csv(text, as_of=AS_OF).postings[0].description == 'He said "hi", then left'


def test_rows_without_company_are_skipped_with_a_reason():
    result = parse_csv("title,company\nAnalyst,\nEngineer,Acme\n", as_of=AS_OF)
    assert len(result.postings) == 1
    assert [(s.reason, s.title) for s in result.skipped] == [("no company", "Analyst")]


@pytest.mark.parametrize(
    "text", ["company,location\nAcme,Berlin\n", "a,b\n1,2\n", "just one line of prose\n"]
)
def test_no_title_column_is_a_document_error(text):
    with pytest.raises(DocumentError, match="no recognisable title column"):
        parse_csv(text, as_of=AS_OF)


def test_column_mapping_names_the_title_column():
    text = "Headline,Firm\nAnalyst,Acme\n"
    assert titles(text, columns={"Headline": "title", "Firm": "company"}) == [("Analyst", "Acme")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title,company\nAnalyst,Acme", True),
        (",Job Title,Salary Estimate\n0,x,y", True),
        ("Job Title;Location\nx;y", True),
        ("company,location\nAcme,Berlin", False),
        ("Senior Engineer, Berlin\nWe are hiring.", False),
        ("title\nAnalyst", False),
        ("", False),
    ],
)
def test_looks_like_csv(text, expected):
    assert looks_like_csv(text) is expected


def test_glassdoor():
    result = parse_csv(realdata("glassdoor_ds_jobs/glassdoor_jobs.csv"), as_of=AS_OF)
    assert (len(result.postings), len(result.skipped)) == (954, 2)
    first = result.postings[0]
    assert (first.title, first.company) == ("Data Scientist", "Tecolote Research")
    assert first.locations == [Location("Albuquerque", "NM", "US")]
    assert first.pay == Pay(Decimal(53000), Decimal(91000), "USD", "year")
    assert first.description.startswith("Data Scientist\nLocation: Albuquerque, NM")
    assert all("\n" not in p.company for p in result.postings)
    periods = Counter(p.pay.period for p in result.postings if p.pay)
    assert periods["hour"] >= 20
    assert sum(periods.values()) >= 730


def test_google_job_skills_fill_sections():
    result = parse_csv(realdata("google_job_skills/job_skills.csv"), as_of=AS_OF)
    assert (len(result.postings), len(result.skipped)) == (1249, 1)
    first = result.postings[0]
    assert (first.title, first.company) == ("Google Cloud Program Manager", "Google")
    assert first.locations == [Location(country="SG")]
    assert first.sections.responsibilities.startswith("Shape, shepherd, ship")
    assert first.sections.basic_qualifications.startswith("BA/BS degree")
    assert first.sections.preferred_qualifications.startswith("Experience in the business")
    assert all(p.locations and p.locations[0].country for p in result.postings)


def test_amazon_india_csv():
    result = parse_csv(realdata("amazon/amazon_jobs_india_pf3.csv"), as_of=AS_OF)
    assert (len(result.postings), len(result.skipped)) == (1733, 0)
    first = result.postings[0]
    assert (first.title, first.company) == ("Senior SDE, Amazon Q Business", "Amazon")
    assert first.locations == [Location("Bangalore", "KA", "IN")]
    assert first.posted_on == date(2024, 12, 23)
    assert first.description == ""
    assert first.sections.basic_qualifications.startswith("- 5+ years of non-internship")
    assert first.sections.preferred_qualifications.startswith("- 5+ years of full software")
    assert first.apply_url == "https://www.amazon.jobs/applicant/jobs/2861419/apply"
    assert all(p.locations and p.locations[0].country == "IN" for p in result.postings)
