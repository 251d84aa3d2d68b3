"""Raw job pages (text copied from a browser, navigation and all) turned into postings.

A page is read as: an optional main posting (a header of short fact lines under the title, then
the body), and listing regions ("Similar jobs", "Related content") that embed other postings,
either as cards (title, company, location, bullets, "Posted 4d ago") or as a location line
followed by a paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from postings.extract.dates import closing_date, is_closing_line, parse_date, slashed_dates
from postings.extract.locations import (
    current_page_countries,
    find_locations,
    fold,
    page_countries,
    parse_location,
    parse_locations,
)
from postings.extract.pay import parse_pay
from postings.extract.sections import clean_lines, heading_kind, split_sections
from postings.extract.types import (
    EMPLOYMENT_TYPES,
    DocumentError,
    ExtractedPosting,
    Location,
    ParseResult,
    Skipped,
)
from postings.extract.vocab import (
    CLOSED_WHEN,
    degree_levels,
    employment_types,
    expired,
    internship_start,
    internship_term,
    internship_weeks,
    visa_sponsorship,
    work_arrangement,
)

_I = re.IGNORECASE

# Headings under which a page lists other jobs than its own.
# A company's careers page listing its roles.
_OPEN_ROLES = (
    r"open\s+(?:positions|roles|jobs)|current\s+(?:openings|vacancies)|job\s+openings"
    r"|offene\s+stellen|aktuelle\s+stellenangebote|postes\s+ouverts|nos\s+offres(?:\s+d['’]emploi)?"
)
_LISTING_HEADING = re.compile(
    r"^(?:these\s+roles\s+are\s+hiring\s+now"
    r"|(?:latest|newest|recent)\s+(?:jobs|openings|roles|vacancies|positions)|les\s+derniers\s+(?:jobs|postes)"
    r"|lignende\s+(?:job|stillinger|annoncer)"
    r"|explore\s+(?:other|more|similar)\s+(?:jobs|roles|opportunities|positions)"
    r"|related\s+(?:graduate|internship|student)\s+(?:jobs|roles|opportunities)|vergelijkbare\s+jobs"
    r"|(?:les\s+)?dernières\s+offres|neueste\s+(?:jobs|stellen\w*)|aktuelle\s+jobs"
    r"|similar\s+(?:jobs|roles|positions|postings|opportunities|vacancies|programs|programmes)"
    r"|related\s+(?:jobs|content|roles|positions|vacancies|offers|opportunities)|people\s+also\s+viewed|more\s+jobs(?:\s+.{0,40})?"
    r"|recommended\s+(?:jobs|for\s+you)|jobs\s+you\s+(?:may|might)\s+(?:be\s+interested\s+in|like)"
    r"|here\s+are\s+similar\s+(?:jobs|job\s+postings|roles)\b.{0,60}"
    r"|(?:offerte|annunci|lavori|posizioni)(?:\s+di\s+lavoro)?\s+simili|altre\s+offerte\b.{0,40}|potrebbero\s+interessarti"
    r"|(?:ofertas|empleos|vacantes)\s+similares|otras\s+ofertas\b.{0,40}|te\s+puede[n]?\s+interesar"
    r"|vergelijkbare\s+vacatures|(?:meer|andere)\s+vacatures\b.{0,40}|similar\s+internships"
    r"|jobs,?\s+die\s+(?:sie|dich|du)\s+auch\s+interessieren\s+könnten|related\s+internships"
    r"|offerte\s+correlate|ofertas\s+relacionadas|(?:sprawdź\s+|zobacz\s+)?podobne\s+(?:oferty|ogłoszenia)|podobné\s+nabídky"
    r"|similar\s+job\s+postings|liknande\s+(?:jobb|annonser)|benzer\s+(?:ilanlar|iş\s+ilanları)"
    r"|vagas\s+(?:semelhantes|similares|relacionadas)|outras\s+vagas\b.{0,40}"
    r"|you\s+(?:may|might)\s+also\s+like|other\s+(?:jobs|openings|roles)|ähnliche\s+(?:jobs|stellen\w*)"
    r"|weitere\s+(?:jobs|stellen\w*)(?:\s+(?:von|bei)\s+.{1,60})?|das\s+könnte\s+dich\s+auch\s+interessieren"
    r"|(?:weitere|ähnliche|andere)\s+(?:jobs|stellen\w*),?\s+die\s+(?:dich|sie|du)\s+(?:auch\s+)?"
    r"interessieren\s+(?:könnten|dürften)"
    r"|(?:offres|emplois|postes)\s+similaires|voir\s+(?:davantage|plus)\s+d['’]offres(?:\s+d['’]emploi)?\s+similaires|d['’]autres\s+offres.*"
    r"|(?:ces\s+offres|ces\s+postes|ces\s+emplois)\s+pourraient\s+(?:aussi\s+|également\s+)?vous\s+intéresser"
    r"|vous\s+(?:pourriez|aimerez)\s+(?:aussi|également)\b.*|das\s+könnte\s+sie\s+auch\s+interessieren"
    r"|ähnliche\s+stellenangebote|(?:more|other)\s+jobs\s+at\s+.{1,40}|(?:remote\s+)?(?:jobs|roles)\s+similar\s+to\s+.{1,100}"
    r"|(?:jobs|open\s+roles|open\s+positions|careers)\s+at\s+.{1,40}"
    r"|(?:people|those)\s+who\s+viewed\s+this\s+(?:job|role|position|project|posting)\s+also\s+viewed"
    r"|other\s+(?:projects|jobs|openings|positions)\s+(?:from|at|by)\s+.{1,40}"
    r"|chi\s+ha\s+visualizzato\s+questa\s+offerta\s+ha\s+visualizzato\s+anche"
    r"|(?:quienes|los\s+que)\s+vieron\s+esta\s+oferta\s+también\s+vieron"
    r"|other\s+open\s+(?:positions|roles|jobs)|(?:more\s+)?jobs\s+like\s+this"
    r"|(?:this\s+week['’]s|today['’]s)\s+(?:picks|jobs|roles|openings)"
    r"|recommended(?:\s+(?:jobs|roles|positions|vacancies))?(?:\s+for\s+you)?"
    r"|(?:jobs|roles|positions)\s+you\s+(?:may|might)\s+(?:also\s+)?(?:be\s+interested\s+in|like)"
    r"|(?:more|other|further)\s+(?:student\s+|research\s+|internship\s+|career\s+)?"
    r"(?:opportunities|jobs|job\s+offers|roles|positions|openings|internships|programs|programmes)"
    r"(?:\s+(?:at|from|with|of)\s+.{1,60})?"
    r"|(?:andere|meer)\s+(?:stages|vacatures)\s+(?:bij|van)\s+.{1,60}|outras\s+vagas\s+(?:d[aeo]|na|no)\s+.{1,60}"
    rf"|{_OPEN_ROLES})(?:\s*\(\d+\))?\s*:?$",
    _I,
)
_OPEN_ROLES_HEADING = re.compile(rf"^(?:{_OPEN_ROLES})(?:\s*\(\d+\))?\s*:?$", _I)
# Headings where the page's own posting text begins (or resumes after a listing region).
_BODY_HEADING = re.compile(
    r"^(?:(?:full\s+)?(?:job\s+)?description|about\s+the\s+(?:job|role|position|opportunity)"
    r"|job\s+summary|(?:job\s+|position\s+|role\s+)?overview|(?:vollständige\s+)?stellenbeschreibung"
    r"|jobbeschreibung|über\s+(?:die\s+stelle|den\s+job|die\s+position)|info"
    r"|description\s+du\s+poste|descriptif\s+du\s+poste|le\s+poste|détails\s+de\s+l['’]offre"
    r"|functieomschrijving|bedrijfsomschrijving|vacaturetekst|over\s+de\s+(?:functie|vacature)"
    r"|descripción(?:\s+del?\s+(?:puesto|empleo|trabajo|la\s+oferta))?|descrizione(?:\s+del(?:la)?\s+"
    r"(?:lavoro|ruolo|posizione|offerta))?|descrição(?:\s+da\s+vaga)?|opis\s+stanowiska"
    # "About Acme", "Über Acme", "À propos de Acme", "Over Tulpix": a heading naming the employer.
    # Capitalised: "Über uns" and "About us" close a site's footer instead.
    r"|(?:about|über|à\s+propos\s+d(?:e|['’])|(?-i:Over))\s*(?!(?-i:Us|Uns|Nous|Ons)\s*:?$)"
    r"(?-i:[A-ZÀ-Ü])[\w&.'’-]*"
    r"(?:\s+[A-ZÀ-Ü][\w&.'’-]*){0,3})"
    r"\s*:?$",
    _I,
)
# Buttons and links of job sites, in English, German and French; a line of nothing but these
# ("Easy Apply   Save", "Postuler | Partager") is chrome as well.
_BUTTON = (
    r"(?:apply|apply\s+now|apply\s+for\s+this\s+(?:job|role|position)|easy\s+apply|quick\s+apply"
    r"|apply\s+on\s+(?:the\s+)?(?:employer|company)(?:['’]s)?\s+(?:site|website)|i['’]m\s+interested"
    r"|apply\s+online|apply\s+to\s+(?:this\s+)?(?:position|job|role)|add\s+to\s+(?:my\s+)?job\s+cart"
    r"|(?:view|visit)\s+(?:the\s+)?(?:company\s+)?website|show\s+all\s+(?:jobs|positions|openings)"
    r"|save(?:\s+(?:this\s+)?job)?|saved|unsave|share(?:\s+this\s+(?:job|role|position|offer))?"
    r"|report(?:\s+this)?(?:\s+(?:job|listing|posting))?|flag|copy\s+link|print|email\s+job|follow"
    r"|jetzt\s+bewerben|bewerben|einfach\s+bewerben|schnellbewerbung|weiter\s+zur\s+bewerbung"
    r"|(?:diesen\s+)?job\s+(?:melden|speichern|teilen|merken)|stelle\s+(?:melden|merken)|teilen|melden"
    r"|merken|gemerkt|speichern|gespeichert|drucken|link\s+kopieren|folgen"
    r"|postuler(?:\s+maintenant|\s+à\s+cette\s+offre)?|je\s+postule|candidature\s+(?:simplifiée|facile)"
    r"|solliciteren"
    r"|signaler(?:\s+(?:cette|l['’])\s*offre)?|sauvegarder(?:\s+l['’]offre)?|enregistrer|partager"
    r"|partager\s+l['’]offre|imprimer|copier\s+le\s+lien|suivre|favoris?|reply|login|log\s+in|sign\s+in"
    r"|sign\s+up|join\s+now|register|anmelden|registrieren|einloggen|se\s+connecter|s['’]inscrire"
    r"|connexion|show\s+(?:more|less)|see\s+more|read\s+more|mehr\s+anzeigen|weniger\s+anzeigen"
    r"|voir\s+plus|voir\s+moins|afficher\s+plus|menu|search|suche|rechercher)"
)
_CHROME = re.compile(
    rf"^(?:{_BUTTON}(?:\s*[|·•]?\s*{_BUTTON})*"
    r"|skip\s+to\b.*|(?:passer|aller)\s+(?:directement\s+)?au\s+contenu(?:\s+principal)?"
    r"|vai\s+al\s+contenuto(?:\s+principale)?|(?:ir|saltar)\s+al\s+contenido(?:\s+principal)?"
    r"|ga\s+(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?inhoud"
    r"|(?:pular|ir|saltar)\s+para\s+o\s+conte[uú]do(?:\s+principal)?|przejd[źz]\s+do\s+tre[śs]ci"
    r"|(?:direkt\s+)?zum\s+(?:haupt)?inhalt(?:\s+springen)?|zum\s+inhalt\s+springen"
    r"|back\s+to\s+(?:all\s+)?(?:jobs|search(?:\s+results)?|results|openings|careers|job\s+posting)"
    r"|get\s+directions|view\s+on\s+map|(?:add|write)\s+a\s+review|follow|unfollow"
    r"|\d+\s+(?:kontakte?\s+arbeiten\s+hier|connections?\s+works?\s+here|relations?\s+travaillent\s+ici)"
    r"|zurück(?:\s+zu(?:r|m)?\s+.{1,30})?|retour(?:\s+(?:aux|à\s+la)\s+.{1,30})?"
    r"|(?:view|see|browse)\s+(?:all|similar)\b.*|(?:find|search(?:\s+for)?)\s+jobs|jobs\s+(?:finden|suchen)"
    r"|trouver\s+un\s+emploi|company\s+reviews|unternehmensbewertungen|avis\s+sur\s+les\s+entreprises"
    r"|(?:try|reactivate|get)\s+premium\b.*|search\s+for\s+jobs\b.*|job\s+search\s+results"
    r"|use\s+ai\s+to\s+assess\b.*|get\s+ai-powered\s+advice\b.*|meet\s+the\s+hiring\s+team|message"
    r"|\d+\s+notifications?(?:\s+total)?|notifications|messaging|my\s+network|for\s+business"
    r"|saved\s+(?:jobs|searches)|explore\s+opportunities|complete\s+(?:your\s+)?profile"
    r"|.{1,60}\s+is\s+hiring!.{0,120}|discover|for\s+recruiters|messages|applied"
    # A Hacker News comment's byline: "acmeai_jobs 3 days ago | parent | context | next [–] | on: ...".
    r"|\S+\s+\d+\s+\w+\s+ago\s+\|\s+(?:parent|next|prev|context|root)\b.*"
    r"|jobalarm\s+erstellen|job-?alarm\b.{0,80}|top[- ]job|einstellungen\s+verwalten"
    r"|confirmed\s+live\s+in\s+the\s+last\s+.{1,20}|job\s+location|(?:be\s+)?an?\s+early\s+applicant"
    r"|(?:over\s+)?\d+\s+people\s+clicked\s+apply|see\s+who\s+.{1,60}\s+has\s+hired\b.*"
    r"|autofill\s+with\s+\w+|apply\s+with\s+(?:linkedin|indeed|simplify|resume|cv)"
    r"|candidatar(?:-se)?(?:\s+(?:agora|à\s+vaga))?|salvar(?:\s+vaga)?|compartilhar(?:\s+vaga)?"
    # A careers board's filters: "Filter by location", "All locations", "All departments".
    r"|filter\s+by\s+\w+|all\s+(?:locations|departments|teams|offices|work\s+types|job\s+types|categories)"
    r"|sign\s+in,?\s+save\s+your\s+search\b.*|save\s+(?:this\s+)?search|(?:sub)?classification\s*:.*"
    r"|\d+\s+open\s+(?:roles|positions|jobs)"
    # A search form's labels: "Umkreis: 30 km", "Functie, trefwoord of bedrijf", "Plaats of postcode".
    r"|(?:umkreis|radius|rayon|distance|afstand)\s*:?\s*(?:\d+\s*(?:km|mi|miles))?"
    r"|(?:functie|beroep),\s+trefwoord(?:\s+of\s+bedrijf)?|plaats(?:\s+of\s+postcode)?|postcode"
    r"|(?:job\s+title|what),\s+keywords?(?:,?\s+or\s+company)?|city,\s+(?:state|province),?\s+(?:zip\s+code\s+)?or\s+.{0,20}"
    r"|(?:jobtitel|was),\s+(?:stichwort|kompetenz)\w*.{0,40}|(?:ort|wo),\s+(?:plz|region).{0,30}|(?:arbeitgeber\s*/\s*)?stellenanzeige\s+schalten|lebenslauf\s+erstellen"
    r"|gehaltssuche|find\s+out\s+more|data\s+protection\s+notice|ok(?:ay)?(?:,?\s+got\s+it)?|got\s+it"
    # A mail client's toolbar and folders, when an e-mailed posting is pasted.
    r"|new\s+(?:mail|message)|reply(?:\s+all)?|forward|delete|archive|junk(?:\s+email)?|inbox"
    r"|sent\s+items|drafts|deleted\s+items|move\s+to|mark\s+as\s+(?:read|unread)|flag\s+message"
    r"|(?:hi|hello|hey|dear|bonjour|hallo|hola|ciao|hoi)\s+[\w .'’-]{1,40}[,!]|flag\s*/\s*unflag"
    r"|pin|sweep|categori[sz]e|focused|other|external|duplicate|report\s+(?:junk|phishing)"
    # A mail's header lines name addresses ("From: Priya <priya@...>"); "From: March 2027" is a start.
    r"|(?:from|to|cc|bcc|reply-to)\s*:\s*.{0,200}@.{0,200}|sent\s*:\s*.{0,60}\d{4}.{0,40}"
    r"|caution\s*:\s*this\s+(?:e-?mail|message)\b.*"
    r"|find\s+salaries|gehälter(?:\s+vergleichen)?|salaires|salaries|companies|community|careers?"
    r"|careers?\s+home|karriere|stellenangebote|offres\s+d['’]emploi|entreprises|home|startseite"
    r"|accueil|employers\s*/\s*post\s+job|post\s+a\s+job|for\s+employers|für\s+arbeitgeber"
    r"|profile\s+insights|find\s+out\s+how\s+your\s+skills\s+align\b.*|job\s+details|jobdetails"
    r"|détails\s+de\s+l['’]emploi|(?:jobs\s+)?powered\s+by\s+\w+|privacy\s+policy|cookie\w*.*"
    # A consent banner, in any language: "We use cookies to ...", "Accetta tutti i cookie".
    r"|.{0,120}\bcookies?\b.{0,200}"
    r"|(?:accept|reject|decline|allow|refuse)(?:\s+all)?|alle\s+(?:akzeptieren|ablehnen)"
    r"|tout\s+(?:accepter|refuser)|accetta(?:\s+tutti)?|rifiuta(?:\s+tutti)?|aceptar(?:\s+todo)?"
    r"|rechazar(?:\s+todo)?|alles\s+(?:accepteren|weigeren)|(?:manage|cookie)\s+(?:preferences|settings)"
    r"|gestisci\s+(?:le\s+)?preferenze|einstellungen|paramétrer|personnaliser"
    # Job sites' menus and calls to action in English, German, French, Italian, Spanish, Dutch.
    r"|job\s+search|career\s+advice|employers?\s+site|for\s+(?:job\s+seekers|companies|employers)"
    r"|(?:create\s+(?:a\s+)?)?job\s+alerts?|send\s+to\s+a\s+friend|jobalarm|karriere-tipps|ratgeber"
    r"|rechercher\s+un\s+emploi|conseils(?:\s+carrière)?|envoyer\s+à\s+un\s+ami|créer\s+une\s+alerte.*"
    r"|offerte\s+di\s+lavoro|recensioni\s+delle\s+aziende|cerca\s+stipendi|accedi|trova\s+offerte"
    r"|candidati(?:\s+ora)?|salva|condividi|segnala(?:\s+l['’]offerta)?|pubblica\s+un\s+annuncio"
    r"|postular(?:me|se)?|guardar|compartir|iniciar\s+sesión|empleos|salarios|publicar\s+(?:una\s+)?oferta"
    r"|solliciteer(?:\s+(?:direct|nu))?|opslaan|delen|inloggen|vacatures(?:\s+zoeken)?|salarissen"
    r"|report\s+a\s+problem\b.*|share\s+this\s+page|date\s+modified\b.*"
    r"|ver\s+más\s+ofertas\b.*|crea(?:r)?\s+(?:una\s+)?alerta\b.*|voir\s+(?:toutes\s+les|plus\s+d['’])\s*offres\b.*"
    # A language switcher: "EN | FR", "Deutsch / English".
    r"|[A-Z]{2}(?:\s*[|/]\s*[A-Z]{2})+"
    r"|(?:deutsch|english|français|español|italiano|nederlands)(?:\s*[|/]\s*(?:deutsch|english"
    r"|français|español|italiano|nederlands))*|join\s+us|rejoignez[- ]nous"
    # Employer reviews: "88 Reviews", "27 reviews", "140 avis".
    r"|\d[\d,.]*\s+(?:reviews?|ratings?|bewertungen|avis|recensioni|reseñas|opiniones|beoordelingen)"
    r"|datenschutz\w*|impressum|mentions\s+légales|follow\s+us|[\w-]+-(?:icon|logo)"
    r"|check|linkedin|note|job|jobs|unternehmen|keine\s+passenden\s+job-präferenzen"
    r"|erstellen\s+sie\s+ein\s+indeed-konto\b.*|are\s+you\s+applying\b.*\?"
    r"|\(?[mwfdh]/[mwfdh](?:/[mwfdhx])?\)?|company\s+data\s+provided\s+by\b.*"
    r"|h-?1b\s+sponsor\s+likely\w*|.{0,40}[→›»]"
    # "4.1 out of 5 stars", "3,9 von 5 Sternen", "4.2 ★": employer ratings.
    r"|\d[.,]\d\s*(?:★|out\s+of\s+5(?:\s+stars)?|von\s+5(?:\s+sternen)?|sur\s+5(?:\s+étoiles)?)?|[★☆]+"
    # "87 applicants", "Over 100 applicants", "Über 100 Bewerbungen", "Be an early applicant".
    r"|(?:over\s+|more\s+than\s+|under\s+|fewer\s+than\s+|less\s+than\s+|über\s+|plus\s+de\s+"
    r"|meer\s+dan\s+|más\s+de\s+|oltre\s+"
    r"|be\s+among\s+the\s+first\s+)?\d+\+?\s+"
    r"(?:applicants?|applications|bewerbungen|bewerber(?:innen)?|candidatures?|candidats?"
    r"|sollicitanten|sollicitaties|solicitudes|candidati|candidaturas)"
    r"|be\s+an\s+early\s+applicant|actively\s+(?:recruiting|hiring|reviewing\s+applicants)"
    r"|recruiter\s+recently\s+active|early\s+applicant|hiring\s+now|urgently\s+hiring"
    r"|my\s+account|mein\s+konto|mon\s+compte|mi\s+cuenta|il\s+mio\s+account|mijn\s+account"
    r"|help|hilfe|aide|ayuda|aiuto|faq|add\s+to\s+favou?rites|favou?rites|yes|no|ja|nein|oui|non"
    r"|salva\s+offerta|inscribirme(?:\s+en\s+esta\s+oferta)?|vacature\s+plaatsen|localiser\s+avec\s+\w+"
    r"|directorio|company\s+directory|job\s+seekers|for\s+recruiters|recruiters|recruitment\s+solutions"
    r"|browse\s+(?:jobs|internships)|hire\s+\w+(?:\s+for\s+your\s+company)?|(?:register|sign\s+up)\s*[-–:].{0,40}"
    r"|email|e-mail|tweet|facebook|whatsapp|xing|pulled\s+from\s+the\s+full\s+job\s+description"
    r"|full\s+job\s+description|learn\s+more(?:\s+about\s+this\s+\w+)?|review\s+our\s+benefits"
    r"|(?:sign\s+up\s+for|subscribe\s+to)\s+.{0,40}alerts?|subscribe|share\s+job|view\s+favou?rites"
    r"|job\s+announcement|only\s+necessary(?:\s+cookies)?|nur\s+notwendige(?:\s+cookies)?"
    r"|print\s+preview|explore|position\s+details|aller\s+au\s+menu"
    r"|(?:go|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|menu|navigation|search|top|footer)\b.*"
    r"|alleen\s+noodzakelijk(?:e\s+cookies)?|(?:cookies\s+)?nécessaires\s+uniquement|solo\s+necesarias"
    r"|solo\s+necessari|continuer\s+sans\s+accepter|internacional|international"
    r"|promoted|responses\s+managed\s+off\s+\w+|\d+\s+locations"
    # Government sites' banner: "An official website of the United States government".
    r"|an\s+official\s+website\s+of\s+the\s+.{3,60}|here['’]s\s+how\s+you\s+know"
    r"|an?\s+.{3,40}\s+government\s+agency\s+website|how\s+to\s+identify"
    r"|government\s+agencies\s+communicate\s+via\b.*|trusted\s+websites\b.*|join\s+for\s+free"
    r"|change\s+country"
    r"|official\s+website\s+links\s+end\s+with\b.*|secure\s+websites\s+use\s+https\b.*"
    r"|official\s+websites\s+use\s+\.\w+.*|secure\s+\.\w+\s+websites\s+use\s+https.*"
    r"|an?\s+\.\w+\s+website\s+belongs\s+to\s+an\s+official\b.*|a\s+lock\b.{0,40}\bmeans\s+you['’]ve\b.*"
    r"|(?:now\s+)?accepting\s+applications|apply\s+to\s+this\s+(?:job|position|role)"
    r"|join\s+(?:our\s+)?talent\s+(?:community|network|pool)|view\s+(?:my\s+)?profile|submit\s+(?:your\s+)?(?:resume|cv)"
    r"|your\s+job\s+applications?|my\s+applications|(?:my\s+|your\s+)?profile|share\s+job"
    r"|job\s+categories|refer\s+a\s+friend|verwijs\s+een\s+vriend(?:\s+door)?|recommander\s+(?:à|a)\s+un\s+ami"
    r"|(?:job\s+)?weiterempfehlen|recomendar\s+a\s+un\s+amigo|consiglia\s+a\s+un\s+amico"
    r"|ik\s+heb\s+interesse|je\s+suis\s+intéressée?|me\s+interesa|mi\s+interessa"
    r"|ich\s+bin\s+interessiert|wszystkie\s+oferty|toutes\s+les\s+offres|alle\s+(?:jobs|vacatures)"
    r"|todas\s+las\s+ofertas|tutte\s+le\s+offerte"
    r"|salary\s+search\s*:.*|see\s+popular\s+questions\b.*|(?:see|view)\s+salaries\b.*"
    r"|aceitar\s+e\s+fechar|cadastre\s+seu\s+currículo|denunciar\s+(?:vaga|oferta)|zgłoś\s+ofertę|nahlásit\s+nabídku"
    r"|anmäl\s+annons|meld\s+vacature|vacature\s+melden"
    r"|(?:visit|view)\s+(?:the\s+)?company\s+(?:page|profile)|apply\s+for\s+job|report\s+job"
    r"|filters?|(?:filter|refine)\s+(?:by|results)\b.*|clear\s+(?:all|filters)|reset\s+filters"
    r"|(?:showing|results)\s+\d+\s*[-–]\s*\d+\s+of\s+\d+.*|title|date|page\s+\d+\s+of\s+\d+|sort(?:\s+by)?\s*:?|relevance"
    r"|\d[\d,.]*\s+(?:jobs?|results?|vacancies|positions|roles|offres|ofertas|vacatures|annunci)"
    r"(?:\s+found|\s+gefunden|\s+trouvées?)?"
    r"|signaler\s+cette\s+(?:annonce|offre)|sign\s+in\s+with\s+\w+|set\s+up\s+a\s+job\s+alert"
    r"|get\s+job\s+alerts|share\s+this\s+vacancy|partager\s+sur\s+\w+|seite\s+teilen"
    # Icon fonts copied as their names: "corporate_fare", "bar_chart", "place", "share".
    r"|(?-i:[a-z]+(?:_[a-z]+)+)|(?-i:place|search|share|link|close|bookmark|bookmark_border|info"
    r"|schedule|language|expand_more|expand_less|arrow_forward|open_in_new|work_outline)"
    # Polish and Portuguese consent buttons and menus.
    r"|akceptuj[eę]?(?:\s+wszystkie)?|odrzu[cć](?:\s+wszystkie)?|ustawienia(?:\s+plików\s+cookie)?"
    r"|aceitar(?:\s+todos)?|rejeitar(?:\s+todos)?|configurações|definições|oferty\s+pracy"
    r"|zaloguj\s+się|dodaj\s+ogłoszenie|dla\s+firm|entrar|vagas\s+de\s+emprego|para\s+empresas"
    # Badges on result cards: "Featured", "Sponsorisé", "Nouveau", "Promoted by hirer".
    r"|featured|sponsored|sponsoris[ée]e?|nouveau|nouvelle\s+offre|new|neu|nuevo|nuova|gesponsert"
    r"|annonce|annons|anzeige|patrocinado|sponsorizzato|gesponsord|destacad[oa]|in\s+evidenza|uitgelicht|(?:recruiter|employer)\s+log\s?in"
    r"|verified|vérifiée?|verifiziert|verificad[oa]|employer\s+active\b.*|actively\s+reviewing\b.*"
    # "Employeur actif il y a 4 jours": when the employer last looked, not when the job was posted.
    r"|(?:employeur\s+actif|empregador\s+ativo|empleador\s+activo|arbeitgeber\s+aktiv)\b.*"
    r"|(?:avaliação|note|bewertung|valoración|valutazione|rating)\s*:?\s*\d[.,]\d\s+(?:de|sur|von|of|su|out\s+of)"
    r"\s+5\b.*"
    # LinkedIn's interface in Spanish, French and German.
    r"|compartir|mostrar\s+más\s+opciones|afficher\s+plus\s+d['’]options|weitere\s+optionen(?:\s+anzeigen)?"
    r"|(?:prueba|essayez|teste)\s+premium\b.*|premium\s+.{0,30}\s+testen|mi\s+red|mon\s+réseau"
    r"|mein\s+netzwerk|mensajes|messagerie|nachrichten|notificaciones|mitteilungen|yo|vous"
    r"|para\s+negocios|pour\s+les\s+entreprises|für\s+unternehmen|solicitar(?:\s+empleo)?"
    r"|\d+\s+(?:notificaciones|notifications|mitteilungen)(?:\s+en\s+total|\s+au\s+total|\s+insgesamt)?"
    r"|(?:promocionado|promu|beworben)\s+(?:por|par|von)\b.*|coincide\s+con\s+tus\s+preferencias\b.*"
    r"|correspond\s+à\s+vos\s+préférences\b.*|entspricht\s+ihren\s+präferenzen\b.*"
    r"|promoted\s+by\s+(?:hirer|\w+)(?:\s*·\s*.{1,60})?|plus\s*\.\.\.|meer\s*\.\.\.|more\s*\.\.\.|…"
    # A startup's equity beside its pay (Wellfound): "$185k – $225k • 0.05% – 0.12%".
    r"|\d{1,2}(?:\.\d+)?%\s*[–-]\s*\d{1,2}(?:\.\d+)?%(?:\s+equity)?"
    r"|(?:gehalt|salary|salaire|sueldo)\s+(?:anzeigen|ansehen|anzeigen\s+lassen)|(?:show|see|view)\s+salary"
    r"|how\s+do\s+you\s+know\??|vaga\s+(?:também\s+)?(?:exclusiva\s+)?para\s+pcd|todas\s+as\s+vagas"
    r"|job\s+posting|offre\s+d['’]emploi"  # a government board's heading over the title
    # A street address in a site's footer: "Industriestraße 14", "Rämistrasse 101", "31 Williams Drive".
    r"|[^\W\d_][\w.-]*(?:straße|strasse|str\.|gasse|allee|platz|weg|straat|laan|gracht)\s+\d+[a-z]?"
    r"|(?:[\w ]+,\s*)?\d+[a-z]?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+(?:street|st\.|road|rd\.|avenue|ave\.|drive"
    r"|dr\.|lane|boulevard|blvd\.?)"
    r"|\d+,?\s+(?:rue|avenue|boulevard|bd|place|allée|chemin|quai)\s+[^\d]{2,60}"
    r"|(?:calle|c/|avenida|avda\.?|paseo|carrer|rua|via|viale|corso)\s+[^\d,]{2,40},?\s*\d+.{0,40}"
    # Buttons and links beside a card or a posting.
    r"|alle\s+(?:stellen(?:angebote)?|jobs)\s+anzeigen|(?:view|see)\s+all\s+(?:jobs|openings|roles|positions)"
    r"|voir\s+toutes\s+les\s+offres.{0,30}|ver\s+todas\s+las\s+ofertas|bekijk\s+alle\s+vacatures"
    r"|mehr\s+erfahren|details?\s+ansehen|zur\s+stelle|view\s+(?:job|details|role)|see\s+(?:job|details)"
    r"|voir\s+l['’]offre|bekijk\s+vacature|ver\s+(?:oferta|vaga)|candidate\s+home|blog"
    r"|gem|del|anmeld|tilpas|lagre|del\s+jobbet"  # Danish and Norwegian: save, share, report
    r"|empresa\s+verificada|(?:mais|más)\s+de\s+\d+\s+(?:candidatos|candidaturas|solicitudes)"
    r"|government\s+of\s+canada(?:\s*/\s*gouvernement\s+du\s+canada)?|search\s+canada\.ca"
    r"|[·•|–—]"  # a separator left alone on its line between a card's facts
    r"|schnelle\s+bewerbung|merken|responsive\s+employer|candidature\s+simplifiée|candidature\s+rapide"
    # Pay not stated, or none: "A négocier", "Salary undisclosed", "Nach Vereinbarung", "Unpaid".
    r"|unpaid|non\s+rémunérée?|unbezahlt"
    r"|(?:à|a)\s+négocier|selon\s+profil|negotiable|salary\s+(?:undisclosed|negotiable)"
    r"|nach\s+vereinbarung|salaire\s+non\s+(?:communiqué|précisé)|(?:salario\s+)?a\s+convenir"
    # An employer's rating: "4.3 (212 reviews)", "3.8 out of 5 stars".
    r"|\d(?:[.,]\d)?\s*★?\s*\(?[\d,.]+\s*(?:reviews?|ratings?|bewertungen|avis|reseñas)\)?"
    r"|\d(?:[.,]\d)?\s+out\s+of\s+5(?:\s+stars)?"
    r"|acessibilidade|accessibility|accessibilité|barrierefreiheit|tillgänglighet|accesibilidad"
    r"|aceptar\s+(?:todas|todo|cookies)|rechazar\s+(?:todas|todo|cookies)"
    r"|configurar(?:\s+cookies)?|termos\s+de\s+uso|pol[ií]tica\s+de\s+privacidad[e]?|till\s+innehållet"
    r"|based\s+on\s+your\s+(?:profile|preferences|activity|searches|search\s+history)\b.*"
    r"|(?:show\s+)?more\s+options|no\s+longer\s+responding\s+to\s+applications|easily\s+apply|1-click\s+apply|one-click\s+apply"
    # LinkedIn repeats a card's title for screen readers: "Machine Learning Engineer with verification".
    r"|.{1,150}\s(?:with\s+verification|mit\s+verifizierung|avec\s+vérification|con\s+verificación)"
    r"|(?:[\w&.' -]{1,30}\s)?newsroom"  # a careers site's menu: "Amazon Newsroom"
    # A results page's search form and counts: "What: ... Where: ...", "Sort by: date", "312 jobs".
    r"|what\s*:.*\bwhere\s*:.*|sort(?:ed)?\s+by\b.*|trier\s+par\b.*|sortieren\s+nach\b.*"
    r"|[\d,.]+\+?\s+(?:jobs|results|stellen(?:angebote)?|offres|ofertas|vacatures|ergebnisse"
    r"|open\s+(?:roles|positions|jobs)|openings|positions|opportunities)"
    r"|date\s+posted|people\s+also\s+searched:?|related\s+searches:?|ricerche\s+correlate"
    r"|búsquedas\s+relacionadas|recherches\s+(?:associées|similaires|liées)|ähnliche\s+suchen"
    r"|verwandte\s+suchanfragen|gerelateerde\s+zoekopdrachten"
    # A search box's placeholder: "Job title, skill, company, keyword", "City, state or zip".
    r"|(?:(?:job\s+title|title|skills?|company|keywords?|city|state|zip(?:\s+code)?|postcode|location"
    r"|remote)(?:\s*,\s*|\s+or\s+|,?\s+and\s+|$)){3,}"
    # Breadcrumbs: "Accueil > Offres > Informatique", "Jobs › IT", "Home / Graduate Jobs / Engineering".
    r"|(?:home|startseite|start|accueil|inicio|início|home\s*page)(?:\s+/\s+[^/]{1,120}){1,6}"
    r"|[^>›»]{1,40}(?:\s[>›»]\s[^>›»]{1,40})+|[^>›»]{1,80}(?:\s[>›»]\s[^>›»]{1,80}){2,})$",
    _I,
)
# A cookie banner's paragraph, whatever its length and language.
_CONSENT_BANNER = re.compile(
    r"^(?=.{0,700}$).*\bcookies?\b.*\b(?:consent|accept|preferences?|settings|privacy|policy"
    r"|einwilligung|akzeptieren|zustimm|datenschutz|einstellungen|consentement|accepter|paramètres"
    r"|confidentialité|aceptar|configur|rechazar|política|accett|consenso|privacy|toestemming"
    r"|accepteren|instellingen|notice)"
    r"|^(?=.{0,700}$)(?:we|this\s+(?:site|website))\s+uses?\s+(?:\w+\s+){0,3}cookies\b",
    _I,
)
_APPLY_BUTTON = re.compile(
    r"^(?:apply|postuler|bewerben|jetzt\s+bewerben|weiter\s+zur\s+bewerbung)", _I
)
# Company-profile widgets (funding rounds, leadership, H1B statistics) are about the employer, not
# the job, and carry amounts that are not pay.
_STATS_HEADING = re.compile(
    r"^(?:h-?1b\s+sponsorship|funding|leadership(?:\s+team)?|company\s+(?:data|facts|size|stats)"
    r"|key\s+investors|total\s+funding)$",
    _I,
)
# One-line company facts that aggregators print beside a posting: "Company funding: $8.11B total
# raised", "500 employees". Neither description nor a source of pay.
_COMPANY_FACT = re.compile(
    r"^(?:(?:company\s+|total\s+)?funding|total\s+raised|valuation|founded(?:\s+in)?|revenue)\b"
    r"[\s:].{0,60}$|^\d[\d,.]*(?:\s*[-–+]\s*[\d,.]*)?\s+employees$",
    _I,
)
_GLUED_WORDS = re.compile(r"[a-z)][A-Z]")
_MIN_GLUED = 3
_JOBS_IN_SUFFIX = re.compile(
    r"\s+(?:jobs?|stellen(?:angebote)?|emplois?|offres?)\s+(?:in|en|à|au)\s+(?P<place>[^,()]+)$", _I
)
_FIELD_LABEL = re.compile(
    r"^(?:anstellungsart|job\s+type|employment\s+type|arbeitszeit|type\s+de\s+contrat"
    r"|type\s+d['’]emploi|contract\s+type|vertragsart|work\s+arrangement|arbeitsmodell"
    # LinkedIn's criteria at the end of a posting: a label line, then its value.
    r"|seniority\s+level|experience\s+level|job\s+function|industries"
    # USAJOBS' overview, when it follows the summary.
    r"|open(?:ing)?\s*(?:&|and)\s*closing\s+dates?|remote\s+job|telework\s+eligible"
    r"|work\s+schedule|appointment\s+type)\s*:?$",
    _I,
)
_HEADER_LABEL = re.compile(
    r"^(?:anstellungsart|job\s+type|employment\s+type|arbeitszeit|type\s+de\s+contrat|time\s+type"
    r"|type\s+d['’]emploi|type\s+de\s+poste|contract\s+type|vertragsart|work\s+arrangement"
    r"|arbeitsmodell|locations?|standorte?|arbeitsort|lieux?|posted\s+on|posted|veröffentlicht"
    r"|city|country|work\s+locations?(?:\s*\(s\))?|ville|pays|stadt|land|città|ciudad|plaats"
    r"|visa\s+sponsorship|remote\s+work\s+policy|hires\s+remotely\s+in|preferred\s+time\s*zones?"
    r"|relocation|skills|department|research\s+field|researcher\s+profile|job\s+status"
    r"|remote\s+job|telework\s+eligible|travel\s+required|relocation\s+expenses\s+reimbursed"
    r"|appointment\s+type|pay\s+scale\s*&\s*grade|promotion\s+potential|supervisory\s+status"
    r"|security\s+clearance|drug\s+test|job\s+family|series|experience|headquarters|hq|taille"
    r"|job\s+number|requisition\s+number|posting\s+number|role\s+number|job\s+code|work\s+site"
    r"|role\s+type|profession|discipline|working\s+title|position\s+title|pay\s+grade|hourly\s+rate"
    r"|company\s+size|industry|secteur|branche|funding\s+stage"
    r"|publiée?\s+le|pay|salary|gehalt|salaire|rémunération|vergütung|compensation"
    r"|(?:job\s+)?requisition\s+id|req\.?\s+id|job\s+id|reference|referenz(?:nummer)?|référence"
    r"|schedule|work\s+schedule|remote\s+type|workplace\s+type|seniority\s+level|experience\s+level"
    r"|berufserfahrung|niveau\s+d['’]expérience|work\s+style|start\s+date|starting\s+date"
    r"|application\s+deadline|closing\s+date|deadline|duration|stipend"
    r"|open(?:ing)?\s*(?:&|and)\s*closing\s+dates?|travel|teams?|role\s+number|weekly\s+hours"
    r"|job\s+number|date\s+posted|opportunity\s+type|work\s+rights|applications\s+close"
    r"|organi[sz]ation|level|organisation\s+type|job\s+category|category|expérience"
    r"|niveau\s+d['’]études|télétravail|formation|langues?|business\s+function|tipo\s+de\s+contrato"
    r"|job\s+title|position\s+type|vacancy\s+type"
    r"|jornada|duración|salario|fecha\s+de\s+incorporación|modalidad)\s*:?$",
    _I,
)
# A search box's labels above a posting: the line under each is a search, not a fact of the job.
_LINES_ABOVE_TITLE = 2
_NOT_JOB_PLACE_LABEL = re.compile(
    r"^(?:headquarters|hq|head\s+office|siège|sitz|firmensitz|sede\s+central)$", _I
)
_SEARCH_LABEL = re.compile(
    r"^(?:what|where|wo|was|quoi|où|cosa|dove|qué|dónde|wat|waar|keywords?|job\s+title)\s*\??$", _I
)
# A label whose value, on its own line or after a colon, is the employer.
_COMPANY_LABEL = re.compile(
    r"^(?:company|employer|organi[sz]ation(?:\s*/\s*company)?|hiring\s+organi[sz]ation"
    r"|company\s+name|arbeitgeber|unternehmen|firma|entreprise|société|employeur|azienda|empresa"
    r"|bedrijf|werkgever)$",
    _I,
)
# "Début : 01 mars 2027", "Salary: $90k", "Job type: Full-time": a labelled header field.
# Not German's gender colon: "Projektmanager:in Digitalisierung (w/m/d)".
_LABELLED = re.compile(
    r"^(?P<label>[^\W\d][\w'’ ./-]{1,30}?)\s*:(?!in(?:nen)?\b)\s*(?P<value>\S.*)$"
)
_POSTED_LABEL = re.compile(
    r"^(?:posted(?:\s+on)?|date\s+posted|published|veröffentlicht(?:\s+am)?|erschienen(?:\s+am)?"
    r"|placed(?:\s+on)?|date\s+placed|advertised(?:\s+on)?|listed(?:\s+on)?|date\s+listed"
    r"|(?:job\s+)?open(?:ing)?\s+date|fecha\s+de\s+publicación|data\s+di\s+pubblicazione"
    r"|publicad[oa](?:\s+(?:el|em))?|pubblicat[oa](?:\s+il)?|geplaatst(?:\s+op)?|date\s+posted"
    r"|data\s+de\s+publica[çc][ãa]o|opublikowan[ao]|date\s+of\s+publication|publication\s+date"
    r"|indrykket|publiceret|publicerad|publisert"
    r"|dodano|publicerad|zveřejněno|yayın\s+tarihi|date\s+of\s+issue|issued(?:\s+on)?|datum"
    r"|posting\s+created|created(?:\s+on)?"
    r"|publiziert(?:\s+am)?|(?:job\s+)?posting(?:\s+date)?|posted\s+date|date"
    r"|online\s+seit|publiée?(?:\s+le)?|date\s+de\s+publication|mise\s+en\s+ligne)$",
    _I,
)
_ANONYMOUS_POSTER = re.compile(
    r"^(?:the\s+)?(?:employer|recruiter|company|hiring\s+team|an?\s+employer|agency)$", _I
)
# "Posted 3 days ago by Hays", "Publiée il y a 2 jours par Capgemini": when, and who posted it.
_POSTED_BY = re.compile(
    # Reed: "18 November by Hollins Murray Partnership", "Yesterday by Northpoint Systems Ltd".
    r"^(?P<when>\d{1,2}\s+[A-Za-z]{3,9}|yesterday|today|just\s+now|(?:re)?posted\s.{1,30}?"
    r"|publiée?\s.{1,30}?|veröffentlicht\s.{1,30}?"
    r"|publicad[oa]\s.{1,30}?|pubblicat[oa]\s.{1,30}?)\s+(?:by|par|von|por|da|door)\s+"
    r"(?P<who>[^·|•]{2,80})$",
    _I,
)
# A short line that says when the posting went online: "Posted 30+ days ago", "vor 5 Tagen
# veröffentlicht", "Publiée il y a 2 jours", "Reposted 1 week ago".
_POSTED_WORDS = re.compile(
    r"\b(?:(?:re)?posted|published|active|aktiv|veröffentlicht|erschienen|online\s+seit|aktualisiert"
    r"|publiée?|mise?\s+en\s+ligne|postée?|publicad[oa]|pubblicat[oa]|geplaatst|publiziert"
    r"|publicerad|publiceret|publisert|diperbarui|diposting|(?:stellen)?angebot\s+vom|actualizad[oa]"
    r"|atualizad[oa]|updated)\b"
    r"|\b(?:ago|fa|geleden|sedan|siden|lalu)$|(?:前|전)$|^(?:vor|il\s+y\s+a|hace)\s"
    r"|^\d{1,2}[dh]\+?$",
    _I,
)
# Seniority, contract and level words that LinkedIn, StepStone and others print as facts:
# "Internship · Entry level", "Praktikum · Berufseinsteiger", "Feste Anstellung".
_PLAIN_FACT = re.compile(
    r"^(?:entry[- ]level|mid[- ]senior\s+level|mid[- ]level|senior[- ]level|associate|executive"
    r"|director|internship(?:\s+level)?|not\s+applicable|junior|senior|experienced"
    r"|berufseinsteiger(?:in)?|einsteiger(?:in)?|berufserfahren|mit\s+berufserfahrung|berufserfahrung|einstieg"
    r"|young\s+professionals?|professional|studierende|absolvent(?:en|in)?|student(?:in)?"
    r"|feste\s+anstellung|festanstellung|unbefristet|permanent(?:\s+contract)?|festanstellung"
    r"|débutant(?:e)?|confirmé(?:e)?|expérimenté(?:e)?|sans\s+expérience|jeune\s+diplômé(?:e)?"
    r"|cadre|non[- ]cadre|interim|graduate"
    # Polish cards qualify the pay by its contract: "Brutto (UoP)", "Netto (B2B)".
    r"|(?:brutto|netto|gross|net)(?:\s*[(/]?\s*(?:uop|b2b|uz|uod)\)?)?|uop|b2b"
    # Startup cards: equity ("0.10% - 0.50%") and who may apply ("Any (new grads ok)").
    r"|\d+(?:[.,]\d+)?\s*%(?:\s*[-–]\s*\d+(?:[.,]\d+)?\s*%)?(?:\s+equity)?"
    r"|any(?:\s+\(new\s+grads?\s+ok\))?|new\s+grads?\s+ok"
    # Graduate boards: the listing's type and who may apply ("Australian Citizen, ...").
    r"|graduate\s+(?:jobs?|programs?|programmes?)|internships?|(?:closing|closes)\s+in\s+\d+\s+\w+"
    r"|(?:(?:australian|new\s+zealand|canadian|u\.?s\.?|uk|british|eu)\s+(?:citizens?|permanent\s+residents?)"
    r"|international\s+students?)(?:\s*,\s*.{0,120})?)$",
    _I,
)
# Years of experience asked for, as cards print them: "2-5 Yrs", "3+ years", "5 Jahre".
_EXPERIENCE = re.compile(
    r"^\d+\s*(?:[-–]\s*\d+\s*)?\+?\s*(?:yrs?|years?|jahre|ans|años|anni|jaar)\b(?:\s+\w+){0,2}$", _I
)
_PART_SEPARATOR = re.compile(r"\s+[·•|/]\s+|\s{2,}|\s+/$")
_DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")
_DOT_SEPARATOR = re.compile(r"\s+[·•]\s+")
_PIPE_SEPARATOR = re.compile(r"\s+\|\s+")
_LEGAL_FORM = re.compile(
    r"(?:\b(?:GmbH|gGmbH|mbH|AG|SE|SA|SAS|SASU|SARL|Sàrl|S\.A|S\.r\.l|Srl|S\.p\.A|SpA|S\.L|S\.L\.U"
    r"|e\.V|GbR|OHG|Pty|Inc|inc|Ltd|LLC|LLP|plc|Corp|Corporation|Co|KG|KGaA"
    r"|BV|B\.V|NV|AB|Oy|ASA|Limited|Group|Gruppe|Groupe|Holding|Labs?|Technologies|Pte|Bhd"
    r"|Sdn|K\.K|GK|LTD|INC|PTE|CORP|PLC|LIMITED|GMBH)\b|\bS\.A\.S"
    r"|\bSp\.\s?z\s?o\.\s?o|\bS\.?A\.?\s+de\s+C\.?V|\bLtda|\bs\.\s?r\.\s?o|\ba\.\s?s|\bA\.Ş"
    r"|\bS\.R\.L|\bS\.\s?de\s+R\.L\.(?:\s+de\s+C\.V)?|\bS\.A\.U|\bS\.C\.A|\bS\.A\.I\.C)\.?\)?$"
)
# Leading words of department lines ("Engineering – Autonomy"), which are no company.
_DEPARTMENT = re.compile(
    r"^(?:engineering|research|product|sales|marketing|operations|finance|legal|design|data"
    r"|people|hr|it|technology|tech|science|team|department|abteilung|bereich|équipe|département"
    r"|business|customer|support|r\s?&\s?d|go-to-market|gtm|talent|recruiting|communications"
    r"|produit|ingénierie|ventes|recherche|opérations|juridique|vertrieb|entwicklung|forschung"
    r"|technik)\b"
    # A government's departments employ: "Department of Veterans Affairs", "Department of Health".
    r"(?!\s+(?:of|for)\s+(?:the\s+)?(?:veterans|defen[cs]e|state|justice|health|labou?r|energy"
    r"|education|transport(?:ation)?|agriculture|commerce|homeland|treasury|interior|housing"
    r"|foreign|home\s+affairs|finance|environment|work\s+and\s+pensions)\b)",
    _I,
)
_LOCATION_LABEL = re.compile(
    r"^(?:locations?|standorte?|arbeitsort|einsatzort|dienstort|lieux?|lieux?\s+de\s+travail|primary\s+location|where"
    r"|(?:additional|other)\s+locations?|weitere\s+standorte?"
    r"|(?:job|work)\s+"
    r"locations?(?:\s*\(s\))?|city|town\s*/\s*city|ville|stadt|città|ciudad|plaats|ubicación|sede"
    r"|sede\s+di\s+(?:lavoro|svolgimento)|local|localização|lokalizacja|místo\s+pracoviště"
    r"|arbetsplats|arbetsort|kommun|arbejdssted|arbeidssted)"
    # The value after a colon, or on the next line when the label stands alone.
    r"\s*(?::\s*(?P<value>.*))?$",
    _I,
)
_FIELD_SEPARATOR = re.compile(r"\s*\|\s*")
_URL_IN_FIELD = re.compile(r"(?:https?://|www\.)\S+")
_MIN_PIPE_FIELDS = 3
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$")
_SENTENCE_END = re.compile(r"[.!?:;]$")
_SPACE_BEFORE_PAREN = re.compile(r"(?<=\w)\(")

_ROLE = (
    r"(?:Scientist|Engineer|Developer|Manager|Analyst|Designer|Architect|Researcher|Consultant"
    r"|Specialist|Intern|Director|Administrator|Technician|Officer|Associate|Coordinator"
    r"|Representative|Programmer|Recruiter|Accountant|Writer|Editor|Strategist|Economist"
    r"|Statistician|Product\s+Owner)"
)
_ROLE_WORD = re.compile(
    rf"\b{_ROLE}s?\b|\b(?:Lead|Head\s+of|Founding|Staff|Principal)\b"
    r"|\b(?i:member\s+of\s+(?:the\s+)?technical\s+staff)\b"
)
_TITLE_PHRASE = rf"(?P<title>(?:[A-Z][\w&/+.-]*\s+){{0,5}}?{_ROLE})s?\b"
# Where a paragraph names its role: "As an Applied Scientist", "seeking a talented ... Senior
# Applied Scientist", and as a last resort any capitalised role phrase ("mentor Applied Scientists").
_TITLE_CUES = (
    re.compile(rf"\b[Aa]s\s+an?\s+{_TITLE_PHRASE}"),
    re.compile(
        r"\b(?:seeking|looking\s+for|hiring|recruiting|searching\s+for)\s+(?:an?\s+|the\s+)?"
        rf"(?:[a-z][\w-]*,?\s+){{0,6}}?{_TITLE_PHRASE}"
    ),
    re.compile(_TITLE_PHRASE),
)

_NAME_WORD = r"[A-Z][\w&.-]*"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}"
# Phrasings that name an organisation: "Amazon's", "Amazon is seeking", "at Amazon". Each pattern
# starts with literal text, so a 30 KB page is scanned quickly; the name before a cue is then read
# from a short window that ends at the cue.
_CUES_AFTER_NAME = (
    re.compile(r"['’]s\b"),
    *(
        re.compile(
            rf" {verb} (?:a|an|the|seeking|hiring|looking|investing|building|currently"
            r"|particularly|committed|proud)\b"
        )
        for verb in ("is", "are")
    ),
)
_NAME_AT_END = re.compile(rf"{_NAME}$")
_NAME_WINDOW = 60
_CUES_BEFORE_NAME = (
    re.compile(rf" at (?P<name>{_NAME})"),
    re.compile(rf"join(?:ing)? (?P<name>{_NAME})"),
    re.compile(rf"At (?P<name>{_NAME}),"),
    *(re.compile(rf"\n{about} (?P<name>{_NAME})\n") for about in ("About", "Über", "À propos de")),
)
# Capitalised words that start sentences rather than name an organisation.
_SENTENCE_STARTERS = """
The This That Our We You Your It Its As In At If A An Please They He She Who What With Join For
And But Key Every Each Here There These Those Today About Whether When Where How Why All Job Role
Team Company Candidate Candidates Interns Intern Students Master Bachelor Us Uns Nous
"""
_NOT_NAMES = frozenset(_SENTENCE_STARTERS.split())
# Holidays in a benefits list: "the week between Christmas and New Year's off".
_HOLIDAYS = frozenset(
    {"New Year", "Christmas", "Easter", "Thanksgiving", "Labor Day", "Labour Day", "Memorial Day"}
)

_LONG_LINE = 100
_MIN_SENTENCE_WORDS = 5
_SHORT_FACT = 60
_PARAGRAPH = 200
_MAX_COMPANY_WORDS = 10
_MIN_POSTING_SIGNALS = 2
_BYLINE_WEIGHT = 2
_BYLINE_REACH = 6  # lines under the headline
_BYLINE = re.compile(
    r"^(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or)\s+[A-ZÀ-Þ][\w.'’-]+(?:\s+[A-ZÀ-Þ][\w.'’-]+){0,3}\s*(?:[·|•,]|$)"
    r"|(?i:\b\d+\s*min(?:ute)?s?\.?\s+(?:read|lesezeit|de\s+lecture)\b|\bminuten?\s+lesezeit\b)"
    # A social network's post: its author's connection degree and the post's age ("3d • Edited").
    r"|^[•·]\s*(?:1st|2nd|3rd\+?)$|^\d{1,2}[mhdw]\s*•(?:\s*(?i:edited)\s*•?)?\s*$"
)


@dataclass
class _Draft:
    """What is known about one posting-like block before it becomes a posting."""

    title: str = ""
    company: str = ""
    locations: list[Location] = field(default_factory=list)
    title_places: list[Location] = field(default_factory=list)  # "... jobs in United States"
    facts: list[str] = field(default_factory=list)  # short lines naming type or arrangement
    pay_lines: list[str] = field(default_factory=list)
    posted: date | None = None
    expired: bool = False
    awaiting_company: bool = False  # a "Company" label ended the line before
    body: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)  # every line of the block, badges included
    has_apply_button: bool = False
    byline: bool = False  # "By Jane Doe · 12 November 2026 · 6 min read": an article's header
    title_fallback: str | None = None  # a forum post's non-role field, if its text names no role
    closed: bool = False  # a card's closing "Posted 4d ago" was seen
    awaiting_field_value: bool = False
    field_label: str = ""  # the label of the value awaited ("Date posted", then "14 Oct 2026")
    header: list[str] = field(default_factory=list)  # the lines between the title and the body
    own: bool = False  # the page's own posting, not a card listed on it
    board_row: bool = False  # a careers board's role and place, whose employer is the page's


# A language picker: "Français - Anglais", "English (UK)", "Deutsch". Names of languages, not of
# the employer, nor of the countries they sound like.
_LANGUAGE = (
    r"(?:english|anglais|englisch|inglés|ingles|inglese|engels|engelsk|angielski|français|francais"
    r"|french|französisch|francés|francese|frans|deutsch|german|allemand|alemán|tedesco|duits"
    r"|español|espanol|spanish|espagnol|spanisch|italiano|italian|italien|italienisch|nederlands"
    r"|dutch|néerlandais|português|portugues|portuguese|polski|polish|svenska|swedish|dansk|danish"
    r"|norsk|norwegian|suomi|finnish|čeština|magyar|română|türkçe|русский|日本語|한국어|中文|简体中文)"
    r"(?:\s*\([A-Za-z ]{2,20}\))?"
)
_LANGUAGE_PICKER = re.compile(
    rf"^{_LANGUAGE}(?:\s*(?:[-/|,·•]|\s)\s*{_LANGUAGE})+$"
    # Alone, only a language's own name or one with its region: "Italian" may be a cuisine.
    r"|^(?:deutsch|français|nederlands|español|italiano|polski|svenska|dansk|norsk|suomi|português"
    r"|日本語|한국어|中文|简体中文)$"
    rf"|^{_LANGUAGE}\s*\([^\W\d_][^()]{{1,29}}\)$",  # "English (UK)", "Nederlands (Nederland)"
    _I,
)


@lru_cache(maxsize=8192)
def _is_chrome(line: str) -> bool:
    if _CHROME.match(line) or _CONSENT_BANNER.search(line) or _LANGUAGE_PICKER.match(line):
        return True
    if _FILTER_OPTION.match(line) and not ((place := parse_location(line)) and place.city):
        # "Internships & Placements (9)", "United States (5)"; "Lille (59)" is a town and its
        # department.
        return True
    if " | " in line and _is_nav_bar(line):
        return True
    # Tag clouds lose their separators when copied: "Artificial Intelligence (AI)DeliveryE-Commerce".
    return len(_GLUED_WORDS.findall(line)) >= _MIN_GLUED and "," not in line and ". " not in line


_MIN_NAV_ITEMS = 4
# A search's filter options with their counts: "Internships & Placements (9)", "Full Time (19)".
_FILTER_OPTION = re.compile(r"^[^()\n]{1,40}\s\((?!(?:19|20)\d\d\))\d[\d,.]*\)$")  # not "(2027)"


def _is_nav_bar(line: str) -> bool:
    """ "Hacker News new | past | comments | ask | show | jobs": a row of lower-case links."""
    items = line.split(" | ")
    links = sum(1 for item in items if item.islower() and " " not in item)
    return len(items) >= _MIN_NAV_ITEMS and links * 2 > len(items)


# A site's menu copied as one row: short items kept apart by runs of spaces or tabs
# ("Find jobs  Company reviews  Salary guide", "Home  AI  Startups  Careers").
_MENU_GAP = re.compile(r"\s{2,}|\t")
_MIN_MENU_ITEMS = 3
_MAX_MENU_ITEM_WORDS = 3


def _is_menu_row(line: str) -> bool:
    if "  " not in line and "\t" not in line:
        return False
    items = [item for item in _MENU_GAP.split(line.strip()) if item]
    return (
        len(items) >= _MIN_MENU_ITEMS
        and all(
            len(item.split()) <= _MAX_MENU_ITEM_WORDS and not _SENTENCE_END.search(item)
            for item in items
        )
        # "Full-time  Internship  Remote" are facts, not links.
        and not any(_names_job_facts(item) or _location_line(item) for item in items)
    )


def _document_lines(text: str) -> list[str]:
    if "\x00" in text:
        raise DocumentError("the document is binary, not text")
    lines: list[str] = []
    header: list[str] = []  # the column names of the table being read, if any
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.split("\t")] if "\t" in line else []
        filled = [cell for cell in cells if cell]
        # "Job Title<tab>Location", then a role and its place per row: two columns are a table
        # under a header naming the role's column.
        two_columns = len(filled) == 2 and (
            header
            or all(_TABLE_HEADER_CELL.match(c) for c in filled)
            and _TITLE_COLUMN.match(filled[0])
        )
        if len(filled) >= _MIN_TABLE_CELLS or two_columns:
            if all(_TABLE_HEADER_CELL.match(cell) for cell in cells if cell):
                header = cells
                lines.append("")
                continue
            if header or not _is_menu_row(line):
                lines.extend(_table_row_lines(cells, header))
                continue
        header = []
        if len(cells) == 2 and all(cells) and _HEADER_LABEL.match(cells[0]):
            # A property copied as "Location<tab>Berlin / Remote (EU)": a label and its value.
            line = f"{cells[0]}: {cells[1]}"
        lines.append("" if _is_menu_row(line) else " ".join(line.replace("\u00a0", " ").split()))
    if not any(lines):
        raise DocumentError("the document is empty")
    return _joined_pay_ranges(lines)


# MyCareersFuture prints a range's parts on lines of their own: "$6,500", "to$9,000", "Monthly".
_LONE_AMOUNT = r"(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{3}\s)?\s?\d[\d,.]*[kK]?"
_RANGE_START = re.compile(rf"^{_LONE_AMOUNT}$")
_RANGE_END = re.compile(rf"^(?:to|-|–|bis|à|a)\s*{_LONE_AMOUNT}$", _I)
_PERIOD_ALONE = re.compile(
    r"^(?:(?:per|a|an|/)\s*)?(?:monthly|yearly|annually|hourly|weekly|daily|month|year|annum|hour"
    r"|week|day)$",
    _I,
)


_GLUED_SYMBOL = re.compile(r"(?<=[a-z])(?=[$€£¥₹])", _I)


def _joined_pay_ranges(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            _RANGE_END.match(line)
            and _RANGE_START.match(previous)
            and any(symbol in previous for symbol in "$€£¥₹")
        ):
            joined[-1] = f"{previous} {_GLUED_SYMBOL.sub(' ', line, count=1)}"  # "to$9,000"
        elif _PERIOD_ALONE.match(line) and _RANGE_END.search(previous.split(" ", 1)[-1]):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


# A table copied from a page keeps a tab between its cells: "Title / Team / Location / Type",
# then a role per row. Each row becomes a card of its own: its cells on lines of their own, without
# the team (a department, not the employer), and a blank line after it.
_MIN_TABLE_CELLS = 3
_TABLE_HEADER_CELL = re.compile(
    r"^(?:(?:job\s+)?title|role|position|job|opening|stelle|poste|puesto|team|department|abteilung"
    r"|équipe|departamento|afdeling|locations?|standort|lieu|ort|ubicación|type|job\s+type"
    r"|employment\s+type|contract|vertragsart|posted|date(?:\s+posted)?|salary|pay|status"
    r"|employer|company|organi[sz]ation|duration|closing\s+date|deadline|apply\s+by|start(?:\s+date)?"
    r"|stipend|wage)$",
    _I,
)
_TITLE_COLUMN = re.compile(
    r"^(?:(?:job\s+)?title|role|position|job|opening|stelle|poste|puesto)$", _I
)
# Columns whose cells mean little without their name: "10 weeks", "12/12/2026".
_LABELLED_COLUMN = re.compile(
    r"^(?:duration|closing\s+date|deadline|apply\s+by|start(?:\s+date)?|posted|date\s+posted)$", _I
)
# Columns that say nothing of the role itself: its team, or whether the listing is still open.
_TEAM_COLUMN = re.compile(
    r"^(?:team|department|abteilung|équipe|departamento|afdeling|status|state|statut)$", _I
)


def _table_row_lines(cells: list[str], header: list[str]) -> list[str]:
    kept = []
    for index, cell in enumerate(cells):
        name = header[index] if index < len(header) else ""
        if not cell or _TEAM_COLUMN.match(name):
            continue
        value = " ".join(cell.replace("\u00a0", " ").split())
        kept.append(f"{name}: {value}" if _LABELLED_COLUMN.match(name) else value)
    return [*kept, ""]


_MIN_MENU_LINES = 3
_MAX_MENU_ITEM_LINE_WORDS = 4


def _is_menu_item(line: str) -> bool:
    return _is_menu_item_cached(line, current_page_countries())


@lru_cache(maxsize=8192)
def _is_menu_item_cached(line: str, page_countries: frozenset[str]) -> bool:
    if not line:
        return False
    if _is_chrome(line):
        return True
    return (
        len(line.split()) <= _MAX_MENU_ITEM_LINE_WORDS
        and not line.startswith("- ")
        and not line.endswith(":")
        and not any(char.isdigit() for char in line)
        and not _TITLE_WORDS.search(line)
        and not _GENDER_MARK.search(line)
        and not _names_job_facts(line)
        and not _location_line(line)
    )


def _heads_cards(lines: list[str], i: int) -> bool:
    """ "Similar Jobs", then "Larkspur Therapeutics", "Machine Learning Intern", "Cambridge, MA":
    a heading over cards, though a list of short lines (benefits, a menu) comes before it."""
    following = [line for line in lines[i + 1 : i + 5] if line]
    return any(_names_role(line) for line in following[:2]) and any(
        _location_line(line) for line in following[1:4]
    )


def _in_menu(lines: list[str], i: int, *, last_counts: bool = False) -> bool:
    """Whether line i is an item of a site menu copied one item per line ("Nos métiers / Nos
    offres / Mon compte", "Alle Stellenangebote / Über Flinkwerk"): a run of short lines that
    name no role and no place, with another item after it. The last line of such a run is
    followed by what it heads ("Similar Jobs", then a role), so it may be a heading."""
    if not _is_menu_item(lines[i]):
        return False
    if not last_counts and (i + 1 >= len(lines) or not _is_menu_item(lines[i + 1])):
        return False
    first = i
    while first > 0 and _is_menu_item(lines[first - 1]):
        first -= 1
    last = i + 1
    while last + 1 < len(lines) and _is_menu_item(lines[last + 1]):
        last += 1
    items = [line for line in lines[first : last + 1] if not _is_chrome(line)]
    return len(items) >= _MIN_MENU_LINES


# "More jobs at Wattle Pay", "Weitere Jobs von Acme", "Autres offres de Acme": the listing's
# heading names the employer of every role under it.
_HEADING_COMPANY = re.compile(
    r"^(?:(?:more|other|all|further|current)\s+)?(?:(?:student|research|internship|career)\s+)?(?:jobs|openings"
    r"|roles|positions|open\s+roles|open\s+positions|careers|vacancies|internships|opportunities"
    r"|job\s+offers|programs|programmes)\s+(?:at|from|by|with|of(?:\s+the)?)\s+"
    r"|^(?:andere|meer)\s+(?:stages|vacatures)\s+(?:bij|van)\s+|^outras\s+vagas\s+(?:d[aeo]|na|no)\s+"
    r"|^(?:weitere|mehr|alle|andere)\s+(?:jobs|stellen\w*)\s+(?:von|bei)\s+"
    r"|^(?:autres|plus\s+d['’]|toutes\s+les)\s*offres\s+(?:de|d['’]|chez)\s*"
    r"|^(?:otras|más)\s+ofertas\s+de\s+|^altre\s+offerte\s+di\s+|^(?:meer|andere)\s+vacatures\s+(?:van|bij)\s+",
    _I,
)


def _heading_company(heading: str) -> str:
    if not (found := _HEADING_COMPANY.match(heading)):
        return ""
    name = re.sub(r"\s*(?:\(\d+\))?\s*:?$", "", heading[found.end() :])
    return _clean_company(name) if _looks_like_company(name) else ""


def _split_listings(
    lines: list[str], as_of: datetime
) -> tuple[list[str], list[list[str]], list[str]]:
    """The page's own lines, each region of embedded listings, and each region's heading."""
    own: list[str] = []
    regions: list[list[str]] = []
    headings: list[str] = []
    in_listing = False
    in_search_links = False
    for i, line in enumerate(lines):
        if in_search_links or _SEARCH_LINKS_HEADING.match(line):
            # "People also searched:", then links to other searches up to the next blank line.
            in_search_links = bool(line)
            continue
        if _LISTING_HEADING.match(line) and not (
            i > 0
            and lines[i - 1]
            and not _is_chrome(lines[i - 1])
            and _in_menu(lines, i)
            and not _heads_cards(lines, i)
        ):
            regions.append([])
            headings.append(line)
            in_listing = True
        elif in_listing and _BODY_HEADING.match(line):
            in_listing = False
            if _is_own_header(regions[-1], as_of):
                # "Home / Careers / Open Positions", then the page's own title and facts: the
                # heading was a breadcrumb's last link.
                own.extend(regions.pop())
                headings.pop()
            own.append(line)
        elif in_listing:
            regions[-1].append(line)
        else:
            own.append(line)
    return own, regions, headings


_SEARCH_LINKS_HEADING = re.compile(
    r"^(?:people\s+also\s+searched(?:\s+for)?|related\s+(?:job\s+)?searches"
    r"|popular\s+(?:job\s+)?searches(?:\s+in\s+.{1,40})?|ricerche\s+correlate|búsquedas\s+relacionadas"
    r"|recherches\s+(?:associées|similaires|liées)|ähnliche\s+suchen|beliebte\s+suchen"
    r"|verwandte\s+suchanfragen|gerelateerde\s+zoekopdrachten|jobs\s+by\s+(?:location|role|category|title)"
    r"|mensen\s+zochten\s+ook(?:\s+naar)?|pessoas\s+também\s+pesquisaram|ludzie\s+szukali\s+też"
    r"|powiązane\s+wyszukiwania|buscas\s+relacionadas|související\s+vyhledávání"
    r"|trending\s+searches|pages\s+people\s+also\s+viewed|similar\s+pages|affiliated\s+pages)\s*:?$",
    _I,
)


def _is_own_header(region: list[str], as_of: datetime) -> bool:
    """Lines naming one role, then a heading of the posting's text: no listing of others."""
    content = [line for line in region if line]
    if len(content) > 1 and content[0] == content[1]:
        return True  # the breadcrumb's last link, then the same title as the page's heading
    roles = {line for line in region if _names_role(line) and not _is_fact_only(line, as_of)}
    return len(roles) == 1


_STARTS_ON = re.compile(
    r"\b(?:starting|starts?|start\s+date|beginning|from|ab|début|à\s+partir\s+du|desde|inicio|dal)\b\s*:?\s*"
    r"(?:on\s+|le\s+|am\s+|el\s+)?(?:\d|[A-Za-zÀ-ÿ]{3,9}\.?\s+\d)",
    _I,
)


def _short_date(line: str, as_of: datetime) -> date | None:
    """The posting date a short line states: not a closing date, nor any date still to come."""
    if len(line) > _SHORT_FACT or is_closing_line(line) or CLOSED_WHEN.match(line):
        return None  # "Closed 2 weeks ago" is when it closed
    if _STARTS_ON.search(line):
        return None  # "12 weeks starting June 1": when the work starts
    found = parse_date(line, as_of=as_of)
    return found if found is None or found <= as_of.date() else None


_LONG_PLACE_LIST = 400
_ABBREVIATED_END = re.compile(r",\s*(?:[A-Z][a-z]{0,3}\.)+$")


def _town_and_site(line: str) -> Location | None:
    """Workday's "Ann Arbor, MI - Medical Campus", "Singapore - Marina Bay Financial Centre Tower
    3": a place, then a site in it."""
    head, _, site = line.partition(" - ")
    place = parse_location(head)
    if not place or parse_location(site) or _only_arrangement(site):
        return None
    if place.city and place.region:
        return place
    return place if not place.city and not place.region and not parse_location(line) else None


_LIST_WORDS = re.compile(r"[•;|]|\s/\s|\s(?:or|oder|ou|o|of)\s", _I)


def _location_line(line: str) -> list[Location]:
    # "Software Development Engineer Intern, 2027 (Canada)" is a title, whatever it names after it.
    return [
        place
        for place in _places_in_line(line)
        if not (place.city and _TITLE_WORDS.search(place.city))
    ]


def _is_town_and_state(line: str) -> bool:
    """ "Reno, NV", "Adelaide, SA": a town and its state's code, which a legal form may spell."""
    place = parse_location(line)
    return bool(
        place and place.city and place.region and line.rstrip().endswith(f", {place.region}")
    )


def _places_in_line(line: str) -> list[Location]:
    if ";" in line and _SHORT_FACT < len(line) <= _LONG_PLACE_LIST:
        # "Sunnyvale, CA, USA; Kirkland, WA, USA; New York, NY, USA; Austin, TX, USA"
        several = parse_locations(line)
        return several if len(several) > 1 else []
    # "Guadalajara, Jal.": an abbreviated state, not a sentence's end.
    sentence = _SENTENCE_END.search(line) and not _ABBREVIATED_END.search(line)
    if (
        len(line) > _SHORT_FACT
        or sentence
        or (_LEGAL_FORM.search(line) and not _is_town_and_state(line))
    ):
        return []  # "Zalando SE" is a company, not a city in Sergipe
    if " - " in line and (campus := _town_and_site(line)):
        return [campus]  # Workday: "Ann Arbor, MI - Medical Campus"
    if " - " in line:  # "33 - BORDEAUX - Localiser avec Mappy": a map link beside the place
        line = " - ".join(part for part in line.split(" - ") if not _is_chrome(part))
    # "Remote or Austin, Texas", "Remote • US, Canada": read as a list first.
    if _LIST_WORDS.search(line):
        several = parse_locations(line)
        if len(several) > 1 or (several and several[0].city):
            return several
    if "," in line:
        several = parse_locations(line)
        if len(several) > 1 and all(place.city for place in several):
            return several  # "Sydney NSW, Melbourne VIC", "London, Leeds"
    location = parse_location(line)
    # "Remote (US, Canada, UK)", "Anywhere in Europe": several places.
    return [location] if location else parse_locations(line)


_LOGO_PREFIX = re.compile(r"^(?:logo\s+(?:von|de|of|di|van|du)|logotipo\s+de)\s+", _I)
# "Acme Corp 4.2 ★", and a logo's alt text copied with the page ("Kestrel Robotics logo").
_RATING_SUFFIX = re.compile(
    r"\s+\d[.,]\d\s*★?$|\s*★+$|\s+(?i:logo|company\s+logo|-logo)$"
    r"|\s+\((?:YC\s+)?[WSFX]\d{2}\)$"  # "Runwell (YC W25)": a Y Combinator batch
)


def _clean_company(name: str) -> str:
    name = _LOGO_PREFIX.sub("", name)  # "Logo von Neckarsolar SE": a logo's alt text
    name = _CAREERS_SUFFIX.sub("", _RATING_SUFFIX.sub("", name))  # "Straits Meridian Bank careers"
    if unit := _UNIVERSITY_UNIT.match(name):
        name = unit["university"]  # "University of Wessex - School of Chemistry": the employer
    return _SPACE_BEFORE_PAREN.sub(" (", name).strip(" -–·/")


_CAREERS_SUFFIX = re.compile(r"(?<=\w)\s+(?:careers|jobs|karriere|carrières)$", _I)
_UNIVERSITY_UNIT = re.compile(
    r"^(?P<university>.*\b(?:University|Universit[yäéàà]t?|Universidad|Università|Universiteit"
    r"|College)\b.*?)\s+[-–—]\s+(?:School|Department|Faculty|Institute|Division|Centre|Center"
    r"|Dept\.?|Fakultät|Lehrstuhl|Institut|Faculté|Département|Facultad|Departamento)\b"
)


_OPENS_WITH_MONTH = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b", _I
)
_MAX_COMPANY = 80  # "Queensland Government – Department of Transport and Main Roads"


