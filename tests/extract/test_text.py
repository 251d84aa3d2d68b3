from datetime import date, datetime
from decimal import Decimal

import pytest

from postings.extract.text import parse_text
from postings.extract.types import DocumentError, Location, Pay

AS_OF = datetime(2026, 11, 20)

ENGLISH_PAGE = """Skip to main content
Senior Backend Engineer
Acme Robotics
Austin, TX
Full-time
Hybrid
$150K–$180K a year
Posted 3 days ago
Apply now

About the job
We build warehouse robots and need an engineer to scale our fleet platform.

What you'll do
• Design APIs
• Run services in production

Requirements
• 5+ years of Python
• Bachelor's degree in Computer Science

Nice to have
• Rust

Benefits
• Health insurance

Applications close: December 15, 2026
Report this job
"""

GERMAN_PAGE = """Werkstudent Data Engineering (m/w/d)
Beispiel GmbH
München
Teilweise Homeoffice
vor 2 Tagen
Jetzt bewerben
Stellenbeschreibung
Wir suchen Verstärkung für unser Datenteam.

Deine Aufgaben:
- Datenpipelines bauen
- Dashboards pflegen

Dein Profil
- Eingeschriebenes Bachelorstudium der Informatik
- Erste Erfahrung mit Python

Wir bieten
- 20 € pro Stunde
- Flexible Arbeitszeiten

Bewerbungsschluss: 31.12.2026
Diesen Job melden
"""

FRENCH_PAGE = """Stage - Data Scientist (H/F)
Exemple SAS
Paris, France
Télétravail partiel
Publiée il y a 5 jours
Postuler
Description du poste
Nous recherchons un stagiaire pour une durée de 6 mois, début : mars 2027.

Vos missions
- Construire des modèles
- Présenter les résultats

Profil recherché
- Master 2 ou école d'ingénieur (Bac+5)

Avantages
- Tickets restaurant

Date limite de candidature : 15 janvier 2027
"""


def only_posting(text):
    result = parse_text(text, as_of=AS_OF)
    assert len(result.postings) == 1, result
    return result.postings[0]


def test_english_page_header_facts():
    posting = only_posting(ENGLISH_PAGE)

    assert posting.title == "Senior Backend Engineer"
    assert posting.company == "Acme Robotics"
    assert posting.locations == [Location("Austin", "TX", "US")]
    assert posting.employment_types == ["full_time"]
    assert posting.work_arrangement == "hybrid"
    assert posting.pay == Pay(Decimal(150000), Decimal(180000), "USD", "year")
    assert posting.posted_on == date(2026, 11, 17)
    assert posting.valid_through == date(2026, 12, 15)
    assert posting.degree_levels == ["bachelors"]
    assert posting.expired is False


def test_english_page_sections_and_chrome():
    posting = only_posting(ENGLISH_PAGE)

    assert posting.sections.responsibilities == "- Design APIs\n- Run services in production"
    assert posting.sections.basic_qualifications.startswith("- 5+ years of Python")
    assert posting.sections.preferred_qualifications == "- Rust"
    assert posting.sections.benefits.startswith("- Health insurance")
    assert posting.description.startswith("We build warehouse robots")
    for chrome in ("Skip to main content", "Apply now", "Report this job", "About the job"):
        assert chrome not in posting.description


def test_german_page():
    posting = only_posting(GERMAN_PAGE)

    assert posting.title == "Werkstudent Data Engineering (m/w/d)"
    assert posting.company == "Beispiel GmbH"
    assert posting.locations == [Location("München", "", "DE")]
    assert posting.employment_types == ["internship", "part_time"]
    assert posting.work_arrangement == "hybrid"
    assert posting.posted_on == date(2026, 11, 18)
    assert posting.valid_through == date(2026, 12, 31)
    assert posting.pay == Pay(Decimal(20), Decimal(20), "EUR", "hour")
    assert posting.degree_levels == ["bachelors"]
    assert posting.sections.responsibilities == "- Datenpipelines bauen\n- Dashboards pflegen"
    assert "- 20 € pro Stunde\n- Flexible Arbeitszeiten" in posting.sections.benefits
    assert "Jetzt bewerben" not in posting.description
    assert "Diesen Job melden" not in posting.description


def test_french_page():
    posting = only_posting(FRENCH_PAGE)

    assert posting.title == "Stage - Data Scientist (H/F)"
    assert posting.company == "Exemple SAS"
    assert posting.locations == [Location("Paris", "", "FR")]
    assert posting.employment_types == ["internship"]
    assert posting.work_arrangement == "hybrid"
    assert posting.posted_on == date(2026, 11, 15)
    assert posting.valid_through == date(2027, 1, 15)
    assert posting.degree_levels == ["masters"]
    assert posting.internship_weeks == 26
    assert posting.internship_start == "mars 2027"
    assert posting.sections.basic_qualifications.startswith("- Master 2")
    assert "Postuler" not in posting.description


@pytest.mark.parametrize(
    "notice",
    [
        "This role has expired",
        "No longer accepting applications",
        "Expired",
        "Diese Stelle ist nicht mehr verfügbar",
        "Cette offre n'est plus disponible",
    ],
)
def test_expired_notices(notice):
    page = ENGLISH_PAGE.replace("Apply now", notice)

    assert only_posting(page).expired is True


def test_embedded_cards_become_postings_of_their_own():
    page = ENGLISH_PAGE.replace(
        "Report this job",
        "Similar jobs\n\nData Engineer\n\nGlobex\nBerlin\nhybrid\n  • Build pipelines\n"
        "  • Python and SQL\nPosted 4d ago\n\nML Engineer\n\nInitech\nLondon, UK\n"
        "  • Train models\nPosted 2d ago\n",
    )

    result = parse_text(page, as_of=AS_OF)

    main, data, ml = result.postings
    assert "Build pipelines" not in main.description
    assert (data.title, data.company, data.locations) == (
        "Data Engineer",
        "Globex",
        [Location("Berlin", "", "DE")],
    )
    assert data.work_arrangement == "hybrid"
    assert data.posted_on == date(2026, 11, 16)
    assert data.description == "- Build pipelines\n- Python and SQL"
    assert (ml.title, ml.company, ml.locations) == (
        "ML Engineer",
        "Initech",
        [Location("London", "", "GB")],
    )


PARAGRAPH = (
    "Our team builds recommendation systems used by millions of customers every day, and we work "
    "closely with product and engineering partners across the company. {cue} You will design "
    "experiments, build models and ship them to production at Initech."
)


def test_location_led_blocks_take_their_title_from_the_text():
    cues = [
        "As an Applied Scientist in our team, you will lead research.",
        "We are seeking a passionate, hands-on Senior Data Scientist to join us.",
        "Initech is looking for a talented Machine Learning Engineer.",
        "You will mentor Software Engineers and analysts.",
    ]
    blocks = "\n".join(f"US, WA, Seattle\n{PARAGRAPH.format(cue=cue)}" for cue in cues)
    page = f"A news article headline\n\nSome article text.\n\nRelated content\n\n{blocks}"

    result = parse_text(page, as_of=AS_OF)

    assert [p.title for p in result.postings] == [
        "Applied Scientist",
        "Senior Data Scientist",
        "Machine Learning Engineer",
        "Software Engineer",
    ]
    assert {p.company for p in result.postings} == {"Initech"}
    assert {p.locations[0] for p in result.postings} == {Location("Seattle", "WA", "US")}


def test_identical_blocks_become_one_posting():
    block = "IN, KA, Bengaluru\n" + PARAGRAPH.format(cue="As an Applied Scientist you lead.")
    page = f"Headline\n\nRelated content\n\n{block}\n{block}"

    result = parse_text(page, as_of=AS_OF)

    assert len(result.postings) == 1
    assert result.postings[0].locations == [Location("Bengaluru", "KA", "IN")]


def test_an_article_without_postings_yields_a_note():
    article = (
        "Company to host 8,000 virtual interns this year\n\n"
        "More than eight percent of interns will have research roles.\n\n"
        + "The interns will work remotely this summer and publish papers. "
        * 10
    )

    result = parse_text(article, as_of=AS_OF, name="news.txt")

    assert result.postings == []
    assert result.skipped == []
    assert result.note.startswith("news.txt: no job posting found")


def test_an_article_with_a_byline_naming_pay_and_companies_yields_nothing():
    article = (
        "TechNews Daily\nHome  AI  Startups  Careers\n"
        "The 10 best-paid machine learning internships of 2026\n"
        "By Jane Doe · 12 November 2026 · 6 min read\n"
        "Internships in machine learning have never paid better. The median intern at a large "
        "tech company earned $52 per hour in 2026.\n"
        "Jane Street topped the list, followed by Citadel.\nRead more\n"
    )

    result = parse_text(article, as_of=AS_OF, name="news.txt")

    assert result.postings == []
    assert result.note.startswith("news.txt: no job posting found")


