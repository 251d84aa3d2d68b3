import csv
from collections import Counter
from pathlib import Path

import pytest

from postings.extract.locations import find_locations, parse_location, parse_locations
from postings.extract.types import Location

REALDATA = Path("/work/shared/realdata")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Melbourne, VIC", Location("Melbourne", "VIC", "AU")),
        ("Sydney NSW", Location("Sydney", "NSW", "AU")),
        ("Hawthorn, VIC", Location("Hawthorn", "VIC", "AU")),
        ("US, WA, Seattle", Location("Seattle", "WA", "US")),
        ("IN, KA, Bengaluru", Location("Bengaluru", "KA", "IN")),
        ("IND, KA, Bengaluru", Location("Bengaluru", "KA", "IN")),
        ("IN, HR, Gurugram", Location("Gurugram", "HR", "IN")),
        ("IND, TS, Hyderabad - Virtual", Location("Hyderabad", "TS", "IN")),
        ("Aachen", Location("Aachen", "", "DE")),
        ("United States", Location("", "", "US")),
        ("Mountain View, CA, United States", Location("Mountain View", "CA", "US")),
        ("Dublin, Ireland", Location("Dublin", "", "IE")),
        ("Paris, Île-de-France, France", Location("Paris", "IDF", "FR")),
        ("Seattle, WA", Location("Seattle", "WA", "US")),
        ("Perth, WA", Location("Perth", "WA", "AU")),
        ("Valencia, CA", Location("Valencia", "CA", "US")),
        ("Pune, MH", Location("Pune", "MH", "IN")),
        ("Palo Alto, CA, USA", Location("Palo Alto", "CA", "US")),
        ("Moscow, ID, United States", Location("Moscow", "ID", "US")),
        ("London, ON, Canada", Location("London", "ON", "CA")),
        ("Berlin, DE", Location("Berlin", "", "DE")),
        ("New York, NY", Location("New York", "NY", "US")),
        ("Washington, DC, United States", Location("Washington", "DC", "US")),
        ("Dubai - United Arab Emirates", Location("Dubai", "", "AE")),
        ("Xinyi District, Taiwan", Location("Xinyi District", "", "TW")),
        ("MG, Brazil", Location("", "MG", "BR")),
        ("Oregon", Location("", "OR", "US")),
        ("Bavaria", Location("", "BY", "DE")),
        ("Singapore", Location("", "", "SG")),
        ("Remote (DE)", Location("", "", "DE")),
        ("London, UK", Location("London", "", "GB")),
        ("London, England, UK", Location("London", "", "GB")),
        ("Berlin, Germany, DE", Location("Berlin", "", "DE")),
        ("Austin, Texas, USA", Location("Austin", "TX", "US")),
        ("Seattle, WA 98109", Location("Seattle", "WA", "US")),
        # Regions named with their kind: counties below provinces too, when the page says so.
        ("Dublin, County Dublin, Ireland", Location("Dublin", "D", "IE")),
        ("Cork, Co. Cork, Ireland", Location("Cork", "CO", "IE")),
        ("Trento, Province of Trento, Italy", Location("Trento", "TN", "IT")),
        ("Tokyo, Tokyo Prefecture, Japan", Location("Tokyo", "13", "JP")),
        ("Mumbai, Maharashtra State, India", Location("Mumbai", "MH", "IN")),
        # How the role is worked, in the place's brackets, is no part of the place.
        ("Dublin, County Dublin, Ireland (Hybrid)", Location("Dublin", "D", "IE")),
        ("Dublin, Ireland (On-site)", Location("Dublin", "", "IE")),
        ("Austin, TX (Onsite)", Location("Austin", "TX", "US")),
    ],
)
def test_parse_location_english(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("München, Deutschland", Location("München", "", "DE")),
        ("Köln", Location("Köln", "", "DE")),
        ("Hamburg, Germany", Location("Hamburg", "", "DE")),
        ("Frankfurt am Main", Location("Frankfurt am Main", "", "DE")),
        ("Nordrhein-Westfalen", Location("", "NW", "DE")),
        ("Wien, Österreich", Location("Wien", "", "AT")),
        ("Zürich, Schweiz", Location("Zürich", "", "CH")),
        ("10115 Berlin", Location("Berlin", "", "DE")),
    ],
)
def test_parse_location_german(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris, France", Location("Paris", "", "FR")),
        ("Lyon", Location("Lyon", "", "FR")),
        ("Bruxelles, Belgique", Location("Bruxelles", "", "BE")),
        ("Genève, Suisse", Location("Genève", "", "CH")),
        ("Montréal, QC", Location("Montréal", "QC", "CA")),
        ("75001 Paris", Location("Paris", "", "FR")),
        ("Berlin, Allemagne", Location("Berlin", "", "DE")),
    ],
)
def test_parse_location_french(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Remote", "Hybrid", "Amazon", "Xero", "Department of Transport Victoria", "IT", "HR", "", "-"],
)
def test_parse_location_rejects_what_is_not_a_place(text):
    assert parse_location(text) is None


