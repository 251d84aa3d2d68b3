import datetime as dt

import pytest
from django.utils import timezone

from postings.board import touch_board
from postings.cards import (
    PagePostings,
    _kept,
    forget_cards,
    load_places_and_areas,
    render_cards,
    similar_cards,
)
from postings.models import Location, Posting, SimilarPosting

from .factories import LocationFactory, PostingFactory, ResearchAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_kept_cards():
    forget_cards()
    yield
    forget_cards()


def page(**filters) -> list[Posting]:
    return list(Posting.objects.filter(**filters).for_cards().with_board_token().order_by("pk"))


def test_cards_show_each_posting_in_order():
    first = PostingFactory(title="First role", locations=[LocationFactory(city="Aachen")])
    second = PostingFactory(title="Second role")
    cards = render_cards(page())
    assert len(cards) == 2
    assert "First role" in cards[0]
    assert "Aachen" in cards[0]
    assert "Second role" in cards[1]
    assert f'href="{first.get_absolute_url()}"' in cards[0]
    assert f'href="{second.get_absolute_url()}"' in cards[1]


def test_kept_cards_need_no_queries(django_assert_num_queries):
    PostingFactory.create_batch(3, locations=[LocationFactory()])
    postings = page()
    render_cards(postings)
    with django_assert_num_queries(0):
        again = render_cards(postings)
    assert again == render_cards(page())


def test_only_missing_cards_load_their_locations(django_assert_num_queries):
    PostingFactory.create_batch(2)
    render_cards(page())
    PostingFactory()  # a new board token: every card is rendered again, once
    postings = page()
    with django_assert_num_queries(1):  # locations and research areas
        render_cards(postings)
    with django_assert_num_queries(0):
        render_cards(postings)


def test_a_change_to_the_board_shows_on_the_next_render():
    location = LocationFactory(city="Melbourne", region="VIC", country="AU")
    posting = PostingFactory(title="Old title", locations=[location])
    assert "Old title" in render_cards(page())[0]
    # Queryset updates bypass save(): the database's board token still changes.
    Posting.objects.filter(pk=posting.pk).update(title="New title")
    Location.objects.filter(pk=location.pk).update(city="Geelong")
    card = render_cards(page())[0]
    assert "New title" in card
    assert "Geelong" in card
    assert "Old title" not in card


def test_cards_are_kept_per_day(monkeypatch):
    today = timezone.localdate()
    PostingFactory(posted_on=today - dt.timedelta(days=1))
    assert "yesterday" in render_cards(page())[0]
    monkeypatch.setattr(
        "django.utils.timezone.localdate", lambda *args, **kwargs: today + dt.timedelta(days=1)
    )
    assert "2 days ago" in render_cards(page())[0]


def test_headings_are_kept_apart():
    PostingFactory()
    postings = page()
    assert "<h2" in render_cards(postings)[0]
    assert "<h3" in render_cards(postings, heading="h3")[0]
    assert "<h2" in render_cards(postings)[0]


def test_postings_without_the_board_token_are_rendered_every_time(django_assert_num_queries):
    PostingFactory()
    render_cards(list(Posting.objects.for_cards()))
    postings = list(Posting.objects.for_cards())
    with django_assert_num_queries(1):  # locations and research areas
        render_cards(postings)


def test_imported_text_is_escaped_in_kept_cards():
    PostingFactory(title="<script>alert(1)</script> Intern")
    render_cards(page())
    card = render_cards(page())[0]
    assert "<script>" not in card
    assert "&lt;script&gt;" in card


def test_prefetch_with_loads_other_postings_in_the_same_queries(django_assert_num_queries):
    shown = PostingFactory(locations=[LocationFactory(city="Boston")])
    other = PostingFactory(locations=[LocationFactory(city="Seattle")])
    postings = page(pk=shown.pk)
    extra = Posting.objects.get(pk=other.pk)
    with django_assert_num_queries(1):
        render_cards(postings, prefetch_with=[extra])
        assert [str(location) for location in extra.locations.all()][0].startswith("Seattle")


def detail(posting: Posting) -> Posting:
    return Posting.objects.with_board_token().select_related("company").get(pk=posting.pk)


def test_similar_cards_are_kept_until_the_similar_roles_change(django_assert_num_queries):
    posting = PostingFactory(title="Recommender systems intern")
    neighbour = PostingFactory(title="Ranking research intern")
    SimilarPosting.objects.create(posting=posting, similar=neighbour, score=0.5)
    shown = detail(posting)
    cards = similar_cards(shown)
    assert len(cards) == 1
    assert "Ranking research intern" in cards[0]
    # The posting's own locations and areas are loaded with its neighbours'.
    assert shown._prefetched_objects_cache.keys() == {"locations", "research_areas"}
    again = detail(posting)
    with django_assert_num_queries(0):  # its own locations and research areas are kept too
        assert similar_cards(again) == cards
    assert again._prefetched_objects_cache.keys() == {"locations", "research_areas"}
    # Rewriting similar roles changes the board token (tests/test_similar.py), as here.
    SimilarPosting.objects.filter(posting=posting).delete()
    touch_board()
    assert similar_cards(detail(posting)) == []


