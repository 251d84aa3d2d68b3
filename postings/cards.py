"""Posting cards, rendered once per board state and day and kept by each process.

A list page's 25 cards were half of its time: their template, and the two queries for their
locations and research areas. A card changes only when the board does (database triggers set a
new board token on every write to postings, companies and locations) or when the day does (its
"posted 3 days ago"), so each process keeps the cards it rendered under the current token and
date, as `facets` keeps the browse counts. The token comes with the page's own query
(`PostingQuerySet.with_board_token`), so a page of kept cards costs that one query.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

from django.db.models import prefetch_related_objects
from django.template.loader import get_template
from django.utils import timezone
from django.utils.safestring import SafeString

from .models import Posting

CARD_TEMPLATE = "includes/posting_card.html"


class _KeptCards:
    size = 5_000  # about 8 MB of HTML per process

    def __init__(self) -> None:
        self.board: tuple | None = None
        self.cards: OrderedDict[tuple[int, str], SafeString] = OrderedDict()
        self.lock = threading.Lock()  # runserver and threaded servers share one process

    def render(
        self, postings: Sequence[Posting], *, heading: str, prefetch_with: Sequence[Posting]
    ) -> list[SafeString]:
        token = getattr(postings[0], "board_token", None) if postings else None
        if token is None:  # not asked for, or a flushed database: nothing to key on
            return _render(postings, heading=heading, prefetch_with=prefetch_with)
        board = (token, timezone.localdate())
        with self.lock:
            if board != self.board:
                # Cards of older tokens are never current again.
                self.board, self.cards = board, OrderedDict()
            kept = {p.pk: self.cards.get((p.pk, heading)) for p in postings}
        missing = [p for p in postings if kept[p.pk] is None]
        rendered = _render(missing, heading=heading, prefetch_with=prefetch_with)
        kept.update(zip([p.pk for p in missing], rendered, strict=True))
        with self.lock:
            if board == self.board:
                for posting in postings:
                    self.cards[(posting.pk, heading)] = kept[posting.pk]
                    self.cards.move_to_end((posting.pk, heading))
                while len(self.cards) > self.size:
                    self.cards.popitem(last=False)
        return [kept[p.pk] for p in postings]

    def clear(self) -> None:
        with self.lock:
            self.board, self.cards = None, OrderedDict()


def _render(
    postings: Sequence[Posting], *, heading: str, prefetch_with: Sequence[Posting]
) -> list[SafeString]:
    if postings or prefetch_with:
        prefetch_related_objects([*postings, *prefetch_with], "locations", "research_areas")
    template = get_template(CARD_TEMPLATE)
    # The card template escapes every imported value; its output is what is marked safe here.
    return [template.render({"posting": posting, "heading": heading}) for posting in postings]


_kept_cards = _KeptCards()


def render_cards(
    postings: Sequence[Posting], *, heading: str = "h2", prefetch_with: Sequence[Posting] = ()
) -> list[SafeString]:
    """Each posting's card, in order; kept ones reused when the postings carry the board token.

    `prefetch_with`: other postings that need their locations and research areas, loaded in
    the same queries as those of the cards to render.
    """
    return _kept_cards.render(postings, heading=heading, prefetch_with=prefetch_with)


def forget_cards() -> None:
    """Drop every kept card (tests that freeze the board token between writes)."""
    _kept_cards.clear()