# "Summer 2027", "Fall 2026 - Spring 2027": an internship's term printed as a fact.
_TERM_LINE = re.compile(
    r"^(?:(?:spring|summer|fall|autumn|winter|sommer|été|printemps|hiver|automne)\s+\d{4}"
    r"(?:\s*[-–/]\s*)?)+$",
    _I,
)


# "Biotechnology · Genomics · Series B": facts about a company, under its name.
_COMPANY_FACTS = re.compile(
    r"\b(?:series\s+[a-f]|seed(?:\s+stage)?|pre-seed|ipo|public\s+company|acquired"
    r"|\d[\d,.]*\+?\s*(?:employees|mitarbeiter(?:innen)?|beschäftigte|salariés|employés|empleados"
    r"|dipendenti|medewerkers|anställda|ansatte)|\d+\s+total\s+(?:funding\s+)?rounds?)\b",
    _I,
)


def _looks_like_company(line: str) -> bool:
    return (
        not _COMPANY_LABEL.match(line)  # "Company" alone labels the line below it
        and not _TERM_LINE.match(line)
        and not ("·" in line and _COMPANY_FACTS.search(line))
        and len(line) <= _MAX_COMPANY
        and len(line.split()) <= _MAX_COMPANY_WORDS
        and not (_SENTENCE_END.search(line) and not _LEGAL_FORM.search(line))  # "Acme Inc."
        and not line.startswith("- ")
        and (line[0].isupper() or line[0].isdigit())
        and not _IDENTIFIER.fullmatch(line)  # "1789245", "R-204511": a job number
        # A company page's tabs: "Overview", "Funding".
        and not _STATS_HEADING.match(line)
        and not _BODY_HEADING.match(line)
        # "Hi there,", "Référence : MV-ALT-12", "6 mois", "About the research centre": no names.
        and not line.endswith((",", ":"))
        and not _LABELLED.match(line)
        and not _PLURAL_LABEL.match(line)  # "Academic Level(s): Undergraduate Students"
        and not _DURATION_LINE.match(line)
        and heading_kind(line) in (None, "other")
        and not line.lower().startswith(("about ", "à propos", "über "))
        and not line.startswith("Over ")
        and not _OPENS_WITH_MONTH.match(line)  # "Oct 2026 - Jun 2027 · 8-15 hours per week"
        and visa_sponsorship(line) is None  # "Will sponsor"
    )