def test_a_menu_copied_as_one_row_is_neither_title_nor_company():
    page = (
        "InfoJobs\nBuscar ofertas  Empresas  Salarios\nPrácticas - Ingeniero/a de Datos\n"
        "Telefónica\nMadrid\nPublicada hace 3 días\nPrácticas\nInscribirme\n\n"
        "Funciones\n- Desarrollar pipelines de datos\n"
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert (posting.title, posting.company) == ("Prácticas - Ingeniero/a de Datos", "Telefónica")
    assert posting.locations == [Location("Madrid", "", "ES")]
    assert posting.employment_types == ["internship"]
    assert posting.posted_on == date(2026, 11, 17)


def test_a_row_of_facts_kept_apart_by_spaces_is_no_menu():
    page = "Data Intern\nAcme GmbH\nBerlin  Internship  Hybrid\n\nAufgaben\n- Daten\n"

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert posting.employment_types == ["internship"]
    assert posting.work_arrangement == "hybrid"


def test_a_card_without_company_is_skipped_with_a_reason():
    page = "Title\n\nSimilar jobs\n\nLonely Title\n  • a bullet\nPosted 2d ago\n"

    result = parse_text(page, as_of=AS_OF)

    assert result.postings == []
    assert [(s.title, s.reason) for s in result.skipped] == [("Lonely Title", "no company found")]
    assert "lacked a title or company" in result.note


def test_aggregator_title_suffix_is_a_place():
    page = (
        "Data Analyst jobs in Germany\nApply on Employer Site\n\nGlobex · 2 days ago\n\n"
        "Data Analyst\n\nResponsibilities\n\nAnalyse data\n\nRequired\n\nSQL\n"
    )

    posting = only_posting(page)

    assert posting.title == "Data Analyst"
    assert posting.company == "Globex"
    assert posting.locations == [Location(country="DE")]
    assert posting.posted_on == date(2026, 11, 18)


def test_company_statistics_are_not_pay_nor_description():
    page = ENGLISH_PAGE.replace("$150K–$180K a year\n", "") + (
        "\nFunding\n\nTotal Funding\n$8.11B\n2023-01-03Post Ipo Debt· $8B\n\n"
        "Leadership Team\n\nJane Doe\nCEO\n"
    )

    posting = only_posting(page)

    assert posting.pay is None
    assert "Total Funding" not in posting.description
    assert "Jane Doe" not in posting.description


def test_dollar_pay_follows_the_posting_country():
    page = ENGLISH_PAGE.replace("Austin, TX", "Melbourne, VIC")

    assert only_posting(page).pay.currency == "AUD"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01binary"])
def test_unreadable_documents_raise(text):
    with pytest.raises(DocumentError):
        parse_text(text, as_of=AS_OF)


@pytest.mark.parametrize(
    ("first_line", "title", "company", "arrangement", "types", "pay"),
    [
        (
            "Redbook Software | Staff Software Engineer | REMOTE (U.S.) | $200k-$250k",
            "Staff Software Engineer",
            "Redbook Software",
            "remote",
            [],
            Pay(Decimal(200000), Decimal(250000), "USD", "year"),
        ),
        (
            "Beispiel GmbH | https://beispiel.de | Backend-Entwickler | Berlin | Vollzeit | Hybrid",
            "Backend-Entwickler",
            "Beispiel GmbH",
            "hybrid",
            ["full_time"],
            None,
        ),
        (
            "Exemple | Data Analyst | Lyon | CDI | Télétravail",
            "Data Analyst",
            "Exemple",
            "remote",
            ["full_time"],
            None,
        ),
    ],
)
def test_forum_posts_open_with_pipe_separated_facts(
    first_line, title, company, arrangement, types, pay
):
    posting = only_posting(
        f"{first_line}\n\nWe build things and need help.\n\nRequirements\n- Python"
    )

    assert (posting.title, posting.company) == (title, company)
    assert posting.work_arrangement == arrangement
    assert posting.employment_types == types
    assert posting.pay == pay


@pytest.mark.parametrize(
    ("place_line", "countries"),
    [
        ("Remote (US, Canada, UK)", ["US", "CA", "GB"]),
        ("Homeoffice in Deutschland oder Österreich", ["DE", "AT"]),
        ("Télétravail depuis la France", ["FR"]),
    ],
)
def test_a_header_line_of_several_places(place_line, countries):
    page = (
        f"Data Engineer\nAcme\n{place_line}\nFull-time\n\n"
        "Responsibilities\n- Build pipelines for our analytics platform every day"
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert [location.country for location in posting.locations] == countries


def test_pay_without_currency_in_a_us_posting():
    page = (
        "Backend Engineer\nAcme\nSeattle, WA\nFull-time\n\n"
        "Responsibilities\n- Build services\n\nThe range for this role is 150-200k, plus equity."
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert posting.pay == Pay(Decimal(150000), Decimal(200000), "USD", "year")


@pytest.mark.parametrize("title", ["Research Intern", "Data Science Intern", "Engineer Intern"])
def test_short_titles_with_a_type_word_are_titles(title):
    page = f"Jobs\n{title}\nEvil Labs\nMelbourne, VIC\nInternship\nPosted 2026-11-20\n\nAbout the role\nWe study robustness.\n"
    result = parse_text(page, as_of=datetime(2026, 11, 22))
    assert [(p.title, p.company) for p in result.postings] == [(title, "Evil Labs")]


@pytest.mark.parametrize(
    ("title", "company", "expected"),
    [
        ("Machine Learning Intern at Spotify", "Spotify", "Machine Learning Intern"),
        ("Data Intern @ Acme", "Acme Inc.", "Data Intern"),
        ("Werkstudent Data bei Siemens", "Siemens AG", "Werkstudent Data"),
        ("Engineer at Scale", "Acme", "Engineer at Scale"),
    ],
)
def test_a_title_naming_its_company_drops_it(title, company, expected):
    page = f"{title}\n{company}\nBerlin\nApply now\n\nResponsibilities\n- Build things\n"

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert posting.title == expected


def test_one_line_company_facts_are_neither_description_nor_pay():
    page = (
        "Data Intern\nAcme\nBerlin\nApply now\n\nCompany funding: $8.11B total raised\n"
        "1,001-5,000 employees\nAbout the role\nYou will analyse data.\n"
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert posting.pay is None
    assert "funding" not in posting.description
    assert "employees" not in posting.description


def test_a_place_team_and_commitment_line_is_facts_not_the_title():
    page = (
        "Machine Learning Intern\nBerlin / Engineering – Internships / Hybrid\nApply now\n\n"
        "Acme is building robots for farms.\nWhat you'll do\n- Build things\n"
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert posting.title == "Machine Learning Intern"
    assert posting.locations == [Location("Berlin", "", "DE")]
    assert posting.work_arrangement == "hybrid"


@pytest.mark.parametrize("board", ["Lever", "Indeed", "jobs.ch", "Greenhouse"])
def test_the_board_named_on_the_first_line_is_not_the_company(board):
    page = f"{board}\nData Intern\nAcme Robotics GmbH\nBerlin\nApply now\n\nAufgaben\n- Daten\n"

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert (posting.title, posting.company) == ("Data Intern", "Acme Robotics GmbH")


def _main(page: str):
    result = parse_text(page, as_of=AS_OF)
    return result.postings[0]


def test_a_long_menu_above_the_title_does_not_hide_it():
    page = """Skip to content
Job search
Profile
Career advice
Company reviews
Employers site
What
data engineer
Where
All Sydney NSW
Senior Data Engineer
Harbourview Analytics
Sydney NSW (Hybrid)
Full time
Listed 3d ago

The role
We're looking for a Senior Data Engineer to join our platform squad and own our pipelines.
"""
    posting = _main(page)
    assert (posting.title, posting.company) == ("Senior Data Engineer", "Harbourview Analytics")
    # "All Sydney NSW" is what the search box held, not a second place.
    assert posting.locations == [Location("Sydney", "NSW", "AU")]


@pytest.mark.parametrize(
    "banner",
    [
        "Utilizziamo i cookie per offrirti un'esperienza migliore. Consulta l'Informativa sui cookie.",
        "Wir verwenden Cookies, um dir das beste Nutzungserlebnis zu bieten. Mehr Infos hier.",
        "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
        # Long ones, with the consent they ask for at the end.
        "Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzererlebnis zu"
        " bieten und unsere Website fortlaufend zu verbessern. Mit „Alle akzeptieren“ stimmen Sie"
        " der Verwendung zu. Ihre Einwilligung können Sie jederzeit unter „Datenschutz-"
        "einstellungen“ widerrufen.",
        "This site uses cookies. Some of these cookies are essential, while others help us to"
        " improve your experience by providing insights into how the site is being used. For more"
        " detailed information on the cookies we use, please check our Cookie Policy.",
    ],
)
def test_a_consent_banner_above_the_title_is_chrome(banner):
    page = f"""Vai al contenuto principale
Offerte di lavoro
Accedi
{banner}
Accetta tutti i cookie
Gestisci le preferenze
Tirocinio Data Analyst - Marketing Analytics
Pirelli
Milano, Lombardia
Pubblicato 3 giorni fa

Descrizione del lavoro
Pirelli cerca un tirocinante per il team di Marketing Analytics a Milano, per sei mesi.
"""
    posting = _main(page)
    assert (posting.title, posting.company) == (
        "Tirocinio Data Analyst - Marketing Analytics",
        "Pirelli",
    )
    assert "cookie" not in posting.description.lower()


def test_a_title_may_end_in_an_abbreviation():
    posting = _main("Analista de Datos Jr.\nGrupo Bimbo\nMonterrey, Nuevo León\nHace 5 días\n")
    assert posting.title == "Analista de Datos Jr."


def test_a_breadcrumb_with_long_steps_is_chrome():
    page = """Empleos > Empleos en Ciudad de México > Empleos de Informática / Telecomunicaciones
Analista de Datos
Grupo Bimbo
Monterrey, Nuevo León
"""
    assert _main(page).title == "Analista de Datos"


def test_a_company_label_names_the_employer_on_the_next_line():
    page = """Postdoctoral Researcher in Computational Neuroscience (m/f/d)
Posted on: 04/11/2026
Organisation/Company
Helix Institute for Brain Research
Department
Computational Neuroscience Group
Country
Netherlands
"""
    posting = _main(page)
    assert posting.company == "Helix Institute for Brain Research"
    assert posting.posted_on == date(2026, 11, 4)  # a European page writes the day first


def test_a_search_form_above_the_title_takes_no_header_line():
    page = """Search Jobs
Job title, skill, company, keyword
Location
Senior DevOps Engineer (AWS/Terraform) - Contract
Brightline Staffing Group
Austin, TX
Posted 4 days ago | Updated 2 days ago
USD 65.00 - 75.00 per hour
"""
    posting = _main(page)
    assert posting.company == "Brightline Staffing Group"
    assert posting.posted_on == date(2026, 11, 16)


@pytest.mark.parametrize(
    "heading",
    [
        "Offerte simili",
        "Ofertas similares",
        "Vergelijkbare vacatures",
        "Jobs you might be interested in",
        "Here are similar job postings in Toronto (ON)",
        "Similar Jobs (4)",
        "Other open positions",
        "Podobne oferty",
        "Vagas semelhantes",
        "Other projects from Kumo Robotics Inc.",
        "People who viewed this project also viewed",
        "Chi ha visualizzato questa offerta ha visualizzato anche",
    ],
)
def test_listings_under_headings_in_more_languages_are_postings_of_their_own(heading):
    page = f"""Tirocinio Data Analyst
Pirelli
Milano, Lombardia
Pubblicato 3 giorni fa

Descrizione del lavoro
Pirelli cerca un tirocinante per il team di Marketing Analytics a Milano, per sei mesi.

{heading}
Stage Business Analyst
Luxottica
Milano, Lombardia
Pubblicato 5 giorni fa
"""
    result = parse_text(page, as_of=AS_OF)

    assert [(p.title, p.company) for p in result.postings] == [
        ("Tirocinio Data Analyst", "Pirelli"),
        ("Stage Business Analyst", "Luxottica"),
    ]
    assert result.postings[0].posted_on == date(2026, 11, 17)


def test_footer_links_after_a_listing_are_no_postings():
    page = """Research Assistant in Machine Learning
University of Exeter
Exeter, Devon
Placed On: 6 November 2026

The role
You will join a team building machine learning models of the climate for ten years.

Similar jobs
Research Fellow in Data Science
University of Reading
Reading, Berkshire
Blog
Accessibility
Über uns
Report a problem or mistake on this page
"""
    result = parse_text(page, as_of=AS_OF)

    assert [p.title for p in result.postings] == [
        "Research Assistant in Machine Learning",
        "Research Fellow in Data Science",
    ]
    assert "Accessibility" not in result.postings[0].description


def test_cards_with_reviews_experience_and_only_an_arrangement():
    page = """Backend Developer - Java
Tekvista Solutions
Bengaluru
Posted: 2 days ago

Job description
We are hiring a backend developer to build payment services in Java and Spring Boot.

Jobs you might be interested in
Java Developer
Infoloom Technologies
3.5
88 Reviews
2-5 Yrs
Bengaluru
3 Days Ago
Embedded Software Intern
Quillon Systems
Remote
$35/hr
Report a problem or mistake on this page
Share this page
"""
    result = parse_text(page, as_of=AS_OF)

    assert [(p.title, p.company) for p in result.postings] == [
        ("Backend Developer - Java", "Tekvista Solutions"),
        ("Java Developer", "Infoloom Technologies"),
        ("Embedded Software Intern", "Quillon Systems"),
    ]
    assert result.postings[1].locations == [Location("Bengaluru", "", "IN")]
    assert result.postings[2].work_arrangement == "remote"


def test_labelled_header_fields_of_an_academic_board():
    page = """Research Assistant in Machine Learning
University of Exeter
Location:\tExeter
Salary:\t£36,024 to £44,263 per annum (Grade F)
Placed On:\t6th November 2026
Closes:\t7th December 2026

Job description
This full-time post is available from 1 February 2027 on a fixed-term basis for 24 months.
"""
    posting = _main(page)

    assert posting.locations == [Location("Exeter", "", "GB")]
    assert (posting.posted_on, posting.valid_through) == (date(2026, 11, 6), date(2026, 12, 7))


def test_a_city_label_further_down_refines_a_country_in_the_header():
    page = """Postdoctoral Researcher in Computational Neuroscience
Organisation/Company
Helix Institute for Brain Research
Country
Netherlands

Offer Description
The Helix Institute is looking for a postdoctoral researcher to model cortical circuits.

Work Location(s)
City
Nijmegen
"""
    assert _main(page).locations == [Location("Nijmegen", "", "NL")]


def test_a_district_in_brackets_and_a_closing_date_under_its_label():
    page = """Backend Developer - Java Spring Boot
Tekvista Solutions
Hybrid - Bengaluru( Whitefield )
Posted: 2 days ago
Advertised until
December 12, 2026
"""
    posting = _main(page)

    assert posting.locations == [Location("Bengaluru", "", "IN")]
    assert posting.valid_through == date(2026, 12, 12)


def test_a_sites_menu_far_above_the_title_names_no_employment_type():
    page = """HelloWork
Emploi
Alternance
Stage
Entreprises
Accueil > Emploi > Emploi Data Engineer Lyon
Data Engineer confirmé H/F
Groupe SEB
Lyon - 69
CDI
Publiée le 12/11/2026
Postuler à cette offre
"""
    posting = _main(page)

    assert posting.employment_types == ["full_time"]
    assert posting.posted_on == date(2026, 11, 12)


def test_a_site_footer_pasted_with_the_page_is_not_description():
    page = """Senior Accountant
Hargrove Building Supply
Columbus, OH
Full-time

About the role
Hargrove is hiring a senior accountant to own the monthly close and our audit preparation.

- Own the monthly close
- Prepare audit schedules

Careers
About us
Press
Privacy Policy
Terms of Use
© 2026 Monster Worldwide. All rights reserved.
"""
    posting = _main(page)

    assert posting.description.endswith("- Prepare audit schedules")


def test_a_search_heading_above_the_title_gives_its_place_not_its_title():
    page = """Home
Nursing jobs
Staff Nurse jobs in Leeds

Staff Nurse (Band 5 equivalent) - Orthopaedic Ward
Harewood Private Hospitals
Leeds, West Yorkshire
Posted 2 weeks ago
"""
    posting = _main(page)

    assert posting.title == "Staff Nurse (Band 5 equivalent) - Orthopaedic Ward"
    assert posting.company == "Harewood Private Hospitals"


@pytest.mark.parametrize("line", ["6 mois", "Référence : MV-ALT-2026-14", "Hi there,", "EN | FR"])
def test_lines_that_are_no_employer(line):
    page = f"""Alternance - Assistant(e) Marketing (H/F)
{line}
Maison Verdier
Lyon
Publiée le 12/11/2026
"""
    assert _main(page).company == "Maison Verdier"


def test_a_filled_position_in_french_is_expired():
    page = """Alternance - Assistant(e) Marketing (H/F)
Maison Verdier
Lyon
Le poste a été pourvu ou l'annonce a expiré. Découvrez nos autres offres.
"""
    assert _main(page).expired


def test_a_long_header_line_that_opens_with_the_pay_is_the_pay():
    page = """Staff Nurse (Band 5 equivalent)
Harewood Private Hospitals
Leeds, West Yorkshire
£29,970 - £36,483 per annum, plus enhancements for nights and weekends
Permanent, Full time
"""
    assert _main(page).pay == Pay(Decimal(29970), Decimal(36483), "GBP", "year")


def test_a_menu_copied_one_item_per_line_heads_nothing_and_names_no_employer():
    page = """Maison Verdier
Nos métiers
Nos engagements
Nos offres
Candidature spontanée
Mon compte
EN | FR

Alternance - Assistant(e) Contrôle de Gestion (H/F)
Référence : MV-ALT-2026-118
Lyon, Auvergne-Rhône-Alpes, France
Publiée le 2 octobre 2026

Qui sommes-nous ?
Maison Verdier est un groupe familial de distribution de vins et spiritueux, présent dans 12 pays.
"""
    result = parse_text(page, as_of=AS_OF)

    assert [(p.title, p.company) for p in result.postings] == [
        ("Alternance - Assistant(e) Contrôle de Gestion (H/F)", "Maison Verdier")
    ]


def test_the_employer_its_own_text_names_wins_over_a_team_line():
    page = """Flinkwerk GmbH
Alle Stellenangebote
Über Flinkwerk
Deutsch
English

Werkstudent (m/w/d) Data Analytics & Reporting
Werkstudent · Teilzeit
München
Revenue Operations
Jetzt bewerben

Über uns
Flinkwerk ist ein Münchner SaaS-Startup, das Handwerksbetrieben hilft, Aufträge digital zu planen.
"""
    posting = _main(page)

    assert (posting.title, posting.company) == (
        "Werkstudent (m/w/d) Data Analytics & Reporting",
        "Flinkwerk GmbH",
    )


def test_a_smaller_town_alone_is_a_place_on_a_page_in_its_language():
    page = """Stage - Assistant(e) Chef de Produit Textile Running (H/F)
Décathlon
Villeneuve-d'Ascq
Publiée le 14 nov. 2026

Description du poste
Au sein de la Direction Produit de Décathlon, tu rejoins l'équipe Textile et tu accompagnes le chef de produit.
"""
    posting = _main(page)

    assert posting.company == "Décathlon"
    assert posting.locations == [Location("Villeneuve-d'Ascq", "", "FR")]


def test_a_smaller_town_alone_on_an_english_page_stays_unplaced():
    page = """Research Assistant
Acme Labs
Villeneuve-d'Ascq
Posted 2 days ago

About the role
You will work with our team on the analysis of sensor data for the next two years.
"""
    assert _main(page).locations == []


def test_a_site_menu_with_a_section_word_above_the_title_ends_nothing():
    page = """Microsoft
Careers
Life at Microsoft
Benefits
Sign in

Software Engineer II
Redmond, Washington, United States
Date posted Nov 14, 2026

Overview
Microsoft's Azure Storage team builds the storage systems behind a large part of the cloud.
"""
    posting = _main(page)

    assert posting.title == "Software Engineer II"
    assert posting.locations == [Location("Redmond", "WA", "US")]


def test_a_search_box_value_is_no_title():
    page = """Was
Data Scientist
Wo
Zürich

Senior Data Scientist (80–100 %)
Helvetia Versicherungen
Zürich
Aktiv vor 2 Tagen
"""
    posting = _main(page)

    assert posting.title == "Senior Data Scientist (80–100 %)"
    assert posting.posted_on == date(2026, 11, 18)


def test_a_map_link_beside_the_place_and_a_job_number_name_no_employer():
    page = """Aide-soignant / Aide-soignante (H/F)
33 - BORDEAUX - Localiser avec Mappy
Job number
1789245
EHPAD Les Jardins de Caudéran
Publié le 14 novembre 2026
"""
    posting = _main(page)

    assert posting.locations == [Location("Bordeaux", "NAQ", "FR")]
    assert posting.company == "EHPAD Les Jardins de Caudéran"


def test_a_university_menu_above_the_title_names_no_employer():
    page = """Berkeley Lab
Lawrence Berkeley National Laboratory
Careers
Working at Berkeley Lab
Benefits
Postdoc Program
Postdoctoral Researcher - Battery Electrolyte Design
Date Posted: 11/02/2026
Location: Berkeley, CA
Salary: $7,420 - $8,650 per month
"""
    posting = _main(page)

    assert posting.title == "Postdoctoral Researcher - Battery Electrolyte Design"
    assert posting.company in {"Berkeley Lab", "Lawrence Berkeley National Laboratory"}
    assert posting.posted_on == date(2026, 11, 2)


def test_a_go_to_market_title_is_no_skip_link():
    posting = _main("Go To Market Manager\nAcme Robotics\nAustin, TX\nPosted 2 days ago\n")
    assert posting.title == "Go To Market Manager"


def test_company_page_tabs_and_headquarters_are_not_the_postings():
    page = """Lumenpath
Automated compliance for fintech teams
Overview
Jobs
Culture and benefits
Funding
People
Senior Full-Stack Engineer
$120k – $160k • 0.10% – 0.40%
Remote • US
Headquarters: Amsterdam, Netherlands
Posted 2 weeks ago

What you'll do
Build the product that Lumenpath's customers use to keep their books in order every day.
"""
    posting = _main(page)

    assert posting.title == "Senior Full-Stack Engineer"
    assert posting.pay == Pay(Decimal(120000), Decimal(160000), "USD", "year")
    assert posting.locations == [Location(country="US")]


def test_portuguese_skip_link_and_posted_label():
    page = (
        "Pular para o conteúdo\nEstágio em Dados - Analytics 2027\nBanco Aurora\n"
        "São Paulo - SP\nPublicada em: 14/11/2026\nSobre a vaga\nVocê vai analisar dados.\n"
    )
    posting = _main(page)
    assert posting.title == "Estágio em Dados - Analytics 2027"
    assert posting.posted_on == date(2026, 11, 14)


def test_company_first_result_cards_with_ages():
    page = """Data Scientist jobs in Austin, TX
Lakeshore Analytics
4.1 ★
Senior Data Scientist
Austin, TX
$150K - $180K (Employer est.)
3d
Northwind Robotics
3.7 ★
Robotics Software Engineer
Round Rock, TX
$120K - $140K (Employer est.)
24h
"""
    postings = parse_text(page, as_of=datetime(2026, 12, 1)).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        ("Senior Data Scientist", "Lakeshore Analytics", date(2026, 11, 28)),
        ("Robotics Software Engineer", "Northwind Robotics", date(2026, 11, 30)),
    ]


def test_a_dutch_fact_line_gives_place_and_age():
    page = (
        "Stagiair Machine Learning\nLumatronix B.V.\n"
        "Eindhoven, Noord-Brabant, Nederland · 1 week geleden · Meer dan 100 sollicitanten\n"
        "Over de functie\nJe werkt aan modellen.\n"
    )
    posting = _main(page)
    assert posting.locations == [Location("Eindhoven", "NB", "NL")]
    assert posting.posted_on == date(2026, 11, 13)


def test_listing_headings_with_a_count_and_related_searches():
    page = """Data Scientist Intern
Acme Analytics
Milano, Lombardia
Tirocinio

Descrizione del lavoro
Acme cerca un tirocinante per il team di data science a Milano.

Chi ha visualizzato questa offerta ha visualizzato anche

Stage Data Analyst
UniCredit
Milano, Lombardia
800 € al mese
Pubblicato 2 giorni fa

Junior Data Scientist
Generali
Trieste, Friuli-Venezia Giulia
Da 28.000 € a 32.000 € all'anno
Pubblicato 30+ giorni fa

Ricerche correlate
Offerte di lavoro Tirocinio a Milano, Lombardia
Stipendi di Data Analyst a Milano, Lombardia
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company) for p in postings] == [
        ("Data Scientist Intern", "Acme Analytics"),
        ("Stage Data Analyst", "UniCredit"),
        ("Junior Data Scientist", "Generali"),
    ]
    assert postings[2].locations == [Location("Trieste", "36", "IT")]
    assert postings[2].pay == Pay(Decimal(28000), Decimal(32000), "EUR", "year")


def test_workday_cards_label_each_value_on_its_own_line():
    page = """Quant Intern
UBS
Zurich, Switzerland
Internship

Job description
You will build risk models with our quantitative analytics team in Zurich.

Similar Jobs (2)

Graduate Talent Program 2027 - Software Engineering
locations
Zurich
time type
Full time
posted on
Posted 2 Days Ago

Working Student - Machine Learning Operations
locations
Basel
time type
Part time
posted on
Posted Today
"""
    postings = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.locations, p.employment_types, p.posted_on) for p in postings] == [
        ("Graduate Talent Program 2027 - Software Engineering", [Location("Zurich", "", "CH")],
         ["full_time"], date(2026, 11, 18)),
        ("Working Student - Machine Learning Operations", [Location("Basel", "", "CH")],
         ["internship", "part_time"], date(2026, 11, 20)),
    ]  # fmt: skip


def test_careers_page_cards_without_a_company_line():
    page = """Research Intern, Speech
Kotonoha Inc.
Tokyo, Japan

About the internship
Our three-month research internship pairs graduate students with our speech team.

Other open positions
Machine Learning Engineer (New Graduate, 2027)
Tokyo / Full-time
Research Scientist, Speech
Tokyo / Full-time / Hybrid
Software Engineer Intern, LLM Platform
Osaka / Internship
"""
    postings = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.locations[0].city, p.employment_types) for p in postings] == [
        ("Machine Learning Engineer (New Graduate, 2027)", "Tokyo", ["full_time"]),
        ("Research Scientist, Speech", "Tokyo", ["full_time"]),
        ("Software Engineer Intern, LLM Platform", "Osaka", ["internship"]),
    ]


def test_a_breadcrumb_ending_in_open_positions_heads_the_page_own_posting():
    page = """KOTONOHA
About Us
Products
Careers
Open Positions
Life at Kotonoha
Home
Careers
Open Positions
Research Intern, Large Language Models
Kotonoha Inc.
Location
Tokyo, Japan (Shibuya HQ)
Work Style
On-site (remote work available for the onboarding week only)
Compensation
¥250,000 per month
Apply Now
About Kotonoha
Kotonoha Inc. builds large language models for Japanese businesses.

About the Internship
Our three-month research internship pairs graduate students with a mentor.
"""
    (posting,) = parse_text(page, as_of=AS_OF).postings
    assert (posting.title, posting.company) == (
        "Research Intern, Large Language Models",
        "Kotonoha Inc.",
    )
    assert posting.locations == [Location("Tokyo", "", "JP")]
    assert posting.work_arrangement == "on_site"
    assert posting.pay == Pay(Decimal(250000), Decimal(250000), "JPY", "month")


def test_result_cards_posted_by_their_employer_with_badges_and_excerpts():
    page = """Graduate jobs in Manchester
1 - 3 of 3 jobs

Graduate Data Scientist
Posted 3 days ago by Hays Specialist Recruitment Limited
£24,000 - £26,000 per annum
Manchester
Permanent, full-time
Our client, a fast-growing insurance technology business based in Manchester city centre, is looking for a Graduate Data Scientist to join its pricing analytics team...
Save

Junior Machine Learning Engineer
Featured
Posted Yesterday by Auto Trader UK
£28,000 per annum
Manchester
Permanent, full-time
Join our Data Science & ML team and help build the valuation models used by millions of car buyers every month...
Save

Stage - Data Scientist H/F
Nouveau
BNP Paribas
Paris (75)
1 200 € par mois
Publié il y a 3 jours
Plus...
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        ("Graduate Data Scientist", "Hays Specialist Recruitment Limited", date(2026, 11, 17)),
        ("Junior Machine Learning Engineer", "Auto Trader UK", date(2026, 11, 19)),
        ("Stage - Data Scientist H/F", "BNP Paribas", date(2026, 11, 17)),
    ]
    assert postings[0].locations == [Location("Manchester", "", "GB")]


def test_linkedin_screen_reader_repeats_and_promoted_lines_are_chrome():
    page = """Graduate Machine Learning Engineer
London, England, United Kingdom · 2 weeks ago · Over 200 applicants
Promoted by hirer · Responses managed off LinkedIn
Ledgerline
£35,000/yr - £40,000/yr

About the job
Ledgerline builds fraud models for small businesses across Europe and hires graduates.

Similar jobs
Machine Learning Engineer
Machine Learning Engineer with verification
Wise
London, England, United Kingdom (Hybrid)
3 days ago
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company) for p in postings] == [
        ("Graduate Machine Learning Engineer", "Ledgerline"),
        ("Machine Learning Engineer", "Wise"),
    ]
    assert postings[1].locations == [Location("London", "", "GB")]
    assert postings[1].work_arrangement == "hybrid"


def test_a_logo_alt_text_names_the_company():
    posting = _main("Kestrel Robotics logo\nRobotics Software Intern\nPittsburgh, PA\nInternship\n")
    assert (posting.title, posting.company) == ("Robotics Software Intern", "Kestrel Robotics")


def test_a_salary_line_in_the_text_wins_over_prose_quoting_part_of_it():
    posting = _main("""PhD Position in Safe Reinforcement Learning
Delft University of Technology
Delft, Netherlands

Job description
Salary and benefits follow the Collective Labour Agreement, increasing from €2,770 per month in the first year to €3,539 in the fourth year.

Salary: €2,770 - €3,539 per month
""")
    assert posting.pay == Pay(Decimal(2770), Decimal(3539), "EUR", "month")


def test_blank_lines_keep_cards_apart_whatever_order_their_facts_come_in():
    page = """Prácticas Ingeniería de Datos
NTT DATA
Madrid, Madrid
Publicada hace 2 días

Descripción
Buscamos estudiantes de último curso para nuestro equipo de datos en Madrid.

Ofertas similares

Becario/a Data Analytics
Deloitte
Madrid, Madrid
Presencial
Publicada hace 1 día
Salario: 700€ - 900€ bruto/mes
Tipo de contrato: Otros contratos, Jornada completa

Junior Data Engineer
Accenture
Barcelona, Barcelona
Solo teletrabajo
Publicada hace 7 días
Salario: 24.000€ - 28.000€ bruto/año

¿Quieres recibir ofertas como esta?
Crear alerta
"""
    postings = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.company, p.posted_on, p.pay) for p in postings] == [
        ("Becario/a Data Analytics", "Deloitte", date(2026, 11, 19),
         Pay(Decimal(700), Decimal(900), "EUR", "month")),
        ("Junior Data Engineer", "Accenture", date(2026, 11, 13),
         Pay(Decimal(24000), Decimal(28000), "EUR", "year")),
    ]  # fmt: skip


def test_card_blocks_with_ratings_experience_and_pay_before_the_place():
    page = """Data Science Intern
Acme Analytics
Bengaluru, Karnataka
Internship

Job description
Work with our data science team on demand forecasting for six months.

Similar jobs

Machine Learning Intern
PhonePe
4.0
2105 Reviews
0-1 Yrs
Not disclosed
Hybrid - Bengaluru
5 Days Ago

Associate Data Scientist
Fractal Analytics
4.0
1422 Reviews
0-2 Yrs
8-12 Lacs P.A.
Mumbai (All Areas), Hyderabad, Pune
Just now

Graduate Software Developer
Queensland Government – Department of Transport and Main Roads
Brisbane QLD (Hybrid)
$78,465 – $84,124 per year
12d ago
"""
    postings = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.company, [loc.city for loc in p.locations]) for p in postings] == [
        ("Machine Learning Intern", "PhonePe", ["Bengaluru"]),
        ("Associate Data Scientist", "Fractal Analytics", ["Mumbai", "Hyderabad", "Pune"]),
        ("Graduate Software Developer",
         "Queensland Government – Department of Transport and Main Roads", ["Brisbane"]),
    ]  # fmt: skip
    assert postings[1].pay == Pay(Decimal(800000), Decimal(1200000), "INR", "year")
    assert postings[2].pay == Pay(Decimal(78465), Decimal(84124), "AUD", "year")


def test_alert_email_cards_name_company_and_place_on_one_line():
    page = """Indeed <alert@indeed.com>
3 new jobs for "machine learning intern"
These jobs match your saved search.

Machine Learning Intern - Summer 2027
Brightwave Analytics - Boston, MA
$35 - $45 an hour
Design and evaluate ML models for clinical text. Pursuing a BS or MS in Computer Science.
Just posted

Machine Learning Engineering Intern (Computer Vision)
Corvid Autonomy - Austin, TX
$8,000 a month
1 day ago

ML Research Intern, Recommendations
Tessellate Labs - Remote
Remote internship open to undergraduate juniors and seniors in the US. Work on ranking models.
2 days ago

Machine Learning Co-op Student (Winter 2027)
Northern Grid Technologies - Toronto, ON
$30 - $34 an hour
Hybrid work
3 days ago
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations, p.posted_on) for p in postings] == [
        ("Machine Learning Intern - Summer 2027", "Brightwave Analytics",
         [Location("Boston", "MA", "US")], date(2026, 11, 20)),
        ("Machine Learning Engineering Intern (Computer Vision)", "Corvid Autonomy",
         [Location("Austin", "TX", "US")], date(2026, 11, 19)),
        ("ML Research Intern, Recommendations", "Tessellate Labs", [], date(2026, 11, 18)),
        ("Machine Learning Co-op Student (Winter 2027)", "Northern Grid Technologies",
         [Location("Toronto", "ON", "CA")], date(2026, 11, 17)),
    ]  # fmt: skip
    assert (postings[2].work_arrangement, postings[2].degree_levels) == ("remote", ["bachelors"])
    assert postings[3].pay == Pay(Decimal(30), Decimal(34), "CAD", "hour")


def test_the_industry_beside_an_employer_count_is_no_company():
    posting = _main("""Garmin
Computer Hardware
Software Engineering Intern - Summer 2027
Olathe, KS
Internship

About the job
Garmin is seeking a Software Engineering Intern for its Olathe headquarters.

About the employer
Garmin
Computer Hardware · 10,000+ employees
""")
    assert posting.company == "Garmin"


def test_a_government_banner_and_status_lines_are_chrome_and_dates_range_to_the_close():
    posting = _main("""Skip to main content
An official website of the United States government
Here's how you know
Official websites use .gov
A .gov website belongs to an official government organization in the United States.
Secure .gov websites use HTTPS
A lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.
Back to results
Student Trainee (Computer Science)
Department of Energy
Accepting applications
Open & closing dates
11/15/2026 to 12/05/2026
Salary
$39,576 - $51,448 per year
Location
Washington, DC

Duties
Support the office's developers while completing a degree in computer science.
""")
    assert (posting.title, posting.company) == (
        "Student Trainee (Computer Science)",
        "Department of Energy",
    )
    assert (posting.posted_on, posting.valid_through) == (date(2026, 11, 15), date(2026, 12, 5))


def test_dutch_headings_open_the_text_and_buttons_are_no_company():
    posting = _main("""Vitalis Zorgdata logo
Vitalis Zorgdata
Stagiair Data Science
Utrecht, Nederland
Stage
Geplaatst 4 dagen geleden

Ik heb interesse
Solliciteer nu
Verwijs een vriend door

Bedrijfsomschrijving
Vitalis Zorgdata helpt ziekenhuizen om betere beslissingen te nemen met data.

Functieomschrijving
Als stagiair Data Science werk je vijf maanden mee in ons data science-team.
""")
    assert (posting.title, posting.company) == ("Stagiair Data Science", "Vitalis Zorgdata")
    assert posting.posted_on == date(2026, 11, 16)


def test_a_dollar_card_without_a_place_takes_the_currency_of_the_page_country():
    page = """Becario de Ciencia de Datos
Grupo Financiero Altavista
Ciudad de México, CDMX
$8,000 (Mensual)
Hace 3 días

Descripción de la oferta
Buscamos un becario para el equipo de analítica de datos en la Ciudad de México.

Empleos similares

Trainee de Ingeniería de Datos
Tecnologías Sierra Madre
$12,000 (Mensual)
Hace 2 semanas
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [p.pay.currency for p in postings] == ["MXN", "MXN"]


def test_a_country_line_beside_a_city_in_it_is_one_place_unless_the_work_is_remote():
    on_site = _main("PhD Position in Computer Vision\nKU Leuven\nBelgium\nLeuven, Belgium\n")
    assert on_site.locations == [Location("Leuven", "", "BE")]
    remote = _main("Data Engineer\nObie\nChicago, IL\nRemote (US)\n")
    assert remote.locations == [Location("Chicago", "IL", "US"), Location("", "", "US")]


def test_polish_legal_forms_and_linkedin_header_buttons():
    posting = _main("""Northwind Robotics logo
Northwind Robotics
Share
Show more options
Machine Learning Intern, Perception (Summer 2027)
Boston, MA · 3 weeks ago · Over 200 applicants
Promoted by hirer · No longer responding to applications
""")
    assert posting.company == "Northwind Robotics"
    polish = _main(
        "Junior Data Engineer\nWisła Data Systems Sp. z o.o.\nKraków, Poland\nFull-time\n"
    )
    assert polish.company == "Wisła Data Systems Sp. z o.o."


def test_a_careers_table_copied_with_tabs_lists_one_role_per_row():
    page = (
        "Fernhill Energy\nCareers at Fernhill Energy\n"
        "Fernhill Energy makes battery storage controllers for utilities.\n\n"
        "Open roles\n\n"
        "Title\tTeam\tLocation\tType\n"
        "Software Engineering Intern (Summer 2027)\tEngineering\tAustin, TX\tInternship\n"
        "Data Analyst, New Grad\tAnalytics\tDenver, CO\tFull-time\n"
        "Field Service Technician\tOperations\tPueblo, CO\tContract\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.locations[0].city, p.employment_types) for p in postings] == [
        ("Software Engineering Intern (Summer 2027)", "Austin", ["internship"]),
        ("Data Analyst, New Grad", "Denver", ["full_time"]),
        ("Field Service Technician", "Pueblo", ["contract"]),
    ]
    assert {p.company for p in postings} == {"Fernhill Energy"}


def test_a_short_title_beside_its_type_is_still_a_title():
    page = """Data Science Internship
Veltrix Analytics
Bengaluru, Karnataka
Internship

About the internship
Build dashboards and forecasting models for our retail customers.

Similar internships

Business Analytics Internship
Finorbit Advisory LLP
Mumbai
₹ 12,000 /month
Posted 1 week ago

Summer Internship
Paid Internship
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [p.title for p in postings] == [
        "Data Science Internship",
        "Business Analytics Internship",
    ]


def test_a_polish_posting_with_its_sections_and_similar_offers():
    page = """Ta strona korzysta z plików cookie
Akceptuję wszystkie
Ustawienia

Wszystkie oferty
Data
Kraków
Junior Data Engineer

Junior Data Engineer
Wisła Data Systems Sp. z o.o.
Kraków
8 000 - 11 000 PLN/mies. brutto (UoP)
Dodano 2 dni temu
Wygasa za 28 dni
Hybrydowo

Opis stanowiska
Wisła Data Systems buduje platformy danych dla firm z branży e-commerce.

Twoje zadania
- Budowa potoków danych w Pythonie

Wymagania
- Studia inżynierskie lub magisterskie z informatyki

Podobne oferty
Praktykant / Stażysta w zespole Big Data
4 500 - 5 500 PLN
Brutto (UoP)
Comarch
Kraków
Stacjonarnie

Junior BI Developer
7 500 - 9 500 PLN
Brutto (UoP)
Aon
Kraków
Hybrydowo
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.work_arrangement) for p in postings] == [
        ("Junior Data Engineer", "Wisła Data Systems Sp. z o.o.", "hybrid"),
        ("Praktykant / Stażysta w zespole Big Data", "Comarch", "on_site"),
        ("Junior BI Developer", "Aon", "hybrid"),
    ]
    main = postings[0]
    assert (main.posted_on, main.valid_through) == (date(2026, 11, 18), date(2026, 12, 18))
    assert main.pay == Pay(Decimal(8000), Decimal(11000), "PLN", "month")
    assert main.degree_levels == ["masters", "bachelors"]
    assert main.sections.responsibilities


def test_the_text_ends_where_a_site_prints_its_alert_and_employer_box():
    posting = _main("""Machine Learning Intern, Perception
Northwind Robotics
Boston, MA

About the job
Northwind Robotics builds autonomous forklifts for warehouses.
You will train detection models on our fleet's data for twelve weeks.
Pursuing a BS, MS or PhD in Computer Science.

Set alert for similar jobs
Machine Learning Intern, Boston, MA

About the company
Northwind Robotics
4,812 followers
Industrial Machinery Manufacturing
Northwind Robotics makes warehouse automation simple, safe, and scalable.
""")
    assert posting.description.endswith("Pursuing a BS, MS or PhD in Computer Science.")


def test_links_to_other_searches_are_no_postings():
    page = """Software Engineer Intern
Cascadia Freight Technologies
Seattle, WA 98109
$40 - $50 an hour
Internship

Full job description
Join our platform team for twelve weeks and ship tools our dispatchers use every day.

People also searched:
software intern
summer intern
python intern

Salary Search: Software Engineer Intern salaries in Seattle, WA
See popular questions & answers about Cascadia Freight Technologies

Related Searches
Entry Level Data Analyst Jobs
Remote Data Analyst Jobs
Business Analyst Jobs in Denver, CO
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [p.title for p in postings] == ["Software Engineer Intern"]


def test_a_facts_line_may_say_when_applications_close_and_where_the_role_is_based():
    posting = _main("""Garmin
Software Engineering Intern - Summer 2027
Posted 6 days ago · Applications close December 15, 2026 at 11:59 PM
$30/hr
Onsite, based in Olathe, KS
Internship

About the job
Interns work on real products alongside full-time engineers.
You will design, develop and test software for Garmin products.
Present your project to your team at the end of the summer.

Apply for this job
First Name *
Voluntary Self-Identification
""")
    assert posting.posted_on == date(2026, 11, 14)
    assert posting.valid_through == date(2026, 12, 15)
    assert posting.locations == [Location("Olathe", "KS", "US")]
    assert "First Name" not in posting.description


def test_cards_whose_contract_comes_before_the_place():
    page = """Stage - Ingénieur Machine Learning
Lumière Santé
Paris
Stage (6 mois)

Descriptif du poste
Lumière Santé cherche un stagiaire pour son équipe de vision par ordinateur à Paris.

Ces offres pourraient aussi vous intéresser
Stage - Data Scientist NLP
Doctolib
Stage (6 mois)
Paris
Télétravail occasionnel
Stage - Computer Vision Engineer
Owkin
Stage
Paris
Télétravail fréquent
Alternance - Data Engineer
Alan
Alternance (24 mois)
Paris
Télétravail total
"""
    postings = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.company, p.locations[0].city) for p in postings] == [
        ("Stage - Data Scientist NLP", "Doctolib", "Paris"),
        ("Stage - Computer Vision Engineer", "Owkin", "Paris"),
        ("Alternance - Data Engineer", "Alan", "Paris"),
    ]


