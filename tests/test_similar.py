import datetime as dt
import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from postings.models import BoardState, Posting, SimilarPosting
from postings.services import close_postings
from postings.similar import (
    SIMILAR_SHOWN,
    SIMILAR_STORED,
    Doc,
    rank,
    rebuild_similar,
    refresh_similar,
    similar_postings,
    terms_of,
)

from .clock import TODAY
from .factories import CompanyFactory, LocationFactory, PostingFactory, ResearchAreaFactory

pytestmark = pytest.mark.django_db

RECSYS = "Recommender systems research: ranking, personalisation and collaborative filtering."
VISION = "Computer vision: object detection, segmentation and image recognition for robots."


@pytest.fixture
def areas():
    return {
        "recsys": ResearchAreaFactory(name="Recommender systems", slug="recommender-systems"),
        "vision": ResearchAreaFactory(name="Computer vision", slug="computer-vision"),
    }


def _posting(title, description, **kwargs):
    return PostingFactory(title=title, description=description, **kwargs)


def test_similar_roles_rank_text_areas_and_place(areas):
    melbourne = LocationFactory(city="Melbourne", region="VIC", country="AU")
    seattle = LocationFactory(city="Seattle", region="WA", country="US")
    base = _posting("Recommender Systems Intern", RECSYS, research_areas=[areas["recsys"]],
                    locations=[melbourne])  # fmt: skip
    near = _posting("Recommender Systems Scientist", RECSYS, research_areas=[areas["recsys"]],
                    locations=[melbourne])  # fmt: skip
    far = _posting("Recommender Systems Scientist", RECSYS, research_areas=[areas["recsys"]],
                   locations=[seattle])  # fmt: skip
    other = _posting("Vision Intern", VISION, research_areas=[areas["vision"]], locations=[seattle])
    rebuild_similar()
    shown = similar_postings(base)
    assert shown[:2] == [near, far]  # same text and area; the shared city breaks the tie
    assert base not in shown
    assert other not in shown  # only "intern" in common, which says nothing about the work


def test_never_itself_expired_or_drafts_and_at_most_six(areas):
    base = _posting("Recommender Systems Intern", RECSYS, research_areas=[areas["recsys"]])
    alike = [
        _posting(f"Recommender Systems Role {n}", RECSYS, research_areas=[areas["recsys"]])
        for n in range(9)
    ]
    expired = _posting("Recommender Systems Old", RECSYS, posted_on=TODAY - dt.timedelta(days=200))
    draft = _posting("Recommender Systems Draft", RECSYS, is_draft=True)
    rebuild_similar()
    shown = similar_postings(base)
    assert len(shown) == SIMILAR_SHOWN
    assert set(shown) <= set(alike)
    assert SimilarPosting.objects.filter(posting=base).count() <= SIMILAR_STORED
    assert not SimilarPosting.objects.filter(similar__in=[expired, draft]).exists()
    assert not SimilarPosting.objects.filter(posting__in=[expired, draft]).exists()


def test_a_posting_that_expires_after_the_rebuild_is_skipped_when_read(areas):
    base = _posting("Recommender Systems Intern", RECSYS)
    soon_gone = _posting("Recommender Systems Scientist", RECSYS)
    rebuild_similar()
    assert similar_postings(base) == [soon_gone]
    soon_gone.closed_at = timezone.now()
    soon_gone.save()
    assert similar_postings(base) == []


def test_refresh_adds_a_new_posting_to_its_neighbours_lists(areas):
    first = _posting("Recommender Systems Intern", RECSYS, research_areas=[areas["recsys"]])
    unrelated = _posting("Vision Intern", VISION, research_areas=[areas["vision"]])
    rebuild_similar()
    assert similar_postings(first) == []
    newcomer = _posting("Recommender Systems Scientist", RECSYS, research_areas=[areas["recsys"]])
    refresh_similar(postings=[newcomer])
    assert similar_postings(newcomer) == [first]
    assert similar_postings(first) == [newcomer]
    assert newcomer not in similar_postings(unrelated)


def test_refresh_of_a_closed_posting_removes_it_everywhere(areas):
    first = _posting("Recommender Systems Intern", RECSYS)
    second = _posting("Recommender Systems Scientist", RECSYS)
    rebuild_similar()
    second.closed_at = timezone.now()
    second.save()
    refresh_similar(postings=[second])
    assert not SimilarPosting.objects.filter(posting=second).exists()
    assert not SimilarPosting.objects.filter(similar=second).exists()
    assert similar_postings(first) == []