def test_default_country_settles_an_ambiguous_region_code():
    assert parse_location("Somewhere, WA", default_country="AU") == Location(
        "Somewhere", "WA", "AU"
    )
    assert parse_location("Somewhere, WA") == Location("Somewhere", "WA", "US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arlington, VA; Bellevue, WA; Boston, MA",
            [
                Location("Arlington", "VA", "US"),
                Location("Bellevue", "WA", "US"),
                Location("Boston", "MA", "US"),
            ],
        ),
        ("Berlin or Munich", [Location("Berlin", "", "DE"), Location("Munich", "", "DE")]),
        ("Berlin oder Hamburg", [Location("Berlin", "", "DE"), Location("Hamburg", "", "DE")]),
        ("Paris ou Lyon", [Location("Paris", "", "FR"), Location("Lyon", "", "FR")]),
        ("London / Remote", [Location("London", "", "GB")]),
        (
            "Berlin, Munich, Hamburg",
            [
                Location("Berlin", "", "DE"),
                Location("Munich", "", "DE"),
                Location("Hamburg", "", "DE"),
            ],
        ),
        ("Remote", []),
        ("Seattle, WA; Seattle, WA", [Location("Seattle", "WA", "US")]),
    ],
)
def test_find_locations(text, expected):
    assert find_locations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Toronto, ON; San Francisco, CA; Remote",
            [Location("Toronto", "ON", "CA"), Location("San Francisco", "CA", "US")],
        ),
        ("Berlin; Hybrid; Munich", [Location("Berlin", "", "DE"), Location("Munich", "", "DE")]),
        ("Remote; Hybrid", []),
        ("Berlin; Python; Munich", []),
    ],
)
def test_a_line_of_places_may_also_say_how_the_role_is_worked(text, expected):
    assert parse_locations(text) == expected


def test_find_locations_carries_the_country_of_earlier_places():
    assert find_locations("Sydney, NSW; Perth, WA")[1] == Location("Perth", "WA", "AU")


def _realdata_column(relative: str, column: str) -> Counter:
    path = REALDATA / relative
    if not path.exists():
        pytest.skip("real data in /work/shared is absent")
    with path.open(encoding="utf-8", newline="") as handle:
        return Counter(row[column] for row in csv.DictReader(handle))


def test_every_google_careers_location_parses_with_a_country():
    locations = _realdata_column("google_job_skills/job_skills.csv", "Location")

    unparsed = [text for text in locations if not (parse_location(text) or Location()).country]
    assert unparsed == []


def test_amazon_india_locations_resolve_to_indian_states():
    locations = _realdata_column("amazon/amazon_jobs_india_pf3.csv", "Location")

    parsed = {text: parse_location(text) for text in locations}
    assert all(location and location.country == "IN" for location in parsed.values())
    assert parsed["IND, KA, Bengaluru"] == Location("Bengaluru", "KA", "IN")
    assert parsed["IND, HR, Gurgaon"] == Location("Gurgaon", "HR", "IN")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Remote (US, Canada, UK)", ["US", "CA", "GB"]),
        ("Remote - US", ["US"]),
        ("Remote US", ["US"]),
        ("US or Canada (remote)", ["US", "CA"]),
        ("Homeoffice in Deutschland", ["DE"]),
        ("Remote (DACH)", ["AT", "CH", "DE"]),
        ("Télétravail depuis la France", ["FR"]),
        ("United States - Remote Flexibility", ["US"]),
    ],
)
def test_remote_locations_name_countries(text, countries):
    assert find_locations(text) == [Location(country=country) for country in countries]


