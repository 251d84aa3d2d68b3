import pytest

from postings.extract.areas import AREA_CHOICES, AREAS_BY_SLUG, TAXONOMY, research_areas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Applied Science Intern (Machine Learning, Recommender Systems)",
         {"machine-learning", "recommender-systems"}),
        ("Research in deep-learning and neural networks", {"deep-learning", "machine-learning"}),
        ("Work on LLMs and retrieval-augmented generation",
         {"llms", "nlp", "deep-learning", "machine-learning"}),
        ("natural language processing for search ranking",
         {"nlp", "machine-learning", "information-retrieval"}),
        ("Computer Vision and object detection", {"computer-vision", "machine-learning"}),
        ("automatic speech recognition (ASR)", {"speech", "machine-learning"}),
        ("Knowledge Graphs and GNNs",
         {"knowledge-graphs", "graph-neural-networks", "deep-learning", "machine-learning"}),
        ("time-series forecasting of demand", {"time-series"}),
        ("robotics and motion planning", {"robotics"}),
        ("Senior Data Scientist", {"data-science"}),
        ("fraud detection models", {"fraud-detection"}),
        ("PhD in economics or econometrics", {"economics"}),
        ("reinforcement learning from human feedback (RLHF)",
         {"reinforcement-learning", "machine-learning"}),
    ],
)  # fmt: skip
def test_synonyms_tag_their_area_and_its_broader_ones(text, expected):
    assert set(research_areas(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Send your CV and cover letter",  # a résumé, not computer vision
        "html, xml and yaml",  # "ml" inside words
        "Network Engineer: configure routers and firewalls",
        "We are an equal opportunity employer",
        "",
    ],
)
def test_unrelated_text_tags_nothing(text):
    assert research_areas(text) == []


def test_acronyms_only_count_in_capitals():
    assert research_areas("an nlp-ish llm word in lower case") == []
    assert set(research_areas("NLP and LLM research")) == {
        "machine-learning",
        "deep-learning",
        "nlp",
        "llms",
    }


def test_results_follow_taxonomy_order_without_duplicates():
    slugs = research_areas("deep learning", "machine learning", "Deep Learning again")
    order = [area.slug for area in TAXONOMY]
    assert slugs == sorted(set(slugs), key=order.index)


def test_every_implied_area_exists_and_choices_cover_the_taxonomy():
    for area in TAXONOMY:
        assert set(area.implies) <= AREAS_BY_SLUG.keys()
    assert {slug for slug, _ in AREA_CHOICES} == AREAS_BY_SLUG.keys()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A/B testing and multi armed bandits", {"data-science", "reinforcement-learning",
                                               "machine-learning"}),
        ("MACHINE-LEARNING", {"machine-learning"}),
        ("machine_learning and deeplearning", set()),  # parts inside longer words
        ("İstanbul: machine learning", {"machine-learning"}),  # lower() changes the length
    ],
)  # fmt: skip
def test_phrases_match_whatever_their_case_hyphens_and_plurals(text, expected):
    assert set(research_areas(text)) == expected
