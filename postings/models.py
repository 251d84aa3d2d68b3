from __future__ import annotations

from datetime import date, timedelta

import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Case, F, Func, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import timezone

from . import search


class EmploymentType(models.TextChoices):
    INTERNSHIP = "internship", "Internship"
    FULL_TIME = "full_time", "Full-time"
    PART_TIME = "part_time", "Part-time"
    CONTRACT = "contract", "Contract"
    TEMPORARY = "temporary", "Temporary"


class WorkArrangement(models.TextChoices):
    ON_SITE = "on_site", "On-site"
    HYBRID = "hybrid", "Hybrid"
    REMOTE = "remote", "Remote"
    UNKNOWN = "unknown", "Not stated"


class PayPeriod(models.TextChoices):
    HOUR = "hour", "hour"
    DAY = "day", "day"
    WEEK = "week", "week"
    MONTH = "month", "month"
    YEAR = "year", "year"


class DegreeLevel(models.TextChoices):
    BACHELORS = "bachelors", "Bachelor's"
    MASTERS = "masters", "Master's"
    PHD = "phd", "PhD"


class VisaSponsorship(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    UNKNOWN = "unknown", "Not stated"


# Full-time equivalents used to put every pay period on one yearly scale.
PERIODS_PER_YEAR = {
    PayPeriod.HOUR: 2080,
    PayPeriod.DAY: 260,
    PayPeriod.WEEK: 52,
    PayPeriod.MONTH: 12,
    PayPeriod.YEAR: 1,
}

# Highest pay first with unpaid postings last, as one expression both databases can index.
PAY_SORT_KEY = Coalesce("pay_annual_max", Value(-1), output_field=models.DecimalField())

# Multi-valued vocabularies are boolean columns: both databases filter, index and count them
# cheaply, where a JSON list cannot be queried on SQLite.
EMPLOYMENT_TYPE_FIELDS = {
    EmploymentType.INTERNSHIP: "is_internship",
    EmploymentType.FULL_TIME: "is_full_time",
    EmploymentType.PART_TIME: "is_part_time",
    EmploymentType.CONTRACT: "is_contract",
    EmploymentType.TEMPORARY: "is_temporary",
}
DEGREE_FIELDS = {
    DegreeLevel.BACHELORS: "degree_bachelors",
    DegreeLevel.MASTERS: "degree_masters",
    DegreeLevel.PHD: "degree_phd",
}


def validate_currency(code: str) -> None:
    if code and pycountry.currencies.get(alpha_3=code) is None:
        raise ValidationError(f"{code} is not an ISO 4217 currency code.")


def _choices_check(field: str, choices: type[models.TextChoices], *, blank: bool = False) -> Q:
    values = list(choices.values) + ([""] if blank else [])
    return Q(**{f"{field}__in": values})


class Company(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    website = models.URLField(max_length=500, blank=True)
    description = models.TextField(blank=True)
    recruiters = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="recruiting_for",
        blank=True,
        help_text="Staff users who manage this company's postings in the admin",
    )

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        constraints = [
            models.UniqueConstraint(Lower("name"), name="company_name_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("postings:company", kwargs={"slug": self.slug})


class ResearchArea(models.Model):
    """A curated research topic (machine learning, NLP, robotics...) tagged on postings at import."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Location(models.Model):
    city = models.CharField(max_length=120, blank=True)
    region = models.CharField(
        max_length=3, blank=True, help_text="ISO 3166-2 subdivision code without the country prefix"
    )
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code")

    class Meta:
        ordering = ["country", "region", "city"]
        constraints = [
            models.UniqueConstraint(fields=["city", "region", "country"], name="location_unique"),
            models.CheckConstraint(
                condition=Q(country="") | Q(country__regex=r"^[A-Z]{2}$"),
                name="location_country_iso",
            ),
        ]
        indexes = [models.Index(fields=["country", "region", "city"])]

    def __str__(self) -> str:
        return ", ".join(part for part in (self.city, self.region, self.country) if part)


def _open_q(today: date, *, drafts: bool = False) -> Q:
    """The one definition of an open posting; expired is its complement among published ones.

    `drafts=True` judges drafts by their dates as if published (what a preview shows).
    """
    cutoff = today - timedelta(days=settings.POSTING_LIFETIME_DAYS)
    published = Q() if drafts else Q(is_draft=False)
    return (
        published
        & Q(closed_at__isnull=True)
        & (Q(valid_through__gte=today) | Q(valid_through__isnull=True, posted_on__gte=cutoff))
    )


LONG_TEXTS = (
    "description",
    "responsibilities",
    "basic_qualifications",
    "preferred_qualifications",
    "benefits",
    "company__description",
)


class PostingQuerySet(models.QuerySet):
    def published(self) -> PostingQuerySet:
        """Everything the public may see, open or expired: never drafts."""
        return self.filter(is_draft=False)

    def open(self, today: date | None = None) -> PostingQuerySet:
        return self.filter(_open_q(today or timezone.localdate()))

    def expired(self, today: date | None = None) -> PostingQuerySet:
        return self.published().exclude(_open_q(today or timezone.localdate()))

    def with_status(self, today: date | None = None) -> PostingQuerySet:
        return self.annotate(
            is_open=Case(
                When(_open_q(today or timezone.localdate()), then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        )

    def with_preview_status(self, today: date | None = None) -> PostingQuerySet:
        """`is_open` as the public page will show it once published: drafts judged by dates."""
        return self.annotate(
            is_open=Case(
                When(_open_q(today or timezone.localdate(), drafts=True), then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        )

    def with_related(self) -> PostingQuerySet:
        """What a card or page shows besides the posting: company, locations, research areas."""
        return self.select_related("company").prefetch_related("locations", "research_areas")

    def for_cards(self) -> PostingQuerySet:
        """Postings shown as cards by `cards.render_cards`, which loads their locations and
        research areas for the cards it has not kept."""
        # Cards show none of the long texts; leaving them out keeps the rows small.
        return self.select_related("company").defer(*LONG_TEXTS)

    def among(self, ids: list[int]) -> PostingQuerySet:
        """Only the postings with these ids (a search's sample, up to a thousand).

        On PostgreSQL they travel as one array parameter: a placeholder each made the driver
        parse every long query again on each request, a tenth of a search page's time.
        """
        if not ids:
            return self.none()
        if connection.vendor == "postgresql":
            return self.filter(id__in=RawSQL("SELECT unnest(%s::bigint[])", (list(ids),)))
        return self.filter(pk__in=ids)

    def with_board_token(self) -> PostingQuerySet:
        """Each row carries the board's current token: what kept cards are keyed on, at no
        extra query."""
        return self.annotate(board_token=models.Subquery(BoardState.objects.values("token")[:1]))

    def search(self, query: str, *, many: bool = False, any_order: bool = False) -> PostingQuerySet:
        """Postings matching websearch-style keywords: words, "phrases", OR, -exclusions.

        `many`: the caller knows the keywords match a large share of the board and wants the
        newest first. SQLite would otherwise sort every match; it then walks the newest-first
        index instead, testing each posting against the matches (fast for common words, slow
        for rare ones, hence the hint). PostgreSQL's planner chooses well on its own.

        `any_order`: the caller wants some of the matches, in no order (a facet sample, read
        under `search.matches_from_the_index`). PostgreSQL then tests each posting's own vector.
        """
        # PostgreSQL cannot carry NUL characters in text.
        query = query.replace("\x00", " ").strip()
        if not query:
            return self
        if any_order and connection.vendor == "postgresql":
            return self.filter(search.SearchMatch(query))
        # Matches come from a self-contained subquery, so the filter survives this queryset
        # being nested as a subquery itself (facets), where the table gets an alias.
        if connection.vendor == "postgresql":
            return self.filter(
                id__in=RawSQL(
                    "SELECT id FROM postings_posting"
                    " WHERE search_vector @@ websearch_to_tsquery(%s, %s)",
                    (search.SEARCH_CONFIG, query),
                )
            )
        if connection.vendor == "sqlite" and search.sqlite_fts_ready():
            fts_query = search.to_fts5_query(query)
            if not fts_query:
                return self.none()
            matches = RawSQL(
                "SELECT rowid FROM postings_posting_fts WHERE postings_posting_fts MATCH %s",
                (fts_query,),
            )
            if many:
                # Unary plus keeps SQLite from looking postings up by id from the matches.
                return self.alias(
                    match_id=Func(F("id"), template="+%(expressions)s", output_field=IntegerField())
                ).filter(match_id__in=matches)
            return self.filter(id__in=matches)
        return self._search_substrings(query)

    def _search_substrings(self, query: str) -> PostingQuerySet:
        condition = Q()
        for term in query.split():
            condition &= (
                Q(title__icontains=term)
                | Q(company__name__icontains=term)
                | Q(description__icontains=term)
            )
        return self.filter(condition)

    def ranked(self, query: str) -> PostingQuerySet:
        """Best matches first; only cheap on small result sets, so callers bound them first."""
        usable = connection.vendor == "postgresql" or (
            connection.vendor == "sqlite"
            and search.sqlite_fts_ready()
            and search.to_fts5_query(query)
        )
        if not usable:
            return self.order_by("-posted_on", "-id")
        return self.annotate(rank=search.SearchRank(query)).order_by("-rank", "-posted_on", "-id")

    def similar_titles(self, query: str) -> PostingQuerySet:
        """Typo-tolerant fallback (PostgreSQL trigrams): "recomender" finds recommender roles."""
        if connection.vendor != "postgresql":
            return self.none()
        return self.filter(
            id__in=RawSQL("SELECT id FROM postings_posting WHERE title %%> %s", (query,))
        )


def _annualised(amount: str) -> models.Expression:
    return Case(
        *(
            When(pay_period=period, then=F(amount) * factor)
            for period, factor in PERIODS_PER_YEAR.items()
        ),
        default=Value(None),
        output_field=models.DecimalField(max_digits=14, decimal_places=2),
    )


class Posting(models.Model):
    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="postings")
    locations = models.ManyToManyField(Location, related_name="postings", blank=True)
    research_areas = models.ManyToManyField(ResearchArea, related_name="postings", blank=True)
    # Drafts are visible in the admin and by preview link only; never listed, searched or fed.
    is_draft = models.BooleanField("draft", default=False)

    description = models.TextField(blank=True)
    responsibilities = models.TextField(blank=True)
    basic_qualifications = models.TextField(blank=True)
    preferred_qualifications = models.TextField(blank=True)
    benefits = models.TextField(blank=True)

    is_internship = models.BooleanField("internship", default=False)
    is_full_time = models.BooleanField("full-time", default=False)
    is_part_time = models.BooleanField("part-time", default=False)
    is_contract = models.BooleanField("contract", default=False)
    is_temporary = models.BooleanField("temporary", default=False)
    work_arrangement = models.CharField(
        max_length=10, choices=WorkArrangement, default=WorkArrangement.UNKNOWN
    )

    pay_min = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    pay_max = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    pay_currency = models.CharField(
        "currency", max_length=3, blank=True, help_text="ISO 4217", validators=[validate_currency]
    )
    pay_period = models.CharField("period", max_length=5, choices=PayPeriod, blank=True)
    # Derived by the database so sorting and filtering by pay never disagree with the range.
    pay_annual_min = models.GeneratedField(
        expression=_annualised("pay_min"),
        output_field=models.DecimalField(max_digits=14, decimal_places=2),
        db_persist=True,
    )
    pay_annual_max = models.GeneratedField(
        expression=_annualised("pay_max"),
        output_field=models.DecimalField(max_digits=14, decimal_places=2),
        db_persist=True,
    )

    degree_bachelors = models.BooleanField("bachelor's", default=False)
    degree_masters = models.BooleanField("master's", default=False)
    degree_phd = models.BooleanField("PhD", default=False)
    visa_sponsorship = models.CharField(
        max_length=7, choices=VisaSponsorship, default=VisaSponsorship.UNKNOWN
    )
    internship_weeks = models.PositiveSmallIntegerField(null=True, blank=True)
    internship_start = models.CharField(max_length=100, blank=True)
    enrolment_required = models.BooleanField(
        null=True,
        blank=True,
        help_text="Must the applicant be enrolled as a student? Empty: not stated",
    )

    # When the source gives no date, the importer records the day it first saw the posting.
    posted_on = models.DateField(default=timezone.localdate, db_index=True)
    valid_through = models.DateField(null=True, blank=True)
    closed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when the source said it closed or a recruiter closed it",
    )
    apply_url = models.URLField(max_length=2000, blank=True)

    source_document = models.CharField(max_length=255, blank=True)
    source_url = models.URLField(max_length=2000, blank=True)
    external_id = models.CharField(max_length=200, blank=True)
    # Identifies the posting across re-imports; null (not "") for postings written in the admin,
    # so the unique constraint ignores them.
    import_key = models.CharField(max_length=64, null=True, blank=True, editable=False)  # noqa: DJ001
    # Fingerprint of the extracted content: an unchanged document leaves the posting alone.
    content_hash = models.CharField(max_length=64, blank=True, editable=False)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PostingQuerySet.as_manager()

    class Meta:
        ordering = ["-posted_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["import_key"], name="posting_import_key_unique"),
            models.CheckConstraint(
                condition=Q(pay_min__isnull=True)
                | Q(pay_max__isnull=True)
                | Q(pay_min__lte=F("pay_max")),
                name="posting_pay_min_lte_max",
            ),
            models.CheckConstraint(
                condition=(
                    Q(pay_min__isnull=True, pay_max__isnull=True, pay_currency="", pay_period="")
                    | (
                        Q(
                            pay_min__isnull=False,
                            pay_max__isnull=False,
                            pay_currency__regex=r"^[A-Z]{3}$",
                        )
                        & ~Q(pay_period="")
                    )
                ),
                name="posting_pay_complete",
            ),
            models.CheckConstraint(
                condition=Q(pay_min__isnull=True) | Q(pay_min__gte=0),
                name="posting_pay_not_negative",
            ),
            models.CheckConstraint(
                condition=_choices_check("work_arrangement", WorkArrangement),
                name="posting_work_arrangement_valid",
            ),
            models.CheckConstraint(
                condition=_choices_check("pay_period", PayPeriod, blank=True),
                name="posting_pay_period_valid",
            ),
            models.CheckConstraint(
                condition=_choices_check("visa_sponsorship", VisaSponsorship),
                name="posting_visa_sponsorship_valid",
            ),
            models.CheckConstraint(
                condition=Q(valid_through__isnull=True) | Q(valid_through__gte=F("posted_on")),
                name="posting_valid_through_after_posted",
            ),
        ]
        # One index per filter and sort of the list page (tests/test_indexes.py checks the plans).
        indexes = [
            models.Index(fields=["-posted_on", "-id"], name="posting_newest_idx"),
            models.Index(
                fields=["-posted_on", "-id"],
                condition=Q(is_internship=True),
                name="posting_internships_newest_idx",
            ),
            # Deep pages of the whole board: live postings newest first, with the one column the
            # date test still needs, so reaching page 2,000 reads this index in order (index-only)
            # instead of sorting every open posting.
            models.Index(
                fields=["-posted_on", "-id", "valid_through"],
                condition=Q(is_draft=False, closed_at__isnull=True),
                name="posting_live_newest_idx",
            ),
            models.Index(fields=["valid_through"], name="posting_valid_through_idx"),
            models.Index(PAY_SORT_KEY.desc(), F("id").desc(), name="posting_pay_sort_idx"),
            models.Index(fields=["pay_currency", "pay_annual_max"], name="posting_pay_idx"),
            models.Index(fields=["company", "posted_on"], name="posting_company_posted_idx"),
            models.Index(fields=["work_arrangement", "posted_on"], name="posting_arrangement_idx"),
            # Covers the status test and every faceted column, so facet counts read this narrow
            # index (an index-only scan on PostgreSQL) instead of rows carrying descriptions.
            models.Index(
                fields=[
                    "is_draft",
                    "closed_at",
                    "valid_through",
                    "posted_on",
                    "work_arrangement",
                    "company",
                    "is_internship",
                    "is_full_time",
                    "is_part_time",
                    "is_contract",
                    "is_temporary",
                    "degree_bachelors",
                    "degree_masters",
                    "degree_phd",
                    "pay_currency",
                    "pay_annual_max",
                    "id",
                ],
                name="posting_facets_idx",
            ),  # fmt: skip
        ]

    def __str__(self) -> str:
        return f"{self.title} — {self.company.name}" if self.company_id else self.title

    def get_absolute_url(self) -> str:
        return reverse("postings:detail", kwargs={"slug": self.slug})

    def clean(self) -> None:
        errors = {}
        amounts = (self.pay_min, self.pay_max)
        if any(a is not None for a in amounts):
            if None in amounts:
                errors["pay_max"] = (
                    "Give both ends of the pay range (the same number for a single amount)."
                )
            elif self.pay_min > self.pay_max:
                errors["pay_max"] = "The maximum pay must be at least the minimum."
            if not self.pay_currency:
                errors["pay_currency"] = "Give the currency of the pay."
            if not self.pay_period:
                errors["pay_period"] = "Say what period the pay is for."
        elif self.pay_currency or self.pay_period:
            errors["pay_min"] = "Give the pay amount, or clear the currency and period."
        if self.valid_through and self.posted_on and self.valid_through < self.posted_on:
            errors["valid_through"] = "The closing date must not be before the posting date."
        if errors:
            raise ValidationError(errors)

    @property
    def employment_types(self) -> list[str]:
        return [value for value, field in EMPLOYMENT_TYPE_FIELDS.items() if getattr(self, field)]

    @property
    def employment_type_labels(self) -> list[str]:
        return [EmploymentType(value).label for value in self.employment_types]

    @property
    def degree_levels(self) -> list[str]:
        return [value for value, field in DEGREE_FIELDS.items() if getattr(self, field)]

    @property
    def degree_level_labels(self) -> list[str]:
        return [DegreeLevel(value).label for value in self.degree_levels]

    @property
    def has_pay(self) -> bool:
        return self.pay_min is not None

    @property
    def sections(self) -> list[tuple[str, str]]:
        """The headed sections the page had, in reading order, for templates."""
        named = [
            ("Responsibilities", self.responsibilities),
            ("Basic qualifications", self.basic_qualifications),
            ("Preferred qualifications", self.preferred_qualifications),
            ("Benefits", self.benefits),
        ]
        return [(heading, text) for heading, text in named if text]

    @property
    def sections_beyond_description(self) -> list[tuple[str, str]]:
        """The sections the description does not already carry, for the posting page.

        An imported description is the whole posting, so its sections are in it already:
        showing them again repeated half the page. A section a recruiter wrote or changed in
        the admin is not, and is shown under its own heading.
        """
        description = " ".join(self.description.split())
        return [
            (heading, text)
            for heading, text in self.sections
            if " ".join(text.split()) not in description
        ]


class SimilarPosting(models.Model):
    """Precomputed "similar roles" for a posting's detail page, refreshed on import and edit."""

    posting = models.ForeignKey(Posting, on_delete=models.CASCADE, related_name="similar_links")
    similar = models.ForeignKey(Posting, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()

    class Meta:
        ordering = ["-score"]
        constraints = [
            models.UniqueConstraint(fields=["posting", "similar"], name="similar_posting_unique"),
            models.CheckConstraint(
                condition=~Q(posting=F("similar")), name="similar_posting_not_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.posting_id} ~ {self.similar_id} ({self.score:.2f})"


class BoardState(models.Model):
    """A single row whose token database triggers change with every write to postings, their
    links, companies, locations or similar roles, committed or rolled back with that write.

    Readers key what they derive from the whole board (its facet counts) on the token: unlike the
    cache's board version, it cannot miss a write, whichever path made it.
    """

    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return self.token
