import datetime as dt
import json
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.db import IntegrityError, connections
from django.utils import timezone

from postings import services
from postings.exports import postings_for_export, to_json
from postings.models import Company, Location, Posting
from postings.services import close_postings, import_document, import_prepared, prepare_document

pytestmark = pytest.mark.django_db

SEEDS = sorted((settings.BASE_DIR / "seeds").glob("*.txt"))
AS_OF = timezone.make_aware(dt.datetime(2026, 11, 20))


def import_seeds(**options):
    return [
        import_document(data=path.read_bytes(), name=path.name, as_of=AS_OF, **options)
        for path in SEEDS
    ]


def places(posting: Posting) -> set[tuple[str, str, str]]:
    return {(loc.city, loc.region, loc.country) for loc in posting.locations.all()}


def test_seeds_yield_seventeen_postings():
    outcomes = import_seeds()
    assert [len(o.postings) for o in outcomes] == [5, 1, 1, 9, 1]
    assert Posting.objects.count() == 17
    assert all(not o.error for o in outcomes)


def test_seed_000_expired_internship_and_hiring_now_roles():
    import_seeds()
    intern = Posting.objects.get(title__startswith="2026 Applied Science Intern (Machine Learning")
    assert places(intern) == {("Melbourne", "VIC", "AU")}
    assert intern.employment_types == ["internship"]
    assert intern.degree_levels == ["phd"]
    assert intern in Posting.objects.expired()
    assert (AS_OF.date() - intern.posted_on).days in range(200, 225)
    xero = Posting.objects.get(company__name="Xero")
    assert xero.title == "Engineer - AI Platform"
    assert xero.work_arrangement == "hybrid"
    assert places(xero) == {("Hawthorn", "VIC", "AU")}
    assert xero.posted_on == dt.date(2026, 11, 16)
    network = Posting.objects.get(company__name="ResetData")
    assert places(network) == {("Sydney", "NSW", "AU")}
    assert network.posted_on == dt.date(2026, 11, 19)


def test_seed_001_pay_and_us_locations():
    import_seeds()
    posting = Posting.objects.get(title="Machine Learning Applied Science Intern")
    assert (posting.pay_min, posting.pay_max, posting.pay_currency, posting.pay_period) == (
        107,
        107,
        "USD",
        "hour",
    )
    assert posting.posted_on == dt.date(2025, 4, 2)
    assert {
        ("Arlington", "VA", "US"), ("Bellevue", "WA", "US"), ("Boston", "MA", "US"),
        ("New York", "NY", "US"), ("Palo Alto", "CA", "US"),
    } <= places(posting)  # fmt: skip
    posting.refresh_from_db()
    assert posting.pay_annual_max == 107 * 2080


def test_seed_002_has_no_pay_and_likely_sponsorship():
    import_seeds()
    posting = Posting.objects.get(title__contains="Information & Knowledge Management")
    assert not posting.has_pay
    assert posting.visa_sponsorship == "yes"
    assert places(posting) == {("", "", "US")}
    assert posting.posted_on == dt.date(2026, 11, 19)


def test_seed_003_related_roles():
    import_seeds()
    roles = Posting.objects.filter(source_document=SEEDS[3].name)
    cities = sorted(city for posting in roles for city, _, _ in places(posting))
    assert cities == ["Bengaluru"] * 3 + ["Boston"] * 2 + ["Gurugram"] * 2 + ["Seattle"] * 2
    assert roles.filter(title="Senior Applied Scientist").count() == 2


def test_seed_004_german_page():
    import_seeds()
    posting = Posting.objects.get(company__name="Amazon EU SARL (Germany Branch)")
    assert places(posting) == {("Aachen", "", "DE")} or places(posting) == {("Aachen", "NW", "DE")}
    assert posting.work_arrangement == "hybrid"
    assert set(posting.employment_types) == {"internship", "full_time"}
    assert set(posting.degree_levels) == {"masters", "phd"}


def test_importing_again_changes_nothing():
    import_seeds()
    before = {p.pk: (p.slug, p.updated_at) for p in Posting.objects.all()}
    outcomes = import_seeds()
    assert {status for o in outcomes for status, _ in o.postings} == {"unchanged"}
    assert {p.pk: (p.slug, p.updated_at) for p in Posting.objects.all()} == before
    assert Company.objects.count() == 6
    assert Location.objects.filter(city="Melbourne").count() == 1


def test_a_changed_document_updates_in_place_keeping_urls():
    path = SEEDS[1]
    import_document(data=path.read_bytes(), name=path.name, as_of=AS_OF)
    slug = Posting.objects.get().slug
    changed = path.read_bytes().replace(b"$107 / hour", b"$110 / hour")
    outcome = import_document(data=changed, name=path.name, as_of=AS_OF)
    assert [status for status, _ in outcome.postings] == ["updated"]
    posting = Posting.objects.get()
    assert posting.slug == slug
    assert posting.pay_max == 110


def test_recruiter_edits_survive_reimporting_an_unchanged_document():
    path = SEEDS[1]
    import_document(data=path.read_bytes(), name=path.name, as_of=AS_OF)
    Posting.objects.update(title="Edited by recruiter")
    import_document(data=path.read_bytes(), name=path.name, as_of=AS_OF)
    assert Posting.objects.get().title == "Edited by recruiter"


