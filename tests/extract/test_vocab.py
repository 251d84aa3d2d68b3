import csv
from pathlib import Path

import pytest

from postings.extract.vocab import (
    degree_levels,
    employment_types,
    expired,
    internship_start,
    internship_term,
    internship_weeks,
    visa_sponsorship,
    work_arrangement,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Intern", ["internship"]),
        ("2026 Applied Science Internship", ["internship"]),
        ("Full-time", ["full_time"]),
        ("Full time", ["full_time"]),
        ("Part time", ["part_time"]),
        ("Contract", ["contract"]),
        ("Freelance", ["contract"]),
        ("Temporary", ["temporary"]),
        ("Fixed-term contract", ["temporary"]),  # an employee with an end date, no contractor
        ("Full-time internship", ["internship", "full_time"]),
        ("International Machine Learning", []),
        ("internal tools", []),
        ("an early-stage startup", []),
        ("contract negotiation skills", []),
    ],
)
def test_employment_types_english(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Praktikum", ["internship"]),
        ("Pflichtpraktikum im Bereich Data Science", ["internship"]),
        ("Werkstudent (m/w/d)", ["internship", "part_time"]),
        ("Werkstudentin", ["internship", "part_time"]),
        ("Vollzeit", ["full_time"]),
        ("Teilzeit", ["part_time"]),
        ("Befristet", ["temporary"]),
        ("Unbefristet", []),
        ("Freiberuflich", ["contract"]),
    ],
)
def test_employment_types_german(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stage", ["internship"]),
        ("Stagiaire Data Scientist", ["internship"]),
        ("Un stage de 6 mois", ["internship"]),
        ("Alternance", ["internship"]),
        ("CDI", ["full_time"]),
        ("CDD de 6 mois", ["temporary"]),
        ("Temps plein", ["full_time"]),
        ("Temps partiel", ["part_time"]),
        ("Freelance", ["contract"]),
        ("le cdi est la norme", []),
    ],
)
def test_employment_types_french(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote", "remote"),
        ("Fully remote (US)", "remote"),
        ("You can work from home", "remote"),
        ("Hybrid", "hybrid"),
        ("hybrid", "hybrid"),
        ("3 days a week in the office", "hybrid"),
        ("On-site", "on_site"),
        ("Onsite in Berlin", "on_site"),
        ("Please note this is not a remote internship opportunity", "unknown"),
        ("No remote work possible; on-site in Munich", "on_site"),
        ("We build great software", "unknown"),
        ("Zum Teil im Homeoffice", "hybrid"),
        ("Teilweise Homeoffice", "hybrid"),
        ("Homeoffice", "remote"),
        ("Vor Ort", "on_site"),
        ("Kein Homeoffice möglich", "unknown"),
        ("Homeoffice möglich", "hybrid"),
        ("Home-Office möglich", "hybrid"),
        ("Mobiles Arbeiten möglich", "hybrid"),
        ("Télétravail possible", "hybrid"),
        ("Télétravail partiel", "hybrid"),
        ("Télétravail", "remote"),
        ("Sur site", "on_site"),
        ("Pas de télétravail", "unknown"),
    ],
)
def test_work_arrangement(text, expected):
    assert work_arrangement(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Currently enrolled in a PhD program", ["phd"]),
        ("Ph.D. in Computer Science", ["phd"]),
        ("doctoral students", ["phd"]),
        ("Are you a MS or PhD student", ["phd", "masters"]),
        ("Master's degree in Statistics", ["masters"]),
        ("Master’s or PhD in computer science", ["phd", "masters"]),
        ("M.Sc. in Physics", ["masters"]),
        ("Bachelor's degree or equivalent", ["bachelors"]),
        ("BS/BA in Computer Science", ["bachelors"]),
        ("BS or MS in Computer Science", ["masters", "bachelors"]),
        ("Familiar with the core undergraduate curriculum of computer science", []),
        ("Scrum Master certification", []),
        ("master data management", []),
        ("No PhD required", []),
        ("Boston, MA", []),
    ],
)
def test_degree_levels_english(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abgeschlossenes Masterstudium der Informatik", ["masters"]),
        ("Diplom oder Master in Informatik", ["masters"]),
        ("Bachelorstudium der Mathematik", ["bachelors"]),
        ("Doktorand (m/w/d)", ["phd"]),
        ("Bac+5 en informatique", ["masters"]),
        ("Doctorat en apprentissage automatique", ["phd"]),
        ("Licence en informatique", ["bachelors"]),
        ("Diplôme d'ingénieur", ["masters"]),
    ],
)
def test_degree_levels_german_and_french(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("H1B Sponsor Likelynote", True),
        ("Visa sponsorship available", True),
        ("We sponsor visas for this role", True),
        ("Visa sponsorship: yes", True),
        ("Visa-Sponsoring möglich", True),
        ("We are unable to sponsor visas", False),
        ("No visa sponsorship", False),
        ("Must be authorized to work in the US without sponsorship", False),
        ("We do not sponsor work visas", False),
        ("Keine Visa-Unterstützung", False),
        ("Pas de parrainage de visa", False),
        ("Amazon has a track record of offering H1B sponsorships.", None),
        ("A great team", None),
    ],
)
def test_visa_sponsorship(text, expected):
    assert visa_sponsorship(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This internship is a duration of 6 months full time", 26),
        ("Ability to work 40 hours/week for a 12-week internship", 12),
        ("Internship length can vary between 3 - 6 months", 13),
        ("Our internships last 12 to 16 weeks", 12),
        ("a three-month internship", 13),
        ("Praktikumsdauer: 6 Monate", 26),
        ("Stage de 4 à 6 mois", 17),
        ("You have 5 years of experience", None),
        ("Within 3 months you will own a service", None),
    ],
)
def test_internship_weeks(text, expected):
    assert internship_weeks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a start date in Jan-March 2026.", "Jan-March 2026"),
        ("Start: Summer 2027", "Summer 2027"),
        ("Starting in September 2026", "September 2026"),
        ("Beginn: ab 1. April 2026", "1. April 2026"),
        ("Starttermin: Oktober 2026", "Oktober 2026"),
        ("Début : septembre 2026", "septembre 2026"),
        ("Internship start dates vary throughout the year.", ""),
        ("Join our team", ""),
    ],
)
def test_internship_start(text, expected):
    assert internship_start(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Expired", True),
        ("This role has expired and is no longer accepting applications.", True),
        ("This job is closed", True),
        ("Diese Stelle ist nicht mehr verfügbar", True),
        ("Cette offre n'est plus disponible", True),
        ("We are hiring", False),
        ("Closed-loop control systems", False),
    ],
)
def test_expired(text, expected):
    assert expired(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5+ years of non-internship professional software development experience", []),
        ("This is not an internship", []),
        ("Previous technical internship(s) preferred", []),
        ("post-internship offers are common", []),
        ("Full-time, not contract", ["full_time"]),
        ("Not only full-time roles but also internships", ["internship", "full_time"]),
        ("Kein Praktikum, sondern eine Festanstellung in Vollzeit", ["full_time"]),
        ("Vorherige Praktika sind ein Plus", []),
        ("Ce n'est pas un stage", []),
        ("Pas de stage, un CDI", ["full_time"]),
        ("Human Resources Apprenticeship", ["internship"]),
    ],
)
def test_negated_or_past_mentions_name_no_employment_type(text, expected):
    assert employment_types(text) == expected


