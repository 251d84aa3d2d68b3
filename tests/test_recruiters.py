"""Recruiter isolation: recruiter A against company B's objects on every admin URL and action."""

import json

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.urls import reverse

from postings.models import Company, Posting
from postings.permissions import EDITORS
from postings.roles import setup_roles
from postings.services import import_document_for_companies

from .factories import CompanyFactory, LocationFactory, PostingFactory, RecruiterFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def staging_dir(settings, tmp_path):
    settings.IMPORT_STAGING_DIR = tmp_path / "staging"


@pytest.fixture
def roles(db):
    return setup_roles()


@pytest.fixture
def company_a(db):
    return CompanyFactory(name="Acme Research", slug="acme-research")


@pytest.fixture
def company_b(db):
    return CompanyFactory(name="Borealis Labs", slug="borealis-labs")


@pytest.fixture
def recruiter_a(roles, company_a):
    return RecruiterFactory(username="alice", companies=[company_a])


@pytest.fixture
def client_a(client, recruiter_a):
    client.force_login(recruiter_a)
    return client


@pytest.fixture
def posting_a(company_a):
    return PostingFactory(title="Acme vision intern", company=company_a)


@pytest.fixture
def posting_b(company_b):
    return PostingFactory(title="Borealis secret intern", company=company_b)


def posting_form(posting: Posting, **changes) -> dict:
    data = {
        "title": posting.title,
        "company": posting.company_id,
        "locations": [location.pk for location in posting.locations.all()],
        "work_arrangement": posting.work_arrangement,
        "visa_sponsorship": posting.visa_sponsorship,
        "posted_on": posting.posted_on.isoformat(),
        "is_internship": "on",
        "description": posting.description,
    }
    data.update(changes)
    return data


# Every admin page of another company's object -------------------------------------------------

OBJECT_URLS = [
    ("postings_posting_change", "posting"),
    ("postings_posting_delete", "posting"),
    ("postings_posting_history", "posting"),
    ("postings_posting_preview", "posting"),
    ("postings_company_change", "company"),
    ("postings_company_delete", "company"),
    ("postings_company_history", "company"),
]


@pytest.mark.parametrize(("url_name", "kind"), OBJECT_URLS)
def test_recruiter_gets_404_for_another_companys_object(
    client_a, posting_b, company_b, url_name, kind
):
    target = posting_b if kind == "posting" else company_b
    response = client_a.get(reverse(f"admin:{url_name}", args=[target.pk]))
    assert response.status_code == 404


@pytest.mark.parametrize(("url_name", "kind"), OBJECT_URLS)
def test_recruiter_reaches_their_own_companys_object(
    client_a, posting_a, company_a, url_name, kind
):
    target = posting_a if kind == "posting" else company_a
    response = client_a.get(reverse(f"admin:{url_name}", args=[target.pk]))
    # Recruiters may not delete their company: that is the only page they are refused.
    expected = 403 if url_name == "postings_company_delete" else 200
    assert response.status_code == expected


def test_recruiter_cannot_change_another_companys_posting_by_post(client_a, posting_b):
    url = reverse("admin:postings_posting_change", args=[posting_b.pk])
    response = client_a.post(url, posting_form(posting_b, title="Hijacked"))
    assert response.status_code == 404
    posting_b.refresh_from_db()
    assert posting_b.title == "Borealis secret intern"


def test_recruiter_cannot_delete_another_companys_posting_by_post(client_a, posting_b):
    url = reverse("admin:postings_posting_delete", args=[posting_b.pk])
    response = client_a.post(url, {"post": "yes"})
    assert response.status_code == 404
    assert Posting.objects.filter(pk=posting_b.pk).exists()


# Changelist, search and filters ----------------------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "Borealis"},
        {"q": "secret"},
        {"company__id__exact": "COMPANY_B"},
        {"status": "open"},
        {"all": ""},
    ],
    ids=["plain", "search-company", "search-title", "company-filter", "status-filter", "all"],
)
def test_changelist_never_shows_another_companys_postings(
    client_a, posting_a, posting_b, company_b, params
):
    params = {k: (company_b.pk if v == "COMPANY_B" else v) for k, v in params.items()}
    response = client_a.get(reverse("admin:postings_posting_changelist"), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Borealis secret intern" not in html
    if not params or "status" in params:
        assert "Acme vision intern" in html


def test_company_filter_offers_only_the_recruiters_companies(client_a, posting_a, posting_b):
    html = client_a.get(reverse("admin:postings_posting_changelist")).content.decode()
    assert "Acme Research" in html
    assert "Borealis Labs" not in html


def test_company_changelist_shows_only_the_recruiters_companies(client_a, company_a, company_b):
    html = client_a.get(reverse("admin:postings_company_changelist")).content.decode()
    assert "Acme Research" in html
    assert "Borealis Labs" not in html


# Actions ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "action", ["close_now", "reopen_or_extend", "duplicate", "delete_selected"]
)
def test_actions_never_touch_another_companys_posting(client_a, posting_b, action):
    before = Posting.objects.count()
    valid_through_before = posting_b.valid_through
    data = {"action": action, "_selected_action": [posting_b.pk]}
    if action == "delete_selected":
        data["post"] = "yes"
    client_a.post(reverse("admin:postings_posting_changelist"), data)
    posting_b.refresh_from_db()
    assert posting_b.closed_at is None
    assert posting_b.valid_through == valid_through_before
    assert Posting.objects.count() == before


