import io
import json

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from postings.models import Posting

pytestmark = pytest.mark.django_db

SEEDS = settings.BASE_DIR / "seeds"


def run(*args: str) -> tuple[str, str, int]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_postings", *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    return out.getvalue(), err.getvalue(), code


def test_imports_a_folder_and_summarises():
    out, _, code = run(str(SEEDS), "--as-of", "2026-11-20")
    assert code == 0
    assert "Documents read: 5. Postings created: 17, updated: 0, unchanged: 0" in out
    assert Posting.objects.count() == 17


def test_second_run_reports_unchanged():
    run(str(SEEDS), "--as-of", "2026-11-20")
    out, _, _ = run(str(SEEDS), "--as-of", "2026-11-20")
    assert "created: 0, updated: 0, unchanged: 17" in out


def test_dry_run_writes_nothing():
    out, _, code = run(str(SEEDS), "--dry-run", "--as-of", "2026-11-20")
    assert code == 0
    assert out.startswith("Dry run, nothing written.")
    assert "created: 17" in out
    assert Posting.objects.count() == 0


def test_failures_are_named_exit_1_and_other_documents_still_import(tmp_path):
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "good.txt").write_bytes(
        (SEEDS / "001_79bea0318333844d.txt").read_bytes()
    )
    (tmp_path / "broken.json").write_text('{"title": ')
    (tmp_path / "empty.txt").write_text("")
    out, err, code = run(str(tmp_path), "--as-of", "2026-11-20")
    assert code == 1
    assert "broken.json" in err
    assert "empty.txt" in err
    assert Posting.objects.count() == 1


def test_documents_over_the_limit_are_refused(tmp_path, settings):
    settings.IMPORT_MAX_BYTES = 100
    big = tmp_path / "big.txt"
    big.write_text("x" * 101)
    _, err, code = run(str(big))
    assert code == 1
    assert "larger than" in err


def test_an_article_without_postings_is_reported(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(
        "Interns share their summer.\n\nA long story about a team and its papers.\n" * 5
    )
    out, _, code = run(str(article))
    assert code == 0
    assert "No posting in" in out
    assert out.count("article.txt") == 1  # the file is named once, not again by its note


def test_csv_with_a_column_mapping(tmp_path):
    sheet = tmp_path / "roles.csv"
    sheet.write_text('Role Name,Employer,Where\nResearch Intern,Acme Labs,"Berlin, Germany"\n')
    run(str(sheet), "--columns", "Role Name=title", "Employer=company", "Where=location")
    posting = Posting.objects.get()
    assert (posting.title, posting.company.name) == ("Research Intern", "Acme Labs")
    assert posting.locations.get().country == "DE"


def test_json_ld_document(tmp_path):
    document = tmp_path / "job.json"
    document.write_text(
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "JobPosting",
                "title": "ML Intern",
                "hiringOrganization": {"@type": "Organization", "name": "Acme"},
                "datePosted": "2026-11-10",
                "employmentType": "INTERN",
                "jobLocation": {"@type": "Place", "address": {"addressLocality": "Toronto",
                                                              "addressRegion": "ON",
                                                              "addressCountry": "CA"}},
                "baseSalary": {"@type": "MonetaryAmount", "currency": "CAD",
                               "value": {"@type": "QuantitativeValue", "value": 40,
                                         "unitText": "HOUR"}},
            }
        )
    )  # fmt: skip
    _, _, code = run(str(document), "--format", "jsonld")
    posting = Posting.objects.get()
    assert code == 0
    assert (posting.pay_min, posting.pay_currency, posting.pay_period) == (40, "CAD", "hour")
    assert posting.locations.get().region == "ON"


def test_bad_arguments_are_command_errors(tmp_path):
    with pytest.raises(CommandError):
        call_command("import_postings", str(tmp_path / "missing"))
    with pytest.raises(CommandError):
        call_command("import_postings", str(SEEDS), "--as-of", "someday")