def test_similar_cards_without_the_board_token_are_found_every_time(django_assert_num_queries):
    posting = PostingFactory()
    SimilarPosting.objects.create(posting=posting, similar=PostingFactory(), score=0.5)
    similar_cards(Posting.objects.get(pk=posting.pk))
    shown = Posting.objects.get(pk=posting.pk)
    with django_assert_num_queries(2):  # similar roles, then locations and research areas
        assert len(similar_cards(shown)) == 1


def test_similar_cards_render_again_when_their_cards_were_dropped(django_assert_num_queries):
    posting = PostingFactory(title="Recommender systems intern")
    neighbour = PostingFactory(title="Ranking research intern")
    SimilarPosting.objects.create(posting=posting, similar=neighbour, score=0.5)
    first = similar_cards(detail(posting))
    # The list of similar roles is still kept, its card is not (evicted by newer ones).
    _kept.values.pop(("card", neighbour.pk, "h3"))
    shown = detail(posting)
    with django_assert_num_queries(2):  # similar roles, then locations and research areas
        assert similar_cards(shown) == first


def page_rows() -> PagePostings:
    return PagePostings(
        list(Posting.objects.with_board_token().order_by("pk").values_list("pk", "board_token"))
    )


def test_a_page_of_kept_cards_never_loads_its_postings(django_assert_num_queries):
    first = PostingFactory(title="First role")
    second = PostingFactory(title="Second role")
    rendered = render_cards(page_rows())
    assert "First role" in rendered[0]
    assert "Second role" in rendered[1]
    rows = page_rows()
    with django_assert_num_queries(0):
        assert render_cards(rows) == rendered
    assert "postings" not in rows.__dict__  # never loaded
    # Read as a sequence, the page's postings load once, in the page's order.
    with django_assert_num_queries(1):
        assert [posting.pk for posting in rows] == [first.pk, second.pk]
        assert len(rows) == 2


def test_a_page_renders_only_its_missing_cards():
    PostingFactory(title="First role")
    render_cards(page_rows())
    PostingFactory(title="Second role")  # a new board token
    cards = render_cards(page_rows())
    assert ["First role" in cards[0], "Second role" in cards[1]] == [True, True]


def test_a_posting_deleted_after_its_page_was_found_is_left_out():
    PostingFactory(title="Kept role")
    gone = PostingFactory(title="Deleted role")
    rows = page_rows()
    Posting.objects.filter(pk=gone.pk).delete()
    cards = render_cards(rows)
    assert len(cards) == 1
    assert "Kept role" in cards[0]


def test_places_and_areas_load_as_prefetch_related_would(django_assert_num_queries):
    places = [
        LocationFactory(city="Seattle", region="WA", country="US"),
        LocationFactory(city="Aachen", region="", country="DE"),
        LocationFactory(city="Boston", region="MA", country="US"),
    ]
    areas = [ResearchAreaFactory(name="Robotics"), ResearchAreaFactory(name="Computer vision")]
    posting = PostingFactory(locations=places)
    posting.research_areas.set(areas)
    bare = PostingFactory(locations=[])
    loaded = list(Posting.objects.filter(pk__in=[posting.pk, bare.pk]).order_by("pk"))
    with django_assert_num_queries(1):
        load_places_and_areas(loaded)
    expected = list(
        Posting.objects.filter(pk__in=[posting.pk, bare.pk])
        .order_by("pk")
        .prefetch_related("locations", "research_areas")
    )
    with django_assert_num_queries(0):
        for mine, theirs in zip(loaded, expected, strict=True):
            assert list(mine.locations.all()) == list(theirs.locations.all())
            assert [str(p) for p in mine.locations.all()] == [
                str(p) for p in theirs.locations.all()
            ]
            assert list(mine.research_areas.all()) == list(theirs.research_areas.all())
            assert [a.slug for a in mine.research_areas.all()] == [
                a.slug for a in theirs.research_areas.all()
            ]
    assert [str(p) for p in loaded[0].locations.all()] == [
        "Aachen, DE",
        "Boston, MA, US",
        "Seattle, WA, US",
    ]
    assert list(loaded[1].locations.all()) == []


def test_a_kept_posting_shows_its_changed_places_once_the_board_changes():
    place = LocationFactory(city="Melbourne", region="VIC", country="AU")
    posting = PostingFactory(locations=[place])
    SimilarPosting.objects.create(posting=posting, similar=PostingFactory(), score=0.5)
    shown = detail(posting)
    similar_cards(shown)
    assert [str(p) for p in shown.locations.all()] == ["Melbourne, VIC, AU"]
    # A queryset update bypasses save(); the database's board token changes all the same.
    Location.objects.filter(pk=place.pk).update(city="Geelong")
    again = detail(posting)
    similar_cards(again)
    assert [str(p) for p in again.locations.all()] == ["Geelong, VIC, AU"]