@pytest.mark.parametrize("action", ["close_now", "reopen_or_extend", "duplicate"])
def test_select_across_acts_only_on_the_recruiters_postings(client_a, posting_a, posting_b, action):
    client_a.post(
        reverse("admin:postings_posting_changelist"),
        {"action": action, "_selected_action": [posting_a.pk], "select_across": "1"},
    )
    posting_b.refresh_from_db()
    assert posting_b.closed_at is None
    assert Posting.objects.filter(company=posting_b.company).count() == 1
    assert LogEntry.objects.filter(object_id=str(posting_b.pk)).count() == 0
    assert LogEntry.objects.filter(user__username="alice").exists()


# Autocomplete and the company field --------------------------------------------------------------


def autocomplete(client, field: str, term: str = "") -> list[str]:
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "postings", "model_name": "posting", "field_name": field, "term": term},
    )
    assert response.status_code == 200
    return [result["text"] for result in response.json()["results"]]


@pytest.mark.parametrize("term", ["", "Borealis", "a"])
def test_company_autocomplete_offers_only_the_recruiters_companies(
    client_a, company_a, company_b, term
):
    texts = autocomplete(client_a, "company", term)
    assert "Borealis Labs" not in texts
    if term != "Borealis":
        assert texts == ["Acme Research"]


def test_location_autocomplete_works_for_recruiters(client_a):
    LocationFactory(city="Hawthorn")
    assert autocomplete(client_a, "locations", "Haw") == ["Hawthorn, VIC, AU"]


def test_recruiter_cannot_add_a_posting_for_another_company(client_a, company_b):
    location = LocationFactory()
    url = reverse("admin:postings_posting_add")
    page = client_a.get(url)
    assert page.status_code == 200
    assert "Borealis Labs" not in page.content.decode()
    data = {
        "title": "Planted role",
        "company": company_b.pk,
        "locations": [location.pk],
        "work_arrangement": "on_site",
        "visa_sponsorship": "unknown",
        "posted_on": "2026-11-01",
    }
    response = client_a.post(url, data)
    assert response.status_code == 200
    assert "company" in response.context["adminform"].form.errors
    assert not Posting.objects.filter(title="Planted role").exists()


def test_recruiter_cannot_move_their_posting_to_another_company(client_a, posting_a, company_b):
    url = reverse("admin:postings_posting_change", args=[posting_a.pk])
    response = client_a.post(url, posting_form(posting_a, company=company_b.pk))
    assert response.status_code == 200
    posting_a.refresh_from_db()
    assert posting_a.company.name == "Acme Research"


def test_add_form_preselects_the_recruiters_only_company(client_a, company_a):
    response = client_a.get(reverse("admin:postings_posting_add"))
    assert response.context["adminform"].form.initial["company"] == company_a.pk


def test_recruiter_can_add_and_change_their_own_postings(client_a, company_a, posting_a):
    location = LocationFactory()
    response = client_a.post(
        reverse("admin:postings_posting_add"),
        {
            "title": "New Acme role",
            "company": company_a.pk,
            "locations": [location.pk],
            "work_arrangement": "on_site",
            "visa_sponsorship": "unknown",
            "posted_on": "2026-11-01",
        },
    )
    assert response.status_code == 302
    assert Posting.objects.get(title="New Acme role").company == company_a
    url = reverse("admin:postings_posting_change", args=[posting_a.pk])
    response = client_a.post(url, posting_form(posting_a, title="Acme vision intern (2027)"))
    assert response.status_code == 302
    posting_a.refresh_from_db()
    assert posting_a.title == "Acme vision intern (2027)"


def test_recruiter_cannot_see_or_set_who_recruits(client_a, company_a):
    response = client_a.get(reverse("admin:postings_company_change", args=[company_a.pk]))
    assert "recruiters" not in response.context["adminform"].form.fields


# Roles ---------------------------------------------------------------------------------------


