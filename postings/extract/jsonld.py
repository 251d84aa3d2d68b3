"""schema.org JobPosting objects (JSON-LD) to postings."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime

from postings.extract.html import inline_text, safe_url, to_text
from postings.extract.locations import area_countries, parse_location
from postings.extract.records import (
    as_text,
    coerce_date,
    country_code,
    enrich_from_text,
    pay_from_amounts,
    subdivision_code,
)
from postings.extract.sections import split_sections
from postings.extract.types import (
    DEGREE_LEVELS,
    EMPLOYMENT_TYPES,
    ExtractedPosting,
    Location,
    ParseResult,
    Pay,
    Skipped,
)
from postings.extract.vocab import degree_levels, employment_types

_EMPLOYMENT_TYPES = {
    "FULL_TIME": "full_time",
    "PART_TIME": "part_time",
    "CONTRACTOR": "contract",
    "CONTRACT": "contract",
    "TEMPORARY": "temporary",
    "INTERN": "internship",
    "INTERNSHIP": "internship",
}
# schema.org's credentialCategory values; a postgraduate degree is at least a master's.
_CREDENTIALS = {"bachelor degree": "bachelors", "postgraduate degree": "masters"}
_ENUM_SEPARATORS = re.compile(r"[\s-]+")
# schema.org fields that hold a section of their own, filled when the description has none.
_SECTION_PROPERTIES = {
    "responsibilities": "responsibilities",
    "qualifications": "basic_qualifications",
    "jobBenefits": "benefits",
}


def postings_from_jsonld(data: object, *, as_of: datetime) -> ParseResult:
    """Every JobPosting in a JSON-LD value (an object, a list, an @graph), converted."""
    result = ParseResult()
    nodes = _nodes_by_id(data)
    for job in iter_job_postings(data):
        add_outcome(result, posting_from_jsonld(_resolved(job, nodes), as_of=as_of))
    return result


def _nodes_by_id(data: object) -> dict[str, Mapping]:
    """Every node with an @id, so that {"@id": "#org"} can stand for the organisation."""
    found: dict[str, Mapping] = {}
    if isinstance(data, list):
        for item in data:
            found.update(_nodes_by_id(item))
    elif isinstance(data, Mapping):
        if isinstance(data.get("@id"), str) and len(data) > 1:
            found[data["@id"]] = data
        for value in data.values():
            if isinstance(value, (list, Mapping)):
                found.update(_nodes_by_id(value))
    return found


def _resolved(job: Mapping, nodes: dict[str, Mapping]) -> Mapping:
    """The posting with its references to other nodes of the page ({"@id": ...}) filled in."""
    if not nodes:
        return job

    def resolve(value: object) -> object:
        if isinstance(value, Mapping) and set(value) == {"@id"}:
            return nodes.get(value["@id"], value)
        if isinstance(value, list):
            return [resolve(item) for item in value]
        return value

    return {key: resolve(value) for key, value in job.items()}


def add_outcome(result: ParseResult, outcome: ExtractedPosting | Skipped) -> None:
    if isinstance(outcome, Skipped):
        result.skipped.append(outcome)
    else:
        result.postings.append(outcome)


def iter_job_postings(data: object) -> Iterator[Mapping]:
    if isinstance(data, list):
        for item in data:
            yield from iter_job_postings(item)
    elif isinstance(data, Mapping):
        if is_job_posting(data):
            yield data
        else:
            yield from iter_job_postings(data.get("@graph"))


def _types(data: Mapping) -> list[str]:
    """A node's types by name: "JobPosting", "schema:JobPosting" and
    "http://schema.org/JobPosting" all occur."""
    kinds = data.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return [kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for kind in kinds if isinstance(kind, str)]


def is_job_posting(data: Mapping) -> bool:
    return "JobPosting" in _types(data)


_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "Report"})


def is_article(data: object) -> bool:
    """Whether a JSON-LD value marks its page up as an article (news about jobs, say)."""
    if isinstance(data, list):
        return any(is_article(item) for item in data)
    if isinstance(data, Mapping):
        return bool(_ARTICLE_TYPES.intersection(_types(data))) or is_article(data.get("@graph"))
    return False


def posting_from_jsonld(job: Mapping, *, as_of: datetime) -> ExtractedPosting | Skipped:
    title = inline_text(as_text(job.get("title")))
    company = inline_text(as_text(job.get("hiringOrganization")))
    if not title:
        return Skipped(reason="JobPosting without a title", title=company)
    if not company:
        return Skipped(reason="JobPosting without a hiringOrganization", title=title)

    description, sections = split_sections(to_text(as_text(job.get("description"))))
    for prop, field in _SECTION_PROPERTIES.items():
        if not getattr(sections, field) and (value := as_text(job.get(prop))):
            setattr(sections, field, to_text(value))
    locations = _locations(job)
    url = safe_url(as_text(job.get("url")))
    posting = ExtractedPosting(
        title=title,
        company=company,
        locations=locations,
        description=description,
        sections=sections,
        employment_types=_employment_types(job.get("employmentType")),
        work_arrangement="remote" if _is_telecommute(job) else "unknown",
        pay=_pay(job),
        posted_on=coerce_date(job.get("datePosted"), as_of=as_of),
        valid_through=coerce_date(job.get("validThrough"), as_of=as_of),
        degree_levels=_degree_levels(job.get("educationRequirements")),
        # The posting's page is where a candidate applies; directApply only says whether the
        # application form is on that page or one step further, so it names no other URL.
        apply_url=url,
        source_url=url,
        external_id=_identifier(job.get("identifier")),
    )
    enrich_from_text(posting)
    return posting


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _locations(job: Mapping) -> list[Location]:
    found: list[Location] = []
    for place in _as_list(job.get("jobLocation")):
        address = place.get("address", place) if isinstance(place, Mapping) else place
        location = _address_location(address)
        if location and location not in found:
            found.append(location)
    if found:
        return found
    # Remote roles name where applicants may live instead of where the job is.
    for area in _as_list(job.get("applicantLocationRequirements")):
        name = as_text(area)
        countries = area_countries(name)
        places = [Location(country=c) for c in countries] or [_place_name_location(name)]
        found.extend(place for place in places if place and place not in found)
    return found


def _address_location(address: object) -> Location | None:
    if not isinstance(address, Mapping):
        return _place_name_location(as_text(address))
    locality = inline_text(as_text(address.get("addressLocality")))
    region = inline_text(as_text(address.get("addressRegion")))
    country_name = inline_text(as_text(address.get("addressCountry")))
    country = country_code(country_name)
    if not country:
        return _place_name_location(", ".join(filter(None, (locality, region, country_name))))
    region_code = subdivision_code(country, region)
    if not region_code and locality:
        # The locality alone may still name the region ("Ontario" given as the city).
        parsed = parse_location(locality, default_country=country)
        if parsed and parsed.country == country and (parsed.city or parsed.region):
            return parsed
    return Location(city=locality, region=region_code, country=country)


def _place_name_location(text: str) -> Location | None:
    if country := country_code(text):
        return Location(country=country)
    return parse_location(text) if text else None


def _is_telecommute(job: Mapping) -> bool:
    kinds = _as_list(job.get("jobLocationType"))
    return any(as_text(kind).upper() == "TELECOMMUTE" for kind in kinds)


def _employment_types(value: object) -> list[str]:
    found = set()
    for item in _as_list(value):
        for word in as_text(item).split(","):
            enum = _ENUM_SEPARATORS.sub("_", word.strip().upper())
            if enum in _EMPLOYMENT_TYPES:
                found.add(_EMPLOYMENT_TYPES[enum])
            else:
                found.update(employment_types(word))
    return [kind for kind in EMPLOYMENT_TYPES if kind in found]


def _pay(job: Mapping) -> Pay | None:
    salary = next(iter(_as_list(job.get("baseSalary") or job.get("estimatedSalary"))), None)
    currency = as_text(job.get("salaryCurrency"))
    if not isinstance(salary, Mapping):
        return pay_from_amounts(salary, salary, currency=currency, unit="")
    currency = as_text(salary.get("currency")) or currency
    value = salary.get("value")
    unit = as_text(salary.get("unitText"))
    if not isinstance(value, Mapping):
        return pay_from_amounts(value, value, currency=currency, unit=unit)
    unit = as_text(value.get("unitText")) or unit
    exact = value.get("value")
    return pay_from_amounts(
        value.get("minValue", exact), value.get("maxValue", exact), currency=currency, unit=unit
    )


def _degree_levels(value: object) -> list[str]:
    found = set()
    for item in _as_list(value):
        if isinstance(item, Mapping):
            category = as_text(item.get("credentialCategory")).lower()
            if category in _CREDENTIALS:
                found.add(_CREDENTIALS[category])
                continue
            item = category or as_text(item.get("description"))
        found.update(degree_levels(as_text(item)))
    # Highest first, as vocab.degree_levels orders them.
    return [level for level in reversed(DEGREE_LEVELS) if level in found]


def _identifier(value: object) -> str:
    if isinstance(value, Mapping):
        return as_text(value.get("value") or value.get("name"))
    return as_text(value)
