"""Research areas a posting's text names, from a curated taxonomy with synonyms. Pure: no Django.

Each area lists the phrases that name it. Phrases match whole words, case-insensitively; the
acronyms in `acronyms` only match in capitals ("NLP", "LLMs"), so "ml" in a URL or "cv" meaning a
résumé does not tag anything. Narrow areas imply their broader ones (deep learning is machine
learning), so a filter on the broad area finds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Area:
    slug: str
    name: str
    phrases: tuple[str, ...]
    acronyms: tuple[str, ...] = ()
    implies: tuple[str, ...] = ()

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        words = "|".join(_phrase(p) for p in sorted(self.phrases, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)

    @cached_property
    def first_words(self) -> tuple[str, ...]:
        """Lower-case words every match starts with: a cheap substring test before the regex."""
        return tuple({re.split(r"[\s-]+", p.strip())[0].lower() for p in self.phrases})

    @cached_property
    def phrase_words(self) -> tuple[tuple[frozenset[str], str], ...]:
        """Per phrase, the lower-case words a text must hold for the phrase to match in it: all
        but the last as they are, and the last perhaps with a plural "s"."""
        return tuple(
            (frozenset(words[:-1]), words[-1])
            for words in (_WORD.findall(p.lower()) for p in self.phrases)
        )

    @cached_property
    def acronym_pattern(self) -> re.Pattern[str] | None:
        if not self.acronyms:
            return None
        words = "|".join(re.escape(a) for a in self.acronyms)
        return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


_WORD = re.compile(r"\w+")


def _phrase(phrase: str) -> str:
    """Spaces and hyphens are interchangeable; a trailing "s" is optional."""
    parts = [re.escape(part) for part in re.split(r"[\s-]+", phrase.strip())]
    return r"[\s-]+".join(parts) + "s?"


TAXONOMY: tuple[Area, ...] = (
    Area(
        "machine-learning",
        "Machine learning",
        ("machine learning", "statistical learning", "applied science", "applied scientist"),
        acronyms=("ML", "AI/ML", "ML/AI"),
    ),
    Area(
        "deep-learning",
        "Deep learning",
        (
            "deep learning",
            "neural network",
            "neural net",
            "transformer model",
            "pytorch",
            "tensorflow",
            "jax",
        ),  # fmt: skip
        implies=("machine-learning",),
    ),
    Area(
        "reinforcement-learning",
        "Reinforcement learning",
        ("reinforcement learning", "multi-armed bandit", "contextual bandit"),
        acronyms=("RL", "RLHF"),
        implies=("machine-learning",),
    ),
    Area(
        "nlp",
        "Natural language processing",
        (
            "natural language processing",
            "natural language understanding",
            "computational linguistics",
            "text mining",
            "machine translation",
            "named entity recognition",
            "sentiment analysis",
            "question answering",
        ),  # fmt: skip
        acronyms=("NLP", "NLU"),
        implies=("machine-learning",),
    ),
    Area(
        "llms",
        "Large language models",
        (
            "large language model",
            "language model",
            "generative ai",
            "gen ai",
            "genai",
            "foundation model",
            "prompt engineering",
            "retrieval augmented generation",
            "retrieval-augmented generation",
            "agentic ai",
            "llm gateway",
        ),  # fmt: skip
        acronyms=("LLM", "LLMs", "RAG", "GPT"),
        implies=("nlp", "deep-learning", "machine-learning"),
    ),
    Area(
        "recommender-systems",
        "Recommender systems",
        (
            "recommender system",
            "recommendation system",
            "recommendation engine",
            "recommender",
            "personalization",
            "personalisation",
            "collaborative filtering",
        ),  # fmt: skip
        implies=("machine-learning",),
    ),
    Area(
        "information-retrieval",
        "Information retrieval",
        (
            "information retrieval",
            "search ranking",
            "learning to rank",
            "search relevance",
            "semantic search",
            "vector search",
            "search engine",
            "query understanding",
        ),  # fmt: skip
    ),
    Area(
        "computer-vision",
        "Computer vision",
        (
            "computer vision",
            "image recognition",
            "image classification",
            "object detection",
            "image segmentation",
            "visual recognition",
            "3d reconstruction",
            "opencv",
        ),  # fmt: skip
        implies=("machine-learning",),
    ),
    Area(
        "speech",
        "Speech recognition",
        (
            "speech recognition",
            "speech processing",
            "speech synthesis",
            "text to speech",
            "spoken language",
            "automatic speech recognition",
            "voice recognition",
        ),  # fmt: skip
        acronyms=("ASR", "TTS"),
        implies=("machine-learning",),
    ),
    Area(
        "knowledge-graphs",
        "Knowledge graphs",
        (
            "knowledge graph",
            "knowledge base",
            "ontology",
            "ontologies",
            "semantic web",
            "linked data",
        ),  # fmt: skip
    ),
    Area(
        "graph-neural-networks",
        "Graph neural networks",
        (
            "graph neural network",
            "graph representation learning",
            "graph learning",
            "graph embedding",
        ),  # fmt: skip
        acronyms=("GNN", "GNNs"),
        implies=("deep-learning", "machine-learning"),
    ),
    Area(
        "time-series",
        "Time series",
        (
            "time series",
            "time-series forecasting",
            "forecasting",
            "demand forecasting",
            "anomaly detection",
        ),  # fmt: skip
    ),
    Area(
        "robotics",
        "Robotics",
        (
            "robotics",
            "robot",
            "autonomous vehicle",
            "autonomous driving",
            "motion planning",
            "manipulation learning",
        ),  # fmt: skip
        acronyms=("SLAM", "ROS"),
    ),
    Area(
        "data-science",
        "Data science",
        (
            "data science",
            "data scientist",
            "data analytics",
            "statistical modelling",
            "statistical modeling",
            "causal inference",
            "a/b testing",
        ),  # fmt: skip
    ),
    Area(
        "fraud-detection",
        "Fraud detection",
        (
            "fraud detection",
            "fraud prevention",
            "fraud",
            "anti-money laundering",
            "risk modelling",
            "risk modeling",
            "abuse detection",
        ),  # fmt: skip
        acronyms=("AML",),
    ),
    Area(
        "economics",
        "Economics",
        (
            "economics",
            "economist",
            "econometrics",
            "econometric",
            "pricing science",
            "market design",
            "auction theory",
        ),  # fmt: skip
    ),
    Area(
        "optimization",
        "Optimisation & operations research",
        (
            "operations research",
            "mathematical optimization",
            "mathematical optimisation",
            "combinatorial optimization",
            "combinatorial optimisation",
            "linear programming",
            "supply chain optimization",
        ),  # fmt: skip
    ),
)
AREAS_BY_SLUG: dict[str, Area] = {area.slug: area for area in TAXONOMY}
AREA_CHOICES: list[tuple[str, str]] = sorted(
    ((area.slug, area.name) for area in TAXONOMY), key=lambda choice: choice[1]
)


def research_areas(*texts: str) -> list[str]:
    """The slugs of the areas these texts name, with the broader areas they imply, in taxonomy
    order."""
    text = "\n".join(t for t in texts if t)
    if not text.strip():
        return []
    lowered = text.lower()
    # Where the lower-cased text lines up with the text, a match can only start where one of an
    # area's first words does in it: the pattern is tried only there. Python's re is slow on
    # alternations behind a lookbehind, searched from every position of a long text.
    aligned = len(lowered) == len(text) and not any(c in text for c in _CASE_SPECIALS)
    found: set[str] = set()
    words = set(_WORD.findall(lowered)) if aligned else set()
    for area in TAXONOMY:
        if aligned:
            named = any(
                (last in words or f"{last}s" in words) and others <= words
                for others, last in area.phrase_words
            ) and _named_at_first_words(area, text, lowered)
        else:
            named = any(word in lowered for word in area.first_words) and area.pattern.search(text)
        if named or (
            area.acronym_pattern is not None
            and any(acronym in text for acronym in area.acronyms)
            and area.acronym_pattern.search(text)
        ):
            found.add(area.slug)
            found.update(area.implies)
    return [area.slug for area in TAXONOMY if area.slug in found]


# The characters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn into it.
_CASE_SPECIALS = frozenset("\u0130\u0131\u017f")  # İ, ı, ſ


def _named_at_first_words(area: Area, text: str, lowered: str) -> bool:
    for word in area.first_words:
        start = lowered.find(word)
        while start != -1:
            if area.pattern.match(text, start):
                return True
            start = lowered.find(word, start + 1)
    return False


def _check_taxonomy() -> None:
    for area in TAXONOMY:
        unknown = set(area.implies) - AREAS_BY_SLUG.keys()
        if unknown:  # pragma: no cover - a typo in the table above
            raise ValueError(f"{area.slug} implies unknown areas {sorted(unknown)}")


_check_taxonomy()
