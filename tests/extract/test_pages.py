"""Fresh job pages from boards the seeds do not cover (as_of 2026-11-20), each fully checked.

The pages live in tests/extract/pages/: LinkedIn (EN/DE), Indeed (EN/DE/FR), StepStone, Welcome
to the Jungle, Glassdoor, Greenhouse, Lever, Workday, a university portal, a French job board, a
Hacker News post and a closed posting; LinkedIn in Ireland (a county and criteria labels), a
Greenhouse page with several places and "Remote", a StepStone working-student role ("Homeoffice
möglich") and Welcome to the Jungle cards without dates; Indeed UK (a postcode), InfoJobs in
Spanish, a Workday intern page, a Glassdoor intern page and a news article that carries none;
Built In, XING and Indeed France (closed), a hiring thread, Google's student researcher page, an
Indian university, jobs.ch, MyCareersFuture and a closed Lever page; a company careers page listing
its open roles and a German student-assistant post. Then pages from Seek, jobs.ac.uk, Naukri,
Job Bank, EURAXESS, karriere.at, Indeed Italy, Nationale Vacaturebank, Totaljobs, an employer's
Personio page and a closed French alternance: long menus and consent banners above the title,
labels on their own lines, lakhs, slashed European dates, footers after the listings. A third
round: Indeed Canada and Switzerland, IrishJobs, Jobware, Tecnoempleo and InfoJobs Italy.
"""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from postings.extract.text import parse_text
from postings.extract.types import Location, Pay

PAGES = Path(__file__).resolve().parent / "pages"
AS_OF = datetime(2026, 11, 20)


def parse_page(name):
    return parse_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), as_of=AS_OF, name=name)


def main_posting(name):
    result = parse_page(name)
    assert result.skipped == []
    return result.postings[0]


