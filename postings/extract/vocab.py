"""What a posting's wording says about the job, in English, German and French.

Each function reads free text and answers in the vocabularies of postings.extract.types.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from postings.extract.types import EMPLOYMENT_TYPES


class _Phrase(NamedTuple):
    stem: str  # literal text every match starts with ("" when the pattern starts otherwise)
    pattern: re.Pattern[str]
    # For a pattern opening with no literal ("40 hours a week"): words one of which every match
    # holds, so that texts without any are not scanned.
    guards: tuple[str, ...] = ()


def _guarded(pattern: str, *guards: str) -> tuple[str, tuple[str, ...]]:
    return pattern, guards


# The literal start of a pattern: plain characters (and escaped punctuation: "M\\.Sc") up to the
# first regex syntax.
_LITERAL_START = re.compile(r"(?:[^\\()\[\]{}?*+|.^$]|\\[.\-/&'’:])*")


def _stem(pattern: str) -> str:
    literal = _LITERAL_START.match(pattern).group()
    optional_last = pattern[len(literal) : len(literal) + 1] in ("?", "*", "{")
    stem = re.sub(r"\\(.)", r"\1", literal)
    return stem[:-1] if optional_last else stem


def _phrases(
    *patterns: str | tuple[str, tuple[str, ...]], flags: int = re.MULTILINE
) -> tuple[_Phrase, ...]:
    """One compiled pattern per phrase, each starting with literal text.

    Descriptions are scanned many times. Python's re tries an alternation of phrases with
    different first letters at every position, 20 to 40 times slower than finding a literal; so
    phrases are not joined with "|", and a phrase whose literal start is absent is not scanned.
    Patterns run on lower-cased text unless stated otherwise.
    """
    phrases = []
    for item in patterns:
        pattern, guards = item if isinstance(item, tuple) else (item, ())
        phrases.append(_Phrase(_stem(pattern), re.compile(pattern, flags), guards))
    return tuple(phrases)


_EMPLOYMENT = {
    "internship": _phrases(
        # "Internship or project experience is a plus" asks for a past internship.
        r"intern(?:s|ship|ships)?\b(?!\s+(?:or\s+\w+\s+)?experience)",
        r"praktik(?:um|a|ant|antin)\b",
        r"pflichtpraktikum\b",
        r"werkstudent(?:in|en)?\b",
        r"working\s+student\b",
        r"studentermedhjælper\b",
        r"stagiaire\b",
        r"alternan(?:ce|t)\b",
        r"apprenti(?:ssage|ces?|ceships?)?\b",
        r"stage\s+(?:de|d'|d’|en|pfe|\d)",
        # "un stage", "de stage": the lookbehind comes last so that the scan starts at "stage".
        r"stage\b(?<=\b(?:un|le|du|de|en)\sstage)",
        r"stage\b(?<=\bvotre\sstage)",
        _guarded(
            r"\nstage[ \t]*$", "stage"
        ),  # "Stage" alone on a line, as job sites list the contract type
        _guarded(r"\nstage[ \t]*[-–—:]", "stage"),  # "Stage - Data Engineer", a French title
        _guarded(
            r"\nstage[ \t]*\(\d+\s*(?:mois|semaines)\)", "stage"
        ),  # "Stage (6 mois)", a card's contract
        # Spanish, Italian and Dutch: "Prácticas", "Becario/a", "Tirocinio", "Stagiair".
        r"co-?op\b(?:\s+(?:student|position|term|placement|program))?(?!\s*(?:bank|housing))",
        r"prácticas\b",
        r"practicas\b",
        r"becari[oa]s?\b",
        r"pasant[ií]as?\b",
        r"tirocin(?:i[oa]|ante)\b",
        r"becas?\b(?!\s+(?:de\s+)?(?:comedor|transporte))",  # a Spanish scholarship placement
        r"stagista\b",
        r"stagiair\b",
        r"afstudeerstage\b",
        # Portuguese and Polish: "Estágio", "Estagiária", "Praktyki studenckie", "Stażysta".
        r"est[áa]gio\b",
        r"estagi[áa]ri[oa]s?\b",
        r"praktyk[ia]\s+studenck",
        r"sta[żz]ysta\b",
        r"praktykant(?:ka)?\b",
        r"stáž\w*",  # Czech
        r"magang\b",  # Indonesian
        r"インターン(?:シップ)?",  # Japanese: no word boundaries
        r"인턴(?:십)?",  # Korean
        r"practicante\b",
        r"student(?:ische)?\s+(?:assistant|hilfskraft)\w*",
        r"hiwi\b",
        # UK and Australian names for student work terms.
        _guarded(
            r"(?:industrial|work|year[- ]long|summer|sandwich|\d{1,2}[- ]months?)\s+placements?\b",
            "placement",
        ),
        r"placement\s+(?:student|year|scheme|programme)\b",
        r"year\s+in\s+industry\b",
        r"vacationers?\b",
        r"vacation\s+(?:student|program(?:me)?|scholarship)s?\b",
    ),
    "full_time": _phrases(
        r"full[- ]?time\b",
        r"vollzeit\b",
        r"temps\s+plein\b",
        r"jornada\s+completa\b",
        r"tiempo\s+completo\b",
        r"tempo\s+pieno\b",
        r"voltijd(?:s|se)?\b",
        r"tempo\s+integral\b",
        r"pe[łl]ny\s+etat\b",
        r"heltid\b",
        r"fuldtid\b",
        r"penuh\s+waktu\b",  # Indonesian
        r"正社員",
        r"정규직",
        # "Job Type: Permanent", or "Permanent" alone as a card's contract fact.
        r"(?:job|employment|contract|position|work)\s+type\s*:?\s*permanent\b",
        _guarded(r"\npermanent(?:\s+(?:job|role|position|contract))?[ \t]*$", "permanent"),
        r"voll-\s+(?:oder|und|/)\s+teilzeit\b",  # "Voll- oder Teilzeit": both, written once
        r"quotité\s+de\s+travail\s*:?\s*(?:temps\s+)?(?:complet|plein|100\s*%)",
        r"pln[ýá]\s+úvaz\w*",
        # A Swiss workload: "Pensum 100%", "taux d'activité : 90 - 100 %".
        r"pensum\s*:?\s*(?:[89]0\s*[-–]\s*)?100\s*%",
        r"taux\s+d['’](?:activité|occupation)\s*:?\s*(?:[89]0\s*[-–]\s*)?100\s*%",
        # A title's or a fact line's closing workload: "Ingénieur junior 100%", "(80-100%)".
        _guarded(r"(?:[89]0\s*[-–]\s*)?100\s*%[ \t)]*$", "100"),
        # ... or opening a fact line: "100%, Zurich, fixed-term".
        _guarded(r"\n[ \t]*(?:[89]0\s*[-–]\s*)?100\s*%[ \t]*[,·|•]", "100"),
        # A full week's hours: "40 uur per week", "38,5 Stunden/Woche", "35 heures par semaine".
        _guarded(
            r"(?:3[5-9]|40)(?:[.,]5)?\s*(?:[-–]\s*(?:3[5-9]|40)\s*)?(?:uur|stunden|std\.?|hours|hrs|heures)"
            r"(?:\s*(?:per|pro|/|a|par|in\s+der|de\s+la)\s*(?:week|woche|semaine)\b|[ \t]*$)",
            *("uur", "stunden", "std", "hours", "hrs", "heures"),
        ),
    ),
    "part_time": _phrases(
        r"part[- ]?time\b(?!\s+allowed)",  # Internshala: "Part time allowed" beside a full-time role
        # "8 hours per week", "20 Std./Woche": fewer hours than a full week's.
        _guarded(
            r"(?<![\d.,])(?:[1-9]|[12]\d|30)\s*(?:[-–]\s*(?:[1-9]|[12]\d|30)\s*)?(?:hours?|hrs?|stunden"
            r"|std\.?|uur|heures|horas|ore|timer)\s*(?:per|pro|/|a|par|por|a\s+la|alla|in\s+der|om)\s*"
            r"(?:week|woche|semaine|semana|settimana|ugen)\b",
            *("week", "woche", "semaine", "semana", "settimana", "ugen"),
        ),
        r"student(?:ische)?\s+(?:assistant|hilfskraft)\w*",
        r"hiwi\b",
        r"teilzeit\b",
        r"deeltijd(?:s|se)?\b",
        r"minijob\b",
        r"temps\s+partiel\b",
        r"werkstudent(?:in|en)?\b",
        r"working\s+student\b",
        r"studentermedhjælper\b",
        r"student\s+job\b",
        r"media\s+jornada\b",
        r"medio\s+tiempo\b",
        r"jornada\s+parcial\b",
        r"jornada\s*:\s*parcial\b",
        r"tiempo\s+parcial\b",
        r"tempo\s+parziale\b",
        r"deeltijd\b",
        r"meio\s+per[ií]odo\b",
        r"niepe[łl]ny\s+etat\b",
        r"cz[ęe]ść\s+etatu\b",
        r"deltid\b",
        r"paruh\s+waktu\b",
        r"アルバイト|パートタイム",
        r"파트타임|아르바이트",
        r"částečn[ýá]\s+úvaz\w*",
        r"zkrácen[ýá]\s+úvaz\w*",
    ),
    "contract": _phrases(
        # Not the label "Type of contract" / "Contract type", nor "vast contract" (permanent).
        r"contract(?:or)?\b(?!\s+(?:negotiation|law|management|manufactur|type))"
        r"(?<!type\sof\scontract)(?<!vast\scontract)(?<!vaste\scontract)(?<!term\scontract)"
        # "Permanent, full-time contract": the employment contract, not a contractor's.
        r"(?<!full-time\scontract)(?<!full\stime\scontract)(?<!permanent\scontract)(?<!employment\scontract)"
        r"(?!\s*:)"  # "Contract: Permanent" is a label
        r"(?!\s*\n\s*(?:permanent|fixed|temporary|full|part|casual))",  # ... as is "Contract", then "Permanent"
        r"freelance(?:r)?\b",
        r"freiberuflich\b",
        r"freie\s+mitarbeit\b",
        r"indépendant\b",
        r"kontrak\b",  # Indonesian
        r"契約社員",
        r"계약직",
    ),
    "temporary": _phrases(
        r"temporary\b",
        r"fixed[- ]term\b",
        r"seasonal\b",
        r"befristet\b",  # "unbefristet" (permanent) fails the word-start check
        r"intérim(?:aire)?\b",
        r"saisonnier\b",
        r"saisonarbeit\b",
        r"vikariat\b",  # Swedish: a fixed-term cover
        r"contrato\s+temporal\b",
        r"contrato\s*:\s*temporal\b",
        _guarded(r"\ntemporal[ \t]*$", "temporal"),  # Spanish boards' contract fact, alone
        r"midlertidig\w*",  # Danish and Norwegian
        r"tidsbegränsad\w*",
        r"tempo\s+determinato\b",
        r"contrat\s+à\s+durée\s+déterminée\b",
        r"visstidsanställning\b",
        r"tempor[áa]rio\b",
    ),
}
# "5+ years of non-internship experience", "this is not an internship", "kein Praktikum", "pas de
# stage", "post-internship offers", "previous internships": a negated mention, or one of past
# roles, names no employment type of this job. Runs on the lower-cased text before a match.
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:non|post|pre|ex)[-\s]?"
    r"|\b(?:previous|prior|past|former|earlier|vorherige\w*|bisherige\w*|précédente?s?)\s+"
    r"(?:[\w-]+\s+)?"
    r"|\b(?:not|no|nor|never|kein\w*|nicht|pas|sans|without)\s+(?!only\b|just\b|nur\b|seulement\b)"
    r"(?:(?:an?|the|any|eine?n?|un|une|de|d['’]|des)\s*)?(?:[\w-]+\s+)?)$"
)
_NEGATION_REACH = 30
# French contract codes only count in capitals; "cdi" in prose is something else.
_CONTRACT_CODES = re.compile(r"\bCD[ID]\b")
_CONTRACT_CODE_TYPES = {"CDI": "full_time", "CDD": "temporary"}

_HOME_OFFICE = r"(?:im\s+|aus\s+dem\s+)?home[- ]?office\b"
_ARRANGEMENTS = {
    "hybrid": _phrases(
        r"hybrid(?:e[sn]?|er|arbejde)?\b",
        rf"zum\s+teil\s+{_HOME_OFFICE}",
        rf"teilweise\s+{_HOME_OFFICE}",
        r"télétravail\s+(?:est\s+)?(?:partiel|occasionnel|fréquent|possible|autorisé)",
        # "Homeoffice möglich": working from home is allowed, not the rule.
        _guarded(rf"(?:{_HOME_OFFICE}|mobiles\s+arbeiten)\s+möglich\b", "möglich"),
        # "3 days a week in our office"; five such days are the whole week, on site.
        r"days?(?<!5\sdays)(?<!five\sdays)\s+(?:a|per|in\s+the)\s+week\s+in\s+(?:the\s+|our\s+)?"
        r"(?:\w+\s+)?office\b",
        # "work from the office at least three days per week"
        _guarded(
            r"(?:from|in)\s+(?:the|our)\s+office\s+(?:at\s+least\s+)?(?:one|two|three|four|[1-4])\s+days?"
            r"\s+(?:a|per|each)\s+week\b",
            "office",
        ),
        # "up to 2 days of remote work a week", "jusqu'à 2 jours de télétravail par semaine".
        r"days?\s+(?:of\s+)?(?:remote|working\s+from\s+home|wfh)\b(?:\s+\w+){0,2}\s+(?:a|per)\s+week",
        r"jours?\s+de\s+télétravail\b",
        r"dag(?:en)?\s+thuiswerk(?:en)?\s+(?:per|in\s+de|p/)\s*week\b",
        r"hjemmearbejde\s+(?:\w+\s+){0,2}\d\s+dag(?:e)?\s+(?:om|pr\.?|per)\s+ugen\b",
        r"home[- ]?office\s*:?[ \t]*\n?[ \t]*teilweise\s+möglich\b",
        r"télétravail\s+(?:jusqu['’]à|jusqu['’]a)\s+\d\s+jours?\b",
        r"télétravail\s*:?\s*\d\s+jours?\b",
        r"bis\s+zu\s+\d+\s*%\s+(?:im\s+)?home[- ]?office\b",
        r"mobiles?\s+arbeiten\s+an\s+(?:bis\s+zu\s+)?\d\s+tagen\b",
        r"tage?\s+mobiles?\s+arbeiten\b",
        r"teilweise\s+mobil\b",
        r"tage?\s+(?:pro\s+|die\s+)?woche\s+mobil\b",
        r"télétravail\s+hybride\b",
        r"work\s+from\s+home\b(?<=%\swork\sfrom\shome)",
        r"home[- ]?office\s+an\s+(?:bis\s+zu\s+)?\d\s+tagen\b",
        r"tage?\s+(?:pro\s+woche\s+)?(?:im\s+)?home[- ]?office\b",
        r"tage?\s+(?:pro\s+|die\s+)?woche\s+im\s+büro\b",
        r"teletrabajo\s+(?:parcial|híbrido|hibrido|flexible)",
        r"híbrid[oa]\b",
        r"presencial\s+y\s+remoto\b|remoto\s+y\s+presencial\b",
        r"partially\s+remote\b|partly\s+remote\b",
        # "2 days in the office per week, the rest remote".
        r"days?\s+in\s+(?:the|our)\s+office\s+(?:a|per|each)\s+week\b",
        r"ibrid[oa]\b",
        r"smart\s+working\b",
        r"hybrydow[aeyo]\b",
        r"hybridní\b",
        # "Homeoffice an bis zu zwei Tagen pro Woche": a number written out.
        r"home[- ]?office\s+an\s+(?:bis\s+zu\s+)?(?:einem|zwei|drei|vier)\s+tag(?:en)?\b",
        # A "Homeoffice" fact whose value is "Teilweise" (StepStone, XING).
        r"home[- ]?office\b\s*:?[ \t]*\n?[ \t]*teilweise\b",
    ),
    "remote": _phrases(
        r"remote\b(?!\s+(?:sensing|control|monitoring|procedures?|interviews?|assessments?|onboarding))",
        r"home[- ]?office\b",
        r"télétravail\b",
        r"home\b(?<=from\shome)",
        r"wfh\b",
        r"anywhere\s+in\s+the\s+world\b",
        r"remotely\b(?:(?<=work\sremotely)|(?<=working\sremotely))",
        r"à\s+distance\b",
        r"mobiles\s+arbeiten\b",
        r"teletrabajo\b",
        r"remoto\b",
        r"thuiswerk\w*",
        r"zdaln(?:[aey]|ie)\b",
    ),
    "on_site": _phrases(
        r"onsite\b(?!\s+(?:visit|interview|day|assessment|tour|meeting))",
        # Not "an on-site visit" or "an in-person interview": those are about hiring.
        r"site\b(?<=\bon[- ]site)"
        r"(?!\s+(?:visit|interview|day|assessment|tour|meeting|parking|gym|canteen|cafeteria|childcare))",
        r"office\s+(?:five|5)\s+days\s+a\s+week\b",
        r"office\b(?<=\bin[- ]office)",
        r"person\b(?<=\bin[- ]person)(?!\s+(?:interview|visit|event|meeting|assessment))",
        r"vor\s+ort\b",
        r"sur\s+site\b(?!\s+(?:chez|client|auprès))",
        r"présentiel\b",
        r"presencial\b",
        r"in\s+sede\b",
        _guarded(r"\nsur\s+place[ \t]*$", "sur"),  # the value of a "Lieu de travail" label
        r"stacjonarn(?:[aey]|ie)\b",
        r"op\s+locatie\b",
        r"på\s+plats\b",
        r"office\b(?<=work\sfrom\soffice)",  # Indian pages: "Work from Office"
        # "This role is fully site based", "Office based, Monday to Friday".
        r"(?:fully\s+)?(?:site|office)[- ]based\b",
    ),
}
# "this is not a remote internship" or "kein Homeoffice" must not make a job remote.
_NEGATED_REMOTE = re.compile(
    r"\b(?:not|no|non|kein(?:e|en)?|pas\s+de|without)\s+(?:\w+\s+){0,3}?"
    r"(?:remote|home[- ]?office|télétravail)\w*(?:\s+\w+){0,2}"
    # "Thuiswerken is niet mogelijk", "Homeoffice ist nicht möglich", "télétravail non possible".
    r"|\b(?:remote\w*|home[- ]?office|télétravail|thuiswerk\w*|teletrabajo|smart\s+working)"
    r"\s+(?:\w+\s+)?(?:is|ist|est|es|è)?\s*(?:not|nicht|niet|non|pas|no)\s+"
    r"(?:possible|möglich|mogelijk|posible|possibile|available|disponible|offered)"
    # USAJOBS' overview: "Remote job" then "No"; "Telework eligible: No".
    r"|\b(?:remote\s+job|telework\s+eligible|remote\s+work)\s*:?\s*\n?\s*no\b"
    r"|\b(?:télétravail|remote(?:\s+work)?|home[- ]?office|teletrabajo)\s+(?:non|pas|not|nicht|no)\s+"
    r"(?:autorisé|allowed|erlaubt|permitido|consentito)"
)

_DEGREE_WORDS = {
    "phd": _phrases(
        r"ph\.?\s?d\b",
        r"doctoral\b(?<!post-doctoral)(?<!postdoctoral)",
        r"doctorate\b",
        r"doktorand(?:in|innen|en)?\b",
        r"doctorat\b",
        r"doctorant(?:e)?\b",
        r"doctorado\b",
        r"promotions(?:studium|vorhaben|stelle)\b",
        r"promovierende?[rn]?\b",
        r"promotionsstudent\w*",
        r"dottorato\b",
        r"博士(?:課程|号)?",
        r"박사",
    ),
    "masters": _phrases(
        r"master['’]s\b",
        # "im Bachelor oder Master"
        r"master\b(?:(?<=\boder\smaster)|(?<=\bor\smaster)|(?<=\bou\smaster)|(?<=\bof\smaster))",
        r"mestrado\b",
        r"kandidat(?:uddannelse|grad|studerende)\b",
        r"masters?(?<!scrum\smaster)(?<!scrum\smasters)(?=\s*(?:degree|student|program|of\s+"
        r"(?:science|arts|engineering)|in\b|or\b|and\b|/|\(|\)|level|[12]\b|ou\b|en\b|d['’]|oder\b))",
        r"master-?(?:studium|abschluss|studiengang|student)",
        r"master\b(?<=\bim\smaster)",  # "Du studierst im Master"
        r"master\b(?<=\bun\smaster)",  # "Diplômé(e) d'une école ou d'un Master CCA"
        r"diplom(?:-\w+)?\b",
        r"bac\s*\+\s*(?:4\s*/\s*)?5\b",
        r"diplôme\s+d['’]ingénieur\b",
        r"école\s+d['’]ingénieurs?\b",
        r"élève[- ]ingénieur\b",
        r"máster\b",
        # "Master- oder Promotionsstudium": a compound whose second half is written once.
        r"master-(?<!scrum\smaster-)(?=\s+(?:oder|und|bzw\.?|or|and)\s)",
        r"laurea\s+magistrale\b",
        r"laurea\s+triennale\s+(?:o|e|/)\s+magistrale\b",  # "triennale o magistrale": both
        r"magist(?:er\w*|ra\b)",
        r"wo-?master\w*|masteropleiding\b",
        r"studi(?:a|ów)\s+(?:ii|drugiego)\s+stopnia",
        _guarded(r"(?:ii|drugiego)\s+stopnia\b", "stopnia"),
        r"masters?\b(?=\s+(?:of|ou)\s+bachel)",  # "Master of bachelor" (Dutch "or")
        r"magister\b",
        r"修士",
        r"석사",
    ),
    "bachelors": _phrases(
        r"bachelor(?:['’]?s|studium|abschluss|student(?:in)?)?\b",
        r"undergraduates\b",  # "Undergraduates and recent graduates": for whom the role is
        r"undergraduate\b(?=\s+(?:and|or|/|&)\s+(?:master|graduate|postgrad))",
        # "Minimum Qualification: Degree" (Jobberman, BrighterMonday).
        r"qualifications?\s*:\s*(?:a\s+)?(?:university\s+)?degree\b",
        r"undergraduate\s+(?:degree|students?|program|juniors?|seniors?|(?:research\s+)?(?:interns?|internships?"
        r"|researchers?|scholars?|assistants?|fellows?))",
        # UK honours classes: "a 2:1 degree", "a first-class degree".
        _guarded(
            r"(?:2:[12]|2\.[12]|first[- ]class|upper\s+second|lower\s+second)(?:[- ]class)?\s+(?:honours\s+)?"
            r"degree",
            "degree",
        ),
        r"bac\s*\+\s*3\b",
        r"licence\s+(?:en|de|pro)\b",
        r"grado\s+(?:en|o\s+máster|universitario)\b",
        r"grado\b(?<=\bde\sgrado)",  # "estudiante de grado"
        r"licenciatura\b",
        r"laurea\s+triennale\b",
        r"bachelier\b",
        r"inżyniersk\w*",
        r"licencja(?:ck\w*|t)\b",
        r"studi(?:a|ów)\s+(?:i|pierwszego)\s+stopnia",
        r"graduação\b",
        r"ensino\s+superior\b",  # "Cursando ensino superior em Administração"
        r"bacharelado\b",
        r"bakalářsk\w*",
        r"level\s+[78]\s+(?:honours\s+)?(?:degree|qualification)",  # Ireland's and the UK's frameworks
        # "Degree in Statistics or a related field", "a university degree in ...": Commonwealth
        # and Asian boards' word for a first degree.
        _guarded(
            r"(?:^|(?<=[-•*]\s)|(?<=\ba\s)|(?<=university\s)|(?<=tertiary\s))degree\s+in\b",
            "degree",
        ),
        r"sarjana\b",  # Indonesian: "Minimal Sarjana (S1)"
        r"大卒|学士",
        r"학사",
    ),
}
# Abbreviations are only degrees in their usual capitals ("MS or PhD", "BS/BA", "M.Sc."), so they
# run on the text as written.
_DEGREE_ABBREVIATIONS = {
    "masters": _phrases(
        r"MSc\b",
        r"M\.Sc\b",
        r"MEng\b",
        r"MBA\b",
        # India's engineering and computing masters: "M.E./M.Tech", "MCA".
        _guarded(r"M\.?Tech\b", "Tech"),
        r"M\.E\.(?=[\s/,)]|$)",
        r"MCA\b",
        _guarded(r"M\.?Phil\b", "Phil"),
        r"M\.S\.",
        r"M\.A\.",
        # Not the second half of "LC-MS/MS", a lab method.
        _guarded(
            r"M[SA]\b(?<!-M[SA])(?=\s*(?:or|/|,|degree|in\b|student|program|and))", "MS", "MA"
        ),
        # Dutch "WO" (research university) level, said as a level or beside HBO.
        r"WO(?=[-\s]?(?:niveau|werk|denkniveau|diploma|opleiding|master)|[ \t]*(?:\n|$))",
        r"HBO\s*(?:/|,|of|en|\+)\s*WO\b",
        flags=0,
    ),
    "bachelors": _phrases(
        r"BSc\b",
        r"B\.Sc\b",
        r"BEng\b",
        r"B\.S\.",
        r"B\.A\.",
        _guarded(r"B\.?Tech\b", "Tech"),
        _guarded(r"B\.?Com\b", "Com"),
        r"B\.E\.(?=[\s/,)]|$)",
        r"BCA\b",
        _guarded(r"B[SA]\b(?=\s*(?:/|or|,|degree|in\b|and))", "BS", "BA"),
        r"/B[SA]\b",
        # Dutch levels: HBO is a university of applied sciences' bachelor.
        r"HBO(?=[-\s]?(?:niveau|werk|denkniveau|diploma|opleiding|bachelor)|\s*(?:/|,|of|en|\+)\s*WO\b"
        r"|[ \t]*(?:\n|$))",
        flags=0,
    ),
}
_NOT_REQUIRED = re.compile(r"\b(?:no|not|kein(?:e|en)?|pas\s+de)\s+$")
# "A PhD is not required", "Promotion nicht erforderlich", "(PhD student) mentor".
_NOT_REQUIRED_AFTER = re.compile(
    r"[^.\n]{0,20}?\b(?:is\s+not\s+(?:required|necessary|needed)|not\s+required|nicht\s+erforderlich"
    r"|n['’]est\s+pas\s+(?:requis|nécessaire)|(?:desirable\s+but\s+)?not\s+essential)"
    r"|(?:\s+(?:students?|candidates?))?\s+mentors?\b"
)
# "Co-supervise PhD and Master's students", "teach bachelor students": degrees of others.
_OTHERS_DEGREE = re.compile(
    r"\b(?:supervis\w*|mentor\w*|teach\w*|tutor\w*|betreu\w*|encadr\w*|einweis\w*|anleit\w*"
    r"|former|train(?:ing)?\s+(?:of\s+)?|advis\w*|counsel\w*|coach\w*)\b[^.\n]{0,30}$"
)
_REQUIREMENT_REACH = 40
_DEGREE_ORDER = ("phd", "masters", "bachelors")

# Every phrase about sponsorship holds one of these words.
_SPONSORSHIP_WORDS = (
    *("sponsor", "visa", "parrain", "visum", "permit", "permis", "citizen", "bewilligung"),
    *("erlaubnis", "arbetstillstånd", "vergunning", "authori", "rights"),
)
_SPONSOR = (
    r"(?:be\s+able\s+to\s+)?(?:provide\s+|offer\s+)?(?:visa\s+|immigration\s+|(?:work|employment)\s+permit\s+)?"
    r"sponsor"
)
_NO_SPONSORSHIP = _phrases(
    rf"unable\s+to\s+{_SPONSOR}",
    rf"not\s+able\s+to\s+{_SPONSOR}",
    *(
        rf"{verb}\s*(?:not|n['’]t)\s+{_SPONSOR}"
        for verb in ("will", "can", "do", "does", "are", "would", "could", "is")
    ),
    rf"cannot\s+{_SPONSOR}",
    _guarded(rf"(?:can|won|don)['’]t\s+{_SPONSOR}", "sponsor"),
    r"no\s+(?:visa\s+|immigration\s+)?sponsorship",
    r"without\s+(?:the\s+need\s+for\s+)?(?:current\s+or\s+future\s+)?(?:visa\s+|employer\s+)?"
    r"sponsorship",
    r"sponsorship\s+(?:is\s+)?not\s+(?:available|provided|offered|possible)",
    r"visa\s+sponsorship\s*:\s*no\b",
    r"keine?\s+visa",
    r"visa[- ]?(?:unterstützung|sponsoring|sponsorship)\s+(?:\w+\s+){0,4}?(?:nicht|keine)\b",
    r"kein(?:e|en)?\s+vis(?:a|um)[- ]?(?:sponsoring|sponsorship|unterstützung)\b",
    r"kein(?:e|en)?\s+(?:arbeits)?vis(?:a|um)\b[^.\n]{0,60}?\b(?:unterstützen|sponsern|beantragen)",
    r"pas\s+de\s+(?:parrainage|sponsorisation|visa)",
    r"pas\s+(?:en\s+mesure\s+de\s+|possible\s+de\s+)?(?:parrainer|sponsoriser)",
    r"pas\s+en\s+mesure\s+d['’](?:effectuer|entreprendre)\s+les\s+démarches\s+de\s+permis",
    r"aucun\s+(?:parrainage|sponsoring)",
    r"pas\s+en\s+mesure\s+de\s+prendre\s+en\s+charge\s+(?:de\s+|les\s+|des\s+)?(?:démarches\s+de\s+)?visa",
    r"not\s+eligible\s+for\s+(?:visa\s+)?sponsorship",
    r"not\s+meet\s+the\s+requirements\s+for\s+(?:visa\s+)?sponsorship",
    r"must\s+be\s+a\s+u\.?\s?s\.?\s+citizen",
    r"only\s+(?:candidates|applicants|applications)\s+(?:\w+\s+){0,3}?with\s+(?:a\s+)?(?:valid|current)"
    r"\s+(?:work\s+permit|right\s+to\s+work|work\s+authori[sz]ation)",
    r"only\s+(?:[a-z]+\s+){1,2}citizens\s+(?:or|and)\s+(?:permanent\s+)?residents\s+(?:will|may|can)\s+be\s+considered",
    r"geen\s+visum(?:sponsoring|ondersteuning)\b",
    r"geen\s+(?:werk)?visum\b(?:\s+\w+){0,4}\s+(?:aanvragen|sponsoren|regelen)",
    r"geen\s+(?:werk)?visum\s+sponsoren",
    r"geen\s+(?:werk|verblijfs)vergunning(?:\s+(?:of|en)\s+(?:werk)?visum)?(?:\s+\w+){0,4}?\s+"
    r"(?:aanvragen|sponsoren|regelen)",
    r"no\s+(?:ofrecemos|podemos\s+ofrecer|se\s+ofrece|patrocinamos)\s+(?:el\s+)?"
    r"(?:patrocinio\s+(?:de(?:l)?\s+)?)?visados?",
    r"inte\s+hjälpa\s+till\s+med\s+arbetstillstånd",
    r"keine\s+arbeits(?:bewilligung|erlaubnis)(?:en)?\b[^.\n]{0,80}?\b(?:beantragen|sponsern|unterstützen)",
    r"not\s+(?:legally\s+)?authori[sz]ed\s+to\s+work\s+in\s+[^.\n]{1,40}?,?\s+(?:please\s+)?do\s+not\s+apply",
    r"(?:australian|canadian|british|u\.?s\.?|american|new\s+zealand)\s+citizens?\s+only\b",
    r"citizens?\s+(?:or|and)\s+(?:permanent\s+residents?|lprs?|green\s+card\s+holders?)\s+only\b",
    r"must\s+have\s+(?:full\s+|unrestricted\s+)?(?:working|work)\s+rights\b",
    r"u\.?\s?s\.?\s+citizenship\s+(?:is\s+)?required",
    r"nur\s+bewerbungen\s+(?:\w+\s+){0,4}?mit\s+(?:einer\s+)?gültige[rn]?\s+arbeits(?:bewilligung|erlaubnis)",
    _guarded(
        r"(?:does|do|will)\s+not\s+(?:include|cover|provide|offer)\s+(?:any\s+)?(?:visa|immigration)"
        r"\s+sponsorship",
        "sponsorship",
    ),
    # "Seules les candidatures de personnes titulaires d'un permis de travail valable ..."
    r"seules?\s+les\s+(?:candidatures|personnes|candidat(?:e|es|s)?)\s+(?:[\w'’]+\s+){0,5}?"
    r"(?:titulaires|disposant|munie?s?)\s+d['’]un\s+permis\s+de\s+travail",
    r"solo\s+(?:se\s+considerarán\s+)?(?:candidaturas|candidatos)\s+(?:[\w'’]+\s+){0,4}?con\s+permiso\s+de\s+trabajo",
)
_SPONSORSHIP = _phrases(
    r"h-?1b\s+sponsor(?:ship)?\s+likely",
    # "Sponsorship is available for the right candidate", "sponsors J-1 visas".
    r"sponsorship\s+(?:is\s+)?available\b",
    r"sponsors?\s+(?:[a-z0-9-]{1,6}\s+)?visas?\b",
    # "Applications from job seekers who require Skilled worker sponsorship ... are welcome".
    r"(?:require|need)\w*\s+(?:\w+\s+){0,4}?sponsorship\b[^.\n]{0,80}?\b(?:are\s+welcome|welcome\s+to\s+apply"
    r"|can\s+apply|may\s+apply|are\s+encouraged\s+to\s+apply)",
    r"visa\s+sponsorship\s+(?:and\s+(?:\w+\s+){1,3}?)?(?:is\s+|are\s+)?(?:available|provided|offered"
    r"|possible)",
    r"support\s+your\s+(?:change\s+of\s+)?visa\s+(?:status|application)",
    r"support\s+with\s+(?:relocation\s+and\s+)?(?:the\s+)?visa\s+(?:process|application)",
    r"sponsorship\s+(?:under|through|for)\s+[^.\n]{0,60}?\s+(?:is\s+)?available",
    r"support\s+(?:work\s+permits?|visas?|visa\s+applications?)\b(?<!not\ssupport\swork\spermits)",
    r"visa\s+sponsorship\b(?<=support\sand\svisa\ssponsorship)",
    r"(?:will|can)\s+support\s+(?:[\w-]+\s+){0,2}visa\s+sponsorship\b",
    r"visa\s+sponsorship\b(?<=assistance\sand\svisa\ssponsorship)",
    r"visa\s+sponsorship\s*:\s*yes",
    r"sponsors?\s+visas?\s*:\s*yes",
    r"visas?\s*[:\n]\s*(?:we\s+)?will\s+sponsor\b",
    r"help\s+(?:you\s+)?with\s+(?:your\s+)?(?:the\s+)?visa\s+(?:and\s+(?:residence|work)\s+permit\s+)?applications?",
    r"we\s+(?:also\s+)?sponsor\b",
    r"will\s+sponsor\b",
    r"can\s+sponsor\b",
    r"offers?\s+visa\s+sponsorship",
    r"provides?\s+visa\s+sponsorship",
    r"sponsorship\s+available",
    r"visa\s+support\b",
    r"visa[- ]sponsoring\b",
    r"unterstützung\s+beim\s+visum",
    r"visumverfahren\b",
    r"able\s+to\s+sponsor\b",
    r"recogni[sz]ed\s+(?:visa\s+)?sponsor\b",
    r"licensed\s+(?:visa\s+)?sponsor\b",
    r"registered\s+(?:visa\s+)?sponsor\b",
    r"sponsor\s+(?:skilled\s+worker|work|h-?1b|tn|employment)\s+visas?\b",
    r"eligible\s+for\s+(?:visa\s+)?sponsorship\s+(?:under|through|via)\b",
    r"parrainage\s+(?:de\s+)?visa\s+possible",
)

# Number words up to twelve in English, German and French ("a three-month internship").
_NUMBER_WORDS = {
    word: value
    for words in (
        "one two three four five six seven eight nine ten eleven twelve",
        "ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
        "un deux trois quatre cinq six sept huit neuf dix onze douze",
    )
    for value, word in enumerate(words.split(), 1)
}
_NUMBER = r"\d{1,2}|" + "|".join(_NUMBER_WORDS)
_DURATION_UNIT = r"(?:weeks?|months?|wochen|monate?n?|semaines|mois|settimane|mesi|semanas|meses|weken|maanden)\b"
# A duration is found from its unit: a pattern opening with a number is tried at every position,
# one opening with the unit words only where they occur. The number is then read backwards.
_UNIT = re.compile(_DURATION_UNIT)
_DURATION_BEFORE_UNIT = re.compile(
    rf"\b(?P<n>{_NUMBER})(?:\s*(?:-|–|to|bis|à)\s*(?:{_NUMBER}))?[\s-]*"
    rf"(?P<unit>{_DURATION_UNIT})$"
)
_DURATION_REACH = 30
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_ABOUT_INTERNSHIP = re.compile(
    r"intern|praktik|stage|duration|dauer|durée|length|laufzeit|lasts?\b|for\s+(?:a\b|\d)|spend"
    r"|tirocin|durata|práctica|practica|duración|becari|stagiair|looptijd"
    # The posting is an internship already: its "12-week program" or "4 month co-op" is the term.
    r"|co-?op\b|placement|program|work\s+term|vacation"
    r"|für\s+(?:mindestens\s+)?\d|befristet|pour\s+\d|durante\s+\d|por\s+\d|per\s+\d|est[áa]gio"
    r"|duração|periode\s+van"
    # "12 weeks, June–August 2027", "12 weeks starting mid-June": the term, with when it runs.
    r"|start|\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b"
)
_WEEKS_PER_MONTH = 52 / 12

_MONTH = (
    r"(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|février|mar(?:ch|s)?|märz|apr(?:il)?|avril|may|mai"
    r"|june?|juni?|juin|july?|juli|juillet|aug(?:ust)?|août|sep(?:t(?:ember|embre)?)?|o[ck]t(?:ober"
    r"|obre)?|nov(?:ember|embre)?|de[cz](?:ember)?|décembre|janv|févr|juil|gennaio|febbraio|marzo"
    r"|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|enero|febrero|abril"
    r"|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|juli"
    r"|augustus|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\.?"
)
_SEASON = (
    r"(?:spring|summer|fall|autumn|winter|frühjahr|frühling|sommer|herbst|printemps|été|automne|hiver"
    r"|sommersemester|wintersemester)"
)
_WHEN = (
    rf"(?:(?:{_MONTH}|{_SEASON}|q[1-4]|[hs][12])(?:\s*(?:[-–/]|to|or|bis|à|ou)\s*(?:{_MONTH}|{_SEASON}))?"
    r",?\s+(?:de\s+)?\d{4}|\d{1,2}(?:\.|er)?\s+"
    + _MONTH
    + r"\s+\d{4}|"
    + _MONTH
    + r"\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})"
)
_START_WORDS = (
    "start",
    "beginn",
    "eintritt",
    "début",
    "démarrage",
    "prise de poste",
    "partir d",
    "ab ",
    "inizio",
    "inicio",
    "início",
    "incorporación",
    "runs from",
    "startdatum",
    "einstieg",
    "run from",
)
_START = re.compile(
    r"\b(?:start(?:ing|s)?(?:\s+date)?|startdatum|beginn(?:end)?|eintritt(?:sdatum)?|einstieg|starttermin"
    r"|début|démarrage"
    r"|prise\s+de\s+poste|date\s+de\s+début|à\s+partir\s+d[eu]|a\s+partir\s+de|ab(?=\s+\w+\s+\d{4})"
    r"|inizio|inicio|início(?:\s+previsto)?|incorporación|runs?(?=\s+from\b))"
    r"\s*(?:is\s+|in\s+|of\s+|from\s+|on\s+|ab\s+|:\s*|le\s+|en\s+|dès\s+|zum\s+|a\s+|di\s+|de\s+"
    r"|previst[oa]\s+)*"
    rf"(?:in\s+|ab\s+|en\s+)?(?:(?:early|mid|late)[- ]?\s*)?(?P<when>{_WHEN})"
)

# A status line saying when the role closed: "Closed 2 weeks ago", "Expired on 3 Nov 2026".
CLOSED_WHEN = re.compile(
    r"^[ \t]*(?:expired|closed)[ \t]+(?:on[ \t]+|since[ \t]+)?"
    r"(?:\d|yesterday|an?[ \t]+(?:day|week|month)|one[ \t])[^\n]{0,25}$",
    re.IGNORECASE | re.MULTILINE,
)
_EXPIRED = _phrases(
    _guarded(  # a status line of its own
        r"\n[ \t]*(?:expired|abgelaufen|expirée?|closed)[ \t]*$", "expir", "abgelaufen", "closed"
    ),
    _guarded(CLOSED_WHEN.pattern, "expired", "closed"),  # "Closed 2 weeks ago"
    r"this\s+(?:role|job|position|posting|vacancy|listing|call|opportunity)\s+(?:has\s+|is\s+)?(?:now\s+)?"
    r"(?:expired|closed|filled)\b",
    # "This job ad is no longer active", "Sorry, this job was removed".
    r"(?:job|ad|advert|posting|listing|vacancy|position|role|offer)\s+is\s+no\s+longer\s+"
    r"(?:active|open|live|online)\b",
    r"(?:job|posting|listing|position|role|vacancy)\s+(?:was|has\s+been)\s+removed\b",
    r"longer\s+accepting\s+applications\b",
    # "The job you are trying to apply for has been filled" (Workday).
    _guarded(
        r"(?:job|position|role)\s+you\s+are\s+trying\s+to\s+apply\s+(?:for|to)\s+has\s+been\s+filled\b",
        "trying",
    ),
    r"available\b(?<=\bno\slonger\savailable)",
    r"announcement\s+has\s+closed\b",  # USAJOBS
    r"applications?\s+(?:are\s+)?(?:now\s+)?closed\b",
    r"position\s+(?:is\s+)?(?:now\s+)?closed\b",
    r"job\s+(?:is\s+)?(?:now\s+)?closed\b",
    r"dieses?\s+(?:stelle|stellenanzeige|anzeige|stelleninserat|inserat|jobangebot|stellenangebot)"
    r"\s+ist\s+(?:nicht\s+mehr\s+(?:verfügbar|aktiv"
    r"|online)|abgelaufen|bereits\s+besetzt)",
    r"nicht\s+mehr\s+verfügbar\b",
    r"cette\s+offre\s+(?:n['’]est\s+plus\s+(?:disponible|active|en\s+ligne)|a\s+expiré"
    r"|est\s+expirée)",
    r"offre\s+expirée\b",
    r"poste\s+(?:a\s+été|est)\s+pourvu\b",
    r"annonce\s+(?:a\s+expiré|est\s+expirée|n['’]est\s+plus\s+(?:disponible|en\s+ligne))",
    r"position\s+(?:has\s+been\s+)?filled\b",
    r"no\s+longer\s+(?:hiring|recruiting)\s+for\s+this\b",
    r"closing\s+date\s+has\s+passed\b",
    r"bewerbungsfrist\s+ist\s+(?:abgelaufen|vorbei|beendet)",
    r"stelle\s+ist\s+(?:bereits\s+)?besetzt",
    r"esta\s+oferta\s+(?:ya\s+no\s+está\s+(?:disponible|activa)|ha\s+(?:caducado|expirado))",
    r"oferta\s+(?:caducada|cerrada|expirada)\b",
    r"oferta\s+ya\s+no\s+admite\s+inscripciones\b",
    r"(?:ha\s+)?cerrado\s+el\s+proceso\s+de\s+selección\b",
    r"questa\s+offerta\s+(?:non\s+è\s+più\s+(?:disponibile|attiva)|è\s+scaduta)",
    r"offerta\s+scaduta\b",
    r"deze\s+vacature\s+is\s+(?:niet\s+meer\s+(?:beschikbaar|actief)|gesloten|verlopen|vervuld)",
    r"vacature\s+(?:gesloten|verlopen)\b",
)


# A posting's text is read by several of these functions in turn; it is lower-cased once.
@lru_cache(maxsize=32)
def lower(text: str) -> str:
    return text.lower()


@lru_cache(maxsize=32)
def _lowered(text: str) -> str:
    # The leading newline lets patterns for a line of its own ("Expired") match the first line.
    return "\n" + lower(text)


_CJK_START = "\u2e80"


def _starts_word(text: str, start: int) -> bool:
    """What \\b before the pattern would check; leaving it out keeps the literal start fast."""
    first = text[start]
    # Chinese, Japanese and Korean run words together: "夏季インターン" names an internship.
    if not (first.isalnum() or first == "_") or first >= _CJK_START:
        return True
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def _word_matches(phrases: tuple[_Phrase, ...], text: str) -> Iterator[re.Match[str]]:
    for stem, pattern, guards in phrases:
        if guards and not any(guard in text for guard in guards):
            continue
        start = text.find(stem)
        if start < 0:
            continue
        for match in pattern.finditer(text, start):
            if _starts_word(text, match.start()):
                yield match


def _mentions(phrases: tuple[_Phrase, ...], text: str) -> bool:
    return next(_word_matches(phrases, text), None) is not None


def _is_negated(text: str, start: int) -> bool:
    return bool(_NEGATED_BEFORE.search(text, max(0, start - _NEGATION_REACH), start))


def _names_type(phrases: tuple[_Phrase, ...], lowered: str) -> bool:
    return any(not _is_negated(lowered, match.start()) for match in _word_matches(phrases, lowered))


def employment_types(text: str) -> list[str]:
    """Employment types the wording names, in the order of EMPLOYMENT_TYPES."""
    lowered = _lowered(text)
    found = {kind for kind, patterns in _EMPLOYMENT.items() if _names_type(patterns, lowered)}
    if "CD" in text:  # the code pattern starts with \b, so it is only run where it can match
        found.update(_CONTRACT_CODE_TYPES[code] for code in _CONTRACT_CODES.findall(text))
    return [kind for kind in EMPLOYMENT_TYPES if kind in found]


def _affirmed(lowered: str) -> str:
    return _NEGATED_REMOTE.sub(" ", lowered)


_ARRANGEMENT_NOTE = re.compile(r"^(?P<head>[^()]{2,40}?)\s*\([^)]*\)\s*$")


def _without_arrangement_note(line: str) -> str:
    note = _ARRANGEMENT_NOTE.match(line)
    return note["head"] if note and work_arrangement(note["head"]) != "unknown" else line


def work_arrangement(text: str) -> str:
    """on_site / hybrid / remote / unknown; hybrid wins because it also names the other two."""
    if "(" in text:
        # "On-site (remote work available for the onboarding week only)": the value, then a
        # qualification of it.
        text = "\n".join(map(_without_arrangement_note, text.split("\n")))
    lowered = _lowered(text)
    hybrid, remote = _ARRANGEMENTS["hybrid"], _ARRANGEMENTS["remote"]
    # Negations are only taken out of text that mentions an arrangement at all.
    affirmed = _affirmed(lowered) if _mentions(hybrid, lowered) else ""
    if affirmed and _mentions(hybrid, affirmed):
        return "hybrid"
    if _mentions(remote, lowered) and _mentions(remote, affirmed or _affirmed(lowered)):
        return "remote"
    if _mentions(_ARRANGEMENTS["on_site"], lowered):
        return "on_site"
    return "unknown"


def degree_levels(text: str) -> list[str]:
    """Degrees the text asks for or is aimed at, highest first (phd, masters, bachelors)."""
    lowered = lower(text)
    found = set()
    for haystack, vocabulary in ((lowered, _DEGREE_WORDS), (text, _DEGREE_ABBREVIATIONS)):
        for level, patterns in vocabulary.items():
            if any(
                not _NOT_REQUIRED.search(lowered[max(0, match.start() - 12) : match.start()])
                and not _NOT_REQUIRED_AFTER.match(lowered, match.end())
                and not _OTHERS_DEGREE.search(
                    lowered[max(0, match.start() - _REQUIREMENT_REACH) : match.start()]
                )
                for match in _word_matches(patterns, haystack)
            ):
                found.add(level)
    return [level for level in _DEGREE_ORDER if level in found]


def visa_sponsorship(text: str) -> bool | None:
    """True when sponsorship is offered, False when ruled out, None when the text is silent."""
    lowered = lower(text)
    if not any(word in lowered for word in _SPONSORSHIP_WORDS):
        return None  # most descriptions never mention it; skip two dozen scans
    if _mentions(_NO_SPONSORSHIP, lowered):
        return False
    if _mentions(_SPONSORSHIP, lowered):
        return True
    return None


def _weeks(count: str, unit: str) -> int:
    number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    if unit.startswith(("week", "woche", "semaine", "settiman", "semana", "weken")):
        return number
    return round(number * _WEEKS_PER_MONTH)


def _sentence_around(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
    after = _SENTENCE_BREAK.search(text, end)
    return text[
        before[-1] if before else max(0, start - 300) : after.start() if after else len(text)
    ]


def _durations(lowered: str) -> Iterator[re.Match[str]]:
    for unit in _UNIT.finditer(lowered):
        start = max(0, unit.start() - _DURATION_REACH)
        if match := _DURATION_BEFORE_UNIT.search(lowered, start, unit.end()):
            yield match


def internship_weeks(text: str) -> int | None:
    """Shortest internship duration stated, in weeks ("3 - 6 months" -> 13)."""
    lowered = lower(text)
    durations = [
        _weeks(match["n"], match["unit"])
        for match in _durations(lowered)
        if _ABOUT_INTERNSHIP.search(_sentence_around(lowered, match.start(), match.end()))
    ]
    durations = [weeks for weeks in durations if weeks > 0]
    return min(durations) if durations else None


# "Research Intern (Summer 2027)", "Tessel Labs | Intern | Summer 2027": a term named on its own.
_TERM = re.compile(
    rf"(?<!\w)(?P<when>{_SEASON}\s+\d{{4}}"
    # "January - June 2027", "June–August 2027": a term's months.
    rf"|{_MONTH}\s*(?:[-–]|to|bis|à)\s*{_MONTH}\s+\d{{4}})\b"
)


def internship_term(text: str) -> str:
    """A season and year named without a start label ("Summer 2027"), as written, or ""."""
    match = _TERM.search(lower(text))
    if not match:
        return ""
    source = text if len(lower(text)) == len(text) else lower(text)
    return " ".join(source[match.start("when") : match.end("when")].split())


def internship_start(text: str) -> str:
    """The start as written ("Jan-March 2026", "Summer 2027"), or "" when the text is silent."""
    lowered = lower(text)
    if not any(word in lowered for word in _START_WORDS):
        return ""  # the pattern opens with \b, which is slow to try everywhere
    match = _START.search(lowered)
    if not match:
        return ""
    # Report it as written, unless lower-casing moved offsets (it can, for a few letters like "İ").
    source = text if len(lowered) == len(text) else lowered
    return " ".join(source[match.start("when") : match.end("when")].split())


def expired(text: str) -> bool:
    """Whether the page says the role is closed or expired."""
    return _mentions(_EXPIRED, _lowered(text))