_IDENTIFIER = re.compile(r"[A-Z]{0,4}[-\s]?\d[\d\s/-]*")
_PLURAL_LABEL = re.compile(r"^[^:]{1,40}\(s\)\s*:")
_DURATION_LINE = re.compile(
    r"^\d+\s*(?:mois|months?|monate?|meses|mesi|maanden|weeks?|wochen|semaines)$", _I
)


# Short fact lines ("Full-time", "hybrid", "Vollzeit") recur on every page of a site.
@lru_cache(maxsize=8192)
def _names_job_facts(line: str) -> bool:
    return work_arrangement(line) != "unknown" or bool(employment_types(line))


_YES_NO = re.compile(r"^(?:(?P<yes>yes|ja|oui|sí|si)|no|nein|non)\b", _I)
_YES_NO_FACTS = {"remote job": "Remote", "remote": "Remote", "telework eligible": "Hybrid"}
_OPEN_AND_CLOSE = re.compile(r"^open(?:ing)?\s*(?:&|and)\s*closing\s+dates?$", _I)


def _take_field_value(line: str, draft: _Draft, as_of: datetime) -> bool:
    draft.awaiting_field_value = False
    label = draft.field_label.rstrip(" :")
    # "Remote job", then "No"; "Telework eligible", then "Yes—as determined by the agency".
    if answered := _YES_NO.match(line):
        if answered["yes"] and (fact := _YES_NO_FACTS.get(label.casefold())):
            draft.facts.append(fact)
        return True
    # "Closing date", then "15 Nov 2026": a date under its label is that label's date only.
    if _short_date(line, as_of) or (label and is_closing_line(f"{label}: {line}")):
        # "Open & closing dates", then "11/15/2026 to 12/05/2026": it opened on the first.
        if _POSTED_LABEL.match(label) or _OPEN_AND_CLOSE.match(label):
            draft.posted = draft.posted or _short_date(line, as_of)
        return True
    if not _take_fact_line(line, draft, as_of):
        draft.facts.append(line)  # "Festanstellung", "R-204511": said, but about nothing we keep
    return True