def test_a_line_printed_twice_in_a_row_is_the_title_over_a_tagline():
    posting = _main("""EURAXESS
Researchers in Motion
Jobs & Funding
PhD Position in Safe Reinforcement Learning for Autonomous Vessels
PhD Position in Safe Reinforcement Learning for Autonomous Vessels
Delft University of Technology (TU Delft)
Delft, Netherlands
""")
    assert posting.title == "PhD Position in Safe Reinforcement Learning for Autonomous Vessels"


def test_icon_names_and_a_filter_of_types_are_no_title():
    posting = _main("""Google Careers
Filters
Experience
Intern & Apprentice
Student Researcher, PhD, 2027
corporate_fare
Google
place
Mountain View, CA, USA; New York, NY, USA
bar_chart
Intern & Apprentice
share

Minimum qualifications:
Currently enrolled in a PhD degree in Computer Science or a related technical field.
""")
    assert (posting.title, posting.company) == ("Student Researcher, PhD, 2027", "Google")
    assert posting.employment_types == ["internship"]


def test_a_vacancy_page_whose_breadcrumb_ends_in_current_vacancies_and_a_facts_table():
    posting = _main("""Accept all cookies
Find out more
University of Oxford
Home
Current vacancies
Research Assistant in Machine Learning

Research Assistant in Machine Learning
Department of Engineering Science, Oxford
Grade 6: £34,982 - £40,855 per annum

Vacancy ID 178123
Closing date 12:00 noon on Monday 14 December 2026
Contract type Fixed-term
Location Oxford

About the role
We are seeking a Research Assistant in Machine Learning to join the Applied AI Lab.
""")
    assert (posting.title, posting.company) == (
        "Research Assistant in Machine Learning",
        "University of Oxford",
    )
    assert posting.locations == [Location("Oxford", "", "GB")]
    assert posting.pay == Pay(Decimal(34982), Decimal(40855), "GBP", "year")
    assert posting.valid_through == date(2026, 12, 14)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("PhD Position in Computer Vision", "Send transcripts of your bachelor's and master's studies.",
         ["phd"]),
        ("Research Scientist Intern, Computer Vision (PhD)", "Currently pursuing a PhD.", ["phd"]),
        ("Research Intern (PhD or MSc)", "Enrolled in a PhD or Master's program.",
         ["phd", "masters"]),
        ("Research Assistant in Machine Learning", "A PhD is not required; a Master's is.",
         ["masters"]),
    ],
)  # fmt: skip
def test_a_doctoral_position_is_for_the_doctorate_alone(title, text, expected):
    posting = _main(f"{title}\nKU Leuven\nLeuven, Belgium\nFull-time\n\nDescription\n{text}\n")
    assert posting.degree_levels == expected