# name: title, company, locations, types, arrangement, pay, posted, valid through, degrees, visa,
# weeks, start, expired
EXPECTED = {
    "jobboard_fr_stage": (
        "Stage - Ingénieur(e) Machine Learning H/F",
        "Criteo",
        [Location("Paris", "IDF", "FR")],
        ["internship"],
        "hybrid",
        Pay(Decimal(1400), Decimal(1400), "EUR", "month"),
        date(2026, 11, 17),
        date(2027, 1, 15),
        ["masters"],
        None,
        26,
        "février 2027",
        False,
    ),
    "linkedin_en_intern": (
        "Research Intern - Computer Vision (Summer 2027)",
        "DeepMind",
        [Location("London", "", "GB")],
        ["internship"],
        "hybrid",
        Pay(Decimal(45000), Decimal(55000), "GBP", "year"),
        date(2026, 11, 6),
        date(2026, 12, 31),
        ["phd"],
        False,
        12,
        "Summer 2027",
        False,
    ),
    "indeed_en": (
        "Data Scientist, Forecasting",
        "Northwind Analytics Inc.",
        [Location("Chicago", "IL", "US")],
        ["full_time"],
        "hybrid",
        Pay(Decimal(120000), Decimal(145000), "USD", "year"),
        date(2026, 10, 21),
        None,
        ["masters"],
        False,
        None,
        "",
        False,
    ),
    "indeed_de": (
        "Werkstudent (m/w/d) Softwareentwicklung Backend",
        "Zalando SE",
        [Location("Berlin", "", "DE")],
        ["internship", "part_time"],
        "hybrid",
        Pay(Decimal(16), Decimal(16), "EUR", "hour"),
        date(2026, 11, 15),
        date(2027, 1, 10),
        ["masters"],
        False,
        None,
        "März 2027",
        False,
    ),
    "indeed_fr": (
        "Data Analyst H/F",
        "Decathlon",
        [Location("Lille", "HDF", "FR")],  # "(59)": Nord, in Hauts-de-France
        ["full_time"],
        "on_site",
        Pay(Decimal(42000), Decimal(48000), "EUR", "year"),
        date(2026, 11, 18),
        None,
        ["masters"],
        False,
        None,
        "",
        False,
    ),
    "stepstone_de": (
        "Softwareentwickler Java (m/w/d)",
        "Muster Versicherung AG",
        [Location("Hamburg", "", "DE")],
        ["full_time"],
        "hybrid",
        Pay(Decimal(65000), Decimal(80000), "EUR", "year"),
        date(2026, 11, 18),
        date(2027, 1, 31),
        ["bachelors"],
        None,
        None,
        "",
        False,
    ),
    "wttj_fr": (
        "Stage - Research Engineer LLM",
        "Mistral AI",
        [Location("Paris", "", "FR")],
        ["internship"],
        "hybrid",
        None,
        None,
        None,
        ["phd", "masters"],
        None,
        26,
        "01 mars 2027",
        False,
    ),
    "glassdoor_en": (
        "Machine Learning Scientist",
        "Helix Biotech Ltd",
        [Location("Cambridge", "", "GB")],
        ["full_time"],
        "on_site",
        Pay(Decimal(55000), Decimal(70000), "GBP", "year"),
        None,
        None,
        ["phd"],
        True,
        None,
        "",
        False,
    ),
    "greenhouse_en": (
        "Software Engineer Intern, Infrastructure (Summer 2027)",
        "Ramp",
        [Location("New York", "NY", "US")],
        ["internship"],
        "unknown",
        Pay(Decimal(55), Decimal(55), "USD", "hour"),
        None,
        None,
        ["masters", "bachelors"],
        None,
        12,
        "Summer 2027",
        False,
    ),
    "lever_en": (
        "Senior Robotics Software Engineer",
        "Kraken Robotics",
        [Location("Berlin", "", "DE")],
        ["full_time"],
        "hybrid",
        Pay(Decimal(85000), Decimal(105000), "EUR", "year"),
        None,
        None,
        [],
        None,
        None,
        "",
        False,
    ),
    "workday_en": (
        "Graduate Data Engineer",
        "Stripe",
        [Location("Dublin", "", "IE")],
        ["full_time"],
        "unknown",
        None,
        date(2026, 11, 17),
        None,
        ["bachelors"],
        False,
        None,
        "",
        False,
    ),
    "university_de": (
        "Doktorand (m/w/d) im Bereich Maschinelles Lernen",
        "Technische Universität München",
        [Location("München", "", "DE")],
        ["full_time", "temporary"],
        "unknown",
        None,  # "TV-L E13" is a pay grade, not 13 € an hour
        date(2026, 11, 12),
        date(2026, 12, 15),
        ["phd"],  # the completed Master's it asks for is what leads to the position
        None,
        None,
        "",
        False,
    ),
    "hn_en": (
        "Machine Learning Intern",
        "Tessel Labs",
        [Location("San Francisco", "CA", "US")],
        ["internship"],
        "on_site",
        Pay(Decimal(50), Decimal(50), "USD", "hour"),
        None,
        None,
        ["phd", "masters"],
        True,
        12,
        "Summer 2027",
        False,
    ),
    "linkedin_de": (
        "Praktikant (m/w/d) Data Science",
        "SAP",
        [Location("Walldorf", "BW", "DE")],
        ["internship"],
        "hybrid",
        Pay(Decimal(2000), Decimal(2000), "EUR", "month"),
        date(2026, 11, 13),
        None,
        ["masters", "bachelors"],
        False,
        26,
        "März 2027",
        False,
    ),
    "linkedin_en_ireland": (
        "Software Engineering Intern, Summer 2027",
        "Stripe",
        [Location("Dublin", "D", "IE")],
        ["internship"],
        "hybrid",
        Pay(Decimal(45), Decimal(45), "EUR", "hour"),
        date(2026, 11, 6),
        None,
        ["phd", "masters", "bachelors"],
        None,
        12,
        "June 2027",
        False,
    ),
    "greenhouse_en_multi": (
        "Research Intern - Natural Language Processing",
        "Cohere",
        [Location("Toronto", "ON", "CA"), Location("San Francisco", "CA", "US")],
        ["internship"],
        "remote",
        Pay(Decimal(8000), Decimal(10000), "USD", "month"),
        None,
        None,
        ["phd"],
        True,
        16,
        "May 2027",
        False,
    ),
    "stepstone_de_werkstudent": (
        "Werkstudent Machine Learning (m/w/d)",
        "Siemens AG",
        [Location("München", "", "DE")],
        ["internship", "part_time"],
        "hybrid",
        Pay(Decimal(18), Decimal(18), "EUR", "hour"),
        date(2026, 11, 18),
        date(2027, 1, 15),
        [],
        None,
        None,
        "",
        False,
    ),
    "wttj_fr_cards": (
        "Stage - Data Scientist (H/F)",
        "Doctolib",
        [Location("Paris", "", "FR")],
        ["internship"],
        "hybrid",
        Pay(Decimal(1400), Decimal(1400), "EUR", "month"),
        date(2026, 11, 17),
        None,
        ["masters"],
        None,
        26,
        "05 janvier 2027",
        False,
    ),
    "indeed_en_uk": (
        "Graduate Machine Learning Engineer",
        "Ocado Technology",
        [Location("Hatfield", "", "GB")],
        ["full_time"],
        "unknown",
        Pay(Decimal(35000), Decimal(40000), "GBP", "year"),
        date(2026, 11, 17),
        None,
        ["masters", "bachelors"],
        None,
        None,
        "",
        False,
    ),
    "infojobs_es": (
        "Prácticas - Ingeniero/a de Datos",
        "Telefónica",
        [Location("Madrid", "", "ES")],
        ["internship"],
        "hybrid",
        Pay(Decimal(800), Decimal(800), "EUR", "month"),
        date(2026, 11, 17),
        None,
        ["masters", "bachelors"],
        None,
        None,
        "",
        False,
    ),
    "workday_en_intern": (
        "Machine Learning Intern",
        "Dell Technologies",
        [Location("Austin", "TX", "US")],
        ["internship", "full_time"],
        "unknown",
        Pay(Decimal(40), Decimal(55), "USD", "hour"),
        date(2026, 11, 17),
        None,
        ["phd", "masters"],
        None,
        None,
        "",
        False,
    ),
    "glassdoor_en_intern": (
        "Robotics Research Intern",
        "Nimbus Robotics",
        [Location("Pittsburgh", "PA", "US")],
        ["internship"],
        "on_site",
        Pay(Decimal(45), Decimal(55), "USD", "hour"),
        None,
        None,
        ["phd"],
        None,
        None,
        "",
        False,
    ),
    "builtin_en": (
        "Machine Learning Intern",  # "... at Spotify" on the page
        "Spotify",
        [Location("New York", "NY", "US")],
        ["internship"],
        "hybrid",
        Pay(Decimal(45), Decimal(52), "USD", "hour"),  # not the company's $8.11B funding
        date(2026, 11, 15),
        date(2027, 1, 31),
        ["phd", "masters"],
        True,
        12,
        "June 2027",
        False,
    ),
    "xing_de_expired": (
        "Praktikum Data Analytics (m/w/d)",
        "Zalando SE",
        [Location("Berlin", "", "DE")],
        ["internship"],
        "unknown",
        None,
        date(2026, 9, 3),
        None,
        ["masters", "bachelors"],
        None,
        None,
        "",
        True,
    ),
    "indeed_fr_expired": (
        "Stage Ingénieur IA - 6 mois",
        "Thales",
        [Location("Palaiseau", "IDF", "FR")],  # "(91)": Essonne, in Île-de-France
        ["internship"],
        "unknown",
        None,
        date(2026, 10, 21),
        None,
        ["masters"],
        None,
        26,
        "",
        True,
    ),
    "google_en_student": (
        "Student Researcher, PhD, 2027",
        "Google",
        [
            Location("Mountain View", "CA", "US"),
            Location("Zürich", "", "CH"),
            Location("London", "", "GB"),
        ],
        ["full_time"],
        "unknown",
        Pay(Decimal(113000), Decimal(150000), "USD", "year"),
        None,
        None,
        ["phd"],
        None,
        None,
        "",
        False,
    ),
    "university_en_india": (
        "Project Associate - Machine Learning for Climate",
        "Indian Institute of Science",  # not the "Eligibility" heading
        [Location("Bengaluru", "KA", "IN")],
        [],
        "unknown",
        Pay(Decimal(31000), Decimal(31000), "INR", "month"),
        None,
        date(2026, 12, 15),  # "Last date to apply"
        ["masters", "bachelors"],
        None,
        None,
        "",
        False,
    ),
    "jobsch_de": (
        "Praktikum Software Engineering 80-100%",
        "Sensirion AG",
        [],  # Stäfa is too small a town to know without its postcode
        ["internship", "full_time"],  # a workload up to 100%
        "unknown",
        Pay(Decimal(3500), Decimal(3500), "CHF", "month"),
        date(2026, 11, 10),  # "Publiziert: 10.11.2026"
        None,
        ["masters"],
        None,
        None,
        "",
        False,
    ),
    "mycareersfuture_en": (
        "AI Research Intern",
        "Sea Limited",
        [Location("", "", "SG")],
        ["internship"],
        "unknown",
        Pay(Decimal(2500), Decimal(3500), "SGD", "month"),
        date(2026, 11, 12),
        date(2026, 12, 12),  # "Closing on 12 Dec 2026"
        ["masters", "bachelors"],
        None,
        None,
        "",
        False,
    ),
    "lever_en_closed": (
        "Machine Learning Intern (Summer 2026)",  # not "Berlin / Engineering – Internships / ..."
        "Helsing",  # not the board's name on the first line
        [Location("Berlin", "", "DE")],
        ["internship"],
        "hybrid",
        None,
        None,
        None,
        [],
        None,
        None,
        "Summer 2026",
        True,
    ),
    "stellenwerk_de": (
        "Studentische Hilfskraft (m/w/d) im Bereich Maschinelles Lernen",
        "Universität Hamburg",
        [Location("Hamburg", "", "DE")],
        ["internship", "part_time"],  # a student's job, as a Werkstudent's is
        "unknown",
        Pay(Decimal("13.98"), Decimal("13.98"), "EUR", "hour"),
        None,
        date(2026, 12, 10),
        ["masters"],
        None,
        None,
        "01.01.2027",
        False,
    ),
    "stepstone_de_praktikum": (
        "Praktikum im Bereich Natural Language Processing (w/m/d)",
        "Aleph Alpha GmbH",
        [Location("Heidelberg", "", "DE")],
        ["internship", "full_time"],
        "hybrid",  # "Home-Office möglich"
        Pay(Decimal(1800), Decimal(2200), "EUR", "month"),
        date(2026, 11, 14),
        None,
        ["phd", "masters"],  # "Master- oder Promotionsstudium"
        None,
        None,
        "",
        False,
    ),
    "wttj_fr_alternance": (
        "Alternance - Data Analyst (H/F)",
        "BlaBlaCar",
        [Location("Paris", "", "FR")],
        ["internship"],
        "hybrid",
        None,  # "Salaire : Non spécifié"
        date(2026, 11, 2),
        None,
        ["masters"],
        None,
        52,
        "septembre 2027",
        False,
    ),
    "expired_en": (
        "Quantitative Research Intern - London",
        "Jane Street",
        [Location("London", "", "GB")],
        ["internship"],
        "unknown",
        None,
        None,
        None,
        ["phd"],
        None,
        10,
        "June 2027",
        True,
    ),
}


