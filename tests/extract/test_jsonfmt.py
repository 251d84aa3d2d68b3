import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from postings.extract.decode import decode_document
from postings.extract.jsonfmt import EXPORT_KEYS, load_json, parse_json
from postings.extract.types import DocumentError, Location, Pay

AS_OF = datetime(2026, 8, 1, tzinfo=UTC)
REALDATA = Path("/work/shared/realdata")

RECORD = {"title": "Analyst", "company": "Acme"}
JOB_POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Analyst",
    "hiringOrganization": {"name": "Acme"},
}


def realdata(relative: str) -> str:
    path = REALDATA / relative
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return decode_document(path.read_bytes())


def parse(data: object) -> list[tuple[str, str]]:
    text = data if isinstance(data, str) else json.dumps(data)
    return [(p.title, p.company) for p in parse_json(text, as_of=AS_OF).postings]


@pytest.mark.parametrize(
    "data",
    [
        RECORD,
        [RECORD],
        JOB_POSTING,
        [JOB_POSTING],
        {"@graph": [{"@type": "WebSite"}, JOB_POSTING]},
        {"jobs": [RECORD]},
        {"hits": [RECORD], "total": 1},
        {"items": [RECORD]},
        {"data": [RECORD]},
        {"error": None, "hits": 10000, "facets": {}, "content": None, "jobs": [RECORD]},
        {"title": "Feed title", "items": [{"_jobposting": JOB_POSTING}]},
        {"page": 1, "openings": [RECORD]},
        json.dumps(RECORD) + "\n" + json.dumps({"title": "Engineer", "company": "Beta"}),
    ],
)
def test_finds_the_jobs_in_any_shape(data):
    assert parse(data)[0] == ("Analyst", "Acme")


def test_json_lines():
    text = "\n".join(json.dumps({"title": f"Role {n}", "company": "Acme"}) for n in range(3))
    assert [title for title, _ in parse(text)] == ["Role 0", "Role 1", "Role 2"]


def test_non_job_elements_are_passed_over_silently():
    data = [{"last_updated": 1773720015, "legal": "API terms"}, "note", 3, None, RECORD]
    result = parse_json(json.dumps(data), as_of=AS_OF)
    assert (len(result.postings), result.skipped) == (1, [])


def test_records_without_title_or_company_are_skipped_and_the_rest_imported():
    data = [RECORD, {"title": "Orphan"}, {"company": "Lonely"}]
    result = parse_json(json.dumps(data), as_of=AS_OF)
    assert len(result.postings) == 1
    assert [(s.reason, s.title) for s in result.skipped] == [
        ("no company", "Orphan"),
        ("no job title", "Lonely"),
    ]


def test_feed_item_url_completes_its_job_posting():
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Acme",
        "items": [{"id": "x", "url": "https://acme.example/jobs/1", "_jobposting": JOB_POSTING}],
    }
    [posting] = parse_json(json.dumps(feed), as_of=AS_OF).postings
    assert posting.apply_url == posting.source_url == "https://acme.example/jobs/1"


def test_column_mapping_applies_to_json_records():
    data = [{"headline": "Analyst", "firm": "Acme"}]
    result = parse_json(
        json.dumps(data), as_of=AS_OF, columns={"headline": "title", "firm": "company"}
    )
    assert [(p.title, p.company) for p in result.postings] == [("Analyst", "Acme")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "invalid JSON"),
        ('{"title": "x",}', "invalid JSON"),
        ("[1, 2", "invalid JSON"),
        ('{"a": 1}\n{"b": ', "invalid JSON"),
    ],
)
def test_invalid_json_is_a_document_error(text, message):
    with pytest.raises(DocumentError, match=message):
        load_json(text)


@pytest.mark.parametrize(
    "data", [[], {}, [1, 2, 3], {"legal": "terms"}, {"users": [{"name_first": "x"}]}, "text"]
)
def test_json_without_jobs_is_a_document_error(data):
    with pytest.raises(DocumentError, match="no JobPosting and no recognisable job records"):
        parse_json(json.dumps(data), as_of=AS_OF)