def test_a_results_page_with_the_selected_result_shown_whole_beside_the_list():
    page = """Was
Werkstudent Machine Learning
Jobalarm erstellen
83 Jobs

Werkstudent Machine Learning (m/w/d)
Kairo Mobility GmbH
Berlin
20 € pro Stunde
Teilzeit
Vor 3 Tagen

Praktikum Machine Learning Engineering (m/w/d)
Spreeware GmbH
Berlin
1.800 € pro Monat
Praktikum
Heute

Working Student AI Engineering (f/m/d)
Mosaik Health GmbH
Homeoffice in Berlin
Teilzeit
Vor 6 Tagen

Werkstudent Machine Learning (m/w/d)
Kairo Mobility GmbH
Berlin
Vollständige Stellenbeschreibung
Kairo Mobility betreibt eines der größten Sharing-Angebote in Berlin und sucht eine:n Werkstudent:in.

Deine Aufgaben:
- Entwicklung von Prognosemodellen für Nachfrage und Auslastung

Dein Profil:
- Eingeschriebene:r Student:in (Bachelor oder Master) in Informatik
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        ("Werkstudent Machine Learning (m/w/d)", "Kairo Mobility GmbH", date(2026, 11, 17)),
        ("Praktikum Machine Learning Engineering (m/w/d)", "Spreeware GmbH", date(2026, 11, 20)),
        ("Working Student AI Engineering (f/m/d)", "Mosaik Health GmbH", date(2026, 11, 14)),
    ]
    assert "Prognosemodellen" in postings[0].sections.responsibilities
    assert postings[2].locations == [Location("Berlin", "", "DE")]
    assert postings[2].employment_types == ["internship", "part_time"]


def test_a_company_line_above_the_title_past_buttons_and_after_a_site_menu():
    posting = _main("""LinkedIn
Home
My Network
Jobs
Messaging
Notifications
For Business
Try Premium for £0
Ledgerline
Share
Show more options
Graduate Machine Learning Engineer
London, England, United Kingdom · 2 weeks ago · Over 200 applicants

Apply
Use AI to assess how you fit
Meet the hiring team
About the job
Ledgerline is building the payments infrastructure for small businesses.
""")
    assert (posting.title, posting.company) == ("Graduate Machine Learning Engineer", "Ledgerline")


def test_a_careers_menu_and_the_job_board_block_of_an_amazon_page():
    posting = _main("""amazon.jobs
Your job application
Teams
Job categories
Working at Amazon
Amazon Newsroom
Select your cookie preferences
We use cookies and similar tools that are necessary to enable you to make purchases, as detailed in our Cookie notice.
Search for jobs by title or keyword
Job search results

Applied Scientist Intern - Natural Language Processing, Berlin
Job ID: 2851234 | Amazon Development Center Germany GmbH
Apply now

DESCRIPTION
Are you a Master's or PhD student passionate about natural language processing?

Key job responsibilities
- Develop and evaluate models for multilingual language understanding

Job details
DEU, BE, Berlin
Posted: November 14, 2026
""")
    assert posting.title == "Applied Scientist Intern - Natural Language Processing, Berlin"
    assert posting.company in {"Amazon", "Amazon Development Center Germany GmbH"}


def test_a_hacker_news_comment_page_reads_the_comment_not_its_byline():
    page = """Hacker News new | past | comments | ask | show | jobs | submit	login
acmeai_jobs 3 days ago | parent | context | prev | next [–] | on: Ask HN: Who is hiring? (November 2026)

Acme AI | ML Engineer Intern | SF or Remote (US) | $50-60/hr | https://acme.ai/careers/ml-engineer-intern

We build evaluation infrastructure for teams shipping LLM agents to production.

We can't sponsor visas for this role, but CPT/OPT is fine. Applications close December 15.

reply
"""
    (posting,) = parse_text(page, as_of=AS_OF).postings
    assert (posting.title, posting.company) == ("ML Engineer Intern", "Acme AI")
    assert posting.locations == [Location("San Francisco", "", "US"), Location("", "", "US")]
    assert posting.visa_sponsorship is False
    assert posting.valid_through == date(2026, 12, 15)


def test_a_recruiter_email_pasted_from_a_mail_client():
    page = """Outlook
New mail
Delete
Flag / Unflag
Pin
Focused
Other
Research Intern, Computer Vision (Summer 2027) at Helix Robotics – quick chat?
From: Priya Raman <priya.raman@helixrobotics.com>
Sent: Tuesday, November 17, 2026 9:42 AM
To: Jordan Lee <jordan.lee@mail.utoronto.ca>
Subject: Research Intern, Computer Vision (Summer 2027) at Helix Robotics – quick chat?

Hi Jordan,

Helix Robotics builds autonomous mobile manipulators for hospital logistics.

Role: Research Intern, Computer Vision (Summer 2027)
Pay: $45–$55/hour depending on degree program

What you'd work on:
- Open-vocabulary detection of hospital objects on embedded GPUs

What we're looking for:
- Currently pursuing a PhD or MS in computer science
"""
    (posting,) = parse_text(page, as_of=AS_OF).postings
    assert (posting.title, posting.company) == (
        "Research Intern, Computer Vision (Summer 2027)",
        "Helix Robotics",
    )
    assert posting.pay == Pay(Decimal(45), Decimal(55), "USD", "hour")


def test_a_notion_page_with_tab_separated_properties_and_a_roles_table():
    page = (
        "Kestrel AI\nDuplicate\n🧠 Machine Learning Intern (Summer 2027)\n"
        "Location\tBerlin\nType\tInternship\nCompensation\t€2,000/month\n\n"
        "About the role\nKestrel AI trains models for industrial inspection in Berlin.\n\n"
        "Other open roles\n\n"
        "Role\tTeam\tLocation\tStatus\n"
        "Research Engineer, LLM Evaluation\tResearch\tBerlin, Germany\tOpen\n"
        "Working Student, Data Engineering\tPlatform\tBerlin, Germany\tOpen\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company) for p in postings] == [
        ("Machine Learning Intern (Summer 2027)", "Kestrel AI"),
        ("Research Engineer, LLM Evaluation", "Kestrel AI"),
        ("Working Student, Data Engineering", "Kestrel AI"),
    ]
    assert postings[0].locations == [Location("Berlin", "", "DE")]
    assert postings[0].pay == Pay(Decimal(2000), Decimal(2000), "EUR", "month")


def test_a_startup_page_lists_its_jobs_with_equity_and_experience():
    page = """Parallax Labs
Parallax Labs (W24)
AI copilots for chip verification engineers

About Parallax Labs
Parallax Labs builds AI agents that verify chips for semiconductor companies.

Jobs at Parallax Labs
4 open roles

Founding Machine Learning Engineer
San Francisco, CA, US
$120K - $160K
0.10% - 0.50%
Full-time
3+ years
Apply

Machine Learning Intern (Summer 2027)
San Francisco, CA, US
$9K - $11K / month
Intern
Any (new grads ok)
Apply
"""
    postings = parse_text(page, as_of=AS_OF).postings
    listed = [(p.title, p.company, p.employment_types) for p in postings[-2:]]
    assert listed == [
        ("Founding Machine Learning Engineer", "Parallax Labs", ["full_time"]),
        ("Machine Learning Intern (Summer 2027)", "Parallax Labs", ["internship"]),
    ]
    assert postings[-1].pay == Pay(Decimal(9000), Decimal(11000), "USD", "month")


def test_a_promo_banner_above_the_title_ends_no_header():
    posting = _main("""wellfound
Discover
Jobs
Applied
Messages
Profile
For Recruiters
Nimbus Health is hiring! Get 3x more responses by completing your profile.
Complete profile
Nimbus Health
Machine Learning Engineer Intern
$5k – $7k / mo
Remote • US
Internship
""")
    assert (posting.title, posting.company) == ("Machine Learning Engineer Intern", "Nimbus Health")


def test_posted_by_the_employer_names_no_company():
    posting = _main("""Data analyst - co-op
Rideau Civic Analytics Inc.
Ottawa (ON)
$24.00 hourly
Posted on November 10, 2026 by employer
""")
    assert (posting.company, posting.posted_on) == (
        "Rideau Civic Analytics Inc.",
        date(2026, 11, 10),
    )


def test_company_first_cards_whose_company_has_a_legal_form():
    page = """Data Science Intern
LionCity Logistics
Singapore
Internship

Job description
Build forecasting models for our warehouses across Singapore.

Similar jobs

BLUEHARBOUR FINTECH PTE. LTD.
Data Analyst Intern
Central
Internship/Attachment
$1,000 to $1,400
Monthly
Posted 3 days ago

NANYANG VISION LABS PTE. LTD.
AI Engineer Intern
West
Internship/Attachment, Full Time
Posted 7 days ago
"""
    postings = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.company, p.locations) for p in postings] == [
        ("Data Analyst Intern", "BLUEHARBOUR FINTECH PTE. LTD.", []),
        ("AI Engineer Intern", "NANYANG VISION LABS PTE. LTD.", []),
    ]


def test_singapore_government_banner_and_graduate_board_facts_are_no_titles():
    posting = _main("""A Singapore Government Agency Website
How to identify
Official website links end with .gov.sg
Government agencies communicate via .gov.sg websites (e.g. go.gov.sg/open). Trusted websites
Data Science Intern
LIONCITY LOGISTICS PTE. LTD.
Graduate Jobs
Australian Citizen, Australian Permanent Resident, International Student
Closing in 3 months
$1,200 to $1,500
Monthly
""")
    assert (posting.title, posting.company) == (
        "Data Science Intern",
        "LIONCITY LOGISTICS PTE. LTD.",
    )


def test_links_and_safety_notes_after_a_posting_are_no_part_of_its_text():
    posting = _main("""Data Science Intern
Savanna Pay Ltd
Nairobi
Internship

Job summary
Build fraud models for mobile payments across East Africa.
Work with our data team on features and monitoring.
Present your results to the leadership team.

Apply For Job
Report Job
Important safety tips
Never pay to apply for a job.
View company profile
""")
    assert posting.description.endswith("Present your results to the leadership team.")


def test_company_first_result_cards_between_blank_lines():
    page = """Graduate Jobs in Data Science & Analytics, Australia
5 opportunities

Filters
Job type
Graduate Jobs
Clear all

Southern Cross Energy
Graduate Program 2027 - Data & Digital
Join Queensland's largest renewable generator for a 2-year rotational program.
Graduate Jobs
Brisbane
$78,000 + super
Australian Citizen, Australian Permanent Resident, New Zealand Citizen
Applications close 28 Feb 2027
Closing in 3 months

Lachlan & Finch Consulting
Technology Graduate Program 2027
Open to bachelor's and master's graduates in data science and engineering.
Graduate Jobs
Sydney, Melbourne
$72,000 - $76,000 + super
Australian Citizen, International Student
Applications close 20 Mar 2027
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.valid_through) for p in postings] == [
        ("Graduate Program 2027 - Data & Digital", "Southern Cross Energy", date(2027, 2, 28)),
        ("Technology Graduate Program 2027", "Lachlan & Finch Consulting", date(2027, 3, 20)),
    ]
    assert postings[0].pay == Pay(Decimal(78000), Decimal(78000), "AUD", "year")


def test_a_newsletter_numbers_its_roles_with_their_companies():
    page = """Foundry Talent <picks@mail.foundrytalent.co>
Hi Jordan,

Here are this week's picks: five roles at seed to Series B startups that match your profile.

This week's picks

1. Founding ML Engineer — Parsec Labs
San Francisco, CA · On-site · Full-time · $160k – $200k
Parsec is building retrieval infrastructure for legal research.
See the role →

2. Product Design Intern, Summer 2027 — Kitefin
New York, NY · Hybrid · Internship · $40/hr
Kitefin makes budgeting software for freelancers.
See the role →
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.work_arrangement) for p in postings] == [
        ("Founding ML Engineer", "Parsec Labs", "on_site"),
        ("Product Design Intern, Summer 2027", "Kitefin", "hybrid"),
    ]
    assert postings[1].pay == Pay(Decimal(40), Decimal(40), "USD", "hour")


def test_a_lever_header_line_with_a_research_and_development_team():
    posting = _main(
        "Computational Biology Intern\nHelixa Therapeutics\n"
        "Boston, MA / R&D – Computational Biology / Intern / On-site\n"
    )
    assert posting.locations == [Location("Boston", "MA", "US")]
    assert posting.work_arrangement == "on_site"


def test_an_institution_line_that_ends_in_its_town():
    posting = _main(
        "PhD Position (f/m/d) in Computational Neuroscience\n"
        "Max-Planck-Institut für biologische Kybernetik, Tübingen\n"
        "Job offer from November 5, 2026\n"
    )
    assert posting.company == "Max-Planck-Institut für biologische Kybernetik"
    assert posting.locations == [Location("Tübingen", "", "DE")]


def test_questions_and_news_items_under_a_heading_are_no_cards():
    page = """Postdoctoral Fellow in Robust Machine Learning
Robust Learning Lab
Toronto, Ontario
Full-time

About the position
We are hiring a postdoctoral fellow for two years to work on distribution shift.

Other openings
Can I do a remote internship or visit?
Do you accept visiting PhD students?
Sep 2026 — Welcome to our new PhD students, Ana and Tomás!
"""
    postings = parse_text(page, as_of=AS_OF).postings
    assert [p.title for p in postings] == ["Postdoctoral Fellow in Robust Machine Learning"]


@pytest.mark.parametrize(
    "line", ["Date of publication: 5 October 2026", "Publicerad: 2026-10-05", "Dodano: 05.10.2026"]
)
def test_more_posted_date_labels(line):
    posting = _main(f"Research Engineer\nAcme Labs\nBerlin, Germany\n{line}\n")
    assert posting.posted_on == date(2026, 10, 5)


def test_a_city_named_with_and_without_its_region_is_one_place():
    posting = _main(
        "Data Scientist Intern\nMediapolis Analytics\nWarszawa\nWarszawa, mazowieckie\nStaż\n"
    )
    assert posting.locations == [Location("Warszawa", "14", "PL")]


def test_dutch_role_words_title_cards():
    page = """Data Science Stagiair
Noordzee Data B.V.
Amsterdam
Stage

Functieomschrijving
Je bouwt mee aan voorspelmodellen voor de energievraag van onze klanten.

Vergelijkbare vacatures

Junior Data Analist
Zuidas Verzekeringen
Utrecht
€ 3.200 - € 4.100 per maand
Geplaatst 1 dag geleden
Meer...

Afstudeerstage Machine Learning
Brainport Vision Systems
Eindhoven
€ 450 per maand
Geplaatst 30+ dagen geleden
Meer...
"""
    postings = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.company) for p in postings] == [
        ("Junior Data Analist", "Zuidas Verzekeringen"),
        ("Afstudeerstage Machine Learning", "Brainport Vision Systems"),
    ]


@pytest.mark.parametrize(
    ("label", "city"),
    [("Local", "Campinas"), ("Lokalizacja", "Kraków"), ("Sede di lavoro", "Milano")],
)
def test_location_labels_in_more_languages(label, city):
    posting = _main(
        f"Data Analyst Intern\nAcme Labs\nInternship\n\nDescription\nWork with us.\n{label}: {city}\n"
    )
    assert [place.city for place in posting.locations] == [city]


def test_a_card_titled_by_a_type_and_an_age_is_counted_against_the_page_date():
    # Counting role-titled cards reads such a title's age, which must count from the page's
    # moment (it once counted from the year 1 and overflowed).
    page = """Data Analyst Intern
Acme Analytics
Berlin, Germany
2 days ago
Internship · 3 days ago
Borealis AI
Toronto, ON
5 days ago
"""
    titles = [p.title for p in parse_text(page, as_of=AS_OF).postings]
    assert "Data Analyst Intern" in titles


ATS_PAGE = """Lakeshore Power Corporation
Careers Section
Job Search
Apply Online
Add to My Job Cart
Send to a Friend
Co-op Student, Data Analytics (Winter 2027 - 4 months)
Description

Lakeshore Power generates clean electricity across Ontario, and our student program places co-op students in engineering and IT teams.

Key Accountabilities
- Build Power BI dashboards for asset health
- Automate recurring reports in Python

Qualifications
- Enrolled in a Bachelor's degree program in Engineering or Computer Science