def _take_labelled_line(label: str, value: str, draft: _Draft, as_of: datetime) -> bool:
    """ "Posted: 3 days ago", "Job type: Full-time", "Début : 01 mars 2027"."""
    if _POSTED_LABEL.match(label):
        draft.posted = draft.posted or _short_date(value, as_of)
    elif _NOT_JOB_PLACE_LABEL.match(label):
        pass  # "Headquarters: Amsterdam": where the company sits, not where the job is
    elif _LOCATION_LABEL.match(label) and (places := find_locations(value, labelled=True)):
        # "Location: Exeter": the label says it is a place, however small.
        draft.locations.extend(place for place in places if place not in draft.locations)
    # Start and closing dates are read from the whole text; other values are facts.
    elif not _short_date(value, as_of) and not _take_fact_line(value, draft, as_of):
        if _names_job_facts(label):
            draft.facts.append(value)
        elif _names_job_facts(line := f"{label}: {value}"):
            draft.facts.append(line)  # "Jornada: Parcial": the label makes the value a fact
    return True


# A table of facts copied without its cells' tab: "Closing date 14 December 2026", "Contract type
# Fixed-term", "Location Berlin / Remote (EU)". Only labels that never open a title.
_INLINE_LABEL = re.compile(
    r"^(?P<label>vacancy\s+(?:id|reference|number)|job\s+(?:id|number|type)|requisition\s+id"
    r"|closing\s+date|contract\s+type|employment\s+type|(?:working\s+)?hours|posted\s+on"
    r"|date\s+posted|work\s+site|role\s+type|start\s+date|salary|locations?)\s+(?P<value>\S.{0,120})$",
    _I,
)


def _take_fact_line(line: str, draft: _Draft, as_of: datetime, *, header: bool = False) -> bool:
    """Record what a short header line says; False when it says nothing recognisable."""
    if draft.awaiting_field_value:
        return _take_field_value(line, draft, as_of)
    if (_HEADER_LABEL if header else _FIELD_LABEL).match(line):
        draft.awaiting_field_value, draft.field_label = True, line
        return True
    if expired(line):
        draft.expired = True
        return True
    if (by := _POSTED_BY.match(line)) and (posted := _short_date(by["when"], as_of)):
        draft.posted = draft.posted or posted
        if not _ANONYMOUS_POSTER.match(by["who"]):  # "Posted on November 10 by employer"
            draft.company = draft.company or _clean_company(by["who"])
        return True
    short = len(line) <= _SHORT_FACT
    # "£29,970 - £36,483 per annum, plus enhancements for nights and weekends": a longer line,
    # but one that opens with the pay, or with its label ("Rémunération : Entre 2 450 € et ...").
    opens_with_pay = _OPENS_WITH_PAY.match(line) or _PAY_LINE.match(line)
    if (short or (len(line) <= _LONG_LINE and opens_with_pay)) and parse_pay(line):
        draft.pay_lines.append(line)
        if _names_job_facts(line):  # "$120,000 - $145,000 a year - Full-time"
            draft.facts.append(line)
        return True
    if short and (labelled := _LABELLED.match(line)):
        # A card's labelled lines say where and when ("Location: Didcot", "Date Placed: 16 Nov");
        # a header's say anything.
        label = labelled["label"]
        if header or _LOCATION_LABEL.match(label) or _POSTED_LABEL.match(label):
            return _take_labelled_line(label, labelled["value"], draft, as_of)
    if inline := _INLINE_LABEL.match(line):
        return _take_labelled_line(inline["label"], inline["value"], draft, as_of)
    if posted := _short_date(line, as_of):
        draft.posted = draft.posted or posted
        return True
    if short and (_PLAIN_FACT.match(line) or _EXPERIENCE.match(line)):
        draft.facts.append(line)
        return True
    locations = _location_line(line)
    draft.locations.extend(loc for loc in locations if loc not in draft.locations)
    # "Remote (US)" is a place and an arrangement at once.
    if short and _names_job_facts(line):
        draft.facts.append(line)
        return True
    return bool(locations)


_OPENS_WITH_PAY = re.compile(r"^(?:[£€$₹¥]|[A-Z]{3}\s?\d|\d[\d,.' ]*\s?(?:€|£|[A-Z]{3}\b))")


def _is_fact_part(part: str, as_of: datetime) -> bool:
    return _is_fact_part_cached(part, as_of, current_page_countries())


# Header lines are asked several times (as title, as part of "Company · Place", as facts); whether
# a town is a place depends on the page's language, so that is part of the key.
@lru_cache(maxsize=4096)
def _is_fact_part_cached(part: str, as_of: datetime, page_countries: frozenset[str]) -> bool:
    return _is_chrome(part) or _take_fact_line(part, _Draft(), as_of, header=True)


_MAX_FACT_WORDS = 3
_BRACKETED = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=4096)
def _is_fact_only(line: str, as_of: datetime) -> bool:
    """A line that only states facts; "Werkstudent Data Engineering (m/w/d)" names a type too,
    but it is a title."""
    if not _is_fact_part(line, as_of):
        return False
    if _location_line(line) or not _names_job_facts(line):
        return True
    # "Operations Analyst (Part-Time)", "Product Designer (Contract)": a role, its type in brackets.
    bare = _BRACKETED.sub("", line).strip()
    if bare != line and _TITLE_WORDS.search(bare) and not _names_job_facts(bare):
        return False
    if all(word in _FACT_FILLER or _names_job_facts(word) for word in _WORDS.findall(line.lower())):
        return True  # "Intern & Apprentice", "Praktikum / Werkstudent": types, however many
    # "Seasonal Package Handler", "Part-Time Maintenance Assistant": a role beside its type.
    untyped = " ".join(word for word in line.split() if not _names_job_facts(word))
    if _TITLE_WORDS.search(untyped) and not _names_job_facts(untyped):
        return False
    # "Internship · Full-time" is facts; "Research Intern" and "Engineer Intern" are titles, and
    # so is "Business Analytics Internship": words beside the type that say what the work is.
    return (
        len(line.split()) <= _MAX_FACT_WORDS
        and not _GENDER_MARK.search(line)
        and not _FIELD_WORDS.search(line)
        and len(_TITLE_WORDS.findall(line)) <= 1
        and len(_subject_words(line)) < _MIN_SUBJECT_WORDS
    )


