import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from postings.extract.html import html_to_text, parse_html
from postings.extract.sections import heading_kind, split_sections

REALDATA = Path("/work/shared/realdata")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Responsibilities", "responsibilities"),
        ("Key job responsibilities", "responsibilities"),
        ("What you'll do", "responsibilities"),
        ("What you’ll do:", "responsibilities"),
        ("Aufgaben", "responsibilities"),
        ("Deine Aufgaben:", "responsibilities"),
        ("Vos missions", "responsibilities"),
        ("Basic Qualifications", "basic_qualifications"),
        ("Minimum qualifications:", "basic_qualifications"),
        ("Required Qualifications", "basic_qualifications"),
        ("Requirements", "basic_qualifications"),
        ("Qualifikationen", "basic_qualifications"),
        ("Ihr Profil", "basic_qualifications"),
        ("Profil recherché", "basic_qualifications"),
        ("Preferred Qualifications", "preferred_qualifications"),
        ("Nice to have", "preferred_qualifications"),
        ("Wünschenswert", "preferred_qualifications"),
        ("Atouts", "preferred_qualifications"),
        ("Benefits", "benefits"),
        ("What we offer", "benefits"),
        ("Wir bieten", "benefits"),
        ("Avantages", "benefits"),
        ("About the team", "other"),
        ("Acknowledgement of country:", "other"),
        ("Über uns", "other"),
        ("Les missions du poste", "responsibilities"),
        ("Le tue responsabilità", "responsibilities"),
        ("Jouw functie", "responsibilities"),
        ("Le profil recherché", "basic_qualifications"),
        ("Desired Candidate Profile", "basic_qualifications"),
        ("Skills/Qualifications", "basic_qualifications"),
        ("Jouw profiel", "basic_qualifications"),
        ("Desirable", "preferred_qualifications"),
        ("Costituisce titolo preferenziale", "preferred_qualifications"),
        ("What we can offer", "benefits"),
        ("Nous vous offrons", "benefits"),
        ("Notre offre", "benefits"),
        ("Ons aanbod", "benefits"),
        ("Employer questions", "other"),
        ("Company profile", "other"),
        ("Report this job advert", "other"),
        ("Work Location(s)", "other"),
        ("Informations complémentaires", "other"),
        ("Develop novel solutions and build prototypes", None),
        ("Amazon is particularly interested in candidates with expertise in:", None),
    ],
)
def test_heading_kind(line, kind):
    assert heading_kind(line) == kind


def test_headings_alone_on_a_line():
    text = (
        "We build things.\n\nResponsibilities\n• Write code\n• Review code\n\n"
        "Requirements:\n- Python\n\nNice to have\n* Rust\n\nBenefits\n▪ Lunch\n\nAbout us\nA company."
    )

    description, sections = split_sections(text)

    assert sections.responsibilities == "- Write code\n- Review code"
    assert sections.basic_qualifications == "- Python"
    assert sections.preferred_qualifications == "- Rust"
    assert sections.benefits == "- Lunch"
    assert description.startswith("We build things.\n\nResponsibilities\n\n- Write code\n")
    assert description.endswith("About us\n\nA company.")


def test_inline_headings_and_bullet_runs_are_split():
    text = (
        "The team is seeking a talented Applied Scientist. Key responsibilities include: "
        "- Research new methods. - Support on-call work Basic Qualifications: - Master’s or PhD "
        "- 2-7 years of experience Preferred Qualifications: - Papers published in AI venues"
    )

    description, sections = split_sections(text)

    assert sections.responsibilities == "- Research new methods.\n- Support on-call work"
    assert sections.basic_qualifications == "- Master’s or PhD\n- 2-7 years of experience"
    assert sections.preferred_qualifications == "- Papers published in AI venues"
    assert description.splitlines()[0] == "The team is seeking a talented Applied Scientist."


def test_distinctive_headings_run_into_text_without_a_colon():
    text = (
        "You decide where your career goes! Key job responsibilities As an Applied Scientist you "
        "will lead research. About the team Our team builds media representations."
    )

    description, sections = split_sections(text)

    assert sections.responsibilities == "As an Applied Scientist you will lead research."
    assert "\n\nAbout the team\n\nOur team builds" in description