# Pages written as other boards serve them, checked field by field when they first ran.
EXPECTED.update(
    {
        "seek_en": (
            "Senior Data Engineer",
            "Harbourview Analytics",
            [Location("Sydney", "NSW", "AU")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("90000"), Decimal("110000"), "AUD", "year"),
            date(2026, 11, 17),
            None,
            ["bachelors"],  # "A degree in Computer Science ... or equivalent experience"
            False,
            None,
            "",
            False,
        ),
        "jobsacuk_en": (
            "Research Assistant in Machine Learning for Climate Modelling",
            "University of Exeter",
            [Location("Exeter", "", "GB")],
            ["full_time", "contract", "temporary"],
            "hybrid",
            Pay(Decimal("36024"), Decimal("44263"), "GBP", "year"),
            date(2026, 11, 6),
            date(2026, 12, 7),
            ["phd"],
            True,
            None,
            "",
            False,
        ),
        "naukri_en": (
            "Backend Developer - Java Spring Boot",
            "Tekvista Solutions",
            [Location("Bengaluru", "", "IN")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("800000"), Decimal("1200000"), "INR", "year"),
            date(2026, 11, 18),
            None,
            ["masters", "bachelors"],  # "B.E./B.Tech ... (MCA also considered)"
            None,
            None,
            "",
            False,
        ),
        "jobbank_en": (
            "Cook",
            "Maple & Rye Bistro",
            [Location("Toronto", "ON", "CA")],
            ["full_time"],
            "on_site",
            Pay(Decimal("19.5"), Decimal("19.5"), "CAD", "hour"),
            date(2026, 11, 12),
            date(2026, 12, 12),
            [],
            None,
            None,
            "",
            False,
        ),
        "euraxess_en": (
            "Postdoctoral Researcher in Computational Neuroscience (m/f/d)",
            "Helix Institute for Brain Research",
            [Location("Nijmegen", "", "NL")],
            ["full_time", "temporary"],
            "unknown",
            Pay(Decimal("3974"), Decimal("5439"), "EUR", "month"),
            date(2026, 11, 4),
            date(2027, 1, 15),
            ["phd"],
            True,
            None,
            "",
            False,
        ),
        "karriere_de": (
            "Junior Backend Developer Java (m/w/x)",
            "Raiffeisen Software GmbH",
            [Location("Wien", "", "AT")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("3200"), Decimal("3200"), "EUR", "month"),
            date(2026, 11, 14),
            None,
            ["bachelors"],
            None,
            None,
            "",
            False,
        ),
        "indeed_it": (
            "Tirocinio Data Analyst - Marketing Analytics",
            "Pirelli",
            [Location("Milano", "25", "IT")],
            ["internship", "full_time"],
            "hybrid",
            Pay(Decimal("800"), Decimal("800"), "EUR", "month"),
            date(2026, 11, 17),
            None,
            ["masters"],
            None,
            26,
            "gennaio 2027",
            False,
        ),
        "nvb_nl": (
            "Medior Data Engineer",
            "Bol",
            [Location("Amsterdam", "", "NL")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("3500"), Decimal("4500"), "EUR", "month"),
            date(2026, 11, 9),
            None,
            [],
            None,
            None,
            "",
            False,
        ),
        "totaljobs_en": (
            "Staff Nurse (Band 5 equivalent) - Orthopaedic Ward",
            "Harewood Private Hospitals",
            [Location("Leeds", "", "GB")],
            ["full_time"],
            "unknown",
            Pay(Decimal("29970"), Decimal("36483"), "GBP", "year"),
            date(2026, 11, 6),
            date(2026, 12, 4),
            [],
            True,
            None,
            "",
            False,
        ),
        "personio_de": (
            "Werkstudent (m/w/d) Data Analytics & Reporting",
            "Flinkwerk GmbH",
            [Location("München", "", "DE")],
            ["internship", "part_time"],
            "hybrid",
            Pay(Decimal("16.5"), Decimal("16.5"), "EUR", "hour"),
            None,
            None,
            ["masters", "bachelors"],
            None,
            None,
            "",
            False,
        ),
        "careers_fr_closed": (
            "Alternance - Assistant(e) Contrôle de Gestion (H/F)",
            "Maison Verdier",
            [Location("Lyon", "ARA", "FR")],
            ["internship"],
            "hybrid",
            None,  # "850 collaborateurs" and "410 M€" are the company's, not pay
            date(2026, 10, 2),
            None,
            ["masters", "bachelors"],
            None,
            None,
            "",
            True,
        ),
    }
)


