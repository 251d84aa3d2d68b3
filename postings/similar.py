"""Similar roles: precomputed `SimilarPosting` rows, refreshed on import and edit, read in one query.

Similarity of two open postings is a weighted sum of
- the cosine of their TF-IDF vectors over title (weighted 3x) and description,
- the Jaccard overlap of their research areas,
- where they are: a shared location scores 1, a shared country 0.5.

`refresh_similar(postings=...)` recomputes the rows of some postings against a candidate pool
drawn from the database (open postings sharing an area, a location or a title word) and merges
the changed postings into their neighbours' lists. `rebuild_similar()` recomputes every open
posting's rows against all open postings. Each posting keeps `SIMILAR_STORED` rows, more than the
page shows, so a neighbour that expires is skipped at read time without leaving a gap.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Left

from .board import touch_board
from .bulk import insert_rows
from .models import Posting, SimilarPosting

if TYPE_CHECKING:
    from scipy import sparse

SIMILAR_SHOWN = 6
SIMILAR_STORED = 12
# A changed posting joins a neighbour's list when it ranks among the neighbour's best; looking
# at this many of its own nearest postings finds the neighbours it could join.
NEIGHBOURS_CHECKED = 50
POOL_PER_SOURCE = 1000
TITLE_WEIGHT = 3
DESCRIPTION_CHARS = 4000
TERMS_KEPT = 40
# Terms in more postings than this carry little weight and would make ranking quadratic; they do
# not contribute to the text score.
MAX_TERM_POSTINGS = 1000
WEIGHTS = {"text": 0.6, "areas": 0.25, "place": 0.15}
# When the text finds too few candidates, postings sharing a research area fill in, this many per
# area: popular areas (machine learning) are on most postings and would make ranking quadratic.
AREA_CANDIDATES = 200
_TOKEN = re.compile(r"[a-z][a-z0-9+#]*")
_STOPWORD_TEXT = """a about above across after all also an and any are as at be been being both but by can
    could do does for from has have how if in into is it its may more most must no not of on or
    other our ours out over own per shall should so some such than that the their them then there
    these they this those through to under up upon us using via was we were what when where which
    while who will with within would you your yours etc e g i ie eg new work working works role
    roles team teams job jobs company opportunity opportunities apply applicant applicants
    candidate candidates experience experiences strong ability including include includes well
    intern interns internship internships senior junior lead principal staff graduate student
    students summer winter spring autumn fall"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# Seniority and season words say nothing about what the work is; employment type filters do that.
MIN_SCORE = 0.05
# Targets × documents scored at once: each dense float matrix of a block is 16 MB.
BLOCK_CELLS = 2_000_000


@dataclass(frozen=True)
class Doc:
    id: int
    terms: Counter
    areas: frozenset[int]
    places: frozenset[int]
    countries: frozenset[str]


# Reads ------------------------------------------------------------------------------------------


def similar_postings(posting: Posting, *, limit: int = SIMILAR_SHOWN) -> list[Posting]:
    """Up to `limit` open postings like this one, best first, ready for `render_cards`: one
    query."""
    links = SimilarPosting.objects.filter(posting=posting)
    score = links.filter(similar=OuterRef("pk")).values("score")[:1]
    return list(
        Posting.objects.open()
        .filter(pk__in=links.values("similar"))
        .exclude(pk=posting.pk)
        .for_cards()
        .with_board_token()
        .annotate(similarity=Subquery(score))
        .order_by("-similarity", "-posted_on", "-id")[:limit]
    )


# Writes -----------------------------------------------------------------------------------------


def refresh_similar(*, postings: Iterable[Posting | int]) -> int:
    """Recompute the similar roles of these postings and merge them into their neighbours' lists.

    Drafts, closed and expired postings lose their rows and leave their neighbours' lists.
    Returns how many rows were written.
    """
    ids = {p if isinstance(p, int) else p.pk for p in postings}
    if not ids:
        return 0
    with transaction.atomic():
        touch_board()
        open_ids = set(Posting.objects.open().filter(pk__in=ids).values_list("pk", flat=True))
        SimilarPosting.objects.filter(Q(posting_id__in=ids) | Q(similar_id__in=ids)).delete()
        if not open_ids:
            return 0
        pool = _candidate_pool(open_ids)
        docs = _load_docs(Posting.objects.filter(pk__in=pool | open_ids))
        ranked = rank(docs, targets=open_ids, limit=NEIGHBOURS_CHECKED)
        lists = {target: dict(neighbours[:SIMILAR_STORED]) for target, neighbours in ranked.items()}
        lists.update(_merge_into_neighbours(ranked, exclude=open_ids))
        return _write(lists)


