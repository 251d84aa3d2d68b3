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
from collections import OrderedDict
from collections.abc import Hashable, Sequence

from django.db.models import prefetch_related_objects
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString

from .models import Posting
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


def _render(
    postings: Sequence[Posting], *, heading: str, prefetch_with: Sequence[Posting] = ()
) -> list[SafeString]:
    if postings or prefetch_with:
        prefetch_related_objects([*postings, *prefetch_with], "locations", "research_areas")
    template = get_template(CARD_TEMPLATE)
    # The card template escapes every imported value; its output is what is marked safe here.
    return [template.render({"posting": posting, "heading": heading}) for posting in postings]


def render_cards(
    postings: Sequence[Posting], *, heading: str = "h2", prefetch_with: Sequence[Posting] = ()
) -> list[SafeString]:
    """Each posting's card, in order; kept ones reused when the postings carry the board token.

    `prefetch_with`: other postings that need their locations and research areas, loaded in
    the same queries as those of the cards to render.
    """
    token = getattr(postings[0], "board_token", None) if postings else None
    if token is None:  # not asked for, or a flushed database: nothing to key on
        return _render(postings, heading=heading, prefetch_with=prefetch_with)
    keys = [("card", posting.pk, heading) for posting in postings]
    cards = _kept.get_many(token, keys)
    missing = [posting for posting, key in zip(postings, keys, strict=True) if key not in cards]
    rendered = _render(missing, heading=heading, prefetch_with=prefetch_with)
    new = {
        ("card", posting.pk, heading): card for posting, card in zip(missing, rendered, strict=True)
    }
    _kept.set_many(token, new)
    cards.update(new)
    return [cards[key] for key in keys]


def similar_cards(posting: Posting) -> list[SafeString]:
    """The cards of the roles similar to `posting`, with its locations and research areas loaded.

    When `posting` carries the board token, which roles those are is kept with the cards: a page
    whose list and cards are kept costs no query for the roles, only the posting's own locations
    and research areas.
    """
    token = getattr(posting, "board_token", None)
    key = ("similar", posting.pk)
    if token is not None:
        kept = _kept.get_many(token, [key])
        if key in kept:
            card_keys = [("card", pk, "h3") for pk in kept[key]]
            cards = _kept.get_many(token, card_keys)
            if len(cards) == len(card_keys):
                prefetch_related_objects([posting], "locations", "research_areas")
                return [cards[card_key] for card_key in card_keys]
    similar = similar_postings(posting)
    cards = render_cards(similar, heading="h3", prefetch_with=[posting])
    if token is not None:
        # Ids rather than the cards again: the cards are kept on their own, once.
        _kept.set_many(token, {key: tuple(p.pk for p in similar)})
    return cards


def forget_cards() -> None:
    """Drop every kept card (tests that freeze the board token between writes)."""
    _kept.clear()