Job: Student / Co-op
Primary Location: Canada-Ontario-Toronto
Job Posting: Nov 12, 2026, 9:00:00 AM
Unposting Date: Dec 4, 2026, 11:59:00 PM
Apply Online
Powered by Taleo
"""


def test_an_ats_page_with_its_fields_after_the_text():
    (posting,) = parse_text(ATS_PAGE, as_of=AS_OF).postings

    # The buttons above the title are chrome: the company is the masthead's name.
    assert posting.company == "Lakeshore Power Corporation"
    assert posting.title == "Co-op Student, Data Analytics (Winter 2027 - 4 months)"
    assert posting.locations == [Location("Toronto", "ON", "CA")]
    assert posting.posted_on == date(2026, 11, 12)
    assert posting.valid_through == date(2026, 12, 4)
    # The term in the title: "(Winter 2027 - 4 months)".
    assert posting.internship_weeks == 17
    assert posting.internship_start == "Winter 2027"


def test_a_listing_heading_names_the_employer_of_its_cards():
    page = ENGLISH_PAGE.replace(
        "Report this job",
        "- Projects with Raspberry Pi are a plus\n\nOther jobs at Halvik Technologies\n\n"
        "Embedded Software Intern (6 months)\nPune, Maharashtra, IN\nInternship\n\n"
        "Hardware Validation Engineer\nBengaluru, Karnataka, IN\nFull-time\n",
    )

    postings = parse_text(page, as_of=AS_OF).postings

    embedded, hardware = postings[-2:]
    assert (embedded.title, embedded.company, embedded.locations) == (
        "Embedded Software Intern (6 months)",
        "Halvik Technologies",
        [Location("Pune", "MH", "IN")],
    )
    assert embedded.internship_weeks == 26
    assert (hardware.company, hardware.locations) == (
        "Halvik Technologies",
        [Location("Bengaluru", "KA", "IN")],
    )


def test_about_us_in_a_menu_names_no_company():
    page = (
        "Tessellate Analytics\nHome\nPositions\nAbout Us\nData Engineering Intern\n"
        "Pune, Maharashtra, IN\nIntern\nApply to position\nDescription\n\n"
        "Tessellate Analytics helps retailers make sense of their sales data, and our interns "
        "build the pipelines behind it.\n\nResponsibilities\n- Build ETL pipelines in Python\n"
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert posting.company == "Tessellate Analytics"
    assert posting.locations == [Location("Pune", "MH", "IN")]


def test_thesis_and_french_stage_titles_are_internships():
    page = (
        "Ähnliche Jobs\n\nAbschlussarbeit (Master) Batteriemanagementsysteme (m/w/d)\n"
        "Voltwerk GmbH\nMünchen\nvor 2 Tagen\n\nMasterand*in Thermomanagement\nKryo Systems GmbH\n"
        "Stuttgart\nvor 3 Tagen\n"
    )
    titles = {p.title: p.employment_types for p in parse_text(page, as_of=AS_OF).postings}
    assert titles == {
        "Abschlussarbeit (Master) Batteriemanagementsysteme (m/w/d)": ["internship"],
        "Masterand*in Thermomanagement": ["internship"],
    }
    french = (
        "Offres similaires\nStage Data Science (H/F/D)\nLéman Assurances SA\nLausanne\n"
        "il y a 2 semaines\nIngénieur·e junior en automatisation\nRhôneval SA\nGenève\n"
        "il y a 6 jours\n\nNous recherchons des profils curieux pour nos équipes de la Suisse "
        "romande, avec une formation dans le domaine et une envie de progresser.\n"
    )
    stage, engineer = parse_text(french, as_of=AS_OF).postings
    assert stage.employment_types == ["internship"]
    assert engineer.employment_types == []


def test_a_cards_unknown_town_does_not_cut_it_before_its_pay_and_date():
    page = (
        "Ofertas similares\nPrácticas Data Engineer\nGrupo Meridia Seguros\nVilanova del Camí\n"
        "800€ - 900€ Bruto/mes\nHace 6d\nJunior QA Engineer\nNubaria Technologies\nBarcelona\n"
        "18.000€ - 22.000€ Bruto/año\nHace 2d\n"
    )
    first, second = parse_text(page, as_of=AS_OF).postings
    assert (first.title, first.company, first.locations) == (
        "Prácticas Data Engineer",
        "Grupo Meridia Seguros",
        [],
    )
    assert first.pay == Pay(Decimal(800), Decimal(900), "EUR", "month")
    assert first.posted_on == date(2026, 11, 14)
    assert (second.title, second.posted_on) == ("Junior QA Engineer", date(2026, 11, 18))


def test_the_first_result_card_keeps_its_title_when_its_town_is_unknown():
    page = (
        "\nAfstudeerstage Mechatronica – Motion Control\nVeldhoven Precision Systems B.V.\n"
        "Veldhoven\nStage\n€ 600 per maand\nGeplaatst 3 dagen geleden\n\n"
        "Meewerkstage Elektrotechniek (hbo)\nKempen Energietechniek\nEindhoven\nStage\n"
        "€ 450 per maand\nGeplaatst 1 dag geleden\n\nJunior Software Engineer\n"
        "Brainport Vision B.V.\nEindhoven\nVast contract\n€ 3400 per maand\nGeplaatst 5 dagen geleden\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company) for p in postings] == [
        ("Afstudeerstage Mechatronica – Motion Control", "Veldhoven Precision Systems B.V."),
        ("Meewerkstage Elektrotechniek (hbo)", "Kempen Energietechniek"),
        ("Junior Software Engineer", "Brainport Vision B.V."),
    ]


def test_company_first_cards_in_a_run_without_blank_lines():
    page = (
        "Research intern jobs in Boston, MA\nQuantara Bio\n4.3\n"
        "Computational Biology Research Intern - Summer 2027\nCambridge, MA\n"
        "$35.00 - $45.00 Per Hour (Employer est.)\nEasy Apply\n3d\nHarborline Robotics\n3.9\n"
        "Robotics Research Intern (Perception)\nWaltham, MA\n$40.00 Per Hour (Employer est.)\n1d\n"
        "Charles River Materials Lab\n4.5\nMaterials Research Co-op (January - June 2027)\n"
        "Woburn, MA\n5d\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations[0].city) for p in postings] == [
        ("Computational Biology Research Intern - Summer 2027", "Quantara Bio", "Cambridge"),
        ("Robotics Research Intern (Perception)", "Harborline Robotics", "Waltham"),
        ("Materials Research Co-op (January - June 2027)", "Charles River Materials Lab", "Woburn"),
    ]
    assert postings[0].pay == Pay(Decimal(35), Decimal(45), "USD", "hour")


JOBS_AC_UK_RESULTS = """Refine your search
Job Type
Internships & Placements (9)
PhDs (3)
Hours
Full Time (19)
23 jobs found
Sort by
Relevance
Page 1 of 4
Summer Undergraduate Research Internship in Computational Chemistry
University of Wessex - School of Chemistry
Location: Southampton
Salary: £12.60 per hour
Date Placed: 18 Nov
Closes: 12 Jan
Save
Fully-Funded PhD Studentship: Graph Neural Networks
Kingsbridge University - Department of Electrical Engineering
Location: Glasgow
Funding for: UK Students, International Students
Date Placed: 13 Nov
Closes: 31 Jan
Save
Research Assistant (Part-Time) - Digital Humanities Lab
Ravensworth College London - Faculty of Arts & Humanities
Location: London, Hybrid
Salary: £34,866 to £38,144 per annum, pro rata
Date Placed: 12 Nov
Closes: 1 Dec
Save
"""


def test_result_cards_with_labelled_lines_and_filter_options_above_them():
    postings = parse_text(JOBS_AC_UK_RESULTS, as_of=AS_OF).postings

    assert [(p.title, p.company, p.locations) for p in postings] == [
        (
            "Summer Undergraduate Research Internship in Computational Chemistry",
            "University of Wessex",  # the employer, not its school
            [Location("Southampton", "", "GB")],
        ),
        (
            "Fully-Funded PhD Studentship: Graph Neural Networks",
            "Kingsbridge University",
            [Location("Glasgow", "", "GB")],
        ),
        (
            "Research Assistant (Part-Time) - Digital Humanities Lab",
            "Ravensworth College London",
            [Location("London", "", "GB")],
        ),
    ]
    first = postings[0]
    assert first.pay == Pay(Decimal("12.60"), Decimal("12.60"), "GBP", "hour")
    assert (first.posted_on, first.valid_through) == (date(2026, 11, 18), date(2027, 1, 12))


def test_a_bullet_alone_on_a_line_in_a_card():
    page = "Similar jobs\n\nData Engineer\nGlobex\nBerlin\n•\nBuild pipelines\nPosted 4d ago\n"
    (posting,) = parse_text(page, as_of=AS_OF).postings
    assert (posting.title, posting.company) == ("Data Engineer", "Globex")


def test_a_closing_date_under_its_own_label_is_not_the_posting_date():
    posting = _main(
        "Summer Research Fellowship in Structural Biology\nRheinfeld Institute\nBasel, Switzerland\n"
        "Closing date\n15 Dec 2026\nDate posted\n14 Oct 2026\n\nAbout the role\n"
        "Spend eight weeks in our lab working on cryo-EM structures of membrane proteins.\n"
    )
    assert (posting.posted_on, posting.valid_through) == (date(2026, 10, 14), date(2026, 12, 15))


@pytest.mark.parametrize(
    "heading", ["Recommended jobs for you", "More student opportunities at Sandhill Laboratory"]
)
def test_more_headings_of_listed_roles(heading):
    page = ENGLISH_PAGE.replace(
        "Report this job",
        f"{heading}\nGraduate Intern – Machine Learning\nSandhill Laboratory\nLivermore, CA\n"
        "Posted 11/18/2026\nUndergraduate Intern – Cybersecurity\nSandhill Laboratory\n"
        "Albuquerque, NM\nPosted 11/03/2026\n",
    )
    listed = parse_text(page, as_of=AS_OF).postings[1:]
    assert [(p.title, p.company, p.posted_on) for p in listed] == [
        ("Graduate Intern – Machine Learning", "Sandhill Laboratory", date(2026, 11, 18)),
        ("Undergraduate Intern – Cybersecurity", "Sandhill Laboratory", date(2026, 11, 3)),
    ]


def test_a_news_article_with_its_byline_under_the_headline_is_no_posting():
    page = (
        "The Campus Ledger\nNews\nCareers\nResearch internships\n"
        "National labs and tech firms raise intern pay as competition for PhD students heats up\n"
        "Stipends at federal laboratories now top $35 an hour, while AI companies offer graduate "
        "interns far more.\nBy Priya Raman\nNovember 17, 2026\n7 min read\nShare\n"
        "Laila Ortiz spent last summer in a lab in New Mexico and was paid $31 an hour.\n\n"
        "Typical summer pay by sector, 2026:\n- AI research labs: $48–$62 per hour\n"
        "- National laboratories: $23–$36 per hour\n"
    )
    result = parse_text(page, as_of=AS_OF)
    assert result.postings == []
    assert "article" in result.note


def test_a_numbered_roles_number_and_a_batch_tag_are_dropped():
    page = (
        "Roles this week\n\n1. Software Engineering Intern (Summer 2027)\nRunwell (YC W25)\n"
        "San Francisco, CA\nPosted 2 days ago\n\n2. Data Science Intern\nLedgerline\nAustin, TX\n"
        "Posted 3 days ago\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company) for p in postings] == [
        ("Software Engineering Intern (Summer 2027)", "Runwell"),
        ("Data Science Intern", "Ledgerline"),
    ]


GREENHOUSE_BOARD = """Fernhill
Careers
Careers at Fernhill
Fernhill is the operating system for small-business lending, used by community banks.
Benefits
Fully paid health, dental and vision for you and your dependents
16 weeks paid parental leave
$1,500 home office stipend
Open roles
12 open roles
Filter by department
All departments (12)
Engineering (5)
Filter by location
All locations
Engineering (5)
Senior Backend Engineer, Payments
New York, NY
Staff Software Engineer, Data Platform
Remote - US
Go-to-Market (2)
Account Executive, Community Banks
Chicago, IL
Compliance Analyst
London, United Kingdom
Powered by Greenhouse
"""


def test_a_careers_boards_rows_under_its_filters_and_department_counts():
    postings = parse_text(GREENHOUSE_BOARD, as_of=AS_OF).postings

    assert [(p.title, p.company, p.locations) for p in postings] == [
        ("Senior Backend Engineer, Payments", "Fernhill", [Location("New York", "NY", "US")]),
        ("Staff Software Engineer, Data Platform", "Fernhill", [Location(country="US")]),
        ("Account Executive, Community Banks", "Fernhill", [Location("Chicago", "IL", "US")]),
        ("Compliance Analyst", "Fernhill", [Location("London", "", "GB")]),
    ]
    assert postings[1].work_arrangement == "remote"


def test_a_year_in_brackets_ends_a_title_not_a_filter_option():
    page = (
        "Research Intern (2027)\nSakura Mobility Inc.\nTokyo, Japan\n\nAbout the job\n"
        "You will build perception models for our autonomous shuttles with our research team.\n"
    )
    (posting,) = parse_text(page, as_of=AS_OF).postings
    assert (posting.title, posting.company) == ("Research Intern (2027)", "Sakura Mobility Inc.")


def test_seek_cards_name_their_company_after_at():
    page = (
        "218 graduate engineer jobs in All Melbourne VIC\nSort by\n"
        "Graduate Software Engineer – 2027 Program\nat Lyrebird Payments\n"
        "Docklands, Melbourne VIC (Hybrid)\n$82,000 – $88,000 per year + super\n"
        "This is a Full time job\n3d ago\nData Engineering Intern\nat Wattle Grid Energy\n"
        "Richmond, Melbourne VIC\n$38 per hour\nThis is a Contract/Temp job\n5d ago\n"
        "Junior Embedded Software Engineer\nat Southern Cross Avionics\nNotting Hill VIC\n"
        "This is a Full time job\n1d ago\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations) for p in postings] == [
        (
            "Graduate Software Engineer – 2027 Program",
            "Lyrebird Payments",
            [Location("Melbourne", "VIC", "AU")],
        ),
        ("Data Engineering Intern", "Wattle Grid Energy", [Location("Melbourne", "VIC", "AU")]),
        (
            "Junior Embedded Software Engineer",
            "Southern Cross Avionics",
            [Location("Notting Hill", "VIC", "AU")],
        ),
    ]
    assert postings[0].pay == Pay(Decimal(82000), Decimal(88000), "AUD", "year")


@pytest.mark.parametrize(
    ("heading", "company"),
    [
        ("Further job offers of the Max Planck Society", "Max Planck Society"),
        ("Andere stages bij Rijnmond Spoortechniek", "Rijnmond Spoortechniek"),
        ("Other programs", None),
    ],
)
def test_headings_of_other_offers_and_the_employer_they_name(heading, company):
    page = ENGLISH_PAGE.replace(
        "Report this job",
        f"{heading}\nResearch Intern – Robot Learning\nTübingen, Germany\nPosted 2 days ago\n"
        "Student Assistant – Vision\nStuttgart, Germany\nPosted 5 days ago\n",
    )
    main, *listed = parse_text(page, as_of=AS_OF).postings
    assert [p.title for p in listed] == [
        "Research Intern – Robot Learning",
        "Student Assistant – Vision",
    ]
    if company:
        assert {p.company for p in listed} == {company}
    assert "Robot Learning" not in main.description


def test_a_company_label_in_german_and_linkedins_apply_count():
    posting = _main(
        "Suchen nach Standort\nWerkstudent Data Engineering (m/w/d)\nUnternehmen: Brennwald SE\n"
        "Amsterdam, Netherlands · 5 days ago · Over 100 people clicked apply\n\n"
        "Ihre Aufgaben\n- Datenpipelines in Python entwickeln und betreuen\n"
    )
    assert posting.company == "Brennwald SE"
    assert posting.locations == [Location("Amsterdam", "", "NL")]
    assert posting.posted_on == date(2026, 11, 15)


SIMPLIFY_PAGE = """Simplify
Jobs
Resume
Sign In
Meridian Bio
Meridian Bio
Single-cell sequencing tools for drug discovery
Biotechnology · Genomics · Series B
Computational Biology Intern
Confirmed live in the last 24 hours
Boston, MA, USA
$40 - $50/hr
Internship
Summer 2027
Apply
Autofill with Simplify
Requirements
- Currently enrolled in a Master's or PhD program in Computational Biology
Benefits
Health insurance
Paid housing stipend for interns
Catered lunches
Similar Jobs
Larkspur Therapeutics
Machine Learning Intern, Protein Design
Cambridge, MA, USA
$52 - $60/hr
Internship
"""


def test_a_logo_and_name_above_a_tagline_and_similar_jobs_after_short_benefit_lines():
    main, similar = parse_text(SIMPLIFY_PAGE, as_of=AS_OF).postings
    # The name printed twice is the company, not the tagline, the facts or "Summer 2027".
    assert (main.title, main.company) == ("Computational Biology Intern", "Meridian Bio")
    assert "Larkspur" not in main.description
    assert (similar.title, similar.company, similar.locations) == (
        "Machine Learning Intern, Protein Design",
        "Larkspur Therapeutics",
        [Location("Cambridge", "MA", "US")],
    )


def test_dates_a_page_states_for_all_its_roles():
    page = (
        "Brightpath Talent <newsletter@brightpath.example>\nto me\n"
        "Tue, Nov 17, 8:02 AM (3 days ago)\n\nTHE INTERN DROP\n\n"
        "Software Engineering Intern (Summer 2027)\nLumora Health\nBoston, MA\n\n"
        "Data Analyst Co-op\nTessellate Freight\nChicago, IL\n\n"
        "Applications for all open roles close on 31 January 2027.\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.posted_on, p.valid_through) for p in postings] == [
        ("Software Engineering Intern (Summer 2027)", date(2026, 11, 17), date(2027, 1, 31)),
        ("Data Analyst Co-op", date(2026, 11, 17), date(2027, 1, 31)),
    ]


def test_a_tables_employer_duration_and_closing_date_columns():
    page = (
        "Internships this term\n"
        "Role\tEmployer\tLocation\tDuration\tPay\tClosing date\n"
        "Summer Data Analyst Intern\tKestrel Insurance Group\tLeeds\t10 weeks\t£24,500 pro rata"
        "\t12/12/2026\n"
        "Research Intern – Battery Materials\tVoltaic Cells UK\tOxford\t12 weeks\t£450 per week"
        "\t15/01/2027\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [
        (p.title, p.company, p.locations[0].city, p.internship_weeks, p.valid_through)
        for p in postings
    ] == [
        ("Summer Data Analyst Intern", "Kestrel Insurance Group", "Leeds", 10, date(2026, 12, 12)),
        (
            "Research Intern – Battery Materials",
            "Voltaic Cells UK",
            "Oxford",
            12,
            date(2027, 1, 15),
        ),
    ]


def test_the_selected_result_gains_the_facts_only_its_pane_states():
    page = """Jobs
Data Science Intern - Summer 2027
Bluefin Analytics
Internship · Boston, MA

Quantitative Research Intern
Marlowe Capital
Internship · New York, NY

Machine Learning Intern
Tidewater Health
Internship · Chicago, IL

Data Science Intern - Summer 2027
Bluefin Analytics
Full-Time · Onsite
Apply by December 15, 2026 at 11:59 PM
About the role
Build forecasting models for hospital supply chains with our data science team.
Qualifications
Pursuing a degree in statistics or computer science.
We are unable to sponsor visas for this role.
"""
    postings = parse_text(page, as_of=AS_OF).postings
    selected = postings[0]
    assert (selected.title, selected.company) == (
        "Data Science Intern - Summer 2027",
        "Bluefin Analytics",
    )
    assert selected.locations == [Location("Boston", "MA", "US")]
    assert selected.employment_types == ["internship", "full_time"]
    assert selected.work_arrangement == "on_site"
    assert selected.valid_through == date(2026, 12, 15)
    assert selected.visa_sponsorship is False
    assert [p.visa_sponsorship for p in postings[1:]] == [None, None]


def test_a_card_saying_when_it_closed_is_expired_and_was_not_posted_then():
    postings = parse_text(
        """Similar opportunities