def test_amazon_senior_roles_asking_for_non_internship_experience_are_no_internships():
    path = Path("/work/shared/realdata/amazon/amazon_jobs_india_pf3.csv")
    if not path.exists():
        pytest.skip("real data in /work/shared is absent")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["Job Title"].startswith("Senior SDE")]

    assert rows
    for row in rows:
        text = "\n".join((row["Job Title"], row["Minimum Qualifications"]))
        assert "internship" not in employment_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prácticas", ["internship"]),
        ("Becaria de investigación", ["internship"]),
        ("Tirocinio curriculare", ["internship"]),
        ("Stagiair Data Science", ["internship"]),
        ("Jornada completa", ["full_time"]),
        ("Media jornada", ["part_time"]),
        ("Tempo pieno", ["full_time"]),
        ("Deeltijd", ["part_time"]),
    ],
)
def test_employment_types_spanish_italian_dutch(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Teletrabajo parcial", "hybrid"),
        ("Modalidad híbrida", "hybrid"),
        ("Smart working", "hybrid"),
        ("Teletrabajo", "remote"),
        ("Lavoro da remoto", "remote"),
        ("Thuiswerken", "remote"),
        ("Presencial", "on_site"),
        # A value, then a qualification of it in brackets.
        ("On-site (remote work available for part of the onboarding week only)", "on_site"),
        ("Remote (occasional on-site visits)", "remote"),
        ("Internship\nOn-site (remote work available for the onboarding week)\nTokyo", "on_site"),
    ],
)
def test_work_arrangement_spanish_italian_dutch(text, expected):
    assert work_arrangement(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estudiante de Grado o Máster en Informática", ["masters", "bachelors"]),
        ("Doctorado en inteligencia artificial", ["phd"]),
        ("Laurea magistrale in Ingegneria", ["masters"]),
        ("Laurea triennale o magistrale in Informatica", ["masters", "bachelors"]),
        ("Dottorato di ricerca", ["phd"]),
    ],
)
def test_degree_levels_spanish_and_italian(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This position has been filled", True),
        ("We are no longer hiring for this role", True),
        ("The closing date has passed", True),
        ("Die Bewerbungsfrist ist abgelaufen", True),
        ("Die Stelle ist bereits besetzt", True),
        ("Esta oferta ya no está disponible", True),
        ("Questa offerta non è più disponibile", True),
        ("Deze vacature is gesloten", True),
        ("The position will be filled quickly", False),
        ("Applications will close soon", False),
    ],
)
def test_more_expired_notices(text, expected):
    assert expired(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laufendes Master- oder Promotionsstudium in Informatik", ["phd", "masters"]),
        ("Promovierende der Informatik", ["phd"]),
        ("Sales promotion experience", []),
        ("Scrum Master- oder Agile-Coach-Erfahrung", []),
    ],
)
def test_german_compounds_written_once_and_doctorates(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Type of Contract\nTemporary", ["temporary"]),
        ("Vast contract", []),
        ("Contract type: Full-time", ["full_time"]),
        ("Contract - W2", ["contract"]),
    ],
)
def test_a_contract_label_or_a_permanent_contract_is_no_contract_role(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hybrides Arbeiten: bis zu 60 % Homeoffice",
        "Jusqu'à 2 jours de télétravail par semaine",
        "Télétravail : 3 jours/semaine",
        "Hybrid work: 2 days a week in our Barangaroo office, the rest from home",
        "up to 2 days of remote work a week",
    ],
)
def test_some_days_at_home_a_week_is_hybrid(text):
    assert work_arrangement(text) == "hybrid"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The University of Exeter is able to sponsor Skilled Worker visas", True),
        ("The institute is a recognised sponsor with the IND", True),
        ("Unterstützung bei Umzug und Visumverfahren", True),
        ("We are unable to sponsor visas for this role", False),
    ],
)
def test_more_ways_to_say_a_visa_is_sponsored(text, expected):
    assert visa_sponsorship(text) is expected