# A third round of pages from colleagues who had not seen the extractor.
EXPECTED.update(
    {
        "indeed_en_ca": (
            "Junior Data Analyst",
            "Harbourfront Logistics Inc.",
            [Location("Mississauga", "ON", "CA")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("58000"), Decimal("68000"), "CAD", "year"),
            date(2026, 11, 14),
            date(2026, 12, 15),
            ["bachelors"],
            None,
            None,
            "",
            False,
        ),
        "irishjobs_en": (
            "Mechanical Design Engineer",
            "Kerrigan Medical Devices Ltd",
            [Location("Ballincollig", "CO", "IE")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("45000"), Decimal("55000"), "EUR", "year"),
            date(2026, 11, 18),
            None,
            ["bachelors"],
            False,
            None,
            "",
            False,
        ),
        "jobware_de": (
            "Controller (m/w/d) Konzerncontrolling",
            "Hanseatische Logistik AG",
            [Location("Hamburg", "", "DE")],
            ["full_time", "part_time"],
            "hybrid",
            Pay(Decimal("65000"), Decimal("78000"), "EUR", "year"),
            date(2026, 11, 11),
            None,
            ["masters"],
            None,
            None,
            "",
            False,
        ),
        "tecnoempleo_es": (
            "Desarrollador/a Backend Java Senior",
            "Voxel Soluciones Digitales S.L.",
            [Location("Valencia", "", "ES")],
            ["full_time"],
            "remote",
            Pay(Decimal("30000"), Decimal("36000"), "EUR", "year"),
            date(2026, 11, 18),
            None,
            ["bachelors"],
            None,
            None,
            "",
            False,
        ),
        "infojobs_it": (
            "Frontend Developer React – Ibrido",
            "Talentia Digital S.r.l.",
            [Location("Milano", "25", "IT")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("35000"), Decimal("40000"), "EUR", "year"),
            date(2026, 11, 17),
            None,
            ["bachelors"],
            None,
            None,
            "",
            False,
        ),
        "indeed_ch_de": (
            "Senior Data Scientist (80–100 %)",
            "Helvetia Versicherungen",
            [Location("Zürich", "", "CH")],
            ["full_time"],
            "hybrid",
            Pay(Decimal("95000"), Decimal("110000"), "CHF", "year"),
            date(2026, 11, 18),
            None,
            ["phd", "masters"],
            None,
            None,
            "",
            False,
        ),
    }
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_main_posting(name):
    (title, company, locations, types, arrangement, pay, posted, valid, degrees, visa, weeks,
     start, is_expired) = EXPECTED[name]  # fmt: skip

    posting = main_posting(name)

    assert (posting.title, posting.company) == (title, company)
    assert posting.locations == locations
    assert posting.employment_types == types
    assert posting.work_arrangement == arrangement
    assert posting.pay == pay
    assert posting.posted_on == posted
    assert posting.valid_through == valid
    assert posting.degree_levels == degrees
    assert posting.visa_sponsorship is visa
    assert posting.internship_weeks == weeks
    assert posting.internship_start == start
    assert posting.expired is is_expired


# name: responsibilities start, basic qualifications start, benefits start, description start
SECTIONS = {
    "jobboard_fr_stage": (
        "- Concevoir des modèles",
        "- Étudiant(e) en Master 2",
        "",
        "Au sein de l'équipe Recherche",
    ),
    "linkedin_en_intern": (
        "- Run experiments",
        "- Currently enrolled in a PhD",
        "",
        "We are looking for PhD students",
    ),
    "indeed_en": (
        "- Build and maintain",
        "- Master's degree",
        "- 401(k)",
        "Northwind Analytics is",
    ),
    "indeed_de": (
        "- Entwicklung von Microservices",
        "- Eingeschriebenes",
        "- Flexible",
        "Für unser",
    ),
    "indeed_fr": ("- Construire des tableaux", "- Bac+5", "- Tickets restaurant", "Rejoignez"),
    "stepstone_de": (
        "- Weiterentwicklung",
        "- Abgeschlossenes Studium",
        "- 30 Tage",
        "Ihre Aufgaben",
    ),
    "wttj_fr": ("- Entraîner des modèles", "- Étudiant(e) en Master 2", "", "Vous rejoindrez"),
    "glassdoor_en": ("- Develop generative", "- PhD in Machine Learning", "", "Helix Biotech is"),
    "greenhouse_en": ("- Improve our deployment", "- Currently pursuing", "", "Ramp is building"),
    "lever_en": ("- Own the motion planning", "- 5+ years of C++", "", "Kraken Robotics builds"),
    "workday_en": ("- Build data pipelines", "- Bachelor's degree", "", "At Stripe"),
    "university_de": (
        "- Forschung zu",
        "- Abgeschlossenes Masterstudium",
        "- Vergütung",
        "Am Lehrstuhl",
    ),
    "hn_en": ("", "- PhD or MS student", "", "We are a small team"),
    "linkedin_de": ("- Entwicklung von ML", "- Bachelor- oder Masterstudium", "", "Für unser"),
    "expired_en": ("", "- Pursuing a PhD", "", "Our 10-week summer internship"),
    "linkedin_en_ireland": (
        "- Build and ship",
        "- Currently pursuing a BS, MS or PhD",
        "",
        "Who we are",
    ),
    "greenhouse_en_multi": ("", "- Are enrolled in a PhD program", "", "Cohere builds"),
    "indeed_en_uk": (
        "- Training forecasting models",
        "- A 2:1 degree",
        "- 25 days holiday",
        "Ocado Technology is looking",
    ),
    "builtin_en": (
        "You will join the personalization team",
        "- Pursuing a PhD or MS",
        "",
        "Spotify is a digital music service",
    ),
    "xing_de_expired": ("- Analyse von Kundendaten", "- Studium der", "", "Deine Aufgaben"),
    "indeed_fr_expired": ("- Développer des algorithmes", "- Élève ingénieur", "", "Missions"),
    "google_en_student": (
        "- Conduct research",
        "- Currently enrolled in a PhD",
        "",
        "Minimum qualifications:",
    ),
    "university_en_india": ("", "- B.Tech or M.Sc", "", "Eligibility"),
    "jobsch_de": ("- Entwicklung von Firmware", "- Masterstudium", "", "Ihre Aufgaben"),
    "mycareersfuture_en": (
        "- Research on recommendation",
        "- Pursuing a Bachelor's",
        "",
        "Roles & Responsibilities",
    ),
    "lever_en_closed": ("- Build ML pipelines", "", "", "Helsing is building"),
    "stepstone_de_praktikum": (
        "- Evaluierung",
        "- Laufendes Master-",
        "- Flexible",
        "Aleph Alpha entwickelt",
    ),
    "wttj_fr_alternance": ("- Construire", "- Étudiant(e) en Master", "", "Vous rejoindrez"),
    "stellenwerk_de": ("- Unterstützung", "- Immatrikulation", "", "Ihre Aufgaben:"),
    "infojobs_es": ("- Desarrollar pipelines", "- Estudiante de Grado", "", "Buscamos estudiantes"),
    "workday_en_intern": (
        "- Prototype ML models",
        "- Currently pursuing a Master's",
        "",
        "At Dell Technologies",
    ),
    "glassdoor_en_intern": (
        "- Develop perception algorithms",
        "- PhD student in robotics",
        "",
        "Nimbus Robotics builds",
    ),
    "stepstone_de_werkstudent": (
        "- Entwicklung von Modellen",
        "- Eingeschriebener Student",
        "- Flexible Arbeitszeiten",
        "Ihre Aufgaben",
    ),
    "wttj_fr_cards": (
        "- Analyser de grands volumes",
        "- Étudiant(e) en dernière année",
        "",
        "Au sein de l'équipe Data",
    ),
}

# Navigation, buttons, badges and footers that must not reach any description.
CHROME = (
    "Passer au contenu", "Accueil >", "Postuler", "Signaler", "Partager", "Sign in", "Easy Apply",
    "87 applicants", "Entry level", "Skip to main content", "Find jobs", "out of 5 stars",
    "Report job", "Apply now", "Profile insights", "Zum Hauptinhalt", "Sternen", "Jetzt bewerben",
    "Job speichern", "Diesen Job melden", "Se connecter", "sur 5 étoiles", "Sauvegarder", "Merken",
    "Teilen", "Jobs > IT", "Welcome to the Jungle", "Glassdoor", "Show more", "Back to jobs",
    "Apply for this job", "Powered by", "powered by Lever", "Search for Jobs", "Follow Us",
    "Privacy Policy", "Direkt zum Inhalt", "Startseite >", "Drucken", "Hacker News", "reply",
    "Einfach bewerben", "Bewerbungen", "Berufseinsteiger", "Careers Home", "Share this job",
    "Posted 30+ days ago", "veröffentlicht", "Publiée il y a", "total raised", "500 employees",
)  # fmt: skip


@pytest.mark.parametrize("name", sorted(SECTIONS))
def test_page_sections_and_chrome(name):
    responsibilities, basic, benefits, opening = SECTIONS[name]

    posting = main_posting(name)

    assert posting.sections.responsibilities.startswith(responsibilities)
    assert bool(posting.sections.responsibilities) == bool(responsibilities)
    assert posting.sections.basic_qualifications.startswith(basic)
    assert posting.sections.benefits.startswith(benefits)
    assert bool(posting.sections.benefits) == bool(benefits)
    assert posting.description.startswith(opening)
    for chrome in CHROME:
        assert chrome not in posting.description, chrome


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        ("jobboard_fr_stage", []),
        (
            "linkedin_en_intern",
            [
                ("Machine Learning Engineer", "Wayve", "London", "unknown", date(2026, 11, 19)),
                ("Data Scientist Intern", "Monzo Bank", "London", "remote", date(2026, 11, 17)),
            ],
        ),
        (
            "linkedin_de",
            [
                (
                    "Werkstudent Data Engineering (m/w/d)",
                    "Bosch",
                    "Stuttgart",
                    "remote",
                    date(2026, 11, 17),
                )
            ],
        ),
        (
            "stepstone_de",
            [
                (
                    "Java Developer (m/w/d)",
                    "Hanse Digital GmbH",
                    "Bremen",
                    "unknown",
                    date(2026, 11, 19),
                )
            ],
        ),
        (
            "wttj_fr",
            [("Stage - Data Engineer", "Doctolib", "Paris", "hybrid", date(2026, 11, 16))],
        ),
        (
            "linkedin_en_ireland",
            [
                ("Machine Learning Intern", "Intercom", "Dublin", "unknown", date(2026, 11, 13)),
                ("Data Engineer", "Workday", "Dublin", "on_site", date(2026, 11, 17)),
            ],
        ),
        (
            "stepstone_de_werkstudent",
            [
                (
                    "Praktikant Data Science (m/w/d)",
                    "BMW Group",
                    "München",
                    "unknown",
                    date(2026, 11, 15),
                )
            ],
        ),
        (
            # Cards without dates: each starts at a title followed by a company and a place.
            "wttj_fr_cards",
            [
                ("Alternance - Développeur Backend", "Qonto", "Paris", "unknown", None),
                ("Stage - Product Designer", "Alan", "Paris", "remote", None),
            ],
        ),
        ("greenhouse_en_multi", []),
        (
            "workday_en_intern",
            [
                (
                    "Software Engineering Intern",
                    "Dell Technologies",
                    "Round Rock",
                    "unknown",
                    date(2026, 11, 15),
                )
            ],
        ),
        ("indeed_en_uk", []),
        (
            "builtin_en",
            [("Data Science Intern", "Etsy", "Brooklyn", "unknown", date(2026, 11, 18))],
        ),
        ("infojobs_es", []),
        ("glassdoor_en_intern", []),
        ("indeed_en", []),
        ("greenhouse_en", []),
        ("hn_en", []),
        (
            "jobsacuk_en",
            [
                (
                    "Research Fellow in Atmospheric Data Science",
                    "University of Reading",
                    "Reading",
                    "unknown",
                    None,
                ),
                (
                    "Postdoctoral Research Associate in Climate Machine Learning",
                    "University of Oxford",
                    "Oxford",
                    "unknown",
                    None,
                ),
                (
                    "Research Software Engineer (Earth System Modelling)",
                    "University of Leeds",
                    "Leeds",
                    "unknown",
                    None,
                ),
            ],
        ),
        (
            "naukri_en",
            [
                (
                    "Java Developer",
                    "Infoloom Technologies",
                    "Bengaluru",
                    "unknown",
                    date(2026, 11, 17),
                ),
                (
                    "Senior Software Engineer - Backend",
                    "Kredora Fintech",
                    "Bengaluru",
                    "hybrid",
                    date(2026, 11, 19),
                ),
                (
                    "Spring Boot Developer",
                    "Nimbus Softech",
                    "Hyderabad",
                    "unknown",
                    date(2026, 11, 20),
                ),
                (
                    "Java Backend Engineer",
                    "Quantrail Systems",
                    "Bengaluru",
                    "unknown",
                    date(2026, 11, 14),
                ),
            ],
        ),
        (
            "indeed_it",
            [
                ("Stage Business Analyst", "Luxottica", "Milano", "unknown", date(2026, 11, 15)),
                (
                    "Tirocinio Data Scientist",
                    "Intesa Sanpaolo",
                    "Torino",
                    "unknown",
                    date(2026, 11, 20),
                ),
                ("Data Analyst Junior", "Accenture", "Milano", "unknown", date(2026, 11, 19)),
            ],
        ),
        (
            "jobbank_en",
            [
                (
                    "Line cook",
                    "Harbourfront Kitchen Inc.",
                    "Toronto",
                    "unknown",
                    date(2026, 11, 18),
                ),
                ("Cook", "The Larder on Queen", "Toronto", "unknown", date(2026, 11, 15)),
            ],
        ),
        (
            "karriere_de",
            [
                (
                    "Java Developer (m/w/d)",
                    "Erste Digital GmbH",
                    "Wien",
                    "unknown",
                    date(2026, 11, 18),
                ),
                (
                    "Backend Entwickler:in Python",
                    "Bitpanda GmbH",
                    "Wien",
                    "hybrid",
                    date(2026, 11, 13),
                ),
                (
                    "Software Engineer Java (all genders)",
                    "Fabasoft Austria GmbH",
                    "Linz",
                    "unknown",
                    date(2026, 11, 17),
                ),
            ],
        ),
        (
            "nvb_nl",
            [
                ("Data Engineer", "ING", "Amsterdam", "unknown", date(2026, 11, 14)),
                ("Junior Data Engineer", "Coolblue", "Rotterdam", "unknown", date(2026, 11, 12)),
                ("Analytics Engineer", "Picnic", "Amsterdam", "unknown", date(2026, 11, 4)),
            ],
        ),
        (
            "totaljobs_en",
            [
                ("Registered Nurse - Day Surgery", "Nuffield Health", "Leeds", "unknown", None),
                ("Staff Nurse - Theatres (Scrub)", "Spire Healthcare", "Bradford", "unknown", None),
                (
                    "Band 5 Staff Nurse - Medical Wards",
                    "Mid Yorkshire Teaching NHS Trust",
                    "Wakefield",
                    "unknown",
                    None,
                ),
            ],
        ),
        (
            "irishjobs_en",
            [
                (
                    "Quality Engineer",
                    "Lismore Precision Components",
                    "Carrigtwohill",
                    "unknown",
                    date(2026, 11, 18),
                ),
                # Its "5 days ago" sits right above the site's footer links.
                ("R&D Engineer II", "Corrib Surgical", "Galway", "unknown", date(2026, 11, 15)),
            ],
        ),
        (
            "jobware_de",
            [
                (
                    "Senior Controller (m/w/d) Vertriebscontrolling",
                    "Elbwerft Maschinenbau GmbH",
                    "Hamburg",
                    "unknown",
                    date(2026, 11, 19),
                ),
                (
                    "Referent Konzernrechnungswesen (m/w/d)",
                    "Nordbank Holding AG",
                    "Hamburg",  # "Hamburg, Kiel": two cities, not Kiel in the city-state
                    "unknown",
                    date(2026, 11, 16),
                ),
            ],
        ),
        (
            "tecnoempleo_es",
            [
                (
                    "Desarrollador Java Spring Boot",
                    "Nexion Consulting",
                    "Madrid",
                    "hybrid",
                    date(2026, 11, 15),
                ),
                (
                    "Ingeniero/a Backend (Kotlin/Java)",
                    "Fintonic Labs",
                    "",
                    "remote",
                    date(2026, 11, 12),
                ),
            ],
        ),
        (
            "infojobs_it",
            [
                ("Sviluppatore Angular", "Reply S.p.A.", "Torino", "hybrid", date(2026, 11, 19)),
                (
                    "Web Developer Junior",
                    "Studio Pixel S.r.l.",
                    "Bergamo",
                    "unknown",
                    date(2026, 11, 14),
                ),
            ],
        ),
        (
            "indeed_ch_de",
            [
                ("Data Scientist (m/w/d)", "Swiss Re", "Zürich", "unknown", date(2026, 11, 14)),
                (
                    "Machine Learning Engineer",
                    "Zühlke Engineering AG",
                    "",
                    "unknown",
                    date(2026, 10, 21),
                ),
            ],
        ),
    ],
)
def test_page_listing_cards(name, cards):
    result = parse_page(name)

    assert [
        (
            p.title,
            p.company,
            p.locations[0].city if p.locations else "",
            p.work_arrangement,
            p.posted_on,
        )
        for p in result.postings[1:]
    ] == cards
    # A card's own text is at most a line of skills ("Java, Spring Boot, Hibernate").
    assert all(len(p.description.splitlines()) <= 1 for p in result.postings[1:])
    assert not any(
        "jobs in" in p.description or "jobs.ac.uk" in p.description for p in result.postings
    )


