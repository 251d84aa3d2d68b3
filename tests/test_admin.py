import datetime as dt
import json

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from postings.models import Company, Posting

from .factories import CompanyFactory, LocationFactory, PostingFactory

pytestmark = pytest.mark.django_db


def test_changelist_shows_status_and_locations(admin_client):
    PostingFactory(title="Open ML intern", locations=[LocationFactory(city="Hawthorn")])
    response = admin_client.get(reverse("admin:postings_posting_changelist"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Open ML intern" in html
    assert "Hawthorn, VIC, AU" in html


@pytest.mark.parametrize("status", ["open", "expired"])
def test_changelist_status_filter(admin_client, status):
    response = admin_client.get(reverse("admin:postings_posting_changelist"), {"status": status})
    assert response.status_code == 200


def test_changelist_search_by_title_company_and_city(admin_client):
    PostingFactory(title="Speech intern", company=CompanyFactory(name="Aachen Labs", slug="al"))
    PostingFactory(
        title="Other role", locations=[LocationFactory(city="Gurugram", region="HR", country="IN")]
    )
    url = reverse("admin:postings_posting_changelist")
    assert "Speech intern" in admin_client.get(url, {"q": "aachen labs"}).content.decode()
    by_city = admin_client.get(url, {"q": "gurugram"}).content.decode()
    assert "Other role" in by_city
    assert "Speech intern" not in by_city


def test_add_page_creates_a_posting_with_a_slug(admin_client):
    company = CompanyFactory()
    location = LocationFactory()
    url = reverse("admin:postings_posting_add")
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "title": "Research intern",
            "company": company.pk,
            "locations": [location.pk],
            "work_arrangement": "on_site",
            "visa_sponsorship": "unknown",
            "posted_on": "2026-11-01",
            "is_internship": "on",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    posting = Posting.objects.get(title="Research intern")
    assert posting.slug.startswith("research-intern-")


def test_add_page_explains_invalid_pay(admin_client):
    response = admin_client.post(
        reverse("admin:postings_posting_add"),
        {
            "title": "Bad pay",
            "company": CompanyFactory().pk,
            "work_arrangement": "on_site",
            "visa_sponsorship": "unknown",
            "posted_on": "2026-11-01",
            "pay_min": "20",
            "pay_max": "10",
            "pay_currency": "USD",
            "pay_period": "hour",
        },
    )
    assert response.status_code == 200
    assert "at least the minimum" in response.content.decode()


def test_close_now_action(admin_client, posting):
    admin_client.post(
        reverse("admin:postings_posting_changelist"),
        {"action": "close_now", "_selected_action": [posting.pk]},
    )
    posting.refresh_from_db()
    assert posting.closed_at is not None


@pytest.mark.parametrize("model", ["company", "location"])
def test_company_and_location_admin_pages(admin_client, posting, model):
    assert admin_client.get(reverse(f"admin:postings_{model}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:postings_{model}_add")).status_code == 200


def test_a_website_typed_without_a_scheme_is_https(admin_client):
    response = admin_client.post(
        reverse("admin:postings_company_add"),
        {"name": "Kestrel Labs", "slug": "kestrel-labs", "website": "kestrel.example"},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Company.objects.get(slug="kestrel-labs").website == "https://kestrel.example"


# Status, filters and columns -----------------------------------------------------------------


@pytest.fixture(autouse=True)
def staging_dir(settings, tmp_path):
    settings.IMPORT_STAGING_DIR = tmp_path / "staging"


@pytest.fixture
def four_states(db):
    today = timezone.localdate()
    return {
        "draft": PostingFactory(title="Draft role", is_draft=True),
        "open": PostingFactory(title="Open role"),
        "expired": PostingFactory(
            title="Expired role",
            posted_on=today - dt.timedelta(days=90),
            valid_through=today - dt.timedelta(days=1),
        ),
        "closed": PostingFactory(title="Closed role", closed_at=timezone.now()),
    }


def test_changelist_shows_each_status_distinctly(admin_client, four_states):
    html = admin_client.get(reverse("admin:postings_posting_changelist")).content.decode()
    for status in ("draft", "open", "expired", "closed"):
        assert f'class="posting-status posting-status--{status}"' in html
    assert 'href="/static/postings/admin.css"' in html


@pytest.mark.parametrize("status", ["draft", "open", "expired", "closed"])
def test_status_filter_selects_exactly_that_status(admin_client, four_states, status):
    response = admin_client.get(reverse("admin:postings_posting_changelist"), {"status": status})
    shown = {posting.title for posting in response.context["cl"].result_list}
    assert shown == {four_states[status].title}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "full_time"}, {"Full-time role"}),
        ({"work_arrangement__exact": "remote"}, {"Remote role"}),
        ({"country": "DE"}, {"Remote role"}),
        ({"posted_on__year": "2026", "posted_on__month": "3"}, {"Remote role"}),
    ],
    ids=["employment-type", "arrangement", "country", "date-hierarchy"],
)
def test_changelist_filters(admin_client, params, expected):
    PostingFactory(title="Full-time role", is_internship=False, is_full_time=True)
    PostingFactory(
        title="Remote role",
        work_arrangement="remote",
        posted_on=dt.date(2026, 3, 2),
        locations=[LocationFactory(city="Aachen", region="NW", country="DE")],
    )
    response = admin_client.get(reverse("admin:postings_posting_changelist"), params)
    assert {posting.title for posting in response.context["cl"].result_list} == expected