@pytest.mark.parametrize(
    "text",
    [
        "Engineer - AI Platform",
        "Internship length can vary between 3 - 6 months and 6 - 12 months",
        "We care about the team and the key job responsibilities of everyone",
    ],
)
def test_prose_is_left_alone(text):
    description, sections = split_sections(text)

    assert description == text
    assert sections.responsibilities == ""


def test_german_and_french_sections():
    german = "Deine Aufgaben:\n- Modelle bauen\n\nDein Profil\n- Python\n\nWir bieten\n- Obst"
    french = (
        "Vos missions\n- Construire\n\nProfil recherché\n- Python\n\nAvantages\n- Tickets resto"
    )

    _, de = split_sections(german)
    _, fr = split_sections(french)

    assert (de.responsibilities, de.basic_qualifications, de.benefits) == (
        "- Modelle bauen",
        "- Python",
        "- Obst",
    )
    assert (fr.responsibilities, fr.basic_qualifications, fr.benefits) == (
        "- Construire",
        "- Python",
        "- Tickets resto",
    )


def test_paragraphs_are_separated_by_one_blank_line():
    description, _ = split_sections("First paragraph.\n\n\n\nSecond   paragraph.\n")

    assert description == "First paragraph.\n\nSecond paragraph."


def test_amazon_csv_qualifications_flattened_onto_one_line():
    path = REALDATA / "amazon/amazon_jobs_india_pf3.csv"
    if not path.exists():
        pytest.skip("real data in /work/shared is absent")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))

    split = [
        split_sections(f"{row['Minimum Qualifications']}\n{row['Preferred Qualifications']}")[1]
        for row in rows
    ]

    # A few rows number their items "a. b. c." instead of writing bullets; the rest must split.
    assert sum(1 for sections in split if sections.basic_qualifications) > 0.98 * len(rows)
    assert sum(1 for sections in split if sections.preferred_qualifications) > 0.95 * len(rows)
    assert split[0].basic_qualifications.startswith("- ")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("What will your job look like?", "responsibilities"),
        ("All you need is...", "basic_qualifications"),
        ("Good to have:", "preferred_qualifications"),
        ("Why you will love this job:", "benefits"),
        ("What's in it for you?", "benefits"),
        ("Who are we?", "other"),
        ("Education Required:", "other"),
        ("Du bringst mit:", "basic_qualifications"),
        ("Wer wir sind", "other"),
        ("Votre rôle", "responsibilities"),
        # A sentence leading into a list belongs to the section it sits in.
        ("You'll have opportunities to:", None),
        ("Das Team wird:", None),
        ("Vous pourrez :", None),
        ("Minimum requirements", "basic_qualifications"),
        ("You may be a good fit if you:", "basic_qualifications"),
        ("Bonus points if you:", "preferred_qualifications"),
        ("Interview process", "other"),
        ("Déroulement des entretiens", "other"),
        # Spanish, Italian and Dutch.
        ("Funciones", "responsibilities"),
        ("Requisitos", "basic_qualifications"),
        ("Se valorará", "preferred_qualifications"),
        ("Qué ofrecemos", "benefits"),
        ("Mansioni", "responsibilities"),
        ("Requisiti", "basic_qualifications"),
        ("Cosa offriamo", "benefits"),
        ("Wat ga je doen?", "responsibilities"),
        ("Functie-eisen", "basic_qualifications"),
        ("Wat bieden wij?", "benefits"),
        ("Over ons", "other"),
        ("Roles & Responsibilities", "responsibilities"),
        ("Eligibility", "basic_qualifications"),
        ("Essential Requirements", "basic_qualifications"),
        ("Desirable Requirements", "preferred_qualifications"),
        ("What you'll achieve", "responsibilities"),
    ],
)
def test_more_headings_and_lead_ins(line, kind):
    assert heading_kind(line) == kind


def test_a_lead_in_line_stays_in_its_section():
    text = (
        "Key job responsibilities\nYou'll have opportunities to:\n\n"
        "• Partner with global teams\n• Drive strategic initiatives"
    )

    _, sections = split_sections(text)

    assert sections.responsibilities == (
        "You'll have opportunities to:\n\n- Partner with global teams\n- Drive strategic initiatives"
    )