@pytest.mark.parametrize(
    "text", ["Master ou bachelier en informatique", "Master of bachelor in Informatica"]
)
def test_belgian_and_dutch_degree_pairs(text):
    assert degree_levels(text) == ["masters", "bachelors"]


def test_degrees_of_students_someone_supervises_are_not_asked_for():
    assert degree_levels("PhD required. You will co-supervise PhD and Master's students.") == [
        "phd"
    ]


@pytest.mark.parametrize(
    "text", ["followed by an on-site visit", "an in-person interview", "onsite interview"]
)
def test_meeting_in_person_to_hire_is_no_arrangement(text):
    assert work_arrangement(text) == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pensum: 100%", ["full_time"]),
        ("Taux d'activité : 90 - 100 %", ["full_time"]),
        ("100% remote", []),
    ],
)
def test_a_swiss_workload_up_to_a_hundred_percent_is_full_time(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The company would not sponsor work visas", False),
        ("Sponsorship under the Health and Care Worker visa is available", True),
        ("Relocation support and visa sponsorship", True),
    ],
)
def test_sponsorship_said_with_would_under_or_beside_relocation(text, expected):
    assert visa_sponsorship(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Free on-site parking", "unknown"),
        ("diagnose faults remotely", "unknown"),
        ("You can work remotely", "remote"),
        ("mobiles Arbeiten an bis zu 2 Tagen pro Woche", "hybrid"),
        ("based in our New York office five days a week", "on_site"),
    ],
)
def test_arrangement_words_only_when_they_say_where_the_work_is_done(text, expected):
    assert work_arrangement(text) == expected


def test_bac_plus_four_or_five_is_a_masters():
    assert degree_levels("Bac+4/5 en école de commerce") == ["masters"]


@pytest.mark.parametrize(
    ("text", "weeks", "start"),
    [
        ("Tirocinio extracurriculare di 6 mesi con inizio a gennaio 2027", 26, "gennaio 2027"),
        ("Prácticas de 6 meses, inicio en enero 2027", 26, "enero 2027"),
        ("Stage van 5 maanden", 22, ""),
    ],
)
def test_internship_terms_in_italian_spanish_and_dutch(text, weeks, start):
    assert (internship_weeks(text), internship_start(text)) == (weeks, start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We are happy to support work permits", True),
        ("This role does not meet the requirements for sponsorship", False),
    ],
)
def test_work_permits_and_requirements_for_sponsorship(text, expected):
    assert visa_sponsorship(text) is expected