# Words that go with a job's type or arrangement without saying what the job is.
_FACT_FILLER_TEXT = """full part time paid unpaid summer winter spring fall autumn virtual remote hybrid
    onsite on site office entry level months month weeks week days per and or of the a an in for
    with allowed possible program programme opportunity position job role contract permanent
    temporary fixed term immediate start new early careers career students student graduates
    graduate university campus"""
_FACT_FILLER = frozenset(_FACT_FILLER_TEXT.split())
_MIN_SUBJECT_WORDS = 2


def _role_nouns(line: str) -> list[str]:
    """The role words of a line that are no employment type or audience ("Engineer", not
    "Intern" or "Students")."""
    return [
        word
        for word in _WORDS.findall(line.lower())
        if word not in _FACT_FILLER and _TITLE_WORDS.search(word) and not _names_job_facts(word)
    ]


def _subject_words(line: str) -> list[str]:
    return [
        word
        for word in _WORDS.findall(line.lower())
        if word not in _FACT_FILLER and not _names_job_facts(word) and not _TITLE_WORDS.search(word)
    ]


@dataclass
class _Candidate:
    """A header line that may name the company."""

    name: str
    index: int
    explicit: bool  # "Company · Location", "Company - Location": the line says what it is


_INSTITUTION_AND_TOWN = re.compile(
    r"^(.*\b(?:institut\w*|universit\w*|college|school|laborator\w*|centre|center|zentrum"
    r"|hochschule|académie|academy|hospital|klinikum)\b.*),\s+([^,]{2,40})$",
    _I,
)


def _header_parts(line: str, as_of: datetime) -> tuple[str, list[str]] | None:
    """ "DeepMind · London, UK (Hybrid)", "SAP · Walldorf" or "Acme Corp - Berlin, Germany":
    a name followed by facts, as (name, fact parts); None when the line is not so split."""
    parts = [part for part in _PART_SEPARATOR.split(line) if part]
    if len(parts) < 2 and (comma := _INSTITUTION_AND_TOWN.match(line)) and _location_line(comma[2]):
        parts = [comma[1], comma[2]]  # "Max-Planck-Institut für biologische Kybernetik, Tübingen"
    if len(parts) < 2:
        dashes = list(_DASH_SEPARATOR.finditer(line))
        if not dashes:
            return None
        head, tail = line[: dashes[-1].start()], line[dashes[-1].end() :]
        if not (_location_line(tail) and not _location_line(head)):
            return None
        parts = [head, tail]
    facts = [part for part in parts[1:] if _is_fact_part(part, as_of)]
    if len(facts) != len(parts) - 1 or _is_fact_part(parts[0], as_of):
        return None
    return parts[0], parts[1:]


def _take_header_line(
    line: str, index: int, draft: _Draft, as_of: datetime, candidates: list[_Candidate]
) -> None:
    if _is_chrome(line):
        draft.has_apply_button |= bool(_APPLY_BUTTON.match(line))
        return
    if line.casefold() == draft.title.casefold():
        return
    if draft.awaiting_company:
        draft.awaiting_company = False
        if _looks_like_company(line):
            candidates.append(_Candidate(_clean_company(line), index, explicit=True))
            return
    if _COMPANY_LABEL.match(line.rstrip(" :")):
        draft.awaiting_company = True
        return
    labelled = _LABELLED.match(line)
    if (
        labelled
        and _COMPANY_LABEL.match(labelled["label"])
        and _looks_like_company(labelled["value"])
    ):
        candidates.append(_Candidate(_clean_company(labelled["value"]), index, explicit=True))
        return
    if _is_place_team_line(line, as_of) and _take_fact_parts(line, draft, as_of):
        return  # "Tech · Lyon (Part-Dieu) · CDI": a team, not the employer, before the place
    if not draft.awaiting_field_value and (split := _header_parts(line, as_of)):
        name, facts = split
        for part in facts:
            if not _is_chrome(part):
                _take_fact_line(part, draft, as_of, header=True)
        if _looks_like_company(name):
            candidates.append(_Candidate(_clean_company(name), index, explicit=True))
        return
    if _take_fact_parts(line, draft, as_of):
        return
    if _take_fact_line(line, draft, as_of, header=True):
        return
    # "Halcyon Commerce · E-Commerce · Marketplace · Retail Technology": a name and its industries.
    named, *tags = _TAG_SEPARATOR.split(line)
    if len(tags) >= _MIN_INDUSTRY_TAGS and _is_tag_line(" · ".join(tags)):
        line = named
    if _looks_like_company(line) and not _LABELLED.match(line):
        candidates.append(_Candidate(_clean_company(line), index, explicit=False))


# How much a header line reads like a job title. Multilingual role words, gender marks
# ("(m/w/d)", "H/F") and seniority words speak for it; legal forms and lone words against.
_TITLE_WORDS = re.compile(
    r"\b(?:engineer|ingenieur|ingénieur|developer|entwickler|d[ée]veloppeu|scientist|scientifique"
    r"|analyst|analyste|manager|designer|archite[ck]t|researcher|forscher|chercheu|consultant"
    r"|berater|speciali[sz]t|spezialist|spécialiste|intern\b|interns\b|internship|praktikant"
    r"|praktikum|werkstudent|stagiaire|stage\b|alternan|apprenti|trainee|director\b|directeur"
    r"|co-?op\b(?!\s+(?:bank|housing))|placement\s+student|vacationer|executive\b|recruiter"
    r"|leiter|lead\b|head\s+of|chef\s+de|responsable|officer|associate|assistant|assistent"
    r"|technician|techniker|technicien|administrat|coordinat|koordinator|programm|recruiter\b"
    r"|accountant|buchhalter|comptable|writer|editor|professor|postdoc|post-doc|doktorand"
    r"|doctorant|phd\b|ph\.d|student\b|graduate|fellow|mitarbeiter|referent|sachbearbeiter"
    r"|product\s+owner|operator|expert|vendeu|verkäufer|nurse|teacher|lehrer|tutor|lecturer"
    r"|cook\b|chef\b|driver|cashier|clerk|supervisor|advis[oe]r|planner|representative"
    # Italian, Spanish and Dutch.
    r"|tirocin|stagist|analista|sviluppat|ingegner|ricercat|responsabile|addett|desarrollad"
    r"|ingenier[oa]|investigador|científic|cientific|becari|beca\b|pr[áa]cticas|programad|t[ée]cnic[oa]"
    r"|stagiair|ontwikkelaar|onderzoeker|medewerker|adviseur|promovend|monteur|installateur|analist"
    r"|boekhouder|aankoper|bediende|magazijnier|verpleegkundige|vertegenwoordiger"
    r"|afstudeer\w*|est[áa]gio\b|estagi[áa]ri[oa]|desenvolvedor|engenheir[oa]|pesquisador"
    r"|abschlussarbeit|masterarbeit|bachelorarbeit|masterand|bachelorand|thesis\b|tesi\s+di"
    r"|verkoper|technicus|predoctoral|postdoctoral|contrato\s+predoctoral|assegno\s+di\s+ricerca"
    r"|promotionsstelle|doktorandenstelle|contrat\s+doctoral|bourse\s+de\s+thèse"
    r"|doctoral\s+(?:position|student|candidate|researcher|fellow)|studentship"
    r"|partner\b(?!\s+with\b)|artist\b|(?-i:SWE|SRE|SDE|SDET|MLE)\b"  # "Staff SWE, Product"
    # German compounds ending in a role: "Entwicklungsingenieur", "Servicetechniker".
    r"|\w+(?:ingenieur|techniker|entwickler|berater|referent|leiter|mitarbeiter|kaufmann|kauffrau"
    r"|spezialist|assistenz)(?:in|innen)?\b"
    # Trades, whose titles name no office role.
    r"|carpenter|electrician|plumber|welder|mechanic|machinist|labou?rer|bricklayer|roofer|painter"
    r"|cleaner|janitor|housekeeper|caregiver|barista|bartender|baker|butcher|receptionist|forklift"
    # Hourly, clinical and scientific occupations: "Package Handler", "Crew Member", "Hydrologist".
    r"|handler|picker|packer|loader|dishwasher|attendant|crew\s+member|team\s+member"
    r"|member\s+of\s+(?:the\s+)?(?:technical\s+)?staff|paramedic|pharmacist|therapist|dentist"
    r"|hygienist|veterinarian|librarian|paralegal|attorney|solicitor|surveyor|inspector|auditor"
    r"|underwriter|dispatcher|estimator|\w+ologist|\w+ician|\w+ographer|chemist|physicist"
    r"|statistician|economist"
    # Polish, Swedish, Danish and Norwegian.
    r"|programist\w*|tester\b|testerka|stażyst\w*|inżynier\w*|analityk\w*|specjalist\w*|kierownik"
    r"|konsultant\w*|księgow\w*|asystent\w*|pracownik\w*"
    r"|\w*sköterska|vårdbiträde|utvecklare|udvikler|utvikler|ingenjör|ingeniør|analytiker"
    r"|handläggare|sygeplejerske|sykepleier|lärare|lærer|tekniker|konsulent|säljare|sommarvikari\w*"
    r"|\w*medhjælper|studentermedarbejder|studentmedarbeider|bogholder|regnskabs\w*)",
    _I,
)
_FIELD_WORDS = re.compile(
    r"\b(?:ml|ai|ki|ia|data|software|machine\s+learning|research|quant\w*|backend|frontend"
    r"|full[- ]?stack|devops|cloud|security|sales|marketing|finance|robotics)\b",
    _I,
)
_GENDER_MARK = re.compile(
    r"\((?:[mwfdhvx*]\s*/\s*){1,3}[mwfdhvx*]\)|\b[HF]\s*/\s*[HF]\b|\(all\s+genders?\)|\(gn\)", _I
)
_SENIORITY_WORD = re.compile(r"\b(?:senior|junior|staff|principal|lead|sr\.?|jr\.?)\b", _I)
_MAX_TITLE = 200
_TITLE_CANDIDATES = 30


def _is_place_team_line(line: str, as_of: datetime) -> bool:
    """ "Berlin / Engineering – Internships / Hybrid": a place, a team and facts, as Lever writes;
    "Tech · Lyon (Part-Dieu) · CDI": the team first, as Welcome to the Jungle writes."""
    parts = [part for part in _PART_SEPARATOR.split(line) if part]
    if len(parts) < 2:
        return False
    if not _location_line(parts[0]) and (
        len(parts) < 3
        or not _DOT_SEPARATOR.search(line)  # a forum post's "Acme | Role | Place" is a header
        or _names_role(_ENGINEERING.sub("", parts[0]))  # "Data Engineer · Berlin" is a title
        or not _DEPARTMENT.match(parts[0])  # "Qonto · Paris" names the employer
        or not _location_line(parts[1])
    ):
        return False
    place_at = 0 if _location_line(parts[0]) else 1
    return all(_is_team(part, as_of) for i, part in enumerate(parts) if i != place_at)


def _is_team(part: str, as_of: datetime) -> bool:
    return bool(
        _DEPARTMENT.match(part)
        or _is_fact_part(part, as_of)
        or (len(part.split()) <= _MAX_TEAM_WORDS and not _names_role(part))  # "Solutions", "Tech"
    )


_MAX_TEAM_WORDS = 2


def _take_fact_parts(line: str, draft: _Draft, as_of: datetime) -> bool:
    """A line of several facts ("2 weeks ago · 87 applicants", "Internship · Entry level",
    "Paris, France · Internship · Research"): each part taken; False when it is not one.

    A part saying when applications close is read with the rest of the posting's lines.
    """
    parts = [part for part in _PART_SEPARATOR.split(line) if part]
    if len(parts) < 2:
        return False
    facts = all(_is_fact_part(part, as_of) or is_closing_line(part) for part in parts)
    if not (facts or _is_place_team_line(line, as_of)):
        return False
    for part in parts:
        if not _is_chrome(part):
            _take_fact_line(part, draft, as_of, header=True)
    return True


_TITLE_ABBREVIATION = re.compile(r"\b(?:Jr|Sr|Dr|Inc)\.$")
# Lines naming no role are titles only when no line does ("Cook", "Barista"): site menus, search
# forms and taglines come first on many pages.
_NO_ROLE_PENALTY = 1.5


def _title_score(line: str, rank: int, as_of: datetime) -> float | None:
    """None for lines that are no title: facts, places, dates, "Company · Place" lines.

    `rank`: how many lines naming a role come before this one.
    """
    sentence = _SENTENCE_END.search(line) and not _TITLE_ABBREVIATION.search(line)
    if len(line) > _MAX_TITLE or sentence or _is_fact_only(line, as_of):
        return None
    if (labelled := _LABELLED.match(line)) and _HEADER_LABEL.match(labelled["label"]):
        return None  # "Tipo de contrato: Beca – prácticas curriculares": a fact, not the title
    if _is_place_team_line(line, as_of):
        return None
    if len(_FIELD_SEPARATOR.findall(line)) >= _MIN_PIPE_FIELDS - 1:
        return 2.0 - rank  # "Acme | Engineer | Berlin": a forum post's header
    roles = len(_TITLE_WORDS.findall(line))
    if not roles and _header_parts(line, as_of):
        return None
    gendered = bool(_GENDER_MARK.search(line))
    score = min(roles, 2) * 2.0 - 0.5 * rank
    score -= _NO_ROLE_PENALTY if not roles and not gendered else 0.0
    score += 1.0 if _FIELD_WORDS.search(line) else 0.0
    score += 3.0 if gendered else 0.0
    score += 0.5 if _SENIORITY_WORD.search(line) else 0.0
    words = len(line.split())
    score -= 1.0 if words == 1 else 0.0
    score -= 3.0 if _LEGAL_FORM.search(line) else 0.0
    score -= 2.0 if line.islower() else 0.0
    # "Nursing jobs": a site's own heading for a search.
    score -= 3.0 if _JOBS_HEADING.match(line) else 0.0
    return score


_JOBS_HEADING = re.compile(r"^[\w &/-]{1,40}\s(?:jobs|stellen|emplois|empleos|vacatures)$", _I)


_REPEATED_TITLE = 1.5


def _title_index(lines: list[str], indices: list[int], as_of: datetime) -> int:
    best, best_score = indices[0], None
    rank = 0
    searched = _search_form(lines)
    for i in indices[:_TITLE_CANDIDATES]:
        if i in searched:
            continue  # "Was / Data Scientist": what someone searched for
        score = _title_score(lines[i], rank, as_of)
        following = [line for line in lines[i + 1 : i + 3] if line][:1]
        if score is not None and following == [lines[i]]:
            score += _REPEATED_TITLE  # the breadcrumb's last link, then the heading: the title
        if score is not None and (best_score is None or score > best_score):
            best, best_score = i, score
        if score is not None and _names_role(lines[i]):
            rank += 1
    return best


_OPENING_LINES = 40
_NAMED_IN_TEXT = 2.5


def _names(text: str, name: str) -> bool:
    """Whether the text names the company, with or without its legal form ("Flinkwerk GmbH")."""
    short = _LEGAL_FORM.sub("", name).strip(" ,")
    return any(
        len(form) > 2 and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None
        for form in {name, short}
    )


_NAMED_TWICE = 2.0


def _repeated(lines: list[str], index: int) -> bool:
    line = lines[index]
    return any(0 <= other < len(lines) and lines[other] == line for other in (index - 1, index + 1))


def _company_score(candidate: _Candidate, title_index: int) -> float:
    """Companies sit next to the title (after it mostly, before it on some boards)."""
    distance = candidate.index - title_index
    score = 2.0 - 0.2 * distance if distance > 0 else 1.0 + 0.5 * distance
    score += 4.0 if candidate.explicit else 0.0
    score += 3.0 if _LEGAL_FORM.search(candidate.name) else 0.0
    score -= 3.0 if _DEPARTMENT.match(candidate.name) else 0.0
    score -= 3.0 if _TITLE_WORDS.search(candidate.name) and not candidate.explicit else 0.0
    return score


def _title_and_place(line: str) -> tuple[str, list[Location]]:
    """Aggregators append " jobs in <place>" to a title; that is a place, not part of the title."""
    suffix = _JOBS_IN_SUFFIX.search(line)
    if suffix and (place := parse_location(suffix["place"])):
        return line[: suffix.start()].strip(), [place]
    return line, []


def _starts_body(line: str, title: str) -> bool:
    if _BODY_HEADING.match(line):
        return True
    if line.casefold() == title.casefold():
        return False  # sites repeat the title above the body
    kind = heading_kind(line)
    if kind is not None and kind != "other":
        return True
    # A long line, or a plain sentence ("Acme builds underwater robots."), is text, not a fact.
    sentence = (
        line.endswith(".")
        and len(line.split()) >= _MIN_SENTENCE_WORDS
        and not _LEGAL_FORM.search(line)  # "Wisła Data Systems Sp. z o.o."
    )
    return (len(line) >= _LONG_LINE or sentence) and not expired(line)


_MAX_TAB_WORDS = 4


def _is_tab(lines: list[str], i: int) -> bool:
    """A heading word between two short lines ("Overview / Jobs / Funding / People") is one of
    a company page's tabs, not the heading of a block."""
    neighbours = lines[i - 1 : i] + lines[i + 1 : i + 2]
    return len(neighbours) == 2 and all(
        line and len(line.split()) <= _MAX_TAB_WORDS and not _SENTENCE_END.search(line)
        for line in neighbours
    )


def _strip_stats_blocks(lines: list[str]) -> list[str]:
    kept, in_stats = [], False
    for i, line in enumerate(lines):
        if _STATS_HEADING.match(line) and not _is_tab(lines, i):
            in_stats = True
        elif in_stats and heading_kind(line) not in (None, "other"):
            in_stats = False
        if not in_stats:
            kept.append(line)
    return kept


def _posted_line(line: str, draft: _Draft, as_of: datetime) -> bool:
    """ "Posted 30+ days ago" at the foot of a page: the posting date, not description."""
    if len(line) > _SHORT_FACT or not _POSTED_WORDS.search(line) or CLOSED_WHEN.match(line):
        return False
    posted = parse_date(line, as_of=as_of)
    if posted is None:
        return False
    draft.posted = draft.posted or posted
    return True


def _body_lines(lines: list[str], draft: _Draft, as_of: datetime) -> list[str]:
    """The body's text lines, with chrome dropped and labelled facts ("Anstellungsart") taken."""
    body = []
    for line in lines:
        if not line:
            body.append(line)
        elif draft.awaiting_field_value or _FIELD_LABEL.match(line):
            _take_fact_line(line, draft, as_of)
        elif _posted_line(line, draft, as_of) or _COMPANY_FACT.match(line):
            continue
        elif (labelled := _LABELLED.match(line)) and _POSTED_LABEL.match(labelled["label"]):
            # Taleo and SuccessFactors list their fields after the text: "Job Posting: Nov 12, 2026".
            draft.posted = draft.posted or _short_date(labelled["value"], as_of)
        elif not _is_chrome(line) and not (not body and _BODY_HEADING.match(line)):
            body.append(line)
    return body


# What job sites print after a posting's own text: alerts, salary and review panels, the
# employer's box ("4,812 followers"). The text ends there, whatever follows.
_PAGE_WIDGET = re.compile(
    r"^(?:set\s+(?:an?\s+)?alert\s+for\s+similar\s+jobs|(?:glassdoor\s+)?salary\s+insights|hiring\s+insights"
    r"|rating\s+breakdown|company\s+reviews?(?:\s+for\b.*)?"
    r"|aplikuj\s+bez\s+rejestracji|sueldos\s+(?:en|de)\s+.{1,60}|gehälter\s+(?:bei|für)\s+.{1,60}"
    r"|salaires\s+(?:chez|pour)\s+.{1,60}|stipendi\s+(?:presso|per)\s+.{1,60}"
    r"|(?:average|typical)\s+(?:salary|pay)\s+for\b.*|\d[\d,.]*\s*[kKmM]?\s+followers"
    # Application forms, trust-and-safety notes and feedback prompts after the text.
    r"|apply\s+for\s+this\s+(?:job|position|role)|first\s+name\s*\*?|voluntary\s+self-identification"
    r"|submit\s+application|was\s+this\s+page\s+helpful\??|beware\s+of\s+(?:imposters|fraud\w*)!?"
    r"|be\s+careful\b.{0,80}|segnala\s+(?:l['’])?offerta|related\s+news|share\s+on\s+(?:facebook|x|twitter)"
    r"|important\s+safety\s+tips|stay\s+safe\b.{0,80}|indicates\s+a\s+required\s+field"
    r"|report\s+this\s+(?:job|listing)(?:\s+advert)?)$",
    _I,
)
_EMPLOYER_BOX_HEADING = re.compile(
    r"^about\s+(?:the\s+)?(?:company|employer)$|^about\s+\S.{0,40}$", _I
)
_EMPLOYER_BOX_LINES = 4


_MIN_TEXT_LINES = 3


def _until_page_widgets(body: list[str]) -> list[str]:
    for index, line in enumerate(body):
        # Some sites put such a panel above the text: only one after it ends the text.
        if line and _PAGE_WIDGET.match(line) and sum(map(bool, body[:index])) >= _MIN_TEXT_LINES:
            # The box's heading ("About the company") and name sit right above its follower count.
            for above in range(index - 1, max(index - _EMPLOYER_BOX_LINES, 0) - 1, -1):
                if _EMPLOYER_BOX_HEADING.match(body[above]):
                    return body[:above]
            return body[:index]
    return body