def test_company_filter(admin_client):
    company = CompanyFactory(name="Filtered Co", slug="filtered-co")
    PostingFactory(title="Wanted", company=company)
    PostingFactory(title="Unwanted")
    response = admin_client.get(
        reverse("admin:postings_posting_changelist"), {"company__id__exact": company.pk}
    )
    assert [posting.title for posting in response.context["cl"].result_list] == ["Wanted"]


# Actions are logged --------------------------------------------------------------------------


def history_messages(posting: Posting) -> list[str]:
    return [
        entry.get_change_message()
        for entry in LogEntry.objects.filter(object_id=str(posting.pk)).order_by("pk")
    ]


def test_close_now_is_logged_and_shown_in_history(admin_client, posting):
    admin_client.post(
        reverse("admin:postings_posting_changelist"),
        {"action": "close_now", "_selected_action": [posting.pk]},
    )
    assert history_messages(posting) == ["Closed now."]
    history = admin_client.get(reverse("admin:postings_posting_history", args=[posting.pk]))
    assert "Closed now." in history.content.decode()


def test_reopen_extends_a_closed_posting_by_30_days(admin_client):
    today = timezone.localdate()
    closed = PostingFactory(closed_at=timezone.now(), valid_through=today + dt.timedelta(days=5))
    expired = PostingFactory(
        posted_on=today - dt.timedelta(days=100), valid_through=today - dt.timedelta(days=10)
    )
    admin_client.post(
        reverse("admin:postings_posting_changelist"),
        {"action": "reopen_or_extend", "_selected_action": [closed.pk, expired.pk]},
    )
    closed.refresh_from_db()
    expired.refresh_from_db()
    assert closed.closed_at is None
    assert closed.valid_through == today + dt.timedelta(days=35)
    assert expired.valid_through == today + dt.timedelta(days=30)
    assert set(Posting.objects.open().values_list("pk", flat=True)) >= {closed.pk, expired.pk}
    assert history_messages(closed) == [
        f"Reopened or extended: valid through {today + dt.timedelta(days=35)}."
    ]


def test_duplicate_makes_a_logged_draft_copy(admin_client):
    original = PostingFactory(
        title="Speech intern",
        apply_url="https://example.org/apply",
        locations=[LocationFactory(city="Aachen", region="NW", country="DE")],
    )
    admin_client.post(
        reverse("admin:postings_posting_changelist"),
        {"action": "duplicate", "_selected_action": [original.pk]},
    )
    copy = Posting.objects.exclude(pk=original.pk).get(title="Speech intern")
    assert copy.is_draft
    assert copy.slug != original.slug
    assert copy.import_key is None
    assert [str(location) for location in copy.locations.all()] == ["Aachen, NW, DE"]
    assert history_messages(copy) == [f"Duplicated from posting {original.pk}."]
    assert not Posting.objects.published().filter(pk=copy.pk).exists()


