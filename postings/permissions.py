"""Who may see what in the admin: recruiters their companies' postings, editors everything.

Selectors only (no writes). Roles are groups created by `postings.roles.setup_roles`.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet

from .models import Company, Posting

RECRUITERS = "Recruiters"
EDITORS = "Editors"
# Staff who may use the admin's "Import postings" page. A permission of its own would be a model
# change; whoever may add postings may import them (recruiters only into their own companies).
IMPORT_PERMISSION = "postings.add_posting"

_CACHE_ATTRIBUTE = "_postings_company_ids"

User = AbstractBaseUser | AnonymousUser


def sees_all_companies(user: User) -> bool:
    """Superusers and the Editors group work on every company; everyone else on their own."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=EDITORS).exists()


def company_ids_for(user: User) -> frozenset[int] | None:
    """The ids of the companies this user manages, or None for all companies.

    Cached on the user object, which Django builds once per request.
    """
    if not hasattr(user, _CACHE_ATTRIBUTE):
        if sees_all_companies(user):
            ids = None
        elif not user.is_authenticated or not user.is_active:
            ids = frozenset()
        else:
            ids = frozenset(Company.objects.filter(recruiters=user).values_list("pk", flat=True))
        setattr(user, _CACHE_ATTRIBUTE, ids)
    return getattr(user, _CACHE_ATTRIBUTE)


def companies_for(user: User, queryset: QuerySet[Company] | None = None) -> QuerySet[Company]:
    queryset = Company.objects.all() if queryset is None else queryset
    ids = company_ids_for(user)
    return queryset if ids is None else queryset.filter(pk__in=ids)


def postings_for(user: User, queryset: QuerySet[Posting] | None = None) -> QuerySet[Posting]:
    queryset = Posting.objects.all() if queryset is None else queryset
    ids = company_ids_for(user)
    return queryset if ids is None else queryset.filter(company_id__in=ids)


def manages_company(user: User, company_id: int | None) -> bool:
    ids = company_ids_for(user)
    return ids is None or company_id in ids