def rebuild_similar(*, batch_size: int = 5000) -> int:
    """Recompute every open posting's similar roles against all open postings."""
    docs = _load_docs(Posting.objects.open())
    ranked = rank(docs, targets=docs.keys(), limit=SIMILAR_STORED)
    with transaction.atomic():
        touch_board()
        SimilarPosting.objects.all().delete()
        lists = {target: dict(neighbours) for target, neighbours in ranked.items()}
        return _write(lists, batch_size=batch_size)


def _merge_into_neighbours(
    ranked: dict[int, list[tuple[int, float]]], *, exclude: set[int]
) -> dict[int, dict[int, float]]:
    """The lists of the targets' neighbours with the targets merged in where they rank."""
    additions: dict[int, dict[int, float]] = defaultdict(dict)
    for target, neighbours in ranked.items():
        for neighbour, score in neighbours:
            if neighbour not in exclude:
                additions[neighbour][target] = score
    if not additions:
        return {}
    current: dict[int, dict[int, float]] = defaultdict(dict)
    rows = SimilarPosting.objects.filter(posting_id__in=additions.keys()).values_list(
        "posting_id", "similar_id", "score"
    )
    for posting_id, similar_id, score in rows:
        current[posting_id][similar_id] = score
    merged = {}
    for neighbour, added in additions.items():
        candidates = {**current[neighbour], **added}
        best = dict(heapq.nlargest(SIMILAR_STORED, candidates.items(), key=_by_score))
        if best != current[neighbour]:
            merged[neighbour] = best
    SimilarPosting.objects.filter(posting_id__in=merged.keys()).delete()
    return merged


def _write(lists: dict[int, dict[int, float]], *, batch_size: int = 5000) -> int:
    rows = [
        (posting_id, similar_id, round(score, 6))
        for posting_id, neighbours in lists.items()
        for similar_id, score in neighbours.items()
    ]
    insert_rows(
        table=SimilarPosting._meta.db_table,
        columns=["posting_id", "similar_id", "score"],
        pg_types=["bigint", "bigint", "float8"],
        rows=rows,
        batch_size=batch_size,
    )
    return len(rows)


# Candidates and documents -----------------------------------------------------------------------


def _candidate_pool(target_ids: set[int]) -> set[int]:
    """Open postings that could resemble the targets: sharing an area, a location or a title word."""
    others = Posting.objects.open().exclude(pk__in=target_ids).order_by("-posted_on", "-id")
    areas_through = Posting.research_areas.through.objects
    places_through = Posting.locations.through.objects
    target_areas = areas_through.filter(posting_id__in=target_ids).values("researcharea_id")
    target_places = places_through.filter(posting_id__in=target_ids).values("location_id")
    shares_area = others.filter(
        Exists(areas_through.filter(posting_id=OuterRef("pk"), researcharea_id__in=target_areas))
    )
    shares_place = others.filter(
        Exists(places_through.filter(posting_id=OuterRef("pk"), location_id__in=target_places))
    )
    pool: set[int] = set()
    for queryset in (shares_area, shares_place):
        pool.update(queryset.values_list("pk", flat=True)[:POOL_PER_SOURCE])
    words = _title_words(Posting.objects.filter(pk__in=target_ids).values_list("title", flat=True))
    if words:
        condition = Q()
        for word in words:
            condition |= Q(title__icontains=word)
        pool.update(others.filter(condition).values_list("pk", flat=True)[:POOL_PER_SOURCE])
    return pool