def test_dry_run_writes_nothing_but_reports():
    outcomes = import_seeds(dry_run=True)
    assert sum(len(o.postings) for o in outcomes) == 17
    assert Posting.objects.count() == 0
    assert Company.objects.count() == 0


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\xff" * 100, "binary"),
        (b'{"title": "x", ', "JSON"),
        (b'{"hello": "world"}', "JobPosting"),
        (b"colour,size\nred,large\n", ""),
    ],
)
def test_bad_documents_fail_with_a_reason_and_write_nothing(data, reason):
    outcome = import_document(data=data, name="bad.json", as_of=AS_OF)
    assert outcome.error or outcome.note
    assert reason.lower() in (outcome.error or outcome.note).lower()
    assert Posting.objects.count() == 0


def test_a_posting_without_company_is_skipped_and_the_rest_imported():
    records = [
        {"@type": "JobPosting", "title": "Data intern", "hiringOrganization": "Acme",
         "datePosted": "2026-11-01"},
        {"@type": "JobPosting", "title": "Orphan role", "datePosted": "2026-11-01"},
    ]  # fmt: skip
    outcome = import_document(data=json.dumps(records).encode(), name="two.json", as_of=AS_OF)
    assert [p.title for _, p in outcome.postings] == ["Data intern"]
    assert len(outcome.skipped) == 1
    assert "Orphan role" in outcome.skipped[0]


def test_a_document_failing_inside_a_batch_writes_nothing_and_the_others_are_imported(
    monkeypatch,
):
    def record(title, company):
        return {"@type": "JobPosting", "title": title, "hiringOrganization": company,
                "datePosted": "2026-11-01"}  # fmt: skip

    documents = [
        prepare_document(data=json.dumps(record(title, company)).encode(), name=name, as_of=AS_OF)
        for name, title, company in [
            ("first.json", "Data intern", "Acme"),
            ("broken.json", "Broken role", "Brittle Inc"),
            ("last.json", "ML intern", "Initech"),
        ]
    ]
    apply = services._apply

    def failing_apply(posting, extracted, **kwargs):
        if extracted.title == "Broken role":
            raise IntegrityError("refused")
        apply(posting, extracted, **kwargs)

    monkeypatch.setattr(services, "_apply", failing_apply)
    outcomes = import_prepared(documents=documents, as_of=AS_OF)
    assert [bool(o.error) for o in outcomes] == [False, True, False]
    assert "could not be saved" in outcomes[1].error
    assert sorted(Posting.objects.values_list("title", flat=True)) == ["Data intern", "ML intern"]
    assert not Company.objects.filter(name="Brittle Inc").exists()


def test_export_import_round_trip(tmp_path):
    import_seeds()
    close_postings(postings=Posting.objects.filter(company__name="Xero"))
    first = [to_json(p) for p in postings_for_export()]
    Posting.objects.all().delete()
    outcome = import_document(data=json.dumps(first).encode(), name="export.json", as_of=AS_OF)
    assert not outcome.error
    second = [to_json(p) for p in postings_for_export()]

    def key(row):
        return json.dumps(row, sort_keys=True)

    assert sorted(map(key, second)) == sorted(map(key, first))


@pytest.mark.django_db(transaction=True)
def test_concurrent_imports_never_duplicate(on_postgres):
    if not on_postgres:
        pytest.skip("concurrent writers need PostgreSQL; SQLite serialises writes")
    data = SEEDS[3].read_bytes()
    errors = []

    def run():
        try:
            import_document(data=data, name=SEEDS[3].name, as_of=AS_OF)
        except Exception as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Posting.objects.count() == 9
    assert Company.objects.filter(name__iexact="amazon").count() == 1


def test_source_document_is_the_file_name_not_the_path():
    path = SEEDS[2]
    import_document(
        data=path.read_bytes(), name=str(Path("/somewhere/else") / path.name), as_of=AS_OF
    )
    assert Posting.objects.get().source_document == path.name


def test_control_characters_never_reach_titles_or_company_names():
    record = {
        "@type": "JobPosting",
        "title": "Data\x08 intern\x00",
        "hiringOrganization": "Ac\x1bme",
    }
    import_document(data=json.dumps(record).encode(), name="ctl.json", as_of=AS_OF)
    posting = Posting.objects.get()
    assert (posting.title, posting.company.name) == ("Data intern", "Ac me")


def test_a_posting_whose_page_gives_no_date_is_posted_when_the_page_was_read():
    record = {"@type": "JobPosting", "title": "Data intern", "hiringOrganization": "Acme"}
    import_document(data=json.dumps(record).encode(), name="undated.json", as_of=AS_OF)
    posting = Posting.objects.get()
    assert posting.posted_on == AS_OF.date()
    # Read again later, it keeps the day it was first seen.
    later = AS_OF + dt.timedelta(days=9)
    changed = {**record, "description": "Now with a description."}
    import_document(data=json.dumps(changed).encode(), name="undated.json", as_of=later)
    posting.refresh_from_db()
    assert posting.description == "Now with a description."
    assert posting.posted_on == AS_OF.date()