def test_edits_are_recorded_in_history(admin_client, posting):
    url = reverse("admin:postings_posting_change", args=[posting.pk])
    data = posting_data(posting, title="Renamed role")
    assert admin_client.post(url, data).status_code == 302
    assert history_messages(posting) == ["Changed Title."]


# Validation ------------------------------------------------------------------------------------


def posting_data(posting: Posting | None = None, **changes) -> dict:
    data = {
        "title": "Research intern",
        "company": posting.company_id if posting else CompanyFactory().pk,
        "locations": (
            [location.pk for location in posting.locations.all()]
            if posting
            else [LocationFactory().pk]
        ),
        "work_arrangement": "on_site",
        "visa_sponsorship": "unknown",
        "posted_on": "2026-11-01",
        "is_internship": "on",
    }
    if posting:
        data["title"] = posting.title
        data["posted_on"] = posting.posted_on.isoformat()
        # posted_on has a callable default, so the form compares it with a hidden initial value.
        data["initial-posted_on"] = posting.posted_on.isoformat()
        data["work_arrangement"] = posting.work_arrangement
        data["description"] = posting.description
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"pay_min": "20", "pay_max": "10", "pay_currency": "USD", "pay_period": "hour"},
            "pay_max",
            "at least the minimum",
        ),
        ({"pay_min": "20", "pay_max": "30", "pay_period": "hour"}, "pay_currency", "currency"),
        ({"pay_min": "20", "pay_max": "30", "pay_currency": "USD"}, "pay_period", "period"),
        ({"pay_currency": "USD", "pay_period": "hour"}, "pay_min", "Give the pay amount"),
        ({"pay_min": "-5", "pay_max": "30"}, "pay_min", "greater than or equal to 0"),
        ({"valid_through": "2026-10-01"}, "valid_through", "must not be before the posting date"),
        ({"locations": None}, "locations", "at least one location"),
        ({"apply_url": "javascript:alert(1)"}, "apply_url", "http:// or https://"),
        ({"apply_url": "ftp://example.org/x"}, "apply_url", "http:// or https://"),
        ({"apply_url": "mailto:not an address"}, "apply_url", "valid e-mail address"),
    ],
    ids=[
        "pay-min-over-max",
        "currency-required",
        "period-required",
        "amount-required",
        "negative-pay",
        "valid-through-before-posted",
        "no-location",
        "javascript-url",
        "ftp-url",
        "bad-mailto",
    ],
)
def test_validation_messages(admin_client, changes, field, message):
    response = admin_client.post(reverse("admin:postings_posting_add"), posting_data(**changes))
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert message in " ".join(errors.get(field, [])), errors
    assert not Posting.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"locations": None, "work_arrangement": "remote"},
        {"apply_url": "mailto:jobs@example.org?subject=Intern"},
        {"apply_url": "https://example.org/apply?id=1"},
        {"pay_min": "30", "pay_max": "30", "pay_currency": "EUR", "pay_period": "hour"},
    ],
    ids=["remote-without-location", "mailto", "https", "single-amount"],
)
def test_valid_postings_save(admin_client, changes):
    response = admin_client.post(reverse("admin:postings_posting_add"), posting_data(**changes))
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Posting.objects.count() == 1


# Drafts and preview ----------------------------------------------------------------------------