def test_a_contract_label_names_no_contract_role():
    assert employment_types("Contract: Permanent, full time") == ["full_time"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thuiswerken is niet mogelijk.", "unknown"),
        ("Homeoffice ist nicht möglich.", "unknown"),
        ("2 Tage mobiles Arbeiten pro Woche", "hybrid"),
        ("Up to 50% work from home", "hybrid"),
    ],
)
def test_remote_work_said_not_possible_or_for_part_of_the_week(text, expected):
    assert work_arrangement(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You must be a U.S. Citizen to apply for this job",
        "Only candidates with a valid work permit will be considered",
        "Es werden nur Bewerbungen von Personen mit gültiger Arbeitsbewilligung berücksichtigt",
    ],
)
def test_asking_for_citizenship_or_a_work_permit_means_no_sponsorship(text):
    assert visa_sponsorship(text) is False


@pytest.mark.parametrize("text", ["BCom Accounting degree", "a Level 8 degree in engineering"])
def test_more_bachelors_degrees(text):
    assert degree_levels(text) == ["bachelors"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estágio em Dados - Analytics 2027", ["internship"]),
        ("Procuramos estagiárias de engenharia", ["internship"]),
        ("Tempo integral", ["full_time"]),
        ("Stażysta w dziale danych", ["internship"]),
        ("Praktyki studenckie w zespole AI", ["internship"]),
        ("Pełny etat", ["full_time"]),
        ("Afstudeerstage Computer Vision", ["internship"]),
        # "Staż pracy" is years of experience and "dobre praktyki" good practice, not internships.
        ("Wymagany staż pracy: 3 lata. Znasz dobre praktyki.", []),
    ],
)
def test_employment_types_portuguese_polish_dutch(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Praca hybrydowa", "hybrid"),
        ("Praca zdalna", "remote"),
        ("Praca stacjonarna", "on_site"),
        ("Lieu de travail\nSur place\n", "on_site"),
        ("Restauration sur place pour les équipes", "unknown"),
        ("Op locatie", "on_site"),
    ],
)
def test_work_arrangement_polish_french_dutch_values(text, expected):
    assert work_arrangement(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Only South African citizens or permanent residents will be considered.",
        "Helaas bieden wij geen visumsponsoring.",
    ],
)
def test_citizens_only_and_dutch_no_sponsorship(text):
    assert visa_sponsorship(text) is False


@pytest.mark.parametrize(
    ("text", "types", "arrangement"),
    [
        ("Jornada: Medio tiempo", ["part_time"], "unknown"),
        ("Practicante de Análisis de Datos", ["internship"], "unknown"),
        ("Praktykant Data Engineering\nHybrydowo", ["internship"], "hybrid"),
        ("Praktikum\nHomeoffice an bis zu zwei Tagen pro Woche", ["internship"], "hybrid"),
    ],
)
def test_more_spanish_polish_and_german_wording(text, types, arrangement):
    assert (employment_types(text), work_arrangement(text)) == (types, arrangement)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Citizenship is required.", False),
        ("Helaas kunnen wij geen visum voor je aanvragen.", False),
        ("This post is eligible for sponsorship under the Skilled Worker visa route.", True),
    ],
)
def test_more_visa_statements(text, expected):
    assert visa_sponsorship(text) is expected


def test_polish_degrees():
    assert degree_levels("Wykształcenie inżynierskie lub magisterskie") == ["masters", "bachelors"]


@pytest.mark.parametrize(
    "text",
    [
        "Open to undergraduate juniors and seniors.",
        "Graduates with a 2:1 degree in a numerate subject",
    ],
)
def test_undergraduate_years_and_uk_honours_classes_mean_a_bachelors(text):
    assert degree_levels(text) == ["bachelors"]


def test_office_days_a_week_and_german_doctoral_students():
    assert (
        work_arrangement("Interns work from the office at least three days per week.") == "hybrid"
    )
    assert degree_levels("Du bist Masterstudent:in oder Promotionsstudent:in") == ["phd", "masters"]


def test_swiss_french_wording_and_student_jobs():
    assert work_arrangement("Possibilité de télétravail jusqu'à 2 jours par semaine") == "hybrid"
    assert (
        visa_sponsorship(
            "Nous ne sommes pas en mesure d'effectuer les démarches de permis de travail."
        )
        is False
    )
    assert employment_types("Student job · 15-20 hours per week") == ["part_time"]


