import pytest
from django.urls import reverse

from postings.models import Posting

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
