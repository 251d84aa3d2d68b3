"""The admin: recruiters see and change only their companies' postings; editors see everything.

Scoping lives in `get_queryset` (changelist, actions, autocomplete, filters) and `get_object`
(change, delete, history, preview: another company's object is a 404). Writes go through
`postings.services`; every change, including actions and imports, is logged for the history.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Model, QuerySet, URLField
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from . import admin_imports
from .admin_forms import ImportUploadForm, PostingAdminForm
from .models import EMPLOYMENT_TYPE_FIELDS, Company, EmploymentType, Location, Posting
from .permissions import (
    IMPORT_PERMISSION,
    companies_for,
    company_ids_for,
    manages_company,
    postings_for,
    sees_all_companies,
)
from .services import (
    CREATED,
    REOPEN_DAYS,
    UPDATED,
    close_postings,
    duplicate_posting,
    import_document_for_companies,
    reopen_postings,
    unique_slug,
)
from .similar import refresh_similar

DRAFT, OPEN, EXPIRED, CLOSED = "draft", "open", "expired", "closed"
STATUS_LABELS = {DRAFT: "Draft", OPEN: "Open", EXPIRED: "Expired", CLOSED: "Closed"}


def posting_status(posting: Posting) -> str:
    """Needs the `is_open` annotation (`with_status`)."""
    if posting.is_draft:
        return DRAFT
    if posting.closed_at is not None:
        return CLOSED
    return OPEN if posting.is_open else EXPIRED


class ScopedObjectMixin:
    """Objects outside the user's companies do not exist for them (404), whatever the URL."""

    def get_object(self, request: HttpRequest, object_id: str, from_field: str | None = None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404(f"There is no {self.opts.verbose_name} with ID “{object_id}” for you.")
        return obj

    def owner_company_id(self, obj: Model) -> int | None:
        raise NotImplementedError

    def _in_scope(self, request: HttpRequest, obj: Model | None) -> bool:
        return obj is None or manages_company(request.user, self.owner_company_id(obj))

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_view_permission(request, obj) and self._in_scope(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_change_permission(request, obj) and self._in_scope(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_delete_permission(request, obj) and self._in_scope(request, obj)


class StatusFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return list(STATUS_LABELS.items())

    def queryset(self, request, queryset):
        match self.value():
            case "draft":
                return queryset.filter(is_draft=True)
            case "open":
                return queryset.open()
            case "expired":
                return queryset.expired().filter(closed_at__isnull=True)
            case "closed":
                return queryset.published().filter(closed_at__isnull=False)
        return queryset


class EmploymentTypeFilter(admin.SimpleListFilter):
    title = "employment type"
    parameter_name = "type"

    def lookups(self, request, model_admin):
        return EmploymentType.choices

    def queryset(self, request, queryset):
        field = EMPLOYMENT_TYPE_FIELDS.get(self.value())
        return queryset.filter(**{field: True}) if field else queryset


class CountryFilter(admin.SimpleListFilter):
    title = "country"
    parameter_name = "country"

    def lookups(self, request, model_admin):
        postings = model_admin.get_queryset(request).values("pk")
        countries = (
            Location.objects.filter(postings__in=postings)
            .exclude(country="")
            .values_list("country", flat=True)
            .distinct()
        )
        return [(code, code) for code in sorted(countries)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(locations__country=self.value()).distinct()
        return queryset


# A web address typed without a scheme is https (Django 6's default), not http.
HTTPS_URL_FIELDS = {URLField: {"assume_scheme": "https"}}


@admin.register(Company)
class CompanyAdmin(ScopedObjectMixin, admin.ModelAdmin):
    formfield_overrides = HTTPS_URL_FIELDS
    list_display = ["name", "slug", "website", "posting_count"]
    search_fields = ["name"]
    ordering = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["recruiters"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queryset = companies_for(request.user, super().get_queryset(request))
        return queryset.annotate(posting_count=Count("postings"))

    def owner_company_id(self, obj: Company) -> int | None:
        return obj.pk

    def get_exclude(self, request: HttpRequest, obj: Company | None = None):
        # Only editors decide who recruits for a company.
        return [] if sees_all_companies(request.user) else ["recruiters"]

    def formfield_for_manytomany(self, db_field, request: HttpRequest, **kwargs):
        if db_field.name == "recruiters":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(ordering="posting_count", description="postings")
    def posting_count(self, company: Company) -> int:
        return company.posting_count


@admin.register(Location)
class LocationAdmin(admin.ModelAdmin):
    """Locations are shared by every company: recruiters may pick and add them, not edit them."""

    list_display = ["city", "region", "country"]
    list_filter = ["country"]
    search_fields = ["city", "region", "country"]


@admin.register(Posting)
class PostingAdmin(ScopedObjectMixin, admin.ModelAdmin):
    formfield_overrides = HTTPS_URL_FIELDS
    form = PostingAdminForm
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
        ("company", admin.RelatedOnlyFieldListFilter),
        EmploymentTypeFilter,
        "work_arrangement",
        CountryFilter,
    ]
    list_select_related = ["company"]
    search_fields = ["title", "company__name", "locations__city"]
    autocomplete_fields = ["company", "locations"]
    date_hierarchy = "posted_on"
    readonly_fields = [
        "preview_link",
        "slug",
        "pay_annual_min",
        "pay_annual_max",
        "created_at",
        "updated_at",
    ]
    actions = ["close_now", "reopen_or_extend", "duplicate"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "is_draft",
                    "preview_link",
                    "slug",
                    "company",
                    "locations",
                    "apply_url",
                ]
            },
        ),
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

    class Media:
        css = {"all": ["postings/admin.css"]}

    # Scoping ---------------------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        queryset = postings_for(request.user, super().get_queryset(request))
        return queryset.with_status().prefetch_related("locations")

    def owner_company_id(self, obj: Posting) -> int | None:
        return obj.company_id

    def formfield_for_foreignkey(self, db_field, request: HttpRequest, **kwargs):
        if db_field.name == "company":
            kwargs["queryset"] = companies_for(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request: HttpRequest) -> dict:
        initial = super().get_changeform_initial_data(request)
        ids = company_ids_for(request.user)
        if ids is not None and len(ids) == 1 and "company" not in initial:
            initial["company"] = next(iter(ids))
        return initial

    # Columns and links -----------------------------------------------------------------------

    @admin.display(ordering="is_open", description="status")
    def status(self, posting: Posting) -> str:
        status = posting_status(posting)
        return format_html(
            '<span class="posting-status posting-status--{}">{}</span>',
            status,
            STATUS_LABELS[status],
        )

    @admin.display(description="locations")
    def location_list(self, posting: Posting) -> str:
        return "; ".join(str(location) for location in posting.locations.all())

    @admin.display(description="preview")
    def preview_link(self, posting: Posting) -> str:
        if posting.pk is None:
            return "Save the posting to preview it."
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">Preview the public page</a>',
            self.preview_url(posting),
        )

    def preview_url(self, posting: Posting) -> str:
        return reverse("admin:postings_posting_preview", args=[posting.pk])

    def view_on_site(self, posting: Posting) -> str:
        return self.preview_url(posting) if posting.is_draft else posting.get_absolute_url()

    # Actions (each logged, so the history shows them) ----------------------------------------

    @admin.action(description="Close selected postings now", permissions=["change"])
    def close_now(self, request: HttpRequest, queryset: QuerySet) -> None:
        to_close = list(queryset.filter(closed_at__isnull=True))
        closed = close_postings(postings=Posting.objects.filter(pk__in=[p.pk for p in to_close]))
        for posting in to_close:
            self.log_change(request, posting, "Closed now.")
        self.message_user(request, f"Closed {closed} posting(s).", messages.SUCCESS)

    @admin.action(
        description=f"Reopen or extend selected postings by {REOPEN_DAYS} days",
        permissions=["change"],
    )
    def reopen_or_extend(self, request: HttpRequest, queryset: QuerySet) -> None:
        changed = reopen_postings(postings=queryset)
        for posting in changed:
            self.log_change(
                request, posting, f"Reopened or extended: valid through {posting.valid_through}."
            )
        self.message_user(
            request,
            f"{len(changed)} posting(s) are open until {REOPEN_DAYS} days from today or from "
            "their previous closing date.",
            messages.SUCCESS,
        )

    @admin.action(description="Duplicate selected postings as drafts", permissions=["add"])
    def duplicate(self, request: HttpRequest, queryset: QuerySet) -> None:
        copies = []
        for posting in queryset:
            copy = duplicate_posting(posting=posting)
            self.log_addition(request, copy, f"Duplicated from posting {posting.pk}.")
            copies.append(copy)
        self.message_user(
            request, f"Made {len(copies)} draft copy(ies); edit and publish them.", messages.SUCCESS
        )

    def save_model(self, request: HttpRequest, obj: Posting, form, change: bool) -> None:
        if not obj.slug:
            obj.slug = unique_slug(obj.title, obj.company.name)
        super().save_model(request, obj, form, change)

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        # Locations and text are saved by now: the edited posting's similar roles follow them.
        refresh_similar(postings=[form.instance])

    # Extra pages: draft preview and the import upload ----------------------------------------

    def get_urls(self):
        own = [
            path(
                "<path:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="postings_posting_preview",
            ),
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="postings_posting_import",
            ),
        ]
        return own + super().get_urls()

    def preview_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The public detail page of any posting, drafts included, for those who manage it."""
        posting = self.get_object(request, object_id)
        if not self.has_view_or_change_permission(request, posting):
            raise PermissionDenied
        posting = Posting.objects.filter(pk=posting.pk).with_related().with_preview_status().get()
        response = TemplateResponse(
            request, "admin/postings/posting/preview.html", {"posting": posting}
        )
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
        return response

    def has_import_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.has_perm(IMPORT_PERMISSION)

    def changelist_view(self, request: HttpRequest, extra_context: dict | None = None):
        extra_context = {**(extra_context or {}), "can_import": self.has_import_permission(request)}
        return super().changelist_view(request, extra_context)

    def import_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_import_permission(request):
            raise PermissionDenied
        if request.method == "POST" and "token" in request.POST:
            return self._import_confirm(request)
        form = ImportUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            return self._import_preview(request, form)
        return self._import_page(request, "import_form.html", {"form": form})

    def _import_page(self, request: HttpRequest, template: str, context: dict) -> HttpResponse:
        ids = company_ids_for(request.user)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Import postings",
            "restricted_to": None if ids is None else list(companies_for(request.user)),
            **context,
        }
        return TemplateResponse(request, f"admin/postings/posting/{template}", context)

    def _import_preview(self, request: HttpRequest, form: ImportUploadForm) -> HttpResponse:
        staged = admin_imports.stage_uploads(
            files=form.cleaned_data["files"],
            user_id=request.user.pk,
            format=form.cleaned_data["format"],
            as_of=form.cleaned_data["as_of"] or timezone.now(),
        )
        documents = []
        for file in staged.files:
            outcome = import_document_for_companies(
                data=file.read(),
                name=file.name,
                company_ids=company_ids_for(request.user),
                as_of=staged.as_of,
                format=staged.format,
                dry_run=True,
            )
            documents.append({"outcome": outcome, "rows": admin_imports.preview_rows(outcome)})
        importable = any(doc["outcome"].postings for doc in documents)
        if not importable:
            admin_imports.discard_staged(staged.token)
        return self._import_page(
            request,
            "import_preview.html",
            {"documents": documents, "token": staged.token, "importable": importable},
        )

    def _import_confirm(self, request: HttpRequest) -> HttpResponse:
        staged = admin_imports.load_staged(token=request.POST["token"], user_id=request.user.pk)
        if staged is None:
            self.message_user(
                request, "That upload has expired or was already imported.", messages.ERROR
            )
            return HttpResponseRedirect(reverse("admin:postings_posting_import"))
        totals = {CREATED: 0, UPDATED: 0}
        for file in staged.files:
            outcome = import_document_for_companies(
                data=file.read(),
                name=file.name,
                company_ids=company_ids_for(request.user),
                as_of=staged.as_of,
                format=staged.format,
            )
            if outcome.error:
                self.message_user(request, f"{file.name}: {outcome.error}", messages.ERROR)
            for result, posting in outcome.postings:
                if result == CREATED:
                    self.log_addition(request, posting, f"Imported from {file.name}.")
                elif result == UPDATED:
                    self.log_change(request, posting, f"Updated by importing {file.name}.")
                if result in totals:
                    totals[result] += 1
        admin_imports.discard_staged(staged.token)
        self.message_user(
            request,
            f"Imported {len(staged.files)} file(s): {totals[CREATED]} posting(s) created, "
            f"{totals[UPDATED]} updated.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:postings_posting_changelist"))