def test_filled_postings_and_more_degree_wording():
    assert expired("The job you are trying to apply for has been filled.")
    assert degree_levels("Estudiante de último curso de Grado en Informática") == ["bachelors"]
    assert degree_levels("Du studierst im Master Informatik") == ["masters"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Heltid", ["full_time"]),
        ("Plný úvazek\nStáž", ["internship", "full_time"]),
        ("Zkrácený úvazek", ["part_time"]),
        ("część etatu", ["part_time"]),
    ],
)
def test_swedish_czech_and_polish_hours(text, types):
    assert employment_types(text) == types


def test_more_arrangements_and_degrees():
    assert work_arrangement("Arbetet sker på plats i Stockholm") == "on_site"
    assert work_arrangement("Work from Office") == "on_site"
    assert work_arrangement("hybridní režim: 2 dny v týdnu home office") == "hybrid"
    assert work_arrangement("Experience with remote sensing data") == "unknown"
    assert degree_levels("WO-masteropleiding in Data Science") == ["masters"]
    assert degree_levels("Cursando graduação em Ciência da Computação") == ["bachelors"]
    assert degree_levels("studiów I stopnia lub II stopnia") == ["masters", "bachelors"]
    assert degree_levels("bakalářský nebo magisterský program") == ["masters", "bachelors"]


def test_dutch_and_swedish_no_sponsorship():
    assert visa_sponsorship("wij kunnen helaas geen visum sponsoren.") is False
    assert visa_sponsorship("Vi kan tyvärr inte hjälpa till med arbetstillstånd.") is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B.E./B.Tech or M.E./M.Tech in Computer Science", ["masters", "bachelors"]),
        ("Pursuing M.Tech in ECE", ["masters"]),
        ("MCA or BCA graduates", ["masters", "bachelors"]),
        ("M.Phil or PhD in Economics", ["phd", "masters"]),
        ("B.E. in Mechanical Engineering", ["bachelors"]),
    ],
)
def test_indian_degree_abbreviations(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Software Engineering Placement Student", ["internship"]),
        ("a 12-month industrial placement starting in July 2027", ["internship"]),
        ("Year in Industry 2027/28", ["internship"]),
        ("Summer Vacationer - Data", ["internship"]),
        ("Our Vacation Program runs over summer", ["internship"]),
        ("a job placement agency", []),
        ("the placement of orders", []),
    ],
)
def test_uk_placements_and_australian_vacation_programs_are_internships(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "weeks", "start"),
    [
        ("This is a paid 12-week program.", 12, ""),
        ("Join us for a 4 month co-op.", 17, ""),
        ("A 6-month co-op work term.", 26, ""),
        ("It runs from late November 2027 to February 2028.", None, "November 2027"),
        ("The program runs from June 2027 to August 2027.", None, "June 2027"),
    ],
)
def test_internship_terms_of_programs_and_co_ops(text, weeks, start):
    assert internship_weeks(text) == weeks
    assert internship_start(text) == start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opleidingsniveau: HBO", ["bachelors"]),
        ("Je hebt een afgeronde HBO/WO opleiding", ["masters", "bachelors"]),
        ("WO-niveau", ["masters"]),
        ("Stage\nWO\nGeplaatst 3 dagen geleden", ["masters"]),
        ("HBO Max is hiring", []),
        ("Cursando bacharelado em Engenharia", ["bachelors"]),
    ],
)
def test_dutch_education_levels_and_portuguese_bachelors(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Incorporación en enero de 2027", "enero de 2027"),
        ("Início previsto: fevereiro de 2027", "fevereiro de 2027"),
        ("Praktikum ab Sommersemester 2027", "Sommersemester 2027"),
    ],
)
def test_start_months_in_spanish_and_portuguese_and_semesters(text, expected):
    assert internship_start(text) == expected


@pytest.mark.parametrize(
    ("text", "weeks"),
    [("Für 6 Monate unterstützt du unser Team.", 26), ("Duração: contrato de 12 meses", 52)],
)
def test_durations_said_with_for_or_duracao(text, weeks):
    assert internship_weeks(text) == weeks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("40 uur", ["full_time"]),
        ("38,5 Stunden/Woche", ["full_time"]),
        ("35 heures par semaine", ["full_time"]),
        ("Ingénieur·e junior en automatisation 100%", ["full_time"]),
        ("We offer 40 hours of training", []),
    ],
)
def test_a_full_weeks_hours_or_workload_is_full_time(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Homeoffice\nTeilweise", "hybrid"),
        ("Homeoffice: Teilweise", "hybrid"),
        ("campagnes d'essais sur site chez nos clients", "unknown"),
        ("Poste sur site", "on_site"),
    ],
)
def test_partial_home_office_and_tests_at_clients_sites(text, expected):
    assert work_arrangement(text) == expected


