import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from postings.models import Company, Location, Posting

from .clock import TODAY
from .factories import CompanyFactory, LocationFactory, PostingFactory

pytestmark = pytest.mark.django_db


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def assert_rejected(**fields) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        PostingFactory(**fields)


@pytest.mark.parametrize(
    "fields",
    [
        {"pay_min": 10, "pay_max": 5, "pay_currency": "USD", "pay_period": "hour"},
        {"pay_min": 10, "pay_max": 20, "pay_currency": "", "pay_period": "hour"},
        {"pay_min": 10, "pay_max": 20, "pay_currency": "usd", "pay_period": "hour"},
        {"pay_min": 10, "pay_max": 20, "pay_currency": "USD", "pay_period": ""},
        {"pay_min": 10, "pay_max": None, "pay_currency": "USD", "pay_period": "hour"},
        {"pay_min": -5, "pay_max": 20, "pay_currency": "USD", "pay_period": "hour"},
        {"pay_currency": "USD"},
        {"pay_min": 10, "pay_max": 20, "pay_currency": "USD", "pay_period": "fort"},
        {"work_arrangement": "sometimes"},
        {"visa_sponsorship": "maybe"},
        {"posted_on": days(0), "valid_through": days(-1)},
    ],
)
def test_database_rejects_invalid_postings(fields):
    assert_rejected(**fields)


def test_database_accepts_a_complete_pay_range():
    posting = PostingFactory(pay_min=10, pay_max=20, pay_currency="USD", pay_period="hour")
    assert posting.pk


def test_import_key_is_unique():
    PostingFactory(import_key="abc")
    assert_rejected(import_key="abc")


def test_admin_postings_without_import_key_coexist():
    PostingFactory(import_key=None)
    PostingFactory(import_key=None)
    assert Posting.objects.filter(import_key__isnull=True).count() == 2


def test_company_names_are_unique_regardless_of_case():
    CompanyFactory(name="Amazon", slug="amazon")
    with pytest.raises(IntegrityError), transaction.atomic():
        Company.objects.create(name="AMAZON", slug="amazon-2")


def test_locations_are_shared_not_duplicated():
    Location.objects.create(city="Aachen", region="", country="DE")
    with pytest.raises(IntegrityError), transaction.atomic():
        Location.objects.create(city="Aachen", region="", country="DE")


def test_location_country_must_be_an_iso_code():
    with pytest.raises(IntegrityError), transaction.atomic():
        Location.objects.create(city="Aachen", country="Germany"[:2].lower())


@pytest.mark.parametrize(
    ("period", "amount", "annual"),
    [
        ("hour", "107", "222560"),
        ("day", "500", "130000"),
        ("week", "1000", "52000"),
        ("month", "5000", "60000"),
        ("year", "90000", "90000"),
    ],
)
def test_annualised_pay_is_derived_by_the_database(period, amount, annual):
    posting = PostingFactory(
        pay_min=Decimal(amount), pay_max=Decimal(amount), pay_currency="USD", pay_period=period
    )
    posting.refresh_from_db()
    assert posting.pay_annual_max == Decimal(annual)
    assert posting.pay_annual_min == Decimal(annual)


def test_annualised_pay_is_empty_without_pay(posting):
    posting.refresh_from_db()
    assert posting.pay_annual_max is None


@pytest.mark.parametrize(
    ("fields", "is_open"),
    [
        ({"valid_through": days(0), "posted_on": days(-200)}, True),
        ({"valid_through": days(-1), "posted_on": days(-2)}, False),
        ({"valid_through": days(30), "posted_on": days(-1), "closed_at": timezone.now()}, False),
        ({"posted_on": days(-60)}, True),
        ({"posted_on": days(-61)}, False),
        ({"posted_on": days(0)}, True),
    ],
    ids=[
        "closes-today",
        "closed-yesterday",
        "closed-by-recruiter",
        "lifetime-edge",
        "lifetime-passed",
        "posted-today",
    ],
)
def test_status_at_the_edge_of_each_rule(fields, is_open):
    posting = PostingFactory(**fields)
    assert Posting.objects.open().filter(pk=posting.pk).exists() is is_open
    assert Posting.objects.expired().filter(pk=posting.pk).exists() is not is_open
    assert Posting.objects.with_status().get(pk=posting.pk).is_open is is_open


def test_lifetime_follows_the_setting(settings):
    settings.POSTING_LIFETIME_DAYS = 10
    posting = PostingFactory(posted_on=days(-11))
    assert not Posting.objects.open().filter(pk=posting.pk).exists()


def test_open_and_expired_partition_the_postings():
    PostingFactory.create_batch(3, posted_on=days(-1))
    PostingFactory.create_batch(2, posted_on=days(-90))
    PostingFactory(valid_through=days(-1), posted_on=days(-5))
    assert Posting.objects.open().count() == 3
    assert Posting.objects.expired().count() == 3


def test_search_matches_every_term_in_title_company_or_description():
    match = PostingFactory(title="Machine Learning Intern", company=CompanyFactory(name="Acme"))
    PostingFactory(title="Machine Shop Assistant")
    assert list(Posting.objects.search("machine acme")) == [match]
    assert Posting.objects.search("   ").count() == 2


def test_clean_explains_invalid_pay():
    posting = PostingFactory.build(pay_min=20, pay_max=10, pay_currency="XXY", pay_period="")
    with pytest.raises(ValidationError) as error:
        posting.full_clean(exclude=["company", "slug"])
    assert {"pay_max", "pay_currency", "pay_period"} <= set(error.value.message_dict)


def test_employment_types_and_degrees_read_from_flags():
    posting = PostingFactory.build(is_internship=True, is_full_time=True, degree_phd=True)
    assert posting.employment_types == ["internship", "full_time"]
    assert posting.degree_level_labels == ["PhD"]


def test_location_str_skips_missing_parts():
    assert str(LocationFactory.build(city="", region="", country="US")) == "US"


def test_drafts_are_neither_open_nor_expired():
    draft = PostingFactory(is_draft=True)
    assert not Posting.objects.open().filter(pk=draft.pk).exists()
    assert not Posting.objects.expired().filter(pk=draft.pk).exists()
    assert not Posting.objects.published().filter(pk=draft.pk).exists()


def test_among_keeps_only_those_postings(django_assert_num_queries):
    first, second, _ = PostingFactory.create_batch(3)
    assert set(Posting.objects.among([first.pk, second.pk])) == {first, second}
    assert list(Posting.objects.among([first.pk]).values_list("pk", flat=True)) == [first.pk]
    with django_assert_num_queries(0):
        assert list(Posting.objects.among([])) == []


def test_among_many_ids_in_a_subquery():
    postings = PostingFactory.create_batch(3)
    ids = [p.pk for p in postings] + list(range(10**6, 10**6 + 997))
    inner = Posting.objects.among(ids).values("pk")
    assert Posting.objects.filter(pk__in=inner).count() == 3


def test_sections_beyond_description_leave_out_what_the_description_says():
    posting = Posting(
        description="About us.\n\nResponsibilities:\n- Build   models\n- Publish papers",
        responsibilities="- Build models\n- Publish papers",
        benefits="- Free lunch",
    )

    assert [heading for heading, _ in posting.sections] == ["Responsibilities", "Benefits"]
    assert posting.sections_beyond_description == [("Benefits", "- Free lunch")]