def test_draft_preview_is_admin_only(admin_client, client):
    draft = PostingFactory(title="Secret draft", is_draft=True)
    preview_url = reverse("admin:postings_posting_preview", args=[draft.pk])
    response = admin_client.get(preview_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Secret draft" in html
    assert "Preview of a draft" in html
    # An open-dated draft previews as open, not with the expired banner.
    assert "This role has expired" not in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert client.get(draft.get_absolute_url()).status_code == 404
    anonymous = client.get(preview_url)
    assert anonymous.status_code == 302
    assert "/login/" in anonymous["Location"]


def test_change_form_links_drafts_to_their_preview(admin_client):
    draft = PostingFactory(is_draft=True)
    html = admin_client.get(
        reverse("admin:postings_posting_change", args=[draft.pk])
    ).content.decode()
    assert reverse("admin:postings_posting_preview", args=[draft.pk]) in html


def test_drafts_stay_off_public_pages(client):
    draft = PostingFactory(title="Unpublished draft", is_draft=True)
    assert "Unpublished draft" not in client.get(reverse("postings:list")).content.decode()
    company_page = client.get(draft.company.get_absolute_url()).content.decode()
    assert "Unpublished draft" not in company_page


# Import upload --------------------------------------------------------------------------------


def export_json(*titles: str, company: str = "Upload Co") -> bytes:
    return json.dumps(
        [
            {
                "title": title,
                "company": company,
                "locations": [{"city": "Melbourne", "region": "VIC", "country": "AU"}],
                "employment_types": ["internship"],
                "work_arrangement": "hybrid",
                "pay": {"min": 40, "max": 50, "currency": "AUD", "period": "hour"},
                "posted_at": "2026-11-01",
                "valid_through": "2026-12-31",
                "status": "open",
                "degree_levels": ["phd"],
                "visa_sponsorship": None,
                "description": "Research.",
                "apply_url": "https://example.org/apply",
                "source": {"document": "upload.json", "url": None},
            }
            for title in titles
        ]
    ).encode()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_import_preview_shows_parsed_fields_and_writes_nothing(admin_client):
    url = reverse("admin:postings_posting_import")
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "files": [upload("one.json", export_json("Vision intern")), upload("two.txt", b"")],
            "format": "auto",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vision intern" in html
    assert "Melbourne, VIC, AU" in html
    assert "Hybrid" in html
    assert "A$40" in html or "AUD" in html
    assert "2026-12-31" in html
    assert "two.txt" in html
    assert "Not imported" in html
    assert not Posting.objects.exists()
    assert response.context["importable"] is True


def test_import_confirm_creates_logged_postings(admin_client):
    url = reverse("admin:postings_posting_import")
    preview = admin_client.post(
        url, {"files": [upload("one.json", export_json("A role", "B role"))], "format": "json"}
    )
    token = preview.context["token"]
    response = admin_client.post(url, {"token": token})
    assert response.status_code == 302
    assert set(Posting.objects.values_list("title", flat=True)) == {"A role", "B role"}
    posting = Posting.objects.get(title="A role")
    assert history_messages(posting) == ["Imported from one.json."]
    # The staged upload is gone: confirming twice imports nothing more.
    again = admin_client.post(url, {"token": token}, follow=True)
    assert "expired or was already imported" in again.content.decode()
    assert Posting.objects.count() == 2


def test_import_refuses_files_over_the_limit(admin_client, settings):
    settings.IMPORT_MAX_BYTES = 1000
    response = admin_client.post(
        reverse("admin:postings_posting_import"),
        {"files": [upload("huge.json", b"[" + b" " * 2000 + b"]")], "format": "auto"},
    )
    assert response.status_code == 200
    errors = response.context["form"].errors["files"]
    assert errors == ["huge.json is 0.0 MB; files are limited to 0 MB."]


def test_import_refuses_someone_elses_upload_token(admin_client, client):
    url = reverse("admin:postings_posting_import")
    preview = admin_client.post(
        url, {"files": [upload("a.json", export_json("Mine"))], "format": "auto"}
    )
    other = get_user_model().objects.create_superuser("other", "o@example.org", "pw-long-enough")
    client.force_login(other)
    client.post(url, {"token": preview.context["token"]})
    assert not Posting.objects.exists()


def test_changelist_links_to_import_for_those_allowed(admin_client):
    html = admin_client.get(reverse("admin:postings_posting_changelist")).content.decode()
    assert reverse("admin:postings_posting_import") in html