def test_a_swiss_work_permit_requirement_means_no_sponsorship():
    text = (
        "Seules les candidatures de personnes titulaires d'un permis de travail valable en Suisse "
        "seront prises en compte."
    )
    assert visa_sponsorship(text) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Student Assistant – NLP (8 hours per week)", ["internship", "part_time"]),
        ("Studentische Hilfskraft (m/w/d)", ["internship", "part_time"]),
        ("20 Std./Woche", ["part_time"]),
        ("40 hours per week", ["full_time"]),
    ],
)
def test_student_assistants_and_short_weeks(text, expected):
    assert employment_types(text) == expected


def test_undergraduate_interns_hold_bachelors_studies():
    assert degree_levels("Year-Round Undergraduate Intern – Cybersecurity") == ["bachelors"]


def test_remote_interviews_say_nothing_of_where_the_work_is():
    assert work_arrangement("Remote interviews in late January 2027") == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We help with visa and residence permit applications.", True),
        ("The scholarship does not include visa sponsorship.", False),
    ],
)
def test_visa_help_and_a_scholarship_without_sponsorship(text, expected):
    assert visa_sponsorship(text) is expected


def test_usajobs_overview_fields():
    assert work_arrangement("Remote job\nNo\nTelework eligible\nNo") == "unknown"
    assert expired("This job announcement has closed")
    assert visa_sponsorship("Sponsors visas: Yes") is True


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("12 weeks, June–August 2027", 12),
        ("On-site, 12 weeks starting mid-June.", 12),
        ("You have 6 months of experience with Python", None),
    ],
)
def test_a_term_said_with_when_it_runs(text, weeks):
    assert internship_weeks(text) == weeks


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Materials Research Co-op (January - June 2027)", "January - June 2027"),
        ("6-month co-op, January–June 2027", "January–June 2027"),
    ],
)
def test_a_terms_months(text, term):
    assert internship_term(text) == term


@pytest.mark.parametrize(
    ("text", "weeks", "start"),
    [
        ("Sie stehen uns für mindestens 12 Monate zur Verfügung.", 52, ""),
        ("Die Stelle ist befristet auf 12 Monate.", 52, ""),
        ("The placement starts in September 2027.", None, "September 2027"),
        ("Einstieg ab 01.01.2027", None, "01.01.2027"),
        ("Startdatum: februari 2027", None, "februari 2027"),
        ("con inizio previsto a febbraio 2027", None, "febbraio 2027"),
    ],
)
def test_more_terms_and_starts(text, weeks, start):
    assert internship_weeks(text) == weeks
    assert internship_start(text) == start


def test_remote_work_not_allowed_is_not_remote():
    assert work_arrangement("Télétravail non autorisé") == "unknown"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quillstone is unable to provide work permit sponsorship for this position.", False),
        ("No ofrecemos patrocinio de visado para este puesto.", False),
        ("Voor deze stage kunnen wij geen werkvergunning of visum aanvragen.", False),
        ("Visa sponsorship is available for candidates already residing in Japan.", True),
    ],
)
def test_visa_statements_in_spanish_dutch_and_of_work_permits(text, expected):
    assert visa_sponsorship(text) is expected


def test_polish_degree_nouns():
    assert degree_levels("Wykształcenie wyższe (licencjat lub inżynier)") == ["bachelors"]
    assert degree_levels("Tytuł magistra informatyki") == ["masters"]


def test_part_time_allowed_beside_a_role_is_no_part_time_role():
    assert employment_types("Internship\nPart time allowed") == ["internship"]
    assert employment_types("Part time, 20 hours a week") == ["part_time"]


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Graduate Civil Engineer 2027\nClosed 2 weeks ago", True),
        ("Data Analyst\nExpired on 3 Nov 2026", True),
        ("We built closed-loop controllers.\nClosed 2 weeks ago", True),
        ("Closed-loop control\nThe lab is closed on weekends.", False),
    ],
)
def test_a_line_saying_when_the_role_closed(text, closed):
    assert expired(text) is closed


