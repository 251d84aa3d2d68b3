import datetime as dt
import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from .clock import TODAY
from .factories import CompanyFactory, LocationFactory, PostingFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations_in(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    return [loc.text for loc in ET.fromstring(response.content).iter(f"{SITEMAP}loc")]


def test_sitemap_lists_open_postings_and_hiring_companies_only(client):
    hiring = CompanyFactory(name="Hiring", slug="hiring")
    quiet = CompanyFactory(name="Quiet", slug="quiet")
    open_posting = PostingFactory(company=hiring)
    expired = PostingFactory(company=quiet, posted_on=TODAY - dt.timedelta(days=90))
    draft = PostingFactory(company=quiet, is_draft=True)
    sections = locations_in(client, reverse("sitemap"))
    assert sections == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-postings.xml",
        "http://testserver/sitemap-companies.xml",
    ]
    postings = locations_in(client, "/sitemap-postings.xml")
    assert postings == [f"http://testserver{open_posting.get_absolute_url()}"]
    assert f"http://testserver{expired.get_absolute_url()}" not in postings
    assert f"http://testserver{draft.get_absolute_url()}" not in postings
    assert locations_in(client, "/sitemap-companies.xml") == [
        f"http://testserver{hiring.get_absolute_url()}"
    ]
    assert locations_in(client, "/sitemap-pages.xml") == ["http://testserver/"]


def test_robots_points_at_the_sitemap_and_keeps_crawlers_off_feeds(client):
    response = client.get("/robots.txt")
    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "User-agent: *" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /feed/" in body
    assert "Disallow: /deadlines.ics" in body
    assert "admin" not in body  # the admin's address may be a secret; never advertise it


def jsonld_of(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def test_open_detail_page_carries_jobposting_canonical_and_opengraph(client):
    posting = PostingFactory(
        title="ML intern",
        locations=[LocationFactory(city="Seattle", region="WA", country="US")],
        pay_min=50,
        pay_max=60,
        pay_currency="USD",
        pay_period="hour",
        valid_through=TODAY + dt.timedelta(days=9),
        degree_masters=True,
    )
    html = client.get(posting.get_absolute_url()).content.decode()
    url = f"http://testserver{posting.get_absolute_url()}"
    (data,) = jsonld_of(html)
    assert data["@type"] == "JobPosting"
    assert data["title"] == "ML intern"
    assert data["url"] == url
    assert data["validThrough"] == (TODAY + dt.timedelta(days=9)).isoformat()
    assert data["jobLocation"][0]["address"]["addressLocality"] == "Seattle"
    assert data["baseSalary"]["value"]["unitText"] == "HOUR"
    assert data["employmentType"] == ["INTERN"]
    assert f'<link rel="canonical" href="{url}">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert '<meta property="og:title" content="ML intern at ' in html
    assert "noindex" not in html


def test_expired_detail_page_drops_jobposting_and_is_noindex(client):
    posting = PostingFactory(posted_on=TODAY - dt.timedelta(days=90))
    html = client.get(posting.get_absolute_url()).content.decode()
    assert jsonld_of(html) == []
    assert '<meta name="robots" content="noindex">' in html


def test_jsonld_cannot_be_broken_out_of(client):
    posting = PostingFactory(
        title="</script><script>alert(1)</script>",
        description="<!-- </SCRIPT> & friends",
    )
    html = client.get(posting.get_absolute_url()).content.decode()
    (data,) = jsonld_of(html)
    assert data["title"] == "</script><script>alert(1)</script>"
    assert data["description"] == "<!-- </SCRIPT> & friends"
    assert "<script>alert" not in html


def test_list_and_company_pages_have_canonical_and_feed_alternates(client):
    company = CompanyFactory(name="Xero", slug="xero")
    PostingFactory(company=company)
    html = client.get("/", {"country": "AU", "page": "2"}).content.decode()
    assert '<link rel="canonical" href="http://testserver/?country=AU">' in html
    assert 'type="application/atom+xml"' in html
    company_html = client.get(company.get_absolute_url()).content.decode()
    assert '<link rel="canonical" href="http://testserver/companies/xero/">' in company_html
    assert 'href="/feed/?company=xero"' in company_html