Graduate Civil Engineer 2027
Harbourline Consulting
Sydney NSW, Melbourne VIC
Graduate Job or Program
Closed 2 weeks ago

Graduate Data Analyst 2027
Harbourline Consulting
Brisbane QLD
Graduate Job or Program
Posted 3 days ago
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.expired, p.posted_on) for p in postings] == [
        ("Graduate Civil Engineer 2027", True, None),
        ("Graduate Data Analyst 2027", False, date(2026, 11, 17)),
    ]
    assert postings[0].locations == [
        Location("Sydney", "NSW", "AU"),
        Location("Melbourne", "VIC", "AU"),
    ]


def test_a_feed_of_cards_whose_titles_are_repeated_for_screen_readers():
    postings = parse_text(
        """Jobs you may be interested in
Based on your profile, preferences, and activity like applies, searches, and saves
3 results
Senior Data Scientist, Experimentation
Senior Data Scientist, Experimentation
Duolingo
Pittsburgh, PA (On-site)
$165K/yr - $210K/yr
1 week ago
Data Engineer (Contract, 6 months)
Data Engineer (Contract, 6 months) with verification
Insight Global
Austin, TX (Remote)
21 hours ago
Research Scientist Intern, PhD - Summer 2027
Research Scientist Intern, PhD - Summer 2027
Meta
Menlo Park, CA (On-site)
4 days ago
See more jobs
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.locations) for p in postings] == [
        (
            "Senior Data Scientist, Experimentation",
            "Duolingo",
            [Location("Pittsburgh", "PA", "US")],
        ),
        ("Data Engineer (Contract, 6 months)", "Insight Global", [Location("Austin", "TX", "US")]),
        (
            "Research Scientist Intern, PhD - Summer 2027",
            "Meta",
            [Location("Menlo Park", "CA", "US")],
        ),
    ]


def test_startup_cards_with_the_employers_stage_and_equity_beside_the_pay():
    postings = parse_text(
        """Similar Jobs
Staff Software Engineer, Payments
Mosaic Pay
Series B • 51-200 Employees
$185k – $225k • 0.05% – 0.12%
Remote (US only)
Full Time
Posted 1 week ago
Founding Engineer
Tessellate AI
Pre-seed • 1-10 Employees
$130k – $160k • 1.0% – 2.5%
San Francisco • In office
Full Time
Posted today
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.work_arrangement, p.posted_on) for p in postings] == [
        ("Staff Software Engineer, Payments", "Mosaic Pay", "remote", date(2026, 11, 13)),
        ("Founding Engineer", "Tessellate AI", "on_site", date(2026, 11, 20)),
    ]
    assert postings[0].pay == Pay(Decimal(185000), Decimal(225000), "USD", "year")
    assert postings[1].employment_types == ["full_time"]


def test_cards_opening_with_the_employer_its_tagline_and_its_facts():
    postings = parse_text(
        """Jobs for you
128 matches

Fernhill
Making home insurance fair for renters
Series B · 51-200 employees · Insurtech
Senior Product Designer
London · Hybrid
£70,000 - £85,000
Posted 2 days ago
Save

Petalcraft
Flowers, delivered without the waste
Seed · 11-50 employees · E-commerce
Product Design Lead
Manchester · On-site
£65k – £72k
Posted 3 weeks ago
Save

Load more
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.locations, p.work_arrangement) for p in postings] == [
        ("Senior Product Designer", "Fernhill", [Location("London", "", "GB")], "hybrid"),
        ("Product Design Lead", "Petalcraft", [Location("Manchester", "", "GB")], "on_site"),
    ]


def test_a_range_split_over_lines_and_a_place_said_in_the_text_set_the_currency():
    result = parse_text(
        """Jobs
Data Engineer
GRAB COMPANY PTE. LTD.
Central
Full Time, Permanent
$6,500
to$9,000
Monthly
Posted 12 Nov 2026
Roles & Responsibilities
Build batch and streaming pipelines using Spark, Flink and Kafka.
Requirements
At least 3 years of experience in data engineering.
Work location: One-North, Singapore. Hybrid work arrangement (3 days in office).
Similar Jobs
Senior Data Engineer
DBS BANK LTD.
Downtown Core
Full Time
$8,000 to $12,000 Monthly
Posted 2 days ago
""",
        as_of=AS_OF,
    )
    main, card = result.postings
    assert main.locations == [Location("One-North", "", "SG")]
    assert main.pay == Pay(Decimal(6500), Decimal(9000), "SGD", "month")
    assert (card.title, card.pay) == (
        "Senior Data Engineer",
        Pay(Decimal(8000), Decimal(12000), "SGD", "month"),
    )


def test_a_careers_board_grouping_its_roles_by_department():
    postings = parse_text(
        """Mosswood Games logo
Current openings at Mosswood Games
Mosswood is an independent studio behind a cozy farming game. We are a team of 140.
Filter

Art
Senior Environment Artist
Montréal, QC
Character Artist (Contract, 12 months)
Remote - Canada

Engineering
Gameplay Engineer II
Austin, TX
Engineering Intern, Summer 2027
Austin, TX

Production
Associate Producer
Austin, TX

Powered by greenhouse
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.locations) for p in postings] == [
        ("Senior Environment Artist", "Mosswood Games", [Location("Montréal", "QC", "CA")]),
        ("Character Artist (Contract, 12 months)", "Mosswood Games", [Location("", "", "CA")]),
        ("Gameplay Engineer II", "Mosswood Games", [Location("Austin", "TX", "US")]),
        ("Engineering Intern, Summer 2027", "Mosswood Games", [Location("Austin", "TX", "US")]),
        ("Associate Producer", "Mosswood Games", [Location("Austin", "TX", "US")]),
    ]
    assert postings[1].employment_types == ["contract"]


@pytest.mark.parametrize(
    "heading",
    [
        "Voir davantage d’offres d’emploi similaires",
        "Offerte di lavoro simili",
        "Remote jobs similar to Backend Engineer Intern (Postgres/Elixir)",
        "Weitere Stellenangebote bei Lieferfix GmbH",
        "Related vacancies",
        "Sprawdź podobne oferty",
    ],
)
def test_listing_headings_in_other_wordings_and_languages(heading):
    page = f"""Data Analyst Intern
Acme Analytics GmbH
Berlin
Internship
About the role
You will build dashboards for our sales team and analyse churn.

{heading}
Backend Engineer
Brightwave GmbH
Munich
2 days ago

Product Designer
Kestrel Studio GmbH
Hamburg
3 days ago
"""
    titles = [p.title for p in parse_text(page, as_of=AS_OF).postings]
    assert titles == ["Data Analyst Intern", "Backend Engineer", "Product Designer"]


@pytest.mark.parametrize(
    "badge", ["Gehalt anzeigen", "How do you know?", "Vaga também para PcD", "Show salary"]
)
def test_more_badges_and_banners_are_chrome(badge):
    posting = _main(f"""{badge}
Data Engineer (m/w/d)
{badge}
Lieferfix GmbH
Berlin
Vollzeit
About the role
You will build the pipelines behind our delivery forecasts.
""")
    assert (posting.title, posting.company) == ("Data Engineer (m/w/d)", "Lieferfix GmbH")


def test_a_news_item_under_a_section_name_is_no_posting():
    result = parse_text(
        """Home
News
Research news
University opens new Lab for Climate-Resilient Cities
Published 18 November 2026
Share this article
The University of Eastbridge today opened a new interdisciplinary research centre.
Over the next two years the lab expects to grow to around 40 researchers, including 12 fully
funded PhD studentships. Recruitment will be announced on the university's jobs pages.
""",
        as_of=AS_OF,
    )
    assert result.postings == []


def test_a_careers_board_with_department_headings_and_no_blank_lines():
    postings = parse_text(
        """Helio Labs
Careers
Open Positions (4)
Engineering
Senior Software Engineer, Infrastructure
San Francisco, CA • Full time • Hybrid
$190K – $230K • Offers Equity
Staff Machine Learning Engineer
Remote (US) • Full time • Remote
$230K – $280K • Offers Equity
Operations
People Operations Partner
Toronto, ON, Canada • Full time • Hybrid
Finance Intern (Summer 2027)
San Francisco, CA • Intern • On-site
$45 – $50 per hour
Powered by Ashby
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.work_arrangement) for p in postings] == [
        ("Senior Software Engineer, Infrastructure", "Helio Labs", "hybrid"),
        ("Staff Machine Learning Engineer", "Helio Labs", "remote"),
        ("People Operations Partner", "Helio Labs", "hybrid"),
        ("Finance Intern (Summer 2027)", "Helio Labs", "on_site"),
    ]
    assert postings[1].pay == Pay(Decimal(230000), Decimal(280000), "USD", "year")
    assert postings[3].pay == Pay(Decimal(45), Decimal(50), "USD", "hour")
    assert postings[2].locations == [Location("Toronto", "ON", "CA")]


def test_a_thread_dates_each_post_by_its_byline():
    postings = parse_text(
        """Ask HN: Who is hiring? (November 2026)

tptacek_fan 19 days ago | next [–]

Fly.io | Platform Engineer, Intern (Summer 2027) | REMOTE (US, Canada) | $45/hr

Interns on the platform team work on our orchestrator and on the Rust proxy.

reply

jdoe on Nov 2, 2026 | parent | next [–]

Redpanda | Backend Developer (Kafka) | London, UK | ONSITE

We build a streaming data platform. Visa sponsorship available.

reply
""",
        as_of=AS_OF,
    ).postings
    assert [(p.company, p.posted_on) for p in postings] == [
        ("Fly.io", date(2026, 11, 1)),
        ("Redpanda", date(2026, 11, 2)),
    ]


def test_a_swedish_posting_with_its_labels_and_similar_ads():
    result = parse_text(
        """Till innehållet
Arbetsförmedlingen
Platsbanken
Undersköterska till hemtjänsten, sommarvikariat 2027
Västerås stad
Kommun: Västerås
Publicerad: 17 november 2026
Omfattning
Heltid
Anställningsform
Vikariat
Lön
Enligt avtal, från 27 500 kr/mån.
Ansök senast: 15 januari 2027 (om 56 dagar)
Om jobbet
Hemtjänsten Norr söker undersköterskor för sommarvikariat under perioden juni–augusti 2027.
Kvalifikationer
Du har undersköterskeexamen och yrkesbevis.
Liknande annonser
Sjuksköterska till vårdcentral
Region Västmanland
Köping
Publicerad: 3 dagar sedan
Arbetsförmedlingen
Kontakta oss
""",
        as_of=AS_OF,
    )
    main, card = result.postings
    assert (main.title, main.company) == (
        "Undersköterska till hemtjänsten, sommarvikariat 2027",
        "Västerås stad",
    )
    assert main.locations == [Location("Västerås", "", "SE")]
    assert main.employment_types == ["full_time", "temporary"]
    assert main.pay == Pay(Decimal(27500), Decimal(27500), "SEK", "month")
    assert (main.posted_on, main.valid_through) == (date(2026, 11, 17), date(2027, 1, 15))
    assert (card.title, card.company, card.posted_on) == (
        "Sjuksköterska till vårdcentral",
        "Region Västmanland",
        date(2026, 11, 17),
    )


def test_a_polish_posting_and_its_similar_offers_under_a_benefits_list():
    postings = parse_text(
        """Młodszy Programista Java (Junior Java Developer)
Kolejowe Systemy Informatyczne Sp. z o.o.
Kraków
Twój zakres obowiązków
Rozwój systemów rezerwacji biletów w Javie i Springu.
Nasze wymagania
Wykształcenie wyższe (licencjat lub inżynier) informatyczne lub pokrewne
Benefity
Opieka medyczna
Karta sportowa
Opublikowana: 14 listopada 2026
Sprawdź podobne oferty
Programista .NET
Systemy Miejskie S.A.
Wrocław
9 000–13 000 zł brutto / mies.
Opublikowana: 18 listopada 2026
Stażysta / Stażystka w dziale IT
Bank Spółdzielczy w Tarnowie
Tarnów
staż / praktyka
Opublikowana: wczoraj
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        (
            "Młodszy Programista Java (Junior Java Developer)",
            "Kolejowe Systemy Informatyczne Sp. z o.o.",
            date(2026, 11, 14),
        ),
        ("Programista .NET", "Systemy Miejskie S.A.", date(2026, 11, 18)),
        ("Stażysta / Stażystka w dziale IT", "Bank Spółdzielczy w Tarnowie", date(2026, 11, 19)),
    ]
    assert postings[0].degree_levels == ["bachelors"]


def test_a_graduate_program_page_with_a_slashed_breadcrumb_a_rating_and_labels_per_line():
    result = parse_text(
        """Prosple Australia
Search jobs
Home / Graduate Jobs & Programs / Engineering / Tallowood Water
Tallowood Water
Government & Public Sector · Utilities
4.3 (212 reviews)
2027 Graduate Program – Civil and Environmental Engineering
Graduate Job or Program
Opportunity type
Graduate Job or Program
Location
Brisbane, Queensland
Applications close
14 Dec 2026, 11:59 pm AEST
Salary
AUD 78,500 - 82,000 / Year + 12% super
What you'll do
Tallowood Water supplies drinking water to 1.2 million people in South East Queensland.
Three eight-month rotations across our Brisbane head office and treatment plants.
Eligibility
You must have completed a bachelor's degree in civil engineering.

Similar opportunities
Graduate Civil Engineer 2027
Harbourline Consulting
Sydney NSW, Melbourne VIC
Graduate Job or Program
Closed 2 weeks ago
""",
        as_of=AS_OF,
    )
    main, similar = result.postings
    assert (main.title, main.company) == (
        "2027 Graduate Program – Civil and Environmental Engineering",
        "Tallowood Water",
    )
    assert main.valid_through == date(2026, 12, 14)
    assert (similar.company, similar.expired) == ("Harbourline Consulting", True)


def test_a_card_naming_its_company_and_town_on_one_dotted_line():
    postings = parse_text(
        """Recommended for you

Quantitative Research Intern
Marlowe Capital · New York, NY
$55/hr
Posted 5 days ago

Machine Learning Intern
Tidewater Health · Chicago, IL
Posted 1 day ago
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.locations) for p in postings] == [
        ("Quantitative Research Intern", "Marlowe Capital", [Location("New York", "NY", "US")]),
        ("Machine Learning Intern", "Tidewater Health", [Location("Chicago", "IL", "US")]),
    ]


def test_cards_whose_pay_or_unstated_pay_follows_their_date():
    postings = parse_text(
        """Ces offres pourraient aussi vous intéresser
Data Engineer confirmé H/F
ALTEN
CDI
Villeurbanne - 69
Publiée le 15/11/2026
40 - 48 k€ brut annuel
Consultant BI Power BI H/F
Sopra Steria
CDI
Lyon - 69
Publiée le 09/11/2026
A négocier
Chef de projet Data - Alternance H/F
Groupe SEB
Alternance
Écully - 69
Publiée le 19/11/2026
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company) for p in postings] == [
        ("Data Engineer confirmé H/F", "ALTEN"),
        ("Consultant BI Power BI H/F", "Sopra Steria"),
        ("Chef de projet Data - Alternance H/F", "Groupe SEB"),
    ]
    assert postings[0].pay == Pay(Decimal(40000), Decimal(48000), "EUR", "year")
    assert postings[1].pay is None


def test_a_government_posting_with_its_overview_after_the_summary():
    posting = _main("""USAJOBS
Back to results
Data Scientist
Department of Veterans Affairs
Veterans Health Administration
Apply
Summary
This position is located in the Office of Quality and Patient Safety. The incumbent develops predictive models that support clinical quality programs.
Overview
Open & closing dates
11/12/2026 to 12/02/2026
Salary
$104,604 - $135,987 per year
Location
2 vacancies in the following locations:
Denver, CO
Washington, DC
Remote job
No
Telework eligible
Yes—as determined by the agency policy.
Duties
Build and validate statistical models.
Requirements
Bachelor's degree in data science, statistics or a related field.
""")
    assert (posting.title, posting.company) == ("Data Scientist", "Department of Veterans Affairs")
    assert posting.locations == [Location("Denver", "CO", "US"), Location("Washington", "DC", "US")]
    assert posting.work_arrangement == "hybrid"
    assert (posting.posted_on, posting.valid_through) == (date(2026, 11, 12), date(2026, 12, 2))
    assert posting.pay == Pay(Decimal(104604), Decimal(135987), "USD", "year")


def test_a_long_line_of_places_kept_apart_by_semicolons():
    posting = _main("""Software Engineer III, Infrastructure
Google
Sunnyvale, CA, USA; Kirkland, WA, USA; New York, NY, USA; Austin, TX, USA
Full-time
Minimum qualifications
Bachelor's degree or equivalent practical experience.
""")
    assert posting.locations == [
        Location("Sunnyvale", "CA", "US"),
        Location("Kirkland", "WA", "US"),
        Location("New York", "NY", "US"),
        Location("Austin", "TX", "US"),
    ]


def test_a_gendered_title_the_pay_under_its_label_and_the_employer_about_heading():
    posting = _main("""Projektmanager:in Digitalisierung (w/m/d)
Donauwerk Energie AG
Linz
Vollzeit
Deine Aufgaben
Du steuerst unsere Digitalisierungsprojekte von der Idee bis zum Rollout.
Gehalt
Mindestgehalt laut KV € 3.100 brutto/Monat, Bereitschaft zur Überzahlung
Benefits
Kantine mit gesundem Mittagessen zu 3,20 €
""")
    assert (posting.title, posting.company) == (
        "Projektmanager:in Digitalisierung (w/m/d)",
        "Donauwerk Energie AG",
    )
    assert posting.pay == Pay(Decimal(3100), Decimal(3100), "EUR", "month")


def test_a_title_opening_with_a_dot_keeps_it():
    posting = _main(""".NET Developer
Tulpix B.V.
Amsterdam
Fulltime
Wat ga je doen
Je bouwt onze betaalplatformen in C# en .NET.
Over Tulpix
Tulpix maakt software voor bloemenveilingen.
""")
    assert (posting.title, posting.company) == (".NET Developer", "Tulpix B.V.")


