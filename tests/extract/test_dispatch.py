import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import postings.extract as extract
from postings.extract import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    ParseResult,
    detect_format,
    parse_document,
)

AS_OF = datetime(2026, 8, 1, tzinfo=UTC)
REALDATA = Path("/work/shared/realdata")

JOB_POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Analyst",
    "hiringOrganization": {"name": "Acme"},
}


def parse(data: bytes | str, name: str = "upload", **kwargs) -> ParseResult:
    data = data.encode() if isinstance(data, str) else data
    return parse_document(data, name=name, as_of=AS_OF, **kwargs)


@pytest.fixture
def text_parser(monkeypatch):
    """Records what reaches the raw-text extractor, which has tests of its own."""
    calls = []

    def fake_parse_text(text, *, as_of, name=""):
        calls.append(text)
        return ParseResult(note="text")

    monkeypatch.setattr(extract, "parse_text", fake_parse_text)
    return calls


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('{"title": "Analyst", "company": "Acme"}', "", "json"),
        ('[{"title": "Analyst"}]', "", "json"),
        ('{"a": 1}\n{"b": 2}\n', "", "json"),
        ("\ufeff  [1]  ", "", "json"),
        ("not json at all", "jobs.json", "json"),
        ("<!DOCTYPE html><html><body>x</body></html>", "", "html"),
        ("<html lang='en'><p>x</p></html>", "", "html"),
        ("<p>One</p><p>Two</p><ul><li>Three</li></ul>", "", "html"),
        ("plain words", "page.HTML", "html"),
        ("title,company\nAnalyst,Acme\n", "", "csv"),
        ("Job Title;Location\nAnalyst;Berlin\n", "", "csv"),
        ("anything", "rows.csv", "csv"),
        ("Senior Engineer\nAcme, Berlin\nWe are hiring <b>now</b>.", "", "text"),
        ("[Urgent] Hiring a welder\nCall us", "", "text"),
        ("{ broken", "", "json"),
        ("[]", "", "json"),
        ("company,location\nAcme,Berlin\n", "", "text"),
        ("Plain text posting", "notes.txt", "text"),
    ],
)
def test_detect_format(text, name, expected):
    assert detect_format(text, name=name) == expected


def test_detect_format_honours_the_column_mapping():
    assert detect_format("Headline,Firm\nx,y\n", columns={"Headline": "title"}) == "csv"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\r\n ", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 9)) * 100, "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 20, "no legacy encoding"),
        (b'{"title": "x",', "invalid JSON"),
        (b"[]", "no JobPosting"),
        (b'{"legal": "terms"}', "no JobPosting"),
    ],
)
def test_unreadable_documents(data, message):
    with pytest.raises(DocumentError, match=message):
        parse(data)


def test_csv_without_a_title_column(text_parser):
    with pytest.raises(DocumentError, match="no recognisable title column"):
        parse("company,location\nAcme,Berlin\n", name="jobs.csv")


def test_document_over_the_size_limit():
    with pytest.raises(DocumentError, match="limited to 5 MB"):
        parse(b"a" * (MAX_DOCUMENT_BYTES + 1))


def test_document_at_the_size_limit_is_read(text_parser):
    parse(b"a" * MAX_DOCUMENT_BYTES)
    assert len(text_parser) == 1


def test_unknown_format_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown format"):
        parse("x", format="pdf")


def test_document_error_messages_are_one_line():
    with pytest.raises(DocumentError) as caught:
        parse(b'{\n"title": \n')
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("format", ["json", "jsonld", "auto"])
def test_json_formats(format):
    result = parse(json.dumps(JOB_POSTING), format=format)
    assert [(p.title, p.company) for p in result.postings] == [("Analyst", "Acme")]


def test_forced_csv_format():
    result = parse("title;company\nAnalyst;Acme\n", format="csv")
    assert [(p.title, p.company) for p in result.postings] == [("Analyst", "Acme")]


def test_forced_text_format_reaches_the_text_parser(text_parser):
    assert parse('{"title": "x"}', format="text").note == "text"
    assert text_parser == ['{"title": "x"}']


def test_text_reaches_the_text_parser_decoded(text_parser):
    parse(b"Caf\xe9 \x93barista\x94", name="page.txt")
    assert text_parser == ["Caf\u00e9 \u201cbarista\u201d"]


