"""Posting cards, rendered once per board state and day and kept by each process.

A list page's 25 cards were half of its time: their template, and the two queries for their
locations and research areas. A card changes only when the board does (database triggers set a
new board token on every write to postings, companies, locations and similar roles) or when the
day does (its "posted 3 days ago"), so each process keeps the cards it rendered under the
current token and date, as `facets` keeps the browse counts. The token comes with the page's own
query (`PostingQuerySet.with_board_token`), so a page of kept cards costs that one query.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Hashable, Sequence
from functools import cached_property

from django.db import router
from django.db.models import Value
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString

from .models import Location, Posting, ResearchArea
from .similar import similar_postings

CARD_TEMPLATE = "includes/posting_card.html"


class _Kept:
    """Values kept for the current board token and day, the most recently used first."""

    size = 5_000  # mostly cards, about 1.5 KB each: under 10 MB per process

    def __init__(self) -> None:
        self.board: tuple | None = None
        self.values: OrderedDict[Hashable, object] = OrderedDict()
        self.lock = threading.Lock()  # runserver and threaded servers share one process

    def get_many(self, token: str, keys: Sequence[Hashable]) -> dict[Hashable, object]:
        board = (token, timezone.localdate())
        with self.lock:
            if board != self.board:
                # Values of older tokens are never current again.
                self.board, self.values = board, OrderedDict()
            found = {key: self.values[key] for key in keys if key in self.values}
            for key in found:
                self.values.move_to_end(key)
        return found

    def set_many(self, token: str, values: dict[Hashable, object]) -> None:
        with self.lock:
            # Rendered under the board this token names; a newer board must not receive them.
            if self.board != (token, timezone.localdate()):
                return
            self.values.update(values)
            while len(self.values) > self.size:
                self.values.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.board, self.values = None, OrderedDict()


_kept = _Kept()


class PagePostings(Sequence[Posting]):
    """A page's postings as their ids and the board token, from one narrow query; the postings
    themselves load only when something reads them (a page of kept cards needs none).

    Loading 25 whole postings with their companies was a fifth of a list page's time.
    """

    def __init__(self, rows: Sequence[tuple[int, str | None]]):
        self.ids = [pk for pk, _ in rows]
        self.board_token = rows[0][1] if rows else None

    @cached_property
    def postings(self) -> list[Posting]:
        by_id = Posting.objects.for_cards().in_bulk(self.ids)
        # A posting deleted since its id was read is left out.
        return [by_id[pk] for pk in self.ids if pk in by_id]

    def __len__(self) -> int:
        return len(self.postings)

    def __getitem__(self, index):
        return self.postings[index]


def load_places_and_areas(postings: Sequence[Posting]) -> None:
    """Each posting's locations and research areas, as `prefetch_related` would load them, in one
    query instead of one each: cards and posting pages show both."""
    by_id = {posting.pk: posting for posting in postings}
    if not by_id:
        return
    places = Posting.locations.through.objects.filter(posting_id__in=by_id).values_list(
        "posting_id",
        Value("location"),
        "location_id",
        "location__city",
        "location__region",
        "location__country",
    )
    areas = Posting.research_areas.through.objects.filter(posting_id__in=by_id).values_list(
        "posting_id",
        Value("area"),
        "researcharea_id",
        "researcharea__name",
        "researcharea__slug",
        Value(""),
    )
    found: dict[int, list[tuple]] = defaultdict(list)
    for posting_id, *row in places.union(areas, all=True):
        found[posting_id].append(tuple(row))
    for pk, posting in by_id.items():
        _restore_places_and_areas(posting, found[pk])


def _restore_places_and_areas(posting: Posting, rows: Sequence[tuple]) -> None:
    """Set a posting's locations and research areas from (kind, id, three values) rows."""
    db = router.db_for_read(Location)
    locations, areas = [], []
    for kind, pk, first, second, third in rows:
        if kind == "location":
            locations.append(
                Location.from_db(
                    db, ["id", "city", "region", "country"], [pk, first, second, third]
                )
            )
        else:
            areas.append(ResearchArea.from_db(db, ["id", "name", "slug"], [pk, first, second]))
    locations.sort(key=lambda place: (place.country, place.region, place.city))
    areas.sort(key=lambda area: area.name)
    _prefetched(posting, "locations", locations)
    _prefetched(posting, "research_areas", areas)