def test_a_search_form_above_result_blocks_is_no_card():
    postings = parse_text(
        """Was
Lager Logistik
Wo
Hamburg
Jobs finden

Lager Logistik Jobs in Hamburg
1.284 Jobs

Lagermitarbeiter (m/w/d) Kommissionierung
Hermes Fulfilment GmbH
Hamburg
€ 3.200 pro Monat
Vollzeit
Vor 2 Tagen

Disponent (m/w/d) Nahverkehr
Nordkurier Spedition GmbH & Co. KG
Teilweise Homeoffice in 20457 Hamburg
Vollzeit
Vor 5 Tagen
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.locations) for p in postings] == [
        ("Lagermitarbeiter (m/w/d) Kommissionierung", [Location("Hamburg", "", "DE")]),
        ("Disponent (m/w/d) Nahverkehr", [Location("Hamburg", "", "DE")]),
    ]


def test_a_company_page_on_a_board_lists_its_latest_jobs_as_its_own():
    postings = parse_text(
        """Welcome to the Jungle
Tallis Santé
Santé, Logiciels, SaaS / Cloud Services
Suivre

Tallis Santé en quelques chiffres
Collaborateurs
140

Présentation
Tallis Santé édite une plateforme de coordination des soins à domicile.

Les derniers jobs
Voir tous les jobs

Product Designer Senior (H/F)
CDI
Paris
Télétravail fréquent
Salaire : 50K à 60K €
il y a 2 jours

Chargé(e) de Clientèle B2B - Alternance (H/F)
Alternance
Lyon
il y a 12 jours
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.locations) for p in postings] == [
        ("Product Designer Senior (H/F)", "Tallis Santé", [Location("Paris", "", "FR")]),
        (
            "Chargé(e) de Clientèle B2B - Alternance (H/F)",
            "Tallis Santé",
            [Location("Lyon", "", "FR")],
        ),
    ]


def test_a_card_title_stating_its_hours_and_pay_opens_the_card():
    postings = parse_text(
        """Weitere Stellenangebote
Akademische:r Mitarbeiter:in (m/w/d) – Entgeltgruppe 13 TV-L, 100 %
Institut für Technische Optik
Stuttgart
Veröffentlicht: 12.11.2026
Studentische Hilfskraft (m/w/d) Bibliothek – 8 Std./Woche, 13,98 € / Std.
Universitätsbibliothek
Stuttgart
Veröffentlicht: 02.11.2026
""",
        as_of=AS_OF,
    ).postings
    assert [(p.company, p.pay) for p in postings] == [
        ("Institut für Technische Optik", None),
        ("Universitätsbibliothek", Pay(Decimal("13.98"), Decimal("13.98"), "EUR", "hour")),
    ]


def test_a_cards_contract_after_its_date_stays_with_it():
    postings = parse_text(
        """Ähnliche Jobs
Senior Data Engineer (m/w/d)
Helvetia Versicherungen
Zürich
vor 2 Tagen
Festanstellung
Analytics Engineer 60–80%
Stadt Winterthur
Winterthur
vor 5 Tagen
Befristet
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.employment_types) for p in postings] == [
        ("Senior Data Engineer (m/w/d)", "Helvetia Versicherungen", []),
        ("Analytics Engineer 60–80%", "Stadt Winterthur", ["part_time", "temporary"]),
    ]


def test_a_careers_board_row_may_name_remote_for_its_place_and_holidays_name_no_employer():
    postings = parse_text(
        """Trailhead Analytics
Careers
Join the Trailhead Analytics team
Trailhead Analytics builds demand-forecasting software for outdoor brands.
- 4 weeks PTO plus the week between Christmas and New Year's off

Open Positions

Customer Success
Customer Success Manager
Denver, Colorado
Implementation Specialist
Remote

Finance
Staff Accountant
Denver, Colorado

Powered by BambooHR
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.work_arrangement) for p in postings] == [
        ("Customer Success Manager", "Trailhead Analytics", "unknown"),
        ("Implementation Specialist", "Trailhead Analytics", "remote"),
        ("Staff Accountant", "Trailhead Analytics", "unknown"),
    ]


def test_a_lower_case_trade_under_a_government_boards_heading():
    posting = _main("""Government of Canada / Gouvernement du Canada
Job Bank
Job search
Job posting

Job posting
carpenter
Posted on November 14, 2026 by
Coastline Framing Ltd.
Job details
Location
Vancouver (BC)
On site
Work must be completed at the physical location. There is no option to work remotely.
""")
    assert (posting.title, posting.company) == ("carpenter", "Coastline Framing Ltd.")
    assert posting.work_arrangement == "on_site"


def test_a_social_post_announcing_a_new_job_is_no_posting():
    result = parse_text(
        """Feed post
Priya Raman
 • 2nd
Senior Data Engineer at Fjordline | dbt · Snowflake · Airflow
3d • Edited •
Follow

I'm happy to share that I'm starting a new position as Senior Data Engineer at Fjordline!
After four wonderful years at Kestrel Bank in London, I'm relocating to Oslo.

Starting a New Position
Senior Data Engineer at Fjordline
Oslo, Norway

More from Priya Raman
5 things I learned migrating 400 dbt models to Snowflake
1w
""",
        as_of=AS_OF,
    )
    assert result.postings == []


def test_korean_dotted_dates_a_week_old_card_and_flemish_work_time():
    result = parse_text(
        """Recruitment period
2026.11.09 (Mon) 10:00 ~ 2026.12.06 (Sun) 23:59 (KST)
Backend Engineer
Hanbit Logistics Co., Ltd.
Seoul
1w

Boekhouder (m/v/x)
Accountantskantoor Van Acker
Gent
Interim · Voltijds
2d
""",
        as_of=AS_OF,
    )
    assert [(p.title, p.posted_on, p.employment_types) for p in result.postings] == [
        ("Backend Engineer", date(2026, 11, 13), []),
        ("Boekhouder (m/v/x)", date(2026, 11, 18), ["full_time"]),
    ]


def test_a_workday_site_after_the_town_and_a_boards_tag_before_the_title():
    posting = _main("""Back to Job Posting
[Experienced] Research Assistant - Computational Neuroscience
University of Michigan
Locations
Ann Arbor, MI - Medical Campus
Job requisition id
R-263117
Responsibilities
Run imaging pipelines and maintain the lab's analysis code.
""")
    assert (posting.title, posting.company) == (
        "Research Assistant - Computational Neuroscience",
        "University of Michigan",
    )
    assert posting.locations == [Location("Ann Arbor", "MI", "US")]


def test_a_remote_board_card_open_anywhere_in_the_world():
    postings = parse_text(
        """Remote Programming Jobs
Senior Python Engineer
Lumen Health
Full-Time
Anywhere in the World
2d
Ruby on Rails Developer
Parcelwise
Full-Time
Anywhere in the World
1w
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.work_arrangement, p.locations, p.posted_on) for p in postings] == [
        ("Senior Python Engineer", "remote", [], date(2026, 11, 18)),
        ("Ruby on Rails Developer", "remote", [], date(2026, 11, 13)),
    ]


def test_a_card_title_with_its_type_in_brackets_is_a_title():
    postings = parse_text(
        """Similar jobs

Operations Analyst (Part-Time)
Barton Springs Outfitters
Austin, TX
$19 an hour
Part-time
Just posted

Product Designer (Contract)
Tidepool Labs
Remote • US / Canada
Posted 5 days ago
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.employment_types) for p in postings] == [
        ("Operations Analyst (Part-Time)", "Barton Springs Outfitters", ["part_time"]),
        ("Product Designer (Contract)", "Tidepool Labs", ["contract"]),
    ]


def test_a_small_employers_careers_page_with_buttons_and_its_address_in_the_footer():
    postings = parse_text(
        """Hofmann Antriebstechnik GmbH – Präzision in Bewegung
Karriere

Offene Stellen (2)

Werkstudent (m/w/d) Konstruktion Getriebetechnik
Standort: Schweinfurt
Anstellungsart: Werkstudent | 15–20 Std./Woche
Veröffentlicht am 12.11.2026
Mehr erfahren

Entwicklungsingenieur (m/w/d) Elektrische Antriebe
Standort: Schweinfurt
Anstellungsart: Festanstellung | Vollzeit
Veröffentlicht vor 5 Tagen
Mehr erfahren

Hofmann Antriebstechnik GmbH
Industriestraße 14
97424 Schweinfurt
Impressum
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        (
            "Werkstudent (m/w/d) Konstruktion Getriebetechnik",
            "Hofmann Antriebstechnik GmbH",
            date(2026, 11, 12),
        ),
        (
            "Entwicklungsingenieur (m/w/d) Elektrische Antriebe",
            "Hofmann Antriebstechnik GmbH",
            date(2026, 11, 15),
        ),
    ]


def test_result_cards_naming_their_employer_beside_the_job_id_and_filter_counts():
    postings = parse_text(
        """Displaying 1 - 3 of 3 results for intern
United States (2)
Canada (1)
Sort by

Software Dev Engineer Intern (2027)
USA, WA, Seattle
Job ID: 2874512 | Amazon.com Services LLC
Posted November 18, 2026 (Updated 1 day ago)
Are you currently enrolled in a Bachelor's or Master's degree program in Computer Science...
Read more

Operations Manager Intern - Summer 2027
USA, TX, Austin
Job ID: 2866021 | Amazon.com Services LLC
Posted November 10, 2026 (Updated about 1 week ago)
Amazon is seeking MBA students for a 12-week summer internship in our Austin office...
Read more

Software Development Engineer Intern, 2027 (Canada)
CAN, BC, Vancouver
Job ID: 2871190 | Amazon Development Centre Canada ULC
Posted November 12, 2026 (Updated 8 days ago)
Join the team building the systems behind our Canadian stores...
Read more
""",
        as_of=AS_OF,
    ).postings
    assert [(p.company, p.locations, p.posted_on) for p in postings] == [
        ("Amazon.com Services LLC", [Location("Seattle", "WA", "US")], date(2026, 11, 18)),
        ("Amazon.com Services LLC", [Location("Austin", "TX", "US")], date(2026, 11, 10)),
        (
            "Amazon Development Centre Canada ULC",
            [Location("Vancouver", "BC", "CA")],
            date(2026, 11, 12),
        ),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Singapore - Marina Bay Financial Centre Tower 3", [Location("", "", "SG")]),
        ("Guadalajara, Jal.", [Location("Guadalajara", "JAL", "MX")]),
    ],
)
def test_a_workday_site_after_a_country_and_an_abbreviated_state(line, expected):
    posting = _main(f"""Summer Analyst Internship 2027
Straits Meridian Bank
{line}
Job description
Join our analytics team for ten weeks.
""")
    assert posting.locations == expected


def test_cards_dated_and_signed_by_their_employer_on_one_line():
    postings = parse_text(
        """Graduate engineer jobs in Manchester

Graduate Civil Engineer
18 November by Hollins Murray Partnership
£28,000 - £32,000 per annum
Manchester, Greater Manchester
Permanent, full-time
Save

Graduate Software Engineer (Hybrid)
Yesterday by Northpoint Systems Ltd
£32,000 - £36,000 per annum, Benefits
Manchester, Greater Manchester
Permanent, full-time
Save
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        ("Graduate Civil Engineer", "Hollins Murray Partnership", date(2026, 11, 18)),
        ("Graduate Software Engineer (Hybrid)", "Northpoint Systems Ltd", date(2026, 11, 19)),
    ]


def test_a_team_then_a_place_then_the_contract_on_one_line():
    posting = _main("""Tramontane
Développeur·se Back-end Python Senior (H/F)
Tech · Lyon (Part-Dieu) · CDI
Publié il y a 2 jours
Le poste
Tu rejoins l'équipe plateforme pour construire notre moteur de tarification.
""")
    assert (posting.company, posting.locations) == ("Tramontane", [Location("Lyon", "", "FR")])
    assert posting.employment_types == ["full_time"]


def test_a_danish_student_job_and_its_similar_jobs():
    postings = parse_text(
        """Forside > Find job > Økonomi og regnskab > Studenterjob
Studentermedhjælper til Finance & Controlling
Nordlys Energi A/S
København Ø
Indrykket: 16. november 2026
Ansøgningsfrist: 4. december 2026
Gem
Del
Anmeld
Er du økonomistuderende og vil du have praktisk erfaring fra en virksomhed i vækst?
Vi tilbyder:
• 15-20 timer om ugen, fleksibelt tilrettelagt efter din studieplan
• Mulighed for hjemmearbejde 1 dag om ugen
Lignende job
Praktikant til Investor Relations, forår 2027
NordBank A/S
Aarhus C
Indrykket: 09-11-2026
""",
        as_of=AS_OF,
    ).postings
    main, similar = postings
    assert (main.company, main.locations) == (
        "Nordlys Energi A/S",
        [Location("København", "", "DK")],
    )
    assert (main.posted_on, main.valid_through) == (date(2026, 11, 16), date(2026, 12, 4))
    assert main.employment_types == ["internship", "part_time"]
    assert main.work_arrangement == "hybrid"
    assert (similar.company, similar.locations) == ("NordBank A/S", [Location("Aarhus", "", "DK")])


def test_a_careers_site_suffix_and_a_workday_section_name_no_employer():
    posting = _main("""Straits Meridian Bank careers
Search for Jobs
Summer Analyst Internship 2027 – Technology
Singapore - Marina Bay Financial Centre Tower 3
Full time
End Date: January 31, 2027 (72 days left to apply)
Business Function
Group Technology & Operations enables the bank to deliver reliable digital banking services.
Responsibilities
Build data pipelines with one of our squads for ten weeks.
""")
    assert posting.company == "Straits Meridian Bank"
    assert posting.locations == [Location("", "", "SG")]
    assert posting.valid_through == date(2027, 1, 31)


def test_a_spanish_scholarship_under_its_labels_and_the_footer_address():
    result = parse_text(
        """Naranjo Digital
Aceptar todas
Inicio > Trabaja con nosotros > Beca en Marketing Digital y SEO

Beca en Marketing Digital y SEO
Publicada el 12/11/2026

Ubicación: Valencia (oficina en Ruzafa)
Tipo de contrato: Beca – prácticas curriculares con convenio universitario
Jornada: Parcial, de 9:00 a 14:00 (25 h/semana)
Qué harás
Apoyarás al equipo de Naranjo Digital en campañas de SEO y contenidos.

Naranjo Digital S.L.
Calle de Cádiz, 41 · 46006 Valencia
""",
        as_of=AS_OF,
    )
    assert [(p.title, p.company, p.posted_on) for p in result.postings] == [
        ("Beca en Marketing Digital y SEO", "Naranjo Digital", date(2026, 11, 12))
    ]
    assert result.postings[0].employment_types == ["internship", "part_time"]