def test_company_before_title_and_rating_are_read_by_score_not_position():
    page = (
        "Jobs\nCompanies\n\nAcme Analytics GmbH 4.3 ★\nSenior Data Engineer (m/w/d)\n"
        "Köln\nVollzeit\nEasy Apply | Save\n\nIhre Aufgaben\n- Pipelines bauen\n"
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert (posting.title, posting.company) == (
        "Senior Data Engineer (m/w/d)",
        "Acme Analytics GmbH",
    )
    assert posting.locations == [Location("Köln", "", "DE")]


def test_company_dash_location_header_line():
    page = (
        "Backend Developer\nGlobex Corp - Toronto, ON\nFull-time\nApply now\n\n"
        "Responsibilities\n- Build services\n"
    )

    (posting,) = parse_text(page, as_of=AS_OF).postings

    assert posting.company == "Globex Corp"
    assert posting.locations == [Location("Toronto", "ON", "CA")]


def test_a_news_article_about_internships_carries_no_posting():
    # Companies, a date and pay figures, but a byline: an article, not a posting.
    result = parse_page("article_en")
    assert result.postings == []
    assert "reads like an article" in result.note


def test_a_hiring_thread_gives_each_post_its_own_posting():
    first, second = parse_page("hn_en_thread").postings
    assert (first.title, first.company, first.locations) == (
        "Robotics Software Intern",
        "Acme Robotics",
        [Location("Boston", "MA", "US")],
    )
    assert first.pay == Pay(Decimal(40), Decimal(40), "USD", "hour")
    assert (first.internship_weeks, first.internship_start) == (12, "Summer 2027")
    assert first.degree_levels == []  # the PhD is the next post's
    assert (second.title, second.company, second.locations) == (
        "ML Research Engineer",
        "Nebula AI",
        [Location("", "", "US")],
    )
    assert second.work_arrangement == "remote"
    assert second.employment_types == ["full_time"]
    assert second.pay == Pay(Decimal(180000), Decimal(220000), "USD", "year")
    assert "Nebula" not in first.description


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        (
            "indeed_en_search",
            [
                ("Machine Learning Intern", "Cohere", Location("Toronto", "ON", "CA"),
                 ["internship"], date(2026, 11, 17)),
                ("Research Intern, Computer Vision", "Huawei Technologies Canada",
                 Location("Markham", "ON", "CA"), ["internship"], date(2026, 11, 19)),
                ("Data Science Co-op (Winter 2027)", "RBC", Location("Toronto", "ON", "CA"),
                 ["internship"], date(2026, 10, 21)),
            ],
        ),
        (
            "linkedin_en_search",
            [
                ("Machine Learning Intern (f/m/d)", "Celonis", Location("Munich", "BY", "DE"),
                 ["internship"], date(2026, 11, 18)),
                ("Werkstudent KI-Entwicklung (m/w/d)", "BMW Group",
                 Location("Munich", "BY", "DE"), ["internship", "part_time"], date(2026, 11, 13)),
                ("Praktikum Deep Learning", "Siemens Healthineers",
                 Location("Erlangen", "BY", "DE"), ["internship"], date(2026, 10, 30)),
            ],
        ),
    ],
)  # fmt: skip
def test_a_search_results_page_is_its_cards(name, cards):
    # The search form, sort links and result counts above the cards are no posting.
    result = parse_page(name)
    assert [
        (p.title, p.company, p.locations[0], p.employment_types, p.posted_on)
        for p in result.postings
    ] == cards


def test_a_careers_page_lists_its_open_roles_under_its_own_name():
    postings = parse_page("careers_en_open_roles").postings
    assert [(p.title, p.company, p.locations, p.employment_types) for p in postings] == [
        ("Research Scientist Intern", "Mistral AI", [Location("Paris", "", "FR")], ["internship"]),
        (
            "Software Engineer Intern, Inference",
            "Mistral AI",
            [Location("London", "", "GB")],
            ["internship"],
        ),
        ("Applied AI Engineer", "Mistral AI", [Location("", "", "SG")], ["full_time"]),
    ]
    # Each role's sentence is its description, not its company.
    assert postings[1].description.startswith("Work on our inference stack")