def _title_words(titles: Iterable[str], *, per_title: int = 4, limit: int = 20) -> list[str]:
    words: list[str] = []
    for title in titles:
        tokens = [t for t in _tokens(title) if len(t) >= 4]
        for token in sorted(set(tokens), key=len, reverse=True)[:per_title]:
            if token not in words:
                words.append(token)
    return words[:limit]


def _load_docs(queryset: QuerySet[Posting]) -> dict[int, Doc]:
    rows = queryset.order_by().values_list("pk", "title", Left("description", DESCRIPTION_CHARS))
    areas: dict[int, set[int]] = defaultdict(set)
    places: dict[int, set[int]] = defaultdict(set)
    countries: dict[int, set[str]] = defaultdict(set)
    subset = queryset.order_by().values("pk")
    for posting_id, area_id in Posting.research_areas.through.objects.filter(
        posting_id__in=subset
    ).values_list("posting_id", "researcharea_id"):
        areas[posting_id].add(area_id)
    for posting_id, location_id, country in Posting.locations.through.objects.filter(
        posting_id__in=subset
    ).values_list("posting_id", "location_id", "location__country"):
        places[posting_id].add(location_id)
        if country:
            countries[posting_id].add(country)
    return {
        pk: Doc(
            id=pk,
            terms=terms_of(title, description),
            areas=frozenset(areas[pk]),
            places=frozenset(places[pk]),
            countries=frozenset(countries[pk]),
        )
        for pk, title, description in rows.iterator(chunk_size=2000)
    }


# Scoring (pure) ---------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return [term for word in _TOKEN.findall(text.lower()) if (term := _term(word))]


@lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """The term a lower-case word counts as; "" for stopwords and single letters."""
    if word in STOPWORDS or len(word) < 2:
        return ""
    # A light stem: "models" and "model", "systems" and "system" are one term.
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def terms_of(title: str, description: str) -> Counter:
    terms: Counter = Counter()
    # Counting words first treats each distinct word once: long descriptions repeat many.
    for word, count in Counter(_TOKEN.findall((description or "").lower())).items():
        if term := _term(word):
            terms[term] += count
    for token in _tokens(title or ""):
        terms[token] += TITLE_WEIGHT
    return terms


def _word_matrix(docs: dict[int, Doc]) -> sparse.csr_array:
    """Documents × terms: unit-length TF-IDF vectors of each document's strongest terms.

    Computed for all documents at once: an import ranks thousands of new postings, and a loop
    over each one's terms cost more than the ranking itself.
    """
    import numpy as np
    from scipy import sparse

    term_ids: dict[str, int] = {}
    number = term_ids.setdefault
    columns: list[int] = []
    counts: list[int] = []
    lengths: list[int] = []
    for doc in docs.values():
        columns.extend(number(term, len(term_ids)) for term in doc.terms)
        counts.extend(doc.terms.values())
        lengths.append(len(doc.terms))
    cols = np.array(columns, dtype=np.int64)
    rows = np.repeat(np.arange(len(docs)), lengths)
    idf = np.log((1 + len(docs)) / (1 + np.bincount(cols, minlength=len(term_ids)))) + 1
    weights = (1 + np.log(np.array(counts, dtype=float))) * idf[cols]
    # Strongest first, ties broken by the term's spelling (as `_by_score` breaks them), and
    # TERMS_KEPT of each document's terms kept.
    spelling = np.empty(len(term_ids), dtype=np.int64)
    spelling[np.argsort(np.array(list(term_ids)), kind="stable")] = np.arange(len(term_ids))
    order = np.lexsort((-spelling[cols], -weights, rows))
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    kept = order[np.arange(len(order)) - starts < TERMS_KEPT]
    rows, cols, weights = rows[kept], cols[kept], weights[kept]
    norms = np.sqrt(np.bincount(rows, weights=weights * weights, minlength=len(docs)))
    weights = weights / np.where(norms > 0, norms, 1.0)[rows]
    return sparse.csr_array(
        (weights, (rows, cols)), shape=(len(docs), max(len(term_ids), 1)), dtype=float
    )