def test_five_days_a_week_in_the_office_is_on_site_and_three_is_hybrid():
    assert work_arrangement("We work in person 5 days a week in our office in SoMa.") == "on_site"
    assert work_arrangement("You will work 3 days a week in our London office.") == "hybrid"


@pytest.mark.parametrize(
    "text",
    [
        "Visa sponsorship and relocation support available.",
        'If needed, we will support your change of visa status to "Engineer/Specialist".',
    ],
)
def test_more_ways_of_offering_a_visa(text):
    assert visa_sponsorship(text) is True


def test_an_italian_trainee_is_an_intern():
    assert employment_types("Tirocinante Ufficio Acquisti") == ["internship"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir können leider keine Arbeitsbewilligungen für Personen aus Drittstaaten beantragen.", False),
        ("If you are not authorized to work in Canada, do not apply.", False),
        ("Australian citizens only", False),
        ("Support with relocation and the visa process for international candidates", True),
    ],
)  # fmt: skip
def test_work_permits_refused_or_supported(text, expected):
    assert visa_sponsorship(text) is expected


def test_a_minijob_is_part_time():
    assert employment_types("Minijob") == ["part_time"]


@pytest.mark.parametrize(
    "text",
    [
        "Dass wir für dieses Praktikum keine Arbeitsvisa unterstützen können.",
        "Wir können leider kein Visum sponsern.",
        "Visa-Sponsorship ist nicht möglich.",
    ],
)
def test_german_visa_refusals(text):
    assert visa_sponsorship(text) is False


def test_fixed_term_contracts_in_spanish_and_italian():
    assert employment_types("Contrato temporal - Jornada completa") == ["full_time", "temporary"]
    assert employment_types("Contratto a tempo determinato") == ["temporary"]


def test_postdoctoral_colleagues_ask_for_no_doctorate():
    text = (
        "You will work under the direction of the Principal Investigator and post-doctoral fellows."
    )
    assert degree_levels(text) == []
    assert degree_levels("A doctoral degree in physics is required.") == ["phd"]


def test_flemish_work_time_and_home_working_days():
    assert employment_types("Interim · Voltijds") == ["full_time"]
    assert employment_types("Boekhouder (deeltijds 4/5)") == ["part_time"]
    assert work_arrangement("Na inwerkperiode 1 dag thuiswerk per week") == "hybrid"
    assert work_arrangement("Homeoffice\nteilweise möglich") == "hybrid"


def test_a_lower_second_degree_and_a_named_visa_supported():
    assert degree_levels("A 2:2 degree or above in any discipline") == ["bachelors"]
    assert visa_sponsorship("The company will support E-7 visa sponsorship.") is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Undergraduates and recent graduates", ["bachelors"]),
        ("Licenciatura ou Mestrado", ["masters", "bachelors"]),
        ("Du studierst im Bachelor oder Master", ["masters", "bachelors"]),
        ("bachelor- eller kandidatuddannelse", ["masters", "bachelors"]),
        ("Scrum Master or Product Owner experience", []),
    ],
)
def test_more_degree_wordings(text, expected):
    assert degree_levels(text) == expected


def test_danish_student_jobs_and_weekly_hours():
    assert employment_types("Studentermedhjælper til Finance") == ["internship", "part_time"]
    assert employment_types("15-20 timer om ugen") == ["part_time"]


def test_citizens_or_permanent_residents_only():
    assert visa_sponsorship("U.S. citizens or permanent residents only") is False


def test_a_spanish_part_time_label_and_working_rights_required():
    assert employment_types("Jornada: Parcial, de 9:00 a 14:00 (25 h/semana)") == ["part_time"]
    assert visa_sponsorship("You must have full working rights in Australia to apply") is False


