from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from .models import Company, Location, Posting
from .services import close_postings, unique_slug


class StatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [("open", "Open"), ("expired", "Expired")]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open()
        if self.value() == "expired":
            return queryset.expired()
        return queryset


class CountryFilter(admin.SimpleListFilter):
    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        countries = Location.objects.exclude(country="").values_list("country", flat=True)
        return [(code, code) for code in sorted(set(countries))]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(locations__country=self.value()).distinct()
        return queryset


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "website", "posting_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(posting_count=Count("postings"))

    @admin.display(ordering="posting_count", description="postings")
    def posting_count(self, company: Company) -> int:
        return company.posting_count


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    list_display = ["city", "region", "country"]
    list_filter = ["country"]
    search_fields = ["city", "region", "country"]


@admin.register(Posting)
class PostingAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "company",
        "status",
        "posted_on",
        "valid_through",
        "location_list",
        "work_arrangement",
    ]
    list_filter = [
        StatusFilter,
        "work_arrangement",
        "is_internship",
        "is_full_time",
        "is_part_time",
        CountryFilter,
        ("company", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["company"]
    search_fields = ["title", "company__name", "locations__city"]
    autocomplete_fields = ["company", "locations"]
    date_hierarchy = "posted_on"
    readonly_fields = ["slug", "pay_annual_min", "pay_annual_max", "created_at", "updated_at"]
    actions = ["close_now"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "company", "locations", "apply_url"]}),
        (
            "Role",
            {
                "fields": [
                    (
                        "is_internship",
                        "is_full_time",
                        "is_part_time",
                        "is_contract",
                        "is_temporary",
                    ),
                    "work_arrangement",
                    ("degree_bachelors", "degree_masters", "degree_phd"),
                    "visa_sponsorship",
                    ("internship_weeks", "internship_start"),
                ]
            },
        ),
        (
            "Pay",
            {
                "fields": [
                    ("pay_min", "pay_max", "pay_currency", "pay_period"),
                    ("pay_annual_min", "pay_annual_max"),
                ]
            },
        ),
        ("Dates", {"fields": ["posted_on", "valid_through", "closed_at"]}),
        (
            "Description",
            {
                "fields": [
                    "description",
                    "responsibilities",
                    "basic_qualifications",
                    "preferred_qualifications",
                    "benefits",
                ]
            },
        ),
        (
            "Source",
            {
                "classes": ["collapse"],
                "fields": [
                    "source_document",
                    "source_url",
                    "external_id",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).with_status().prefetch_related("locations")

    @admin.display(boolean=True, ordering="is_open", description="open")
    def status(self, posting: Posting) -> bool:
        return posting.is_open

    @admin.display(description="locations")
    def location_list(self, posting: Posting) -> str:
        return "; ".join(str(location) for location in posting.locations.all())

    @admin.action(description="Close selected postings now")
    def close_now(self, request: HttpRequest, queryset: QuerySet) -> None:
        closed = close_postings(postings=queryset)
        self.message_user(request, f"Closed {closed} posting(s).")

    def save_model(self, request: HttpRequest, obj: Posting, form, change: bool) -> None:
        if not obj.slug:
            obj.slug = unique_slug(obj.title, obj.company.name)
        super().save_model(request, obj, form, change)