def test_markdown_headings_and_star_bullets_flattened_onto_one_line():
    text = (
        "Intro. ## What will your job look like? * Resolve incidents. * Write runbooks. "
        "## All you need is... * A degree. * Three years of support. Good to have: * Kafka. "
        "## Why you will love this job: * Growth!"
    )

    description, sections = split_sections(text)

    assert sections.responsibilities == "- Resolve incidents.\n- Write runbooks."
    assert sections.basic_qualifications == "- A degree.\n- Three years of support."
    assert sections.preferred_qualifications == "- Kafka."
    assert sections.benefits == "- Growth!"
    assert "\n\nWhat will your job look like?\n\n" in description


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Requirements: • Python • SQL", "- Python\n- SQL"),
        ("Anforderungen: • Python • SQL", "- Python\n- SQL"),
        ("Profil recherché : • Python • SQL", "- Python\n- SQL"),
    ],
)
def test_inline_round_bullets_become_lines(text, expected):
    assert split_sections(text)[1].basic_qualifications == expected


def test_a_capitalised_label_is_not_split_at_a_heading_word():
    description, sections = split_sections(
        "Education Required: Bachelor's degree in statistics\n"
        "Special Knowledge/Skills Required:· Current security clearance"
    )

    assert description.splitlines()[0] == "Education Required:"
    assert "Special Knowledge/Skills Required:\n\n- Current security clearance" in description
    assert sections.basic_qualifications == ""


@pytest.mark.parametrize(
    "closing",
    [
        "Closing date: 1 May 2026",
        "Apply by 15 March 2026",
        "Bewerbungsschluss: 30.06.2026",
        "Date limite de candidature : 12 mai 2026",
    ],
)
def test_a_closing_date_line_ends_the_last_section(closing):
    description, sections = split_sections(f"Benefits\n- Lunch\n- Gym\n\n{closing}")

    assert sections.benefits == "- Lunch\n- Gym"
    assert description.endswith(closing)


def test_amazon_key_job_responsibilities_are_found():
    path = REALDATA / "amazon/amazon_search_compensation_slice.json"
    if not path.exists():
        pytest.skip("real data in /work/shared is absent")
    jobs = json.loads(path.read_text(encoding="utf-8"))["jobs"]

    for job in jobs:
        _, sections = split_sections(html_to_text(job["description"]))
        assert (
            sections.responsibilities.count("\n- ") >= 3
            or sections.responsibilities.count("\n\n") >= 3
        )


def test_eightfold_json_ld_description_sections():
    path = REALDATA / "ats_raw_fixtures/eightfold_amdocs_job_page.html"
    if not path.exists():
        pytest.skip("real data in /work/shared is absent")

    (posting,) = parse_html(
        path.read_text(encoding="utf-8"), as_of=datetime(2026, 1, 1), name=path.name
    ).postings

    assert posting.sections.responsibilities.startswith("- Troubleshoot and resolve")
    assert posting.sections.basic_qualifications.startswith("- Bachelor’s degree")
    assert posting.sections.preferred_qualifications.startswith("- Knowledge of REACT")
    assert posting.sections.benefits.startswith("- Get a chance")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Tes missions", "responsibilities"),
        ("Votre mission", "responsibilities"),
        ("What You'll Bring", "basic_qualifications"),
        ("Essential criteria", "basic_qualifications"),
        ("Wat vragen we?", "basic_qualifications"),
        ("Desirable criteria", "preferred_qualifications"),
        ("Pay & Benefits", "benefits"),
        ("Benefits package", "benefits"),
        ("Warum wir?", "benefits"),
        ("Wat bieden we?", "benefits"),
        ("Equal Opportunity Employer", "other"),
    ],
)
def test_more_headings(line, kind):
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("What the job involves", "responsibilities"),
        ("Attività:", "responsibilities"),
        ("Atividades:", "responsibilities"),
        ("You might be a fit if:", "basic_qualifications"),
        ("Salary and benefits", "benefits"),
        ("Compensation & perks", "benefits"),
    ],
)
def test_more_section_headings(line, kind):
    assert heading_kind(line) == kind