@pytest.mark.parametrize(
    ("text", "count", "inside", "outside"),
    [
        ("Anywhere in Europe", 43, {"DE", "GB", "CH", "NO", "UA"}, {"RU", "TR", "US"}),
        ("Télétravail en Europe", 43, {"FR", "GB"}, {"RU"}),
        ("Remote — EU", 27, {"DE", "FR", "IE"}, {"GB", "CH", "NO"}),
        ("Remote within the European Union", 27, {"DE"}, {"GB"}),
        ("Homeoffice in der EU", 27, {"AT"}, {"CH"}),
    ],
)
def test_areas_stand_for_their_countries(text, count, inside, outside):
    countries = {location.country for location in find_locations(text)}

    assert len(countries) == count
    assert inside <= countries
    assert not outside & countries


@pytest.mark.parametrize("text", ["Python, Java, Go", "Sales and Marketing", "Remote - Americas"])
def test_a_line_that_is_not_all_places_gives_no_place_list(text):
    assert parse_locations(text) == []


def test_parse_locations_reads_a_line_of_places():
    assert parse_locations("Seattle, WA or Austin, TX") == [
        Location("Seattle", "WA", "US"),
        Location("Austin", "TX", "US"),
    ]
    assert parse_locations("München / Paris") == [
        Location("München", "", "DE"),
        Location("Paris", "", "FR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cities the table lacks come from GeoNames: big ones alone, any town beside a postcode.
        ("Kraków", Location("Kraków", "", "PL")),
        ("Lagos", Location("Lagos", "", "NG")),
        ("Eindhoven, Netherlands", Location("Eindhoven", "", "NL")),
        ("Hatfield AL10", Location("Hatfield", "", "GB")),
        ("London EC2A 4NE", Location("London", "", "GB")),
        ("Toronto, ON M5V 2T6", Location("Toronto", "ON", "CA")),
    ],
)
def test_cities_beyond_the_table(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize("text", ["Hatfield", "Orange", "Mobile", "Sale"])
def test_a_small_town_or_a_word_alone_is_no_place(text):
    # "Orange" is a company on French pages; a small town needs its postcode or region.
    assert parse_location(text) is None


def test_a_search_phrase_before_a_region_is_no_city():
    assert parse_location("machine learning intern jobs in Toronto, ON") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris (75)", Location("Paris", "IDF", "FR")),
        ("Palaiseau (91)", Location("Palaiseau", "IDF", "FR")),
        ("Lyon (69)", Location("Lyon", "ARA", "FR")),
        ("Toulouse - 31", Location("Toulouse", "OCC", "FR")),
    ],
)
def test_a_french_department_number_gives_the_region(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hybrid in Austin, TX", Location("Austin", "TX", "US")),
        ("On-site in Berlin, Germany", Location("Berlin", "", "DE")),
        ("Ciudad de México, CDMX", Location("Ciudad de México", "CMX", "MX")),
        ("Exeter, Devon", Location("Exeter", "DEV", "GB")),
        ("Leeds, West Yorkshire", Location("Leeds", "", "GB")),
        ("Manchester, Greater Manchester", Location("Manchester", "", "GB")),
        ("Villeurbanne - 69", Location("Villeurbanne", "ARA", "FR")),
    ],
)
def test_arrangements_before_a_place_and_british_counties(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize("text", ["HBO, WO", "Salaires IT"])
def test_a_code_only_a_far_off_country_uses_is_no_region(text):
    assert parse_location(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US, Canada", [Location(country="US"), Location(country="CA")]),
        ("Remote • US, Canada", [Location(country="US"), Location(country="CA")]),
        ("Remote or Austin, Texas", [Location("Austin", "TX", "US")]),
    ],
)
def test_a_line_of_countries_or_of_remote_or_a_city(text, expected):
    assert parse_locations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Milano (MI)", Location("Milano", "25", "IT")),
        ("Torino (TO)", Location("Torino", "21", "IT")),
    ],
)
def test_an_italian_province_gives_its_region(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eindhoven, Noord-Brabant, Nederland", [Location("Eindhoven", "NB", "NL")]),
        ("São Paulo - SP, Brasil", [Location("São Paulo", "SP", "BR")]),
        ("Polska", [Location("", "", "PL")]),
        # A big city's name wins over a country's name in another language (Guadeloupe in Spanish).
        ("Guadalupe, Nuevo León", [Location("Guadalupe", "NLE", "MX")]),
    ],
)
def test_countries_named_in_their_own_language(text, expected):
    assert parse_locations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pages and ISO 3166-2 disagree on hyphens in region names.
        ("Trieste, Friuli-Venezia Giulia", Location("Trieste", "36", "IT")),
        ("Stuttgart, Baden Württemberg", Location("Stuttgart", "BW", "DE")),
        ("Mainz, Rhineland-Palatinate", Location("Mainz", "RP", "DE")),
        # Words in brackets note something about the place; codes and numbers refine it.
        ("Tokyo, Japan (Shibuya HQ)", Location("Tokyo", "", "JP")),
        ("London (remote possible)", Location("London", "", "GB")),
        ("Palaiseau (91)", Location("Palaiseau", "IDF", "FR")),
        ("Milano (MI)", Location("Milano", "25", "IT")),
    ],
)
def test_region_hyphens_and_notes_in_brackets(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remote in Seattle, WA", Location("Seattle", "WA", "US")),
        ("Hybrid work in Bellevue, WA 98004", Location("Bellevue", "WA", "US")),
        ("Remote in Colorado", Location("", "CO", "US")),
        ("Hybrid remote in Manchester", Location("Manchester", "", "GB")),
        ("Washington, D.C.", Location("Washington", "DC", "US")),
        ("Guadalajara, Jal.", Location("Guadalajara", "JAL", "MX")),
        ("St. Louis, MO", Location("St. Louis", "MO", "US")),
    ],
)
def test_arrangement_prefixes_and_abbreviated_regions(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize("text", ["Vacancy ID 178123", "Job ID 12345", "Reference NY 2231"])
def test_a_word_before_a_region_code_must_be_a_town(text):
    assert parse_location(text) is None


def test_an_arrangement_word_before_a_town_is_no_part_of_it():
    assert parse_location("ONSITE Cambridge, UK") == Location("Cambridge", "", "GB")
    assert parse_location("Boise ID") == Location("Boise", "ID", "US")


def test_sf_and_nyc_name_their_cities():
    assert parse_location("SF") == Location("San Francisco", "", "US")
    assert parse_location("NYC, NY") == Location("New York", "NY", "US")
    assert find_locations("SF or Remote (US)") == [
        Location("San Francisco", "", "US"),
        Location("", "", "US"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Regions named in another language than their own, from pycountry's translations.
        ("Munich, Bavaria", Location("Munich", "BY", "DE")),
        ("Milano, Lombardei", Location("Milano", "25", "IT")),
        ("Rotterdam, Hollande méridionale", Location("Rotterdam", "ZH", "NL")),
        ("Athens, Attica, Greece", Location("Athens", "I", "GR")),
        ("Madrid, Madrid", Location("Madrid", "MD", "ES")),
    ],
)
def test_regions_named_in_other_languages(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO 3166-2's alternate names ("Catalunya [Cataluña]") and inverted ones ("Madrid,
        # Comunidad de"); a bracketed note such as "[city]" is no name.
        ("Barcelona, Cataluña, España", Location("Barcelona", "CT", "ES")),
        ("Madrid, Comunidad de Madrid, España", Location("Madrid", "MD", "ES")),
        ("Murcia, Región de Murcia", Location("Murcia", "MC", "ES")),
    ],
)
def test_alternate_and_inverted_region_names(text, expected):
    assert parse_location(text) == expected