def export_item(**fields):
    item = {
        "title": "Applied Science Intern",
        "company": "Amazon",
        "locations": [
            {"city": "Melbourne", "region": "VIC", "country": "AU"},
            {"city": "Springfield", "region": None, "country": None},
        ],
        "employment_types": ["internship"],
        "work_arrangement": "hybrid",
        "pay": {"min": 40.5, "max": 55, "currency": "AUD", "period": "hour"},
        "posted_at": "2026-01-10",
        "valid_through": None,
        "status": "open",
        "degree_levels": ["masters", "bachelors"],
        "visa_sponsorship": False,
        "description": "Intro.\n\nResponsibilities\n\n- Build models",
        "apply_url": "https://amazon.jobs/apply/1",
        "source": {"document": "amazon_page.txt", "url": "https://amazon.jobs/en/jobs/1"},
    }
    return {**item, **fields}


def test_export_item_is_imported_losslessly():
    [posting] = parse_json(json.dumps([export_item()]), as_of=AS_OF).postings
    assert (posting.title, posting.company) == ("Applied Science Intern", "Amazon")
    assert posting.locations == [
        Location("Melbourne", "VIC", "AU"),
        Location("Springfield", "", ""),
    ]
    assert posting.employment_types == ["internship"]
    assert posting.work_arrangement == "hybrid"
    assert posting.pay == Pay(Decimal("40.5"), Decimal("55"), "AUD", "hour")
    assert (posting.posted_on, posting.valid_through) == (date(2026, 1, 10), None)
    assert posting.expired is False
    assert posting.degree_levels == ["masters", "bachelors"]
    assert posting.visa_sponsorship is False
    assert posting.sections.responsibilities == "- Build models"
    assert posting.apply_url == "https://amazon.jobs/apply/1"
    assert posting.source_url == "https://amazon.jobs/en/jobs/1"
    assert posting.source_document == "amazon_page.txt"


def test_export_keys_are_the_documented_ones():
    assert set(export_item()) == EXPORT_KEYS


@pytest.mark.parametrize(
    ("status", "valid_through", "expired"),
    [
        ("open", None, False),
        ("expired", None, True),  # closed early: nothing else records it
        ("expired", "2026-12-31", True),  # closed before its date
        ("expired", "2026-08-01", True),  # still valid today
        ("expired", "2026-07-31", False),  # the date explains it
        ("open", "2026-07-31", False),
    ],
)
def test_export_expired_flag(status, valid_through, expired):
    item = export_item(status=status, valid_through=valid_through)
    assert parse_json(json.dumps([item]), as_of=AS_OF).postings[0].expired is expired


def test_export_item_with_invalid_values_is_skipped():
    items = [
        export_item(posted_at="01/10/2026"),
        export_item(pay={"min": "x", "max": 1}),
        export_item(),
    ]
    result = parse_json(json.dumps(items), as_of=AS_OF)
    assert len(result.postings) == 1
    assert [s.reason.startswith("export item with an invalid value") for s in result.skipped] == [
        True,
        True,
    ]


def test_export_item_urls_and_text_are_still_made_safe():
    item = export_item(apply_url="javascript:alert(1)", description="<script>alert(1)</script>Hi")
    [posting] = parse_json(json.dumps([item]), as_of=AS_OF).postings
    assert (posting.apply_url, posting.description) == ("", "Hi")


def test_an_item_with_an_extra_key_is_no_export_item():
    item = {**export_item(), "extra": 1}
    [posting] = parse_json(json.dumps([item]), as_of=AS_OF).postings
    assert posting.source_document == ""


def test_amazon_search_json():
    result = parse_json(realdata("amazon/amazon_search_compensation_slice.json"), as_of=AS_OF)
    assert len(result.postings) == 2
    first = result.postings[0]
    assert first.title.startswith("Senior Compensation Consultant")
    assert first.company == "ADCI - Karnataka"
    assert first.locations == [Location("Bengaluru", "KA", "IN")]
    assert first.posted_on == date(2026, 7, 2)
    assert first.employment_types == ["full_time"]
    assert first.apply_url == "https://account.amazon.jobs/jobs/10464593/apply"
    assert "<br" not in first.description
    assert (
        "\n- Drive impactful compensation programs across multiple markets\n" in first.description
    )
    assert first.sections.basic_qualifications.startswith("- Experience with the principles")