def test_html_page_with_json_ld():
    page = f'<html><script type="application/ld+json">{json.dumps(JOB_POSTING)}</script></html>'
    assert [p.title for p in parse(page).postings] == ["Analyst"]


XSS = {
    "title": "<script>alert(1)</script>Analyst",
    "company": "Acme<img src=x onerror=alert(1)>",
    "city": '<a href="javascript:alert(1)">Austin</a>',
    "state": "TX",
    "description": (
        "<p onmouseover=alert(1)>Hello</p><script>alert(1)</script>"
        "<img src=x onerror=alert(1)><a href='javascript:alert(1)'>link</a>"
        "&lt;script&gt;alert(1)&lt;/script&gt;"
    ),
    "apply_url": "javascript:alert(1)",
}


def _csv(record: dict) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(record))
    writer.writeheader()
    writer.writerow(record)
    return out.getvalue()


def _json_ld_page(record: dict) -> str:
    job = {
        "@type": "JobPosting",
        "title": record["title"],
        "hiringOrganization": {"name": record["company"]},
        "jobLocation": {
            "address": {
                "addressLocality": record["city"],
                "addressRegion": "TX",
                "addressCountry": "US",
            }
        },
        "description": record["description"],
        "url": record["apply_url"],
    }
    # Pages escape "</" inside JSON-LD, or the browser would end the script there.
    script = json.dumps(job).replace("</", "<\\/")
    return f'<html><script type="application/ld+json">{script}</script></html>'


@pytest.mark.parametrize(
    "document",
    [json.dumps([XSS]), _csv(XSS), _json_ld_page(XSS)],
    ids=["json", "csv", "html-json-ld"],
)
def test_nothing_executable_survives_any_format(document):
    [posting] = parse(document).postings
    assert (posting.title, posting.company) == ("Analyst", "Acme")
    assert [loc.city for loc in posting.locations] == ["Austin"]
    assert posting.description.startswith("Hello")
    texts = [
        posting.title,
        posting.company,
        posting.description,
        *(loc.city for loc in posting.locations),
    ]
    for text in texts:
        for marker in ("<script", "<img", "onerror", "onmouseover", "javascript:"):
            assert marker not in text.lower()
    assert posting.apply_url == posting.source_url == ""


@pytest.mark.parametrize(
    ("relative", "postings", "skipped"),
    [
        ("glassdoor_ds_jobs/glassdoor_jobs.csv", 954, 2),
        ("google_job_skills/job_skills.csv", 1249, 1),
        ("amazon/amazon_jobs_india_pf3.csv", 1733, 0),
        ("amazon/amazon_search_compensation_slice.json", 2, 0),
        ("amazon/amazon_search_facets.json", 1, 0),
        ("remoteok_linkedin/remoteok_api.json", 96, 1),
        ("ats_raw_fixtures/teamtailor_leaseweb_jobs.json", 3, 0),
        ("ats_raw_fixtures/eightfold_amdocs_job_page.html", 1, 0),
        # A role sentence is no card ("You will help new customers ..."), "Redmond, Wa" is no title
        # ("Senior SE" is no place), and posts in "NYC" or "SF" now have a place. A post naming
        # no role ("MONUMENTAL | ... | Amsterdam, The Netherlands | Full Time") is skipped rather
        # than titled by its place; one whose field runs place and role together ("Kirkland, WA
        # (In Person) Founding Engineer") is kept. A post whose only field naming no role is
        # its stage ("Seed") and that says nothing else of the job is skipped; "Staff SWE, AI"
        # is a role, so "Staff SWE" is no longer read as a town in Anguilla, and the post, naming
        # only "SF Onsite", no longer has enough of a posting to keep. A "VIDEOGRAPHER" names a
        # role.
        ("hn_who_is_hiring/hn_raw_2026-02-01.json", 350, 108),
    ],
)
def test_real_documents(relative, postings, skipped):
    path = REALDATA / relative
    if not path.exists():
        pytest.skip(f"{path} is absent")
    result = parse_document(path.read_bytes(), name=path.name, as_of=AS_OF)
    assert (len(result.postings), len(result.skipped)) == (postings, skipped)