def test_a_generic_word_in_brackets_is_no_region():
    assert parse_location("City") is None


def test_more_notes_and_dutch_arrangement_prefixes():
    assert parse_location("Istanbul (Eur.)") == Location("Istanbul", "", "TR")
    assert parse_location("Hybride werken in Rotterdam") == Location("Rotterdam", "", "NL")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A trailing alpha-2 code after one of its own regions is the country.
        ("Pune, Maharashtra, IN", Location("Pune", "MH", "IN")),
        ("Toronto, Ontario, CA", Location("Toronto", "ON", "CA")),
        ("Sydney, New South Wales, AU", Location("Sydney", "NSW", "AU")),
        ("Munich, Bavaria, DE", Location("Munich", "BY", "DE")),
        ("Toronto, ON, CA", Location("Toronto", "ON", "CA")),
        # Two parts stay as they were: "CA" after a town is California's code.
        ("Valencia, CA", Location("Valencia", "CA", "US")),
    ],
)
def test_a_trailing_country_code_after_its_region(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iCIMS and Taleo: country, region and city joined by bare hyphens.
        ("US-TX-Houston", Location("Houston", "TX", "US")),
        ("US-LA-Baton Rouge", Location("Baton Rouge", "LA", "US")),
        ("IN-KA-Bangalore", Location("Bangalore", "KA", "IN")),
        ("Canada-Ontario-Toronto", Location("Toronto", "ON", "CA")),
        ("Germany-Bavaria-Munich", Location("Munich", "BY", "DE")),
    ],
)
def test_parts_joined_by_bare_hyphens_after_a_country(text, expected):
    assert parse_location(text) == expected