def test_remote_ok_api():
    result = parse_json(realdata("remoteok_linkedin/remoteok_api.json"), as_of=AS_OF)
    assert (len(result.postings), len(result.skipped)) == (96, 1)
    assert result.skipped[0].reason == "free text with no job title or company field"
    # 18 from the salary fields, 13 more stated in the text ("$85,000 - $110,000 a year").
    assert sum(p.pay is not None for p in result.postings) == 31
    by_title = {p.title: p for p in result.postings}
    assert by_title["Customer Support Specialist"].pay == Pay(
        Decimal(85000), Decimal(110000), "USD", "year"
    )
    # "¥20,750 monthly allowance", "¥2,772,000 lifetime benefit": perks, not pay.
    assert by_title["Partnerships Manager Japan"].pay is None
    for posting in result.postings:
        assert date(2026, 3, 7) <= posting.posted_on <= date(2026, 3, 16)
        assert "\u00e2\u0080" not in posting.description
        assert posting.apply_url.startswith("https://remoteOK.com/")
    vp = next(p for p in result.postings if p.title.startswith("VP Corporate Marketing"))
    assert vp.pay == Pay(Decimal(180000), Decimal(210000), "USD", "year")


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("teamtailor_chalhoubgroup_jobs_page1.json", 1),
        ("teamtailor_chalhoubgroup_jobs_page2.json", 1),
        ("teamtailor_leaseweb_jobs.json", 3),
        ("teamtailor_tibber_jobs.json", 2),
    ],
)
def test_teamtailor_feeds(name, count):
    result = parse_json(realdata(f"ats_raw_fixtures/{name}"), as_of=AS_OF)
    assert (len(result.postings), result.skipped) == (count, [])
    assert all(p.apply_url.startswith("https://") and p.external_id for p in result.postings)


def test_teamtailor_base_salary():
    result = parse_json(realdata("ats_raw_fixtures/teamtailor_leaseweb_jobs.json"), as_of=AS_OF)
    first, second, third = result.postings
    assert first.pay == Pay(Decimal(61220), Decimal(90000), "EUR", "year")
    assert first.locations == [Location("Frankfurt am Main", "", "DE")]
    assert second.pay == Pay(Decimal(84000), Decimal(84000), "CAD", "year")
    assert second.locations == [Location("", "ON", "CA")]
    assert second.valid_through == date(2026, 8, 28)
    assert third.pay is None


def test_hn_comments_are_read_as_the_posts_they_are():
    # Untitled free text in a record is parsed as a page: "Company | Role | Place | ..." headers.
    result = parse_json(realdata("hn_who_is_hiring/hn_raw_2026-01-01.json"), as_of=AS_OF)
    assert len(result.postings) + len(result.skipped) >= 264  # a post may list several roles
    assert len(result.postings) >= 200
    assert all(p.title and p.company for p in result.postings)
    by_company = {p.company: p for p in result.postings}
    fetlife_roles = {p.title: p for p in result.postings if p.company == "FetLife"}
    # The second post names FetLife only in its text; its "Christmas" is a holiday.
    assert set(fetlife_roles) == {"Senior DevOps Engineer", "Senior Product Manager"}
    fetlife = fetlife_roles["Senior DevOps Engineer"]
    assert fetlife.work_arrangement == "remote"
    assert fetlife.pay == Pay(Decimal(115000), Decimal(180000), "USD", "year")
    assert fetlife.posted_on == date(2026, 1, 2)  # the post's unix time
    # A header without a role field takes the role the post's text names.
    assert by_company["MiLaboratories"].title == "Senior Go Engineer"
    assert {s.reason for s in result.skipped} == {"a post that names no role and company"}


def test_records_wrapped_one_level_deeper_are_found():
    # Jibe wraps each record in "data"; Oracle nests the list inside the response's first item.
    jibe = {"jobs": [{"data": {"title": "Store Manager", "company": "Acme", "city": "Denver"}}]}
    oracle = {
        "items": [
            {
                "TotalJobsCount": 2,
                "requisitionList": [
                    {"Title": "Night Clerk", "Company": "Acme"},
                    {"Title": "Baker", "Company": "Acme"},
                ],
            }
        ]
    }
    assert [p.title for p in parse_json(json.dumps(jibe), as_of=AS_OF).postings] == [
        "Store Manager"
    ]
    assert [p.title for p in parse_json(json.dumps(oracle), as_of=AS_OF).postings] == [
        "Night Clerk",
        "Baker",
    ]
