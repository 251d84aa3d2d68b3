import csv
import datetime as dt
import io
import json

import pytest
from django.core.management import call_command

from postings.exports import neutralise_formula, postings_for_export, to_json, to_jsonld, write_csv

from .factories import CompanyFactory, LocationFactory, PostingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def intern():
    return PostingFactory(
        title="ML intern",
        company=CompanyFactory(name="Amazon", slug="amazon"),
        locations=[LocationFactory(city="Arlington", region="VA", country="US")],
        is_full_time=True,
        degree_phd=True,
        degree_masters=True,
        pay_min=107,
        pay_max=107.5,
        pay_currency="USD",
        pay_period="hour",
        posted_on=dt.date.today() - dt.timedelta(days=1),
        visa_sponsorship="yes",
        apply_url="https://amazon.jobs/1",
        source_document="001.txt",
    )


def exported(posting):
    return to_json(next(postings_for_export(type(posting).objects.filter(pk=posting.pk))))


def test_json_export_has_exactly_the_documented_keys(intern):
    row = exported(intern)
    assert set(row) == {
        "title", "company", "locations", "employment_types", "work_arrangement", "pay",
        "posted_at", "valid_through", "status", "degree_levels", "visa_sponsorship",
        "description", "apply_url", "source",
    }  # fmt: skip
    assert row["locations"] == [{"city": "Arlington", "region": "VA", "country": "US"}]
    assert row["employment_types"] == ["internship", "full_time"]
    assert row["pay"] == {"min": 107, "max": 107.5, "currency": "USD", "period": "hour"}
    assert row["status"] == "open"
    assert row["degree_levels"] == ["masters", "phd"]
    assert row["visa_sponsorship"] is True
    assert row["source"] == {"document": "001.txt", "url": None}


def test_jsonld_has_google_properties(intern):
    posting = next(postings_for_export(type(intern).objects.filter(pk=intern.pk)))
    data = to_jsonld(posting, url="https://example.org/jobs/x/")
    assert data["@type"] == "JobPosting"
    assert data["employmentType"] == ["INTERN", "FULL_TIME"]
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue", "minValue": 107, "maxValue": 107.5, "unitText": "HOUR"
    }  # fmt: skip
    assert data["jobLocation"][0]["address"]["addressRegion"] == "VA"
    assert data["hiringOrganization"]["name"] == "Amazon"
    assert "jobLocationType" not in data


def test_remote_jsonld_says_telecommute_with_countries():
    posting = PostingFactory(work_arrangement="remote")
    data = to_jsonld(next(postings_for_export(type(posting).objects.filter(pk=posting.pk))))
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == [{"@type": "Country", "name": "AU"}]


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+1", "-1+2", "@SUM(A1)", "\tx"])
def test_csv_neutralises_formulas(value):
    assert neutralise_formula(value) == "'" + value


def test_csv_has_a_row_per_posting(intern):
    PostingFactory(title="=cmd|' /C calc'!A0")
    stream = io.StringIO()
    write_csv(postings_for_export(), stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [r["title"] for r in rows] == ["ML intern", "'=cmd|' /C calc'!A0"]
    assert rows[0]["locations"] == "Arlington, VA, US"


@pytest.mark.parametrize("format", ["json", "jsonld"])
def test_export_command_writes_valid_json(intern, format, tmp_path):
    PostingFactory()
    output = tmp_path / "out.json"
    call_command("export_postings", "--format", format, "--output", str(output))
    assert len(json.loads(output.read_text())) == 2
    stdout = io.StringIO()
    call_command("export_postings", "--format", format, stdout=stdout)
    assert json.loads(stdout.getvalue()) == json.loads(output.read_text())


def test_export_of_an_empty_board_is_an_empty_list():
    stdout = io.StringIO()
    call_command("export_postings", stdout=stdout)
    assert json.loads(stdout.getvalue()) == []