def test_result_cards_with_a_lone_separator_and_quick_apply_badges():
    postings = parse_text(
        """Graduate jobs in Leeds
12 jobs

Graduate Data Analyst
Harewood Insights Ltd
Leeds
£26,000 - £29,000 a year
Posted 2 days ago
·
More...

Referent Controlling (m/w/d)
Vestwerk GmbH
Leeds
Schnelle Bewerbung
Merken
Posted 5 days ago
·
More...
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        ("Graduate Data Analyst", "Harewood Insights Ltd", date(2026, 11, 18)),
        ("Referent Controlling (m/w/d)", "Vestwerk GmbH", date(2026, 11, 15)),
    ]


def test_a_brazilian_page_reads_a_state_code_as_brazils():
    posting = _main("""Estágio em Análise de Dados
Vértice Energia
Niterói, RJ
Estágio
Sobre a vaga
Você vai apoiar o time de dados com relatórios e análises para as nossas usinas.
Requisitos
Estar cursando graduação em Estatística, Engenharia ou áreas relacionadas.
""")
    assert posting.locations == [Location("Niterói", "RJ", "BR")]


def test_places_a_line_each_after_a_labelled_line_ending_in_a_colon():
    posting = _main("""Data Scientist
Department of Veterans Affairs
Full-time
Responsibilities
Build and validate statistical models for our clinical quality programs.
Requirements
A degree in statistics or data science.
Location: 2 vacancies in the following locations:
Denver, CO
Washington, DC
""")
    assert posting.locations == [Location("Denver", "CO", "US"), Location("Washington", "DC", "US")]


def test_an_employers_own_careers_search_lists_its_roles_without_a_company_line():
    postings = parse_text(
        """Corvane Health
Careers Home
Search for Jobs
6 JOBS FOUND
Clinical Data Analyst II
locations
USA - TX - Houston
time type
Full time
posted on
Posted 3 Days Ago
job requisition id
JR-104417
Patient Access Representative (Part-Time, Evenings)
locations
USA - IL - Chicago
time type
Part time
posted on
Posted Yesterday
job requisition id
JR-104388
Software Engineer, Integrations
locations
Canada - ON - Toronto
time type
Full time
posted on
Posted 12 Days Ago
job requisition id
JR-101876
""",
        as_of=AS_OF,
    ).postings
    assert [(p.title, p.company, p.locations, p.posted_on) for p in postings] == [
        (
            "Clinical Data Analyst II",
            "Corvane Health",
            [Location("Houston", "TX", "US")],
            date(2026, 11, 17),
        ),
        (
            "Patient Access Representative (Part-Time, Evenings)",
            "Corvane Health",
            [Location("Chicago", "IL", "US")],
            date(2026, 11, 19),
        ),
        (
            "Software Engineer, Integrations",
            "Corvane Health",
            [Location("Toronto", "ON", "CA")],
            date(2026, 11, 8),
        ),
    ]


def test_a_term_line_and_a_visa_line_under_a_title_name_no_employer():
    posting = _main("""Library Student Assistant
Cascade Ridge University Libraries
Oct 2026 - Jun 2027 · 8-15 hours per week
Will sponsor
Part-time
About the job
Help patrons at the circulation desk and shelve returned books.
""")
    assert posting.company == "Cascade Ridge University Libraries"


def test_an_employers_headcount_and_contacts_name_no_employer():
    posting = _main("""Praktikum Data Science im Bereich Medizintechnik (m/w/d)
Siemens Healthineers
10.001+ Beschäftigte · Medizinische Geräte
7 Kontakte arbeiten hier
Erlangen, Bayern, Deutschland
Praktikum
Deine Aufgaben
Du entwickelst Modelle zur Bildanalyse für die Computertomographie bei Siemens Healthineers.
""")
    assert posting.company == "Siemens Healthineers"


def test_a_careers_list_of_job_facts_and_places_names_the_page_employer_not_the_facts():
    page = (
        "Nordlicht Software GmbH\nOffene Stellen\n\n"
        "Senior Backend Engineer (m/w/d)\nFestanstellung, Vollzeit · Leipzig\n\n"
        "Data Analyst (m/w/d)\nFestanstellung, Vollzeit · Leipzig\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.employment_types) for p in postings] == [
        ("Senior Backend Engineer (m/w/d)", "Nordlicht Software GmbH", ["full_time"]),
        ("Data Analyst (m/w/d)", "Nordlicht Software GmbH", ["full_time"]),
    ]


def test_an_open_application_is_no_role():
    page = (
        "Initiativbewerbung (m/w/d)\nNordlicht Software GmbH\nLeipzig\n\n"
        "Du hast keine passende Stelle gefunden? Bewirb dich initiativ bei uns.\n"
    )
    result = parse_text(page, as_of=AS_OF)
    assert result.postings == []
    assert [s.reason for s in result.skipped] == ["an open application, not a role"]


def test_a_language_picker_is_no_employer_and_a_long_labelled_pay_line_is_pay():
    page = (
        "CNRS\nOffre d'emploi\n\nIngénieur-e d'études en traitement de données (H/F)\n\n"
        "Cette offre est disponible dans les langues suivantes :\nFrançais - Anglais\n\n"
        "Lieu de travail : VILLEURBANNE\nType de contrat : CDD\n"
        "Rémunération : Entre 2 450 € et 2 900 € brut mensuel selon expérience\n\n"
        "Missions\n\nL'ingénieur-e recruté-e développera la chaîne de traitement des données.\n"
    )
    posting = _main(page)
    assert posting.company == "CNRS"
    assert posting.pay == Pay(Decimal(2450), Decimal(2900), "EUR", "month")


def test_a_closed_postings_notice_above_its_title_leaves_the_title_and_closes_it():
    page = (
        "jobs.ch\nStellen finden\nUnternehmen\nLohnrechner\nRatgeber\n\n"
        "Zurück zu den Suchergebnissen\n\n"
        "Dieses Stelleninserat ist nicht mehr aktiv.\n"
        "Die Stelle wurde möglicherweise bereits besetzt. Hier finden Sie ähnliche Stellen.\n\n"
        "Projektleiter/in Gebäudetechnik HLK 100%\nAlpwerk Haustechnik AG\n\n"
        "Veröffentlicht:\n3 November 2026\nArbeitsort:\n8400 Winterthur\n\n"
        "Ihre Aufgaben\n- Gesamtverantwortung für HLK-Projekte bis zur Inbetriebnahme\n"
    )
    posting = _main(page)
    assert (posting.title, posting.company, posting.expired, posting.posted_on) == (
        "Projektleiter/in Gebäudetechnik HLK 100%",
        "Alpwerk Haustechnik AG",
        True,
        date(2026, 11, 3),
    )


def test_cards_opening_with_the_employers_logo_and_name_put_the_role_under_its_tags():
    page = (
        "Senior Data Engineer\nLoopwise\nNew York, NY\n\n"
        "What You'll Do\n- Design and maintain batch and streaming pipelines\n\n"
        "Similar Jobs\n"
        "Grubline Logo\nGrubline\nFood • Logistics\nHybrid\nNew York, NY, USA\n"
        "Analytics Engineer\n$140K-$170K Annually\nMid level\n2 Days Ago\n\n"
        "Quillmark Logo\nQuillmark\nSoftware • Edtech\nRemote\nUnited States\n"
        "Data Platform Engineer\n$150K-$180K Annually\nSenior level\n6 Days Ago\n\n"
        "About\nOur Story\nCareers\nTech Hubs\nAtlanta\nAustin\nBoston\nChicago\nSeattle\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.work_arrangement) for p in postings[1:]] == [
        ("Analytics Engineer", "Grubline", "hybrid"),
        ("Data Platform Engineer", "Quillmark", "remote"),
    ]
    assert postings[1].locations == [Location("New York", "NY", "US")]


def test_a_careers_search_table_of_role_place_and_date_rows_with_postal_codes():
    page = (
        "Veltmann Precision Systems\nCareers Home\nStudents & Graduates\nLife at Veltmann\n"
        "View Profile\nJoin Talent Community\nEnglish (UK)\nNederlands (Nederland)\n\n"
        "Search results\nResults 1 – 3 of 3\nTitle\nLocation\nDate\n\n"
        "Graduate Process Engineer\nEindhoven, NB, NL, 5612 AJ\n18 Nov 2026\n\n"
        "Werkstudent Supply Chain Analytics (m/w/d)\nAachen, NW, DE, 52068\n17 Nov 2026\n\n"
        "Field Service Engineer – Lithography\nChandler, AZ, US, 85226\n29 Oct 2026\n\n"
        "Results 1 – 3 of 3\n\nVeltmann Precision Systems B.V.\nPrivacy Statement\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations, p.posted_on) for p in postings] == [
        (
            "Graduate Process Engineer",
            "Veltmann Precision Systems",
            [Location("Eindhoven", "NB", "NL")],
            date(2026, 11, 18),
        ),
        (
            "Werkstudent Supply Chain Analytics (m/w/d)",
            "Veltmann Precision Systems",
            [Location("Aachen", "NW", "DE")],
            date(2026, 11, 17),
        ),
        (
            "Field Service Engineer – Lithography",
            "Veltmann Precision Systems",
            [Location("Chandler", "AZ", "US")],
            date(2026, 10, 29),
        ),
    ]


def test_when_the_employer_was_last_active_is_no_posting_date():
    posting = _main(
        "Chargé de recrutement (H/F)\nTalentis RH\nLyon (69)\nEmployeur actif il y a 4 jours\n"
        "Avaliação: 4,1 de 5 estrelas\n\n"
        "Vos missions\n- Piloter les recrutements de nos clients lyonnais\n"
    )
    assert (posting.company, posting.posted_on) == ("Talentis RH", None)


def test_a_department_board_with_a_blank_line_between_its_rows():
    page = (
        "Current openings at Lumenfold\n\n10 jobs\n\n"
        "Engineering\nJob\nSenior Backend Engineer, Payments\nSan Francisco, CA; New York, NY\n\n"
        "Staff Software Engineer, Infrastructure\nRemote - US\n\n"
        "Software Engineering Intern, Summer 2027\nSan Francisco, CA\n\n"
        "Data\nJob\nAnalytics Engineer\nLondon, United Kingdom (Hybrid)\n\n"
        "Powered by\nGreenhouse\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations[0]) for p in postings] == [
        ("Senior Backend Engineer, Payments", "Lumenfold", Location("San Francisco", "CA", "US")),
        ("Staff Software Engineer, Infrastructure", "Lumenfold", Location("", "", "US")),
        (
            "Software Engineering Intern, Summer 2027",
            "Lumenfold",
            Location("San Francisco", "CA", "US"),
        ),
        ("Analytics Engineer", "Lumenfold", Location("London", "", "GB")),
    ]


@pytest.mark.parametrize(
    ("first_row", "second_row", "first_city"),
    [
        (  # Ashby: the place, then what kind of job and its pay
            "San Francisco • Full time • On-site • $180K – $240K • Offers Equity",
            "London • Full time • Hybrid • £85K – £110K",
            "San Francisco",
        ),
        (  # Personio: what kind of job, then the place
            "Festanstellung, Vollzeit · Leipzig",
            "Praktikum, Vollzeit · London",
            "Leipzig",
        ),
    ],
)
def test_department_rows_whose_place_sits_among_the_jobs_facts(first_row, second_row, first_city):
    page = (
        "Tessellate GmbH\nOpen Positions (3)\n\n"
        f"Engineering\nFounding Engineer, Applied AI\n{first_row}\n\n"
        f"Operations\nOperations Intern (Spring 2027)\n{second_row}\n\n"
        "Talent Community\nSan Francisco • Full time\n\nPowered by Ashby\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations[0].city) for p in postings] == [
        ("Founding Engineer, Applied AI", "Tessellate GmbH", first_city),
        ("Operations Intern (Spring 2027)", "Tessellate GmbH", "London"),
    ]


def test_a_newsletters_cards_name_employer_place_and_arrangement_on_one_line():
    page = (
        "INTERN RADAR\nIssue #87 · November 17, 2026\n\n🔥 THIS WEEK'S PICKS\n\n"
        "1) Product Design Intern (Summer 2027)\n"
        "Lumacraft · New York, NY · Hybrid (3 days in office)\n"
        "💰 $42/hr · 12 weeks starting June 1\n🗓 Apply by Dec 5\n"
        "Lumacraft makes scheduling software for clinics.\n→ Apply here\n\n"
        "2) Software Engineering Intern, Backend\nPelham Freight · Chicago, IL · On-site\n"
        "💰 $48–$55/hour\n🗓 Closes 30 November\n→ Apply here\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [
        (p.title, p.company, p.locations, p.work_arrangement, p.posted_on, p.valid_through)
        for p in postings
    ] == [
        (
            "Product Design Intern (Summer 2027)",
            "Lumacraft",
            [Location("New York", "NY", "US")],
            "hybrid",
            None,
            date(2026, 12, 5),
        ),
        (
            "Software Engineering Intern, Backend",
            "Pelham Freight",
            [Location("Chicago", "IL", "US")],
            "on_site",
            None,
            date(2026, 11, 30),
        ),
    ]


def test_an_article_listing_open_roles_under_its_byline_yields_the_roles():
    page = (
        "The Gradient Notebook\nHome\nCareer\n\n"
        "10 ML Internships Still Open for Summer 2027 (Updated November 2026)\n"
        "By Mei-Lin Okafor · Updated November 18, 2026 · 9 min read\n\n"
        "If you've been refreshing job boards all autumn, you're not alone. I went through about 60 "
        "listings and pulled out the ones still accepting applications this week.\n\n"
        "1. Machine Learning Intern — Orbiton Labs\n📍 San Francisco, CA (on-site)\n💵 $52–$60/hr\n"
        "Orbiton builds forecasting models for grid operators.\n\n"
        "2. ML Research Intern (PhD) — Vantor AI\n📍 Montréal, QC, Canada (hybrid)\n"
        "💵 CA$9,500/month\nResearch-track internship with a strong publication culture.\n\n"
        "3. Applied Scientist Intern, Recommendations — Shopwise\n📍 Seattle, WA\n"
        "💵 $9,800–$11,200 per month\n12–16 week internship working on ranking models.\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations[0].city) for p in postings] == [
        ("Machine Learning Intern", "Orbiton Labs", "San Francisco"),
        ("ML Research Intern (PhD)", "Vantor AI", "Montréal"),
        ("Applied Scientist Intern, Recommendations", "Shopwise", "Seattle"),
    ]


def test_a_cards_employer_and_town_after_a_pipe_and_a_headers_industry_tags():
    page = (
        "3 days ago\nFacilities Maintenance Technician - 2nd Shift\n"
        "Larkspur Packaging Co. | Commerce City, CO\nFull-Time\n$55,000 - $65,000/Year\n\n"
        "5 days ago\nHVAC Service Technician\nFront Range Comfort Systems | Aurora, CO\nFull-Time\n"
    )
    cards = parse_text(page, as_of=AS_OF).postings
    assert [(p.company, p.locations) for p in cards] == [
        ("Larkspur Packaging Co.", [Location("Commerce City", "CO", "US")]),
        ("Front Range Comfort Systems", [Location("Aurora", "CO", "US")]),
    ]
    posting = _main(
        "Senior Machine Learning Engineer, Ranking\n"
        "Halcyon Commerce · E-Commerce · Marketplace · Retail Technology\n"
        "United States\nFull-time\nRemote\n\n"
        "Responsibilities\n- Own the ranking models behind the marketplace search\n"
    )
    assert posting.company == "Halcyon Commerce"


@pytest.mark.parametrize(
    "title",
    ["Hydrologist", "Seasonal Package Handler", "Crew Member - Flexible Hours", "Radiographer"],
)
def test_occupations_without_an_office_role_word_are_titles(title):
    posting = _main(
        f"{title}\nRiverbend Logistics\nSparks, NV 89431\nFull-time\n\n"
        "Responsibilities\n- Keep the work area safe and organised\n"
    )
    assert (posting.title, posting.company) == (title, "Riverbend Logistics")


def test_a_forum_posts_role_field_that_says_full_time_too():
    posting = _main(
        "exe.dev | full time member of technical staff | sf bay area only\n\n"
        "competitive salary, meaningful early equity, 2 days a week in the downtown sf office\n\n"
        "come build a cloud. we are doing everything from custom hardware to custom ssh servers.\n"
    )
    assert (posting.title, posting.company, posting.employment_types) == (
        "full time member of technical staff",
        "exe.dev",
        ["full_time"],
    )


def test_cards_dated_above_their_titles():
    page = (
        "Maintenance Jobs in Denver, CO\n\n"
        "2 days ago\nApartment Maintenance Technician\nRidgeview Residential | Denver, CO\n"
        "Full-Time\n\n"
        "5 days ago\nBuilding Engineer\nSummit Property Services | Lakewood, CO\nContract\n\n"
        "14 days ago\nHVAC Service Technician\nFront Range Comfort Systems | Aurora, CO\nFull-Time\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.posted_on) for p in postings] == [
        ("Apartment Maintenance Technician", date(2026, 11, 18)),
        ("Building Engineer", date(2026, 11, 15)),
        ("HVAC Service Technician", date(2026, 11, 6)),
    ]


def test_spanish_cards_dated_above_their_titles_with_a_featured_badge():
    page = (
        "412 ofertas de trabajo de analista contable\n\n"
        "Destacado\nPublicado hace 2 días\nAnalista de Cuentas a Pagar\nLogística del Litoral S.R.L.\n"
        "$ 1.350.000 - $ 1.600.000 Bruto mensual\nRosario, Santa Fe\nPresencial\nFull-time\n\n"
        "Actualizado hace 1 semana\nAnalista Contable (100% remoto)\nVendimia Software S.A.\n"
        "Mendoza, Mendoza\nRemoto\nFull-time\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.posted_on) for p in postings] == [
        ("Analista de Cuentas a Pagar", "Logística del Litoral S.R.L.", date(2026, 11, 18)),
        ("Analista Contable (100% remoto)", "Vendimia Software S.A.", date(2026, 11, 13)),
    ]


@pytest.mark.parametrize(
    "company",
    ["Logística del Litoral S.R.L.", "Grupo Norte S. de R.L. de C.V.", "Acme Ibérica S.A.U."],
)
def test_latin_american_and_spanish_legal_forms_name_companies(company):
    posting = _main(
        f"Analista Contable\n{company}\nRosario, Santa Fe\n\nTareas\n- Cierres mensuales\n"
    )
    assert posting.company == company


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Reno, NV", [Location("Reno", "NV", "US")]),
        ("Adelaide, SA", [Location("Adelaide", "SA", "AU")]),
        ("+ VAT (B2B) per month", []),
    ],
)
def test_a_state_code_spelled_like_a_legal_form_and_a_tax_spelled_like_a_country(line, expected):
    posting = _main(
        f"Forklift Operator\nSierra Freight\n{line}\n\nDuties\n- Load and unload trucks\n"
    )
    assert posting.locations == expected


def test_a_logos_alt_text_an_applicant_count_and_a_cards_organization_label():
    assert (
        _main(
            "Praktikum im Corporate Finance (m/w/d)\nLogo von Kurpfalz Privatbank AG\nMannheim\n\n"
            "Deine Aufgaben\n- Unterstützung bei Finanzierungsprojekten\n"
        ).company
        == "Kurpfalz Privatbank AG"
    )
    assert (
        _main(
            "Data Analyst\nUnder 10 applicants\nBrightwater Analytics\nDenver, CO\n\n"
            "Responsibilities\n- Build dashboards for the operations team\n"
        ).company
        == "Brightwater Analytics"
    )
    page = (
        "Showing 1–2 of 2 opportunities\n\n"
        "Summer 2027 Science Undergraduate Laboratory Internship (SULI)\n"
        "Organization: Oak Ridge National Laboratory\nLocation: Oak Ridge, TN\n"
        "Academic Level(s): Undergraduate Students\n[View Details]   [Apply]\n\n"
        "Graduate Research Internship in Grid Resilience\n"
        "Organization: Oak Ridge National Laboratory\nLocation: Knoxville, TN\n"
        "Academic Level(s): Graduate Students\n[View Details]   [Apply]\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.company, p.locations) for p in postings] == [
        ("Oak Ridge National Laboratory", [Location("Oak Ridge", "TN", "US")]),
        ("Oak Ridge National Laboratory", [Location("Knoxville", "TN", "US")]),
    ]


def test_a_breadcrumb_ending_in_the_title_then_the_title_again_over_its_employer():
    posting = _main(
        "Guardian Jobs\nSearch jobs\nSign in\n\nJobs\nCharities\nPolicy\nPolicy and Research Officer\n\n"
        "This job has expired\nThe closing date for applications has passed. You can still view "
        "the advert below.\n\n"
        "Policy and Research Officer\nHollowmere Housing Trust\nLocation\nManchester\n\n"
        "We are looking for a Policy and Research Officer to join our small, friendly team.\n"
    )
    assert (posting.title, posting.company, posting.expired) == (
        "Policy and Research Officer",
        "Hollowmere Housing Trust",
        True,
    )


def test_a_two_column_table_of_roles_and_places_per_department_under_a_tagline():
    page = (
        "Harborline Logistics\nHome\nJobs\n\nCareers at Harborline Logistics\n"
        "Move what matters. Join a team of 2,400 people keeping freight moving across North America, "
        "from our hubs in Memphis and Columbus.\n\nCurrent Openings\n\n"
        "Engineering\nJob Title\tLocation\n"
        "Senior Software Engineer, Routing Platform\tChicago, Illinois\n"
        "Site Reliability Engineer II\tRemote, United States\n\n"
        "Operations\nJob Title\tLocation\nForklift Operator - 2nd Shift\tColumbus, Ohio\n"
    )
    postings = parse_text(page, as_of=AS_OF).postings
    assert [(p.title, p.company, p.locations) for p in postings] == [
        (
            "Senior Software Engineer, Routing Platform",
            "Harborline Logistics",
            [Location("Chicago", "IL", "US")],
        ),
        ("Site Reliability Engineer II", "Harborline Logistics", [Location("", "", "US")]),
        (
            "Forklift Operator - 2nd Shift",
            "Harborline Logistics",
            [Location("Columbus", "OH", "US")],
        ),
    ]