# A site's footer, pasted with the page: legal links, copyright, an unsubscribe line.
_FOOTER_MARK = re.compile(
    r"^(?:.{0,60}©.*|\(c\)\s*\d{4}.*|copyright\b.*|.{0,60}all\s+rights\s+reserved.*"
    r"|alle\s+rechte\s+vorbehalten.*|tous\s+droits\s+réservés.*|legal\s+(?:notice|information)"
    r"|imprint|impressum|privacy(?:\s+(?:policy|notice|statement|settings))?|datenschutz\w*"
    r"|terms(?:\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions))?|site\s*map"
    r"|plan\s+du\s+site|mentions\s+légales|conditions\s+générales\b.*|agb|nutzungsbedingungen"
    r"|accessibility(?:\s+statement)?|barrierefreiheit|accessibilité|cookie\s+(?:settings|policy|preferences)"
    r"|unsubscribe\b.*|se\s+désabonner|vom\s+newsletter\s+abmelden|note\s+legali|aviso\s+legal)$",
    _I,
)
_FOOTER_LINK_WORDS = 4
_FOOTER_LINE_WORDS = 25


def _without_footer(body: list[str]) -> list[str]:
    """The body without the site footer at its end: from the first legal or copyright line after
    which only short lines follow, and the short link lines right above it."""
    for start, line in enumerate(body):
        if not _FOOTER_MARK.match(line):
            continue
        if any(len(later.split()) > _FOOTER_LINE_WORDS for later in body[start + 1 :]):
            continue  # text follows: a privacy notice inside the posting, not the footer
        while start > 0 and body[start - 1] and _is_footer_link(body[start - 1]):
            start -= 1
        return body[:start]
    return body


def _is_footer_link(line: str) -> bool:
    if _is_chrome(line):
        return True
    return (
        len(line.split()) <= _FOOTER_LINK_WORDS
        and not line.startswith("- ")
        and not _SENTENCE_END.search(line)
        and heading_kind(line) in (None, "other")
        # A listing's last card ends in its place or facts: the footer starts after them.
        and not _TITLE_WORDS.search(line)
        and not _location_line(line)
        and not _names_job_facts(line)
        # "Posted 1 day ago" above "Find jobs": the last card's date, not a link.
        and not (_POSTED_WORDS.search(line) and parse_date(line, as_of=_ANY_DAY))
    )


_ANY_DAY = datetime(2000, 1, 1)  # only whether a line states a date is asked


def _body_start(lines: list[str], start: int, title: str) -> int:
    # Above the first line naming a role, "Overview / Benefits / Sign in" is a site's menu.
    first_role = next(
        (i for i in range(start, len(lines)) if _TITLE_WORDS.search(lines[i])), len(lines)
    )
    in_notice = False
    for i in range(start, len(lines)):
        line = lines[i]
        # "Dieses Stelleninserat ist nicht mehr aktiv. / Die Stelle wurde möglicherweise bereits
        # besetzt.": a closed posting's notice, sentences and all, above its title.
        in_notice = bool(line) and i < first_role and (in_notice or expired(line))
        if (
            line
            and not in_notice
            and not _is_chrome(line)
            and _starts_body(line, title)
            and not (i < first_role and _in_menu(lines, i, last_counts=True))
            # "Overview" followed by "Jobs": a company page's tabs, not the job's text.
            and not (_BODY_HEADING.match(line) and i + 1 < len(lines) and _is_chrome(lines[i + 1]))
        ):
            return i
    return len(lines)


# The board a page was copied from names itself first ("Lever", "jobs.ch"); further down the same
# names may be employers ("Data Engineer / Workday"), so only a page's first line is dropped.
_JOB_BOARD = re.compile(
    r"^(?:indeed|glassdoor|stepstone|xing|monster|lever|greenhouse|workday|workable|smartrecruiters"
    r"|ashby|personio|recruitee|infojobs|jobs\.ch|jobup\.ch|built\s+in|wellfound|angellist|otta"
    r"|dice|ziprecruiter|seek|naukri|mycareersfuture|welcome\s+to\s+the\s+jungle|hellowork|apec"
    r"|jobteaser|handshake|google\s+careers|karriere\.at|jobware|totaljobs|reed|cwjobs|adzuna"
    r"|simplyhired|careerbuilder|jobs\.ac\.uk|euraxess|academicpositions|amazon\.jobs|linkedin"
    r"|internshala|the\s+hub|jobindex|irishjobs|gradconnection|brightermonday|jobberman"
    r"|work\s+at\s+a\s+startup|hacker\s+news)(?:\.\w{2,3})?$",
    _I,
)


_INDUSTRY_LINE = re.compile(
    r"^(?P<industry>[^·•|\d]{3,60}?)\s*[·•|]\s*[\d,.+\s–-]+\s*(?:employees|mitarbeiter(?:innen)?"
    r"|mitarbeitende|salariés|employés|empleados|dipendenti|medewerkers)\b",
    _I,
)


_TITLE_LABEL = re.compile(
    r"^(?:role|position|job\s+title|vacancy|poste|intitulé\s+du\s+poste|stellenbezeichnung|puesto"
    r"|posizione)\s*:\s*(?P<value>\S.{0,150})$",
    _I,
)
_BREADCRUMB_MARK = re.compile(r"\s[>›»]\s")


_TITLE_AGAIN_MIN, _TITLE_AGAIN_MAX = 3, 15


def _title_again(lines: list[str], title_index: int) -> int | None:
    """Where the title is repeated a few lines below, above a line of its own (its employer)."""
    title = lines[title_index]
    for i in range(
        title_index + _TITLE_AGAIN_MIN, min(len(lines) - 1, title_index + _TITLE_AGAIN_MAX)
    ):
        if lines[i] == title and lines[i + 1] and lines[i + 1] != title:
            return i
    return None


def _main_draft(lines: list[str], as_of: datetime) -> _Draft | None:
    lines = _strip_stats_blocks(lines)
    content = [i for i, line in enumerate(lines) if line and not _is_chrome(line)]
    if content and _JOB_BOARD.match(lines[content[0]]):
        content = content[1:]
    if not content:
        return None
    first = content[0]
    zone_end = _body_start(lines, first + 1, lines[first])
    title_index = _title_index(lines, [i for i in content if i < zone_end] or [first], as_of)
    if (again := _title_again(lines, title_index)) is not None:
        # "Jobs / Charities / Policy / Policy and Research Officer", a notice, then the title again
        # over its employer: the breadcrumb's last item named the role first.
        if draft := _main_draft(lines[again:], as_of):
            draft.expired |= any(expired(line) for line in lines[title_index:again] if line)
            draft.raw = lines
        return draft
    title_line = lines[title_index]
    draft = _Draft(raw=lines)
    if len(_FIELD_SEPARATOR.findall(title_line)) >= _MIN_PIPE_FIELDS - 1:
        _take_pipe_fields(title_line, draft, as_of)
    else:
        draft.title, draft.title_places = _title_and_place(title_line)
        if draft.title_places:
            # "Staff Nurse jobs in Leeds" heads a search; the posting's own title says more.
            fuller = (
                i
                for i in content
                if first <= i < zone_end
                and i != title_index
                and lines[i].startswith(draft.title)
                and len(lines[i]) > len(draft.title)
                and not _JOBS_IN_SUFFIX.search(lines[i])
            )
            if (better := next(fuller, None)) is not None:
                title_index, draft.title = better, lines[better]
    body_start = zone_end
    if title_index != first:
        body_start = max(_body_start(lines, first + 1, draft.title), title_index + 1)
    candidates: list[_Candidate] = []
    searched = _search_form(lines[:title_index])
    # Above the title, past a blank line or a breadcrumb, sit a site's menus ("Emploi /
    # Alternance / Stage"): no facts of the job, though the employer may be named there.
    nearby = set()
    for i in range(title_index - 1, first - 1, -1):
        if not lines[i] or len(nearby) == _LINES_ABOVE_TITLE or _BREADCRUMB_MARK.search(lines[i]):
            break
        if not _is_chrome(lines[i]):  # "Ledgerline", "Share", "Show more options", the title
            nearby.add(i)
    for i in range(first, body_start):
        if i in searched:
            continue  # "Where / All Sydney NSW": a search box, not facts of the job
        if i < title_index and i not in nearby and lines[i] and not _is_chrome(lines[i]):
            if expired(lines[i]):  # "Cette offre n'est plus disponible" above the title
                draft.expired = True
            elif (
                _looks_like_company(lines[i])
                and not _is_fact_part(lines[i], as_of)
                # A menu's items are links ("Estudiantes / Investigación"); the page's own name
                # opens it.
                # A menu repeats no item; a logo's text then the name does ("Meridian Bio").
                and (i == first or _repeated(lines, i) or not _in_menu(lines, i, last_counts=True))
            ):
                candidates.append(_Candidate(_clean_company(lines[i]), i, explicit=False))
            continue
        if i == title_index:
            # A search form's "Location" label above the title waits for no value below it.
            draft.awaiting_field_value = draft.awaiting_company = False
        elif lines[i]:
            # Lever lists "Berlin /", "Engineering /", "Full-time /" under the title.
            _take_header_line(lines[i].removesuffix(" /"), i, draft, as_of, candidates)
    draft.header = [lines[i] for i in range(first, body_start) if lines[i]]
    # A news article puts its standfirst, then its byline, under the headline.
    opening = [line for line in lines[body_start : body_start + _BYLINE_REACH] if line]
    draft.byline = any(_BYLINE.search(line) for line in (*draft.header, *opening))
    # "Computer Hardware · 10,000+ employees" in the employer's box: the line beside the
    # company's name is its industry.
    industries = {found["industry"] for line in lines if (found := _INDUSTRY_LINE.match(line))}
    candidates = [candidate for candidate in candidates if candidate.name not in industries]
    if candidates and not draft.company:
        # An employer's own pages name it in their text ("Flinkwerk ist ein Münchner Startup");
        # a team line or a menu item is not named there.
        opening = " ".join(lines[body_start : body_start + _OPENING_LINES])
        best = max(
            candidates,
            key=lambda candidate: (
                _company_score(candidate, title_index)
                + _NAMED_IN_TEXT * _names(opening, candidate.name)
                # A logo's text and then the name: "Meridian Bio", "Meridian Bio".
                + _NAMED_TWICE * _repeated(lines, candidate.index)
            ),
        )
        draft.company = best.name
    draft.body = _without_footer(_until_page_widgets(_body_lines(lines[body_start:], draft, as_of)))
    if not _names_role(draft.title):
        # An e-mail or a plain page that names the role after a label: "Role: Research Intern".
        labelled = (_TITLE_LABEL.match(line) for line in lines[first:])
        if found := next((m for m in labelled if m and _TITLE_WORDS.search(m["value"])), None):
            draft.title = found["value"]
    if draft.title_fallback is not None and not draft.title:
        draft.title = _title_from_text(" ".join(draft.body)) or draft.title_fallback
    return draft


def _take_pipe_fields(line: str, draft: _Draft, as_of: datetime) -> None:
    """ "Acme | Senior Engineer | Berlin | REMOTE | Full-time | €90k", as forum posts start."""
    fields = [_URL_IN_FIELD.sub("", field).strip(" -–") for field in _FIELD_SEPARATOR.split(line)]
    unnamed = [
        field
        for field in fields
        if field
        and not _URL.match(field)
        # "Machine Learning Intern" names a type, but it is the title.
        and (_TITLE_WORDS.search(field) or not _take_fact_line(field, draft, as_of))
    ]
    roles = [field for field in unnamed if _ROLE_WORD.search(field)]
    draft.title = roles[0] if roles else ""
    if _names_job_facts(draft.title):
        draft.facts.append(draft.title)  # "full time member of technical staff": both at once
    draft.company = next((field for field in unnamed if field != draft.title), "")
    # Without a role among the fields, the post's text names it (see _main_draft); failing
    # that, a field that is no shouted banner ("VISA SPONSORSHIP") nor a place.
    draft.title_fallback = next(
        (
            field
            for field in unnamed[1:]
            if not field.isupper() and not _location_line(field) and field != draft.company
        ),
        "",
    )


def _posting_signals(draft: _Draft) -> int:
    section_kinds = {heading_kind(line) for line in draft.body if line} - {None, "other"}
    # An article about jobs names companies, dates and pay too; its byline takes two of them back,
    # and so does a headline naming no role over text without a posting's sections ("Research
    # news", "PyCon Italia 2027").
    facts = "\n".join(draft.facts)
    unlike_a_role = (
        not section_kinds
        and not _names_role(draft.title)
        and not employment_types(facts)
        and work_arrangement(facts) == "unknown"
    )
    return -_BYLINE_WEIGHT * (draft.byline + unlike_a_role) + sum(
        (
            bool(draft.company),
            bool(draft.locations),
            draft.posted is not None,
            bool(draft.pay_lines),
            bool(draft.facts),
            draft.expired,
            draft.has_apply_button,
            len(section_kinds) >= 1,
            len(section_kinds) >= 2,
        )
    )


# Below a listing, links to other searches: "Nursing jobs in Manchester", "Jobs by location".
_SEO_LINK = re.compile(
    r"^(?:[\w &/'-]{1,40}\s(?:jobs|stellen|emplois|empleos|vacatures)\s(?:in|en|à|in der)\s.{1,40}"
    r"|(?:jobs|stellen|emplois)\s+(?:by|nach|par)\s+\w+(?:\s+\w+)?"
    # "Offerte di lavoro Data Analyst a Milano", "Stipendi di Data Analyst", "Salaires : Stage".
    r"|(?:offerte\s+di\s+lavoro|stipendi|ofertas\s+de\s+(?:trabajo|empleo)|sueldos?|salarios?"
    r"|offres\s+d['’]emploi|salaires?|salaries|gehälter|stellenangebote|vacatures|salarissen)"
    r"(?:\s+(?:di|per|de|d['’]|pour|for|of|für|als))?\s[^\d:]{1,80})$",
    _I,
)


_MIN_INDUSTRY_TAGS = 2
_LOGO_LINE = re.compile(r"^(?P<name>.{2,80}?)\s+(?:logo|Logo|LOGO)$")
_TAG_SEPARATOR = re.compile(r"\s+[•·|]\s+")
_MAX_TAG_WORDS = 3


def _is_tag_line(line: str) -> bool:
    """ "Fintech • Insurance", "Food · Logistics": an employer's industries, naming no role."""
    tags = _TAG_SEPARATOR.split(line)
    return len(tags) >= 2 and all(
        len(tag.split()) <= _MAX_TAG_WORDS and not _TITLE_WORDS.search(tag) for tag in tags
    )


def _card_drafts(region: list[str], as_of: datetime, *, single: bool = False) -> list[_Draft]:
    """Cards: title, company, location, optional arrangement, bullets, "Posted 4d ago".

    `single`: the lines are one card (a blank line marks where cards end), so no line in them
    opens another.
    """
    drafts: list[_Draft] = []
    current: _Draft | None = None
    board = False  # roles under department headings: a careers board, the page's own roles
    content = [
        line
        for line in region
        if line
        and not _is_chrome(line)
        and not _SEO_LINK.match(line)
        # Workday's cards label each value on a line of its own: "locations", "Zurich".
        and not _HEADER_LABEL.match(line)
    ]
    named_by_logo = -1
    for index, line in enumerate(content):
        cleaned = clean_lines(line)
        if not cleaned or index == named_by_logo:
            continue  # a bullet alone ("•"): its item follows on the next line
        if (logo := _LOGO_LINE.match(line)) and _next(content, index) == logo["name"]:
            # "Grubline Logo", "Grubline": a card opens with its employer's logo and name, and
            # names the role under their tags, arrangement and place (Built In).
            current = _Draft(title="", company=_clean_company(logo["name"]), board_row=board)
            drafts.append(current)
            named_by_logo = index + 1
        elif current and cleaned[0].startswith("- "):
            current.body.extend(cleaned)
        elif current and _POSTED_BY.match(line) and _take_fact_line(line, current, as_of):
            pass  # "Posted 3 days ago by Hays" opens a card's facts rather than closing it
        elif current and CLOSED_WHEN.match(line):
            current.expired = True
        elif current and current.closed and _is_pay_line(line, current):
            current.pay_lines.append(line)  # "Publiée le 15/11/2026", then "40 - 48 k€ brut annuel"
        elif (
            current
            and current.closed
            and _is_fact_only(line, as_of)
            and not _location_line(line)
            and _take_fact_line(line, current, as_of)
        ):
            pass  # "vor 2 Tagen", then "Festanstellung": the card's contract after its date
        elif current and is_closing_line(line) and not _POSTED_WORDS.search(line):
            pass  # "Closes: 30th November 2026": read from the card's lines as its closing date
        elif current and not current.closed and (posted := _short_date(line, as_of)):
            current.posted, current.closed = posted, True
        elif current and is_closing_line(line):
            pass  # "Posted Nov 10 · Deadline Nov 27", after the card's date
        elif current and _is_snippet(line):
            current.body.append(line)  # the card's excerpt of its description, not a title
        elif current and len(current.raw) == 1 and line.casefold() == current.title.casefold():
            continue  # LinkedIn repeats a card's title for screen readers
        elif current and _IDENTIFIER.fullmatch(line):
            continue  # "JR-104417": a requisition id under its label (Workday), not a card's line
        elif current and not current.title:
            # The role under a company's name, tagline and facts; its tags ("Fintech • Insurance")
            # and facts come first on some boards.
            if _names_role(line) or not (
                _is_tag_line(line)
                or _take_fact_parts(line, current, as_of)
                or _take_fact_line(line, current, as_of)
            ):
                current.title = line
        elif current is None and len(line) <= _SHORT_FACT and _COMPANY_FACTS.search(line):
            continue  # "Series B · 51-200 employees" above a listing's first role
        elif not single and _heads_department(content, index):
            current, board = None, True  # "Engineering" above a careers board's roles
            continue
        elif current is None or (not single and _opens_next_card(current, content, index, as_of)):
            current = _Draft(title=line, board_row=board)
            if pair := _role_and_company(line):
                current.title, current.company = pair  # "1. Founding ML Engineer — Parsec Labs"
            drafts.append(current)
        elif (
            len(current.raw) == 1
            # A legal form says the first line is the company; in a card alone between blank
            # lines, so does a first line naming no role above one that does (GradConnection),
            # and in a run of cards, one above a role and the role's place (Glassdoor).
            and (
                _LEGAL_FORM.search(current.title)
                or (
                    _looks_like_company(current.title)
                    and (single or _location_line(_next(content, index)))
                )
            )
            and not _names_role(current.title)
            and _names_role(line)
            and not _is_fact_only(line, as_of)
        ):
            # "BLUEHARBOUR FINTECH PTE. LTD.", then "Data Analyst Intern": the company came first.
            current.company, current.title = _clean_company(current.title), line
        elif (
            not current.company
            and (labelled := _LABELLED.match(line))
            and _COMPANY_LABEL.match(labelled["label"])
            and _looks_like_company(labelled["value"])
        ):
            current.company = _clean_company(labelled["value"])  # "Organization: Oak Ridge ..."
        elif (
            not current.company
            and (numbered := _JOB_ID_AND_COMPANY.match(line))
            and _looks_like_company(numbered["company"])
        ):
            current.company = _clean_company(numbered["company"])  # "Job ID: 2874512 | Amazon.com"
        elif (
            not current.company
            and (at := _AT_COMPANY_LINE.match(line))
            and _looks_like_company(at["company"])
        ):
            current.company = _clean_company(at["company"])  # SEEK: "at Lyrebird Payments"
        elif not current.company and (pair := _company_and_place(line)):
            current.company, places = pair  # "Brightwave Analytics - Boston, MA"
            current.locations.extend(places)
            if not places or _names_job_facts(line):
                current.facts.append(line)  # "Tessellate Labs - Remote", "... · Hybrid"
        elif (
            not current.company
            and len(current.raw) == 1
            and _looks_like_company(line)
            and _names_only_regions(line)
            and any(place.city for place in _location_line(_next(content, index)))
        ):
            # "Meta" above "Menlo Park, CA": a company named like a region (Colombia's Meta), as
            # the line between a card's title and its town.
            current.company = _clean_company(line)
        elif _take_fact_parts(line, current, as_of) or _take_fact_line(line, current, as_of):
            pass
        elif not current.company and _looks_like_company(line):
            current.company = _clean_company(line)
        elif current.company and len(line) <= _SHORT_FACT and _LABELLED.match(line):
            current.facts.append(line)  # "Funding for: UK Students": the card's, not its text
        elif current.company and len(line) <= _SHORT_FACT and _COMPANY_FACTS.search(line):
            # "Series B · 51-200 employees": the employer's facts, not the card's text. Under a
            # name and a tagline naming no role, the role follows (Welcome to the Jungle, Otta).
            if (
                len(current.raw) == 2
                and not _names_role(current.title)
                and _names_role(_next(content, index))
            ):
                current.company, current.title = _clean_company(current.title), ""
        elif current.locations and _DEPARTMENT.match(line) and not _names_role(line):
            current.facts.append(line)  # a careers board row's team: "Engineering – Autonomy"
        elif current.company and not current.locations and _TOWN_LINE.match(line):
            # A card's place line naming a town too small to know alone ("Sion", "Veldhoven"):
            # said, and no text of the card that would close it before its pay and date.
            if place := parse_location(line, labelled=True):
                current.locations.append(place)
        else:
            # A careers page's cards have no company line: their text follows the facts.
            current.body.append(line)
        if current:
            current.raw.append(line)
    for draft in drafts:
        # Company-first cards (Glassdoor, Wellfound): "Lumenly", "4.1 ★", "Senior Backend Engineer".
        # A card says where, when or what it pays; links to related searches say none of it.
        described = draft.locations or draft.posted or draft.pay_lines
        swapped = _ROLE_WORD.search(draft.company) and not _ROLE_WORD.search(draft.title)
        if described and swapped:
            draft.title, draft.company = draft.company, _clean_company(draft.title)
    return drafts