def test_internship_experience_asked_for_is_no_internship():
    assert employment_types("Internship or project experience in forecasting is a plus") == []
    assert employment_types("Summer Internship") == ["internship"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuldtid · Fast · Hybridarbejde", ["full_time"]),
        ("Festanstellung, Voll- oder Teilzeit", ["full_time", "part_time"]),
        ("Quotité de travail : Complet", ["full_time"]),
        ("100%, Zurich, fixed-term", ["full_time", "temporary"]),
        ("Temporal", ["temporary"]),
        ("Job Type: Permanent Job", ["full_time"]),
        ("Permanent", ["full_time"]),
        ("Permanent, part-time", ["part_time"]),
        ("Canadian citizens and permanent residents", []),
        ("Penuh Waktu", ["full_time"]),
        ("Magang", ["internship"]),
        ("夏季インターン募集", ["internship"]),
        ("新卒正社員", ["full_time"]),
        ("백엔드 인턴", ["internship"]),
        ("계약직", ["contract"]),
    ],
)
def test_employment_types_nordic_swiss_asian_and_permanent(text, expected):
    assert employment_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fuldtid · Fast · Hybridarbejde", "hybrid"),
        ("Le télétravail est possible à hauteur d'un jour par semaine", "hybrid"),
    ],
)
def test_partial_home_working_in_danish_and_french_is_hybrid(text, expected):
    assert work_arrangement(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erfahrung mit LC-MS/MS-Messungen", []),
        ("Einweisung von Doktorandinnen und Doktoranden", []),
        ("Former les doctorant-es aux outils développés", []),
        ("BS/MS in Computer Science", ["masters", "bachelors"]),
        ("Degree in Statistics, Mathematics or related field", ["bachelors"]),
        ("• Degree in Public Policy or Economics", ["bachelors"]),
        ("A degree in Computer Science or equivalent experience", ["bachelors"]),
        ("Master's degree in Physics", ["masters"]),
        ("Minimal Sarjana (S1)", ["bachelors"]),
        ("修士了以上", ["masters"]),
        ("박사 학위 소지자", ["phd"]),
    ],
)
def test_degrees_named_in_passing_and_in_more_languages(text, expected):
    assert degree_levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dieses Stelleninserat ist nicht mehr aktiv.", True),
        ("This job ad is no longer active.", True),
        ("Sorry, this job was removed at 03:18 p.m. (EST) on Tuesday, Nov 17, 2026", True),
        ("This call is closed.", True),
        ("We are no longer active in Spain.", False),
    ],
)
def test_removed_and_inactive_notices(text, expected):
    assert expired(text) is expected


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (
            visa_sponsorship,
            "Nous ne sommes pas en mesure de prendre en charge de démarches de visa.",
            False,
        ),
        (degree_levels, "Diplômé(e) d'une école de commerce ou d'un Master CCA", ["masters"]),
        (degree_levels, "Cursando ensino superior em Administração", ["bachelors"]),
        (expired, "Esta oferta ya no admite inscripciones", True),
        (expired, "La empresa ha cerrado el proceso de selección.", True),
        (work_arrangement, "Die Möglichkeit, teilweise mobil zu arbeiten", "hybrid"),
        (work_arrangement, "Berlin-Kreuzberg, hybrid (2 Tage pro Woche mobil)", "hybrid"),
        (work_arrangement, "Télétravail hybride à Mérignac (33)", "hybrid"),
        (employment_types, "Temporário", ["temporary"]),
    ],
)
def test_more_french_spanish_portuguese_and_german_wording(function, text, expected):
    assert function(text) == expected


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (work_arrangement, "Presencial y remoto", "hybrid"),
        (work_arrangement, "Partially remote work", "hybrid"),
        (work_arrangement, "2 days in the office per week (Xinyi), the rest remote", "hybrid"),
        (degree_levels, "Minimum Qualification: Degree.", ["bachelors"]),
        (degree_levels, "A degree in Politics is desirable but not essential", []),
        (
            degree_levels,
            "Penultimate-year undergraduate and master's students welcome",
            ["masters", "bachelors"],
        ),
        (degree_levels, "She advises undergraduate and graduate students on job searches", []),
        (visa_sponsorship, "Unfortunately we cannot provide employment permit sponsorship.", False),
        (visa_sponsorship, "Sponsorship is available for the right candidate.", True),
        (
            visa_sponsorship,
            "Ashcombe University sponsors J-1 visas for postdoctoral scholars.",
            True,
        ),
        (
            visa_sponsorship,
            "Applications from job seekers who require Skilled worker sponsorship are welcome",
            True,
        ),
        (employment_types, "Contract\nPermanent", ["full_time"]),
    ],
)
def test_hybrid_degree_visa_and_contract_wording_from_more_boards(function, text, expected):
    assert function(text) == expected


@pytest.mark.parametrize(
    ("function", "text", "expected"),
    [
        (visa_sponsorship, "Wir können leider kein Visum-Sponsoring anbieten.", False),
        (work_arrangement, "This role is fully site based.", "on_site"),
        (work_arrangement, "Office based, Monday to Friday.", "on_site"),
        (employment_types, "Permanent, full-time contract with 39 hour week", ["full_time"]),
        (employment_types, "6-month contract", ["contract"]),
    ],
)
def test_uk_office_wording_employment_contracts_and_german_visa_spelling(function, text, expected):
    assert function(text) == expected