def test_a_hyphenated_town_is_not_split():
    assert parse_location("Stratford-upon-Avon, UK") == Location("Stratford-upon-Avon", "", "GB")
    assert parse_location("Aix-en-Provence, France") == Location("Aix-en-Provence", "", "FR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ibrido a Bologna", Location("Bologna", "", "IT")),
        ("Híbrido en Madrid", Location("Madrid", "", "ES")),
        ("Presencial en Sevilla", Location("Sevilla", "", "ES")),
    ],
)
def test_italian_and_spanish_arrangement_prefixes(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("📍 Boston, MA · Hybrid (3 days in office)", Location("Boston", "MA", "US")),
        ("New York, NY — hybrid, in the office Tue/Wed/Thu", Location("New York", "NY", "US")),
        ("NYC (Hybrid, 3 days onsite)", Location("New York", "", "US")),
        ("Delft, the Netherlands", Location("Delft", "", "NL")),
        ("Hybrid in Austin, TX", Location("Austin", "TX", "US")),
    ],
)
def test_a_place_then_how_the_work_is_done(text, expected):
    assert parse_location(text) == expected


def test_countries_kept_apart_by_bare_slashes():
    assert find_locations("Remote (US/Canada)") == [Location(country="US"), Location(country="CA")]
    assert find_locations("UK/Ireland") == [Location(country="GB"), Location(country="IE")]
    assert find_locations("Tue/Wed/Thu") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town before a region code only one country has; a suburb before its city.
        ("Camperdown NSW", Location("Camperdown", "NSW", "AU")),
        ("North Sydney NSW", Location("North Sydney", "NSW", "AU")),
        ("Docklands, Melbourne VIC (Hybrid)", Location("Melbourne", "VIC", "AU")),
        ("Richmond, Melbourne VIC", Location("Melbourne", "VIC", "AU")),
    ],
)
def test_australian_towns_and_suburbs_with_their_state(text, expected):
    assert parse_location(text) == expected


def test_a_role_before_a_city_is_no_suburb():
    assert parse_location("Machine Learning Intern, Boston, MA") is None
    assert parse_location("Vacancy ID") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amsterdam, North Holland, Netherlands (Hybrid)", [Location("Amsterdam", "NH", "NL")]),
        ("Rotterdam, South Holland, Netherlands", [Location("Rotterdam", "ZH", "NL")]),
        ("Valencia/València", [Location("Valencia", "", "ES")]),
        ("Berlin/Munich", [Location("Berlin", "", "DE"), Location("Munich", "", "DE")]),
        # A city-state named first is a city beside the other: not Kiel in Hamburg.
        ("Hamburg, Kiel", [Location("Hamburg", "", "DE"), Location("Kiel", "", "DE")]),
        ("Madrid, Madrid", [Location("Madrid", "MD", "ES")]),
        (
            "NYC, SF, or Remote (US/Canada)",
            [
                Location("New York", "", "US"),
                Location("San Francisco", "", "US"),
                Location(country="US"),
                Location(country="CA"),
            ],
        ),
    ],
)
def test_more_ways_places_are_listed(text, expected):
    assert find_locations(text) == expected


