import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import timezone

from postings.feeds import deadline_calendar, ics_fold, ics_text

from .clock import TODAY
from .factories import CompanyFactory, LocationFactory, PostingFactory, ResearchAreaFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEED_URL = reverse("postings:feed")
ICS_URL = reverse("postings:deadlines")


def entries(response) -> list[str]:
    root = ET.fromstring(response.content)
    return [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]


@pytest.fixture
def board():
    australia = LocationFactory(city="Melbourne", region="VIC", country="AU")
    germany = LocationFactory(city="Aachen", region="", country="DE")
    nlp = ResearchAreaFactory(name="Natural language processing", slug="nlp")
    amazon = CompanyFactory(name="Amazon", slug="amazon")
    PostingFactory(title="NLP intern", company=amazon, locations=[australia], research_areas=[nlp],
                   valid_through=TODAY + dt.timedelta(days=10))  # fmt: skip
    PostingFactory(title="Platform engineer", locations=[australia], is_internship=False,
                   is_full_time=True, valid_through=TODAY + dt.timedelta(days=3))  # fmt: skip
    PostingFactory(title="Speech intern", locations=[germany])
    PostingFactory(
        title="Old intern", locations=[australia], posted_on=TODAY - dt.timedelta(days=90)
    )
    PostingFactory(title="Draft intern", locations=[australia], is_draft=True)


@pytest.mark.usefixtures("board")
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"NLP intern", "Platform engineer", "Speech intern"}),
        ("country=AU", {"NLP intern", "Platform engineer"}),
        ("country=AU&type=internship", {"NLP intern"}),
        ("area=nlp", {"NLP intern"}),
        ("country=AU&include_expired=1", {"NLP intern", "Platform engineer", "Old intern"}),
        ("country=Narnia&type=full_time", {"Platform engineer"}),  # invalid values are ignored
    ],
)
def test_feed_holds_the_same_search_as_the_list(client, query, expected):
    response = client.get(f"{FEED_URL}?{query}")
    list_page = client.get(f"{reverse('postings:list')}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    titles = {title.split(" — ")[0] for title in entries(response)}
    assert titles == expected
    assert titles == {posting.title for posting in list_page.context["page_obj"]}


@pytest.mark.usefixtures("board")
def test_feed_links_back_to_the_search_and_names_it(client):
    root = ET.fromstring(client.get(FEED_URL, {"country": "AU", "page": "3"}).content)
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links["alternate"].endswith("/?country=AU")
    assert links["self"].endswith("/feed/?country=AU")
    assert "country: AU" in root.find(f"{ATOM}title").text


def test_feed_escapes_imported_text(client):
    PostingFactory(title="<script>alert(1)</script>", description="<img src=x onerror=alert(1)>")
    body = client.get(FEED_URL).content.decode()
    root = ET.fromstring(body)
    summary = next(root.iter(f"{ATOM}summary")).text
    # The summary is HTML (type="html"): imported markup must arrive as text, not as tags.
    assert "<img" not in summary
    assert "&lt;img src=x" in summary
    assert next(root.iter(f"{ATOM}entry")).find(f"{ATOM}title").text.startswith("<script>")


@pytest.mark.usefixtures("board")
def test_calendar_lists_the_searchs_deadlines_soonest_first(client):
    response = client.get(ICS_URL, {"country": "AU"})
    body = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert body.endswith("END:VCALENDAR\r\n")
    unfolded = body.replace("\r\n ", "")
    summaries = [line for line in unfolded.split("\r\n") if line.startswith("SUMMARY:")]
    assert [summary.split(" — ")[0] for summary in summaries] == [
        "SUMMARY:Apply by: Platform engineer",
        "SUMMARY:Apply by: NLP intern",
    ]
    assert summaries[1] == "SUMMARY:Apply by: NLP intern — Amazon"
    deadline = (TODAY + dt.timedelta(days=3)).strftime("%Y%m%d")
    assert f"DTSTART;VALUE=DATE:{deadline}" in unfolded
    assert "Speech intern" not in unfolded  # no deadline given
    assert "Draft intern" not in unfolded


def test_ics_text_escapes_rfc5545_specials():
    assert ics_text("a,b;c\\d\ne\r\nf\x07") == "a\\,b\\;c\\\\d\\ne\\nf"


def test_ics_fold_keeps_lines_within_75_octets_without_splitting_characters():
    line = "DESCRIPTION:" + "Zürich Straße 東京 " * 20
    folded = ics_fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode()) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join(piece[1:] if i else piece for i, piece in enumerate(pieces)) == line


def test_calendar_escapes_and_folds_imported_text():
    posting = PostingFactory(
        title="Research, intern; NLP\\speech " + "x" * 100,
        valid_through=TODAY + dt.timedelta(days=5),
    )
    body = deadline_calendar(
        [posting],
        name="all",
        absolute_url=lambda path: f"https://jobs.example.org{path}",
        host="jobs.example.org",
        now=timezone.now(),
    )
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    unfolded = body.replace("\r\n ", "")
    assert "Research\\, intern\\; NLP\\\\speech" in unfolded
    assert f"UID:posting-{posting.pk}-deadline@jobs.example.org" in unfolded