def _is_pay_line(line: str, card: _Draft) -> bool:
    country = card.locations[0].country if card.locations else ""
    return (
        len(line) <= _SHORT_FACT
        and not _names_role(line)  # "Studentische Hilfskraft (m/w/d) – 13,98 € / Std." is a title
        and parse_pay(line, country=country, stated=True) is not None
    )


def _heads_department(content: list[str], index: int) -> bool:
    """ "Engineering", then "Senior Software Engineer", then "San Francisco, CA • Full time":
    a department's heading over its first role (Ashby, Lever)."""
    line = content[index]
    following = content[index + 1 : index + 3]
    return (
        len(following) == 2
        and bool(_DEPARTMENT.match(line))
        and len(line.split()) <= _MAX_DEPARTMENT_WORDS
        # "Engineering" is a team; "Business Analytics Internship" a role.
        and not _names_role(_ENGINEERING.sub("", line))
        and _names_role(following[0])
        and not _location_line(following[0])
        and _opens_with_place(following[1])
    )


_ENGINEERING = re.compile(r"\bengineering\b", _I)


def _opens_with_place(line: str) -> bool:
    first = _PART_SEPARATOR.split(line, 1)[0]
    return bool(first and _names_place(first))


def _names_place(line: str) -> bool:
    """A place, or "Remote" where a board row would name one; or a row's facts naming it after
    what kind of job it is ("San Francisco • Full time • On-site • $180K – $240K" on Ashby,
    "Festanstellung, Vollzeit · Leipzig" on Personio)."""
    if _location_line(line) or _only_arrangement(line):
        return True
    parts = _TAG_SEPARATOR.split(line)
    for index, part in enumerate(parts[1:] and parts):
        if _location_line(part) or _only_arrangement(part):
            return all(_names_job_facts(kind) for kind in parts[:index])
    return False


def _names_only_regions(line: str) -> bool:
    places = _location_line(line)
    return bool(places) and all(place.region and not place.city for place in places)


_TOWN_LINE = re.compile(r"^(?-i:[A-ZÀ-Ý])[^\W\d_]*(?:[ '’-][^\W\d_]+){0,3}(?:\s+[A-Z]{2})?$")


_JOB_ID_AND_COMPANY = re.compile(
    r"^(?:job\s+id|req(?:uisition)?\s+id|job\s+number)\s*:?\s*[\w-]+\s*\|\s*(?P<company>[^|]{2,80})$",
    _I,
)
_AT_COMPANY_LINE = re.compile(r"^(?:at|@|bei|chez|presso)\s+(?P<company>[A-Z0-9À-Ý][^\n]{1,79})$")


def _next(content: list[str], index: int) -> str:
    return content[index + 1] if index + 1 < len(content) else ""


_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")
_ROLE_COMPANY_DASH = re.compile(r"\s+[—–]\s+")


def _role_and_company(line: str) -> tuple[str, str] | None:
    """ "1. Founding ML Engineer — Parsec Labs", as newsletters number their roles: the role, then
    who. Unnumbered, "Data Engineer – Wealth Management" is a title and its team."""
    if not _LIST_NUMBER.match(line):
        return None
    parts = _ROLE_COMPANY_DASH.split(_LIST_NUMBER.sub("", line))
    if len(parts) != 2:
        return None
    role, company = parts
    if not _TITLE_WORDS.search(role) or _TITLE_WORDS.search(company):
        return None
    return (role, _clean_company(company)) if _looks_like_company(company) else None


def _company_and_place(line: str) -> tuple[str, list[Location]] | None:
    """ "Brightwave Analytics - Boston, MA", "Tessellate Labs - Remote", "Marlowe Capital · New
    York, NY": who, then where."""
    parts = _DASH_SEPARATOR.split(line)
    if len(parts) < 2:
        # A name and a place, then how the work is done ("Lumacraft · New York, NY · Hybrid");
        # "San Francisco, CA • Full time • Hybrid" is facts.
        dotted = _DOT_SEPARATOR.split(line)
        parts = dotted[:2] if all(_names_job_facts(part) for part in dotted[2:]) else []
    if len(parts) < 2:
        parts = _PIPE_SEPARATOR.split(line)  # "Larkspur Packaging Co. | Commerce City, CO"
        parts = parts if len(parts) == 2 else []
    if len(parts) < 2:
        return None
    company, place = " - ".join(parts[:-1]), parts[-1]
    if not _looks_like_company(company) or _TITLE_WORDS.search(company) or _location_line(company):
        return None
    if _only_arrangement(company):
        return None  # "Remote - US": where, twice
    if _names_job_facts(company) and not _LEGAL_FORM.search(company):
        return None  # "Festanstellung, Vollzeit · Leipzig": what kind of job, then where
    if places := _location_line(place):
        return _clean_company(company), places
    return (_clean_company(company), []) if _only_arrangement(place) else None


def _opens_next_card(current: _Draft, content: list[str], index: int, as_of: datetime) -> bool:
    return bool(
        current.closed
        or current.body
        or (current.company and current.locations and _opens_card(content, index, as_of))
        # Careers pages' cards without a company: "Research Scientist", "Tokyo / Full-time".
        or (
            current.locations
            and not current.company
            and _TITLE_WORDS.search(content[index])
            and _opens_placed_card(content, index, as_of)
        )
    )


def _opens_card(content: list[str], index: int, as_of: datetime) -> bool:
    """A title, a company, then a place: the next card of a listing that shows no dates
    ("Stage - Product Designer", "Alan", "Paris")."""
    following = content[index + 1 : index + 3]
    if (
        following
        and (
            _POSTED_BY.match(following[0])
            or _company_and_place(following[0])
            or _AT_COMPANY_LINE.match(following[0])  # SEEK: "at Lyrebird Payments"
        )
        and not _is_fact_only(content[index], as_of)
        and not _company_and_place(content[index])
    ):
        # Reed: "Graduate Data Scientist", "Posted 3 days ago by Hays"; Indeed's alerts:
        # "Machine Learning Intern", "Brightwave Analytics - Boston, MA".
        return True
    return (
        len(following) == 2
        and not _is_fact_only(content[index], as_of)
        and _looks_like_company(following[0])
        and not _is_fact_only(following[0], as_of)
        # A place, only how the role is worked ("Remote"), or the contract ("Stage (6 mois)").
        and bool(
            _location_line(following[1])
            or _labelled_place(following[1])  # jobs.ac.uk: "Location: Didcot"
            or _only_arrangement(following[1])
            or (_is_fact_only(following[1], as_of) and _names_job_facts(following[1]))
        )
    )


def _labelled_place(line: str) -> list[Location]:
    labelled = _LABELLED.match(line)
    if not labelled or not _LOCATION_LABEL.match(labelled["label"]):
        return []
    return find_locations(labelled["value"], labelled=True)


def _is_snippet(line: str) -> bool:
    # "Studentische Hilfskraft (m/w/d) – 8 Std./Woche, 13,98 € / Std." is a title, not an excerpt.
    return (
        len(line.split()) >= 2 * _MIN_SENTENCE_WORDS
        and (len(line) > _LONG_LINE or line.endswith((".", "...", "…")))
        and not _GENDER_MARK.search(line)
    )


def _opens_placed_card(content: list[str], index: int, as_of: datetime) -> bool:
    """A title, then where it is: "Research Scientist, Speech", "Tokyo / Full-time / Hybrid"."""
    following = content[index + 1] if index + 1 < len(content) else ""
    return bool(following) and bool(
        _location_line(following) or _is_place_team_line(following, as_of)
    )


def _only_arrangement(line: str) -> bool:
    return len(line.split()) <= 2 and work_arrangement(line) != "unknown"


def _title_from_text(text: str) -> str:
    for cue in _TITLE_CUES:
        if match := cue.search(text):
            return " ".join(match["title"].split())
    return ""


def _located_drafts(region: list[str]) -> list[_Draft]:
    """Blocks of a location line ("US, WA, Seattle") and a paragraph that never names its title."""
    drafts: list[_Draft] = []
    for line in region:
        if not line or _is_chrome(line):
            continue
        if locations := _location_line(line):
            drafts.append(_Draft(locations=locations, raw=[line]))
        elif drafts:
            drafts[-1].body.append(line)
            drafts[-1].raw.append(line)
    for draft in drafts:
        draft.title = _title_from_text(" ".join(draft.body))
    # A listing groups similar roles, so a paragraph that names no role takes the one its
    # siblings name most often.
    titles = Counter(draft.title for draft in drafts if draft.title)
    if titles:
        for draft in drafts:
            draft.title = draft.title or titles.most_common(1)[0][0]
    return drafts


def _is_location_led(region: list[str]) -> bool:
    content = [line for line in region if line and not _is_chrome(line)]
    return any(
        _location_line(line) and len(following) >= _PARAGRAPH
        for line, following in zip(content, content[1:], strict=False)
    )


def _listing_drafts(region: list[str], as_of: datetime) -> list[_Draft]:
    if _is_location_led(region):
        return _located_drafts(region)
    # The last listing of a page often runs into the site's footer.
    region = _without_footer(region)
    by_lines = [draft for draft in _card_drafts(region, as_of) if _is_card(draft)]
    by_blocks = _block_cards(region, as_of)
    # Blank lines between cards say where each ends, whatever order its facts come in
    # ("Publicada hace 1 día", then "Salario: 700€ - 900€"): trusted when they find as many
    # whole cards.
    if len(by_blocks) >= max(_MIN_RESULT_CARDS, sum(map(_is_whole_card, by_lines))):
        return by_blocks
    return by_lines


_MAX_CARD_LINES = 12


def _is_age_line(line: str, as_of: datetime) -> bool:
    """ "5 days ago", "Posted yesterday", "3d": when a card was posted, and nothing else."""
    return bool(_POSTED_WORDS.search(line) and _short_date(line, as_of))


def _block_cards(region: list[str], as_of: datetime) -> list[_Draft]:
    """One card per blank-line-separated block of a listing, for blocks that read as whole
    cards (footer and call-to-action blocks do not)."""
    blocks: list[list[str]] = [[]]
    for line in region:
        if not line:
            blocks.append([])
        elif not _is_chrome(line):
            blocks[-1].append(line)
    # "5 days ago", then "Building Engineer": a card dated above its title (CareerBuilder,
    # Bumeran) reads as one dated at its foot.
    blocks = [
        [*block[1:], block[0]]
        if len(block) >= 2 and _is_age_line(block[0], as_of) and not _short_date(block[1], as_of)
        else block
        for block in blocks
    ]
    cards = []
    board = any(_role_place_rows(block, as_of) for block in blocks)
    for block in blocks:
        if rows := _role_place_rows(block, as_of, board=board):
            for row in rows:
                cards.extend(_card_drafts(row, as_of, single=True))
                cards[-1].board_row = True
        elif 2 <= len(block) <= _MAX_CARD_LINES and not _is_fact_only(block[0], as_of):
            cards.extend(
                card
                for card in _card_drafts(block, as_of, single=True)
                # A careers page's rows name no company: the page's employer is theirs.
                if _is_whole_card(card)
                or (_TITLE_WORDS.search(card.title) and (card.locations or card.posted))
            )
    return cards


def _role_place_rows(
    block: list[str], as_of: datetime, *, board: bool = False
) -> list[list[str]] | None:
    """A careers board's department: "Engineering", then each role on a line above its place
    ("Gameplay Engineer II", "Austin, TX"). Its rows, or None for any other block.

    `board`: other blocks of the page read so, and a department with one role ("Production",
    "Associate Producer", "Austin, TX") or a role and its place alone do too; alone, such a block
    is a company's card.
    """
    heading = len(block) % 2 == 1
    rows = block[1:] if heading else block
    if heading and (
        _location_line(block[0])
        or len(block[0].split()) > _MAX_DEPARTMENT_WORDS
        or _LEGAL_FORM.search(block[0])
    ):
        return None
    # On a board, a role and its place alone between blank lines are a row too: boards leave a
    # blank line between the rows of a department.
    if len(rows) < (2 if board or (heading and _DEPARTMENT.match(block[0])) else 4):
        return None
    pairs = [rows[i : i + 2] for i in range(0, len(rows), 2)]
    for title, place in pairs:
        if _location_line(title) or _is_fact_only(title, as_of) or not _names_place(place):
            return None
    return pairs if board or any(_names_role(title) for title, _ in pairs) else None


_MAX_DEPARTMENT_WORDS = 3


def _is_whole_card(draft: _Draft) -> bool:
    return bool(draft.company and (draft.locations or draft.posted or draft.pay_lines))


def _is_card(draft: _Draft) -> bool:
    """A listed role names a role, or says where, when, what it pays or what kind it is; the
    footer links that run on after a listing ("Blog", "Accessibility") do neither."""
    described = draft.locations or draft.posted or draft.pay_lines or draft.facts
    # "Students & New Graduates" is a careers site's menu link, not a role.
    names_role = _TITLE_WORDS.search(draft.title) and (
        _subject_words(draft.title) or _role_nouns(draft.title)
    )
    # "Can I do a remote internship?", "Welcome to our new PhD students!": an FAQ or a news item.
    return bool(described or names_role) and not draft.title.endswith(("?", "!"))


def _organisation_names(text: str) -> Iterator[str]:
    for cue in _CUES_AFTER_NAME:
        for match in cue.finditer(text):
            window = text[max(0, match.start() - _NAME_WINDOW) : match.start()]
            if name := _NAME_AT_END.search(window):
                yield name.group()
    for cue in _CUES_BEFORE_NAME:
        yield from (match["name"] for match in cue.finditer(text))