def test_editor_sees_every_company(client, roles, posting_a, posting_b):
    editor = RecruiterFactory(username="ed", companies=[])
    editor.groups.set([Group.objects.get(name=EDITORS)])
    client.force_login(editor)
    html = client.get(reverse("admin:postings_posting_changelist")).content.decode()
    assert "Acme vision intern" in html
    assert "Borealis secret intern" in html
    url = reverse("admin:postings_posting_change", args=[posting_b.pk])
    assert client.get(url).status_code == 200


def test_recruiter_without_companies_sees_nothing(client, roles, posting_a):
    lonely = RecruiterFactory(username="lonely", companies=[])
    client.force_login(lonely)
    response = client.get(reverse("admin:postings_posting_changelist"))
    assert response.status_code == 200
    assert "Acme vision intern" not in response.content.decode()
    url = reverse("admin:postings_posting_change", args=[posting_a.pk])
    assert client.get(url).status_code == 404


def test_staff_without_a_role_is_refused(client, roles, posting_a):
    staff = RecruiterFactory.build(username="nobody")
    staff.save()
    client.force_login(staff)
    assert client.get(reverse("admin:postings_posting_changelist")).status_code == 403
    assert client.get(reverse("admin:postings_posting_import")).status_code == 403


def test_setup_roles_is_idempotent(roles):
    again = setup_roles()
    assert {name: group.pk for name, group in again.items()} == {
        name: group.pk for name, group in roles.items()
    }
    recruiter_codenames = set(again["Recruiters"].permissions.values_list("codename", flat=True))
    assert recruiter_codenames == {
        "view_posting",
        "add_posting",
        "change_posting",
        "delete_posting",
        "view_company",
        "view_location",
        "add_location",
    }


# Import ------------------------------------------------------------------------------------------


def export_document(*postings: dict) -> bytes:
    """A document in the project's own JSON export format."""
    base = {
        "locations": [{"city": "Melbourne", "region": "VIC", "country": "AU"}],
        "employment_types": ["internship"],
        "work_arrangement": "on_site",
        "pay": None,
        "posted_at": "2026-11-01",
        "valid_through": None,
        "status": "open",
        "degree_levels": [],
        "visa_sponsorship": None,
        "description": "Research internship.",
        "apply_url": "https://example.org/apply",
        "source": {"document": "feed.json", "url": None},
    }
    return json.dumps([{**base, **posting} for posting in postings]).encode()


def test_recruiter_import_of_another_companys_postings_is_refused(company_a, company_b):
    document = export_document(
        {"title": "Ours", "company": "Acme Research"},
        {"title": "Theirs", "company": "Borealis Labs"},
    )
    outcome = import_document_for_companies(
        data=document, name="mixed.json", company_ids={company_a.pk}
    )
    assert "Borealis Labs" in outcome.error
    assert not Posting.objects.filter(title__in=["Ours", "Theirs"]).exists()


def test_recruiter_import_cannot_create_companies(company_a):
    document = export_document({"title": "New co role", "company": "Brand New Co"})
    outcome = import_document_for_companies(
        data=document, name="new.json", company_ids={company_a.pk}
    )
    assert "Brand New Co" in outcome.error
    assert not Company.objects.filter(name="Brand New Co").exists()


def test_recruiter_import_cannot_take_over_another_companys_posting(company_a, company_b):
    # The same source and job id is the same posting to the importer, whatever the company says.
    header = "id,title,company,location,description\n"
    feed = (header + 'REQ-1,Borealis role,Borealis Labs,"Melbourne, VIC",Research.\n').encode()
    first = import_document_for_companies(data=feed, name="feed.csv", company_ids=None)
    assert first.error == ""
    assert Posting.objects.get(external_id="REQ-1").company == company_b
    hijack = (header + 'REQ-1,Borealis role,Acme Research,"Melbourne, VIC",Ours now.\n').encode()
    outcome = import_document_for_companies(
        data=hijack, name="feed.csv", company_ids={company_a.pk}
    )
    assert "Borealis Labs" in outcome.error
    original = Posting.objects.get(external_id="REQ-1")
    assert original.company == company_b
    assert original.description == "Research."


def test_recruiter_imports_their_own_companys_postings(company_a):
    document = export_document({"title": "Acme ML intern", "company": "acme research"})
    outcome = import_document_for_companies(
        data=document, name="acme.json", company_ids={company_a.pk}
    )
    assert outcome.error == ""
    assert Posting.objects.get(title="Acme ML intern").company == company_a


def test_admin_import_page_refuses_another_companys_file(client_a, company_a, company_b):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(
        "theirs.json", export_document({"title": "Theirs", "company": "Borealis Labs"})
    )
    response = client_a.post(
        reverse("admin:postings_posting_import"), {"files": [upload], "format": "auto"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "which you do not manage" in html
    assert response.context["importable"] is False
    assert not Posting.objects.filter(title="Theirs").exists()