def rank(
    docs: dict[int, Doc], *, targets: Iterable[int], limit: int
) -> dict[int, list[tuple[int, float]]]:
    """Each target's most similar other documents, best first, as (id, score) pairs.

    A score is WEIGHTS' sum of the text cosine (capped at 1), the Jaccard overlap of research
    areas, and place (1 for a shared location, 0.5 for a shared country). Computed for blocks of
    targets at once with sparse matrices: an import's thousands of new postings each meet
    thousands of candidates.
    """
    # Imported here: only ranking needs numpy and scipy, and they would slow every start-up.
    import numpy as np

    targets = list(targets)
    ranked: dict[int, list[tuple[int, float]]] = {}
    if not targets:
        return ranked
    ids = np.fromiter(docs, dtype=np.int64, count=len(docs))
    row_of = {doc_id: row for row, doc_id in enumerate(docs)}
    words = _word_matrix(docs)
    # Terms in too many postings carry little weight and do not count (see MAX_TERM_POSTINGS).
    words.data[
        (np.bincount(words.indices, minlength=words.shape[1]) > MAX_TERM_POSTINGS)[words.indices]
    ] = 0
    words.eliminate_zeros()
    areas = _incidence(docs, lambda doc: ((area, 1.0) for area in doc.areas))
    places = _incidence(docs, lambda doc: ((place, 1.0) for place in doc.places))
    countries = _incidence(docs, lambda doc: ((country, 1.0) for country in doc.countries))
    area_counts = np.diff(areas.indptr)
    # Newest first: the area fill-in prefers recent postings.
    by_area: dict[int, list[int]] = defaultdict(list)
    for doc in sorted(docs.values(), key=lambda doc: doc.id, reverse=True):
        for area in doc.areas:
            by_area[area].append(row_of[doc.id])
    block = max(1, BLOCK_CELLS // len(docs))
    for start in range(0, len(targets), block):
        chunk = targets[start : start + block]
        rows = np.array([row_of[target] for target in chunk])
        text = (words[rows] @ words.T).toarray()
        candidates = text > 0
        shared = (areas[rows] @ areas.T).toarray()
        union = area_counts[rows][:, None] + area_counts[None, :] - shared
        jaccard = np.divide(shared, union, out=np.zeros_like(shared), where=shared > 0)
        place = np.where(
            (places[rows] @ places.T).toarray() > 0,
            1.0,
            np.where((countries[rows] @ countries.T).toarray() > 0, 0.5, 0.0),
        )
        scores = (
            WEIGHTS["text"] * np.minimum(text, 1.0)
            + WEIGHTS["areas"] * jaccard
            + WEIGHTS["place"] * place
        )
        # Being in the same city alone does not make two roles alike.
        scores[(text <= 0) & (jaccard <= 0)] = 0.0
        for line, target in enumerate(chunk):
            found = candidates[line]
            if np.count_nonzero(found) <= limit:
                for area in docs[target].areas:
                    found[by_area[area][:AREA_CANDIDATES]] = True
            found[row_of[target]] = False
            found &= scores[line] >= MIN_SCORE
            others = np.flatnonzero(found)
            values = scores[line, others]
            if len(others) > limit:
                # Only those scoring at least the limit-th best can rank (ties included).
                threshold = np.partition(values, len(values) - limit)[len(values) - limit]
                others, values = others[values >= threshold], values[values >= threshold]
            # Best score first; ties broken by id so results do not depend on order.
            best = np.lexsort((ids[others], -values))[:limit]
            ranked[target] = list(
                zip(ids[others[best]].tolist(), values[best].tolist(), strict=True)
            )
    return ranked


def _incidence(docs: dict[int, Doc], features: Callable) -> sparse.csr_array:
    """A documents × features sparse matrix from each document's (feature, weight) pairs."""
    from scipy import sparse

    columns: dict = {}
    indptr, indices, data = [0], [], []
    for doc in docs.values():
        for feature, weight in features(doc):
            indices.append(columns.setdefault(feature, len(columns)))
            data.append(weight)
        indptr.append(len(indices))
    return sparse.csr_array(
        (data, indices, indptr), shape=(len(docs), max(len(columns), 1)), dtype=float
    )


def _by_score(pair: tuple) -> tuple:
    # Ties broken by id so results do not depend on set iteration order.
    return (pair[1], -pair[0] if isinstance(pair[0], int) else pair[0])