def _organisations(text: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for name in _organisation_names(text):
        words = name.rstrip(".-").split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if words and (name := " ".join(words)) not in _HOLIDAYS:
            names[name] += 1
    return names


def _page_organisation(text: str, lines: list[str]) -> str:
    # "Current openings at Mosswood Games": the page says whose roles it lists.
    if headed := next((name for line in lines if (name := _heading_company(line))), ""):
        return headed
    named = _organisations(text).most_common(1)
    if named:
        # "Life at Veltmann" under a masthead saying "Veltmann Precision Systems": the full name.
        masthead = _masthead(lines)
        return masthead if masthead.startswith(f"{named[0][0]} ") else named[0][0]
    # A careers page names its company once, above its open roles or its search's count.
    if any(_OPEN_ROLES_HEADING.match(line) or _JOBS_FOUND.match(line) for line in lines):
        return _masthead(lines)
    return _page_subject(text, lines)


# "6 JOBS FOUND" (Workday), "Results 1 – 8 of 8" (SuccessFactors), "Showing 1-20 of 45 jobs".
_JOBS_FOUND = re.compile(
    r"^\d[\d,.]*\s+(?:jobs?|results?|positions?)\s+found$"
    r"|^(?:results|showing|jobs)\s+\d+\s*[-–]\s*\d+\s+of\s+\d+(?:\s+(?:jobs?|results?|positions?))?$",
    _I,
)
_MAX_MASTHEAD_WORDS = 4
_TAGLINE_AFTER = re.compile(r"\s+[–—]\s+")
_SUBJECT_LINES = 30
_SUBJECT_MENTIONS = 3


def _page_subject(text: str, lines: list[str]) -> str:
    """A company's page on a board ("Tallis Santé", then its facts, text and latest jobs): a
    short name heading a line near the top that the page names again and again."""
    for line in [line for line in lines if line and not _is_chrome(line)][:_SUBJECT_LINES]:
        if (
            len(line.split()) <= _MAX_MASTHEAD_WORDS
            and _looks_like_company(line)
            and not _JOB_BOARD.match(line)
            and not _TITLE_WORDS.search(line)
            and not _location_line(line)
            and len(re.findall(rf"(?<!\w){re.escape(line)}(?!\w)", text)) >= _SUBJECT_MENTIONS
        ):
            return _clean_company(line)
    return ""


def _masthead(lines: list[str]) -> str:
    """The name a company's own careers page opens with ("Mistral AI", then "Careers"; "Hofmann
    Antriebstechnik GmbH – Präzision in Bewegung", its tagline after a dash)."""
    first = next((line for line in lines if line and not _is_chrome(line)), "")
    first = _TAGLINE_AFTER.split(first, 1)[0]
    if (
        not first
        or _JOB_BOARD.match(first)
        or len(first.split()) > _MAX_MASTHEAD_WORDS
        or not _looks_like_company(first)
        or _TITLE_WORDS.search(first)
        or _location_line(first)
        or _LISTING_HEADING.match(first)
        or heading_kind(first) is not None
    ):
        return ""
    return _clean_company(first)


def _organisation(draft: _Draft, page_organisation: str) -> str:
    """The organisation a block names, preferring the one the whole page is about."""
    text = "\n".join(draft.raw)
    if page_organisation and re.search(rf"\b{re.escape(page_organisation)}\b", text):
        return page_organisation
    named = _organisations(text).most_common(1)
    return named[0][0] if named else page_organisation


def _labelled_locations(body: list[str]) -> list[Location]:
    """Places after a "Locations:" label, on its line or the next one."""
    for i, line in enumerate(body):
        if not (label := _LOCATION_LABEL.match(line)):
            continue
        at = i if label["value"] else next((j for j in range(i + 1, len(body)) if body[j]), i)
        value = label["value"] or (body[at] if at != i else "")
        if value.endswith(":") and (listed := _place_lines(body, at + 1)):
            return listed  # "2 vacancies in the following locations:", then a place a line
        # "positions available in (but not limited to): Arlington, VA; ..."
        value = value.rsplit(":", 1)[-1]
        # "Work location: One-North, Singapore. Hybrid work arrangement (3 days in office)."
        sentences = [value, _SENTENCE_BREAK.split(value, 1)[0]]
        if found := next((f for v in sentences if (f := find_locations(v, labelled=True))), []):
            return found
    return []


_MAX_PLACE_LINES = 12


def _place_lines(body: list[str], start: int) -> list[Location]:
    """The places on the lines from `start`, one a line, up to the first line naming none."""
    places: list[Location] = []
    for line in body[start : start + _MAX_PLACE_LINES]:
        if not (found := _location_line(line)):
            break
        places.extend(place for place in found if place not in places)
    return places


_SENTENCE_BREAK = re.compile(r"(?<=[a-z\)])\.\s+(?=[A-Z])")


def _internship_facts(draft: _Draft, body_text: str, types: list[str]) -> tuple[int | None, str]:
    if "internship" not in types:
        return None, ""
    # Header fields ("Durée : 6 mois", "Début : 01 mars 2027") count as much as the body.
    text = "\n".join((*draft.header, *draft.facts, body_text))
    titled = f"{draft.title}\n{text}"  # "Embedded Software Intern (6 months)"
    start = internship_start(text) or internship_start(draft.title) or internship_term(titled)
    return internship_weeks(titled), start


_PART_WORKLOAD = re.compile(r"(?:^|[\s(])(?:[1-9]0\s*%?\s*[-–]\s*)?[1-9]0\s*%\)?$")
_PAY_LABEL_ALONE = re.compile(
    r"^(?:salary|pay|compensation|stipend|gehalt|vergütung|entgelt|salaire|rémunération|salario"
    r"|sueldo|retribuzione|stipendio|salaris|lön|løn)\s*:?$",
    _I,
)
_PAY_LINE = re.compile(
    r"^(?:[-•*]\s*)?(?:salary|pay|compensation|stipend|gehalt|vergütung|salaire|rémunération"
    r"|salario|sueldo|retribuzione|stipendio|salaris)(?:\s+(?:range|scale|band))?\s*:",
    _I,
)


# A board's tag before the title: "[Experienced] Global Business Development Manager".
_BRACKET_TAG = re.compile(r"^\[[^\[\]]{2,30}\]\s+(?=\S)")
_LEADING_SYMBOLS = re.compile(r"^(?!\.\w)[^\w\s(\[\"'“‘¿¡]+\s*")  # ".NET Developer" keeps its dot


def _degree_levels(title: str, body_text: str) -> list[str]:
    levels = degree_levels(f"{title}\n{body_text}")
    # A PhD position's text asks for the degrees that lead to it ("transcripts of your Bachelor's
    # and Master's"); a title naming the PhD and no other degree asks for the PhD alone.
    if "phd" in levels and degree_levels(title) == ["phd"]:
        return ["phd"]
    return levels


# "Abschlussarbeit (Master) Batteriesysteme", "Master Thesis - Perception", "Tesi di laurea":
# a student's thesis written at the company, titled as such only in the role's name.
_THESIS_ROLE = re.compile(
    r"\b(?:abschlussarbeit|masterarbeit|bachelorarbeit|masterand\w*|bachelorand\w*|thesis"
    r"|tesi\s+di\s+laurea|afstudeer\w*|mémoire\s+de\s+fin\s+d['’]études"
    r"|trabajo\s+(?:de\s+)?fin\s+de\s+(?:grado|máster|master))",
    _I,
)
_DOCTORAL = re.compile(r"ph\.?\s?d|doctor|doktor|promotion|dottorato", _I)
# On a French page a title opening with "Stage" names an internship; not a "Stage Manager".
_FRENCH_STAGE_TITLE = re.compile(
    r"^stage\s+(?!(?:manager|management|hand|door|crew|technician|designer)\b)\w", _I
)


def _posting(
    draft: _Draft, company: str, as_of: datetime, *, page_country: str = ""
) -> ExtractedPosting:
    """`page_country`: where the page's other postings are, for the currency of a "$" in one
    that names no place."""
    body_text = "\n".join(draft.body)
    raw_text = "\n".join(draft.raw)
    facts = "\n".join(draft.facts)
    description, sections = split_sections(body_text)
    locations = draft.locations or _labelled_locations(draft.body) or draft.title_places
    if locations and not any(place.city for place in locations):
        # "Country: Netherlands" in the header, "City: Nijmegen" further down: the finer place.
        finer = [
            place
            for place in _labelled_locations(draft.body)
            if place.city and place.country in {p.country for p in locations}
        ]
        locations = finer or locations
    country = locations[0].country if locations else page_country
    types = employment_types(f"{draft.title}\n{facts}")
    if not types and _THESIS_ROLE.search(draft.title) and not _DOCTORAL.search(draft.title):
        types = ["internship"]  # a student's thesis written at the company
    if not types and _FRENCH_STAGE_TITLE.match(draft.title) and "FR" in current_page_countries():
        types = ["internship"]  # "Stage Data Science (H/F/D)"
    types = types or employment_types(body_text)
    if _PART_WORKLOAD.search(draft.title) and "part_time" not in types:
        # "Analytics Engineer 60–80%": a Swiss title's workload below a full week's.
        types = [kind for kind in EMPLOYMENT_TYPES if kind in {*types, "part_time"}]
    arrangement = work_arrangement(facts)
    if arrangement == "unknown":
        arrangement = work_arrangement(body_text)
    if arrangement != "remote":
        # "Belgium" in one line and "Leuven, Belgium" in another name one place, not two; for
        # remote work, "Boston or anywhere in the US" are two.
        locations = [
            place
            for place in locations
            if place.city
            or not any(
                other.city
                and other.country == place.country
                and other.region.startswith(place.region)
                for other in locations
            )
        ]
    # "Warszawa" and "Warszawa, mazowieckie" are one place; the one naming its region stays.
    locations = [
        place
        for place in locations
        if place.region
        or not any(
            other.region and other.city == place.city and other.country == place.country
            for other in locations
        )
    ]
    # A "Salary:" line states the pay; prose around it may quote parts of it ("from €2,770 in
    # the first year").
    stated = [
        *draft.pay_lines,
        *(line for line in draft.body if _PAY_LINE.match(line)),
        # "Gehalt", then "Mindestgehalt laut KV € 3.100 brutto/Monat": the line under the label.
        *(
            after
            for label, after in itertools.pairwise(draft.body)
            if _PAY_LABEL_ALONE.match(label)
        ),
    ]
    pay = next(
        (pay for line in stated if (pay := parse_pay(line, country=country))), None
    ) or parse_pay(body_text, country=country)
    # "Studentische Hilfskraft (m/w/d) – 8 Std./Woche, 13,98 € / Std.": a card's title may say it.
    pay = pay or parse_pay(draft.title, country=country, stated=True)
    weeks, start = _internship_facts(draft, body_text, types)
    return ExtractedPosting(
        # "🧠 Machine Learning Intern": a page's emoji is no part of the title.
        title=_BRACKET_TAG.sub(
            "",
            _LIST_NUMBER.sub("", _LEADING_SYMBOLS.sub("", _without_company(draft.title, company))),
        ),
        company=company,
        locations=locations,
        description=description,
        sections=sections,
        employment_types=types,
        work_arrangement=arrangement,
        pay=pay,
        posted_on=draft.posted,
        valid_through=closing_date(raw_text, as_of=as_of),
        expired=draft.expired or expired(body_text),
        degree_levels=_degree_levels(draft.title, body_text),
        visa_sponsorship=visa_sponsorship(raw_text),
        internship_weeks=weeks,
        internship_start=start,
    )


_AT_COMPANY = re.compile(r"\s+(?:at|@|bei|chez|en)\s+(?P<company>.+)$")


def _without_company(title: str, company: str) -> str:
    """ "Machine Learning Intern at Spotify" is the title "Machine Learning Intern"."""
    match = _AT_COMPANY.search(title)
    if not match:
        return title
    named, known = fold(match["company"]), fold(company)
    # "at Spotify" for "Spotify AB", or "at Spotify Stockholm" for "Spotify".
    return title[: match.start()] if named.startswith(known) or known.startswith(named) else title


_MIN_RESULT_CARDS = 2
# An article lists roles when it names several, each with its employer and place or date.
_MIN_ARTICLE_ROLES = 3


def _result_cards(lines: list[str], as_of: datetime) -> list[_Draft]:
    """The cards of a search results page, from the first title-company-place block on (the
    search form and result counts above it are no cards); only whole cards count."""
    content = _without_search_form([line for line in lines if line and not _is_chrome(line)])
    first = next((i for i in range(len(content)) if _opens_card(content, i, as_of)), None)
    if (
        first is not None
        and first >= 2
        and _COMPANY_FACTS.search(content[first])
        and _looks_like_company(content[first - 2])
    ):
        first -= 2  # the employer's name and tagline above its facts open the first card (Otta)
    cards = [
        card
        for card in (_card_drafts(content[first:], as_of) if first is not None else [])
        # "Tessellate Labs - Remote", "2 days ago": a remote card names no place.
        if card.company and (card.locations or (card.posted and card.facts))
    ] or _own_search_results(lines, content, as_of)
    # As in a listing, blank lines between the cards say where each ends.
    start = lines.index(content[first]) if first is not None else 0
    # The first card's title line opens its block: its place went unread ("Veldhoven"), so the
    # card seemed to start one line later.
    above = lines[start - 1] if start > 0 else ""
    if above and (start == 1 or not lines[start - 2]) and _names_role(above):
        start -= 1
    elif above and _is_age_line(above, as_of):
        start -= 1  # "2 days ago" above the first card's title: the card's date
    start = _first_card_block(lines, start, as_of)
    blocks = [
        card
        for card in _block_cards(_without_search_form(_without_footer(lines[start:])), as_of)
        if card.company or card.board_row
    ]
    return blocks if _named_roles(blocks, as_of) >= _named_roles(cards, as_of) else cards


def _first_card_block(lines: list[str], start: int, as_of: datetime) -> int:
    """Where the cards begin: blocks above the first card found are cards too when each reads as
    a whole card (a first card whose pay sits between its company and place)."""
    while True:
        end = start
        while end > 0 and not lines[end - 1]:
            end -= 1
        begin = end
        while begin > 0 and lines[begin - 1]:
            begin -= 1
        if begin == end:
            return start
        cards = _block_cards(lines[begin:end], as_of)
        if len(cards) != 1 or not _is_whole_card(cards[0]):
            return start
        start = begin


def _own_search_results(lines: list[str], content: list[str], as_of: datetime) -> list[_Draft]:
    """An employer's own careers search ("6 JOBS FOUND", then each role, its place and date, and
    no company line, as Workday prints them): the employer's roles. `content`: the lines without
    chrome."""
    if not any(_JOBS_FOUND.match(line) for line in lines):
        return []
    # The first role above its place (Workday labels it "locations" between): "Students &
    # Graduates" in the menu names no row.
    content = [line for line in content if not _HEADER_LABEL.match(line)]
    first = next(
        (
            i
            for i, line in enumerate(content)
            if _names_role(line) and _location_line(_next(content, i))
        ),
        None,
    )
    drafts = _card_drafts(content[first:], as_of) if first is not None else []
    roles = [card for card in drafts if _names_role(card.title) and card.locations and card.posted]
    for card in roles:
        card.board_row = True
    return roles if len(roles) >= _MIN_OWN_RESULT_CARDS else []


_MIN_OWN_RESULT_CARDS = 3


def _names_role(line: str) -> bool:
    return bool(_TITLE_WORDS.search(line) or _GENDER_MARK.search(line))


def _named_roles(cards: list[_Draft], as_of: datetime) -> int:
    """How many cards are titled by a role rather than a type or a site's label."""
    return sum(
        1 for card in cards if _names_role(card.title) and not _is_fact_only(card.title, as_of)
    )


def _results_beside_detail(lines: list[str], main: _Draft, as_of: datetime) -> list[_Draft]:
    """A results page that shows the selected result's whole text (Indeed, Google Careers):
    the cards, then the selected one's title again above its text. Empty for other pages."""
    # The pane's heading repeats a card's title: of the titles seen twice, the last one.
    seen: dict[str, int] = {}
    heading = None
    for i, line in enumerate(lines):
        key = line.casefold()
        if (
            key in seen
            and _names_role(line)
            and not _is_fact_only(line, as_of)  # "Intern & Apprentice" on every card
        ):
            heading = i
        seen.setdefault(key, i)
    if heading is None:
        return []
    title = lines[heading].casefold()
    cards = [card for card in _result_cards(lines[:heading], as_of) if _names_role(card.title)]
    selected = [card for card in cards if card.title.casefold() == title]
    others = {card.title.casefold() for card in cards} - {title}
    if len(others) < _MIN_RESULT_CARDS - 1 or not selected:
        return []  # a breadcrumb repeating the title is no list of results
    pane = _main_draft(lines[heading:], as_of)
    if pane is not None:
        _add_pane(selected[0], pane)
    return cards


def _add_pane(card: _Draft, pane: _Draft) -> None:
    """The selected card gains what its pane states: the text, and the facts its card line left
    out ("Full-time", "Apply by ...", visas), the card's own values first."""
    card.body = pane.body
    card.raw += pane.raw
    card.header += pane.header
    card.facts += pane.facts
    card.pay_lines += pane.pay_lines
    card.locations = card.locations or pane.locations
    card.posted = card.posted or pane.posted
    card.expired = card.expired or pane.expired


def _search_form(lines: list[str]) -> set[int]:
    """The lines of a search box: its labels and what each held ("Was / Data Scientist")."""
    found: set[int] = set()
    label = False
    for i, line in enumerate(lines):
        if not line:
            continue
        if label:
            found.add(i)
            label = False
        elif _SEARCH_LABEL.match(line):
            found.add(i)
            label = True
    return found


def _without_search_form(lines: list[str]) -> list[str]:
    searched = _search_form(lines)
    return [line for i, line in enumerate(lines) if i not in searched]


def _has_sections(draft: _Draft) -> bool:
    return any(heading_kind(line) not in (None, "other") for line in draft.body if line)


def _is_post_header(line: str) -> bool:
    """ "Acme | Robotics Intern | Boston, MA | ONSITE": the first line of a forum post."""
    return (
        "|" in line
        and len(_FIELD_SEPARATOR.findall(line)) >= _MIN_PIPE_FIELDS - 1
        and bool(_ROLE_WORD.search(line))
        and not _is_nav_bar(line)
    )


def _forum_posts(lines: list[str]) -> list[tuple[int, list[str]]]:
    """A thread of several posts ("Who is hiring?"), each from its header line to the next, with
    where it starts."""
    starts = [i for i, line in enumerate(lines) if _is_post_header(line)]
    if len(starts) < 2:
        return []
    ends = [*starts[1:], len(lines)]
    return [(start, lines[start:end]) for start, end in zip(starts, ends, strict=True)]


# Above a post, its byline: "tptacek_fan 19 days ago | next [–]", "jdoe on Nov 1, 2026 | parent".
_POST_BYLINE = re.compile(
    r"^\S+\s+(?:on\s+)?(?P<when>.{3,30}?)\s+\|\s+(?:parent|next|prev|context|root|hide)\b"
)
_BYLINE_LOOKBACK = 4


def _post_date(above: list[str], as_of: datetime) -> date | None:
    for line in reversed(above):
        if byline := _POST_BYLINE.match(line):
            return _short_date(byline["when"], as_of)
    return None


# A site footer's column headings: "About" over "Our Story", "Careers" and a list of cities.
_FOOTER_HEADING = re.compile(
    r"^(?:about(?:\s+us)?|resources|company|our\s+story|support|legal|press|contact(?:\s+us)?"
    r"|products?|solutions|pricing|community|explore|follow\s+us|tech\s+hubs|browse\s+jobs)$",
    _I,
)


def _reads_as_prose(title: str) -> bool:
    """ "Move what matters. Join a team of 2,400 people ...": a careers page's tagline, no title."""
    first_sentence = title.split(". ", 1)[0]
    return (
        len(title) > _LONG_LINE
        and first_sentence != title
        and title.endswith(".")
        and not _names_role(first_sentence)
    )


def _drafts(lines: list[str], as_of: datetime) -> list[_Draft]:
    if posts := _forum_posts(lines):
        drafts = []
        for start, post in posts:
            if draft := _main_draft(post, as_of):
                above = lines[max(0, start - _BYLINE_LOOKBACK) : start]
                draft.posted = draft.posted or _post_date(above, as_of)
                drafts.append(draft)
        return [d for d in drafts if _posting_signals(d) >= _MIN_POSTING_SIGNALS]
    own, regions, headings = _split_listings(lines, as_of)
    main = _main_draft(own, as_of)
    listed = []
    for region, heading in zip(regions, headings, strict=True):
        # A listed role is named as one, or said to be somewhere or posted some day; a benefits
        # list under "Careers at Fernhill" ("$1,500 home office stipend") is neither.
        drafts = [
            draft
            for draft in _listing_drafts(region, as_of)
            if (_names_role(draft.title) or draft.locations or draft.posted)
            and not _FOOTER_HEADING.match(draft.title)
        ]
        if employer := _heading_company(heading):
            for draft in drafts:
                draft.company = employer
        listed += drafts
    # A posting with sections of its own is no page of search results; only others are asked.
    # An article under its byline may list roles ("10 ML Internships Still Open"), each a whole
    # card, and is no posting itself.
    is_text = main and _has_sections(main)
    results = [] if is_text else _result_cards(own, as_of)
    if main and main.byline and not _has_sections(main):
        listed_roles = [
            card for card in results if _is_whole_card(card) and _names_role(card.title)
        ]
        results = listed_roles if len(listed_roles) >= _MIN_ARTICLE_ROLES else []
    if main and _has_sections(main) and (panes := _results_beside_detail(own, main, as_of)):
        results = panes  # search results, and the selected one's full text beside them
    if len(results) >= _MIN_RESULT_CARDS:
        return results + listed  # a page of search results: cards, and no posting of its own
    if not main or _posting_signals(main) < _MIN_POSTING_SIGNALS:
        return listed
    if listed and _reads_as_prose(main.title):
        return listed  # a careers page's tagline above its openings
    main.own = True
    return [main, *listed]


# Dollars or the United States named, and no other currency: an American page, whose slashed
# dates put the month first. Every other page is read day first ("04/11/2026" is 4 November).
_AMERICAN = re.compile(r"\$|\bUSD\b|\bUnited\s+States\b|\bUSA\b")
_NOT_AMERICAN = re.compile(
    r"[£€₹¥]|\b(?:[ACSR]|NZ|HK|MX)\$|\b(?:AUD|CAD|GBP|EUR|INR|NZD|SGD|CHF|MXN|JPY|BRL)\b|\bBrasil\b"
    r"|\b(?:Australia|Canada|India|United\s+Kingdom|Ireland|New\s+Zealand|Singapore)\b"
)


_SLASHED_DATE = re.compile(r"\d/\d{1,2}/\d{4}")


def _writes_day_first(text: str) -> bool:
    return not _AMERICAN.search(text) or bool(_NOT_AMERICAN.search(text))


def parse_text(text: str, *, as_of: datetime, name: str = "") -> ParseResult:
    """Every posting a raw job page carries; `name` only labels the document in messages."""
    day_first = bool(_SLASHED_DATE.search(text)) and _writes_day_first(text)
    with slashed_dates(day_first=day_first), page_countries(_language_countries(text)):
        return _parse_text(text, as_of=as_of, name=name)


# Words only one of the six languages writes often, and the countries that write it.
_LANGUAGE_WORDS = {
    language: (frozenset(words.split()), countries)
    for language, words, countries in (
        ("fr", "le la les des et vous nous une est pour avec dans du au", "FR BE CH LU CA"),
        ("de", "der die das und sie wir ist mit für ein eine bei zu auf", "DE AT CH LU"),
        ("es", "el los las y con para una por del al que como", "ES MX AR CO CL PE"),
        ("it", "il di che per con una della sono nel gli le", "IT CH"),
        # Not "de" nor "en": Spanish and French write them as often.
        ("nl", "het een van je wij voor met ons bij op naar zijn wordt", "NL BE"),
        ("pt", "os as com para uma do da dos das em não você nosso nossa", "BR PT"),
        ("sv", "och att för med på är av som det vi du har inom", "SE FI"),
        ("da", "og til med på er af som det vi du har hos", "DK NO"),
        ("en", "the and you with for our will are your of to in", ""),
    )
}
_LANGUAGE_SAMPLE = 3000
_WORDS = re.compile(r"[^\W\d_]+")


def _language_countries(text: str) -> frozenset[str]:
    """The countries of the language the page is written in ("" for English: towns of any
    English-speaking country stay unplaced alone)."""
    counts = Counter(_WORDS.findall(text[:_LANGUAGE_SAMPLE].lower()))
    scores = {
        language: sum(counts[word] for word in vocabulary)
        for language, (vocabulary, _) in _LANGUAGE_WORDS.items()
    }
    best = max(scores, key=scores.get)
    return frozenset(_LANGUAGE_WORDS[best][1].split()) if scores[best] else frozenset()


@dataclass(frozen=True)
class _PageDates:
    deadline: date | None = None
    posted: date | None = None


# "Applications for all open roles close on 31 January 2027."
# Matched from the quantifier on and widened to its sentence by hand: a leading `[^.\n]*` would
# rescan the sentence from every position before it.
_ALL_ROLES = re.compile(
    r"\b(?:all|every|each)\s+(?:of\s+(?:our|the|these)\s+)?(?:open\s+|listed\s+)?"
    r"(?:roles|positions|jobs|openings|internships|vacancies|postings)\b[^.\n]*",
    _I,
)
# A mail client's line for when the message came: "Tue, Nov 17, 8:02 AM (3 days ago)".
_MAIL_SENT = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun)\w*,\s+\w+\.?\s+\d{1,2}(?:,\s+\d{4})?,\s+\d{1,2}:\d{2}"
    r"\s*(?:am|pm)?(?:\s*\([^)]*\))?$",
    _I,
)
_MAIL_HEAD_LINES = 30


def _sentence_around(text: str, match: re.Match) -> str:
    start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    return text[start : match.end()]


def _page_dates(text: str, lines: list[str], as_of: datetime) -> _PageDates:
    deadline = next(
        (
            found
            for match in _ALL_ROLES.finditer(text)
            if (found := closing_date(_sentence_around(text, match), as_of=as_of))
        ),
        None,
    )
    sent = next((line for line in lines[:_MAIL_HEAD_LINES] if _MAIL_SENT.match(line)), None)
    # Without its "(3 days ago)": a date without a year is only read in a short text.
    posted = _short_date(sent.split("(")[0].strip(), as_of) if sent else None
    return _PageDates(deadline=deadline, posted=posted)


# A careers page's standing offer to apply without a role: "Initiativbewerbung (m/w/d)".
_OPEN_APPLICATION = re.compile(
    r"^(?:initiativbewerbung|open\s+application|spontaneous\s+application|unsolicited\s+application"
    r"|general\s+application|candidature\s+spontanée|candidatura\s+espontánea|candidatura\s+spontanea"
    r"|open\s+sollicitatie|spontanansökan|uopfordret\s+ansøgning|talent\s+(?:pool|community|network)"
    r"|banco\s+de\s+talentos|vivier\s+de\s+talents)\b",
    _I,
)


def _parse_text(text: str, *, as_of: datetime, name: str) -> ParseResult:
    lines = _document_lines(text)
    page_organisation = None  # counted only when some block names no company
    result = ParseResult()
    seen = set()
    own_company = ""
    drafts = _drafts(lines, as_of)
    page_dates = _page_dates(text, lines, as_of)
    countries = Counter(
        place.country
        for draft in drafts
        for place in draft.locations or _labelled_locations(draft.body)
    )
    countries.pop("", None)
    page_country = countries.most_common(1)[0][0] if countries else ""
    for draft in drafts:
        if _OPEN_APPLICATION.match(draft.title):
            result.skipped.append(
                Skipped(reason="an open application, not a role", title=draft.title)
            )
            continue
        if not draft.company and page_organisation is None:
            page_organisation = _page_organisation(text, lines)
        # Cards without a company line under an employer's own posting ("Similar Jobs" on its
        # careers site) are its roles too.
        listed = (
            (draft.locations or draft.posted or draft.pay_lines)
            and _TITLE_WORDS.search(draft.title)
            and not _LABELLED.match(draft.title)
        )
        fallback = page_organisation or (own_company if listed else "")
        company = draft.company or _organisation(draft, fallback)
        if draft.own:
            own_company = company
        if not draft.title or not company:
            missing = "title" if not draft.title else "company"
            result.skipped.append(Skipped(reason=f"no {missing} found", title=draft.title))
            continue
        posting = _posting(draft, company, as_of, page_country=page_country)
        # Dates the page states for all its roles: "Applications for all open roles close on
        # 31 January 2027", an e-mailed list's sending date.
        posting.valid_through = posting.valid_through or page_dates.deadline
        posting.posted_on = posting.posted_on or page_dates.posted
        key = (posting.title, posting.company, tuple(posting.locations), posting.description)
        if key not in seen:
            seen.add(key)
            result.postings.append(posting)
    if not result.postings:
        what = f"{name}: " if name else ""
        result.note = (
            f"{what}no job posting found; every posting-like block lacked a title or company"
            if result.skipped
            else f"{what}no job posting found; the page reads like an article or a list of links"
        )
    return result