def test_similar_postings_is_one_query(django_assert_num_queries, areas):
    base = _posting("Recommender Systems Intern", RECSYS)
    for n in range(8):
        _posting(f"Recommender Systems Role {n}", RECSYS, company=CompanyFactory())
    rebuild_similar()
    with django_assert_num_queries(1):
        shown = similar_postings(base)
        assert all(posting.company.name for posting in shown)


def test_import_tags_areas_and_refreshes_similar_roles():
    from postings.services import import_document

    def document(title: str) -> bytes:
        posting = {
            "title": title,
            "company": "Amazon",
            "description": "Build recommender systems and large language models.",
            "locations": [{"city": "Melbourne", "region": "VIC", "country": "AU"}],
            "employment_types": ["internship"],
        }
        return json.dumps([posting]).encode()

    first = import_document(data=document("Recommender Systems Intern"), name="a.json")
    second = import_document(data=document("Recommender Systems Scientist"), name="b.json")
    assert not first.error
    assert not second.error
    (_, a), (_, b) = first.postings[0], second.postings[0]
    assert {"recommender-systems", "llms"} <= set(a.research_areas.values_list("slug", flat=True))
    assert similar_postings(a) == [b]
    assert similar_postings(b) == [a]


def test_refresh_similar_command_rebuilds_everything(areas):
    base = _posting("Recommender Systems Intern", RECSYS)
    other = _posting("Recommender Systems Scientist", RECSYS)
    call_command("refresh_similar", "--areas", stdout=io.StringIO())
    assert similar_postings(base) == [other]
    assert set(base.research_areas.values_list("slug", flat=True)) >= {"recommender-systems"}


def test_rank_is_pure_and_symmetric_for_a_pair():
    docs = {
        1: Doc(1, terms_of("Speech scientist", "speech recognition"), frozenset({1}),
               frozenset(), frozenset()),
        2: Doc(2, terms_of("Speech engineer", "speech synthesis"), frozenset({1}),
               frozenset(), frozenset()),
        3: Doc(3, terms_of("Accountant", "ledgers"), frozenset(), frozenset(), frozenset()),
    }  # fmt: skip
    ranked = rank(docs, targets=[1, 2, 3], limit=5)
    assert [other for other, _ in ranked[1]] == [2]
    assert ranked[1][0][1] == pytest.approx(ranked[2][0][1])
    assert ranked[3] == []


def test_closing_through_the_service_removes_it_everywhere(areas):
    first = _posting("Recommender Systems Intern", RECSYS)
    second = _posting("Recommender Systems Scientist", RECSYS)
    rebuild_similar()
    close_postings(postings=Posting.objects.filter(pk=second.pk))
    assert similar_postings(first) == []


def test_an_admin_edit_refreshes_similar_roles(admin_client, areas):
    first = _posting("Recommender Systems Intern", RECSYS)
    edited = _posting("Vision Intern", VISION)
    rebuild_similar()
    assert similar_postings(first) == []
    url = reverse("admin:postings_posting_change", args=[edited.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data |= {
        "title": "Recommender Systems Scientist",
        "description": RECSYS,
        "company": edited.company_id,
        "locations": [loc.pk for loc in edited.locations.all()],
        "posted_on": edited.posted_on.isoformat(),
    }
    response = admin_client.post(url, {k: v for k, v in data.items() if v not in (False,)})
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert similar_postings(first) == [Posting.objects.get(pk=edited.pk)]


def board_token() -> str:
    return BoardState.objects.get().token


def test_rewriting_similar_roles_changes_the_board_token(areas):
    first = _posting("Recommender systems intern", RECSYS)
    second = _posting("Recommender systems researcher", RECSYS)
    before = board_token()
    refresh_similar(postings=[first, second])
    assert SimilarPosting.objects.filter(posting=first, similar=second).exists()
    assert board_token() != before
    before = board_token()
    rebuild_similar()
    assert board_token() != before


def test_writing_similar_rows_by_hand_changes_the_token_on_postgresql(on_postgres):
    if not on_postgres:
        pytest.skip("SQLite's writers touch the token themselves (postings.board.touch_board)")
    first, second = PostingFactory(), PostingFactory()
    before = board_token()
    SimilarPosting.objects.create(posting=first, similar=second, score=0.5)
    assert board_token() != before