def _places_and_areas_rows(posting: Posting) -> tuple[tuple, ...]:
    """The rows `_restore_places_and_areas` takes, read back from a loaded posting."""
    return (
        *(
            ("location", place.pk, place.city, place.region, place.country)
            for place in posting.locations.all()
        ),
        *(("area", area.pk, area.name, area.slug, "") for area in posting.research_areas.all()),
    )


def _prefetched(posting: Posting, name: str, rows: list) -> None:
    # What prefetch_related leaves behind: the relation's queryset holding its rows.
    queryset = getattr(posting, name).all()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    if not hasattr(posting, "_prefetched_objects_cache"):
        posting._prefetched_objects_cache = {}
    posting._prefetched_objects_cache[name] = queryset


def _render(
    postings: Sequence[Posting], *, heading: str, prefetch_with: Sequence[Posting] = ()
) -> list[SafeString]:
    load_places_and_areas([*postings, *prefetch_with])
    template = get_template(CARD_TEMPLATE)
    # The card template escapes every imported value; its output is what is marked safe here.
    return [template.render({"posting": posting, "heading": heading}) for posting in postings]


def render_cards(
    postings: Sequence[Posting], *, heading: str = "h2", prefetch_with: Sequence[Posting] = ()
) -> list[SafeString]:
    """Each posting's card, in order; kept ones reused when the postings carry the board token
    (on each posting, or on a `PagePostings`, which then loads only if some card is missing).

    `prefetch_with`: other postings that need their locations and research areas, loaded in
    the same query as those of the cards to render.
    """
    if isinstance(postings, PagePostings):
        ids, token = postings.ids, postings.board_token
    else:
        ids = [posting.pk for posting in postings]
        token = getattr(postings[0], "board_token", None) if postings else None
    if token is None:  # not asked for, or a flushed database: nothing to key on
        return _render(postings, heading=heading, prefetch_with=prefetch_with)
    keys = [("card", pk, heading) for pk in ids]
    cards = _kept.get_many(token, keys)
    missing = []
    if len(cards) < len(keys):
        missing = [posting for posting in postings if ("card", posting.pk, heading) not in cards]
    rendered = _render(missing, heading=heading, prefetch_with=prefetch_with)
    new = {
        ("card", posting.pk, heading): card for posting, card in zip(missing, rendered, strict=True)
    }
    _kept.set_many(token, new)
    cards.update(new)
    return [cards[key] for key in keys if key in cards]


def similar_cards(posting: Posting) -> list[SafeString]:
    """The cards of the roles similar to `posting`, with its locations and research areas loaded.

    When `posting` carries the board token, which roles those are is kept with the cards, and so
    are the posting's own locations and research areas: a page whose similar cards are kept costs
    no query beyond the posting's own.
    """
    token = getattr(posting, "board_token", None)
    key = ("similar", posting.pk)
    if token is not None:
        kept = _kept.get_many(token, [key])
        if key in kept:
            similar_ids, own_rows = kept[key]
            card_keys = [("card", pk, "h3") for pk in similar_ids]
            cards = _kept.get_many(token, card_keys)
            if len(cards) == len(card_keys):
                _restore_places_and_areas(posting, own_rows)
                return [cards[card_key] for card_key in card_keys]
    similar = similar_postings(posting)
    cards = render_cards(similar, heading="h3", prefetch_with=[posting])
    if token is not None:
        # Ids rather than the cards again: the cards are kept on their own, once.
        value = (tuple(p.pk for p in similar), _places_and_areas_rows(posting))
        _kept.set_many(token, {key: value})
    return cards


def forget_cards() -> None:
    """Drop every kept card (tests that freeze the board token between writes)."""
    _kept.clear()