def test_a_month_and_year_is_no_town_and_postcode():
    assert parse_location("March 2027") is None
    assert parse_location("Reading RG1 2AB") == Location("Reading", "", "GB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sydney NSW, Melbourne VIC", [Location("Sydney", "NSW", "AU"), Location("Melbourne", "VIC", "AU")]),
        ("Boston MA, New York NY", [Location("Boston", "MA", "US"), Location("New York", "NY", "US")]),
        ("Cambridge, MA, USA", [Location("Cambridge", "MA", "US")]),
        ("Austin, Texas", [Location("Austin", "TX", "US")]),
    ],
)  # fmt: skip
def test_towns_each_with_its_region_in_one_comma_list(text, expected):
    assert parse_locations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lyon 03 - 69", Location("Lyon", "ARA", "FR")),
        ("Paris 08 - 75", Location("Paris", "IDF", "FR")),
        ("Marseille 13", Location("Marseille", "", "FR")),
    ],
)
def test_an_arrondissement_number_after_the_city(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holland, MI 49423", Location("Holland", "MI", "US")),
        ("Lebanon, NH", Location("Lebanon", "NH", "US")),
        ("Holland", Location("", "", "NL")),
    ],
)
def test_an_american_town_named_like_a_country(text, expected):
    assert parse_location(text) == expected


def test_countries_and_codes_alone_still_name_no_town():
    assert parse_location("US, CA, UK") is None


@pytest.mark.parametrize(
    "text", ["Teilweise Homeoffice in 20457 Hamburg", "Homeoffice in 20457 Hamburg"]
)
def test_a_place_after_how_the_work_is_done_and_a_postcode(text):
    assert parse_location(text) == Location("Hamburg", "", "DE")


def test_two_cities_one_of_which_is_also_a_borough():
    assert parse_locations("London, Leeds") == [
        Location("London", "", "GB"),
        Location("Leeds", "", "GB"),
    ]
    assert parse_locations("Leeds, West Yorkshire") == [Location("Leeds", "", "GB")]
    assert parse_locations("New York, New York") == [Location("New York", "NY", "US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamburg-Altona", Location("Hamburg", "", "DE")),
        ("Stuttgart-Vaihingen", Location("Stuttgart", "", "DE")),
    ],
)
def test_a_citys_district_after_a_hyphen(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CAN, BC, Vancouver", Location("Vancouver", "BC", "CA")),
        ("Monterrey, N.L.", Location("Monterrey", "NLE", "MX")),
        ("Monterrey, NL", Location("Monterrey", "NLE", "MX")),
        ("St. John's, NL", Location("St. John's", "NL", "CA")),
        ("Querétaro, Qro.", Location("Querétaro", "QUE", "MX")),
    ],
)
def test_a_leading_alpha3_code_and_mexican_state_abbreviations(text, expected):
    assert parse_location(text) == expected


def test_a_place_after_work_from():
    assert parse_location("Work from Corvallis, OR") == Location("Corvallis", "OR", "US")
    assert parse_location("Work from home") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eindhoven, NB, NL, 5612 AJ", Location("Eindhoven", "NB", "NL")),
        ("Aachen, NW, DE, 52068", Location("Aachen", "NW", "DE")),
        ("London, SW1A 1AA", Location("London", "", "GB")),
        ("Warszawa, 00-950", Location("Warszawa", "", "PL")),
        ("Toronto, ON, M5V 2T6", Location("Toronto", "ON", "CA")),
    ],
)
def test_a_trailing_postal_code_part_is_dropped(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Télétravail hybride à Mérignac (33)", Location("Mérignac", "NAQ", "FR")),
        ("Híbrido em Barueri, SP", Location("Barueri", "SP", "BR")),
    ],
)
def test_a_work_arrangement_before_the_place_in_french_and_portuguese(text, expected):
    assert parse_location(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filton, Bristol", Location("Filton", "", "GB")),
        ("Coslada, Madrid provincia", Location("Coslada", "", "ES")),
        ("Kwun Tong, Kowloon", Location("Kwun Tong", "", "HK")),
        ("Bandung, Jawa Barat", Location("Bandung", "", "ID")),
        ("Marketing, London", None),
        ("US, Canada", None),  # two countries: a list, read by parse_locations
    ],
)
def test_a_small_town_before_the_region_or_city_it_is_in(text, expected):
    assert parse_location(text) == expected


def test_a_town_then_a_county_that_is_no_longer_one():
    assert parse_location("Bristol, Avon") == Location("Bristol", "", "GB")
